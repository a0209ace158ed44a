import Diagnostics
import ObjectFile
import X86Assembler

extension SourceParser {
    /// The directives that only matter to an object file: symbol bindings and types, section
    /// stacks, `.ident`, `.file` and `.loc` (the DWARF line table), LEB128 data and the `.cfi_*` rules of `.eh_frame`.
    mutating func parseObjectDirective(_ word: Token) throws(Diagnostic) {
        // What compiler output with debug information repeats most (a `.loc` per line,
        // `.uleb128` all through `.debug_info`) is told by its packed spelling (a directive's
        // word always comes packed from ``identifier()``): the switch below makes a string of the
        // name and compares it with one case after another.
        if word.high == 0, word.end - word.start <= 8 {
            switch word.low {
            case SourceParser.packedLoc:
                try parseLocationDirective(start: word.start)
                recordObjectDirective(word)
                return
            case SourceParser.packedULEB128, SourceParser.packedSLEB128:
                try parseLEB128(signed: word.low == SourceParser.packedSLEB128)
                recordObjectDirective(word)
                return
            default:
                break
            }
        }
        let name = text(word).lowercased()
        switch name {
        case ".globl", ".global", ".weak", ".local", ".hidden", ".protected", ".internal":
            let ids = try symbolList()
            try expectStatementEnd()
            beginStatement()
            for id in ids {
                switch name {
                case ".weak": builder.setBinding(id, .weak)
                case ".local": builder.setBinding(id, .local)
                case ".hidden": builder.setVisibility(id, .hidden)
                case ".protected": builder.setVisibility(id, .protected)
                case ".internal": builder.setVisibility(id, .internal)
                default: builder.setBinding(id, .global)
                }
            }
        case ".type":
            skipSpaces()
            guard let symbolName = identifier() else { throw error("expected a symbol name", at: position) }
            guard consumeComma() else { throw error("expected ',' and a type (@function, @object …)", at: position) }
            skipSpaces()
            if current == UInt8(ascii: "@") || current == UInt8(ascii: "%") || current == UInt8(ascii: "#") { position += 1 }
            var kindStart = position
            var kindName: String
            if current == UInt8(ascii: "\"") {
                let (first, count) = try parseString(escapes: true)
                kindName = String(decoding: stringBytes[first..<first + count], as: UTF8.self)
            } else {
                guard let token = identifier() else { throw error("expected a type (@function, @object …)", at: position) }
                kindStart = token.start
                kindName = text(token)
            }
            try expectStatementEnd()
            let kind: ObjectSymbol.Kind
            switch kindName.lowercased() {
            case "function", "stt_func": kind = .function
            case "object", "stt_object", "common", "stt_common": kind = .object
            case "tls_object", "stt_tls": kind = .tls
            case "notype", "stt_notype": kind = .none
            case "gnu_indirect_function", "stt_gnu_ifunc": kind = .indirectFunction
            default:
                throw error("unknown symbol type '\(kindName)'; expected @function, @object, @tls_object, @gnu_indirect_function or @notype",
                            from: kindStart, to: position)
            }
            beginStatement()
            builder.setSymbolKind(symbol(symbolName, definesScope: false), kind)
        case ".size":
            skipSpaces()
            guard let symbolName = identifier() else { throw error("expected a symbol name", at: position) }
            guard consumeComma() else { throw error("expected ',' and a size", at: position) }
            beginStatement()
            let size = try parseValue()
            try expectStatementEnd()
            builder.setSymbolSize(symbol(symbolName, definesScope: false), size)
        case ".file":
            try parseFileDirective(start: word.start)
        case ".loc_mark_labels":
            try parseMarkLabels()
        case ".ident":
            skipSpaces()
            guard current == UInt8(ascii: "\"") else { throw error("expected a string", at: position) }
            let (first, count) = try parseString(escapes: true)
            try expectStatementEnd()
            beginStatement()
            if builder.options.relocatable { builder.addIdentification(Array(stringBytes[first..<first + count])) }
        case ".symver":
            // `.symver name, name2@VERSION[, local|hidden|remove]`.
            skipSpaces()
            guard let symbolName = identifier() else { throw error("expected a symbol name", at: position) }
            guard consumeComma() else { throw error("expected ',' and a versioned name (name@VERSION)", at: position) }
            skipSpaces()
            let versionStart = position
            while !atStatementEnd, current != UInt8(ascii: ","), !isSpace(current) { position += 1 }
            let versioned = text(versionStart, position)
            guard versioned.contains("@"), !versioned.hasPrefix("@") else {
                throw error("expected a versioned name (name@VERSION)", from: versionStart, to: position)
            }
            if consumeComma() {
                skipSpaces()
                _ = identifier()
            }
            try expectStatementEnd()
            beginStatement()
            builder.addSymbolVersion(symbol(symbolName, definesScope: false), versioned)
        case ".previous":
            try expectStatementEnd()
            beginStatement()
            builder.previousSection()
        case ".pushsection":
            skipSpaces()
            beginStatement()
            builder.pushSection()
            try parseSectionSwitch(start: word.start)
        case ".popsection":
            try expectStatementEnd()
            beginStatement()
            guard builder.popSection() else { throw error("'.popsection' without '.pushsection'", from: word.start, to: word.end) }
        default:
            guard name.hasPrefix(".cfi_") else { throw error("unknown directive '\(text(word))'", from: word.start, to: word.end) }
            try parseCallFrameDirective(name, word)
        }
        recordObjectDirective(word)
    }

