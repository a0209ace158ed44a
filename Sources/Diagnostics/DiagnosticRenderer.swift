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
        let (line, _) = file.location(of: diagnostic.range.start)
        return file.bytes.withUnsafeBufferPointer { render(diagnostic, line: line, in: $0, name: file.name) }
    }

    /// Renders `diagnostic`, whose range starts on 1-based `line` of `text`, without needing
    /// the line starts of the whole text (the line is found from the range itself).
    public func render(_ diagnostic: Diagnostic, line: Int, in text: UnsafeBufferPointer<UInt8>, name: String) -> String {
        let start = min(max(0, diagnostic.range.start), text.count)
        var lineStart = start
        while lineStart > 0, text[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = start
        while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
        if lineEnd > lineStart, text[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let column = start - lineStart + 1
        let lineLength = lineEnd - lineStart
        let end = min(max(diagnostic.range.end, start), lineEnd)
        let width = max(1, end - start)
        // Tabs become single spaces and control bytes their pictures, one column each, so the
        // caret lines up with byte columns and nothing in the line acts on the terminal.
        let lineText = Printable.pictures(Array(text[lineStart..<lineEnd]))

        let severity = diagnostic.severity.rawValue
        let coloredSeverity = colors ? "\u{1B}[1;31m\(severity):\u{1B}[0m" : "\(severity):"
        var out = "\(Printable.escaped(name)):\(line):\(column): \(coloredSeverity) \(Printable.escaped(diagnostic.message))\n"
        out += "    \(lineText)\n"
        var marker = "^"
        if width > 1 { marker += String(repeating: "~", count: width - 1) }
        if colors { marker = "\u{1B}[1;32m\(marker)\u{1B}[0m" }
        out += "    " + String(repeating: " ", count: min(column, lineLength + 1) - 1) + marker + "\n"
        for note in diagnostic.notes { out += "    note: \(Printable.escaped(note))\n" }
        return out
    }
}
