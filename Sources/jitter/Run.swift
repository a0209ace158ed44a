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
            if session.load(path: file) == .failed { throw ExitCode(1) }
            return
        }
        if Terminal.inputIsTerminal, let loop = InteractiveLoop(session: session, console: console) {
            loop.run()
        } else {
            if PlainLoop(session: session).run() == .failed { throw ExitCode(1) }
        }
    }
}
