import IntelSyntax
import JIT
import X86
import X86Encoder

/// A REPL command: a line whose first token is one of the names below, matched exactly.
///
/// Lines starting with `.` that are not commands (`.byte 1`, `.L1:`) belong to the assembler,
/// and so does GNU's `.set name, expr` (told from `.set REG VALUE` by its comma).
public enum DotCommand: Equatable, Sendable {
    /// `.help [MNEMONIC]`: the command list, or the forms of one mnemonic.
    case help(topic: String?)
    /// `.regs [fpu|mxcsr|k|REG [TYPE]]`: every general register, or a part of the extended state.
    case regs(RegisterQuery)
    /// `.reset`: zero the machine state and drop the block being typed.
    case reset
    /// `.load FILE`: run a file's lines as if typed.
    case load(path: String)
    /// `.quit`.
    case quit
    /// `.set REG VALUE…`: one value for a general register, a flag or a control register;
    /// lanes for a vector register (`xmm0.i32`), lane 0 first.
    case set(register: String, values: [String])
    /// `.mem ADDR|SYMBOL [LEN]`: a hexdump.
    case memory(address: String, length: String?)
    /// `.stack`: memory around rsp.
    case stack
    /// `.undo`: the state as it was before the last run.
    case undo
    /// `.mode step|function`.
    case mode(ExecutionStyle)
    /// `.timeout SECONDS`.
    case timeout(seconds: Double)
    /// `.explain INSTR`, `.explain on`, `.explain off`.
    case explain(ExplainRequest)
    /// `.stdin "TEXT"|FILE|none`: what the code reads from fd 0 in the runs that follow.
    case standardInput(InputRequest)
    /// `.allow SYSCALL`: let the code make a system call the sandbox refuses by default.
    case allow(systemCall: String)
    /// `.sandbox`: what the code may do.
    case sandbox
    /// `.defs`: the labels and constants earlier blocks defined, with their values.
    case definitions
    /// `.decode [--bits 16|32|64] BYTES`: the instructions some bytes (in hex) decode to, read
    /// as code of that mode (64-bit unless told).
    case decode(bytes: String, mode: CodeMode = .bits64)
    /// `.dis [--bits 16|32|64] ADDR [N]`: N instructions (default 8) of sandbox memory, decoded
    /// as code of that mode (64-bit unless told).
    case disassemble(address: String, count: String?, mode: CodeMode = .bits64)
    /// `.syntax intel|att`: the syntax typed lines are read in and decoded text is shown in;
    /// `.syntax` alone names the current one.
    case syntax(SourceSyntax?)
    /// `.match nasm|gas|llvm`: whose encodings lines get where the assemblers differ; `.match`
    /// alone names the current choice.
    case match(EncodingDialect?)

    /// What `.stdin` was asked for.
    public enum InputRequest: Equatable, Sendable {
        /// No input (end of file at once), as at the start.
        case none
        /// These bytes (the quoted text with its escapes, such as `\n`, decoded).
        case bytes([UInt8])
        /// The file at this path, read from its start at every run.
        case file(String)
    }

    /// What `.regs` shows.
    public enum RegisterQuery: Equatable, Sendable {
        /// The general registers and flags.
        case general
        /// ST0–ST7 and the x87 control, status and tag words.
        case fpu
        /// MXCSR, decoded.
        case mxcsr
        /// The AVX-512 opmask registers k0–k7.
        case opmasks
        /// One vector register (`xmm0`), in lanes of a type or the standard view (nil).
        case vector(VectorRegister, LaneType?)
        /// Every register of one kind (`xmm`, `ymm`, `zmm`, `mm`).
        case vectors(VectorRegister.Kind, LaneType?)
    }

    /// What `.explain` was asked to do.
    public enum ExplainRequest: Equatable, Sendable {
        case instruction(String)
        case on
        case off
    }

    /// One entry of the command list: how it is typed and what it does.
    public struct Usage: Sendable {
        public let name: String
        public let arguments: String
        public let summary: String
    }

