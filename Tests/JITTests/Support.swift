import Foundation
import JIT
import Synchronization
import Testing

/// Machine code written as hex pairs ("b8 01 00 00 00"), as llvm-mc prints encodings.
func hex(_ text: String) -> [UInt8] {
    text.split(separator: " ").map { pair in
        guard let byte = UInt8(pair, radix: 16) else {
            preconditionFailure("not a hex byte: \(pair)")
        }
        return byte
    }
}

/// An image made of instructions written as hex, one string per instruction.
func code(_ instructions: String...) -> ExecutableImage {
    ExecutableImage(code: instructions.flatMap(hex))
}

/// The registers of a run that should have returned; records a failure otherwise.
func returned(_ outcome: ExecutionOutcome, sourceLocation: SourceLocation = #_sourceLocation) -> RegisterState? {
    guard case .returned(let state) = outcome else {
        Issue.record("expected the code to return, got \(outcome)", sourceLocation: sourceLocation)
        return nil
    }
    return state
}

/// The fault of a run that should have faulted; records a failure otherwise.
func fault(_ outcome: ExecutionOutcome, sourceLocation: SourceLocation = #_sourceLocation) -> Fault? {
    guard case .faulted(let fault) = outcome else {
        Issue.record("expected a fault, got \(outcome)", sourceLocation: sourceLocation)
        return nil
    }
    return fault
}

let codeAddress = SandboxLayout.codeAddress

/// Calls an action every few milliseconds on a thread of its own (not the cooperative pool,
/// which a blocking `run` may be holding), until stopped.
final class Repeater: Sendable {
    private let stopped = Atomic<Bool>(false)
    private let finished = Atomic<Bool>(false)

    init(every interval: Duration, _ action: @escaping @Sendable () -> Void) {
        Thread.detachNewThread { [self] in
            while !stopped.load(ordering: .acquiring) {
                Thread.sleep(forTimeInterval: Double(interval.components.attoseconds) / 1e18
                    + Double(interval.components.seconds))
                if !stopped.load(ordering: .acquiring) { action() }
            }
            finished.store(true, ordering: .releasing)
        }
    }

    /// Stops the calls and waits until no call is in progress.
    func stop() {
        stopped.store(true, ordering: .releasing)
        while !finished.load(ordering: .acquiring) {
            Thread.sleep(forTimeInterval: 0.001)
        }
    }
}
