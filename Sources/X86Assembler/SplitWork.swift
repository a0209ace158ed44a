#if canImport(Glibc)
import Glibc
#endif

/// A loop over many items shared with a second thread, for the passes after a big file's parse
/// that only read the builder and each write their own items of a result: by then the thread
/// that shared the parse has ended and its core is idle, while these passes are all that is
/// left between the parse and the output.
enum SplitWork {
    /// Fewer items than this are done on the calling thread alone: starting a thread costs tens
    /// of microseconds, what some thousands of items take.
    static let minimumCount = 32_768

    private static let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))

    /// Calls `body` with `0..<count` in two parts, the upper on a new thread and the lower on
    /// this one, and returns when both are done; with one part, `0..<count`, for a small count,
    /// on a single core, or when no thread can be made.
    ///
    /// `body` runs on two threads at once: it must only read what both share, and write only
    /// what belongs to the items of its range.
    static func run(_ count: Int, _ body: (Range<Int>) -> Void) {
        guard count >= minimumCount, cores > 1 else {
            body(0..<count)
            return
        }
        let middle = count / 2
        withoutActuallyEscaping(body) { body in
            let job = Job(body: body, range: middle..<count)
            let context = Unmanaged.passRetained(job).toOpaque()
            var thread = pthread_t()
            let status = pthread_create(&thread, nil, { raw in
                guard let raw else { return nil }
                let job = Unmanaged<Job>.fromOpaque(raw).takeRetainedValue()
                job.body(job.range)
                return nil
            }, context)
            guard status == 0 else {
                Unmanaged<Job>.fromOpaque(context).release()
                body(0..<count)
                return
            }
            body(0..<middle)
            pthread_join(thread, nil)
        }
    }

    /// The part given to the second thread. Unchecked: `body`'s contract (see
    /// ``run(_:_:)``) is what makes calling it from there safe, and `run` waits for it.
    private final class Job: @unchecked Sendable {
        let body: (Range<Int>) -> Void
        let range: Range<Int>

        init(body: @escaping (Range<Int>) -> Void, range: Range<Int>) {
            self.body = body
            self.range = range
        }
    }
}
