import REPL

#if canImport(Glibc)
import Glibc
#endif

/// Reads lines from a non-terminal standard input: no prompt, no editing.
struct PlainLoop {
    let session: Session

    /// Feeds every line to the session; `.failed` when any line failed.
    func run() -> LineOutcome {
        var outcome = LineOutcome.succeeded
        // getline rather than readLine: the standard library's newline stripping costs more
        // than the rest of reading a line.
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        // A stream of its own over descriptor 0 (C's `stdin` is shared mutable state to Swift).
        let input = fdopen(0, "r")
        while let input {
            let read = getline(&buffer, &capacity, input)
            guard read >= 0, let start = buffer else { break }
            var length = read
            if length > 0, start[length - 1] == 0x0A { length -= 1 }
            if length > 0, start[length - 1] == 0x0D { length -= 1 }
            let text = String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
            switch session.handle(text) {
            case .succeeded: break
            case .failed: outcome = .failed
            case .quit: return outcome
            }
        }
        if session.finish() == .failed { outcome = .failed }
        return outcome
    }
}
