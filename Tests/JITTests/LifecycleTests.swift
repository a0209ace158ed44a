import Glibc
@testable import JIT
import Testing

@Suite struct LifecycleTests {
    @Test func infiniteLoopTimesOutWithItsRegisters() throws {
        let executor = try Executor()
        executor.timeout = .milliseconds(100)
        let before = executor.state
        let outcome = executor.run(code(
            "b8 07 00 00 00",  // mov eax, 7
            "eb fe"            // jmp $
        ), mode: .function)
        guard case .timedOut(let state) = outcome else {
            Issue.record("expected a time-out, got \(outcome)")
            return
        }
        #expect(state?.rip == codeAddress + 5)
        #expect(state?.rax == 7)
        // The registers stay as they were before the run.
        #expect(executor.state == before)
    }

    @Test func interruptStopsTheRun() throws {
        let executor = try Executor()
        executor.timeout = .seconds(60)
        let handle = executor.interruptHandle
        // Interrupts sent before the run starts are discarded, so keep sending until it ends.
        let sender = Repeater(every: .milliseconds(20)) { handle.interrupt() }
        let outcome = executor.run(code("eb fe"), mode: .function)  // jmp $
        sender.stop()
        guard case .interrupted(let state) = outcome else {
            Issue.record("expected an interrupt, got \(outcome)")
            return
        }
        #expect(state?.rip == codeAddress)
    }

    /// An interrupt can reach the worker before it has jumped into the code; then nothing has
    /// run, and the state reported is the one the code was to start with, not the worker's own.
    /// Interrupts sent as fast as possible land before the jump in many of these runs.
    @Test func anInterruptBeforeTheJumpReportsTheEntryState() throws {
        let executor = try Executor()
        executor.timeout = .seconds(60)
        executor.state.rbx = 0x1234
        let handle = executor.interruptHandle
        for _ in 0..<40 {
            let sender = Repeater(every: .microseconds(50)) { handle.interrupt() }
            let outcome = executor.run(code("eb fe"), mode: .function)  // jmp $
            sender.stop()
            guard case .interrupted(let state) = outcome else {
                Issue.record("expected an interrupt, got \(outcome)")
                return
            }
            #expect(state?.rip == codeAddress)
            #expect(state?.rbx == 0x1234)
        }
    }

