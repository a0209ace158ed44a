import JIT

/// Text the session wants shown, in the order it must appear.
public enum OutputEvent: Equatable, Sendable {
    case standardOutput(String)
    case standardError(String)
    /// What the code wrote to its fd 1 or fd 2: bytes, shown as they are.
    case programOutput([UInt8], OutputStream)

    /// The text, whichever stream it is for.
    public var text: String {
        switch self {
        case .standardOutput(let text), .standardError(let text): return text
        case .programOutput(let bytes, _): return String(decoding: bytes, as: UTF8.self)
        }
    }
}

/// What became of one line handed to the session.
public enum LineOutcome: Equatable, Sendable {
    /// Accepted (assembled, run, or a command that worked).
    case succeeded
    /// Reported as an error; the session goes on.
    case failed
    /// `.quit`: the caller should stop reading lines.
    case quit
}
