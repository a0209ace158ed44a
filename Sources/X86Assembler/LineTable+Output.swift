#if canImport(Glibc)
import Glibc
#endif
import ObjectFile

extension ProgramBuilder {
    /// `.debug_line` (and DWARF 5's strings in `.debug_line_str`) for the recorded `.loc` rows,
    /// as GNU as writes them: into the source's own `.debug_line` when it declares one and
    /// left it empty (compiler output names it with a label), else as new sections, returned
    /// here to be numbered from `firstIndex`. Nothing when the source has neither rows nor
    /// debugging information, or wrote its own line table.
    mutating func makeLineTableSections(firstIndex: Int) -> [ObjectSection] {
        let lines = object.lines
        let info = sections.firstIndex { $0.name == ".debug_info" }
        let hasInfo = info.map { !sections[$0].bytes.isEmpty } ?? false
        let existingLine = sections.firstIndex { $0.name == ".debug_line" }
        let lineIsEmpty = existingLine.map { sections[$0].bytes.isEmpty } ?? true
        if !lines.rows.isEmpty, !lineIsEmpty, lines.sawLocation {
            report("'.loc' makes a line table, but the source writes its own '.debug_line' too", at: .at(0), line: 0, statement: -1)
            return []
        }
        if (lines.rows.isEmpty && !hasInfo) || (hasInfo && !lineIsEmpty) { return [] }
        if let existingLine, !lineIsEmpty {
            // Rows from `.loc_mark_labels` alone, beside a line table the source wrote: GNU as
            // keeps that table and adds only the unit.
            return makeDebugUnit(lineIndex: existingLine, firstIndex: firstIndex)
        }

        for (number, file) in lines.files.enumerated() where file == nil && number > 0 {
            report("unassigned file number \(number)", at: .at(0), line: 0, statement: -1)
        }
        var added: [ObjectSection] = []
        let lineIndex = existingLine ?? firstIndex
        var strings = LineStrings()
        if lines.version >= 5 {
            if let existing = sections.firstIndex(where: { $0.name == ".debug_line_str" }) {
                strings.section = existing
                strings.base = sections[existing].bytes.count
            } else {
                strings.section = lineIndex == firstIndex ? firstIndex + 1 : firstIndex
            }
        }
        var writer = LineProgramWriter(version: lines.version)
        writer.writeHeader(lines, strings: &strings)
        for section in lines.sectionOrder {
            guard let rows = lines.rows[section] else { continue }
            writeLineProgram(rows, section: Int(section), into: &writer)
        }
        writer.finish()

        var relocations = writer.relocations
        for index in relocations.indices {
            if case .section(let target) = relocations[index].target, target == LineProgramWriter.stringsPlaceholder {
                relocations[index].target = .section(Int32(strings.section))
            }
        }
        if let existingLine {
            sections[existingLine].bytes = writer.out.bytes
        } else {
            added.append(ObjectSection(
                name: ".debug_line", type: ELF.SectionType.progbits, flags: 0, alignment: 1, entrySize: 0,
                bytes: writer.out.bytes, size: UInt64(writer.out.bytes.count)))
        }
        object.relocations[lineIndex, default: []].append(contentsOf: relocations)
        if lines.version >= 5 {
            if strings.section < sections.count {
                sections[strings.section].bytes.append(contentsOf: strings.bytes)
            } else {
                added.append(ObjectSection(
                    name: ".debug_line_str", type: ELF.SectionType.progbits, flags: ELF.SectionFlag.merge | ELF.SectionFlag.strings,
                    alignment: 1, entrySize: 1, bytes: strings.bytes, size: UInt64(strings.bytes.count)))
            }
        }
        if !hasInfo { added += makeDebugUnit(lineIndex: lineIndex, firstIndex: firstIndex + added.count) }
        return added
    }

