import Glibc
import JIT
import Testing

@Suite struct FaultTests {
    @Test func segmentationFaultReportsAddressAndInstruction() throws {
        let executor = try Executor()
        let reported = fault(executor.run(code(
            "b8 01 00 00 00",        // mov eax, 1
            "8a 04 25 00 10 00 00",  // mov al, byte ptr [0x1000]
            "c3"                     // ret
        ), mode: .function))
        #expect(reported?.name == "SIGSEGV")
        #expect(reported?.signal == SIGSEGV)
        #expect(reported?.address == 0x1000)
        #expect(reported?.code == 1)  // SEGV_MAPERR: nothing mapped there
        #expect(reported?.state?.rip == codeAddress + 5)
        #expect(reported?.state?.rax == 1)
        // The registers at the fault become the machine state.
        #expect(executor.state.rip == codeAddress + 5)
    }

    @Test func writingToCodeIsAnAccessError() throws {
        let executor = try Executor()
        let reported = fault(executor.run(code(
            "48 89 04 25 00 00 00 40",  // mov qword ptr [0x40000000], rax
            "c3"                        // ret
        ), mode: .function))
        #expect(reported?.name == "SIGSEGV")
        #expect(reported?.address == codeAddress)
        #expect(reported?.code == 2)  // SEGV_ACCERR: mapped, but not writable
    }

    @Test func nonCanonicalAddressIsAGeneralProtectionFaultWithoutAddress() throws {
        let executor = try Executor()
        let reported = fault(executor.run(code(
            "48 a1 00 00 00 00 00 00 00 80",  // movabs rax, qword ptr [0x8000000000000000]
            "c3"                              // ret
        ), mode: .function))
        #expect(reported?.name == "SIGSEGV")
        #expect(reported?.code == 0x80)  // SI_KERNEL: the CPU gives no address for #GP
        #expect(reported?.address == nil)
        #expect(reported?.state?.rip == codeAddress)
    }

    @Test func dataAndStackAreNotExecutable() throws {
        let executor = try Executor()
        var intoData = code(
            "b8 00 00 00 41",  // mov eax, 0x41000000
            "ff e0"            // jmp rax
        )
        intoData.data = hex("c3")  // ret, were it executable
        let fromData = fault(executor.run(intoData, mode: .function))
        #expect(fromData?.name == "SIGSEGV")
        #expect(fromData?.code == 2)  // SEGV_ACCERR: mapped, not executable
        #expect(fromData?.address == SandboxLayout.dataAddress)
        let fromStack = fault(executor.run(code(
            "6a c3",  // push -61 (0xff…ffc3: its low byte would be ret)
            "ff e4"   // jmp rsp
        ), mode: .function))
        #expect(fromStack?.code == 2)
        #expect(fromStack?.address == SandboxLayout.stackTop - 16)
    }

    @Test func int3IsSIGTRAPAfterTheBreakpoint() throws {
        let executor = try Executor()
        let reported = fault(executor.run(code(
            "90",  // nop
            "cc",  // int3
            "c3"   // ret
        ), mode: .function))
        #expect(reported?.name == "SIGTRAP")
        #expect(reported?.state?.rip == codeAddress + 2)
    }

    @Test func ud2IsSIGILL() throws {
        let executor = try Executor()
        let reported = fault(executor.run(code(
            "90",     // nop
            "0f 0b",  // ud2
            "c3"      // ret
        ), mode: .function))
        #expect(reported?.name == "SIGILL")
        #expect(reported?.address == codeAddress + 1)
        #expect(reported?.state?.rip == codeAddress + 1)
    }

    @Test func divisionByZeroIsSIGFPE() throws {
        let executor = try Executor()
        let reported = fault(executor.run(code(
            "31 c9",  // xor ecx, ecx
            "31 d2",  // xor edx, edx
            "f7 f1",  // div ecx
            "c3"      // ret
        ), mode: .function))
        #expect(reported?.name == "SIGFPE")
        #expect(reported?.code == 1)  // FPE_INTDIV
        #expect(reported?.address == codeAddress + 4)
        #expect(reported?.state?.rip == codeAddress + 4)
    }