    /// Records the directive `word` started, through the cursor, for a listing or the REPL.
    @inline(__always)
    private mutating func recordObjectDirective(_ word: Token) {
        recorder?.record(.directive(.ignored(text(word))), range: SourceRange(start: word.start, end: position), line: lineNumber)
    }

    /// The values of `.uleb128` or `.sleb128`, through the end of the statement.
    private mutating func parseLEB128(signed: Bool) throws(Diagnostic) {
        var values: [Value] = []
        repeat {
            skipSpaces()
            values.append(try parseValue())
        } while consumeComma()
        try expectStatementEnd()
        beginStatement()
        for value in values { builder.emitLEB128(value, signed: signed) }
    }

    /// Directive names as ``identifier()`` packs them (lowercase, first byte lowest).
    static let packedLoc = packed(".loc")
    static let packedULEB128 = packed(".uleb128")
    static let packedSLEB128 = packed(".sleb128")

    private static func packed(_ name: StaticString) -> UInt64 {
        var word: UInt64 = 0
        for index in 0..<name.utf8CodeUnitCount { word |= UInt64(name.utf8Start[index]) << (UInt64(index) * 8) }
        return word
    }

    /// `.section name[, "flags"[, @type[, entsize][, group, comdat]]]`, the name already
    /// consumed from `start`…: reads the rest and switches.
    mutating func parseSectionSwitch(start: Int) throws(Diagnostic) {
        skipSpaces()
        let nameStart = position
        var sectionName: String
        if current == UInt8(ascii: "\"") {
            let (first, count) = try parseString(escapes: true)
            sectionName = String(decoding: stringBytes[first..<first + count], as: UTF8.self)
        } else {
            while !atStatementEnd, !isSpace(current), current != UInt8(ascii: ","), current != UInt8(ascii: "]") { position += 1 }
            sectionName = text(nameStart, position)
        }
        guard !sectionName.isEmpty else { throw error("expected a section name", at: nameStart) }
        let attributes = try parseSectionAttributes(name: sectionName)
        // NASM's attributes (`align=16`, `exec`) change nothing here.
        while !atStatementEnd, current != UInt8(ascii: "]") { position += 1 }
        builder.switchSection(to: sectionName, attributes: attributes)
    }

