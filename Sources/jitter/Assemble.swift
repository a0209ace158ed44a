import ArgumentParser
import REPL

/// `jitter asm FILE -o OUT`: a flat binary.
struct Assemble: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "asm",
        abstract: "Assemble FILE into a flat binary (code, then data)."
    )

    @Argument(help: "The file to assemble.")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the bytes.", valueName: "OUT"))
    var output: String

    func run() throws {
        throw ValidationError("asm is not available yet")
    }
}
