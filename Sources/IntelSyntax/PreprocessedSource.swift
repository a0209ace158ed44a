import Diagnostics
import X86Assembler

#if canImport(Glibc)
import Glibc
#endif

/// Where one line of expanded text came from, in the file the user gave.
struct LineOrigin: Sendable {
    /// 1-based line in the main file.
    var line: Int
    /// Byte offset where that line starts in the main file.
    var start: Int
    /// Where its text starts (after leading blanks) and ends: what a diagnostic underlines
    /// when columns do not carry over.
    var anchor: Int
    var end: Int
    /// The expanded line is byte for byte the original, so its columns carry over.
    var verbatim: Bool
    /// Said under a diagnostic of the line: `in expansion of macro 'NAME'`, `in file …`.
    var context: String?

    /// The same place, for text that is no longer the original (an expansion or a substitution).
    func expanded(context: String?) -> LineOrigin {
        var origin = self
        origin.verbatim = false
        if origin.context == nil { origin.context = context }
        return origin
    }
}

/// Source text after the macro preprocessor, and the way back from its lines to the original's.
struct PreprocessedSource: Sendable {
    /// The expanded text, one statement line per line.
    var text: [UInt8] = []
    /// For each line of ``text``, where it came from.
    var origins: [LineOrigin] = []
    var lineStarts: [Int] = []
    /// The preprocessor's own errors and warnings (`%error`, an unterminated `.macro` …),
    /// already in the original file's lines.
    var diagnostics: [AssemblyDiagnostic] = []

    mutating func append(_ line: String, origin: LineOrigin) {
        lineStarts.append(text.count)
        text.append(contentsOf: line.utf8)
        text.append(UInt8(ascii: "\n"))
        origins.append(origin)
    }

    /// The original line of 1-based expanded `line`.
    func originalLine(_ line: Int) -> Int {
        guard !origins.isEmpty else { return line }
        return origins[min(max(line, 1), origins.count) - 1].line
    }

    /// `range` on expanded `line`, moved into the original file.
    func originalRange(_ range: SourceRange, line: Int) -> SourceRange {
        guard !origins.isEmpty else { return range }
        let index = min(max(line, 1), origins.count) - 1
        let origin = origins[index]
        if origin.verbatim {
            let column = range.start - lineStarts[index]
            let start = origin.start + max(0, column)
            return SourceRange(start: start, end: min(origin.end, start + max(0, range.end - range.start)))
        }
        return SourceRange(start: origin.anchor, end: origin.end)
    }

    /// `diagnostic` of the expanded text, moved into the original file, with where the
    /// expansion came from as a note.
    func original(_ diagnostic: AssemblyDiagnostic) -> AssemblyDiagnostic {
        guard !origins.isEmpty else { return diagnostic }
        var moved = diagnostic
        let index = min(max(diagnostic.line, 1), origins.count) - 1
        moved.diagnostic.range = originalRange(diagnostic.diagnostic.range, line: diagnostic.line)
        moved.line = origins[index].line
        if let context = origins[index].context { moved.diagnostic.notes.append(context) }
        return moved
    }

    /// The assembler's diagnostics moved into the original file and merged with the
    /// preprocessor's, in line order; a line repeated by `.rept` reports each error once.
    func merged(_ assembled: [AssemblyDiagnostic]) -> [AssemblyDiagnostic] {
        var seen = Set<AssemblyDiagnostic>()
        var all: [AssemblyDiagnostic] = []
        for diagnostic in diagnostics + assembled.map(original) {
            var key = diagnostic
            key.statement = 0
            if seen.insert(key).inserted { all.append(diagnostic) }
        }
        return all.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// `records` with original lines, in line order (stable: a line's bytes stay in address order).
    func original(_ records: [StatementRecord]) -> [StatementRecord] {
        let moved = records.map { record -> StatementRecord in
            var record = record
            record.line = originalLine(record.line)
            return record
        }
        return moved.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// Whether `text` uses anything the preprocessor expands: a line starting with `%`, or
    /// with `.macro`, `.rept`, `.irp`, `.if…`, `.include` or the end of one. One pass over the bytes, so a file
    /// without macros pays next to nothing.
    static func isNeeded(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        let limit = base + text.count
        var line = base
        while line < limit {
            // memchr finds the next line several times faster than a loop over the bytes.
            let newline = memchr(line, 0x0A, limit - line).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) }
            let end = newline ?? limit
            if startsPreprocessing(UnsafeBufferPointer(start: line, count: end - line)) { return true }
            guard let newline else { return false }
            line = newline + 1
        }
        return false
    }

