import Testing
import TestSupport

/// `jitter FILE`: a listing of the file's lines beside their bytes, or only results.
@Suite struct FileRunTests {
    // llvm-mc: mov eax, 5 [0xb8,0x05,0x00,0x00,0x00]; add eax, 1 [0x83,0xc0,0x01]; ret [0xc3]
    let program = "mov eax, 5\n  add eax, 1   ; one more\nret\n"

    @Test func eachLineIsListedBesideItsBytes() {
        let path = TemporaryFolder.file(named: "listing.asm", contents: program)
        let result = JitterBinary.run(["--no-color", path], input: "", mergeStandardError: true)
        #expect(result.exitCode == 0)
        #expect(result.output.contains("0000: b8 05 00 00 00                  mov eax, 5\n"), "\(result.output)")
        #expect(result.output.contains("0005: 83 c0 01                        add eax, 1   ; one more\n"))
        #expect(result.output.contains("0008: c3                              ret\n"))
        #expect(result.output.contains("rax = 0x0000000000000006 = 6"))
    }

    @Test func quietShowsOnlyResultsAndErrors() {
        let path = TemporaryFolder.file(named: "quiet.asm", contents: program + "mov rax, [0]\nret\nmov eax, ebz\n")
        let result = JitterBinary.run(["--no-color", "--quiet", path], input: "", mergeStandardError: true)
        #expect(!result.output.contains("b8 05 00 00 00"), "\(result.output)")
        #expect(!result.output.contains("rbx 0x"))
        #expect(result.output.contains("rax = 0x0000000000000006 = 6"))
        #expect(result.output.contains("SIGSEGV"))
        #expect(result.output.contains("undefined symbol 'ebz'"))
        #expect(result.exitCode == 1)
    }

    @Test func aProgramThatCallsExitGivesItsStatus() {
        // exit(3): rax = 60 (exit), rdi = 3; the file exits as the program did.
        let path = TemporaryFolder.file(named: "exit.asm", contents: "mov eax, 60\nmov edi, 3\nsyscall\n")
        let result = JitterBinary.run(["--no-color", path], input: "", mergeStandardError: true)
        #expect(result.output.contains("exited with status 3"), "\(result.output)")
        #expect(result.exitCode == 3)
        // A fault is a failure, whatever status an earlier block gave.
        let faulting = TemporaryFolder.file(named: "fault.asm", contents: "mov rax, [0]\nret\nmov eax, 60\nmov edi, 3\nsyscall\n")
        let failed = JitterBinary.run(["--no-color", faulting], input: "", mergeStandardError: true)
        #expect(failed.output.contains("fault.asm:1: error: SIGSEGV"), "\(failed.output)")
        #expect(failed.output.contains("exited with status 3"), "\(failed.output)")
        #expect(failed.exitCode == 1)
    }

    @Test func alignedDataInALaterBlockIsWhereItsLabelSays() {
        // The second block's data asks for 64-byte alignment, more than the 16 the blocks'
        // data is placed at: its bytes must land where `tail` points (tail + 16 holds 5).
        let lines = "section .data\nx: dd 7\nsection .text\nmov eax, [x]\nret\n"
            + "section .data\nalign 64\ntail: dd 1, 2, 3, 4, 5\nsection .text\nmov ebx, [rip + tail + 16]\nret\n"
        let result = JitterBinary.run(["--no-color"], input: lines, mergeStandardError: true)
        #expect(result.output.contains("rbx    0x0000000000000000 → 0x0000000000000005"), "\(result.output)")
    }
}
