import CTrampoline
import Glibc

/// Stops the code an ``Executor`` is running, from any thread.
///
/// `interrupt()` writes one byte to a pipe the executor polls while it waits for the code;
/// a run then ends with ``ExecutionOutcome/interrupted(_:)``. An interrupt that arrives
/// while no run is in progress is discarded when the next run starts. The handle keeps the pipe open,
/// so it stays safe to use after its executor is gone (it then does nothing useful).
public struct InterruptHandle: Sendable {
    let pipe: InterruptPipe

    /// Asks the running code to stop. Safe from any thread; never blocks.
    public func interrupt() {
        jitter_interrupt(pipe.writeEnd)
    }
}

/// The pipe behind an ``InterruptHandle``; closed when the executor and every handle are gone.
final class InterruptPipe: Sendable {
    let readEnd: Int32
    let writeEnd: Int32

    init() throws(ExecutionError) {
        var ends: [Int32] = [-1, -1]
        try systemCall("pipe") { pipe(&ends) }
        do {
            for end in ends {
                // Non-blocking both ways: a signal handler's write must never block, nor a drain.
                try systemCall("fcntl (O_NONBLOCK)") { fcntl(end, F_SETFL, O_NONBLOCK) }
                try systemCall("fcntl (FD_CLOEXEC)") { fcntl(end, F_SETFD, FD_CLOEXEC) }
            }
        } catch {
            for end in ends { close(end) }
            throw error
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Discards pending interrupts; true when there was one.
    @discardableResult
    func drain() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64)
        var any = false
        while read(readEnd, &buffer, buffer.count) > 0 { any = true }
        return any
    }
}
