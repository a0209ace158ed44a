import CTrampoline
import Glibc

/// The persistent process that forks a worker for each run (see jitter_trampoline.h).
///
/// It is this process's child; it ends when its command socket closes, which happens in
/// `deinit` or when this process dies, so it never outlives its caller.
final class Supervisor {
    let pid: pid_t
    private let pidfd: Int32
    private let commandFD: Int32

    init(memory: SandboxMemory, interrupts: InterruptPipe) throws(ExecutionError) {
        var ends: [Int32] = [-1, -1]
        try systemCall("socketpair") { jitter_command_socketpair(&ends) }
        defer { close(ends[1]) }
        var setup = jitter_supervisor_setup(
            control: memory.control,
            memory: memory.base,
            memory_size: UInt64(SandboxLayout.memoryFileSize),
            memory_fd: memory.fileDescriptor,
            command_fd: ends[1],
            interrupt_fd: interrupts.readEnd,
            rseq_address: 0,
            rseq_size: 0)
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
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        close(pidfd)
    }

    /// Asks for the run already written into the control block, giving the code `streams`
    /// as fds 0, 1 and 2.
    func request(streams: (Int32, Int32, Int32)) throws(ExecutionError) {
        let descriptors = [streams.0, streams.1, streams.2]
        try systemCall("sendmsg (run request)") { jitter_request_run(commandFD, descriptors) }
    }

    /// Waits until the supervisor answers that the outcome is in the control block.
    func awaitAnswer() throws(ExecutionError) {
        var answer: UInt8 = 0
        while true {
            let count = read(commandFD, &answer, 1)
            if count == 1 { return }
            if count == 0 { throw .supervisorLost }
            let error = errno
            if error == ECONNRESET { throw .supervisorLost }
            if error != EINTR { throw .systemCall("read (run answer)", errno: error) }
        }
    }

    /// Whether a failure means the supervisor is gone (rather than, say, a bad stream).
    static func isGone(_ error: ExecutionError) -> Bool {
        switch error {
        case .supervisorLost:
            return true
        case .systemCall(_, let code):
            return code == EPIPE || code == ECONNRESET || code == ECONNREFUSED || code == ENOTCONN
        default:
            return false
        }
    }
}
