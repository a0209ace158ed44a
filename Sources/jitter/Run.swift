import ArgumentParser
import REPL

/// `jitter [FILE]`: the REPL, or a file run as if typed.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the REPL, or run FILE as if its lines were typed.",
        usage: "jitter [FILE.asm] [--timeout SECONDS] [--quiet] [--no-color] [--allow-syscall NAME]",
        shouldDisplay: false
    )

    @Argument(help: "An assembly file to run, then exit.")
    var file: String?

    @OptionGroup var options: RunOptions

    func run() throws {
        try Run.start(file: file, options: options.sessionOptions())
    }

    /// The REPL, or `file` run as if typed.
    static func start(file: String?, options: SessionOptions) throws {
        let console = Console()
        let session = Session(options: options, output: console.show)
        if let file {
            try exit(after: session.load(path: file), of: session)
            return
        }
        if Terminal.inputIsTerminal, let loop = InteractiveLoop(session: session, console: console) {
            session.interactive = true
            loop.run()
        } else {
            try exit(after: PlainLoop(session: session).run(), of: session)
        }
    }

    /// A file or piped input ends as a program would: status 1 when a line failed (an error,
    /// a fault, a time-out), else the status the code passed to `exit`, if it ended that way.
    private static func exit(after outcome: LineOutcome, of session: Session) throws {
        if outcome == .failed { throw ExitCode(1) }
        if case .exited(let status)? = session.lastOutcome, status != 0 { throw ExitCode(status) }
    }
}