    /// The rows of one section: GNU as's `process_entries`.
    private func writeLineProgram(_ rows: [LineRow], section: Int, into writer: inout LineProgramWriter) {
        var state = LineLocation()
        var last: (offset: Int64, place: Place)?
        for row in rows {
            let location = row.location
            if state.file != location.file {
                state.file = location.file
                writer.out.u8(DWARFLine.setFile)
                writer.out.uleb(UInt64(bitPattern: location.file))
            }
            if state.column != location.column {
                state.column = location.column
                writer.out.u8(DWARFLine.setColumn)
                writer.out.uleb(UInt64(location.column))
            }
            if location.discriminator != 0 {
                writer.out.u8(0)
                writer.out.sleb(Int64(1 + LineProgramWriter.ulebSize(UInt64(location.discriminator))))
                writer.out.u8(DWARFLine.setDiscriminator)
                writer.out.uleb(UInt64(location.discriminator))
            }
            if state.isa != location.isa {
                state.isa = location.isa
                writer.out.u8(DWARFLine.setISA)
                writer.out.uleb(UInt64(location.isa))
            }
            if (location.flags ^ state.flags) & LineFlag.isStatement != 0 {
                state.flags = location.flags
                writer.out.u8(DWARFLine.negateStatement)
            }
            if location.flags & LineFlag.basicBlock != 0 { writer.out.u8(DWARFLine.setBasicBlock) }
            if location.flags & LineFlag.prologueEnd != 0 { writer.out.u8(DWARFLine.setPrologueEnd) }
            if location.flags & LineFlag.epilogueBegin != 0 { writer.out.u8(DWARFLine.setEpilogueBegin) }
            let lineDelta = Int64(Int32(bitPattern: location.line &- state.line))
            let offset = sections[section].offset(position: row.place.position, fragment: row.place.fragment)
            if let last, offset >= last.offset,
               !(location.resetsView && (offset == last.offset || (startsGNUFragment(row.place) && endsGNUFixedPart(last.place)))) {
                writer.advance(line: lineDelta, address: UInt64(offset - last.offset))
            } else {
                // The first row, a view reset GNU as cannot tell from a move, or (never in
                // practice) an address that went back: the address is stated.
                writer.setAddress(section: section, offset: offset)
                writer.advance(line: lineDelta, address: 0)
            }
            state.line = location.line
            last = (offset, row.place)
        }
        if let last {
            let end = Int64(sections[section].bytes.count)
            writer.endSequence(address: UInt64(max(0, end - last.offset)))
        }
    }

    /// The place begins one of GNU as's fragments: an alignment, a relaxable jump or a
    /// `.uleb128` of labels ends right before it.
    private func startsGNUFragment(_ place: Place) -> Bool {
        let fragments = sections[Int(place.section)].fragments
        let k = Int(place.fragment)
        guard k > 0, k <= fragments.count, fragments[k - 1].position == place.position else { return false }
        switch fragments[k - 1].kind {
        case .align, .leb128, .repeated: return true
        case .branch:
            // Jumps that can be short or near are GNU's variable fragments; `call` is not.
            let lengths = branchForms.lengths(branches[Int(fragments[k - 1].record)].form)
            return lengths.short != 0 && lengths.near != 0
        case .relaxable: return false
        }
    }

    /// The place ends the fixed part of one of GNU as's fragments: a variable part (whose
    /// bytes GNU as keeps apart: alignment, `.uleb128`) follows at once. A jump is not one: its
    /// opcode is in the fixed part.
    private func endsGNUFixedPart(_ place: Place) -> Bool {
        let fragments = sections[Int(place.section)].fragments
        let k = Int(place.fragment)
        guard k < fragments.count, fragments[k].position == place.position else { return false }
        switch fragments[k].kind {
        case .align, .leb128, .repeated: return true
        case .branch, .relaxable: return false
        }
    }
}

/// DWARF line-program opcodes (DWARF 5, section 6.2.5).
enum DWARFLine {
    static let copy: UInt8 = 1
    static let advancePC: UInt8 = 2
    static let advanceLine: UInt8 = 3
    static let setFile: UInt8 = 4
    static let setColumn: UInt8 = 5
    static let negateStatement: UInt8 = 6
    static let setBasicBlock: UInt8 = 7
    static let constAddPC: UInt8 = 8
    static let setPrologueEnd: UInt8 = 10
    static let setEpilogueBegin: UInt8 = 11
    static let setISA: UInt8 = 12
    static let endSequence: UInt8 = 1
    static let setAddress: UInt8 = 2
    static let setDiscriminator: UInt8 = 4
    /// GNU as's parameters: special opcodes from 13, lines -5 … 8 per opcode.
    static let opcodeBase: Int64 = 13
    static let lineBase: Int64 = -5
    static let lineRange: Int64 = 14
    /// The largest address step a special opcode takes: (255 - 13) / 14.
    static let maxSpecialAddressDelta: UInt64 = 17
}

