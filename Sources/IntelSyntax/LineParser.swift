import Diagnostics
import X86
import X86Assembler

/// Parses the statements of one line.
struct LineParser {
    var cursor: Cursor
    let line: Int
    var state: ParserState

    func sourceRange(_ range: Range<Int>) -> SourceRange { SourceRange(start: range.lowerBound, end: range.upperBound) }

    func diagnostic(_ message: String, at offset: Int, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: SourceRange(start: offset, end: offset + 1), notes: notes)
    }

    func diagnostic(_ message: String, range: Range<Int>, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: sourceRange(range), notes: notes)
    }

    mutating func parseLine(into statements: inout [Statement]) throws(Diagnostic) {
        let lineStart = cursor.position
        while true {
            cursor.skipSpaces()
            if cursor.atEndOfStatement { return }
            let start = cursor.position
            // Numeric labels (`1:`).
            if Cursor.isDigit(cursor.current) {
                var probe = cursor
                while Cursor.isDigit(probe.current) { probe.position += 1 }
                if probe.current == UInt8(ascii: ":") {
                    statements.append(Statement(.label(cursor.text(start..<probe.position)), range: sourceRange(start..<probe.position), line: line))
                    cursor.position = probe.position + 1
                    continue
                }
                throw diagnostic("expected a mnemonic, a label or a directive", at: start)
            }
            guard let word = cursor.identifier() else {
                throw diagnostic("expected a mnemonic, a label or a directive", at: start)
            }
            cursor.skipSpaces()
            if cursor.current == UInt8(ascii: ":") {
                statements.append(Statement(.label(cursor.text(word)), range: sourceRange(word), line: line))
                cursor.position += 1
                continue
            }
            if let directive = try parseDirective(word: word, lineStart: lineStart) {
                statements.append(Statement(.directive(directive), range: sourceRange(start..<cursor.position), line: line))
                return
            }
            // NASM labels without a colon before data or `equ` (`msg db "hi"`, `len equ $ - msg`).
            var probe = cursor
            if let next = probe.identifier(), let nextName = probe.packedName(next),
               LineParser.isDataOrDefinitionWord(nextName) {
                let name = cursor.text(word)
                if nextName == LineParser.equWord {
                    cursor = probe
                    let value = try parseExpression()
                    try expectEnd()
                    statements.append(Statement(.directive(.define(name: name, value: value)), range: sourceRange(start..<cursor.position), line: line))
                    return
                }
                statements.append(Statement(.label(name), range: sourceRange(word), line: line))
                continue
            }
            if cursor.current == UInt8(ascii: "=") {
                cursor.position += 1
                let value = try parseExpression()
                try expectEnd()
                statements.append(Statement(.directive(.define(name: cursor.text(word), value: value)), range: sourceRange(start..<cursor.position), line: line))
                return
            }
            let instruction = try parseInstruction(firstWord: word)
            statements.append(Statement(.instruction(instruction), range: sourceRange(start..<cursor.position), line: line))
            return
        }
    }

    mutating func expectEnd() throws(Diagnostic) {
        cursor.skipSpaces()
        guard cursor.atEndOfStatement else { throw diagnostic("unexpected text at end of line", range: cursor.position..<cursor.end) }
    }

    static let equWord = PackedName("equ")!
    static let dataWords: Set<PackedName> = Set(
        ["db", "dw", "dd", "dq", "dt", "do", "resb", "resw", "resd", "resq", "rest", "reso", "equ", "times"].compactMap(PackedName.init))

    static func isDataOrDefinitionWord(_ name: PackedName) -> Bool { dataWords.contains(name) }
}
