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
    var instruction: String

    @Flag(name: .customLong("no-color"), help: "Never use ANSI colour.")
    var noColor = false

    func run() throws {
        let console = Console()
        let options = SessionOptions(color: Terminal.colorAllowed(noColorFlag: noColor),
                                     unicode: SessionOptions.localeIsUTF8(Terminal.environment))
        let session = Session(options: options, output: console.show)
        if session.handle(".explain " + instruction) == .failed { throw ExitCode(1) }
    }
}
