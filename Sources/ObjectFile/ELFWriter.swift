/// Writes an ``ObjectFile`` as an ELF64 little-endian relocatable object for x86-64.
///
/// Section headers come in the order GNU as uses: COMDAT groups first, each section followed
/// by its `.rela` section, then `.symtab`, `.strtab` and `.shstrtab`. The symbol table holds
/// the file symbol, the section symbols that relocations name, the local symbols, then the
/// global and weak ones (ELF wants every local before the first global).
public struct ELFWriter: Sendable {
    public init() {}

    /// Why an object cannot be written.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The bytes of the object file.
    public func write(_ object: ObjectFile) throws(WriteError) -> [UInt8] {
        var strtab = StringTable()
        var shstrtab = StringTable()

        // Section header indices.
        let groupNames = orderedGroups(object)
        var next = 1
        var groupIndex: [String: Int] = [:]
        for name in groupNames {
            groupIndex[name] = next
            next += 1
        }
        var sectionIndex: [Int] = []
        var relaIndex: [Int?] = []
        for section in object.sections {
            sectionIndex.append(next)
            next += 1
            if section.relocations.isEmpty {
                relaIndex.append(nil)
            } else {
                relaIndex.append(next)
                next += 1
            }
        }
        let symtabIndex = next
        let strtabIndex = next + 1
        let shstrtabIndex = next + 2
        let headerCount = next + 3
        // Section numbers are 16 bits wide, and 0xff00 up are reserved.
        guard headerCount < 0xFF00 else {
            throw WriteError(description: "\(headerCount) sections are more than an ELF object can number (65,280)")
        }

        // Symbols: locals first.
        var entries: [SymbolEntry] = [SymbolEntry(name: 0, info: 0, other: 0, section: 0, value: 0, size: 0)]
        if let source = object.sourceName {
            entries.append(SymbolEntry(name: strtab.add(source), info: ObjectSymbol.Kind.file.rawValue, other: 0,
                                       section: 0xFFF1, value: 0, size: 0))
        }
        var usedSections = Array(repeating: false, count: object.sections.count)
        for section in object.sections {
            for relocation in section.relocations {
                if case .section(let target) = relocation.target {
                    guard target >= 0, target < object.sections.count else {
                        throw WriteError(description: "a relocation names section \(target), which does not exist")
                    }
                    usedSections[target] = true
                }
            }
        }
        var sectionSymbol = Array(repeating: 0, count: object.sections.count)
        for index in object.sections.indices where usedSections[index] {
            sectionSymbol[index] = entries.count
            entries.append(SymbolEntry(name: 0, info: ObjectSymbol.Kind.section.rawValue, other: 0,
                                       section: UInt16(sectionIndex[index]), value: 0, size: 0))
        }
        var symbolIndex = Array(repeating: 0, count: object.symbols.count)
        strtab.bytes.reserveCapacity(object.symbols.reduce(1) { $0 + $1.name.utf8.count + 1 })
        entries.reserveCapacity(entries.count + object.symbols.count + groupNames.count)
        // By index: a symbol is read in place rather than copied (a big file has tens of thousands).
        func entry(_ number: Int) throws(WriteError) -> SymbolEntry {
            let symbol = object.symbols[number]
            let section: UInt16
            switch symbol.place {
            case .undefined: section = 0
            case .absolute: section = 0xFFF1
            case .common: section = 0xFFF2
            case .section(let index):
                guard index >= 0, index < object.sections.count else {
                    throw WriteError(description: "symbol '\(symbol.name)' is in section \(index), which does not exist")
                }
                section = UInt16(sectionIndex[index])
            }
            return SymbolEntry(
                name: strtab.append(symbol.name), info: symbol.binding.rawValue << 4 | symbol.kind.rawValue,
                other: symbol.visibility.rawValue, section: section, value: symbol.value, size: symbol.size)
        }
        // A group named by no symbol of the file gets a local one, on its group section (as GNU as does).
        for name in groupNames where !object.symbols.contains(where: { $0.name == name }) {
            entries.append(SymbolEntry(name: strtab.add(name), info: 0, other: 0, section: UInt16(groupIndex[name] ?? 0), value: 0, size: 0))
        }
        for index in object.symbols.indices where object.symbols[index].binding == .local {
            symbolIndex[index] = entries.count
            entries.append(try entry(index))
        }
        let firstGlobal = entries.count
        for index in object.symbols.indices where object.symbols[index].binding != .local {
            symbolIndex[index] = entries.count
            entries.append(try entry(index))
        }

        // Contents, in one array sized up front (the sections, their relocations and the symbols).
        var out = [UInt8](repeating: 0, count: 64)
        var estimate = 64 + entries.count * 24 + object.symbols.count * 16 + headerCount * 64 + 4096
        for section in object.sections { estimate += section.bytes.count + section.relocations.count * 24 + 16 }
        out.reserveCapacity(estimate)
        var headers = [SectionHeader](repeating: SectionHeader(), count: headerCount)
        func place(_ bytes: [UInt8], alignment: UInt64) -> UInt64 {
            let boundary = max(1, Int(alignment))
            while out.count % boundary != 0 { out.append(0) }
            let offset = UInt64(out.count)
            out.append(contentsOf: bytes)
            return offset
        }

        for name in groupNames {
            var bytes = ByteWriter()
            bytes.u32(1)  // GRP_COMDAT
            for (index, section) in object.sections.enumerated() where section.group == name {
                bytes.u32(UInt32(sectionIndex[index]))
                if let rela = relaIndex[index] { bytes.u32(UInt32(rela)) }
            }
            let signature = object.symbols.firstIndex(where: { $0.name == name }).map { symbolIndex[$0] }
                ?? entries.firstIndex(where: { $0.section == UInt16(groupIndex[name] ?? 0) && $0.name == strtab.add(name) }) ?? 0
            let index = groupIndex[name] ?? 0
            headers[index] = SectionHeader(
                name: shstrtab.add(".group"), type: ELF.SectionType.group, flags: 0, offset: place(bytes.bytes, alignment: 4),
                size: UInt64(bytes.bytes.count), link: UInt32(symtabIndex), info: UInt32(signature),
                alignment: 4, entrySize: 4)
        }

        for (index, section) in object.sections.enumerated() {
            var flags = section.flags
            if section.group != nil { flags |= ELF.SectionFlag.group }
            let isNobits = section.type == ELF.SectionType.nobits
            let offset = isNobits ? UInt64(out.count) : place(section.bytes, alignment: section.alignment)
            headers[sectionIndex[index]] = SectionHeader(
                name: shstrtab.add(section.name), type: section.type, flags: flags, offset: offset,
                size: isNobits ? section.size : UInt64(section.bytes.count), link: 0, info: 0,
                alignment: section.alignment, entrySize: section.entrySize)
            guard let rela = relaIndex[index] else { continue }
            var bytes = ByteWriter()
            bytes.bytes.reserveCapacity(section.relocations.count * 24)
            for relocation in section.relocations {
                let symbol: Int
                switch relocation.target {
                case .section(let target): symbol = sectionSymbol[target]
                case .symbol(let target):
                    guard target >= 0, target < object.symbols.count else {
                        throw WriteError(description: "a relocation names symbol \(target), which does not exist")
                    }
                    symbol = symbolIndex[target]
                }
                bytes.u64(relocation.offset)
                bytes.u64(UInt64(symbol) << 32 | UInt64(relocation.type))
                bytes.u64(UInt64(bitPattern: relocation.addend))
            }
            headers[rela] = SectionHeader(
                name: shstrtab.add(".rela" + section.name), type: ELF.SectionType.rela,
                flags: ELF.SectionFlag.infoLink | (section.group != nil ? ELF.SectionFlag.group : 0),
                offset: place(bytes.bytes, alignment: 8), size: UInt64(bytes.bytes.count), link: UInt32(symtabIndex),
                info: UInt32(sectionIndex[index]), alignment: 8, entrySize: 24)
        }

        // Elf64_Sym, 24 bytes each, stored field by field into one buffer.
        var symbols = ByteWriter()
        symbols.bytes = [UInt8](unsafeUninitializedCapacity: entries.count * 24) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeMutableRawPointer(base)
            for (number, entry) in entries.enumerated() {
                let at = raw + number * 24
                at.storeBytes(of: entry.name.littleEndian, toByteOffset: 0, as: UInt32.self)
                at.storeBytes(of: entry.info, toByteOffset: 4, as: UInt8.self)
                at.storeBytes(of: entry.other, toByteOffset: 5, as: UInt8.self)
                at.storeBytes(of: entry.section.littleEndian, toByteOffset: 6, as: UInt16.self)
                at.storeBytes(of: entry.value.littleEndian, toByteOffset: 8, as: UInt64.self)
                at.storeBytes(of: entry.size.littleEndian, toByteOffset: 16, as: UInt64.self)
            }
            count = entries.count * 24
        }
        headers[symtabIndex] = SectionHeader(
            name: shstrtab.add(".symtab"), type: ELF.SectionType.symtab, flags: 0, offset: place(symbols.bytes, alignment: 8),
            size: UInt64(symbols.bytes.count), link: UInt32(strtabIndex), info: UInt32(firstGlobal), alignment: 8, entrySize: 24)
        headers[strtabIndex] = SectionHeader(
            name: shstrtab.add(".strtab"), type: ELF.SectionType.strtab, flags: 0, offset: place(strtab.bytes, alignment: 1),
            size: UInt64(strtab.bytes.count), link: 0, info: 0, alignment: 1, entrySize: 0)
        let shstrtabName = shstrtab.add(".shstrtab")
        headers[shstrtabIndex] = SectionHeader(
            name: shstrtabName, type: ELF.SectionType.strtab, flags: 0, offset: place(shstrtab.bytes, alignment: 1),
            size: UInt64(shstrtab.bytes.count), link: 0, info: 0, alignment: 1, entrySize: 0)

