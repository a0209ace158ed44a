import ArgumentParser
import IntelSyntax

/// The `jitter` command: a REPL by default, and the assembler's other front ends.
@main
struct Jitter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jitter",
        abstract: "An interactive x86-64 assembler and JIT.",
        usage: """
            jitter [FILE.asm] [--timeout SECONDS] [--no-color]
            jitter encode [FILE]
            jitter asm FILE -o OUT
            jitter explain 'INSTR'
            jitter test FILE...
            """,
        discussion: """
            With no FILE, starts the REPL (plain line mode when standard input is not a \
            terminal). With FILE, runs its lines as if typed, then exits with status 1 if \
            any line failed.
            """,
        version: "0.1.0",
        subcommands: [Run.self, Encode.self, Assemble.self, ExplainCommand.self, TestCommand.self],
        defaultSubcommand: Run.self
    )

    static func main() {
        // `jitter asm` reads a file next: the tables are built while the arguments are parsed.
        if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "asm" { FileAssembly.prepare() }
        main(nil)
    }
}

/// Options every running subcommand shares.
struct RunOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Time limit of one run, in seconds.", valueName: "SECONDS"))
    var timeout: Double = 2

    @Flag(name: .customLong("no-color"), help: "Never use ANSI colour (NO_COLOR in the environment does the same).")
    var noColor = false

    func validate() throws {
        guard timeout > 0, timeout <= 86_400 else {
            throw ValidationError("--timeout must be above 0 and at most 86400 seconds")
        }
    }
}