/// The strings DWARF 5's tables put in `.debug_line_str`, after what the source put there.
struct LineStrings {
    var section = 0
    var base = 0
    var bytes: [UInt8] = []

    /// The string's offset in the section, once added (GNU as adds each use anew).
    mutating func add(_ string: String) -> Int64 {
        let offset = Int64(base + bytes.count)
        bytes.append(contentsOf: Array(string.utf8))
        bytes.append(0)
        return offset
    }
}

/// Writes a `.debug_line` unit: header, directory and file tables, then line programs.
struct LineProgramWriter {
    /// Stands for `.debug_line_str` in relocations until its section number is known.
    static let stringsPlaceholder: Int32 = -1

    let version: Int
    var out = ByteSink()
    var relocations: [PendingRelocation] = []
    private var headerLengthAt = 0

    init(version: Int) { self.version = version }

    static func ulebSize(_ value: UInt64) -> Int {
        var size = 1
        var rest = value >> 7
        while rest != 0 {
            size += 1
            rest >>= 7
        }
        return size
    }

    mutating func writeHeader(_ lines: LineTableRecorder, strings: inout LineStrings) {
        out.u32(0)
        out.u16(UInt16(version))
        if version >= 5 {
            out.u8(8)
            out.u8(0)
        }
        headerLengthAt = out.bytes.count
        out.u32(0)
        out.u8(1)
        if version >= 4 { out.u8(1) }
        out.u8(1)
        out.u8(UInt8(bitPattern: Int8(DWARFLine.lineBase)))
        out.u8(UInt8(DWARFLine.lineRange))
        out.u8(UInt8(DWARFLine.opcodeBase))
        out.bytes.append(contentsOf: [0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1])
        if version >= 5 {
            writeVersion5Tables(lines, strings: &strings)
        } else {
            writeVersion3Tables(lines)
        }
        out.patch32(at: headerLengthAt, UInt32(out.bytes.count - headerLengthAt - 4))
    }

    private mutating func writeVersion3Tables(_ lines: LineTableRecorder) {
        for directory in lines.directories.dropFirst() {
            out.bytes.append(contentsOf: Array((directory ?? "").utf8))
            out.u8(0)
        }
        out.u8(0)
        for file in lines.files.dropFirst() {
            // A slot left empty is GNU as's "unassigned file number" (reported by the caller's checks).
            let file = file ?? LineFile(name: "", directory: 0, md5: [])
            out.bytes.append(contentsOf: Array(file.name.utf8))
            out.u8(0)
            out.uleb(UInt64(file.directory))
            out.uleb(0)
            out.uleb(0)
        }
        out.u8(0)
    }

    private mutating func writeVersion5Tables(_ lines: LineTableRecorder, strings: inout LineStrings) {
        // Directories: one column, a path in .debug_line_str.
        out.u8(1)
        out.uleb(1)
        out.uleb(0x1F)
        let directories = lines.directories
        var files = lines.files
        out.uleb(UInt64(directories.isEmpty && !files.isEmpty ? 1 : directories.count))
        if !directories.isEmpty || !files.isEmpty {
            let zero = directories.first.flatMap { $0 } ?? LineTableRecorder.workingDirectory()
            stringOffset(strings.add(zero))
            for directory in directories.dropFirst() { stringOffset(strings.add(directory ?? "")) }
        }
        // GNU as writes MD5 sums when any file's first byte of one is not zero.
        let withMD5 = files.contains { ($0?.md5.first ?? 0) != 0 }
        out.u8(withMD5 ? 3 : 2)
        out.uleb(1)
        out.uleb(0x1F)
        out.uleb(2)
        out.uleb(0x0F)
        if withMD5 {
            out.uleb(5)
            out.uleb(0x1E)
        }
        out.uleb(UInt64(files.count))
        // Without `.file 0`, file 0 is file 1 (sharing its string), or empty.
        var fileZeroSharesOne = false
        if !files.isEmpty, files[0] == nil {
            if files.count > 1, let one = files[1] {
                files[0] = one
                fileZeroSharesOne = true
            } else {
                files[0] = LineFile(name: "", directory: 0, md5: [UInt8](repeating: 0, count: 16))
            }
        }
        var shared: Int64?
        for (index, file) in files.enumerated() {
            let file = file ?? LineFile(name: "", directory: 0, md5: [UInt8](repeating: 0, count: 16))
            let offset = shared ?? strings.add(file.name)
            stringOffset(offset)
            shared = index == 0 && fileZeroSharesOne ? offset : nil
            out.uleb(UInt64(file.directory))
            if withMD5 { out.bytes.append(contentsOf: file.md5) }
        }
    }

