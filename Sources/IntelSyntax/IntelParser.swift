import Diagnostics
import X86
import X86Assembler

/// Statements parsed from a source text, and what could not be parsed.
public struct ParseResult: Sendable {
    public var statements: [Statement]
    /// One diagnostic per bad line; the parser goes on with the next line.
    public var diagnostics: [Diagnostic]
    /// For each diagnostic, the 1-based line it belongs to.
    public var diagnosticLines: [Int]
}

/// Parses Intel-syntax assembly, in the GNU/llvm-mc (`dword ptr`, `.byte`) and NASM
/// (`dword [..]`, `db`) spellings, into statements.
public struct IntelParser: Sendable {
    /// Options that persist from line to line (`default rel`).
    public var state = ParserState()

    public init() {}

    /// Parses a whole source file.
    public mutating func parse(_ file: SourceFile) -> ParseResult {
        var result = ParseResult(statements: [], diagnostics: [], diagnosticLines: [])
        result.statements.reserveCapacity(file.lineStarts.count)
        file.bytes.withUnsafeBufferPointer { bytes in
            for (index, start) in file.lineStarts.enumerated() {
                var end = index + 1 < file.lineStarts.count ? file.lineStarts[index + 1] - 1 : bytes.count
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                parseLine(bytes, start: start, end: end, line: index + 1, into: &result)
            }
        }
        return result
    }

    /// Parses one line (`start..<end` of `bytes`, without its newline), appending to `result`.
    public mutating func parseLine(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int, into result: inout ParseResult
    ) {
        var parser = LineParser(cursor: Cursor(bytes: bytes, position: start, end: end), line: line, state: state)
        do {
            try parser.parseLine(into: &result.statements)
        } catch {
            result.diagnostics.append(error)
            result.diagnosticLines.append(line)
        }
        state = parser.state
    }
}

/// What the parser remembers between lines.
public struct ParserState: Sendable, Hashable {
    /// `default rel`: memory operands with only a displacement are RIP-relative.
    public var defaultRelative = false
    public init() {}
}
