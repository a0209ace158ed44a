import Diagnostics
import X86
import X86Assembler

extension LineParser {
    private enum Word {
        case data(Int)
        case reserve(Int)
        case times, align, p2align, balign, section(String?), global, external, bits, defaultMode
        case set, equ, fill, zeroFill, ascii(terminated: Bool), ignored, intelSyntax, attSyntax
    }

    private static let words: [PackedName: Word] = {
        let table: [(String, Word)] = [
            ("db", .data(1)), ("dw", .data(2)), ("dd", .data(4)), ("dq", .data(8)), ("dt", .data(10)), ("do", .data(16)),
            (".byte", .data(1)), (".word", .data(2)), (".short", .data(2)), (".value", .data(2)), (".hword", .data(2)),
            (".2byte", .data(2)), (".long", .data(4)), (".int", .data(4)), (".4byte", .data(4)), (".quad", .data(8)),
            (".8byte", .data(8)), (".octa", .data(16)),
            ("resb", .reserve(1)), ("resw", .reserve(2)), ("resd", .reserve(4)), ("resq", .reserve(8)),
            ("rest", .reserve(10)), ("reso", .reserve(16)),
            ("times", .times), ("align", .align), (".align", .align), (".balign", .balign), (".p2align", .p2align),
            ("section", .section(nil)), ("segment", .section(nil)), (".section", .section(nil)),
            (".text", .section(".text")), (".data", .section(".data")), (".bss", .section(".bss")),
            (".rodata", .section(".rodata")),
            ("global", .global), (".globl", .global), (".global", .global), ("extern", .external), (".extern", .external),
            ("bits", .bits), ("[bits", .bits), (".code64", .ignored), ("default", .defaultMode),
            (".set", .set), (".equ", .set), (".equiv", .set), (".fill", .fill), (".zero", .zeroFill), (".skip", .zeroFill),
            (".space", .zeroFill), (".ascii", .ascii(terminated: false)), (".asciz", .ascii(terminated: true)),
            (".string", .ascii(terminated: true)), (".intel_syntax", .intelSyntax), (".att_syntax", .attSyntax),
            (".type", .ignored), (".size", .ignored), (".file", .ignored), (".ident", .ignored), (".local", .ignored),
            (".weak", .ignored), (".hidden", .ignored), (".cfi_startproc", .ignored), (".cfi_endproc", .ignored),
            (".cfi_def_cfa_offset", .ignored), (".cfi_offset", .ignored), (".cfi_def_cfa_register", .ignored),
            (".cfi_def_cfa", .ignored), (".loc", .ignored), (".p2alignl", .ignored), ("cpu", .ignored), ("org", .ignored),
        ]
        var result: [PackedName: Word] = [:]
        for (text, word) in table { if let name = PackedName(text) { result[name] = word } }
        return result
    }()

