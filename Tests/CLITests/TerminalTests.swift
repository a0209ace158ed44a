import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The REPL driven through a real pseudo-terminal, as a person would use it.
@Suite struct TerminalTests {
    static let prompt = "jitter> "

    @Test func promptsAndEndsOnControlD() throws {
        let terminal = try PseudoTerminal.jitter()
        #expect(terminal.waitForPrompt(Self.prompt))
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func controlCDropsTheLineAndKeepsTheSession() throws {
        let terminal = try PseudoTerminal.jitter()
        #expect(terminal.waitForPrompt(Self.prompt))
        let start = terminal.text.utf8.count
        terminal.type(".quit with garbage\u{3}")
        #expect(terminal.waitForPrompt(Self.prompt, after: start))
        #expect(terminal.screen.lines.contains("jitter> .quit with garbage^C"), "\(terminal.text)")
        // The dropped line never ran: `.quit with garbage` would be a usage error.
        let help = terminal.enter(".help", prompt: Self.prompt)
        #expect(terminal.text(since: help).contains(".regs"))
        #expect(!terminal.text.contains("usage: .quit"))
        #expect(!terminal.hasExited)
        terminal.type(".quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func linesAreAppendedToTheHistoryFileAsTheyAreEntered() throws {
        let state = TemporaryFolder.make()
        let terminal = try PseudoTerminal.jitter(environment: ["XDG_STATE_HOME": state])
        #expect(terminal.waitForPrompt(Self.prompt))
        terminal.enter(".mode step", prompt: Self.prompt)
        terminal.enter(".help", prompt: Self.prompt)
        // Read while the REPL still runs: appended at entry, not saved at exit.
        let history = String(decoding: TemporaryFolder.read(state + "/jitter/history") ?? [], as: UTF8.self)
        #expect(history == ".mode step\n.help\n")
        terminal.close()
    }

    @Test func historyFromAnEarlierRunIsRecalledWithTheUpArrow() throws {
        let state = TemporaryFolder.make()
        let first = try PseudoTerminal.jitter(environment: ["XDG_STATE_HOME": state])
        #expect(first.waitForPrompt(Self.prompt))
        first.enter(".timeout 7", prompt: Self.prompt)
        first.type(".quit\r")
        #expect(first.waitForExit() == 0)

        let second = try PseudoTerminal.jitter(environment: ["XDG_STATE_HOME": state])
        #expect(second.waitForPrompt(Self.prompt))
        // Up twice: `.quit`, then `.timeout 7`.
        second.type("\u{1b}[A\u{1b}[A")
        #expect(second.waitForScreen { $0.currentLine == "jitter> .timeout 7" }, "\(second.text)")
        second.close()
    }

    @Test func tabCompletesDotCommands() throws {
        let terminal = try PseudoTerminal.jitter()
        #expect(terminal.waitForPrompt(Self.prompt))
        terminal.type(".he\t")
        #expect(terminal.waitForScreen { $0.currentLine == "jitter> .help" }, "\(terminal.text)")
        terminal.close()
    }
}
