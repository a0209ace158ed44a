import ArgumentParser
import REPL

/// `jitter explain 'INSTR'`.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain the encoding of one instruction, field by field."
    )

    @Argument(help: "An instruction, quoted: 'mov rax, qword ptr [rbx + rcx*8 + 16]'.")
    var instruction: String

    @Flag(name: .customLong("no-color"), help: "Never use ANSI colour.")
    var noColor = false

    func run() throws {
        throw ValidationError("explain is not available yet")
    }
}
