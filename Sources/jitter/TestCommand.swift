import ArgumentParser
import REPL

/// `jitter test FILE...`: run files and check their `; expect` lines.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run files and check the expectations written in them (`; expect rax == 50`)."
    )

    @Argument(help: "The files to check.")
    var files: [String]

    @OptionGroup var options: RunOptions

    func run() throws {
        throw ValidationError("test is not available yet")
    }
}
