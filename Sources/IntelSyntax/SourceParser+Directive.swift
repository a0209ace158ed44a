import Diagnostics
import X86
import X86Assembler

/// One item of a data directive, as read.
enum DataItemValue {
    case value(Value, SourceRange)
    /// `stringBytes[first..<first + count]`.
    case string(first: Int, count: Int)
    /// `?`.
    case uninitialized
}

extension SourceParser {
    /// A directive starting with `word`, through the end of the line.
    mutating func parseDirective(_ word: Token, _ found: Keyword, closingBracket: Bool) throws(Diagnostic) {
        guard let directive = DirectiveWord(rawValue: UInt8(found.payload)) else { return }
        skipSpaces()
        let statementRange = { (parser: SourceParser) in SourceRange(start: word.start, end: parser.position) }
        switch directive {
        case .data1, .data2, .data4, .data8, .data10, .data16:
            let size = directive.unitSize
            try parseDataItems(gnuStrings: text(word).hasPrefix("."))
            try finish(closingBracket)
            beginStatement()
            emitDataItems(size: size)
            recordData(size: size, range: statementRange(self))
        case .reserve1, .reserve2, .reserve4, .reserve8, .reserve10, .reserve16:
            let count = try parseValue()
            try finish(closingBracket)
            beginStatement()
            builder.emitReserve(unitSize: directive.unitSize, count: count, fill: 0, range: statementRange(self))
            record(.reserve(size: directive.unitSize, count: expression(count), fill: nil), statementRange(self))
        case .ascii, .asciz:
            dataItems.removeAll(keepingCapacity: true)
            stringBytes.removeAll(keepingCapacity: true)
            repeat {
                skipSpaces()
                guard current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") || current == UInt8(ascii: "`") else {
                    throw error("expected a string", at: position)
                }
                let (first, count) = try parseString(escapes: current != UInt8(ascii: "'"))
                if directive == .asciz { stringBytes.append(0) }
                dataItems.append(.string(first: first, count: count + (directive == .asciz ? 1 : 0)))
            } while consumeComma()
            try finish(closingBracket)
            beginStatement()
            emitDataItems(size: 1)
            recordData(size: 1, range: statementRange(self))
        case .zero:
            let count = try parseValue()
            var fill = Value(constant: 0)
            if consumeComma() { fill = try parseValue() }
            try finish(closingBracket)
            let fillByte = try constant(fill, "the fill value")
            beginStatement()
            builder.emitReserve(unitSize: 1, count: count, fill: UInt8(truncatingIfNeeded: fillByte), range: statementRange(self))
            record(.reserve(size: 1, count: expression(count), fill: .number(fillByte)), statementRange(self))
        case .fill:
            let count = try parseValue()
            var size = Value(constant: 1)
            var fill = Value(constant: 0)
            if consumeComma() {
                size = try parseValue()
                if consumeComma() { fill = try parseValue() }
            }
            try finish(closingBracket)
            let sizeNumber = try constant(size, "the size of '.fill'")
            let fillNumber = try constant(fill, "the value of '.fill'")
            beginStatement()
            builder.emitFill(count: count, size: min(sizeNumber, 8), value: fillNumber, range: statementRange(self))
            record(.fill(count: expression(count), size: .number(sizeNumber), value: .number(fillNumber)), statementRange(self))
        case .times:
            try parseTimes(word, closingBracket)
        case .alignBytes, .alignPowerOfTwo, .nasmAlign:
            try parseAlign(directive, word, closingBracket)
        case .section:
            let start = position
            while !atStatementEnd, !isSpace(current), current != UInt8(ascii: ","),
                  current != UInt8(ascii: "]") {
                position += 1
            }
            guard position > start else { throw error("expected a section name", at: start) }
            let name = text(start, position)
            // Flags and attributes (`"a",@progbits`, `align=16`) change nothing here.
            while !atStatementEnd, current != UInt8(ascii: "]") { position += 1 }
            try finish(closingBracket)
            switchSection(name, statementRange(self))
        case .text, .data, .bss, .rodata:
            // GNU's subsection number (`.data 1`) is accepted and ignored.
            while !atStatementEnd, current != UInt8(ascii: "]") { position += 1 }
            try finish(closingBracket)
            switchSection(directive == .text ? ".text" : directive == .data ? ".data" : directive == .bss ? ".bss" : ".rodata",
                          statementRange(self))
        case .global, .external:
            var names: [Token] = []
            repeat {
                skipSpaces()
                guard let name = identifier() else { throw error("expected a symbol name", at: position) }
                names.append(name)
                // NASM's `global main:function` and `extern printf:wrt ..plt`.
                if current == UInt8(ascii: ":") {
                    while !atStatementEnd, current != UInt8(ascii: ","), current != UInt8(ascii: "]") { position += 1 }
                }
            } while consumeComma()
            try finish(closingBracket)
            let ids = names.map { symbol($0, definesScope: false) }
            beginStatement()
            if directive == .external {
                for id in ids { builder.declareExternal(id) }
                record(.external(ids.map { builder.symbols.name(of: $0) }), statementRange(self))
            } else {
                record(.global(ids.map { builder.symbols.name(of: $0) }), statementRange(self))
            }
        case .bits:
            let valueStart = position
            let value = try parseValue()
            try finish(closingBracket)
            guard numberNow(value) == 64 else {
                throw error("only 64-bit code is supported ('bits 64')", from: valueStart, to: position)
            }
            beginStatement()
            record(.ignored("bits 64"), statementRange(self))
        case .defaultMode:
            guard let mode = identifier(), let found = keyword(mode), found.kind == .rel || found.kind == .abs else {
                throw error("expected 'rel' or 'abs'", at: position)
            }
            try finish(closingBracket)
            defaultRelative = found.kind == .rel
            beginStatement()
            record(.defaultRelative(defaultRelative), statementRange(self))
        case .org:
            let valueStart = position
            let value = try parseValue()
            try finish(closingBracket)
            guard let origin = numberNow(value) else {
                throw error("the origin must be a number", from: valueStart, to: position)
            }
            beginStatement()
            builder.setOrigin(UInt64(bitPattern: origin), range: statementRange(self))
            record(.ignored("org"), statementRange(self))
        case .set, .equ:
            skipSpaces()
            guard let name = identifier() else { throw error("expected a symbol name", at: position) }
            guard consumeComma() else { throw error("expected ',' after the symbol name", at: position) }
            let value = try parseValue()
            try finish(closingBracket)
            let id = symbol(name, definesScope: false)
            beginStatement()
            builder.define(id, as: value, redefinable: directive == .set, range: name.range)
            recordDefinition(id, value, range: statementRange(self))
        case .common, .localCommon:
            // `.comm name, size[, alignment]`: zeroed storage in `.bss` (NASM: `common name size`).
            skipSpaces()
            guard let name = identifier() else { throw error("expected a symbol name", at: position) }
            if directive == .common, word.start < word.end, base[word.start] != UInt8(ascii: ".") {
                _ = consumeComma()
            } else {
                guard consumeComma() else { throw error("expected ',' after the symbol name", at: position) }
            }
            let size = try parseValue()
            var alignment = Value(constant: 1)
            if consumeComma() || (current == UInt8(ascii: ":")) {
                if current == UInt8(ascii: ":") { position += 1 }
                alignment = try parseValue()
            }
            try finish(closingBracket)
            let sizeNumber = try constant(size, "the size")
            let alignmentNumber = try constant(alignment, "the alignment")
            let id = symbol(name, definesScope: false)
            beginStatement()
            builder.defineCommon(id, size: sizeNumber, alignment: alignmentNumber, range: name.range)
            record(.ignored(text(word)), statementRange(self))
        case .intelSyntax:
            // `noprefix` is what Jitter reads anyway; `prefix` (registers as `%rax`) is not supported.
            if let option = identifier(), text(option).lowercased() == "prefix" {
                throw error("'.intel_syntax prefix' is not supported; use 'noprefix'", from: option.start, to: option.end)
            }
            try finish(closingBracket)
            dialect = .gnu
            scope.removeAll()
            beginStatement()
            record(.ignored(".intel_syntax"), statementRange(self))
        case .attSyntax:
            throw error("AT&T syntax is not supported; write Intel syntax", from: word.start, to: word.end)
        case .ignoredLine:
            position = lineEnd
            beginStatement()
            record(.ignored(text(word)), statementRange(self))
        }
    }

    private mutating func finish(_ closingBracket: Bool) throws(Diagnostic) {
        if closingBracket {
            skipSpaces()
            guard current == UInt8(ascii: "]") else { throw error("expected ']'", at: position) }
            position += 1
        }
        try expectStatementEnd()
    }

    mutating func consumeComma() -> Bool {
        skipSpaces()
        guard current == UInt8(ascii: ",") else { return false }
        position += 1
        return true
    }

    private mutating func constant(_ value: Value, _ what: String) throws(Diagnostic) -> Int64 {
        guard let number = numberNow(value) else {
            throw error("\(what) must be a number known before layout", from: Int(value.rangeStart), to: Int(value.rangeEnd))
        }
        return number
    }

    private mutating func switchSection(_ name: String, _ range: SourceRange) {
        beginStatement()
        builder.switchSection(to: name)
        record(.section(name), range)
    }

    // MARK: Data

    /// Items separated by commas: values, strings (a string alone is its bytes), `?`.
    private mutating func parseDataItems(gnuStrings: Bool) throws(Diagnostic) {
        dataItems.removeAll(keepingCapacity: true)
        stringBytes.removeAll(keepingCapacity: true)
        repeat {
            skipSpaces()
            let start = position
            if current == UInt8(ascii: "?") {
                position += 1
                dataItems.append(.uninitialized)
                continue
            }
            let quote = current
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") || quote == UInt8(ascii: "`") {
                let escapes = quote == UInt8(ascii: "`") || (quote == UInt8(ascii: "\"") && (gnuStrings || dialect == .gnu))
                let (first, count) = try parseString(escapes: escapes)
                skipSpaces()
                if atStatementEnd || current == UInt8(ascii: ",") {
                    dataItems.append(.string(first: first, count: count))
                    continue
                }
                // A string inside an expression (`'a' + 1`) is a character constant.
                stringBytes.removeLast(count)
                position = start
            }
            let value = try parseValue()
            dataItems.append(.value(value, SourceRange(start: start, end: position)))
        } while consumeComma()
    }

