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

/// `jitter explain` and `.explain`: wired to the explanation renderer.
@Suite struct ExplainCommandTests {
    @Test func explainsOneInstruction() {
        // llvm-mc: add eax, 1 → [0x83,0xc0,0x01]
        let result = JitterBinary.run(["explain", "add eax, 1"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("83 c0 01"))
        #expect(result.output.contains("┌"))
    }

    @Test func plainASCIIOutsideAUTF8Locale() {
        let result = JitterBinary.run(["explain", "add eax, 1"], environment: ["LC_ALL": "C"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("83 c0 01"))
        #expect(!result.output.contains("┌"))
        #expect(result.output.utf8.allSatisfy { $0 < 0x80 })
    }

    @Test func aBadInstructionIsAnErrorWithACaret() {
        let result = JitterBinary.run(["explain", "mov al, 300"])
        #expect(result.exitCode == 1)
        #expect(result.error.contains("^"))
    }

    @Test func explainOnShowsEachInstructionAsItIsTyped() {
        let result = JitterBinary.run([], input: ".explain on\npush rbx\n.explain off\npush rcx\n")
        // llvm-mc: push rbx → [0x53], push rcx → [0x51]
        #expect(result.output.contains("0000: 53"))
        #expect(result.output.contains("0001: 51"))
        // Only the first is explained: one explanation, of a 1-byte push.
        #expect(result.output.split(separator: "\n").filter { $0.contains("(1 byte)") }.count == 1, "\(result.output)")
        #expect(result.output.contains("PUSH r64"))
    }
}

/// `jitter test FILE...`: expectations in files.
@Suite struct TestCommandTests {
    // llvm-mc: mov eax, 50 [b8 32 00 00 00]; add eax, 1 [83 c0 01]; 50 + 1 = 51, not zero (ZF = 0).
    static let passing = "mov eax, 50\nret\n; expect rax == 50\nadd eax, 1\nret\n; expect eax == 51\n; expect zf == 0\n"

    @Test func allExpectationsHold() {
        let path = TemporaryFolder.file(named: "good.asm", contents: Self.passing)
        let result = JitterBinary.run(["test", path])
        #expect(result.exitCode == 0)
        #expect(result.output == "3 passed, 0 failed\n")
        #expect(result.error.isEmpty)
    }

    @Test func aMissingFileIsAFailure() {
        let result = JitterBinary.run(["test", "/nonexistent/lesson.asm"])
        #expect(result.exitCode == 1)
        #expect(result.output == "0 passed, 1 failed\n")
        #expect(result.error.contains("/nonexistent/lesson.asm"))
    }

    @Test func failuresAreListedWithTheirLineAndCounted() {
        let good = TemporaryFolder.file(named: "good.asm", contents: Self.passing)
        let bad = TemporaryFolder.file(named: "bad.asm", contents: "mov eax, 7\nret\n; expect rax == 8\nmov al, 300\n")
        let result = JitterBinary.run(["test", good, bad])
        #expect(result.exitCode == 1)
        #expect(result.error.contains("\(bad):3: expected rax == 8, but rax = 0x7 (7)"), "\(result.error)")
        // The line that cannot be assembled counts as a failure too.
        #expect(result.error.contains("\(bad):4:"))
        #expect(result.output.hasSuffix("3 passed, 2 failed\n"))
    }
}
