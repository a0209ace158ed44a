import ArgumentParser
import IntelSyntax
import JIT
import REPL

#if canImport(Glibc)
import Glibc
#endif

/// The `jitter` command: a REPL by default, and the assembler's other front ends.
@main
struct Jitter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jitter",
        abstract: "An interactive x86-64 assembler and JIT.",
        usage: """
            jitter [FILE.asm] [--timeout SECONDS] [--quiet] [--no-color] [--allow-syscall NAME]
            jitter encode [FILE]
            jitter asm FILE -o OUT
            jitter explain 'INSTR' | --bytes 'HEX'
            jitter disasm FILE|- [--base ADDR]
            jitter test FILE...
            """,
        discussion: """
            With no FILE, starts the REPL (plain line mode when standard input is not a \
            terminal). With FILE (or piped input), runs its lines as if typed, then exits \
            with status 1 if any line failed or faulted, else with the status the code \
            passed to exit, if it called it.
            """,
        version: "jitter 0.1.0",
        subcommands: [Run.self, Encode.self, Assemble.self, ExplainCommand.self, TestCommand.self, Disassemble.self],
        defaultSubcommand: Run.self
    )

    static func main() {
        // Code run from here is another process of the same user: it must not be able to
        // trace this one or write its memory through /proc.
        Executor.protectHostProcess()
        // `jitter asm` reads a file next: the tables are built while the arguments are parsed.
        if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "asm" {
            FileAssembly.prepare()
            if let request = AssemblyRequest.plain(CommandLine.arguments.dropFirst(2)) {
                do {
                    try request.run()
                } catch let code as ExitCode {
                    // The message is out already; the parser's exit would build its help text first.
                    Glibc.exit(code.rawValue)
                } catch {
                    Assemble.exit(withError: error)
                }
                return
            }
        }
        if CommandLine.arguments.count == 1 {
            // The REPL with every default, the way most people start it: without the argument
            // parser, whose reflection would cost milliseconds before the prompt.
            do {
                try Run.start(file: nil, options: RunOptions.sessionOptions(seconds: Double(RunOptions.defaultSeconds)))
            } catch {
                exit(withError: error)
            }
            return
        }
        main(nil)
    }
}

/// Options every running subcommand shares.
struct RunOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Time limit of one run, in seconds (0.001 to 86400, whole microseconds).",
                                            valueName: "SECONDS"))
    var timeout: String = "\(RunOptions.defaultSeconds)"

    static let defaultSeconds = 2

    @Flag(name: .customLong("no-color"), help: "Never use ANSI colour (NO_COLOR in the environment does the same).")
    var noColor = false

    @Option(name: .customLong("color"), help: ColorChoice.help)
    var color: ColorChoice = .auto

    @Flag(name: [.short, .long], help: "Show only results and errors: no byte listings, no register dumps.")
    var quiet = false

    @Option(name: .customLong("allow-syscall"),
            help: ArgumentHelp("Let the code make a system call the sandbox refuses (repeatable; .sandbox in the REPL lists them).",
                               valueName: "NAME"))
    var allowedSystemCalls: [String] = []

    @Option(name: .customLong("match"), help: MatchOption.help(default: "llvm"))
    var match: String?

    /// The time limit in seconds, once `validate()` has passed.
    var seconds: Double { Double(TimeLimit.microseconds(timeout) ?? 2_000_000) / 1e6 }

    func validate() throws {
        guard TimeLimit.microseconds(timeout) != nil else {
            throw ValidationError("--timeout takes \(TimeLimit.rule), not '\(timeout)'")
        }
        for name in allowedSystemCalls where !SandboxPolicy.allowableNames.contains(name) {
            throw ValidationError("--allow-syscall: '\(name)' is not a system call the sandbox refuses")
        }
        _ = try MatchOption.dialect(match)
    }

    /// Session options from these arguments.
    func sessionOptions() -> SessionOptions {
        var options = RunOptions.sessionOptions(seconds: seconds, noColor: noColor, color: color, quiet: quiet,
                                                allowedSystemCalls: allowedSystemCalls)
        options.encodingDialect = (try? MatchOption.dialect(match)) ?? .llvm
        return options
    }

    /// Session options from option values (the defaults where not given).
    static func sessionOptions(
        seconds: Double, noColor: Bool = false, color: ColorChoice = .auto, quiet: Bool = false,
        allowedSystemCalls: [String] = []
    ) -> SessionOptions {
        var options = SessionOptions(timeout: seconds,
                                     color: Terminal.colorAllowed(noColorFlag: noColor, choice: color),
                                     unicode: SessionOptions.localeIsUTF8(Terminal.environment))
        options.errorColor = Terminal.colorAllowed(noColorFlag: noColor, choice: color, descriptor: STDERR_FILENO)
        options.allowedSystemCalls = allowedSystemCalls
        options.quiet = quiet
        return options
    }
}
