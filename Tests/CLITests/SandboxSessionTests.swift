import Testing
import TestSupport

/// The REPL against code (and lines) that attack the session itself, through the real binary
/// in pipe mode: whatever the block does, the lines after it are read and run, once.
@Suite struct SandboxSessionTests {
    func run(_ lines: String, arguments: [String] = [], deadline: Double = 20) -> ProcessResult {
        JitterBinary.run(["--timeout", "5"] + arguments, input: lines + "mov eax, 1234\nret\n", timeout: deadline,
                         mergeStandardError: true)
    }

    func recovered(_ result: ProcessResult) -> Bool {
        result.output.contains("rax = 0x00000000000004d2 = 1234")
    }

    @Test func readingStandardInputDoesNotTakeTheSessionsLines() {
        // read(0, scratch, 100): the lines piped after this block are the REPL's, not the code's.
        let result = run("xor eax, eax\nxor edi, edi\nmov esi, 0x44000000\nmov edx, 100\nsyscall\nret\n")
        #expect(result.output.contains("rax = 0x0000000000000000 = 0"), "\(result.output)")
        #expect(recovered(result))
    }

    @Test func stdinGivesTheCodeItsOwnInput() {
        let result = run(".stdin \"abc\\n\"\nxor eax, eax\nxor edi, edi\nmov esi, 0x44000000\nmov edx, 100\nsyscall\nret\n.mem scratch 4\n")
        #expect(result.output.contains("rax = 0x0000000000000004 = 4"), "\(result.output)")
        #expect(result.output.contains("61 62 63 0a"))
        #expect(recovered(result))
    }

    @Test func nonBlockingOutputDoesNotSilenceTheSession() {
        // fcntl(1, F_SETFL, O_NONBLOCK) and close(2): the REPL's own descriptors are untouched.
        let result = run("mov edi, 1\nmov esi, 4\nmov edx, 0x800\nmov eax, 0x48\nsyscall\nmov edi, 2\nmov eax, 3\nsyscall\nret\n")
        #expect(recovered(result), "\(result.output)")
        #expect(result.exitCode == 0)
    }

    @Test func outputBeyondTheLimitIsCounted() {
        // Writes 2 MiB of zeros from the stack region (256 KiB) eight times.
        let lines = "mov ebx, 8\nagain:\nmov eax, 1\nmov edi, 1\nmov esi, 0x47fc0000\nmov edx, 0x40000\nsyscall\ndec ebx\njnz again\nret\n"
        let result = run(lines)
        #expect(result.output.contains("note: 1048576 more bytes of output were not shown"), "\(result.output.suffix(400))")
        #expect(recovered(result))
    }