    @Test func pushThenRetJumpsToThePushedValue() throws {
        let executor = try Executor()
        let reported = fault(executor.run(code(
            "6a 10",  // push 0x10
            "c3"      // ret
        ), mode: .function))
        #expect(reported?.name == "SIGSEGV")
        #expect(reported?.state?.rip == 0x10)
        #expect(reported?.address == 0x10)
        // The next run starts from a fresh stack pointer and works.
        #expect(returned(executor.run(code("b8 01 00 00 00", "c3"), mode: .function))?.rax == 1)  // mov eax, 1; ret
    }

    @Test func retWithRspZeroed() throws {
        let executor = try Executor()
        let reported = fault(executor.run(code(
            "31 e4",  // xor esp, esp
            "c3"      // ret
        ), mode: .function))
        #expect(reported?.name == "SIGSEGV")
        #expect(reported?.address == 0)
        #expect(reported?.state?.rsp == 0)
        #expect(reported?.state?.rip == codeAddress + 2)
    }

    @Test func pushOnANonCanonicalStackIsSIGBUS() throws {
        let executor = try Executor()
        let reported = fault(executor.run(code(
            "48 b8 f0 de bc 9a 78 56 34 12",  // movabs rax, 0x123456789abcdef0
            "48 89 c4",                       // mov rsp, rax
            "6a 10"                           // push 0x10
        ), mode: .function))
        // A non-canonical stack address raises #SS, which Linux reports as SIGBUS with no address.
        #expect(reported?.name == "SIGBUS")
        #expect(reported?.address == nil)
        #expect(reported?.state?.rsp == 0x1234_5678_9ABC_DEF0)
        #expect(reported?.state?.rip == codeAddress + 13)
    }

    @Test func wildWritesNeverReachThisProcess() throws {
        let executor = try Executor()
        let canary = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        defer { canary.deallocate() }
        canary.pointee = 0xCAFE
        executor.state.rdi = UInt64(UInt(bitPattern: canary))
        executor.state.rax = 0xDEAD
        // Whether the address exists in the child or not, this process's memory must not change.
        _ = executor.run(code(
            "48 89 07",  // mov qword ptr [rdi], rax
            "c3"         // ret
        ), mode: .function)
        _ = executor.run(code(
            "89 04 25 00 00 40 00",  // mov dword ptr [0x400000], eax
            "c3"                     // ret
        ), mode: .function)
        #expect(canary.pointee == 0xCAFE)
    }

    @Test func hostCalleeSavedRegistersSurviveClobbering() throws {
        let executor = try Executor()
        // Values live in this frame across the run, in whatever registers the compiler chose.
        var sentinels: [UInt64] = (1...16).map { UInt64($0) &* 0x0101_0101_0101_0101 }
        let before = sentinels.reduce(0, &+)
        let clobber = code(
            "31 db",     // xor ebx, ebx
            "31 ed",     // xor ebp, ebp
            "45 31 e4",  // xor r12d, r12d
            "45 31 ed",  // xor r13d, r13d
            "45 31 f6",  // xor r14d, r14d
            "45 31 ff",  // xor r15d, r15d
            "c3"         // ret
        )
        let state = returned(executor.run(clobber, mode: .function))
        #expect(state?.rbx == 0 && state?.rbp == 0 && state?.r12 == 0 && state?.r15 == 0)
        sentinels.append(0)
        #expect(sentinels.reduce(0, &+) == before)
        // And the executor is still whole: ask again.
        #expect(returned(executor.run(code("b8 32 00 00 00", "c3"), mode: .function))?.rax == 50)  // mov eax, 50; ret
    }
}
