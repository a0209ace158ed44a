#if canImport(Glibc)
import Glibc
#endif

/// An interactive assembler session: takes typed lines, reports what they did.
///
/// The session does no terminal I/O. Everything it has to say goes, in order, to the
/// `output` closure given at creation, which is called as soon as the text exists (before
/// any code runs), so a program's own output lands after the lines that led to it.
public final class Session {
    public private(set) var options: SessionOptions
    private let output: (OutputEvent) -> Void

    public init(options: SessionOptions = SessionOptions(), output: @escaping (OutputEvent) -> Void) {
        self.options = options
        self.output = output
    }

    /// The prompt for the next line.
    public var prompt: String { "jitter> " }

    /// Handles one line as if typed.
    @discardableResult
    public func handle(_ line: String) -> LineOutcome {
        if let parsed = DotCommand.parse(line) {
            switch parsed {
            case .success(let command): return perform(command)
            case .failure(let error):
                fail(error.message)
                return .failed
            }
        }
        return .succeeded
    }

    /// Runs a file's lines as if typed; `.failed` when any line failed.
    public func load(path: String) -> LineOutcome {
        let text: String
        switch SourceFile.read(path) {
        case .success(let contents): text = contents
        case .failure(let error):
            fail("cannot read \(path): \(error.message)")
            return .failed
        }
        var outcome = LineOutcome.succeeded
        for line in SourceFile.lines(of: text) {
            switch handle(String(line)) {
            case .succeeded: break
            case .failed: outcome = .failed
            case .quit: return outcome == .failed ? .failed : .quit
            }
        }
        return outcome
    }

    private func perform(_ command: DotCommand) -> LineOutcome {
        switch command {
        case .quit:
            return .quit
        case .help(let topic):
            if topic == nil {
                say(Help.commandList())
                return .succeeded
            }
            fail("no help for '\(topic ?? "")'")
            return .failed
        case .timeout(let seconds):
            options.timeout = seconds
            return .succeeded
        case .mode(let style):
            options.style = style
            return .succeeded
        case .load(let path):
            return load(path: path)
        default:
            fail("not available yet")
            return .failed
        }
    }

    func say(_ text: String) {
        output(.standardOutput(text))
    }

    func fail(_ message: String) {
        output(.standardError("error: \(message)\n"))
    }
}
