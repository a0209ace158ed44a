import Foundation
import Glibc
@testable import JIT
import Testing

/// Code written to attack what runs it: the supervisor, this process, the descriptors they
/// share, the sandbox's own rules.
@Suite struct SandboxTests {
    /// The system call a run was refused, and that the executor still works afterwards.
    private func refused(_ executor: Executor, _ image: ExecutableImage, sourceLocation: SourceLocation = #_sourceLocation) -> Int32? {
        let outcome = executor.run(image, mode: .function)
        guard case .faulted(let fault) = outcome, fault.signal == SIGSYS else {
            Issue.record("expected SIGSYS, got \(outcome)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(fault.state != nil, sourceLocation: sourceLocation)
        #expect(returned(executor.run(code("b8 32 00 00 00", "c3"), mode: .function))?.rax == 50,  // mov eax, 50; ret
                sourceLocation: sourceLocation)
        return fault.systemCall
    }

    @Test func stoppingTheSupervisorIsRefused() throws {
        let executor = try Executor()
        #expect(refused(executor, code(
            "b8 6e 00 00 00",  // mov eax, 110 (getppid: the supervisor)
            "0f 05",           // syscall
            "48 89 c7",        // mov rdi, rax
            "be 13 00 00 00",  // mov esi, 19 (SIGSTOP)
            "b8 3e 00 00 00",  // mov eax, 62 (kill)
            "0f 05",           // syscall
            "c3"               // ret
        )) == 62)
    }

    @Test func signallingEveryProcessIsRefused() throws {
        let executor = try Executor()
        #expect(refused(executor, code(
            "bf ff ff ff ff",  // mov edi, -1 (every process the user may signal)
            "be 09 00 00 00",  // mov esi, 9 (SIGKILL)
            "b8 3e 00 00 00",  // mov eax, 62 (kill)
            "0f 05",           // syscall
            "c3"               // ret
        )) == 62)
    }

    @Test func tracingTheSupervisorIsRefused() throws {
        let executor = try Executor()
        #expect(refused(executor, code(
            "b8 6e 00 00 00",  // mov eax, 110 (getppid)
            "0f 05",           // syscall
            "48 89 c6",        // mov rsi, rax
            "bf 10 00 00 00",  // mov edi, 16 (PTRACE_ATTACH)
            "b8 65 00 00 00",  // mov eax, 101 (ptrace)
            "0f 05",           // syscall
            "c3"               // ret
        )) == 101)
    }

    @Test func writableAndExecutableMemoryIsRefused() throws {
        let executor = try Executor()
        // mprotect(code page, 4096, RWX)
        #expect(refused(executor, code(
            "bf 00 00 00 40",  // mov edi, 0x40000000
            "be 00 10 00 00",  // mov esi, 4096
            "ba 07 00 00 00",  // mov edx, 7
            "b8 0a 00 00 00",  // mov eax, 10 (mprotect)
            "0f 05",           // syscall
            "c3"               // ret
        )) == 10)
        // mmap(0, 4096, RWX, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        #expect(refused(executor, code(
            "31 ff",              // xor edi, edi
            "be 00 10 00 00",     // mov esi, 4096
            "ba 07 00 00 00",     // mov edx, 7
            "41 ba 22 00 00 00",  // mov r10d, 0x22
            "41 b8 ff ff ff ff",  // mov r8d, -1
            "45 31 c9",           // xor r9d, r9d
            "b8 09 00 00 00",     // mov eax, 9 (mmap)
            "0f 05",              // syscall
            "c3"                  // ret
        )) == 9)
    }

    @Test func sharedMemoryAttachedExecutableIsRefused() throws {
        let executor = try Executor()
        // shmat(0, 0, SHM_EXEC): refused on its flag, before the kernel looks at the id.
        #expect(refused(executor, code(
            "31 ff",           // xor edi, edi
            "31 f6",           // xor esi, esi
            "ba 00 80 00 00",  // mov edx, 0x8000 (SHM_EXEC)
            "b8 1e 00 00 00",  // mov eax, 30 (shmat)
            "0f 05",           // syscall
            "c3"               // ret
        )) == 30)
    }

    @Test func leavingTheProcessGroupIsRefused() throws {
        let executor = try Executor()
        #expect(refused(executor, code("b8 70 00 00 00", "0f 05", "c3")) == 112)  // setsid
    }

    @Test func pushingInputIntoATerminalIsRefused() throws {
        let executor = try Executor()
        #expect(refused(executor, code(
            "31 ff",           // xor edi, edi
            "be 12 54 00 00",  // mov esi, 0x5412 (TIOCSTI)
            "ba 00 00 00 41",  // mov edx, 0x41000000
            "b8 10 00 00 00",  // mov eax, 16 (ioctl)
            "0f 05",           // syscall
            "c3"               // ret
        )) == 16)
    }

    /// A descriptor's owner gets SIGIO (or any signal F_SETSIG names) when I/O is possible: as
    /// the same user, that could be the supervisor or the REPL. Clearing the owner is fine.
    @Test func givingADescriptorAnOwnerToSignalIsRefused() throws {
        let executor = try Executor()
        #expect(refused(executor, code(
            "b8 6e 00 00 00",  // mov eax, 110 (getppid: the supervisor)
            "0f 05",           // syscall
            "89 c2",           // mov edx, eax
            "bf 01 00 00 00",  // mov edi, 1
            "be 08 00 00 00",  // mov esi, 8 (F_SETOWN)
            "b8 48 00 00 00",  // mov eax, 72 (fcntl)
            "0f 05",           // syscall
            "c3"               // ret
        )) == 72)
        #expect(refused(executor, code(
            "bf 01 00 00 00",  // mov edi, 1
            "be 0f 00 00 00",  // mov esi, 15 (F_SETOWN_EX)
            "48 89 e2",        // mov rdx, rsp
            "b8 48 00 00 00",  // mov eax, 72 (fcntl)
            "0f 05",           // syscall
            "c3"               // ret
        )) == 72)
        #expect(refused(executor, code(
            "bf 01 00 00 00",  // mov edi, 1
            "be 01 89 00 00",  // mov esi, 0x8901 (FIOSETOWN)
            "48 89 e2",        // mov rdx, rsp
            "b8 10 00 00 00",  // mov eax, 16 (ioctl)
            "0f 05",           // syscall
            "c3"               // ret
        )) == 16)
        // F_SETOWN 0 clears the owner: allowed, and fcntl answers 0.
        let cleared = returned(executor.run(code(
            "bf 01 00 00 00",  // mov edi, 1
            "be 08 00 00 00",  // mov esi, 8 (F_SETOWN)
            "ba 00 00 00 00",  // mov edx, 0
            "b8 48 00 00 00",  // mov eax, 72 (fcntl)
            "0f 05",           // syscall
            "c3"               // ret
        ), mode: .function))
        #expect(cleared?.rax == 0)
    }

    @Test func anAllowedCallGoesThrough() throws {
        let executor = try Executor()
        executor.policy.allow("setsid")
        // setsid succeeds (the worker already leads its session: EPERM, not SIGSYS).
        let state = returned(executor.run(code("b8 70 00 00 00", "0f 05", "c3"), mode: .function))
        #expect(state?.rax == UInt64(bitPattern: -Int64(EPERM)))
        #expect(!SandboxPolicy.allowableNames.contains("read"))
    }

    @Test func allowingACallTheSupervisorRefusesToItselfStartsANewOne() throws {
        let executor = try Executor()
        // personality(0xffffffff) only asks for the current persona.
        let query = code("bf ff ff ff ff", "b8 87 00 00 00", "0f 05", "c3")
        #expect(refused(executor, query) == 135)
        let first = try #require(executor.supervisor?.pid)
        executor.policy.allow("personality")
        #expect(returned(executor.run(query, mode: .function))?.rax == 0)
        #expect(executor.supervisor?.pid != first)
    }

    @Test func theCallersMemoryCannotBeOpened() throws {
        Executor.protectHostProcess()
        let executor = try Executor()
        var image = code(
            "bf 00 00 00 41",  // mov edi, 0x41000000 (the path)
            "be 02 00 00 00",  // mov esi, 2 (O_RDWR)
            "31 d2",           // xor edx, edx
            "b8 02 00 00 00",  // mov eax, 2 (open)
            "0f 05",           // syscall
            "c3"               // ret
        )
        image.data = Array("/proc/\(getpid())/mem".utf8) + [0]
        let result = Int64(bitPattern: returned(executor.run(image, mode: .function))?.rax ?? 0)
        #expect(result == -Int64(EACCES) || result == -Int64(EPERM), "open returned \(result)")
    }

    @Test func theControlBlockIsNotMappedWhileTheCodeRuns() throws {
        let executor = try Executor()
        executor.recordsMemoryMaps = true
        _ = returned(executor.run(code("c3"), mode: .function))
        let maps = try #require(executor.memoryMaps).whenEntering
        #expect(!maps.isEmpty)
        let control = UInt64(UInt(bitPattern: executor.memory.control))
        let file = UInt64(UInt(bitPattern: executor.memory.base))
        for line in maps.split(separator: "\n") {
            let range = line.split(separator: " ")[0].split(separator: "-").compactMap { UInt64($0, radix: 16) }
            guard range.count == 2 else { continue }
            #expect(!(range[0] <= control && control < range[1]), "control block mapped: \(line)")
            #expect(!(range[0] <= file && file < range[1]), "memory file mapped: \(line)")
        }
    }

    /// A worker reads its request and its code from the memory file: the caller's mapping of
    /// it, and the control block, are never in the worker, not even before the code runs.
    @Test func theCallersMemoryIsNeverMappedInTheWorker() throws {
        let executor = try Executor()
        executor.recordsMemoryMaps = true
        _ = returned(executor.run(code("c3"), mode: .function))
        let maps = try #require(executor.memoryMaps)
        #expect(!maps.whileFilling.isEmpty)
        let control = UInt64(UInt(bitPattern: executor.memory.control))
        let file = UInt64(UInt(bitPattern: executor.memory.base))
        for line in (maps.whileFilling + maps.whenEntering).split(separator: "\n") {
            let range = line.split(separator: " ")[0].split(separator: "-").compactMap { UInt64($0, radix: 16) }
            guard range.count == 2 else { continue }
            #expect(!(range[0] <= control && control < range[1]), "control block mapped: \(line)")
            #expect(!(range[0] <= file && file < range[1]), "memory file mapped: \(line)")
        }
    }

    /// Workers are prepared ahead with the policy of the run before; a run with other limits
    /// must not get one of them.
    @Test func aNewLimitReachesTheNextRun() throws {
        // prlimit64(0, RLIMIT_NOFILE, NULL, 0x44000000); mov rax, [0x44000000]; ret
        let limit = code(
            "31 ff",                    // xor edi, edi
            "be 07 00 00 00",           // mov esi, 7 (RLIMIT_NOFILE)
            "31 d2",                    // xor edx, edx
            "41 ba 00 00 00 44",        // mov r10d, 0x44000000
            "b8 2e 01 00 00",           // mov eax, 302 (prlimit64)
            "0f 05",                    // syscall
            "48 8b 04 25 00 00 00 44",  // mov rax, [0x44000000]
            "c3"                        // ret
        )
        let executor = try Executor()
        for files: UInt32 in [256, 100, 100, 200, 256] {
            executor.policy.openFilesLimit = files
            #expect(returned(executor.run(limit, mode: .function))?.rax == UInt64(files))
        }
    }

    @Test func aRunKilledWithItsSupervisorIsNotRunAgain() throws {
        let executor = try Executor()
        executor.timeout = .seconds(30)
        _ = executor.run(code("c3"), mode: .function)  // ret: the supervisor exists
        let supervisor = try #require(executor.supervisor?.pid)
        let killer = Repeater(every: .milliseconds(300)) { kill(supervisor, SIGKILL) }
        let outcome = executor.run(code(
            "ff 04 25 00 00 00 44",  // inc dword ptr [0x44000000]
            "eb fe"                  // jmp $
        ), mode: .function)
        killer.stop()
        #expect(outcome == .failed(.supervisorLost))
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress, count: 1) == [1])
        // Its worker (kept from the first run) dies with the supervisor; the process that
        // inherits it reaps it when it does (what is left, if anything, is dead).
        let group = try #require(executor.lastProcessGroup)
        #expect(liveProcesses(inGroup: group).isEmpty)
    }

    @Test func aSupervisorThatStopsAnsweringIsReplaced() throws {
        let executor = try Executor()
        // The stopper (every 20 ms) must reach the supervisor before the time limit ends the
        // run, even on a busy machine.
        executor.timeout = .seconds(1)
        _ = executor.run(code("c3"), mode: .function)
        let supervisor = try #require(executor.supervisor?.pid)
        // Stopped from outside while the code loops: neither the time limit nor an interrupt
        // can reach the code through it any more.
        let stopper = Repeater(every: .milliseconds(20)) { kill(supervisor, SIGSTOP) }
        let outcome = executor.run(code("eb fe"), mode: .function)  // jmp $
        stopper.stop()
        #expect(outcome == .failed(.supervisorUnresponsive))
        #expect(kill(supervisor, 0) == -1 && errno == ESRCH)
        #expect(returned(executor.run(code("b8 32 00 00 00", "c3"), mode: .function))?.rax == 50)
    }

    @Test func theCodesDescriptorFlagsStayItsOwn() throws {
        let executor = try Executor()
        let before = fcntl(1, F_GETFL)
        // fcntl(1, F_SETFL, O_NONBLOCK); fcntl(2, F_SETFL, O_NONBLOCK); close(0); ret
        _ = returned(executor.run(code(
            "bf 01 00 00 00",  // mov edi, 1
            "be 04 00 00 00",  // mov esi, 4 (F_SETFL)
            "ba 00 08 00 00",  // mov edx, 0x800 (O_NONBLOCK)
            "b8 48 00 00 00",  // mov eax, 0x48 (fcntl)
            "0f 05",           // syscall
            "31 ff",           // xor edi, edi
            "b8 03 00 00 00",  // mov eax, 3 (close)
            "0f 05",           // syscall
            "c3"               // ret
        ), mode: .function))
        #expect(fcntl(1, F_GETFL) == before)
        #expect(fcntl(0, F_GETFD) != -1)
    }

    @Test func runsAsAnUnprivilegedUserWhenStartedAsRoot() throws {
        try #require(geteuid() == 0, "only a root caller hands over its user")
        let executor = try Executor()
        let state = returned(executor.run(code("b8 6b 00 00 00", "0f 05", "c3"), mode: .function))  // geteuid
        #expect(state?.rax == UInt64(SandboxPolicy.standard.unprivilegedID))
    }

    @Test func theAddressSpaceIsLimited() throws {
        let executor = try Executor()
        // mmap(0, 2 GiB, RW, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        let state = returned(executor.run(code(
            "31 ff",              // xor edi, edi
            "be 00 00 00 80",     // mov esi, 0x80000000
            "ba 03 00 00 00",     // mov edx, 3
            "41 ba 22 00 00 00",  // mov r10d, 0x22
            "41 b8 ff ff ff ff",  // mov r8d, -1
            "45 31 c9",           // xor r9d, r9d
            "b8 09 00 00 00",     // mov eax, 9 (mmap)
            "0f 05",              // syscall
            "c3"                  // ret
        ), mode: .function))
        #expect(state?.rax == UInt64(bitPattern: -Int64(ENOMEM)))
    }

    @Test func aProgramItExecsRunsInsideTheSandbox() throws {
        let executor = try Executor()
        var output = ""
        executor.outputHandler = { _, bytes in output += String(decoding: bytes, as: UTF8.self) }
        // execve("/bin/sh", ["/bin/sh", "-c", "echo hi; kill -STOP $$; echo $(id -u)"], NULL)
        var data = Array("/bin/sh".utf8) + [0]           // 0x41000000
        data += Array("-c".utf8) + [0]                     // 0x41000008
        let script = "echo hi; kill -STOP $$; id -u"
        data += Array(script.utf8) + [0]                   // 0x4100000b
        while data.count < 0x40 { data.append(0) }
        for pointer: UInt64 in [0x4100_0000, 0x4100_0008, 0x4100_000b, 0] {
            withUnsafeBytes(of: pointer.littleEndian) { data += $0 }
        }
        var image = code(
            "bf 00 00 00 41",  // mov edi, 0x41000000
            "be 40 00 00 41",  // mov esi, 0x41000040
            "31 d2",           // xor edx, edx
            "b8 3b 00 00 00",  // mov eax, 59 (execve)
            "0f 05",           // syscall
            "c3"               // ret
        )
        image.data = data
        let outcome = executor.run(image, mode: .function)
        #expect(outcome == .exited(status: 0))
        let user = geteuid() == 0 ? "\(SandboxPolicy.standard.unprivilegedID)" : "\(geteuid())"
        #expect(output == "hi\n\(user)\n")
    }
}