    @Test func sigintInterruptsInsteadOfKilling() throws {
        // Ignored outside runs, so a SIGINT that misses the run cannot end the test process.
        let previous = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, previous) }
        let executor = try Executor()
        executor.timeout = .seconds(60)
        executor.interruptsOnSIGINT = true
        let sender = Repeater(every: .milliseconds(20)) { kill(getpid(), SIGINT) }
        let outcome = executor.run(code("eb fe"), mode: .function)  // jmp $
        sender.stop()
        guard case .interrupted = outcome else {
            Issue.record("expected an interrupt, got \(outcome)")
            return
        }
    }

    @Test func noTimeoutMeansNoLimit() throws {
        let executor = try Executor()
        executor.timeout = nil
        #expect(returned(executor.run(code("b8 01 00 00 00", "c3"), mode: .function))?.rax == 1)  // mov eax, 1; ret
        executor.timeout = .seconds(Int64.max)
        #expect(returned(executor.run(code("b8 02 00 00 00", "c3"), mode: .function))?.rax == 2)  // mov eax, 2; ret
    }

    @Test(arguments: [Duration.zero, .nanoseconds(1), .seconds(-5)])
    func aTinyOrNegativeLimitStillStopsTheCode(limit: Duration) throws {
        // Once read as "no limit": a loop would then never end.
        let executor = try Executor()
        executor.timeout = limit
        guard case .timedOut = executor.run(code("eb fe"), mode: .function) else {  // jmp $
            Issue.record("expected a time-out")
            return
        }
    }

    /// One supervisor serves run after run (it forks the workers ahead of their runs): a
    /// supervisor that died between runs would be replaced without a word, so check its pid.
    @Test func oneSupervisorServesManyRuns() throws {
        let executor = try Executor()
        #expect(returned(executor.run(code("b8 01 00 00 00", "c3"), mode: .function))?.rax == 1)  // mov eax, 1; ret
        let supervisor = try #require(executor.supervisor?.pid)
        for value: UInt8 in 2...12 {
            let image = code("b8 \(String(value, radix: 16).count == 1 ? "0" : "")\(String(value, radix: 16)) 00 00 00", "c3")
            #expect(returned(executor.run(image, mode: .function))?.rax == UInt64(value))
            #expect(executor.supervisor?.pid == supervisor)
        }
        #expect(kill(supervisor, 0) == 0)
    }

    @Test func exitSyscallReportsItsStatus() throws {
        let executor = try Executor()
        let outcome = executor.run(code(
            "b8 3c 00 00 00",  // mov eax, 60
            "bf 07 00 00 00",  // mov edi, 7
            "0f 05"            // syscall
        ), mode: .function)
        #expect(outcome == .exited(status: 7))
    }

    @Test func exitGroupSyscallReportsItsStatus() throws {
        let executor = try Executor()
        let outcome = executor.run(code(
            "b8 e7 00 00 00",  // mov eax, 231
            "bf 03 00 00 00",  // mov edi, 3
            "0f 05"            // syscall
        ), mode: .function)
        #expect(outcome == .exited(status: 3))
        // Exiting is not the end of the executor.
        #expect(returned(executor.run(code("b8 01 00 00 00", "c3"), mode: .function))?.rax == 1)  // mov eax, 1; ret
    }

    @Test func forkedProcessesDoNotOutliveTheRun() throws {
        let executor = try Executor()
        // Long enough for the fork to have returned in the parent on a busy machine: the
        // registers read at the time-out must hold the new process's pid.
        executor.timeout = .seconds(1)
        let outcome = executor.run(code(
            "b8 39 00 00 00",  // mov eax, 57 (fork)
            "0f 05",           // syscall
            "eb fe"            // jmp $ (in both processes)
        ), mode: .function)
        guard case .timedOut(let state) = outcome, let state else {
            Issue.record("expected a time-out with registers, got \(outcome)")
            return
        }
        // In the process that forked, rax is the new process's pid.
        let forked = pid_t(truncatingIfNeeded: state.rax)
        #expect(forked > 0)
        #expect(kill(forked, 0) == -1 && errno == ESRCH)
        let group = try #require(executor.lastProcessGroup)
        #expect(kill(-group, 0) == -1 && errno == ESRCH)
    }

    @Test func forkThenReturnLeavesNothingBehind() throws {
        let executor = try Executor()
        let state = returned(executor.run(code(
            "b8 39 00 00 00",  // mov eax, 57 (fork)
            "0f 05",           // syscall
            "c3"               // ret (the forked copy returns too, and must stay silent)
        ), mode: .function))
        let group = try #require(executor.lastProcessGroup)
        #expect(kill(-group, 0) == -1 && errno == ESRCH)
        // The report comes from the process that forked: rax holds a pid, not the copy's 0.
        #expect((state?.rax ?? 0) > 0)
    }

    @Test func everyOutcomeLeavesNoProcessGroup() throws {
        let executor = try Executor()
        executor.timeout = .milliseconds(50)
        let images = [
            code("c3"),                                    // ret
            code("cc"),                                    // int3
            code("eb fe"),                                 // jmp $
            code("b8 3c 00 00 00", "bf 00 00 00 00", "0f 05"),  // mov eax, 60; mov edi, 0; syscall
        ]
        for image in images {
            _ = executor.run(image, mode: .function)
            let group = try #require(executor.lastProcessGroup)
            if image == images[0] {
                // A clean run: its worker alone is kept, in the stop at the exit stub.
                #expect(processes(inGroup: group) == [group])
                #expect(processState(group) == "t")
            } else {
                #expect(kill(-group, 0) == -1 && errno == ESRCH)
            }
        }
    }

    // A run that is the worker alone is answered as soon as the worker, stopped at its end, is
    // killed; its exit (its memory torn down) goes on while the caller reads the outcome.
    @Test func aLoneWorkerIsAnsweredBeforeItsTeardown() throws {
        let executor = try Executor()
        // A system call: the worker is not kept for the next run.
        _ = returned(executor.run(code("b8 27 00 00 00", "0f 05", "c3"), mode: .function))  // mov eax, 39 (getpid); syscall; ret
        #expect(executor.supervisor?.teardownPending == true)
        let group = try #require(executor.lastProcessGroup)
        #expect(executor.supervisor?.teardownPending == false)
        #expect(kill(-group, 0) == -1 && errno == ESRCH)
    }

    // What the kernel does as the worker dies can write the sandbox memory: a robust futex the
    // worker holds is marked FUTEX_OWNER_DIED (0x40000000). Reading the memory waits for that.
    @Test func theSandboxIsReadOnlyOnceTheWorkerIsGone() throws {
        let executor = try Executor()
        let state = returned(executor.run(code(
            "b8 27 00 00 00",                        // mov eax, 39 (getpid)
            "0f 05",                                 // syscall
            "89 04 25 08 01 00 44",                  // mov dword ptr [0x44000108], eax: the futex, held
            "48 c7 04 25 00 00 00 44 00 01 00 44",  // mov qword ptr [0x44000000], 0x44000100: head.list
            "48 c7 04 25 08 00 00 44 08 00 00 00",  // mov qword ptr [0x44000008], 8: futex_offset
            "48 c7 04 25 10 00 00 44 00 00 00 00",  // mov qword ptr [0x44000010], 0: list_op_pending
            "48 c7 04 25 00 01 00 44 00 00 00 44",  // mov qword ptr [0x44000100], 0x44000000: back to head
            "bf 00 00 00 44",                        // mov edi, 0x44000000
            "be 18 00 00 00",                        // mov esi, 24
            "b8 11 01 00 00",                        // mov eax, 273 (set_robust_list)
            "0f 05",                                 // syscall
            "c3"                                     // ret
        ), mode: .function))
        #expect(state?.rax == 0)
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress + 0x108, count: 4) == [0, 0, 0, 0x40])
    }

    // A run that made a thread or a process is answered only once all of it is gone: checked
    // before anything that would wait for a teardown.
    @Test func aRunWithAThreadIsOverBeforeItsAnswer() throws {
        let executor = try Executor()
        _ = returned(executor.run(code(
            "b8 38 00 00 00",  // mov eax, 56 (clone)
            "bf 00 0f 01 00",  // mov edi, 0x10F00 (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD)
            "be 00 10 00 44",  // mov esi, 0x44001000 (the thread's stack)
            "31 d2",           // xor edx, edx
            "45 31 d2",        // xor r10d, r10d
            "45 31 c0",        // xor r8d, r8d
            "0f 05",           // syscall
            "48 85 c0",        // test rax, rax
            "75 02",           // jne (the ret)
            "eb fe",           // jmp $ (the thread)
            "c3"               // ret
        ), mode: .function))
        #expect(executor.supervisor?.teardownPending == false)
        let worker = try #require(executor.lastWorker)
        #expect(kill(worker, 0) == -1 && errno == ESRCH)
    }

    @Test func aRunWithAProcessIsOverBeforeItsAnswer() throws {
        let executor = try Executor()
        let state = returned(executor.run(code(
            "b8 39 00 00 00",  // mov eax, 57 (fork)
            "0f 05",           // syscall
            "48 85 c0",        // test rax, rax
            "75 02",           // jne (the ret)
            "eb fe",           // jmp $ (the new process)
            "c3"               // ret
        ), mode: .function))
        #expect(executor.supervisor?.teardownPending == false)
        let forked = pid_t(truncatingIfNeeded: state?.rax ?? 0)
        #expect(forked > 0)
        #expect(kill(forked, 0) == -1 && errno == ESRCH)
    }

    // A clone the tracer is not told of (CLONE_UNTRACED) is refused: it would hide a process
    // from the supervisor, which would then answer while that process still ran.
    @Test func anUntracedCloneIsRefused() throws {
        let executor = try Executor()
        let fault = fault(executor.run(untracedFork, mode: .function))
        #expect(fault?.signal == SIGSYS)
        #expect(fault?.systemCall == 56)
    }

    // Without the plain-clone rule (clone3 and CLONE_UNTRACED let through) the supervisor
    // cannot know that a run is the worker alone: every run is over before its answer.
    @Test func withoutThePlainCloneRuleEveryRunIsOverBeforeItsAnswer() throws {
        let executor = try Executor()
        var policy = SandboxPolicy.standard
        policy.plainClone = false
        executor.policy = policy
        let state = returned(executor.run(untracedFork, mode: .function))
        #expect(executor.supervisor?.teardownPending == false)
        let forked = pid_t(truncatingIfNeeded: state?.rax ?? 0)
        #expect(forked > 0)
        #expect(kill(forked, 0) == -1 && errno == ESRCH)
    }

    /// clone(CLONE_UNTRACED | SIGCHLD): the new process loops, the code returns.
    let untracedFork = code(
        "b8 38 00 00 00",  // mov eax, 56 (clone)
        "bf 11 00 80 00",  // mov edi, 0x800011 (CLONE_UNTRACED | SIGCHLD)
        "31 f6",           // xor esi, esi
        "31 d2",           // xor edx, edx
        "45 31 d2",        // xor r10d, r10d
        "45 31 c0",        // xor r8d, r8d
        "0f 05",           // syscall
        "48 85 c0",        // test rax, rax
        "75 02",           // jne (the ret)
        "eb fe",           // jmp $ (the new process)
        "c3"               // ret
    )
}