    /// Every command, in the order `.help` lists them.
    public static let usages: [Usage] = [
        Usage(name: ".help", arguments: "[MNEMONIC]", summary: "list the commands, or the forms of one instruction"),
        Usage(name: ".regs", arguments: "[fpu|mxcsr|k|REG [TYPE]]",
              summary: "the general registers; the x87 unit, MXCSR, k0-k7, or xmm0 ymm1 zmm2 mm3 (or all xmm…) as TYPE f64 f32 i8-i64 u8-u64 hex"),
        Usage(name: ".set", arguments: "REG VALUE...",
              summary: "set a register or flag, also mxcsr fcw k0-7 st0-7; lanes from lane 0: .set xmm0 1.5 2.5 (f64), .set ymm1.i32 1 2"),
        Usage(name: ".mem", arguments: "ADDR [LEN]", summary: "hexdump memory; ADDR may be a sum: scratch+8, rsp-16"),
        Usage(name: ".stack", arguments: "", summary: "show the stack around rsp"),
        Usage(name: ".undo", arguments: "", summary: "restore the state from before the last run"),
        Usage(name: ".reset", arguments: "", summary: "zero the registers and memory, drop the current block"),
        Usage(name: ".mode", arguments: "step|function", summary: "run each instruction at once, or blocks at ret"),
        Usage(name: ".timeout", arguments: "SECONDS", summary: "time limit of one run (0.001 to 86400, whole microseconds)"),
        Usage(name: ".stdin", arguments: "\"TEXT\"|FILE|none", summary: "what the code reads from fd 0 (nothing by default)"),
        Usage(name: ".allow", arguments: "SYSCALL", summary: "let the code make a system call the sandbox refuses"),
        Usage(name: ".sandbox", arguments: "", summary: "what the sandbox lets code do"),
        Usage(name: ".defs", arguments: "", summary: "the labels and constants of the blocks run so far"),
        Usage(name: ".decode", arguments: "[--bits 16|32] BYTES", summary: "decode bytes in hex: .decode 48 8b 44 cb 10 (as 16- or 32-bit code with --bits)"),
        Usage(name: ".dis", arguments: "[--bits 16|32] ADDR [N]", summary: "decode N instructions (8) of sandbox memory: .dis rip-8 4"),
        Usage(name: ".explain", arguments: "INSTR|on|off", summary: "explain an encoding field by field"),
        Usage(name: ".syntax", arguments: "[intel|att]", summary: "read lines and show decoded text in Intel or AT&T syntax"),
        Usage(name: ".match", arguments: "[nasm|gas|llvm]", summary: "choose the bytes nasm, GNU as or llvm-mc (the default) would"),
        Usage(name: ".load", arguments: "FILE", summary: "run a file's lines as if typed"),
        Usage(name: ".quit", arguments: "", summary: "leave (Ctrl-D too)"),
    ]

    /// Every command name, for completion.
    public static var names: [String] { usages.map(\.name) }

    /// Parses `line` when its first token names a command.
    ///
    /// Returns nil when the line is not a command at all (it may be an assembler directive),
    /// and an error when it names a command but its arguments are wrong.
    public static func parse(_ line: String) -> Result<DotCommand, CommandError>? {
        // Most lines are instructions: tell them apart before making any word.
        guard line.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") }) == UInt8(ascii: ".") else { return nil }
        var words = Words(line)
        guard let name = words.next(), name.first == "." else { return nil }
        let arguments = words.rest()
        let argumentList = arguments.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        func usageError() -> Result<DotCommand, CommandError> {
            let usage = usages.first { $0.name == name }
            let text = usage.map { "usage: \($0.name) \($0.arguments)" } ?? "usage error"
            return .failure(CommandError(message: text))
        }
        func noArguments(_ command: DotCommand) -> Result<DotCommand, CommandError> {
            argumentList.isEmpty ? .success(command) : usageError()
        }
        switch name {
        case ".help":
            if argumentList.count > 1 { return usageError() }
            return .success(.help(topic: argumentList.first))
        case ".regs": return regsQuery(argumentList).map { .success(.regs($0)) } ?? usageError()
        case ".reset": return noArguments(.reset)
        case ".quit": return noArguments(.quit)
        case ".stack": return noArguments(.stack)
        case ".undo": return noArguments(.undo)
        case ".load":
            return arguments.isEmpty ? usageError() : .success(.load(path: arguments))
        case ".set":
            // GNU as spells a constant `.set name, expr`; with its comma it is the assembler's.
            if arguments.contains(",") { return nil }
            guard argumentList.count >= 2 else { return usageError() }
            return .success(.set(register: argumentList[0], values: Array(argumentList.dropFirst())))
        case ".mem":
            guard argumentList.count == 1 || argumentList.count == 2 else { return usageError() }
            return .success(.memory(address: argumentList[0], length: argumentList.count == 2 ? argumentList[1] : nil))
        case ".mode":
            guard argumentList.count == 1 else { return usageError() }
            switch argumentList[0].lowercased() {
            case "step": return .success(.mode(.step))
            case "function": return .success(.mode(.function))
            default: return usageError()
            }
        case ".timeout":
            guard argumentList.count == 1, let micros = TimeLimit.microseconds(argumentList[0]) else {
                return .failure(CommandError(message: "usage: .timeout \(TimeLimit.rule)"))
            }
            return .success(.timeout(seconds: Double(micros) / 1e6))
        case ".stdin":
            if arguments.isEmpty { return usageError() }
            if arguments == "none" { return .success(.standardInput(.none)) }
            if arguments.first == "\"" {
                guard let text = quotedText(arguments) else {
                    return .failure(CommandError(message: "usage: .stdin \"TEXT\" (one quoted string; \\n \\t \\\\ \\\" \\xHH escapes)"))
                }
                return .success(.standardInput(.bytes(text)))
            }
            return .success(.standardInput(.file(arguments)))
        case ".allow":
            guard argumentList.count == 1 else { return usageError() }
            return .success(.allow(systemCall: argumentList[0]))
        case ".sandbox": return noArguments(.sandbox)
        case ".defs": return noArguments(.definitions)
        case ".decode":
            guard let (mode, rest) = codeMode(arguments) else { return modeError() }
            return rest.isEmpty ? usageError() : .success(.decode(bytes: rest, mode: mode))
        case ".dis":
            guard let (mode, rest) = codeMode(arguments) else { return modeError() }
            let list = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard list.count == 1 || list.count == 2 else { return usageError() }
            return .success(.disassemble(address: list[0], count: list.count == 2 ? list[1] : nil, mode: mode))
        case ".syntax":
            guard argumentList.count <= 1 else { return usageError() }
            guard let word = argumentList.first else { return .success(.syntax(nil)) }
            guard let syntax = SourceSyntax(rawValue: word.lowercased()) else { return usageError() }
            return .success(.syntax(syntax))
        case ".match":
            guard argumentList.count <= 1 else { return usageError() }
            guard let word = argumentList.first else { return .success(.match(nil)) }
            guard let dialect = EncodingDialect(rawValue: word.lowercased()) else { return usageError() }
            return .success(.match(dialect))
        case ".explain":
            if arguments.isEmpty { return usageError() }
            switch arguments.lowercased() {
            case "on": return .success(.explain(.on))
            case "off": return .success(.explain(.off))
            default: return .success(.explain(.instruction(arguments)))
            }
        default:
            return nil
        }
    }
}