    private mutating func emitDataItems(size: Int) {
        for item in dataItems {
            switch item {
            case .value(let value, let range):
                builder.emitData(value, size: size, range: range)
            case .string(let first, let count):
                stringBytes.withUnsafeBufferPointer { builder.emitBytes(UnsafeBufferPointer(rebasing: $0[first..<first + count])) }
                if count % size != 0 { builder.appendZeros(size - count % size) }
            case .uninitialized:
                builder.appendZeros(size)
            }
        }
    }

    private func recordData(size: Int, range: SourceRange) {
        guard let recorder else { return }
        let items: [DataItem] = dataItems.map { item in
            switch item {
            case .value(let value, let range): .expression(recorder.expression(value, builder: builder), range)
            case .string(let first, let count): .bytes(Array(stringBytes[first..<first + count]))
            case .uninitialized: .uninitialized
            }
        }
        recorder.record(.directive(.data(size: size, items: items)), range: range, line: lineNumber)
    }

    // MARK: times, align

    /// `times N statement`: the statement (an instruction or data) repeated N times.
    private mutating func parseTimes(_ word: Token, _ closingBracket: Bool) throws(Diagnostic) {
        guard !insideRepeat else { throw error("'times' cannot repeat 'times'", from: word.start, to: word.end) }
        let count = try parseValue()
        skipSpaces()
        beginStatement()
        let mark = builder.beginRepeat()
        let recorded = recorder?.statements.count ?? 0
        insideRepeat = true
        defer { insideRepeat = false }
        do {
            try parseRepeatedStatement(closingBracket)
        } catch {
            // The `times` statement was begun: it stays, empty, so statements and records match.
            builder.endRepeat(mark, count: Value(constant: 0), range: SourceRange(start: word.start, end: position))
            if let recorder, recorder.statements.count == recorded {
                recorder.record(.directive(.ignored("times")), range: SourceRange(start: word.start, end: position), line: lineNumber)
            }
            throw error
        }
        let range = SourceRange(start: word.start, end: position)
        builder.endRepeat(mark, count: count, range: range)
        if let recorder, recorder.statements.count > recorded, let inner = recorder.statements.popLast() {
            recorder.record(.directive(.times(count: expression(count), statement: inner.kind)), range: range, line: lineNumber)
        }
    }

