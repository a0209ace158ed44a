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
        let chunks = try self.chunks(object)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for chunk in chunks { bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// The object file as pieces whose concatenation is the file: the contents of a big
    /// section is its own array, shared rather than copied into one buffer of the whole file
    /// (a megabyte copied costs as much as writing it out); small pieces are gathered.
    public func chunks(_ object: ObjectFile) throws(WriteError) -> [[UInt8]] {
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

        // Symbol numbers, locals first: the null symbol, the file, the section symbols that
        // relocations name, local symbols for groups no symbol names, the local symbols, then
        // the global and weak ones.
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
        var symbolCount = object.sourceName == nil ? 1 : 2
        var sectionSymbol = Array(repeating: 0, count: object.sections.count)
        for index in object.sections.indices where usedSections[index] {
            sectionSymbol[index] = symbolCount
            symbolCount += 1
        }
        let groupSymbols = groupSignatures(object, groupNames)
        let orphanGroups = groupNames.filter { groupSymbols[$0] == nil }
        let firstOrphan = symbolCount
        symbolCount += orphanGroups.count
        let sectionCount = object.sections.count
        if let number = object.symbols.firstIndex(where: { if case .section(let index) = $0.place { index < 0 || index >= sectionCount } else { false } }),
           case .section(let index) = object.symbols[number].place {
            throw WriteError(description: "symbol '\(object.name(ofSymbol: number))' is in section \(index), which does not exist")
        }
        let firstSymbol = symbolCount
        let localCount = object.symbols.reduce(0) { $0 + ($1.binding == .local ? 1 : 0) }
        let firstGlobal = symbolCount + localCount
        symbolCount += object.symbols.count
        // Numbers by symbol, for relocations and group signatures (a big file has many symbols and often no such use).
        let needsNumbers = !groupNames.isEmpty || object.sections.contains { section in
            section.relocations.contains { if case .symbol = $0.target { true } else { false } }
        }
        var symbolIndex: [Int] = []
        if needsNumbers {
            var nextLocal = firstSymbol
            var nextGlobal = firstGlobal
            symbolIndex = object.symbols.map { symbol in
                if symbol.binding == .local {
                    nextLocal += 1
                    return nextLocal - 1
                }
                nextGlobal += 1
                return nextGlobal - 1
            }
        }

        var out = Chunks()
        var headers = [SectionHeader](repeating: SectionHeader(), count: headerCount)

        for name in groupNames {
            var bytes = ByteWriter()
            bytes.u32(1)  // GRP_COMDAT
            for (index, section) in object.sections.enumerated() where section.group == name {
                bytes.u32(UInt32(sectionIndex[index]))
                if let rela = relaIndex[index] { bytes.u32(UInt32(rela)) }
            }
            let signature = groupSymbols[name].map { symbolIndex[$0] }
                ?? orphanGroups.firstIndex(of: name).map { firstOrphan + $0 } ?? 0
            let index = groupIndex[name] ?? 0
            headers[index] = SectionHeader(
                name: shstrtab.add(".group"), type: ELF.SectionType.group, flags: 0, offset: out.place(bytes.bytes, alignment: 4),
                size: UInt64(bytes.bytes.count), link: UInt32(symtabIndex), info: UInt32(signature),
                alignment: 4, entrySize: 4)
        }

        for (index, section) in object.sections.enumerated() {
            var flags = section.flags
            if section.group != nil { flags |= ELF.SectionFlag.group }
            let isNobits = section.type == ELF.SectionType.nobits
            let offset = isNobits ? UInt64(out.count) : out.place(section.bytes, alignment: section.alignment)
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
                offset: out.place(bytes.bytes, alignment: 8), size: UInt64(bytes.bytes.count), link: UInt32(symtabIndex),
                info: UInt32(sectionIndex[index]), alignment: 8, entrySize: 24)
        }

        let (symbols, strtab) = symbolTable(
            object, count: symbolCount, sectionSymbols: sectionSymbol.indices.filter { usedSections[$0] }.map { sectionIndex[$0] },
            orphanGroups: orphanGroups.map { ($0, UInt16(groupIndex[$0] ?? 0)) }, sectionIndex: sectionIndex)
        headers[symtabIndex] = SectionHeader(
            name: shstrtab.add(".symtab"), type: ELF.SectionType.symtab, flags: 0, offset: out.place(symbols, alignment: 8),
            size: UInt64(symbols.count), link: UInt32(strtabIndex), info: UInt32(firstGlobal), alignment: 8, entrySize: 24)
        headers[strtabIndex] = SectionHeader(
            name: shstrtab.add(".strtab"), type: ELF.SectionType.strtab, flags: 0, offset: out.place(strtab, alignment: 1),
            size: UInt64(strtab.count), link: 0, info: 0, alignment: 1, entrySize: 0)
        let shstrtabName = shstrtab.add(".shstrtab")
        headers[shstrtabIndex] = SectionHeader(
            name: shstrtabName, type: ELF.SectionType.strtab, flags: 0, offset: out.place(shstrtab.bytes, alignment: 1),
            size: UInt64(shstrtab.bytes.count), link: 0, info: 0, alignment: 1, entrySize: 0)

        out.pad(to: 8)
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
        out.append(table.bytes)

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
        return out.finish(header: header.bytes)
    }

    /// `.symtab` and `.strtab`: each `Elf64_Sym` (24 bytes) stored field by field and each
    /// name copied from the file's bytes, into arrays sized up front, in one pass over the
    /// symbols for the locals and one for the rest. Names are not shared.
    private func symbolTable(_ object: ObjectFile, count: Int, sectionSymbols: [Int], orphanGroups: [(String, UInt16)],
                             sectionIndex: [Int]) -> (symbols: [UInt8], strtab: [UInt8]) {
        var symbols = [UInt8](repeating: 0, count: count * 24)
        var leading = StringTable()
        var number = 1
        symbols.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            func store(name: UInt32, info: UInt8, section: UInt16) {
                let at = base + number * 24
                at.storeBytes(of: name.littleEndian, toByteOffset: 0, as: UInt32.self)
                at.storeBytes(of: info, toByteOffset: 4, as: UInt8.self)
                at.storeBytes(of: section.littleEndian, toByteOffset: 6, as: UInt16.self)
                number += 1
            }
            if let source = object.sourceName {
                store(name: leading.add(source), info: ObjectSymbol.Kind.file.rawValue, section: 0xFFF1)
            }
            for section in sectionSymbols {
                store(name: 0, info: ObjectSymbol.Kind.section.rawValue, section: UInt16(section))
            }
            // A group named by no symbol of the file gets a local one, on its group section (as GNU as does).
            for (name, section) in orphanGroups {
                store(name: leading.add(name), info: 0, section: section)
            }
        }
        let namesSize = object.symbols.reduce(0) { $0 + ($1.nameCount > 0 ? Int($1.nameCount) + 1 : 0) }
        let strtab = [UInt8](unsafeUninitializedCapacity: leading.bytes.count + namesSize) { strtab, initialized in
            guard let table = strtab.baseAddress else { return }
            for (offset, byte) in leading.bytes.enumerated() { table[offset] = byte }
            var next = leading.bytes.count
            symbols.withUnsafeMutableBytes { raw in
                object.symbolNames.withUnsafeBufferPointer { names in
                    guard let base = raw.baseAddress else { return }
                    for pass in 0..<2 {
                        for symbol in object.symbols where (symbol.binding == .local) == (pass == 0) {
                            var name: UInt32 = 0
                            if symbol.nameCount > 0, let names = names.baseAddress {
                                name = UInt32(next)
                                (table + next).update(from: names + Int(symbol.nameStart), count: Int(symbol.nameCount))
                                next += Int(symbol.nameCount)
                                table[next] = 0
                                next += 1
                            }
                            let at = base + number * 24
                            at.storeBytes(of: name.littleEndian, toByteOffset: 0, as: UInt32.self)
                            at.storeBytes(of: symbol.binding.rawValue << 4 | symbol.kind.rawValue, toByteOffset: 4, as: UInt8.self)
                            at.storeBytes(of: symbol.visibility.rawValue, toByteOffset: 5, as: UInt8.self)
                            let section: UInt16 = switch symbol.place {
                            case .undefined: 0
                            case .absolute: 0xFFF1
                            case .common: 0xFFF2
                            case .section(let index): UInt16(truncatingIfNeeded: sectionIndex[index])
                            }
                            at.storeBytes(of: section.littleEndian, toByteOffset: 6, as: UInt16.self)
                            at.storeBytes(of: symbol.value.littleEndian, toByteOffset: 8, as: UInt64.self)
                            at.storeBytes(of: symbol.size.littleEndian, toByteOffset: 16, as: UInt64.self)
                            number += 1
                        }
                    }
                }
            }
            initialized = next
        }
        return (symbols, strtab)
    }

    /// Per group signature, the first symbol of that name.
    private func groupSignatures(_ object: ObjectFile, _ groupNames: [String]) -> [String: Int] {
        guard !groupNames.isEmpty else { return [:] }
        var found: [String: Int] = [:]
        let lengths = Set(groupNames.map { $0.utf8.count })
        let wanted = Set(groupNames)
        for index in object.symbols.indices where lengths.contains(object.nameRange(ofSymbol: index).count) {
            let name = object.name(ofSymbol: index)
            if wanted.contains(name), found[name] == nil { found[name] = index }
        }
        return found
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

/// A string table: names, each ended by a zero byte, after a leading zero byte.
private struct StringTable {
    var bytes: [UInt8] = [0]
    private var offsets: [String: UInt32] = [:]

    /// Adds `name` once: a later call with the same name gets the same offset.
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

/// The pieces of a file being laid out: big arrays kept as they are, small ones gathered
/// into one, with the offset each piece starts at.
private struct Chunks {
    private var chunks: [[UInt8]] = []
    private var gathered: [UInt8] = []
    /// The file's size so far, the 64-byte header included.
    private(set) var count = 64

    /// Arrays at least this big are kept as chunks of their own.
    private static let shared = 16 * 1024

    /// Appends `bytes` at the next multiple of `alignment`; returns their offset in the file.
    mutating func place(_ bytes: [UInt8], alignment: UInt64) -> UInt64 {
        pad(to: max(1, Int(alignment)))
        let offset = UInt64(count)
        append(bytes)
        return offset
    }

    mutating func pad(to boundary: Int) {
        let padding = (boundary - count % boundary) % boundary
        gathered.append(contentsOf: repeatElement(0, count: padding))
        count += padding
    }

    mutating func append(_ bytes: [UInt8]) {
        if bytes.count >= Chunks.shared {
            if !gathered.isEmpty { chunks.append(gathered) }
            gathered = []
            chunks.append(bytes)
        } else {
            gathered.append(contentsOf: bytes)
        }
        count += bytes.count
    }

    /// The chunks, `header` (64 bytes) first.
    mutating func finish(header: [UInt8]) -> [[UInt8]] {
        if !gathered.isEmpty { chunks.append(gathered) }
        gathered = []
        if let first = chunks.first, first.count < Chunks.shared {
            chunks[0] = header + first
        } else {
            chunks.insert(header, at: 0)
        }
        return chunks
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
