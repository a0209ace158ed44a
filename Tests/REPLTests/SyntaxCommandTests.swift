import REPL
import Testing

/// `.syntax` parses into its command by exact word.
@Suite struct SyntaxCommandTests {
    @Test(arguments: [
        (".syntax", DotCommand.syntax(nil)),
        (".syntax att", .syntax(.att)),
        (".syntax ATT", .syntax(.att)),
        (".syntax intel", .syntax(.intel)),
    ])
    func parses(line: String, command: DotCommand) throws {
        #expect(try DotCommand.parse(line)?.get() == command)
    }

    @Test(arguments: [".syntax gas", ".syntax att intel"])
    func wrongArgumentsAreAUsageError(line: String) {
        guard case .failure(let error) = DotCommand.parse(line) else {
            Issue.record("\(line) should be a usage error")
            return
        }
        #expect(error.message == "usage: .syntax [intel|att]")
    }
}