        while out.count % 8 != 0 { out.append(0) }
        let headerOffset = UInt64(out.count)
        var table = ByteWriter()
        for header in headers {
            table.u32(header.name)
            table.u32(header.type)
            table.u64(header.flags)
            table.u64(0)
            table.u64(header.offset)
            table.u64(header.size)
            table.u32(header.link)
            table.u32(header.info)
            table.u64(header.alignment)
            table.u64(header.entrySize)
        }
        out.append(contentsOf: table.bytes)

        var header = ByteWriter()
        // OS ABI 0 (System V), or 3 (GNU) when a GNU extension such as STT_GNU_IFUNC is used.
        let osABI: UInt8 = object.symbols.contains { $0.kind == .indirectFunction } ? 3 : 0
        header.bytes = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, osABI, 0, 0, 0, 0, 0, 0, 0, 0]
        header.u16(1)  // ET_REL
        header.u16(62)  // EM_X86_64
        header.u32(1)
        header.u64(0)
        header.u64(0)
        header.u64(headerOffset)
        header.u32(0)
        header.u16(64)
        header.u16(0)
        header.u16(0)
        header.u16(64)
        header.u16(UInt16(headerCount))
        header.u16(UInt16(shstrtabIndex))
        out.replaceSubrange(0..<64, with: header.bytes)
        return out
    }

    /// Group signatures in order of first appearance.
    private func orderedGroups(_ object: ObjectFile) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for section in object.sections {
            if let group = section.group, seen.insert(group).inserted { names.append(group) }
        }
        return names
    }
}

