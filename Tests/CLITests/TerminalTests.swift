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

    @Test("a history file that is a named pipe nobody reads or writes neither blocks the start nor a line")
    func aHistoryPipeDoesNotBlock() throws {
        let state = TemporaryFolder.make()
        #expect(mkdir(state + "/jitter", 0o700) == 0)
        #expect(mkfifo(state + "/jitter/history", 0o600) == 0)
        let terminal = try PseudoTerminal.jitter(environment: ["XDG_STATE_HOME": state])
        #expect(terminal.waitForPrompt(Self.prompt), "\(terminal.text)")
        terminal.enter(".help", prompt: Self.prompt)
        terminal.type(".quit\r")
        #expect(terminal.waitForExit() == 0)
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

    /// The first thing a person does: bytes at once, then 50 and the registers at `ret`.
    /// Bytes from llvm-mc: mov eax, 50 is [0xb8,0x32,0x00,0x00,0x00]; ret is [0xc3].
    @Test func movThenRetShowsBytesAndTheReturnValue() throws {
        let terminal = try PseudoTerminal.jitter()
        #expect(terminal.waitForPrompt(Self.prompt))
        let mov = terminal.enter("mov eax, 50", prompt: Self.prompt)
        #expect(terminal.text(since: mov).contains("0000: b8 32 00 00 00"), "\(terminal.text)")
        let ret = terminal.enter("ret", prompt: Self.prompt)
        let shown = terminal.text(since: ret)
        #expect(shown.contains("0005: c3"))
        #expect(shown.contains("rax = 0x0000000000000032 = 50"), "\(shown)")
        #expect(shown.contains("flags  CF=0 PF=0 AF=0 ZF=0 SF=0 DF=0 OF=0"))
        // On a terminal the changed registers are highlighted (NO_COLOR is unset here).
        #expect(PseudoTerminal.plainText(terminal.transcript).contains("\u{1B}[1;33mrax 0x0000000000000032"))
        terminal.close()
    }

    @Test func noColorTurnsHighlightingOff() throws {
        let terminal = try PseudoTerminal.jitter(["--no-color"])
        #expect(terminal.waitForPrompt(Self.prompt))
        terminal.enter("mov eax, 50", prompt: Self.prompt)
        let ret = terminal.enter("ret", prompt: Self.prompt)
        #expect(terminal.text(since: ret).contains("rax = 0x0000000000000032 = 50"))
        #expect(!PseudoTerminal.plainText(terminal.transcript).contains("[1;33m"))
        terminal.close()
    }

    @Test func controlCStopsRunningCodeAndTheREPLGoesOn() throws {
        let terminal = try PseudoTerminal.jitter(["--timeout", "60"])
        #expect(terminal.waitForPrompt(Self.prompt))
        terminal.enter("top: jmp top", prompt: Self.prompt)
        let start = terminal.text.utf8.count
        terminal.type("ret\r")
        #expect(terminal.waitFor("0002: c3", after: start))
        // Ctrl-C interrupts code once it runs, in its own process.
        #expect(terminal.waitForChildProcess())
        terminal.type("\u{3}")
        #expect(terminal.waitForPrompt(Self.prompt, after: start), "\(terminal.text)")
        #expect(terminal.text(since: start).contains("interrupted"))
        let next = terminal.enter("mov eax, 7", prompt: Self.prompt)
        terminal.enter("ret", prompt: Self.prompt)
        #expect(terminal.text(since: next).contains("rax = 0x0000000000000007 = 7"))
        #expect(!terminal.hasExited)
        terminal.close()
    }

    /// The code's own `write` to fd 1 lands between the block's listing and its result.
    @Test func theCodesOwnOutputKeepsItsPlaceOnATerminal() throws {
        let terminal = try PseudoTerminal.jitter()
        #expect(terminal.waitForPrompt(Self.prompt))
        // "hi!\n" stored in scratch, then write(1, scratch, 4): eax = 1, edi = 1, esi, edx = 4;
        // Offsets 11 + 5 + 5 + 5 + 5 + 2 (syscall: 0f 05) put ret at 0x21.
        for line in ["mov dword ptr [scratch], 0x0a216968", "mov eax, 1", "mov edi, 1",
                     "mov esi, 0x44000000", "mov edx, 4", "syscall"] {
            terminal.enter(line, prompt: Self.prompt)
        }
        let ret = terminal.enter("ret", prompt: Self.prompt)
        let shown = terminal.text(since: ret)
        let listing = shown.offset(of: "0021: c3")
        let greeting = shown.offset(of: "\nhi!\n")
        let value = shown.offset(of: "rax = 0x0000000000000004 = 4")
        #expect(listing != nil && greeting != nil && value != nil, "\(shown)")
        if let listing, let greeting, let value { #expect(listing < greeting && greeting < value) }
        terminal.close()
    }

    @Test func controlCOnAnEmptyLineDropsTheUnfinishedBlock() throws {
        let terminal = try PseudoTerminal.jitter()
        #expect(terminal.waitForPrompt(Self.prompt))
        terminal.enter("call later", prompt: Self.prompt)
        terminal.enter("ret", prompt: Self.prompt)
        let start = terminal.text.utf8.count
        terminal.type("\u{3}")
        #expect(terminal.waitForPrompt(Self.prompt, after: start))
        #expect(terminal.text(since: start).contains("unfinished block of 2 lines was dropped"), "\(terminal.text)")
        // llvm-mc: mov eax, 3 → [0xb8,0x03,0x00,0x00,0x00], at offset 0 of a new block.
        let mov = terminal.enter("mov eax, 3", prompt: Self.prompt)
        #expect(terminal.text(since: mov).contains("0000: b8 03 00 00 00"))
        terminal.close()
    }
}