    /// Parses a directive starting with `word`; nil when `word` is not a directive.
    mutating func parseDirective(word: Range<Int>, lineStart: Int) throws(Diagnostic) -> Directive? {
        guard let name = cursor.packedName(word), let kind = LineParser.words[name] else { return nil }
        cursor.skipSpaces()
        let directive: Directive
        switch kind {
        case .data(let size):
            directive = .data(size: size, items: try parseDataItems(allowStrings: true))
        case .reserve(let size):
            directive = .reserve(size: size, count: try parseExpression(), fill: nil)
        case .zeroFill:
            let count = try parseExpression()
            var fill: Expression?
            if try consumeComma() { fill = try parseExpression() }
            directive = .reserve(size: 1, count: count, fill: fill)
        case .fill:
            let count = try parseExpression()
            var size: Expression = .number(1)
            var value: Expression = .number(0)
            if try consumeComma() {
                size = try parseExpression()
                if try consumeComma() { value = try parseExpression() }
            }
            directive = .fill(count: count, size: size, value: value)
        case .ascii(let terminated):
            var items: [DataItem] = []
            repeat {
                cursor.skipSpaces()
                guard cursor.current == UInt8(ascii: "\"") else { throw diagnostic("expected a string", at: cursor.position) }
                var bytes = try parseStringLiteral()
                if terminated { bytes.append(0) }
                items.append(.bytes(bytes))
            } while try consumeComma()
            directive = .data(size: 1, items: items)
        case .times:
            let count = try parseExpression()
            var rest: [Statement] = []
            var sub = LineParser(cursor: cursor, line: line, state: state)
            try sub.parseLine(into: &rest)
            cursor = sub.cursor
            guard let statement = rest.first else { throw diagnostic("expected a statement after 'times'", at: cursor.position) }
            directive = .times(count: count, statement: statement.kind)
        case .align, .balign:
            let boundary = try parseExpression()
            var fill: Expression?
            if try consumeComma() { fill = try parseExpression() }
            directive = .align(boundary: boundary, fill: fill)
        case .p2align:
            let power = try parseExpression()
            var fill: Expression?
            if try consumeComma() {
                cursor.skipSpaces()
                if cursor.current != UInt8(ascii: ",") { fill = try parseExpression() }
                if try consumeComma() { _ = try parseExpression() }
            }
            directive = .align(boundary: .binary(.shiftLeft, .number(1), power), fill: fill)
        case .section(let fixed):
            if let fixed {
                directive = .section(fixed)
            } else {
                let start = cursor.position
                while !cursor.atEndOfStatement, cursor.current != UInt8(ascii: " "), cursor.current != UInt8(ascii: ","),
                      cursor.current != UInt8(ascii: "\t") {
                    cursor.position += 1
                }
                guard cursor.position > start else { throw diagnostic("expected a section name", at: start) }
                directive = .section(cursor.text(start..<cursor.position))
                cursor.position = cursor.end
            }
        case .global, .external:
            var names: [String] = []
            repeat {
                cursor.skipSpaces()
                guard let symbol = cursor.identifier() else { throw diagnostic("expected a symbol name", at: cursor.position) }
                names.append(cursor.text(symbol))
                // NASM's `global main:function`.
                if cursor.current == UInt8(ascii: ":") { while !cursor.atEndOfStatement, cursor.current != UInt8(ascii: ",") { cursor.position += 1 } }
            } while try consumeComma()
            if case .global = kind { directive = .global(names) } else { directive = .external(names) }
        case .bits:
            let value = try parseExpression()
            if cursor.current == UInt8(ascii: "]") { cursor.position += 1 }
            guard value.constantValue == 64 else {
                throw diagnostic("only 64-bit code is supported", range: word.lowerBound..<cursor.position)
            }
            directive = .ignored("bits 64")
        case .defaultMode:
            guard let mode = cursor.identifier() else { throw diagnostic("expected 'rel' or 'abs'", at: cursor.position) }
            let text = cursor.text(mode).lowercased()
            guard text == "rel" || text == "abs" else { throw diagnostic("expected 'rel' or 'abs'", range: mode) }
            state.defaultRelative = text == "rel"
            directive = .defaultRelative(text == "rel")
        case .set, .equ:
            guard let symbol = cursor.identifier() else { throw diagnostic("expected a symbol name", at: cursor.position) }
            guard try consumeComma() else { throw diagnostic("expected ','", at: cursor.position) }
            directive = .define(name: cursor.text(symbol), value: try parseExpression())
        case .intelSyntax:
            cursor.position = cursor.end
            directive = .ignored(".intel_syntax")
        case .attSyntax:
            throw diagnostic("AT&T syntax is not supported; write Intel syntax", range: word)
        case .ignored:
            cursor.position = cursor.end
            directive = .ignored(cursor.text(word))
        }
        try expectEnd()
        return directive
    }

    private mutating func consumeComma() throws(Diagnostic) -> Bool {
        cursor.skipSpaces()
        guard cursor.current == UInt8(ascii: ",") else { return false }
        cursor.position += 1
        return true
    }

    private mutating func parseDataItems(allowStrings: Bool) throws(Diagnostic) -> [DataItem] {
        var items: [DataItem] = []
        repeat {
            cursor.skipSpaces()
            let start = cursor.position
            if cursor.current == UInt8(ascii: "?") {
                cursor.position += 1
                items.append(.uninitialized)
                continue
            }
            if allowStrings, cursor.current == UInt8(ascii: "\"") || cursor.current == UInt8(ascii: "'") || cursor.current == UInt8(ascii: "`") {
                // A string alone is bytes; a string inside an expression (`'a'+1`) is a number.
                var probe = self
                let bytes = try probe.parseStringLiteral()
                probe.cursor.skipSpaces()
                if probe.cursor.atEndOfStatement || probe.cursor.current == UInt8(ascii: ",") {
                    self = probe
                    items.append(.bytes(bytes))
                    continue
                }
            }
            let expression = try parseExpression()
            items.append(.expression(expression, sourceRange(start..<cursor.position)))
        } while try consumeComma()
        return items
    }
}
