import Testing
import TestSupport

/// Code that crashes, loops, exits or forks, run through the real binary in pipe mode: each
/// outcome is reported, with the source line at fault, and the session goes on.
@Suite struct HostileInputTests {
    /// Runs `lines` then a block that must still work: `mov eax, 1234` / `ret`.
    func runThenRecover(_ lines: String, timeout: String = "5") -> ProcessResult {
        JitterBinary.run(["--timeout", timeout], input: lines + "mov eax, 1234\nret\n", mergeStandardError: true)
    }

    /// The session went on after the hostile block: the next block returned 1234.
    func recovered(_ result: ProcessResult) -> Bool {
        result.output.contains("rax = 0x00000000000004d2 = 1234")
    }

    @Test func segmentationFaultNamesTheSourceLine() {
        let result = runThenRecover("mov eax, 1\nmov rax, qword ptr [0]\nadd eax, 2\nret\n")
        #expect(result.output.contains("SIGSEGV"))
        #expect(result.output.contains("at address 0x0000000000000000"))
        #expect(result.output.contains("<stdin>:2: error: SIGSEGV") && result.output.contains("\n    mov rax, qword ptr [0]\n"), "\(result.output)")
        // The register state at the fault: rax was 1 when line 2 faulted.
        #expect(result.output.contains("rax 0x0000000000000001"))
        #expect(recovered(result))
    }

    @Test func faultingLineInALoadedFileIsNamedByFileAndLine() {
        let path = TemporaryFolder.file(named: "crash.asm", contents: "; a comment\nmov ecx, 0\n\nmov dword ptr [rcx], 5\nret\n")
        let result = JitterBinary.run([path], mergeStandardError: true)
        #expect(result.exitCode == 1)
        #expect(result.output.contains("\(path):4: error: SIGSEGV") && result.output.contains("\n    mov dword ptr [rcx], 5\n"), "\(result.output)")
    }

    @Test func divideByZeroIsSIGFPE() {
        let result = runThenRecover("xor ecx, ecx\ndiv ecx\nret\n")
        #expect(result.output.contains("SIGFPE"))
        #expect(result.output.contains("divide by zero"))
        #expect(result.output.contains("<stdin>:2: error: SIGFPE") && result.output.contains("\n    div ecx\n"))
        #expect(recovered(result))
    }

    @Test func breakpointIsSIGTRAPAtItsOwnLine() {
        // rip is after int3 when the trap arrives; the report still names the int3 line.
        let result = runThenRecover("mov eax, 9\nint3\nmov eax, 10\nret\n")
        #expect(result.output.contains("SIGTRAP"))
        #expect(result.output.contains("<stdin>:2: error: SIGTRAP") && result.output.contains("\n    int3\n"), "\(result.output)")
        #expect(recovered(result))
    }

    @Test func undefinedInstructionIsSIGILL() {
        let result = runThenRecover("ud2\nret\n")
        #expect(result.output.contains("SIGILL"))
        #expect(result.output.contains("<stdin>:1: error: SIGILL") && result.output.contains("\n    ud2\n"))
        #expect(recovered(result))
    }

    @Test func infiniteLoopTimesOutAndTheSessionGoesOn() {
        let result = runThenRecover("top:\njmp top\nret\n", timeout: "0.3")
        #expect(result.output.contains("timed out after 0.3 s"), "\(result.output)")
        #expect(result.output.contains("<stdin>:2: error: timed out") && result.output.contains("\n    jmp top\n"))
        #expect(recovered(result))
        #expect(!result.timedOut)
    }

    @Test func timeoutCommandChangesTheLimit() {
        let result = runThenRecover(".timeout 0.2\ntop:\njmp top\nret\n", timeout: "30")
        #expect(result.output.contains("timed out after 0.2 s"), "\(result.output)")
        #expect(recovered(result))
    }

    @Test func exitSyscallIsReportedWithItsStatus() {
        // exit(7): eax = 60, edi = 7, syscall.
        let result = runThenRecover("mov eax, 60\nmov edi, 7\nsyscall\nret\n")
        #expect(result.output.contains("exited with status 7"))
        #expect(recovered(result))
    }

    @Test func exitGroupSyscallIsReportedWithItsStatus() {
        // exit_group(3): eax = 231.
        let result = runThenRecover("mov eax, 231\nmov edi, 3\nsyscall\nret\n")
        #expect(result.output.contains("exited with status 3"))
        #expect(recovered(result))
    }

    @Test func forkLeavesNothingBehind() {
        // fork(): eax = 57. Both processes go on to `ret`.
        let result = runThenRecover("mov eax, 57\nsyscall\nret\n")
        #expect(result.exitCode == 0)
        #expect(recovered(result))
        #expect(!result.timedOut)
    }

