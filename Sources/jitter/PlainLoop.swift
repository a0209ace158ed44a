import REPL

/// Reads lines from a non-terminal standard input: no prompt, no editing.
struct PlainLoop {
    let session: Session

    /// Feeds every line to the session; `.failed` when any line failed.
    func run() -> LineOutcome {
        var outcome = LineOutcome.succeeded
        while let line = readLine(strippingNewline: true) {
            let text = line.hasSuffix("\r") ? String(line.dropLast()) : line
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
