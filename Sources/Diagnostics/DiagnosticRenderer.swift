/// Draws a diagnostic under its source line, with a caret and tildes under the range:
///
///     demo.asm:3:10: error: immediate 300 is out of range: it must be within -128...255
///         mov al, 300
///                 ^~~
public struct DiagnosticRenderer: Sendable {
    /// Wrap the severity and caret in ANSI colour.
    public var colors: Bool

    public init(colors: Bool = false) {
        self.colors = colors
    }

    public func render(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let (line, column) = file.location(of: diagnostic.range.start)
        let text = file.lineText(line)
        let lineLength = text.utf8.count
        let startColumn = min(column, lineLength + 1)
        let (endLine, endColumn) = file.location(of: diagnostic.range.end)
        let width = endLine == line ? max(1, min(endColumn, lineLength + 1) - startColumn) : max(1, lineLength + 1 - startColumn)
        let severity = diagnostic.severity.rawValue
        let coloredSeverity = colors ? "\u{1B}[1;31m\(severity):\u{1B}[0m" : "\(severity):"
        var out = "\(file.name):\(line):\(column): \(coloredSeverity) \(diagnostic.message)\n"
        out += "    \(text.replacingTabs)\n"
        var marker = "^"
        if width > 1 { marker += String(repeating: "~", count: width - 1) }
        if colors { marker = "\u{1B}[1;32m\(marker)\u{1B}[0m" }
        out += "    " + String(repeating: " ", count: startColumn - 1) + marker + "\n"
        for note in diagnostic.notes { out += "    note: \(note)\n" }
        return out
    }
}

extension String {
    /// Tabs become single spaces so the caret lines up with byte columns.
    fileprivate var replacingTabs: String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