    /// The flags, type and entry size after a section's name; nil when none are written.
    mutating func parseSectionAttributes(name: String) throws(Diagnostic) -> SectionAttributes? {
        skipSpaces()
        guard current == UInt8(ascii: ",") else { return nil }
        position += 1
        skipSpaces()
        guard current == UInt8(ascii: "\"") else {
            // NASM's `section .data align=8` has no comma; a comma then something else is GNU's
            // `#alloc` form, which Jitter does not read.
            throw error("expected the section's flags as a string (\"ax\", \"aw\", \"aMS\" …)", at: position)
        }
        let flagsStart = position
        let (first, count) = try parseString(escapes: false)
        var attributes = SectionAttributes.defaults(for: name)
        attributes.flags = 0
        attributes.entrySize = 0
        var grouped = false
        typealias F = ELF.SectionFlag
        for byte in stringBytes[first..<first + count] {
            switch byte {
            case UInt8(ascii: "a"): attributes.flags |= F.alloc
            case UInt8(ascii: "w"): attributes.flags |= F.write
            case UInt8(ascii: "x"): attributes.flags |= F.execute
            case UInt8(ascii: "M"): attributes.flags |= F.merge
            case UInt8(ascii: "S"): attributes.flags |= F.strings
            case UInt8(ascii: "T"): attributes.flags |= F.tls
            case UInt8(ascii: "G"): grouped = true
            case UInt8(ascii: "e"): attributes.flags |= F.exclude
            case UInt8(ascii: "o"): attributes.flags |= F.linkOrder
            case UInt8(ascii: "R"): attributes.flags |= 0x20_0000
            case UInt8(ascii: "d"), UInt8(ascii: "?"): break
            default:
                throw error("unknown section flag '\(String(decoding: [byte], as: UTF8.self))'", from: flagsStart, to: position)
            }
        }
        if consumeComma() {
            skipSpaces()
            if current == UInt8(ascii: "@") || current == UInt8(ascii: "%") { position += 1 }
            let typeStart = position
            guard let typeName = identifier() else { throw error("expected a section type (@progbits, @nobits …)", at: position) }
            switch text(typeName).lowercased() {
            case "progbits": attributes.type = ELF.SectionType.progbits
            case "nobits": attributes.type = ELF.SectionType.nobits
            case "note": attributes.type = ELF.SectionType.note
            case "init_array": attributes.type = ELF.SectionType.initArray
            case "fini_array": attributes.type = ELF.SectionType.finiArray
            case "preinit_array": attributes.type = ELF.SectionType.preinitArray
            case "unwind": attributes.type = ELF.SectionType.x86_64Unwind
            default:
                throw error("unknown section type '\(text(typeName))'", from: typeStart, to: position)
            }
            if attributes.flags & F.merge != 0 {
                guard consumeComma() else { throw error("a mergeable section ('M') needs its entry size", at: position) }
                let sizeStart = position
                let size = try parseValue()
                guard let number = numberNow(size), number > 0 else {
                    throw error("the entry size must be a positive number", from: sizeStart, to: position)
                }
                attributes.entrySize = UInt64(number)
            }
            if grouped {
                guard consumeComma() else { throw error("a group section ('G') needs its group's name", at: position) }
                skipSpaces()
                guard let group = identifier() else { throw error("expected the group's name", at: position) }
                attributes.group = text(group)
                if consumeComma() {
                    skipSpaces()
                    _ = identifier()
                }
            }
        } else if attributes.flags & F.merge != 0 || grouped {
            throw error("expected ',' and the section type (@progbits)", at: position)
        }
        let arrays = [ELF.SectionType.initArray, ELF.SectionType.finiArray, ELF.SectionType.preinitArray]
        if arrays.contains(attributes.type), attributes.entrySize == 0 { attributes.entrySize = 8 }
        return attributes
    }

    private mutating func symbolList() throws(Diagnostic) -> [SymbolID] {
        var ids: [SymbolID] = []
        repeat {
            skipSpaces()
            guard let name = identifier() else { throw error("expected a symbol name", at: position) }
            ids.append(symbol(name, definesScope: false))
        } while consumeComma()
        return ids
    }

    // MARK: Call frames

