import Testing
import TestSupport

/// The command line itself: arguments, exit codes, the non-terminal modes.
@Suite struct CommandLineTests {
    @Test func pipeModeShowsNoPromptAndRunsCommands() {
        let result = JitterBinary.run([], input: ".help\n")
        #expect(result.exitCode == 0)
        #expect(!result.output.contains("jitter>"))
        #expect(result.output.contains(".regs"))
    }

    @Test func quitStopsReadingLines() {
        let result = JitterBinary.run([], input: ".quit\n.mode nonsense\n")
        #expect(result.exitCode == 0)
        #expect(result.error.isEmpty)
    }

    @Test func aBadTimeoutIsRefused() {
        let result = JitterBinary.run(["--timeout", "0"])
        #expect(result.exitCode != 0)
        #expect(result.error.contains("--timeout"))
    }

    @Test func aFileWithAFailingLineExitsWithOne() {
        let path = TemporaryFolder.file(named: "bad.asm", contents: ".mode nonsense\n.help\n")
        let result = JitterBinary.run([path])
        #expect(result.exitCode == 1)
        #expect(result.error.contains("usage: .mode"))
        // The file goes on after the failing line.
        #expect(result.output.contains(".regs"))
    }

    @Test func aMissingFileIsAnErrorNotACrash() {
        let result = JitterBinary.run(["/nonexistent/x.asm"])
        #expect(result.exitCode == 1)
        #expect(result.error.contains("/nonexistent/x.asm"))
    }
}