extension DotCommand {
    /// The mode `--bits N` at the start of `arguments` names (64-bit code without it) and the
    /// arguments after it; nil when `--bits` is there without 16, 32 or 64.
    static func codeMode(_ arguments: String) -> (CodeMode, String)? {
        var words = Words(arguments)
        guard words.next() == "--bits" else { return (.bits64, arguments) }
        guard let number = words.next(), let bits = Int64(number), let mode = CodeMode(bits: bits) else { return nil }
        return (mode, words.rest())
    }

    static func modeError() -> Result<DotCommand, CommandError> {
        .failure(CommandError(message: "--bits takes 16, 32 or 64"))
    }

    /// The text of one double-quoted string filling `argument`, escapes decoded; nil when it is
    /// not exactly that.
    static func quotedText(_ argument: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var characters = Array(argument.utf8).dropFirst()
        while let byte = characters.popFirst() {
            switch byte {
            case UInt8(ascii: "\""):
                return characters.isEmpty ? bytes : nil
            case UInt8(ascii: "\\"):
                guard let escaped = characters.popFirst() else { return nil }
                switch escaped {
                case UInt8(ascii: "n"): bytes.append(10)
                case UInt8(ascii: "t"): bytes.append(9)
                case UInt8(ascii: "r"): bytes.append(13)
                case UInt8(ascii: "0"): bytes.append(0)
                case UInt8(ascii: "\\"), UInt8(ascii: "\""): bytes.append(escaped)
                case UInt8(ascii: "x"):
                    guard characters.count >= 2,
                          let value = UInt8(String(decoding: characters.prefix(2), as: UTF8.self), radix: 16)
                    else { return nil }
                    characters = characters.dropFirst(2)
                    bytes.append(value)
                default: return nil
                }
            default:
                bytes.append(byte)
            }
        }
        return nil
    }

    /// The arguments of `.regs`, nil when they name nothing it can show.
    static func regsQuery(_ arguments: [String]) -> RegisterQuery? {
        guard let first = arguments.first?.lowercased() else { return .general }
        var type: LaneType?
        if arguments.count == 2 {
            guard let lanes = LaneType(rawValue: arguments[1].lowercased()) else { return nil }
            type = lanes
        } else if arguments.count > 2 {
            return nil
        }
        switch first {
        case "fpu", "x87": return type == nil ? .fpu : nil
        case "mxcsr": return type == nil ? .mxcsr : nil
        case "k": return type == nil ? .opmasks : nil
        default: break
        }
        if let kind = VectorRegister.Kind(rawValue: first) { return .vectors(kind, type) }
        if let register = VectorRegister(name: first) { return .vector(register, type) }
        return nil
    }
}

/// How a typed instruction runs.
public enum ExecutionStyle: String, Equatable, Sendable {
    /// Lines accumulate; `ret` at top level runs the block.
    case function
    /// Every instruction runs at once on the persistent state.
    case step
}

/// A command typed with the wrong arguments.
public struct CommandError: Error, Equatable, Sendable {
    public let message: String
    public init(message: String) { self.message = message }
}

/// Splits a line at blanks, remembering where the remainder starts.
struct Words {
    private let text: Substring
    private var index: Substring.Index

    init(_ text: String) {
        self.text = text[...]
        self.index = text.startIndex
    }

    mutating func next() -> String? {
        skipBlanks()
        guard index < text.endIndex else { return nil }
        let start = index
        while index < text.endIndex, !Words.isBlank(text[index]) { index = text.index(after: index) }
        return String(text[start..<index])
    }

    /// The rest of the line without leading or trailing blanks.
    mutating func rest() -> String {
        skipBlanks()
        var end = text.endIndex
        while end > index, Words.isBlank(text[text.index(before: end)]) { end = text.index(before: end) }
        return String(text[index..<end])
    }

    private mutating func skipBlanks() {
        while index < text.endIndex, Words.isBlank(text[index]) { index = text.index(after: index) }
    }

    private static func isBlank(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\r" }
}
