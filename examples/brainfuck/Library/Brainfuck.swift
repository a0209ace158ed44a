import Jitter

/// One step of a Brainfuck program, with runs of `+ - < >` folded together.
public enum Operation: Sendable {
    /// Add to the current cell (modulo 256).
    case add(UInt8)
    /// Move the cell pointer.
    case move(Int)
    /// `[-]`: set the current cell to zero.
    case clear
    /// A loop of only `+ - < >` that ends where it started and takes 1 from its cell each
    /// turn (`[->+>++<<]`): adds the cell times `factor` to the cell at each `offset`. A
    /// ``clear`` follows it.
    case multiply([(offset: Int, factor: UInt8)])
    /// `.`
    case output
    /// `,`: the next input byte, or 0 at the end of input.
    case input
    /// `[`: to the matching `]` when the cell is zero.
    case loopStart(end: Int)
    /// `]`: back to the matching `[` when the cell is not zero.
    case loopEnd(start: Int)
}

/// A Brainfuck program: its text checked for balanced brackets, and its folded operations.
public struct BrainfuckProgram: Sendable {
    /// The characters that mean something (everything else is a comment).
    public let code: [UInt8]
    /// For each `[` and `]` in ``code``, the index of its partner.
    public let partners: [Int]
    public let operations: [Operation]

    /// Cells of the tape the program runs on.
    public static let tapeSize = 30_000

    /// Why a text is not a program.
    public struct UnbalancedBrackets: Error, Sendable {}

    /// Reads `text`; with `multiplyLoops`, loops that only add multiples of their cell to
    /// others become ``Operation/multiply(_:)`` (without, they run as loops).
    public init(_ text: String, multiplyLoops: Bool = true) throws(UnbalancedBrackets) {
        code = text.utf8.filter { "+-<>.,[]".utf8.contains($0) }
        var partners = Array(repeating: -1, count: code.count)
        var open: [Int] = []
        for (index, byte) in code.enumerated() {
            if byte == UInt8(ascii: "[") { open.append(index) }
            if byte == UInt8(ascii: "]") {
                guard let start = open.popLast() else { throw UnbalancedBrackets() }
                partners[start] = index
                partners[index] = start
            }
        }
        guard open.isEmpty else { throw UnbalancedBrackets() }
        self.partners = partners
        operations = BrainfuckProgram.fold(code, partners: partners, multiplyLoops: multiplyLoops)
    }

