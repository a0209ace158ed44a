import CTrampoline
import Glibc

/// The persistent process that forks and traces a worker for each run (see jitter_trampoline.h).
///
/// It is this process's child; it ends when its command socket closes, which happens in
/// `deinit` or when this process dies (it also has PR_SET_PDEATHSIG), so it never outlives its
/// caller. Nothing it tells this process is trusted beyond its shape: a supervisor that stops
/// answering is killed and replaced, together with the process group of its last worker.
final class Supervisor {
    let pid: pid_t
    private let pidfd: Int32
    private let commandFD: Int32
    private let control: UnsafeMutablePointer<jitter_control>
    /// The pipes its workers' standard output and error go to.
    let output: OutputPipes

    /// `callerCPUs`: where the calling thread may run when no run pins it (see
    /// `jitter_pin_thread`), which the supervisor takes instead of the pinned thread's.
    init(memory: SandboxMemory, interrupts: InterruptPipe, callerCPUs: jitter_thread_cpus) throws(ExecutionError) {
        let output = try OutputPipes()
        self.output = output
        var ends: [Int32] = [-1, -1]
        try systemCall("socketpair") { jitter_command_socketpair(&ends) }
        // The supervisor has copies of its own: the ones here would only keep pipes open.
        defer {
            close(ends[1])
            output.closeWriteEnds()
        }
        var setup = jitter_supervisor_setup()
        setup.control = memory.control
        setup.memory = memory.base
        setup.memory_size = UInt64(memory.mappedSize)
        setup.control_offset = UInt64(SandboxMemory.controlFileOffset)
        setup.staging_offset = UInt64(SandboxLayout.codeStagingFileOffset)
        setup.staging_size = UInt64(SandboxLayout.codeCapacity)
        setup.code_address = SandboxLayout.codeAddress
        setup.memory_fd = memory.fileDescriptor
        setup.command_fd = ends[1]
        setup.interrupt_fd = interrupts.readEnd
        setup.output_fd = output.writeEnds.output
        setup.error_fd = output.writeEnds.error
        // The scratch region and the stack, which every worker maps while it waits for its go.
        let persistent = [
            jitter_region(address: SandboxLayout.scratchAddress, size: UInt64(SandboxLayout.scratchSize),
                          file_offset: UInt64(SandboxLayout.scratchFileOffset)),
            jitter_region(address: SandboxLayout.stackBase, size: UInt64(SandboxLayout.stackSize),
                          file_offset: UInt64(SandboxLayout.stackFileOffset)),
        ]
        withUnsafeMutableBytes(of: &setup.persistent) { slots in
            persistent.withUnsafeBytes { slots.copyMemory(from: $0) }
        }
        setup.persistent_count = UInt32(persistent.count)
        if callerCPUs.saved != 0 {
            setup.cpus = callerCPUs.mask
            setup.cpus_size = UInt32(MemoryLayout.size(ofValue: setup.cpus))
        }
        control = memory.control
        var pidfd: Int32 = -1
        do {
            pid = try systemCall("clone3 (supervisor)") { jitter_supervisor_spawn(&setup, &pidfd) }
        } catch {
            close(ends[0])
            throw error
        }
        self.pidfd = pidfd
        commandFD = ends[0]
    }

    deinit {
        // Closing the socket tells the supervisor to end; give it a moment, then insist.
        close(commandFD)
        var descriptor = pollfd(fd: pidfd, events: Int16(POLLIN), revents: 0)
        if poll(&descriptor, 1, 1000) <= 0 { kill(pid, SIGKILL) }
        reap()
    }

    /// The process group of the run in progress, once the supervisor has named its worker
    /// (which it does before letting the worker go): nil means that nothing of the request
    /// has run.
    var workerGroup: pid_t? {
        let pid = control.pointee.worker_pid
        return pid > 1 ? pid : nil
    }

    /// Kills the supervisor and everything of the last run at once: for a supervisor that
    /// stopped answering. The object is unusable afterwards.
    func abandon() {
        if let workerGroup { kill(-workerGroup, SIGKILL) }
        kill(pid, SIGKILL)
    }

    private func reap() {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        close(pidfd)
    }

    /// The last run's outcome is in, but its worker (killed where it runs no more code) is
    /// still being torn down: nothing may touch the sandbox memory or the request part of the
    /// control block until ``awaitTeardown(deadline:)``.
    private(set) var teardownPending = false

