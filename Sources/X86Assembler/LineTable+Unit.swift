import ObjectFile

/// DWARF attribute, form and tag numbers the unit below uses (DWARF 5, section 7.5).
private enum DW {
    static let tagCompileUnit: UInt64 = 0x11
    static let tagSubprogram: UInt64 = 0x2E
    static let tagUnspecifiedType: UInt64 = 0x3B
    static let name: UInt64 = 0x03
    static let stmtList: UInt64 = 0x10
    static let lowPC: UInt64 = 0x11
    static let highPC: UInt64 = 0x12
    static let language: UInt64 = 0x13
    static let compDir: UInt64 = 0x1B
    static let producer: UInt64 = 0x25
    static let external: UInt64 = 0x3F
    static let type: UInt64 = 0x49
    static let ranges: UInt64 = 0x55
    static let formAddr: UInt64 = 0x01
    static let formData2: UInt64 = 0x05
    static let formData4: UInt64 = 0x06
    static let formFlag: UInt64 = 0x0C
    static let formStrp: UInt64 = 0x0E
    static let formUdata: UInt64 = 0x0F
    static let formRefUdata: UInt64 = 0x15
    static let formSecOffset: UInt64 = 0x17
    static let formFlagPresent: UInt64 = 0x19
    /// GNU as's language for assembly: there is no standard code, so MIPS's.
    static let languageMipsAssembler: UInt16 = 0x8001
}

/// A function the unit describes: a defined `@function` symbol with a `.size`.
private struct DescribedFunction {
    var id: SymbolID
    var name: String
    var section: Int
    var offset: Int64
    var size: Int64
    var external: Bool
}

extension ProgramBuilder {
    /// The producer named in `DW_AT_producer` (GNU as writes `GNU AS` and its version).
    static let debugProducer = "Jitter"