    /// Whether `line` is one the preprocessor handles (see ``isNeeded(_:)``).
    static func startsPreprocessing(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress else { return false }
        let limit = base + line.count
        var cursor = base
        while cursor < limit, cursor.pointee == 0x20 || cursor.pointee == 0x09 { cursor += 1 }
        guard cursor < limit else { return false }
        let byte = cursor.pointee
        if byte == UInt8(ascii: "%") { return true }
        let first = byte | 0x20
        guard byte == UInt8(ascii: ".") || first == UInt8(ascii: "s") || first == UInt8(ascii: "i") else { return false }
        var end = cursor + 1
        while end < limit, end - cursor < 9, PreprocessorText.isNameByte(end.pointee) { end += 1 }
        let word = UnsafeBufferPointer(start: cursor, count: end - cursor)
        if byte == UInt8(ascii: ".") {
            if word.count >= 3, word[1] | 0x20 == UInt8(ascii: "i"), word[2] | 0x20 == UInt8(ascii: "f") { return true }
            return Self.dotKeywords.contains { Self.equalsIgnoringCase(word, $0) }
        }
        // NASM's standard structure macros.
        return Self.structureKeywords.contains { Self.equalsIgnoringCase(word, $0) }
    }

    private static let dotKeywords: [[UInt8]] = [
        ".macro", ".rept", ".irp", ".irpc", ".include", ".endm", ".endr", ".else", ".elseif", ".endif",
    ].map { Array($0.utf8) }
    private static let structureKeywords: [[UInt8]] = ["struc", "istruc"].map { Array($0.utf8) }

    private static func equalsIgnoringCase(_ word: UnsafeBufferPointer<UInt8>, _ keyword: [UInt8]) -> Bool {
        guard word.count == keyword.count else { return false }
        for index in 0..<word.count where word[index] | 0x20 != keyword[index] | 0x20 { return false }
        return true
    }
}

extension PreprocessedSource {
    /// Expands `text` (the main file, named `name`) when it uses macros; nil when it does not,
    /// so a plain file goes straight to the parser.
    static func expanding(_ text: UnsafeBufferPointer<UInt8>, name: String, includePaths: [String]) -> PreprocessedSource? {
        guard isNeeded(text) else { return nil }
        return Preprocessor.run(text, name: name, includePaths: includePaths)
    }

    /// `image` with its statement records on original lines.
    func original(_ image: ProgramImage) -> ProgramImage {
        var moved = image
        moved.records = original(image.records)
        return moved
    }

    /// `listing` on original lines.
    func original(_ listing: [ListingEntry]) -> [ListingEntry] {
        listing.map { entry in
            var entry = entry
            entry.line = originalLine(entry.line)
            return entry
        }
    }

    /// `statements` with original lines and ranges.
    func original(_ statements: [Statement]) -> [Statement] {
        statements.map { statement in
            var moved = statement
            moved.range = originalRange(statement.range, line: statement.line)
            moved.line = originalLine(statement.line)
            if case .instruction(var instruction) = statement.kind {
                instruction.mnemonicRange = originalRange(instruction.mnemonicRange, line: statement.line)
                instruction.operandRanges = instruction.operandRanges.map { originalRange($0, line: statement.line) }
                moved.kind = .instruction(instruction)
            }
            return moved
        }
    }
}
