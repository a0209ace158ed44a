import ArgumentParser
import REPL

/// `jitter encode [FILE]`: one output line of bytes per input line.
struct Encode: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Assemble without running: print each line's bytes, one output line per input line.",
        discussion: """
            Each output line is the bytes its input line produced as lowercase hex pairs \
            separated by single spaces, an empty line when it produced none, or \
            `error: MESSAGE`. Labels resolve across the whole input.
            """
    )

    @Argument(help: "The file to assemble (standard input when absent).")
    var file: String?

    func run() throws {
        throw ValidationError("encode is not available yet")
    }
}
