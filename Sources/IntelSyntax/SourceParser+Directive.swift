import Diagnostics
import X86
import X86Assembler

/// One item of a data directive, as read.
enum DataItemValue {
    case value(Value, SourceRange)
    /// `stringBytes[first..<first + count]`.
    case string(first: Int, count: Int)
    /// A floating-point constant, already encoded: `stringBytes[first..<first + count]`.
    case float(first: Int, count: Int)
    /// `?`.
    case uninitialized
}

extension SourceParser {
    /// A directive starting with `word`, through the end of the line.
    mutating func parseDirective(_ word: Token, _ found: Keyword, closingBracket: Bool) throws(Diagnostic) {
        guard let directive = DirectiveWord(rawValue: UInt8(found.payload)) else { return }
        skipSpaces()
        // Given the end, not the parser: a closure taking the parser was handed a copy of it
        // (1.8 KB) at every directive.
        let statementRange = { (end: Int) in SourceRange(start: word.start, end: end) }
        switch directive {
        case .data1, .data2, .data4, .data8, .data10, .data16, .float4, .float8, .float10:
            let size = directive.unitSize
            try parseDataItems(
                gnuStrings: text(word).hasPrefix("."), size: size, onlyFloats: directive.holdsOnlyFloats, word: word)
            try finish(closingBracket)
            beginStatement()
            emitDataItems(size: size)
            recordData(size: size, range: statementRange(position))
        case .reserve1, .reserve2, .reserve4, .reserve8, .reserve10, .reserve16:
            let count = try parseValue()
            try finish(closingBracket)
            beginStatement()
            builder.emitReserve(unitSize: directive.unitSize, count: count, fill: 0, range: statementRange(position))
            record(.reserve(size: directive.unitSize, count: expression(count), fill: nil), statementRange(position))
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
            recordData(size: 1, range: statementRange(position))
        case .includeBinary:
            try parseIncludeBinary(word, closingBracket)
        case .zero:
            let count = try parseValue()
            var fill = Value(constant: 0)
            if consumeComma() { fill = try parseValue() }
            try finish(closingBracket)
            let fillByte = try constant(fill, "the fill value")
            beginStatement()
            builder.emitReserve(unitSize: 1, count: count, fill: UInt8(truncatingIfNeeded: fillByte), range: statementRange(position))
            record(.reserve(size: 1, count: expression(count), fill: .number(fillByte)), statementRange(position))
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
            builder.emitFill(count: count, size: min(sizeNumber, 8), value: fillNumber, range: statementRange(position))
            record(.fill(count: expression(count), size: .number(sizeNumber), value: .number(fillNumber)), statementRange(position))
        case .nops:
            try parseNops(word, closingBracket)
        case .times:
            try parseTimes(word, closingBracket)
        case .alignBytes, .alignPowerOfTwo, .nasmAlign:
            try parseAlign(directive, word, closingBracket)
        case .section:
            beginStatement()
            try parseSectionSwitch(start: word.start)
            try finish(closingBracket)
            record(.section(builder.currentSectionName), statementRange(position))
        case .text, .data, .bss, .rodata:
            // GNU's subsection number (`.data 1`) is accepted and ignored.
            while !atStatementEnd, current != UInt8(ascii: "]") { position += 1 }
            try finish(closingBracket)
            switchSection(directive == .text ? ".text" : directive == .data ? ".data" : directive == .bss ? ".bss" : ".rodata",
                          statementRange(position))
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
            for id in ids { builder.setBinding(id, .global) }
            if directive == .external {
                for id in ids { builder.declareExternal(id) }
                record(.external(ids.map { builder.symbols.name(of: $0) }), statementRange(position))
            } else {
                record(.global(ids.map { builder.symbols.name(of: $0) }), statementRange(position))
            }
        case .bits, .code16, .code32, .code64:
            let mode: CodeMode
            if directive == .bits {
                let valueStart = position
                let value = try parseValue()
                guard let bits = numberNow(value), let chosen = CodeMode(bits: bits) else {
                    throw error("'bits' takes 16, 32 or 64", from: valueStart, to: position)
                }
                mode = chosen
            } else {
                mode = directive == .code16 ? .bits16 : directive == .code32 ? .bits32 : .bits64
            }
            try finish(closingBracket)
            if mode != .bits64, builder.options.requires64BitCode {
                throw error("16- and 32-bit code is assembled ('jitter asm', 'jitter encode'), not run: this runs 64-bit code",
                            from: word.start, to: position)
            }
            beginStatement()
            builder.setCodeMode(mode, nasmOrder: !text(word).hasPrefix("."))
            legacyMode = mode != .bits64
            record(.codeMode(mode), statementRange(position))
        case .defaultMode:
            guard let mode = identifier(), let found = keyword(mode), found.kind == .rel || found.kind == .abs else {
                throw error("expected 'rel' or 'abs'", at: position)
            }
            try finish(closingBracket)
            defaultRelative = found.kind == .rel
            beginStatement()
            record(.defaultRelative(defaultRelative), statementRange(position))
        case .org:
            let valueStart = position
            let value = try parseValue()
            try finish(closingBracket)
            guard let origin = numberNow(value) else {
                throw error("the origin must be a number", from: valueStart, to: position)
            }
            beginStatement()
            builder.setOrigin(UInt64(bitPattern: origin), range: statementRange(position))
            record(.ignored("org"), statementRange(position))
        case .set, .equ:
            skipSpaces()
            guard let name = identifier() else { throw error("expected a symbol name", at: position) }
            guard consumeComma() else { throw error("expected ',' after the symbol name", at: position) }
            let value = try parseValue()
            try finish(closingBracket)
            let id = symbol(name, definesScope: false)
            beginStatement()
            builder.define(id, as: value, redefinable: directive == .set, range: name.range)
            recordDefinition(id, value, range: statementRange(position))
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
            var alignmentGiven = false
            if consumeComma() || (current == UInt8(ascii: ":")) {
                if current == UInt8(ascii: ":") { position += 1 }
                alignment = try parseValue()
                alignmentGiven = true
            }
            try finish(closingBracket)
            let sizeNumber = try constant(size, "the size")
            var alignmentNumber = try constant(alignment, "the alignment")
            let id = symbol(name, definesScope: false)
            beginStatement()
            if builder.options.relocatable, directive == .common, !builder.isDeclaredLocal(id) {
                builder.defineCommonSymbol(id, size: sizeNumber, alignment: alignmentNumber, range: name.range)
            } else if builder.options.relocatable {
                // GNU as aligns `.lcomm` storage by its size (up to 8) unless told otherwise.
                if directive == .localCommon, !alignmentGiven {
                    alignmentNumber = sizeNumber >= 8 ? 8 : sizeNumber >= 4 ? 4 : sizeNumber >= 2 ? 2 : 1
                }
                builder.deferLocalCommon(id, size: sizeNumber, alignment: alignmentNumber, range: name.range)
            } else {
                builder.defineCommon(id, size: sizeNumber, alignment: alignmentNumber, range: name.range)
            }
            record(.ignored(text(word)), statementRange(position))
        case .intelSyntax:
            // `noprefix` is what Jitter reads anyway; `prefix` (registers as `%rax`) is not supported.
            if let option = identifier(), text(option).lowercased() == "prefix" {
                throw error("'.intel_syntax prefix' is not supported; use 'noprefix'", from: option.start, to: option.end)
            }
            try finish(closingBracket)
            dialect = .gnu
            scope.removeAll()
            beginStatement()
            record(.ignored(".intel_syntax"), statementRange(position))
        case .attSyntax:
            throw error("AT&T syntax is not supported; write Intel syntax", from: word.start, to: word.end)
        case .objectFile:
            guard !closingBracket else {
                throw error("'\(text(word))' has no bracketed form", from: word.start, to: word.end)
            }
            try parseObjectDirective(word)
        case .ignoredLine:
            position = lineEnd
            beginStatement()
            record(.ignored(text(word)), statementRange(position))
        }
    }