    /// Waits until nothing of the last run is left (at once when nothing was pending), or
    /// throws ``ExecutionError/supervisorUnresponsive`` at `deadline` (monotonic nanoseconds).
    func awaitTeardown(deadline: Int64) throws(ExecutionError) {
        while teardownPending {
            switch try wait(deadline: deadline, watching: []) {
            case .done:
                break
            case .deadline:
                throw .supervisorUnresponsive
            case .readable:
                break
            }
        }
    }

    /// Requests sent so far (the first one waits for the supervisor to set itself up).
    private(set) var requests = 0

    /// Asks for the run already written into the control block, giving the code `input` as
    /// its fd 0 (-1: /dev/null). When this throws, the supervisor never received the request.
    func request(input: Int32) throws(ExecutionError) {
        control.pointee.worker_pid = 0
        requests += 1
        control.pointee.request_nanoseconds = Supervisor.now()
        try systemCall("sendmsg (run request)") { jitter_request_run(commandFD, input) }
    }

    /// Whether any descriptor watched with the last answer was readable (or closed) when it
    /// came. The run's processes wrote what they wrote before the answer was sent, so when
    /// none was, the output pipes hold nothing of the run.
    private(set) var othersReadyAtAnswer = true

    /// What woke ``wait(deadline:watching:)``.
    enum Event {
        /// The outcome is in the control block (with ``teardownPending`` set when the worker is
        /// still being torn down), or the teardown is over.
        case done
        /// One of the watched descriptors is readable (or closed).
        case readable(Int32)
        /// The deadline passed without an answer.
        case deadline
    }

    /// Waits for the supervisor's next message, a readable descriptor among `watching`, or the
    /// deadline (a monotonic time in nanoseconds; nil: none).
    func wait(deadline: Int64?, watching: [Int32]) throws(ExecutionError) -> Event {
        var descriptors = [pollfd(fd: commandFD, events: Int16(POLLIN), revents: 0)]
        for fd in watching { descriptors.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
        while true {
            var wait: Int32 = -1
            if let deadline {
                let left = deadline - Supervisor.now()
                if left <= 0 { return .deadline }
                wait = Int32(clamping: (left + 999_999) / 1_000_000)
            }
            for index in descriptors.indices { descriptors[index].revents = 0 }
            let ready = poll(&descriptors, nfds_t(descriptors.count), wait)
            if ready < 0 {
                if errno == EINTR { continue }
                throw .systemCall("poll (run answer)", errno: errno)
            }
            if ready == 0 { continue }
            if descriptors[0].revents != 0 {
                if let event = try receive() {
                    othersReadyAtAnswer = descriptors.dropFirst().contains { $0.revents != 0 }
                    return event
                }
                continue
            }
            if let ready = descriptors.dropFirst().first(where: { $0.revents != 0 }) {
                return .readable(ready.fd)
            }
        }
    }

    /// The supervisor's message: `.done`, or nil when there was none after all.
    private func receive() throws(ExecutionError) -> Event? {
        let done = UInt8(ascii: "d"), outcome = UInt8(ascii: "o")
        var answer = jitter_answer()
        let count = recv(commandFD, &answer, MemoryLayout<jitter_answer>.size, Int32(MSG_DONTWAIT))
        if count < 0 {
            let error = errno
            if error == EINTR || error == EAGAIN { return nil }
            if error == ECONNRESET { throw .supervisorLost }
            throw .systemCall("recv (run answer)", errno: error)
        }
        if count == 0 { throw .supervisorLost }
        let kind = UInt8(bitPattern: answer.kind)
        // An outcome comes once per run, and only before the teardown it announces.
        guard count == MemoryLayout<jitter_answer>.size, kind == done || (kind == outcome && !teardownPending) else {
            throw .supervisorLost
        }
        teardownPending = kind == outcome
        return .done
    }

    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Whether a failure means the supervisor is gone (rather than, say, a bad stream).
    static func isGone(_ error: ExecutionError) -> Bool {
        switch error {
        case .supervisorLost, .supervisorUnresponsive:
            return true
        case .systemCall(_, let code):
            return code == EPIPE || code == ECONNRESET || code == ECONNREFUSED || code == ENOTCONN
        default:
            return false
        }
    }
}
