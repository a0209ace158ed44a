import Diagnostics
import X86Assembler

extension SourceParser {
    /// `.file "name"` (the source's name) or `.file N ["dir"] "name" [md5 0x…]` (a slot of the
    /// DWARF line table's file table; the directory and MD5 sum once DWARF 5 is in use, as in
    /// GNU as).
    mutating func parseFileDirective(start: Int) throws(Diagnostic) {
        skipSpaces()
        if current == UInt8(ascii: "\"") {
            let (first, count) = try parseString(escapes: true)
            let file = String(decoding: stringBytes[first..<first + count], as: UTF8.self)
            try expectStatementEnd()
            beginStatement()
            builder.setSourceName(file)
            return
        }
        let numberStart = position
        let value = try parseValue()
        guard let number = numberNow(value) else { throw error("expected a file number or a quoted name", from: numberStart, to: position) }
        if number == 0 { builder.requireLineTableVersion5() }
        guard number >= 0, number > 0 || builder.lineTableVersion >= 5 else {
            throw error("file number less than one", from: numberStart, to: position)
        }
        var name = try fileName()
        var directory: String?
        var md5: [UInt8]?
        if builder.lineTableVersion >= 5 {
            skipSpaces()
            if current == UInt8(ascii: "\"") {
                directory = name
                name = try fileName()
                skipSpaces()
            }
            let wordStart = position
            if let word = identifier() {
                guard text(word) == "md5" else { throw error("expected 'md5' or the end of the statement", from: wordStart, to: position) }
                md5 = try md5Sum()
            }
        }
        try expectStatementEnd()
        beginStatement()
        builder.addLineFile(number: number, directory: directory, name: name, md5: md5, range: SourceRange(start: start, end: position))
    }

    private mutating func fileName() throws(Diagnostic) -> String {
        skipSpaces()
        guard current == UInt8(ascii: "\"") else { throw error("expected the file's name as a quoted string", at: position) }
        let (first, count) = try parseString(escapes: true)
        return String(decoding: stringBytes[first..<first + count], as: UTF8.self)
    }

    /// `0x` and 32 hexadecimal digits, as 16 bytes least significant first (GNU as's order).
    private mutating func md5Sum() throws(Diagnostic) -> [UInt8] {
        skipSpaces()
        let start = position
        guard current == UInt8(ascii: "0"), peek(1) | 0x20 == UInt8(ascii: "x") else {
            throw error("expected the MD5 sum as a hexadecimal number (md5 0x…)", at: position)
        }
        position += 2
        var digits: [UInt8] = []
        while let digit = SourceParser.hexDigit(current) {
            digits.append(digit)
            position += 1
        }
        var bytes = [UInt8](repeating: 0, count: 16)
        for (index, digit) in digits.reversed().enumerated() where index < 32 {
            bytes[index / 2] |= digit << (4 * UInt8(index % 2))
        }
        // GNU as takes only a number too big for 64 bits (a "bignum") as an MD5 sum.
        guard bytes[8...].contains(where: { $0 != 0 }) else {
            throw error("md5 value too small or not a constant", from: start, to: position)
        }
        return bytes
    }

    /// `.loc FILE LINE [COLUMN] [basic_block] [prologue_end] [epilogue_begin] [is_stmt 0|1]
    /// [isa N] [discriminator N] [view NAME|0|-0]`.
    mutating func parseLocationDirective(start: Int) throws(Diagnostic) {
        skipSpaces()
        let file = try locationNumber("a file number")
        skipSpaces()
        var directive = LocationDirective(file: file, line: try locationNumber("a line number"))
        skipSpaces()
        if current &- UInt8(ascii: "0") < 10 { directive.column = try locationNumber("a column") }
        var view: Token?
        while true {
            skipSpaces()
            let wordStart = position
            guard let word = identifier() else { break }
            switch text(word) {
            case "basic_block": directive.flags |= LineFlag.basicBlock
            case "prologue_end": directive.flags |= LineFlag.prologueEnd
            case "epilogue_begin": directive.flags |= LineFlag.epilogueBegin
            case "is_stmt":
                let value = try locationNumber("0 or 1")
                guard value == 0 || value == 1 else { throw error("is_stmt value not 0 or 1", from: wordStart, to: position) }
                directive.isStatement = value == 1
            case "isa":
                let value = try locationNumber("an ISA number")
                guard value >= 0 else { throw error("isa number less than zero", from: wordStart, to: position) }
                directive.isa = value
            case "discriminator":
                let value = try locationNumber("a discriminator")
                guard value >= 0 else { throw error("discriminator less than zero", from: wordStart, to: position) }
                directive.discriminator = value
            case "view":
                skipSpaces()
                directive.hasView = true
                if current == UInt8(ascii: "-") || current &- UInt8(ascii: "0") < 10 {
                    directive.resetsView = current == UInt8(ascii: "-")
                    directive.zeroView = true
                    guard try locationNumber("a view") == 0 else {
                        throw error("numeric view can only be asserted to zero", from: wordStart, to: position)
                    }
                } else {
                    guard let name = identifier() else { throw error("expected a view's symbol, 0 or -0", at: position) }
                    view = name
                }
            default:
                throw error("unknown .loc sub-directive '\(text(word))'", from: wordStart, to: position)
            }
        }
        try expectStatementEnd()
        beginStatement()
        builder.addLocation(directive, range: SourceRange(start: start, end: position))
        // A view symbol gets the view number GNU as gives it: debugging information refers to it.
        let number = builder.takeLocationView()
        if let view {
            builder.define(symbol(view, definesScope: false), as: number, redefinable: true, range: view.range)
        }
    }

    private mutating func locationNumber(_ what: String) throws(Diagnostic) -> Int64 {
        skipSpaces()
        let start = position
        guard !atStatementEnd else { throw error("expected \(what)", at: position) }
        let value = try parseValue()
        guard let number = numberNow(value) else { throw error("expected \(what), a number known here", from: start, to: position) }
        return number
    }

    /// `.loc_mark_labels 0|1`.
    mutating func parseMarkLabels() throws(Diagnostic) {
        let value = try locationNumber("0 or 1")
        guard value == 0 || value == 1 else { throw error("expected 0 or 1", at: position) }
        try expectStatementEnd()
        beginStatement()
        builder.setMarksLabels(value == 1)
    }
}
