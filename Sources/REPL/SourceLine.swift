/// A line the session accepted, and where it came from.
struct SourceLine: Sendable {
    let text: String
    let origin: Origin
}

/// Where a line was typed or read: `<stdin>` line 3, `lesson.asm` line 12.
public struct Origin: Sendable, Equatable {
    public let name: String
    public let line: Int

    public init(name: String, line: Int) {
        self.name = name
        self.line = line
    }

    var label: String { "\(name):\(line)" }
}