    /// The factors of a multiply loop starting at the `[` at `start`, or nil for any other loop.
    private static func multiplication(_ code: [UInt8], from start: Int, to end: Int) -> [(offset: Int, factor: UInt8)]? {
        var offset = 0
        var deltas: [Int: UInt8] = [:]
        for byte in code[(start + 1)..<end] {
            switch byte {
            case UInt8(ascii: "+"): deltas[offset, default: 0] &+= 1
            case UInt8(ascii: "-"): deltas[offset, default: 0] &-= 1
            case UInt8(ascii: ">"): offset += 1
            case UInt8(ascii: "<"): offset -= 1
            default: return nil
            }
        }
        guard offset == 0, deltas[0] == 255 else { return nil }
        return deltas.filter { $0.key != 0 && $0.value != 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private static func fold(_ code: [UInt8], partners: [Int], multiplyLoops: Bool) -> [Operation] {
        var operations: [Operation] = []
        var starts: [Int] = []
        var index = 0
        while index < code.count {
            let byte = code[index]
            switch byte {
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                var amount: UInt8 = 0
                while index < code.count, code[index] == UInt8(ascii: "+") || code[index] == UInt8(ascii: "-") {
                    amount = code[index] == UInt8(ascii: "+") ? amount &+ 1 : amount &- 1
                    index += 1
                }
                if amount != 0 { operations.append(.add(amount)) }
                continue
            case UInt8(ascii: ">"), UInt8(ascii: "<"):
                var distance = 0
                while index < code.count, code[index] == UInt8(ascii: ">") || code[index] == UInt8(ascii: "<") {
                    distance += code[index] == UInt8(ascii: ">") ? 1 : -1
                    index += 1
                }
                if distance != 0 { operations.append(.move(distance)) }
                continue
            case UInt8(ascii: "["):
                if index + 2 < code.count, code[index + 2] == UInt8(ascii: "]"),
                   code[index + 1] == UInt8(ascii: "-") || code[index + 1] == UInt8(ascii: "+") {
                    operations.append(.clear)
                    index += 3
                    continue
                }
                if multiplyLoops, let factors = multiplication(code, from: index, to: partners[index]) {
                    operations.append(.multiply(factors))
                    operations.append(.clear)
                    index = partners[index] + 1
                    continue
                }
                starts.append(operations.count)
                operations.append(.loopStart(end: -1))
            case UInt8(ascii: "]"):
                let start = starts.popLast() ?? 0
                operations[start] = .loopStart(end: operations.count)
                operations.append(.loopEnd(start: start))
            case UInt8(ascii: "."):
                operations.append(.output)
            case UInt8(ascii: ","):
                operations.append(.input)
            default:
                break
            }
            index += 1
        }
        return operations
    }

    /// Runs the program the straightforward way: one character at a time, brackets jumping
    /// to their partners.
    public func interpret(input: [UInt8] = []) -> [UInt8] {
        var tape = [UInt8](repeating: 0, count: BrainfuckProgram.tapeSize)
        var output: [UInt8] = []
        var pointer = 0
        var pc = 0
        var inputIndex = 0
        while pc < code.count {
            switch code[pc] {
            case UInt8(ascii: "+"): tape[pointer] &+= 1
            case UInt8(ascii: "-"): tape[pointer] &-= 1
            case UInt8(ascii: ">"): pointer += 1
            case UInt8(ascii: "<"): pointer -= 1
            case UInt8(ascii: "."): output.append(tape[pointer])
            case UInt8(ascii: ","):
                tape[pointer] = inputIndex < input.count ? input[inputIndex] : 0
                inputIndex += 1
            case UInt8(ascii: "["): if tape[pointer] == 0 { pc = partners[pc] }
            default: if tape[pointer] != 0 { pc = partners[pc] }
            }
            pc += 1
        }
        return output
    }
}

/// What the compiled code calls back for `.` and `,`, with the context it was given.
public typealias OutputCallback = @convention(c) (UnsafeMutableRawPointer?, Int32) -> Void
public typealias InputCallback = @convention(c) (UnsafeMutableRawPointer?) -> Int32

/// The compiled entry: tape, context for the callbacks, output and input callbacks.
public typealias BrainfuckEntry = @convention(c) (
    UnsafeMutablePointer<UInt8>?, UnsafeMutableRawPointer?, OutputCallback, InputCallback
) -> Void

extension BrainfuckProgram {
    /// The program as x86-64: `rbx` walks the tape, `r12` holds the callbacks' context,
    /// `r13` and `r14` the output and input callbacks (callee-saved, so they survive the
    /// calls into Swift).
    public func compile() -> CodeBuilder {
        let a = CodeBuilder()
        a.push(.rbx)
        a.push(.r12)
        a.push(.r13)
        a.push(.r14)
        // Four pushes and the return address: 8 more bytes make the calls 16-byte aligned.
        a.sub(.rsp, 8)
        a.mov(.rbx, .rdi)
        a.mov(.r12, .rsi)
        a.mov(.r13, .rdx)
        a.mov(.r14, .rcx)
        var loops: [(start: Label, end: Label)] = []
        // Moves are folded into the next operations' displacements (`[rbx + 3]`) and made
        // real only where control flow meets: at the loops' brackets.
        var offset = 0
        func cell(_ extra: Int = 0) -> CodeOperand { .byte[.rbx + Int64(offset + extra)] }
        func settle() {
            if offset != 0 { a.add(.rbx, .imm(offset)) }
            offset = 0
        }
        for operation in operations {
            switch operation {
            case .add(let amount):
                a.add(cell(), .imm(Int8(bitPattern: amount)))
            case .move(let distance):
                offset += distance
            case .clear:
                a.mov(cell(), 0)
            case .multiply(let factors):
                a.movzx(.eax, cell())
                for (target, factor) in factors {
                    if factor == 1 {
                        a.add(cell(target), .al)
                    } else {
                        a.imul(.ecx, .eax, .imm(Int(factor)))
                        a.add(cell(target), .cl)
                    }
                }
            case .output:
                a.mov(.rdi, .r12)
                a.movzx(.esi, cell())
                a.call(.r13)
            case .input:
                a.mov(.rdi, .r12)
                a.call(.r14)
                a.mov(cell(), .al)
            case .loopStart:
                settle()
                let loop = (start: a.label(), end: a.label())
                loops.append(loop)
                a.cmp(.byte[.rbx], 0)
                a.jz(loop.end)
                a.bind(loop.start)
            case .loopEnd:
                settle()
                guard let loop = loops.popLast() else { continue }
                a.cmp(.byte[.rbx], 0)
                a.jnz(loop.start)
                a.bind(loop.end)
            }
        }
        a.add(.rsp, 8)
        a.pop(.r14)
        a.pop(.r13)
        a.pop(.r12)
        a.pop(.rbx)
        a.ret()
        return a
    }
}

/// A Brainfuck program compiled and loaded into this process.
public struct CompiledBrainfuck: Sendable {
    public let entry: JITFunction<BrainfuckEntry>

    public init(_ program: BrainfuckProgram) throws {
        entry = try JITRuntime().function(program.compile(), as: BrainfuckEntry.self)
    }

    /// Runs the program on a fresh tape with `input`; returns its output.
    public func run(input: [UInt8] = []) -> [UInt8] {
        var state = IOState(input: input)
        var tape = [UInt8](repeating: 0, count: BrainfuckProgram.tapeSize)
        let output: OutputCallback = { context, byte in
            context?.assumingMemoryBound(to: IOState.self).pointee.output.append(UInt8(truncatingIfNeeded: byte))
        }
        let input: InputCallback = { context in
            guard let state = context?.assumingMemoryBound(to: IOState.self) else { return 0 }
            return Int32(state.pointee.nextInput())
        }
        tape.withUnsafeMutableBufferPointer { cells in
            withUnsafeMutablePointer(to: &state) { context in
                entry { $0(cells.baseAddress, UnsafeMutableRawPointer(context), output, input) }
            }
        }
        return state.output
    }

    private struct IOState {
        var input: [UInt8]
        var inputIndex = 0
        var output: [UInt8] = []

        mutating func nextInput() -> UInt8 {
            defer { inputIndex += 1 }
            return inputIndex < input.count ? input[inputIndex] : 0
        }
    }
}
