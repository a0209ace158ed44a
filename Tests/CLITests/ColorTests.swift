import Testing
import TestSupport

/// When output is coloured: `--color auto|always|never`, `NO_COLOR`, and whether the stream
/// is a terminal.
@Suite struct ColorTests {
    static let escape = "\u{1B}["

    @Test func alwaysColoursAPipeAndNeverColoursNothing() {
        let input = "mov eaz, 1\nmov eax, 1\nret\n"
        let always = JitterBinary.run(["--color", "always"], input: input)
        #expect(always.output.contains(Self.escape), "\(always.output)")
        #expect(always.error.contains(Self.escape), "\(always.error)")
        let never = JitterBinary.run(["--color", "never"], input: input)
        #expect(!never.output.contains(Self.escape) && !never.error.contains(Self.escape))
        // On pipes, auto means none.
        let auto = JitterBinary.run([], input: input)
        #expect(!auto.output.contains(Self.escape) && !auto.error.contains(Self.escape))
        let bad = JitterBinary.run(["--color", "sometimes"], input: "")
        #expect(bad.exitCode != 0)
    }

    @Test func aTerminalIsColouredUnlessNoColorHasAValue() throws {
        func colouredError(_ arguments: [String], _ environment: [String: String]) throws -> Bool {
            let terminal = try PseudoTerminal.jitter(arguments, environment: environment)
            #expect(terminal.waitForPrompt("jitter> "))
            let start = terminal.transcript.count
            terminal.enter("mov eaz, 1", prompt: "jitter> ")
            terminal.type(".quit\r")
            _ = terminal.waitForExit()
            return String(decoding: terminal.transcript[start...], as: UTF8.self).contains(Self.escape + "1;31m")
        }
        #expect(try colouredError([], [:]))
        #expect(try !colouredError([], ["NO_COLOR": "1"]))
        #expect(try !colouredError(["--color", "never"], [:]))
        #expect(try colouredError(["--color", "always"], ["NO_COLOR": "1"]))
    }
}
