import Glibc
@testable import JIT
import Testing

/// Code that goes after the machinery around it rather than after its own registers.
@Suite struct ContainmentTests {
    @Test func codeThatSignalsItsSupervisorIsStoppedThere() throws {
        let executor = try Executor()
        let outcome = executor.run(code(
            "b8 6e 00 00 00",  // mov eax, 110 (getppid: the supervisor)
            "0f 05",           // syscall
            "48 89 c7",        // mov rdi, rax
            "be 09 00 00 00",  // mov esi, 9 (SIGKILL)
            "b8 3e 00 00 00",  // mov eax, 62 (kill)
            "0f 05",           // syscall
            "eb fe"            // jmp $
        ), mode: .function)
        // The filter refuses the kill at the `syscall`, 22 bytes in.
        #expect(fault(outcome)?.signal == SIGSYS)
        #expect(fault(outcome)?.systemCall == 62)
        #expect(fault(outcome)?.state?.rip == codeAddress + 22)
        #expect(returned(executor.run(code("b8 32 00 00 00", "c3"), mode: .function))?.rax == 50)  // mov eax, 50; ret
    }

    @Test func aSupervisorKilledBetweenRunsIsReplaced() throws {
        let executor = try Executor()
        _ = executor.run(code("c3"), mode: .function)  // ret
        let supervisor = try #require(executor.supervisor?.pid)
        #expect(kill(supervisor, SIGKILL) == 0)
        #expect(returned(executor.run(code("b8 32 00 00 00", "c3"), mode: .function))?.rax == 50)  // mov eax, 50; ret
        #expect(executor.supervisor?.pid != supervisor)
    }

    @Test func codeThatBlocksEverySignalIsStoppedAllTheSame() throws {
        let executor = try Executor()
        executor.timeout = .milliseconds(50)
        let outcome = executor.run(code(
            "6a ff",                 // push -1 (a signal set with every signal)
            "48 89 e6",              // mov rsi, rsp
            "31 ff",                 // xor edi, edi (SIG_BLOCK)
            "31 d2",                 // xor edx, edx
            "41 ba 08 00 00 00",     // mov r10d, 8
            "b8 0e 00 00 00",        // mov eax, 14 (rt_sigprocmask)
            "0f 05",                 // syscall
            "eb fe"                  // jmp $
        ), mode: .function)
        // SIGSTOP cannot be blocked, and the registers are read by the tracer, not a handler.
        guard case .timedOut(let state) = outcome else {
            Issue.record("expected a time-out, got \(outcome)")
            return
        }
        #expect(state?.rip == codeAddress + 22)
        let group = try #require(executor.lastProcessGroup)
        #expect(kill(-group, 0) == -1 && errno == ESRCH)
    }

    @Test func processesThatLeaveTheGroupAreStillKilled() throws {
        let executor = try Executor()
        let state = returned(executor.run(code(
            "b8 39 00 00 00",  // mov eax, 57 (fork)
            "0f 05",           // syscall
            "48 85 c0",        // test rax, rax
            "74 01",           // je child (+1)
            "c3",              // ret (the original returns the new pid)
            "b8 70 00 00 00",  // child: mov eax, 112 (setsid: out of the process group)
            "0f 05",           // syscall
            "eb fe"            // jmp $
        ), mode: .function))
        let escaped = pid_t(truncatingIfNeeded: state?.rax ?? 0)
        #expect(escaped > 0)
        #expect(kill(escaped, 0) == -1 && errno == ESRCH)
    }

    @Test func codeSeesOnlyTheStandardDescriptors() throws {
        let executor = try Executor()
        // fcntl(fd, F_GETFD) for the first descriptors past the standard ones.
        for fd in 3...6 {
            executor.state.rdi = UInt64(fd)
            let state = returned(executor.run(code(
                "be 01 00 00 00",  // mov esi, 1 (F_GETFD)
                "b8 48 00 00 00",  // mov eax, 72 (fcntl)
                "0f 05",           // syscall
                "c3"               // ret
            ), mode: .function))
            #expect(state?.rax == UInt64(bitPattern: -Int64(EBADF)), "fd \(fd)")
        }
        executor.state.rdi = 1
        let state = returned(executor.run(code("be 01 00 00 00", "b8 48 00 00 00", "0f 05", "c3"), mode: .function))
        #expect(state?.rax == 0)
    }

    @Test func codeSeesNothingOfThisProcessMemory() throws {
        let executor = try Executor()
        let canary = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        defer { canary.deallocate() }
        canary.pointee = 0xCAFE
        executor.state.rdi = UInt64(UInt(bitPattern: canary))
        // The heap of this process is not mapped in the worker at all: reading it faults.
        let reported = fault(executor.run(code(
            "48 8b 07",  // mov rax, qword ptr [rdi]
            "c3"         // ret
        ), mode: .function))
        #expect(reported?.name == "SIGSEGV")
        #expect(reported?.address == UInt64(UInt(bitPattern: canary)))
    }
}