    private mutating func parseCallFrameDirective(_ name: String, _ word: Token) throws(Diagnostic) {
        let start = word.start
        skipSpaces()
        let relocatable = builder.options.relocatable
        func range(_ end: Int) -> SourceRange { SourceRange(start: start, end: end) }
        switch name {
        case ".cfi_startproc":
            var simple = false
            if let option = identifier() {
                guard text(option).lowercased() == "simple" else {
                    throw error("expected 'simple' or nothing", from: option.start, to: option.end)
                }
                simple = true
            }
            try expectStatementEnd()
            beginStatement()
            if relocatable { builder.startCallFrame(simple: simple, range: range(position)) }
        case ".cfi_endproc":
            try expectStatementEnd()
            beginStatement()
            if relocatable { builder.endCallFrame(range: range(position)) }
        case ".cfi_def_cfa", ".cfi_offset", ".cfi_rel_offset":
            let register = try frameRegister()
            guard consumeComma() else { throw error("expected ',' and an offset", at: position) }
            let offset = try frameNumber()
            try expectStatementEnd()
            beginStatement()
            guard relocatable else { return }
            switch name {
            case ".cfi_def_cfa": builder.addCallFrameRule(.defineCFA(register: register, offset: offset), range: range(position))
            case ".cfi_offset": builder.addCallFrameRule(.offset(register: register, offset: offset), range: range(position))
            default: builder.addRelativeOffsetRule(register: register, offset: offset, range: range(position))
            }
        case ".cfi_def_cfa_offset", ".cfi_adjust_cfa_offset":
            let offset = try frameNumber()
            try expectStatementEnd()
            beginStatement()
            guard relocatable else { return }
            if name == ".cfi_def_cfa_offset" {
                builder.addCallFrameRule(.defineCFAOffset(offset), range: range(position))
            } else {
                builder.adjustCallFrameOffset(by: offset, range: range(position))
            }
        case ".cfi_def_cfa_register", ".cfi_restore", ".cfi_undefined", ".cfi_same_value":
            let register = try frameRegister()
            try expectStatementEnd()
            beginStatement()
            guard relocatable else { return }
            let rule: CallFrameInstruction = switch name {
            case ".cfi_def_cfa_register": .defineCFARegister(register)
            case ".cfi_restore": .restore(register)
            case ".cfi_undefined": .undefined(register)
            default: .sameValue(register)
            }
            builder.addCallFrameRule(rule, range: range(position))
        case ".cfi_register":
            let first = try frameRegister()
            guard consumeComma() else { throw error("expected ',' and a register", at: position) }
            let second = try frameRegister()
            try expectStatementEnd()
            beginStatement()
            if relocatable { builder.addCallFrameRule(.register(first, second), range: range(position)) }
        case ".cfi_remember_state", ".cfi_restore_state":
            try expectStatementEnd()
            beginStatement()
            if relocatable {
                builder.addCallFrameRule(name == ".cfi_remember_state" ? .rememberState : .restoreState, range: range(position))
            }
        case ".cfi_signal_frame":
            try expectStatementEnd()
            beginStatement()
            if relocatable { builder.markSignalFrame() }
        case ".cfi_escape":
            var bytes: [UInt8] = []
            repeat {
                let number = try frameNumber()
                bytes.append(UInt8(truncatingIfNeeded: number))
            } while consumeComma()
            try expectStatementEnd()
            beginStatement()
            if relocatable { builder.addCallFrameRule(.escape(bytes), range: range(position)) }
        case ".cfi_personality", ".cfi_lsda":
            let encoding = try frameNumber()
            var value: Value?
            if encoding != 0xFF {
                guard consumeComma() else { throw error("expected ',' and a symbol", at: position) }
                skipSpaces()
                value = try parseValue()
            }
            try expectStatementEnd()
            beginStatement()
            if relocatable {
                builder.setCallFramePointer(personality: name == ".cfi_personality", encoding: UInt8(truncatingIfNeeded: encoding),
                                            value: value, range: range(position))
            }
        default:
            throw error("unknown directive '\(text(word))'", from: word.start, to: word.end)
        }
    }

    private mutating func frameNumber() throws(Diagnostic) -> Int64 {
        skipSpaces()
        let start = position
        let value = try parseValue()
        guard let number = numberNow(value) else { throw error("expected a number", from: start, to: position) }
        return number
    }

    /// A register by DWARF number or by name (`rbp`, `%rbp`).
    private mutating func frameRegister() throws(Diagnostic) -> UInt64 {
        skipSpaces()
        if current == UInt8(ascii: "%") { position += 1 }
        let start = position
        if let token = identifier() {
            let names = ["rax", "rdx", "rcx", "rbx", "rsi", "rdi", "rbp", "rsp", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rip"]
            let word = text(token).lowercased()
            if let index = names.firstIndex(of: word) { return UInt64(index) }
            if word.hasPrefix("xmm"), let number = Int(word.dropFirst(3)), number < 16 { return UInt64(17 + number) }
            throw error("expected a register (a DWARF number, or rax … r15, rip, xmm0 … xmm15)", from: start, to: position)
        }
        let number = try frameNumber()
        guard number >= 0 else { throw error("a register number cannot be negative", from: start, to: position) }
        return UInt64(number)
    }
}