    @Test func refusedSystemCallsNameTheCallAndTheLine() {
        let result = run("mov eax, 110\nsyscall\nmov edi, eax\nmov esi, 19\nmov eax, 62\nsyscall\nret\n")
        #expect(result.output.contains("SIGSYS: bad system call (kill is not allowed in the sandbox; .allow kill lets it through)"),
                "\(result.output)")
        #expect(result.output.contains("<stdin>:6: error: SIGSYS") && result.output.contains("\n    syscall\n"))
        #expect(recovered(result))
    }

    @Test func allowSyscallLetsOneThrough() {
        // getppid then kill(ppid, 0): a probe, allowed once `kill` is.
        let lines = "mov eax, 110\nsyscall\nmov edi, eax\nxor esi, esi\nmov eax, 62\nsyscall\nret\n"
        let result = run(lines, arguments: ["--allow-syscall", "kill"])
        #expect(!result.output.contains("SIGSYS"), "\(result.output)")
        #expect(recovered(result))
        let refused = JitterBinary.run(["--allow-syscall", "read"], input: "", mergeStandardError: true)
        #expect(refused.exitCode != 0)
        #expect(refused.output.contains("'read' is not a system call the sandbox refuses"))
    }

    @Test(arguments: ["1e-10", "0.0001", "0.0000001", "0", "-1", "nan", "inf", "1.0000001", "86401", "0x10", ""])
    func timeLimitsOutsideTheRuleAreRefused(limit: String) {
        let result = run(".timeout \(limit)\n")
        #expect(result.output.contains("usage: .timeout SECONDS in decimal, a whole number of microseconds"), "\(result.output)")
        #expect(!result.output.contains("time limit:"))
        #expect(recovered(result))
        let flag = JitterBinary.run(["--timeout", limit], input: "", mergeStandardError: true)
        #expect(flag.exitCode != 0)
    }

    @Test func theSmallestLimitStillStopsALoop() {
        // The limit is wall-clock time: under load even a short block may take a millisecond,
        // so the block that proves the session goes on runs under a longer one.
        let result = run(".timeout 0.001\njmp $\nret\n.timeout 5\n")
        #expect(result.output.contains("time limit: 0.001 s"))
        #expect(result.output.contains("timed out after 0.001 s"), "\(result.output)")
        #expect(recovered(result))
    }

    @Test func controlCharactersInInputAreShownEscaped() {
        let result = run("mov eax, \u{1B}]0;pwned\u{07}\u{1B}[2J\nfoo\u{9B}31m\n")
        #expect(!result.output.unicodeScalars.contains { $0 == "\u{07}" || $0 == "\u{9B}" }, "\(result.output.debugDescription)")
        #expect(!result.output.contains("\u{1B}]0;"))
        #expect(!result.output.contains("\u{1B}[2J"))
        #expect(result.output.contains("\\x1b"))
        #expect(recovered(result))
    }

    @Test func hugeDataIsRefusedBeforeItIsMade() {
        let result = run(".zero 268435456\ntimes 100000000 nop\nresq 1000000000000\n")
        #expect(result.output.contains("more than the 16777215 left of the 16777215-byte limit"), "\(result.output)")
        #expect(result.output.contains("repeat count 100000000 is too large"))
        #expect(recovered(result))
    }

    @Test func longDataIsSummarisedInTheListing() {
        let result = run(".zero 1000\n")
        #expect(result.output.contains("0000: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 … 1000 bytes of 00"), "\(result.output)")
    }

    @Test func literalsOutsideSixtyFourBitsAreErrors() {
        for literal in ["-9223372036854775809", "18446744073709551616", "-18446744073709551615"] {
            let result = run("mov rax, \(literal)\nret\n")
            #expect(result.output.contains("number does not fit in 64 bits"), "\(literal): \(result.output)")
        }
        #expect(run("mov rax, -9223372036854775808\nret\n").output.contains("rax = 0x8000000000000000"))
    }

    @Test func longEquChainsResolve() {
        var lines = "mov eax, a0\n"
        for index in 0..<300 { lines += "a\(index) equ a\(index + 1) + 1\n" }
        lines += "a300 equ 5\nret\n"
        // Each definition revisits the lines still waiting (300 × 300 in all): slow in a debug
        // build on a busy machine, so the deadline against a hang is generous.
        let result = run(lines, deadline: 180)
        #expect(result.output.contains("rax = 0x0000000000000131 = 305"), "\(result.output.suffix(300))")
        let cycle = run("b0 equ b1\nb1 equ b2\nb2 equ b0\nmov eax, b0\nret\n")
        #expect(cycle.output.contains("symbol 'b0' is defined in terms of itself"))
        #expect(recovered(cycle))
    }

    @Test func aFileLoadingItselfUnderOtherNamesIsStoppedAtOnce() {
        let path = TemporaryFolder.file(named: "self.asm", contents: "")
        let folder = String(path.dropLast("/self.asm".count))
        let spellings = [path, folder + "//self.asm", folder + "/./self.asm", folder + "/../" + folder.split(separator: "/").last! + "/self.asm"]
        TemporaryFolder.write(path, contents: spellings.map { ".load \($0)\n" }.joined() + "mov eax, 7\nret\n")
        let result = run(".load \(path)\n")
        #expect(result.output.contains("is already being loaded (a file cannot load itself)"), "\(result.output)")
        // Once per spelling inside the outer load, and nothing more: no fan-out.
        let refusals = result.output.split(separator: "\n").filter { $0.contains("already being loaded") }
        #expect(refusals.count == spellings.count)
        #expect(result.output.contains("rax = 0x0000000000000007 = 7"))
        #expect(recovered(result))
    }

    @Test func controlBytesInsideNumbersAreErrorsNotCrashes() {
        // Found by Scripts/fuzz: a byte 0x10–0x19 once read as a digit and overflowed.
        let input = "dd 1.5\u{10}\ndq 0x1\u{15}p3\ndb \"\\x\u{10}\u{11}\"\nmov eax, 0x1\u{12}\nnop\n"
        let result = JitterBinary.run(["encode"], input: input)
        #expect(result.signal == nil && result.exitCode == 1, "\(result.output)")
        #expect(result.output.hasSuffix("90\n"), "\(result.output)")
    }

    @Test func hugeLinesAreRefusedAndLongOnesShownInPart() {
        let huge = String(repeating: "a", count: 300_000)
        let refused = run(huge + "\n")
        #expect(refused.output.contains("a line of 300000 bytes is longer than the 262144 a line may have"))
        #expect(refused.output.utf8.count < 10_000)
        #expect(recovered(refused))
        let long = String(repeating: "b", count: 5_000)
        let shown = run(long + "\n")
        #expect(shown.output.contains("… (5022 characters)"), "\(shown.output.prefix(600))")
        #expect(shown.output.utf8.count < 10_000)
        #expect(recovered(shown))
    }
}