    private mutating func parseRepeatedStatement(_ closingBracket: Bool) throws(Diagnostic) {
        let innerStart = position
        guard let innerWord = identifier(), let found = keyword(innerWord) else {
            throw error("expected an instruction or data after 'times'", at: innerStart)
        }
        switch found.kind {
        case .mnemonic, .branchMnemonic, .prefix:
            try parseInstruction(innerWord, found)
        case .directive where DirectiveWord(rawValue: UInt8(found.payload))?.takesNASMLabel == true:
            try parseDirective(innerWord, found, closingBracket: closingBracket)
        default:
            throw error("expected an instruction or data after 'times'", from: innerWord.start, to: innerWord.end)
        }
    }

    /// `.align N[, fill[, max]]`, `.balign`, `.p2align K[, fill[, max]]`, `align N`.
    private mutating func parseAlign(_ directive: DirectiveWord, _ word: Token, _ closingBracket: Bool) throws(Diagnostic) {
        let amount = try parseValue()
        var fill: Value?
        var maxSkip: Value?
        var nopFill = false
        if consumeComma() {
            skipSpaces()
            if directive == .nasmAlign {
                // NASM names the padding as a statement: `align 8, db 0` or `align 16, nop`.
                let saved = position
                if let filler = identifier() {
                    let word = text(filler).lowercased()
                    if word == "nop" {
                        nopFill = true
                    } else if word == "db" {
                        fill = try parseValue()
                    } else {
                        position = saved
                    }
                }
                if !nopFill && fill == nil { fill = try parseValue() }
            } else {
                if current != UInt8(ascii: ",") { fill = try parseValue() }
                if consumeComma() { maxSkip = try parseValue() }
            }
        }
        try finish(closingBracket)
        let range = SourceRange(start: word.start, end: position)
        var boundary = try constant(amount, "the alignment")
        if directive == .alignPowerOfTwo {
            guard boundary >= 0, boundary < 31 else { throw error("'.p2align' takes a power of two below 31", from: word.start, to: position) }
            boundary = 1 << boundary
        }
        let fillByte = try fill.map { (value: Value) throws(Diagnostic) -> UInt8 in
            UInt8(truncatingIfNeeded: try constant(value, "the fill value"))
        }
        let skip = try maxSkip.map { (value: Value) throws(Diagnostic) -> Int64 in try constant(value, "the largest skip") }
        beginStatement()
        builder.emitAlign(boundary: boundary, fill: nopFill ? nil : fillByte, maxSkip: skip, range: range)
        record(.align(boundary: .number(boundary), fill: fillByte.map { .number(Int64($0)) }), range)
    }

    // MARK: Recording

    private func record(_ directive: Directive, _ range: SourceRange) {
        recorder?.record(.directive(directive), range: range, line: lineNumber)
    }

    private func expression(_ value: Value) -> Expression {
        recorder?.expression(value, builder: builder) ?? .number(0)
    }
}

extension DirectiveWord {
    /// Bytes per item of a data or reserve directive.
    var unitSize: Int {
        switch self {
        case .data1, .reserve1: 1
        case .data2, .reserve2: 2
        case .data4, .reserve4: 4
        case .data8, .reserve8: 8
        case .data10, .reserve10: 10
        case .data16, .reserve16: 16
        default: 1
        }
    }
}