    mutating func finish(_ closingBracket: Bool) throws(Diagnostic) {
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

    mutating func constant(_ value: Value, _ what: String) throws(Diagnostic) -> Int64 {
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

    /// Items separated by commas: values, strings (a string alone is its bytes), `?`, and
    /// floating-point constants (`1.5`, `-2.5e10`, `0x1.8p1`, `__Infinity__`) encoded in the
    /// item's size. With `onlyFloats` (GNU's `.float`, `.double`) every item is a float, `1` too.
    private mutating func parseDataItems(gnuStrings: Bool, size: Int, onlyFloats: Bool, word: Token) throws(Diagnostic) {
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
            if let item = try parseFloatItem(size: size, gnu: onlyFloats, word: word) {
                dataItems.append(item)
                continue
            }
            if onlyFloats { throw error("expected a floating-point number", at: start) }
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

    mutating func emitDataItems(size: Int) {
        for item in dataItems {
            switch item {
            case .value(let value, let range):
                builder.emitData(value, size: size, range: range)
            case .string(let first, let count), .float(let first, let count):
                stringBytes.withUnsafeBufferPointer { builder.emitBytes(UnsafeBufferPointer(rebasing: $0[first..<first + count])) }
                if count % size != 0 { builder.appendZeros(size - count % size) }
            case .uninitialized:
                builder.appendZeros(size)
            }
        }
    }

    /// Mutating, as ``record(_:_:)`` is, though neither changes anything: called from a mutating
    /// method, a non-mutating one was handed a copy of the whole parser (1.8 KB) at every data
    /// directive, inlined or not, to find there was no recorder.
    @inline(__always)
    mutating func recordData(size: Int, range: SourceRange) {
        guard let recorder else { return }
        recordData(size: size, range: range, in: recorder)
    }

    private func recordData(size: Int, range: SourceRange, in recorder: StatementRecorder) {
        let items: [DataItem] = dataItems.map { item in
            switch item {
            case .value(let value, let range): .expression(recorder.expression(value, builder: builder), range)
            case .string(let first, let count), .float(let first, let count): .bytes(Array(stringBytes[first..<first + count]))
            case .uninitialized: .uninitialized
            }
        }
        recorder.record(.directive(.data(size: size, items: items)), range: range, line: lineNumber)
    }

    // MARK: Floating-point data

    /// A floating-point item at the cursor, encoded for `size`-byte items (`dw` half precision,
    /// `dd` single, `dq` double, `dt` x87 extended, `do` quadruple); nil (cursor unmoved) when the
    /// item is something else. `gnu` reads integers as floats too, and GNU's `inf`, `nan`, `0f1.5`.
    private mutating func parseFloatItem(size: Int, gnu: Bool, word: Token) throws(Diagnostic) -> DataItemValue? {
        let start = position
        if let conversion = try parseFloatConversion() {
            try expectFloatItemEnd()
            return .value(conversion, SourceRange(start: start, end: position))
        }
        guard let literal = try parseFloatLiteral(gnu: gnu) else { return nil }
        let end = position
        try expectFloatItemEnd()
        guard let format = FloatFormat.ofSize(size) else {
            throw error(
                "'\(text(word))' cannot hold a floating-point constant; use dd (single), dq (double) or dt (x87 extended)",
                from: start, to: end)
        }
        guard let bytes = literal.encode(as: format) else {
            throw error("'\(text(start, end))' is too large for \(format.name)", from: start, to: end)
        }
        let first = stringBytes.count
        stringBytes.append(contentsOf: bytes)
        return .float(first: first, count: bytes.count)
    }

    /// NASM's `__float32__(1.5)` (also `__float16__`, `__float64__`): the encoding as an integer.
    private mutating func parseFloatConversion() throws(Diagnostic) -> Value? {
        guard current == UInt8(ascii: "_"), peek(1) == UInt8(ascii: "_") else { return nil }
        let start = position
        guard let name = identifier() else { return nil }
        let format: FloatFormat
        switch text(name).lowercased() {
        case "__float16__", "__?float16?__": format = .half
        case "__float32__", "__?float32?__": format = .single
        case "__float64__", "__?float64?__": format = .double
        default:
            position = start
            return nil
        }
        skipSpaces()
        guard current == UInt8(ascii: "(") else { throw error("expected '(' after '\(text(name))'", at: position) }
        position += 1
        skipSpaces()
        let innerStart = position
        guard let literal = try parseFloatLiteral(gnu: false) else {
            throw error("expected a floating-point number", at: position)
        }
        let innerEnd = position
        skipSpaces()
        guard current == UInt8(ascii: ")") else { throw error("expected ')'", at: position) }
        position += 1
        guard let bytes = literal.encode(as: format) else {
            throw error("'\(text(innerStart, innerEnd))' is too large for \(format.name)", from: innerStart, to: innerEnd)
        }
        var bits: UInt64 = 0
        for (index, byte) in bytes.enumerated() { bits |= UInt64(byte) << (8 * UInt64(index)) }
        return Value(constant: Int64(bitPattern: bits))
    }

    /// A float is a whole item: NASM and GNU as evaluate no expressions on floats.
    private mutating func expectFloatItemEnd() throws(Diagnostic) {
        skipSpaces()
        guard atStatementEnd || current == UInt8(ascii: ",") || current == UInt8(ascii: "]") else {
            throw error("a floating-point constant cannot be part of an expression", at: position)
        }
    }

    /// Signs, then a floating-point number or special value; nil (cursor unmoved) when there is none.
    private mutating func parseFloatLiteral(gnu: Bool) throws(Diagnostic) -> FloatLiteral? {
        let start = position
        var negative = false
        skipSigns(&negative)
        // gas marks a float with `0f`, `0d` or `0e` (as in `.double 0d1.5`); a sign may follow.
        if gnu, current == UInt8(ascii: "0"), [UInt8(ascii: "f"), UInt8(ascii: "d"), UInt8(ascii: "e")].contains(peek(1) | 0x20) {
            let after = peek(2)
            if ByteClass.isDigit(after) || after == UInt8(ascii: ".") || after == UInt8(ascii: "-") || after == UInt8(ascii: "+") {
                position += 2
                skipSigns(&negative)
            }
        }
        let startsNumber = ByteClass.isDigit(current) || (gnu && current == UInt8(ascii: ".") && ByteClass.isDigit(peek(1)))
        if !startsNumber, isIdentifierStart(current), let name = identifier() {
            let kind: FloatLiteral.Kind? = switch text(name).lowercased() {
            case "__infinity__", "__?infinity?__": .infinity
            case "__qnan__", "__?qnan?__", "__nan__", "__?nan?__": .quietNaN
            case "__snan__", "__?snan?__": .signalingNaN
            case "inf", "infinity": gnu ? .infinity : nil
            case "nan": gnu ? .allOnesNaN : nil
            default: nil
            }
            if let kind { return FloatLiteral(negative: negative, kind: kind) }
        }
        guard startsNumber, var literal = scanFloatNumber(integersAreFloats: gnu) else {
            position = start
            return nil
        }
        literal.negative = negative
        return literal
    }

    private mutating func skipSigns(_ negative: inout Bool) {
        while true {
            skipSpaces()
            if current == UInt8(ascii: "-") {
                negative.toggle()
            } else if current != UInt8(ascii: "+") {
                return
            }
            position += 1
        }
    }

    /// `1.5`, `1e10`, `2.5E-3`, `1_000.5`, `0x1.8p1` (and any decimal integer when
    /// `integersAreFloats`) at the cursor; nil (cursor unmoved) when the number is not a float,
    /// or is followed by letters that make it something else (`1eh` is hexadecimal 0x1e).
    private mutating func scanFloatNumber(integersAreFloats: Bool) -> FloatLiteral? {
        let end = lineEnd
        var cursor = position
        func byte(_ offset: Int) -> UInt8 { offset < end ? base[offset] : 0 }
        let hexadecimal = byte(cursor) == UInt8(ascii: "0") && byte(cursor + 1) | 0x20 == UInt8(ascii: "x")
        if hexadecimal { cursor += 2 }
        let radix: UInt8 = hexadecimal ? 16 : 10
        var digits: [UInt8] = []
        var fractionDigits = 0
        var sawPoint = false
        var sawDigit = false
        var isFloat = integersAreFloats && !hexadecimal
        while cursor < end {
            let b = base[cursor]
            if b == UInt8(ascii: "_") {
                cursor += 1
                continue
            }
            if b == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
                isFloat = true
                cursor += 1
                continue
            }
            guard let digit = SourceParser.digitValue(b), digit < radix else { break }
            if !(digits.isEmpty && digit == 0) { digits.append(digit) }
            if sawPoint { fractionDigits += 1 }
            sawDigit = true
            cursor += 1
        }
        guard sawDigit else { return nil }
        var exponent = 0
        let marker = byte(cursor) | 0x20
        if marker == (hexadecimal ? UInt8(ascii: "p") : UInt8(ascii: "e")) {
            var next = cursor + 1
            var negativeExponent = false
            if byte(next) == UInt8(ascii: "+") || byte(next) == UInt8(ascii: "-") {
                negativeExponent = byte(next) == UInt8(ascii: "-")
                next += 1
            }
            if ByteClass.isDigit(byte(next)) {
                while ByteClass.isDigit(byte(next)) {
                    // Far beyond every format's range; the value is then infinite or zero anyway.
                    exponent = min(exponent * 10 + Int(byte(next) - 48), 1_000_000)
                    next += 1
                }
                if negativeExponent { exponent = -exponent }
                cursor = next
                isFloat = true
            }
        }
        guard isFloat, !isIdentifierByte(byte(cursor)) else { return nil }
        position = cursor
        // Leading zeros were dropped; trailing fraction digits still count in the exponent.
        let scale = hexadecimal ? exponent - 4 * fractionDigits : exponent - fractionDigits
        return FloatLiteral(digits: digits, radix: Int(radix), exponent: scale)
    }

    private static func digitValue(_ byte: UInt8) -> UInt8? {
        // Digits tested on the byte itself: `| 0x20` would turn control bytes 0x10…0x19 into digits.
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): (byte | 0x20) - 87
        default: nil
        }
    }

