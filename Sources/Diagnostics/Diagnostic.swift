/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable {
    case error
    case warning
    case note
}

/// A message about a range of source text. Offsets stay offsets until rendering.
public struct Diagnostic: Error, Sendable, Hashable {
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    /// Further lines shown under the caret (e.g. the forms a mnemonic has).
    public var notes: [String]

    public init(_ severity: Severity = .error, _ message: String, at range: SourceRange, notes: [String] = []) {
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
    }
}
