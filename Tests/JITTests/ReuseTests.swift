import Glibc
@testable import JIT
import Testing

/// A worker whose run made no system call, took no signal and ended at the exit stub is kept
/// for the next run. These check that the reuse is taken (the supervisor's count of the
/// worker's runs) and that nothing a run can change without a system call reaches the next
/// one, and that a run that did make one never leaves its worker to the next.
@Suite struct ReuseTests {
    static let ret = code("c3")

    /// Runs `image` and checks it ran on a worker in its `runs`-th run (1: a fresh one).
    @discardableResult
    func run(_ executor: Executor, _ image: ExecutableImage, onRun runs: UInt32,
             sourceLocation: SourceLocation = #_sourceLocation) -> ExecutionOutcome {
        let outcome = executor.run(image, mode: .function)
        #expect(executor.lastWorkerRuns == runs, "worker's runs", sourceLocation: sourceLocation)
        return outcome
    }

    @Test func aCleanRunsWorkerTakesTheNextRun() throws {
        let executor = try Executor()
        run(executor, Self.ret, onRun: 1)
        let worker = try #require(executor.lastWorker)
        run(executor, Self.ret, onRun: 2)
        #expect(executor.lastWorker == worker)
        run(executor, Self.ret, onRun: 3)
        #expect(executor.lastWorker == worker)
        // Kept in its stop at the exit stub (a tracing stop), the only process of its group.
        #expect(processState(worker) == "t")
        #expect(processes(inGroup: worker) == [worker])
    }

