/// Draws a diagnostic under its source line, with a caret and tildes under the range:
///
///     demo.asm:3:10: error: immediate 300 is out of range: it must be within -128...255
///         mov al, 300
///                 ^~~
public struct DiagnosticRenderer: Sendable {
    /// Wrap the severity and caret in ANSI colour.
    public var colors: Bool

    /// Most bytes of a source line shown above the caret.
    static let lineWindow = 240
    /// Most characters of a message shown (a message may quote a name of any length).
    static let messageLimit = 400

    /// `text` with control characters escaped, and cut short when it is very long.
    static func shortened(_ text: String) -> String {
        let escaped = Printable.escaped(text)
        guard escaped.count > messageLimit else { return escaped }
        return String(escaped.prefix(messageLimit)) + "… (\(escaped.count) characters)"
    }

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
        // A long line is shown as a window around the range, so an error never echoes megabytes.
        var shownStart = lineStart
        var shownEnd = lineEnd
        if lineEnd - lineStart > DiagnosticRenderer.lineWindow {
            shownStart = max(lineStart, min(start - DiagnosticRenderer.lineWindow / 4, lineEnd - DiagnosticRenderer.lineWindow))
            shownEnd = min(lineEnd, shownStart + DiagnosticRenderer.lineWindow)
        }
        // Tabs become single spaces and control bytes their pictures, one column each, so the
        // caret lines up with byte columns and nothing in the line acts on the terminal.
        let lead = shownStart > lineStart ? "…" : ""
        let lineText = lead + Printable.pictures(Array(text[shownStart..<shownEnd])) + (shownEnd < lineEnd ? "…" : "")

        let severity = diagnostic.severity.rawValue
        let coloredSeverity = colors ? "\u{1B}[1;31m\(severity):\u{1B}[0m" : "\(severity):"
        var out = "\(Printable.escaped(name)):\(line):\(column): \(coloredSeverity) \(DiagnosticRenderer.shortened(diagnostic.message))\n"
        out += "    \(lineText)\n"
        var marker = "^"
        let shownWidth = min(width, shownEnd - start)
        if shownWidth > 1 { marker += String(repeating: "~", count: shownWidth - 1) }
        if colors { marker = "\u{1B}[1;32m\(marker)\u{1B}[0m" }
        let indent = min(column, lineLength + 1) - 1 - (shownStart - lineStart) + lead.count
        out += "    " + String(repeating: " ", count: max(0, indent)) + marker + "\n"
        for note in diagnostic.notes { out += "    note: \(DiagnosticRenderer.shortened(note))\n" }
        return out
    }
}
