import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The REPL driven through a real pseudo-terminal, as a person would use it.
@Suite struct TerminalTests {
    @Test func promptsAndEndsOnControlD() throws {
        let terminal = try PseudoTerminal.jitter()
        #expect(terminal.waitFor("jitter> "))
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func controlCDropsTheLineAndKeepsTheSession() throws {
        let terminal = try PseudoTerminal.jitter()
        #expect(terminal.waitFor("jitter> "))
        let start = terminal.text.utf8.count
        terminal.type(".quit with garbage\u{3}")
        #expect(terminal.waitFor("^C", after: start))
        #expect(terminal.waitForScreen { $0.lines.contains("jitter> .quit with garbage^C") })
        // The dropped line was never run: `.quit with garbage` would be a usage error.
        let afterInterrupt = terminal.text.utf8.count
        terminal.type(".help\r")
        #expect(terminal.waitFor(".regs", after: afterInterrupt))
        #expect(!terminal.text.contains("usage: .quit"))
        #expect(!terminal.hasExited)
        terminal.type(".quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func linesAreAppendedToTheHistoryFileAsTheyAreEntered() throws {
        let state = TemporaryFolder.make()
        let terminal = try PseudoTerminal.jitter(environment: ["XDG_STATE_HOME": state])
        #expect(terminal.waitFor("jitter> "))
        terminal.type(".mode step\r")
        terminal.type(".help\r")
        #expect(terminal.waitFor(".quit"))
        // Read while the REPL still runs: appended at entry, not saved at exit.
        let deadline = Deadline(seconds: 5)
        var history = ""
        while !deadline.passed {
            history = String(decoding: TemporaryFolder.read(state + "/jitter/history") ?? [], as: UTF8.self)
            if history.contains(".help") { break }
            usleep(10_000)
        }
        #expect(history == ".mode step\n.help\n")
        terminal.close()
    }

    @Test func historyFromAnEarlierRunIsRecalledWithTheUpArrow() throws {
        let state = TemporaryFolder.make()
        let first = try PseudoTerminal.jitter(environment: ["XDG_STATE_HOME": state])
        #expect(first.waitFor("jitter> "))
        first.type(".timeout 7\r")
        first.type(".quit\r")
        #expect(first.waitForExit() == 0)

        let second = try PseudoTerminal.jitter(environment: ["XDG_STATE_HOME": state])
        #expect(second.waitFor("jitter> "))
        // Up twice: `.quit`, then `.timeout 7`.
        second.type("\u{1b}[A\u{1b}[A")
        #expect(second.waitForScreen { $0.currentLine == "jitter> .timeout 7" })
        second.close()
    }

    @Test func tabCompletesDotCommands() throws {
        let terminal = try PseudoTerminal.jitter()
        #expect(terminal.waitFor("jitter> "))
        terminal.type(".he\t")
        #expect(terminal.waitForScreen { $0.currentLine == "jitter> .help" })
        terminal.close()
    }
}