    /// A kept worker runs as the sandbox's user: when its session ends it is reaped at once,
    /// not left a zombie for init, where it would count against that user's process limit
    /// (other sessions' code that forks then met EAGAIN).
    @Test func aKeptWorkerIsReapedWhenItsSessionEnds() throws {
        var executor: Executor? = try Executor()
        run(try #require(executor), Self.ret, onRun: 1)
        let worker = try #require(executor?.lastWorker)
        #expect(processState(worker) == "t")
        executor = nil
        #expect(processState(worker) == nil, "state \(processState(worker).map(String.init) ?? "gone")")
    }

    @Test func aBlockRunsOnceOnAKeptWorker() throws {
        let executor = try Executor()
        let increment = code("ff 04 25 00 00 00 44", "c3")  // inc dword ptr [0x44000000]; ret
        for runs: UInt32 in 1...5 { _ = returned(run(executor, increment, onRun: runs)) }
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress, count: 4) == [5, 0, 0, 0])
    }

    @Test func theCodeOfEachRunIsItsOwn() throws {
        let executor = try Executor()
        // Eleven nops, then mov eax, 42; ret at offset 11.
        let long = code("90 90 90 90 90 90 90 90 90 90 90", "b8 2a 00 00 00", "c3")
        #expect(returned(run(executor, long, onRun: 1))?.rax == 42)
        #expect(returned(run(executor, code("b8 07 00 00 00", "c3"), onRun: 2))?.rax == 7)
        // mov rax, 0x40000000; jmp +2 (over the ret and the exit stub, to offset 11); ret. Past
        // the stub are zeros, not the first run's mov: add [rax], al writes the code page.
        let jump = code("48 c7 c0 00 00 00 40", "eb 02", "c3")
        #expect(fault(run(executor, jump, onRun: 3))?.signal == SIGSEGV)
    }

    @Test func fsAndGsBasesDoNotReachTheNextRun() throws {
        let executor = try Executor()
        let read = code("f3 48 0f ae c0", "f3 48 0f ae cb", "c3")  // rdfsbase rax; rdgsbase rbx; ret
        let first = try #require(returned(run(executor, read, onRun: 1)))
        // mov rax, 0x12345000; wrfsbase rax; wrgsbase rax; ret
        let write = code("48 c7 c0 00 50 34 12", "f3 48 0f ae d0", "f3 48 0f ae d8", "c3")
        let written = try #require(returned(run(executor, write, onRun: 2)))
        #expect(written.rax == 0x1234_5000)
        let state = try #require(returned(run(executor, read, onRun: 3)))
        #expect(state.rax == first.rax)
        #expect(state.rbx == first.rbx)
        #expect(state.rax != 0x1234_5000)
    }

    @Test func segmentSelectorsDoNotReachTheNextRun() throws {
        let executor = try Executor()
        run(executor, Self.ret, onRun: 1)
        // mov eax, 0x2b (the user data selector); mov ds, eax; mov es, eax; ret
        _ = returned(run(executor, code("b8 2b 00 00 00", "8e d8", "8e c0", "c3"), onRun: 2))
        // mov eax, ds; mov ebx, es; ret: a 64-bit Linux process starts with both null.
        let state = returned(run(executor, code("8c d8", "8c c3", "c3"), onRun: 3))
        #expect(state?.rax == 0)
        #expect(state?.rbx == 0)
    }

    @Test func controlWordsAndVectorStateDoNotReachTheNextRun() throws {
        let executor = try Executor()
        run(executor, Self.ret, onRun: 1)
        _ = returned(run(executor, code(
            "c7 04 25 00 00 00 44 80 7f 00 00",  // mov dword ptr [0x44000000], 0x7f80
            "0f ae 14 25 00 00 00 44",           // ldmxcsr [0x44000000]
            "66 c7 04 25 08 00 00 44 7f 0c",     // mov word ptr [0x44000008], 0xc7f
            "d9 2c 25 08 00 00 44",              // fldcw [0x44000008]
            "c5 fd 76 c0",                       // vpcmpeqd ymm0, ymm0, ymm0
            "c5 f4 46 c9",                       // kxnorw k1, k1, k1
            "c3"                                 // ret
        ), onRun: 2))
        // What the executor carries from run to run is its own state; enter with the reset one.
        executor.state = Executor.initialState
        let state = returned(run(executor, code(
            "d9 3c 25 10 00 00 44",        // fnstcw [0x44000010]
            "0f b7 04 25 10 00 00 44",     // movzx eax, word ptr [0x44000010]
            "0f ae 1c 25 14 00 00 44",     // stmxcsr [0x44000014]
            "8b 1c 25 14 00 00 44",        // mov ebx, [0x44000014]
            "c5 f8 93 c9",                 // kmovw ecx, k1
            "c4 e3 7d 39 c1 01",           // vextracti128 xmm1, ymm0, 1
            "c4 e1 f9 7e ca",              // vmovq rdx, xmm1
            "c3"                           // ret
        ), onRun: 3))
        // The SDM's reset values: FCW 0x037F, MXCSR 0x1F80; ymm0 and k1 zero.
        #expect(state?.rax == 0x037F)
        #expect(state?.rbx == 0x1F80)
        #expect(state?.rcx == 0)
        #expect(state?.rdx == 0)
    }

    @Test func flagsDoNotReachTheNextRun() throws {
        let executor = try Executor()
        run(executor, Self.ret, onRun: 1)
        // pushfq; or qword ptr [rsp], 0x40400 (AC and DF); popfq; ret
        _ = returned(run(executor, code("9c", "48 81 0c 24 00 04 04 00", "9d", "c3"), onRun: 2))
        executor.state = Executor.initialState
        let state = returned(run(executor, code("9c", "58", "c3"), onRun: 3))  // pushfq; pop rax; ret
        #expect((state?.rax ?? 0x40400) & 0x40400 == 0)
    }

    @Test func aSignalHandlerDoesNotReachTheNextRun() throws {
        let executor = try Executor()
        run(executor, Self.ret, onRun: 1)
        let worker = executor.lastWorker
        // rt_sigaction(SIGUSR1, {handler 0x40000000}, NULL, 8)
        let install = returned(run(executor, code(
            "c7 04 25 00 01 00 44 00 00 00 40",  // mov dword ptr [0x44000100], 0x40000000
            "b8 0d 00 00 00",                    // mov eax, 13 (rt_sigaction)
            "bf 0a 00 00 00",                    // mov edi, 10 (SIGUSR1)
            "be 00 01 00 44",                    // mov esi, 0x44000100
            "31 d2",                             // xor edx, edx
            "41 ba 08 00 00 00",                 // mov r10d, 8
            "0f 05",                             // syscall
            "c3"                                 // ret
        ), onRun: 2))
        #expect(install?.rax == 0)
        #expect(executor.lastWorker == worker)
        // rt_sigaction(SIGUSR1, NULL, [0x44000200], 8): the handler there, SIG_DFL (0) in a
        // worker that is not the one above.
        let state = returned(run(executor, code(
            "b8 0d 00 00 00",                    // mov eax, 13
            "bf 0a 00 00 00",                    // mov edi, 10
            "31 f6",                             // xor esi, esi
            "ba 00 02 00 44",                    // mov edx, 0x44000200
            "41 ba 08 00 00 00",                 // mov r10d, 8
            "0f 05",                             // syscall
            "48 8b 04 25 00 02 00 44",           // mov rax, [0x44000200]
            "c3"                                 // ret
        ), onRun: 1))
        #expect(state?.rax == 0)
        #expect(executor.lastWorker != worker)
    }

    // The same on a fresh worker: its system calls are watched from its entry into the code.
    @Test func aFreshWorkersSystemCallIsSeen() throws {
        let executor = try Executor()
        // mmap as below, then ret: a fresh worker's first run.
        _ = returned(run(executor, code(
            "b8 09 00 00 00", "bf 00 00 00 50", "be 00 10 00 00", "ba 03 00 00 00", "41 ba 32 00 00 00",
            "49 c7 c0 ff ff ff ff", "45 31 c9", "0f 05", "c3"
        ), onRun: 1))
        let after = run(executor, code("48 8b 04 25 00 00 00 50", "c3"), onRun: 1)  // mov rax, [0x50000000]; ret
        #expect(fault(after)?.signal == SIGSEGV)
    }

    // A run that is watched and not kept costs two more stops, so the next fresh worker goes
    // unwatched, and an unwatched run's worker is never kept, however clean its run.
    @Test func afterADirtyRunTheNextFreshWorkerIsNotWatched() throws {
        let executor = try Executor()
        _ = returned(run(executor, code("b8 27 00 00 00", "0f 05", "c3"), onRun: 1))  // getpid; ret
        run(executor, Self.ret, onRun: 1)  // unwatched: not kept
        run(executor, Self.ret, onRun: 1)  // watched again: kept
        run(executor, Self.ret, onRun: 2)
    }

    @Test func aMappingDoesNotReachTheNextRun() throws {
        let executor = try Executor()
        run(executor, Self.ret, onRun: 1)
        // mmap(0x50000000, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
        let mapped = returned(run(executor, code(
            "b8 09 00 00 00",                    // mov eax, 9
            "bf 00 00 00 50",                    // mov edi, 0x50000000
            "be 00 10 00 00",                    // mov esi, 4096
            "ba 03 00 00 00",                    // mov edx, 3
            "41 ba 32 00 00 00",                 // mov r10d, 0x32
            "49 c7 c0 ff ff ff ff",              // mov r8, -1
            "45 31 c9",                          // xor r9d, r9d
            "0f 05",                             // syscall
            "48 89 04 25 00 00 00 50",           // mov [0x50000000], rax
            "c3"                                 // ret
        ), onRun: 2))
        #expect(mapped?.rax == 0x5000_0000)
        // mov rax, [0x50000000]; ret
        let after = run(executor, code("48 8b 04 25 00 00 00 50", "c3"), onRun: 1)
        #expect(fault(after)?.signal == SIGSEGV)
    }

    // A kept worker's fd 0 is /dev/null: a run with input of its own takes a fresh worker, and
    // its worker is not kept, however clean its run.
    @Test func standardInputDoesNotReachTheNextRun() throws {
        let executor = try Executor()
        run(executor, Self.ret, onRun: 1)
        executor.standardInput = .bytes(Array("hello".utf8))
        _ = returned(run(executor, Self.ret, onRun: 1))
        executor.standardInput = .empty
        // read(0, 0x44000300, 5); ret
        let state = returned(run(executor, code(
            "31 ff", "be 00 03 00 44", "ba 05 00 00 00", "31 c0", "0f 05", "c3"
        ), onRun: 1))
        #expect(state?.rax == 0)
    }

    @Test func aNewLimitTakesAFreshWorker() throws {
        let executor = try Executor()
        run(executor, Self.ret, onRun: 1)
        executor.policy.openFilesLimit = 100
        // prlimit64(0, RLIMIT_NOFILE, NULL, 0x44000000); mov rax, [0x44000000]; ret
        let state = returned(run(executor, code(
            "31 ff", "be 07 00 00 00", "31 d2", "41 ba 00 00 00 44", "b8 2e 01 00 00", "0f 05",
            "48 8b 04 25 00 00 00 44", "c3"
        ), onRun: 1))
        #expect(state?.rax == 100)
    }

    @Test func aTimedOutRunsWorkerIsNotKept() throws {
        let executor = try Executor()
        executor.timeout = .milliseconds(50)
        run(executor, Self.ret, onRun: 1)
        let worker = try #require(executor.lastWorker)
        let outcome = run(executor, code("eb fe"), onRun: 2)  // jmp $
        guard case .timedOut = outcome else {
            Issue.record("expected a time-out, got \(outcome)")
            return
        }
        run(executor, Self.ret, onRun: 1)
        #expect(kill(worker, 0) == -1 && errno == ESRCH)
    }
}

/// The processes of process group `group` that have not ended (zombies left out).
func liveProcesses(inGroup group: pid_t) -> [pid_t] {
    processes(inGroup: group).filter { processState($0) != "Z" }
}

/// The state letter of /proc/PID/stat ("R", "S", "t", "Z"…), nil when there is no such process.
func processState(_ pid: pid_t) -> Character? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let end = stat.lastIndex(of: ")") else { return nil }
    return stat[end...].dropFirst(2).first
}

/// The pids of the processes in process group `group` (from /proc).
func processes(inGroup group: pid_t) -> [pid_t] {
    guard let directory = opendir("/proc") else { return [] }
    defer { closedir(directory) }
    var found: [pid_t] = []
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
        guard let pid = pid_t(name), getpgid(pid) == group else { continue }
        found.append(pid)
    }
    return found
}