    /// What GNU as adds when the source has `.loc` rows but no debugging information of its
    /// own (hand-written assembly): a compilation unit in `.debug_info` naming the line table,
    /// the code's address ranges (`.debug_aranges`, and `.debug_ranges` or `.debug_rnglists`
    /// when the code is in several sections), a subprogram per sized function, and their
    /// strings in `.debug_str`. `lineIndex` is the section of `.debug_line`; new sections are
    /// numbered from `firstIndex`.
    mutating func makeDebugUnit(lineIndex: Int, firstIndex: Int) -> [ObjectSection] {
        let lines = object.lines
        let version = lines.version
        var made: [ObjectSection] = []
        var nextIndex = firstIndex
        func index(of name: String) -> Int {
            if let existing = sections.firstIndex(where: { $0.name == name }) { return existing }
            defer { nextIndex += 1 }
            return nextIndex
        }
        let info = index(of: ".debug_info")
        let abbrev = index(of: ".debug_abbrev")
        let aranges = index(of: ".debug_aranges")
        let strings = index(of: ".debug_str")
        let codeSections = lines.sectionOrder.map(Int.init)
        let sizes = codeSections.map { Int64(sections[$0].bytes.count) }
        let ranges = codeSections.count > 1 ? index(of: version < 5 ? ".debug_ranges" : ".debug_rnglists") : nil

        var relocations: [Int: [PendingRelocation]] = [:]
        func address(_ out: inout ByteSink, in section: Int, _ target: PendingRelocation.Target, _ addend: Int64) {
            relocations[section, default: []].append(PendingRelocation(
                offset: Int64(out.bytes.count), type: ELF.RelocationType.r64, target: target, addend: addend))
            out.u32(0)
            out.u32(0)
        }
        func offset(_ out: inout ByteSink, in section: Int, to target: Int, _ addend: Int64) {
            relocations[section, default: []].append(PendingRelocation(
                offset: Int64(out.bytes.count), type: ELF.RelocationType.r32, target: .section(Int32(target)), addend: addend))
            out.u32(0)
        }

        // Ranges: where each code section's rows are, start to end.
        var rangesBytes = ByteSink()
        var rangesStart: Int64 = 0
        if let ranges {
            if version < 5 {
                rangesBytes.bytes += [UInt8](repeating: 0xFF, count: 8) + [UInt8](repeating: 0, count: 8)
                for (section, size) in zip(codeSections, sizes) {
                    address(&rangesBytes, in: ranges, .section(Int32(section)), 0)
                    address(&rangesBytes, in: ranges, .section(Int32(section)), size)
                }
                rangesBytes.bytes += [UInt8](repeating: 0, count: 16)
            } else {
                rangesBytes.u32(0)
                rangesBytes.u16(5)
                rangesBytes.u8(8)
                rangesBytes.u8(0)
                rangesBytes.u32(0)
                rangesStart = Int64(rangesBytes.bytes.count)
                for (section, size) in zip(codeSections, sizes) {
                    rangesBytes.u8(7)
                    address(&rangesBytes, in: ranges, .section(Int32(section)), 0)
                    rangesBytes.uleb(UInt64(size))
                }
                rangesBytes.u8(0)
                rangesBytes.patch32(at: 0, UInt32(rangesBytes.bytes.count - 4))
            }
        }

        var arangesBytes = ByteSink()
        arangesBytes.u32(0)
        arangesBytes.u16(2)
        offset(&arangesBytes, in: aranges, to: info, 0)
        arangesBytes.u8(8)
        arangesBytes.u8(0)
        while arangesBytes.bytes.count % 16 != 0 { arangesBytes.u8(0) }
        for (section, size) in zip(codeSections, sizes) {
            address(&arangesBytes, in: aranges, .section(Int32(section)), 0)
            arangesBytes.u32(UInt32(truncatingIfNeeded: size))
            arangesBytes.u32(UInt32(truncatingIfNeeded: size >> 32))
        }
        arangesBytes.bytes += [UInt8](repeating: 0, count: 16)
        arangesBytes.patch32(at: 0, UInt32(arangesBytes.bytes.count - 4))

        let functions = describedFunctions()
        let hasExternal = functions.contains { $0.external }
        let hasLocal = functions.contains { !$0.external }
        var abbrevBytes = ByteSink()
        let sectionOffsetForm = version < 4 ? DW.formData4 : DW.formSecOffset
        let single = codeSections.count == 1
        abbrevBytes.uleb(1)
        abbrevBytes.uleb(DW.tagCompileUnit)
        abbrevBytes.u8(functions.isEmpty ? 0 : 1)
        var pairs: [(UInt64, UInt64)] = [(DW.stmtList, sectionOffsetForm)]
        if single {
            pairs += [(DW.lowPC, DW.formAddr), (DW.highPC, version < 4 ? DW.formAddr : DW.formUdata)]
        } else {
            pairs.append((DW.ranges, sectionOffsetForm))
        }
        pairs += [(DW.name, DW.formStrp), (DW.compDir, DW.formStrp), (DW.producer, DW.formStrp), (DW.language, DW.formData2), (0, 0)]
        var externalForm: UInt64?
        for (attribute, form) in pairs {
            abbrevBytes.uleb(attribute)
            abbrevBytes.uleb(form)
        }
        if !functions.isEmpty {
            abbrevBytes.uleb(2)
            abbrevBytes.uleb(DW.tagSubprogram)
            abbrevBytes.u8(0)
            var subprogram: [(UInt64, UInt64)] = [(DW.name, DW.formStrp)]
            if hasExternal {
                let form = hasLocal || version < 4 ? DW.formFlag : DW.formFlagPresent
                externalForm = form
                subprogram.append((DW.external, form))
            }
            if version > 2 { subprogram.append((DW.type, DW.formRefUdata)) }
            subprogram += [(DW.lowPC, DW.formAddr), (DW.highPC, version < 4 ? DW.formAddr : DW.formUdata), (0, 0)]
            for (attribute, form) in subprogram {
                abbrevBytes.uleb(attribute)
                abbrevBytes.uleb(form)
            }
            if version > 2 {
                abbrevBytes.uleb(3)
                abbrevBytes.uleb(DW.tagUnspecifiedType)
                abbrevBytes.u8(0)
                abbrevBytes.uleb(0)
                abbrevBytes.uleb(0)
            }
        }
        abbrevBytes.u8(0)

        // Strings: the source's name, the working directory, the producer, then each function's name.
        var stringBytes = ByteSink()
        let stringsBase = Int64(strings < sections.count ? sections[strings].bytes.count : 0)
        // GNU as names the unit after file 0 in DWARF 5 (file 1 standing in for it), else file 1.
        let fileOne = lines.files.count > 1 ? lines.files[1] : nil
        let mainFile = (version > 4 ? (lines.files.first ?? nil) ?? fileOne : fileOne) ?? LineFile(name: "", directory: 0, md5: [])
        var name = mainFile.name
        if mainFile.directory != 0, mainFile.directory < lines.directories.count, let folder = lines.directories[mainFile.directory] {
            name = folder + "/" + name
        }
        func addString(_ text: String) -> Int64 {
            defer { stringBytes.bytes += Array(text.utf8) + [0] }
            return stringsBase + Int64(stringBytes.bytes.count)
        }
        let nameOffset = addString(name)
        let directoryOffset = addString(LineTableRecorder.workingDirectory())
        let producerOffset = addString(ProgramBuilder.debugProducer)

        // The unit; a subprogram refers to the unspecified type after the last one by its
        // offset, whose LEB128 size depends on itself: sized until it settles.
        var infoBytes = ByteSink()
        var typeOffset: UInt64 = 0
        var functionStrings: [Int64] = []
        for function in functions { functionStrings.append(addString(function.name)) }
        for _ in 0..<8 {
            infoBytes = ByteSink()
            relocations[info] = []
            infoBytes.u32(0)
            infoBytes.u16(UInt16(version))
            if version < 5 {
                offset(&infoBytes, in: info, to: abbrev, 0)
                infoBytes.u8(8)
            } else {
                infoBytes.u8(1)
                infoBytes.u8(8)
                offset(&infoBytes, in: info, to: abbrev, 0)
            }
            infoBytes.uleb(1)
            offset(&infoBytes, in: info, to: lineIndex, 0)
            if single, let section = codeSections.first, let size = sizes.first {
                address(&infoBytes, in: info, .section(Int32(section)), 0)
                if version < 4 {
                    address(&infoBytes, in: info, .section(Int32(section)), size)
                } else {
                    infoBytes.uleb(UInt64(size))
                }
            } else if let ranges {
                offset(&infoBytes, in: info, to: ranges, rangesStart)
            }
            offset(&infoBytes, in: info, to: strings, nameOffset)
            offset(&infoBytes, in: info, to: strings, directoryOffset)
            offset(&infoBytes, in: info, to: strings, producerOffset)
            infoBytes.u16(DW.languageMipsAssembler)
            if !functions.isEmpty {
                for (function, nameAt) in zip(functions, functionStrings) {
                    infoBytes.uleb(2)
                    offset(&infoBytes, in: info, to: strings, nameAt)
                    if externalForm == DW.formFlag { infoBytes.u8(function.external ? 1 : 0) }
                    if version > 2 { infoBytes.uleb(typeOffset) }
                    let target: PendingRelocation.Target = function.external || isWeak(function.id)
                        ? .symbol(function.id) : .section(Int32(function.section))
                    let base = function.external || isWeak(function.id) ? 0 : function.offset
                    address(&infoBytes, in: info, target, base)
                    if version < 4 {
                        address(&infoBytes, in: info, target, base + function.size)
                    } else {
                        infoBytes.uleb(UInt64(bitPattern: function.size))
                    }
                }
                if version > 2 {
                    let settled = UInt64(infoBytes.bytes.count)
                    infoBytes.uleb(3)
                    if settled != typeOffset {
                        typeOffset = settled
                        continue
                    }
                }
                infoBytes.u8(0)
            }
            break
        }
        infoBytes.patch32(at: 0, UInt32(infoBytes.bytes.count - 4))

        func place(_ index: Int, _ name: String, _ bytes: [UInt8], alignment: UInt64, flags: UInt64 = 0, entrySize: UInt64 = 0) {
            if index < sections.count {
                sections[index].bytes += bytes
            } else {
                made.append(ObjectSection(
                    name: name, type: ELF.SectionType.progbits, flags: flags, alignment: alignment, entrySize: entrySize,
                    bytes: bytes, size: UInt64(bytes.count)))
            }
        }
        // GNU as creates them in this order: info, abbrev, aranges, str, then the ranges.
        place(info, ".debug_info", infoBytes.bytes, alignment: 1)
        place(abbrev, ".debug_abbrev", abbrevBytes.bytes, alignment: 1)
        place(aranges, ".debug_aranges", arangesBytes.bytes, alignment: 16)
        place(strings, ".debug_str", stringBytes.bytes, alignment: 1, flags: ELF.SectionFlag.merge | ELF.SectionFlag.strings, entrySize: 1)
        if let ranges { place(ranges, version < 5 ? ".debug_ranges" : ".debug_rnglists", rangesBytes.bytes, alignment: version < 5 ? 16 : 1) }
        for (section, list) in relocations { object.relocations[section, default: []].append(contentsOf: list) }
        return made
    }

    /// Defined `@function` symbols with a size, in the order they were first named, as GNU as
    /// lists them.
    private func describedFunctions() -> [DescribedFunction] {
        var found: [DescribedFunction] = []
        for id in symbols.namedSymbols {
            guard let attributes = object.symbolAttributes[id.index], attributes.kind == .function, let size = attributes.size,
                  case .label(let section, let position, let fragment) = symbols[id] else { continue }
            let value = (try? evaluate(size)) ?? 0
            if value == 0, size.isConstant { continue }
            found.append(DescribedFunction(
                id: id, name: symbols.name(of: id), section: Int(section),
                offset: sections[Int(section)].offset(position: position, fragment: fragment), size: value,
                external: binding(of: id) == .global))
        }
        return found
    }
}