private struct SymbolEntry {
    var name: UInt32
    var info: UInt8
    var other: UInt8
    var section: UInt16
    var value: UInt64
    var size: UInt64
}

private struct SectionHeader {
    var name: UInt32 = 0
    var type: UInt32 = 0
    var flags: UInt64 = 0
    var offset: UInt64 = 0
    var size: UInt64 = 0
    var link: UInt32 = 0
    var info: UInt32 = 0
    var alignment: UInt64 = 0
    var entrySize: UInt64 = 0
}

/// A string table: names, each ended by a zero byte, after a leading zero byte; each name once.
private struct StringTable {
    var bytes: [UInt8] = [0]
    private var offsets: [String: UInt32] = [:]

    /// Adds `name` without looking for an earlier copy (symbol names are nearly all distinct).
    mutating func append(_ name: String) -> UInt32 {
        if name.isEmpty { return 0 }
        let offset = UInt32(bytes.count)
        var copy = name
        copy.withUTF8 { bytes.append(contentsOf: $0) }
        bytes.append(0)
        return offset
    }

    mutating func add(_ name: String) -> UInt32 {
        if name.isEmpty { return 0 }
        if let offset = offsets[name] { return offset }
        let offset = UInt32(bytes.count)
        bytes.append(contentsOf: Array(name.utf8))
        bytes.append(0)
        offsets[name] = offset
        return offset
    }
}

/// Little-endian fields appended to a byte array.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func u16(_ value: UInt16) { append(UInt64(value), 2) }
    mutating func u32(_ value: UInt32) { append(UInt64(value), 4) }
    mutating func u64(_ value: UInt64) { append(value, 8) }

    @inline(__always)
    private mutating func append(_ value: UInt64, _ count: Int) {
        var rest = value
        for _ in 0..<count {
            bytes.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }
}
