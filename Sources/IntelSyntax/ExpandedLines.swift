import Diagnostics
import X86Assembler

/// A file's lines after the macro preprocessor, each with the line of the file it came from,
/// for callers that take lines one at a time (the REPL's `.load`, `jitter FILE`).
public struct ExpandedLines: Sendable {
    /// The statement lines, in order, and the 1-based line of the file each came from.
    public var lines: [(text: String, line: Int)]
    /// The preprocessor's own errors and warnings (`%error`, an unterminated `.macro` …).
    public var diagnostics: [AssemblyDiagnostic]

    /// `text` (the file `name`, whose directory `.include` and `%include` search first, then
    /// `includePaths`) expanded; nil when it uses no macro, conditional or include, so its
    /// lines stand as they are.
    public static func expand(_ text: String, name: String, includePaths: [String] = []) -> ExpandedLines? {
        var text = text
        return text.withUTF8 { bytes -> ExpandedLines? in
            guard PreprocessedSource.isNeeded(bytes) else { return nil }
            let expanded = Preprocessor.run(bytes, name: name, includePaths: includePaths)
            var lines: [(text: String, line: Int)] = []
            lines.reserveCapacity(expanded.origins.count)
            for (index, origin) in expanded.origins.enumerated() {
                let start = expanded.lineStarts[index]
                var end = index + 1 < expanded.lineStarts.count ? expanded.lineStarts[index + 1] : expanded.text.count
                if end > start, expanded.text[end - 1] == UInt8(ascii: "\n") { end -= 1 }
                lines.append((String(decoding: expanded.text[start..<end], as: UTF8.self), origin.line))
            }
            return ExpandedLines(lines: lines, diagnostics: expanded.diagnostics)
        }
    }
}
