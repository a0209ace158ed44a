import CTrampoline
import Glibc

/// Stops the code an ``Executor`` is running, from any thread.
///
/// `interrupt()` writes one byte to a pipe the supervisor polls while the code runs (and one
/// to a pipe the executor itself watches, so that it notices a supervisor that does not
/// answer); a run then ends with ``ExecutionOutcome/interrupted(_:)``. An interrupt that arrives
/// while no run is in progress is discarded when the next run starts. The handle keeps the pipe open,
/// so it stays safe to use after its executor is gone (it then does nothing useful).
public struct InterruptHandle: Sendable {
    let pipe: InterruptPipe

    /// Asks the running code to stop. Safe from any thread; never blocks.
    public func interrupt() {
        jitter_interrupt(pipe.writeEnd, pipe.noticeWriteEnd)
    }
}

/// The pipes behind an ``InterruptHandle``: one the supervisor reads, one the executor reads.
/// Closed when the executor and every handle are gone.
final class InterruptPipe: Sendable {
    let readEnd: Int32
    let writeEnd: Int32
    let noticeReadEnd: Int32
    let noticeWriteEnd: Int32

    init() throws(ExecutionError) {
        // Non-blocking both ways: a signal handler's write must never block, nor a drain.
        var ends: [Int32] = [-1, -1]
        var notice: [Int32] = [-1, -1]
        try systemCall("pipe2") { jitter_pipe(&ends, O_NONBLOCK) }
        do {
            try systemCall("pipe2") { jitter_pipe(&notice, O_NONBLOCK) }
        } catch {
            for end in ends { close(end) }
            throw error
        }
        readEnd = ends[0]
        writeEnd = ends[1]
        noticeReadEnd = notice[0]
        noticeWriteEnd = notice[1]
    }

    deinit {
        for end in [readEnd, writeEnd, noticeReadEnd, noticeWriteEnd] { close(end) }
    }

    /// Discards pending interrupts; true when there was one.
    @discardableResult
    func drain() -> Bool {
        // One poll says whether there is anything to read (before every run, and there
        // seldom is) where two reads would each be a system call.
        var ends = (pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: noticeReadEnd, events: Int16(POLLIN), revents: 0))
        let ready = withUnsafeMutableBytes(of: &ends) { raw in
            poll(raw.baseAddress?.assumingMemoryBound(to: pollfd.self), 2, 0)
        }
        guard ready != 0 else { return false }
        let any = InterruptPipe.drain(readEnd)
        return InterruptPipe.drain(noticeReadEnd) || any
    }

    /// Empties the executor's own copy; true when an interrupt had been sent.
    func drainNotice() -> Bool {
        InterruptPipe.drain(noticeReadEnd)
    }

    private static func drain(_ fd: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64)
        var any = false
        while read(fd, &buffer, buffer.count) > 0 { any = true }
        return any
    }
}