    /// A 4-byte offset into `.debug_line_str`, left to the linker.
    private mutating func stringOffset(_ offset: Int64) {
        relocations.append(PendingRelocation(
            offset: Int64(out.bytes.count), type: ELF.RelocationType.r32, target: .section(LineProgramWriter.stringsPlaceholder),
            addend: offset))
        out.u32(0)
    }

    /// `DW_LNE_set_address` of a place in `section`.
    mutating func setAddress(section: Int, offset: Int64) {
        out.u8(0)
        out.uleb(9)
        out.u8(DWARFLine.setAddress)
        relocations.append(PendingRelocation(
            offset: Int64(out.bytes.count), type: ELF.RelocationType.r64, target: .section(Int32(section)), addend: offset))
        out.u32(0)
        out.u32(0)
    }

    /// A row `line` lines and `address` bytes on, in as few bytes as GNU as writes it: a
    /// special opcode, `DW_LNS_const_add_pc` and one, or `DW_LNS_advance_pc` (after
    /// `DW_LNS_advance_line` when the line step is out of a special opcode's reach).
    mutating func advance(line: Int64, address: UInt64) {
        var lineDelta = line
        var needsCopy = false
        var biased = lineDelta - DWARFLine.lineBase
        if biased < 0 || biased >= DWARFLine.lineRange {
            out.u8(DWARFLine.advanceLine)
            out.sleb(lineDelta)
            lineDelta = 0
            biased = -DWARFLine.lineBase
            needsCopy = true
        }
        if lineDelta == 0, address == 0 {
            out.u8(DWARFLine.copy)
            return
        }
        let base = biased + DWARFLine.opcodeBase
        if address < 256 + DWARFLine.maxSpecialAddressDelta {
            let opcode = base + Int64(address) * DWARFLine.lineRange
            if opcode <= 255 {
                out.u8(UInt8(opcode))
                return
            }
            let afterConstant = base + (Int64(address) - Int64(DWARFLine.maxSpecialAddressDelta)) * DWARFLine.lineRange
            if afterConstant <= 255 {
                out.u8(DWARFLine.constAddPC)
                out.u8(UInt8(afterConstant))
                return
            }
        }
        out.u8(DWARFLine.advancePC)
        out.uleb(address)
        out.u8(needsCopy ? DWARFLine.copy : UInt8(base))
    }

    /// `DW_LNE_end_sequence` `address` bytes after the last row.
    mutating func endSequence(address: UInt64) {
        if address == DWARFLine.maxSpecialAddressDelta {
            out.u8(DWARFLine.constAddPC)
        } else if address != 0 {
            out.u8(DWARFLine.advancePC)
            out.uleb(address)
        }
        out.u8(0)
        out.u8(1)
        out.u8(DWARFLine.endSequence)
    }

    /// The unit's length, now that it is complete.
    mutating func finish() {
        out.patch32(at: 0, UInt32(out.bytes.count - 4))
    }
}

extension LineTableRecorder {
    /// The directory GNU as names for the compilation when `.file 0` does not: `$PWD` when it
    /// is the working directory (it keeps the user's symbolic links), else `getcwd`.
    static func workingDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let cwd = getcwd(&buffer, buffer.count) == nil ? "." : String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let pwd = getenv("PWD").map({ String(cString: $0) }), pwd.hasPrefix("/") else { return cwd }
        var a = stat()
        var b = stat()
        guard stat(pwd, &a) == 0, stat(".", &b) == 0, a.st_dev == b.st_dev, a.st_ino == b.st_ino else { return cwd }
        return pwd
    }
}
