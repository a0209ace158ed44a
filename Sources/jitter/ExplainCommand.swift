import ArgumentParser
import REPL

#if canImport(Glibc)
import Glibc
#endif

/// `jitter explain 'INSTR'`.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain the encoding of one instruction, field by field.",
        discussion: "Box-drawing characters are used when the locale is UTF-8, plain ASCII otherwise."
    )

    @Argument(help: "An instruction, quoted: 'mov rax, qword ptr [rbx + rcx*8 + 16]'.")
    var instruction: String?

    @Option(name: .customLong("bytes"), help: ArgumentHelp("Decode these bytes and explain them instead.", valueName: "HEX"))
    var bytes: String?

    @Option(help: "Explain the instruction (or read the --bytes) as 16-, 32- or 64-bit code.")
    var bits: Int = 64

    @Flag(name: .customLong("no-color"), help: "Never use ANSI colour.")
    var noColor = false

    @Option(name: .customLong("color"), help: ColorChoice.help)
    var color: ColorChoice = .auto

    @Option(name: .customLong("match"), help: MatchOption.help(default: "llvm"))
    var match: String?

    func validate() throws { _ = try MatchOption.dialect(match) }

    func run() throws {
        let console = Console()
        var options = SessionOptions(color: Terminal.colorAllowed(noColorFlag: noColor, choice: color),
                                     unicode: SessionOptions.localeIsUTF8(Terminal.environment))
        options.encodingDialect = (try? MatchOption.dialect(match)) ?? .llvm
        options.codeMode = try CodeModeOption.mode(bits)
        if let bytes {
            let (text, succeeded) = ExplainBytes.text(
                hex: bytes, unicode: options.unicode, width: options.width, mode: options.codeMode)
            console.show(succeeded ? .standardOutput(text + "\n") : .standardError(text + "\n"))
            if !succeeded { throw ExitCode(1) }
            return
        }
        guard let instruction else { throw ValidationError("give an instruction, or --bytes HEX") }
        let session = Session(options: options, output: console.show)
        if session.handle(".explain " + instruction) == .failed { throw ExitCode(1) }
    }
}