    // MARK: times, align

    /// GNU's `.nops SIZE[, LIMIT]`: SIZE bytes of NOPs, none longer than LIMIT bytes (0 or none:
    /// the longest, 11), laid out as GNU as pads code (a jump over them past seven of the longest).
    /// Both are numbers known here, as GNU as requires; a negative SIZE gives nothing, as there.
    private mutating func parseNops(_ word: Token, _ closingBracket: Bool) throws(Diagnostic) {
        let sizeStart = position
        let size = try parseValue()
        let sizeEnd = position
        var limit = Value(constant: 0)
        var limitStart = position
        if consumeComma() {
            limitStart = position
            limit = try parseValue()
        }
        let limitEnd = position
        try finish(closingBracket)
        let count = try constant(size, "the size of '.nops'")
        let longest = try constant(limit, "the longest NOP of '.nops'")
        guard longest >= 0, longest <= 11 else {
            throw error("a single NOP is 1 to 11 bytes long (0: the longest); this is \(longest)", from: limitStart, to: limitEnd)
        }
        guard count <= SourceParser.longestNops else {
            throw error("'.nops' of \(count) bytes is more than \(SourceParser.longestNops) bytes", from: sizeStart, to: sizeEnd)
        }
        beginStatement()
        let bytes = count > 0 ? Nops.gnuPadding(Int(count), longest: longest == 0 ? 11 : Int(longest)) : []
        builder.emitBytes(bytes)
        record(.data(size: 1, items: [.bytes(bytes)]), SourceRange(start: word.start, end: position))
    }

    /// The most bytes one `.nops` makes: a bound against a typo's gigabytes.
    static let longestNops: Int64 = 1 << 24

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

    @inline(__always)
    private mutating func record(_ directive: Directive, _ range: SourceRange) {
        recorder?.record(.directive(directive), range: range, line: lineNumber)
    }

    private func expression(_ value: Value) -> AssemblyExpression {
        recorder?.expression(value, builder: builder) ?? .number(0)
    }
}

extension DirectiveWord {
    /// Bytes per item of a data or reserve directive.
    var unitSize: Int {
        switch self {
        case .data1, .reserve1: 1
        case .data2, .reserve2: 2
        case .data4, .reserve4, .float4: 4
        case .data8, .reserve8, .float8: 8
        case .data10, .reserve10, .float10: 10
        case .data16, .reserve16: 16
        default: 1
        }
    }

    /// True for GNU's float directives, whose items are all floating-point numbers.
    var holdsOnlyFloats: Bool { self == .float4 || self == .float8 || self == .float10 }
}
