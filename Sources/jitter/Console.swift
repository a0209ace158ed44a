import JIT
import REPL

/// Writes session output to stdout and stderr in the order it was produced.
///
/// Each event goes out at once: code run by the session writes to the same descriptors
/// from another process, and must land after what preceded it.
final class Console {
    private let standardOutput = FileOutput(descriptor: 1)
    private let standardError = FileOutput(descriptor: 2)

    func show(_ event: OutputEvent) {
        switch event {
        case .standardOutput(let text):
            standardOutput.write(text)
            standardOutput.flush()
        case .standardError(let text):
            standardError.write(text)
            standardError.flush()
        case .programOutput(let bytes, let stream):
            let destination = stream == .standardOutput ? standardOutput : standardError
            bytes.withUnsafeBufferPointer { destination.write($0) }
            destination.flush()
        }
    }
}