    @Test func brokenStacksAreFaultsNotCrashes() {
        // `push 5` / `ret` returns to address 5; `xor esp, esp` / `ret` pops from address 0.
        let result = runThenRecover("push 5\nret\nxor esp, esp\nret\n")
        #expect(result.output.contains("rip 0x0000000000000005 is outside the code"), "\(result.output)")
        #expect(result.output.contains("<stdin>:4: error: ") && result.output.contains("\n    ret\n"))
        #expect(recovered(result))
    }

    @Test func clobberedCalleeSavedRegistersAreJustReported() {
        let result = runThenRecover("mov rbx, -1\nmov rbp, 2\nmov r12, 3\nmov r15, 4\nret\n")
        #expect(result.output.contains("rbx 0xffffffffffffffff"))
        #expect(result.output.contains("r15 0x0000000000000004"))
        #expect(recovered(result))
    }

    @Test func wildWritesFaultInsideTheSandbox() {
        let result = runThenRecover("mov qword ptr [0x12345678], 1\nret\n")
        #expect(result.output.contains("at address 0x0000000012345678"))
        #expect(recovered(result))
    }

    @Test func theCodesOwnOutputKeepsItsPlace() {
        // write(1, scratch, 4) after storing "hi!\n" there: eax = 1, edi = 1, esi = scratch, edx = 4.
        let input = """
            mov dword ptr [scratch], 0x0a216968
            mov eax, 1
            mov edi, 1
            mov esi, 0x44000000
            mov edx, 4
            syscall
            ret
            mov eax, 1234
            ret

            """
        let result = JitterBinary.run([], input: input, mergeStandardError: true)
        let output = result.output
        // Offsets: 11 + 5 + 5 + 5 + 5 + 2 bytes put ret at 0x21; write returns the count, 4, in rax.
        let ret = output.offset(of: "0021: c3")
        let greeting = output.offset(of: "\nhi!\n")
        let value = output.offset(of: "rax = 0x0000000000000004 = 4")
        #expect(ret != nil && greeting != nil && value != nil, "\(output)")
        if let ret, let greeting, let value { #expect(ret < greeting && greeting < value) }
    }

    @Test func errorsAndOutputKeepTheirOrderOnOnePipe() {
        let result = JitterBinary.run([], input: "mov eax, 1\nmov al, 300\nmov ebx, 2\n", mergeStandardError: true)
        let lines = result.output.split(separator: "\n").map(String.init)
        let first = lines.firstIndex { $0.hasPrefix("0000: b8 01") }
        let error = lines.firstIndex { $0.contains("error:") }
        let second = lines.firstIndex { $0.hasPrefix("0005: bb 02") }
        #expect(first != nil && error != nil && second != nil, "\(result.output)")
        if let first, let error, let second { #expect(first < error && error < second) }
    }
}

/// Files that end without `ret`: the last block runs at the end of the input.
@Suite struct EndOfInputTests {
    // write(1, msg, 3) then exit(0).
    static let program = """
        _start:
            mov eax, 1
            mov edi, 1
            lea rsi, [rip + msg]
            mov edx, 3
            syscall
            mov eax, 60
            xor edi, edi
            syscall
        section .data
        msg db "hi", 10

        """

    @Test func aFileWithoutRetRunsItsLastBlock() {
        let path = TemporaryFolder.file(named: "hello.asm", contents: Self.program)
        let result = JitterBinary.run([path], mergeStandardError: true)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.output.contains("\nhi\n"))
        #expect(result.output.contains("exited with status 0"))
    }

    @Test func pipedInputEndsTheSameWay() {
        let result = JitterBinary.run([], input: Self.program, mergeStandardError: true)
        #expect(result.output.contains("\nhi\n"))
        #expect(result.output.contains("exited with status 0"))
    }

    @Test func trailingCommentsAloneRunNothing() {
        let result = JitterBinary.run([], input: "mov eax, 1\nret\n; the end\n\n")
        #expect(!result.output.contains("end of input"))
        #expect(result.exitCode == 0)
    }

    /// Past a few hundred lines a block's bytes are shown when it runs, not line by line; all
    /// of them are shown, once each. nop is 90 (llvm-mc), so line k sits at offset k - 1.
    @Test func aLongBlockStillShowsEveryLinesBytes() {
        let input = String(repeating: "nop\n", count: 600) + "ret\n"
        let result = JitterBinary.run([], input: input)
        let listing = result.output.split(separator: "\n").filter { $0.hasSuffix(": 90") }
        #expect(listing.count == 600)
        #expect(listing.last == "0257: 90")
        #expect(result.output.contains("0258: c3"))
        #expect(result.output.contains("rax = 0x0000000000000000 = 0"))
    }
}
