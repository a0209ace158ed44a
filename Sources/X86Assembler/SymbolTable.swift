import CPrefetch
import X86Encoder

/// A symbol by number: a named label or constant, or an anonymous place (`$`, a numeric label).
package struct SymbolID: Hashable, Sendable {
    package var index: Int32

    package init(_ index: Int32) { self.index = index }
    package init(_ index: Int) { self.index = Int32(truncatingIfNeeded: index) }
}

/// What a symbol stands for.
package enum SymbolDefinition: Sendable {
    case undefined
    /// A place: `position` bytes into the fixed bytes of `section`, after its first `fragment`
    /// variable-size fragments. Its address is known once layout is done.
    case label(section: Int32, position: Int32, fragment: Int32)
    /// A number known while parsing (`N equ 5`, or a label difference with nothing variable between).
    case constant(Int64)
    /// A value evaluated after layout (`len equ $ - msg` with a branch between them).
    case expression(Value)
    /// Declared `extern`: a reference is an error, since nothing links.
    case external
}

/// Names and definitions of every symbol of one assembly.
///
/// Names are interned from the source bytes without building a `String`: an open-addressing
/// table of symbol numbers, keyed by a hash of the bytes, with the names kept in one arena.
/// A slot also holds the name's first eight bytes and its length, so that a name of up to eight
/// bytes (most labels) is found by reading the slot alone: a big file has tens of thousands of
/// labels, and every other place a probe reads is a likely cache miss.
package struct SymbolTable: Sendable {
    package private(set) var definitions: [SymbolDefinition] = []
    /// The 1-based line of each symbol's definition (0 while undefined).
    package private(set) var definitionLines: [Int32] = []
    private var nameStarts: [Int32] = []
    /// Length of each symbol's name in ``arena``; -1 for anonymous symbols.
    private var nameLengths: [Int32] = []
    private var hashes: [UInt32] = []
    private var arena: [UInt8] = []
    /// The slots' memory (all zero bits: every slot empty); ``slots`` points into it.
    private var storage: ZeroedTable
    private var slots: UnsafeMutablePointer<Slot> { storage.base.assumingMemoryBound(to: Slot.self) }
    /// The short names met last, by hash: a reference is mostly to a label defined or named a
    /// few lines before, and this small table stays in the core's cache where ``slots`` does not.
    private var recent = [Slot](repeating: Slot(), count: SymbolTable.recentCount)
    private static let recentCount = 256
    private var mask: Int
    /// What diagnostics call anonymous symbols (`1f`, `$`).
    private var anonymousNames: [Int32: String] = [:]

    /// The name's first eight bytes (zero past its end); the tag: the hash's low 24 bits and
    /// the length (255 for any longer) in the top 8; the symbol's number + 1 (0: empty).
    private struct Slot {
        var prefix: UInt64 = 0
        var tag: UInt32 = 0
        var entry: Int32 = 0
    }

    package init(expectedCount: Int = 64) {
        var capacity = 64
        while capacity < expectedCount * 2 { capacity <<= 1 }
        storage = SymbolTable.emptySlots(capacity)
        mask = capacity - 1
        definitions.reserveCapacity(expectedCount)
        definitionLines.reserveCapacity(expectedCount)
        nameStarts.reserveCapacity(expectedCount)
        nameLengths.reserveCapacity(expectedCount)
        hashes.reserveCapacity(expectedCount)
        arena.reserveCapacity(expectedCount * 8)
    }

    package var count: Int { definitions.count }

    /// The symbol named by `name`, created undefined on first sight.
    package mutating func intern(_ name: UnsafeBufferPointer<UInt8>) -> SymbolID {
        let prefix = SymbolTable.prefix(name)
        let hash = SymbolTable.hash(name, prefix: prefix)
        let tag = SymbolTable.tag(hash: hash, count: name.count)
        // Up to eight bytes, the tag and prefix hold the whole name.
        let isShort = name.count <= 8
        // The low bits: consecutive labels differ there (see ``hash(_:)``).
        let recentSlot = Int(hash) & (SymbolTable.recentCount - 1)
        if isShort, recent[recentSlot].tag == tag, recent[recentSlot].prefix == prefix, recent[recentSlot].entry != 0 {
            return SymbolID(recent[recentSlot].entry - 1)
        }
        var slot = Int(hash) & mask
        while true {
            let probe = slots[slot]
            if probe.entry == 0 { break }
            if probe.tag == tag, probe.prefix == prefix {
                let index = Int(probe.entry - 1)
                if isShort || nameLengths[index] == name.count && equals(index, name) {
                    if isShort { recent[recentSlot] = probe }
                    return SymbolID(index)
                }
            }
            slot = (slot + 1) & mask
        }
        let id = appendSymbol(hash: hash, name: name)
        // Labels are met in the order of their numbers: the next one's slot is seven on (see
        // ``hash(_:)``), memory no label has touched yet, fetched now rather than waited for.
        jitter_prefetch(slots + ((slot &+ 7) & mask))
        let made = Slot(prefix: prefix, tag: tag, entry: id.index + 1)
        makeSlotsUnique()
        slots[slot] = made
        if isShort { recent[recentSlot] = made }
        if count * 2 > mask + 1 { grow() }
        return id
    }

    /// The symbol named `name`, created undefined on first sight.
    package mutating func intern(_ name: String) -> SymbolID {
        var name = name
        return name.withUTF8 { intern($0) }
    }

    /// The symbol named `name`, if any statement mentioned it.
    package func lookup(_ name: String) -> SymbolID? {
        var copy = name
        return copy.withUTF8 { bytes -> SymbolID? in
            let prefix = SymbolTable.prefix(bytes)
            let hash = SymbolTable.hash(bytes, prefix: prefix)
            let tag = SymbolTable.tag(hash: hash, count: bytes.count)
            var slot = Int(hash) & mask
            while slots[slot].entry != 0 {
                let index = Int(slots[slot].entry - 1)
                if slots[slot].tag == tag, slots[slot].prefix == prefix, nameLengths[index] == bytes.count, equals(index, bytes) {
                    return SymbolID(index)
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// A new symbol with no name; `displayName` is what diagnostics call it.
    package mutating func makeAnonymous(displayName: String? = nil) -> SymbolID {
        let id = SymbolID(definitions.count)
        definitions.append(.undefined)
        definitionLines.append(0)
        nameStarts.append(0)
        nameLengths.append(-1)
        hashes.append(0)
        if let displayName { anonymousNames[id.index] = displayName }
        return id
    }

    package subscript(id: SymbolID) -> SymbolDefinition {
        get { definitions[Int(id.index)] }
        set { definitions[Int(id.index)] = newValue }
    }

    package mutating func define(_ id: SymbolID, as definition: SymbolDefinition, line: Int) {
        definitions[Int(id.index)] = definition
        definitionLines[Int(id.index)] = Int32(truncatingIfNeeded: line)
    }

    package func isNamed(_ id: SymbolID) -> Bool { nameLengths[Int(id.index)] >= 0 }

    /// The symbol's name as written (scoped local labels with their scope).
    package func name(of id: SymbolID) -> String {
        let index = Int(id.index)
        guard nameLengths[index] >= 0 else { return anonymousNames[id.index] ?? "$" }
        let start = Int(nameStarts[index])
        let length = Int(nameLengths[index])
        return arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + length]), as: UTF8.self) }
    }

    /// The bytes of every symbol's name, one after another (see ``nameRange(of:)``).
    package var nameBytes: [UInt8] { arena }

    /// Where the name of `id` lies in ``nameBytes``; nil for an anonymous symbol.
    package func nameRange(of id: SymbolID) -> Range<Int>? {
        let index = Int(id.index)
        guard nameLengths[index] >= 0 else { return nil }
        let start = Int(nameStarts[index])
        return start..<start + Int(nameLengths[index])
    }

    /// Every named symbol, in order of first mention.
    package var namedSymbols: [SymbolID] {
        (0..<definitions.count).filter { nameLengths[$0] >= 0 }.map { SymbolID($0) }
    }

    // MARK: Internals

    private mutating func appendSymbol(hash: UInt32, name: UnsafeBufferPointer<UInt8>) -> SymbolID {
        let id = SymbolID(definitions.count)
        definitions.append(.undefined)
        definitionLines.append(0)
        nameStarts.append(Int32(truncatingIfNeeded: arena.count))
        nameLengths.append(Int32(name.count))
        hashes.append(hash)
        arena.append(contentsOf: name)
        return id
    }

    private func equals(_ index: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(nameStarts[index])
        return arena.withUnsafeBufferPointer { stored in
            for i in 0..<name.count where stored[start + i] != name[i] { return false }
            return true
        }
    }

    /// A copy of the table shares its slots until one of the two adds a symbol.
    @inline(__always)
    private mutating func makeSlotsUnique() {
        guard !isKnownUniquelyReferenced(&storage) else { return }
        guard let copy = storage.copy() else { fatalError("out of memory for the symbol table") }
        storage = copy
    }

    private mutating func grow() {
        let capacity = (mask + 1) * 2
        storage = SymbolTable.emptySlots(capacity)
        mask = capacity - 1
        for index in 0..<definitions.count where nameLengths[index] >= 0 {
            let start = Int(nameStarts[index])
            let prefix = arena.withUnsafeBufferPointer { stored in
                SymbolTable.prefix(UnsafeBufferPointer(rebasing: stored[start..<start + Int(nameLengths[index])]))
            }
            var slot = Int(hashes[index]) & mask
            while slots[slot].entry != 0 { slot = (slot + 1) & mask }
            let tag = SymbolTable.tag(hash: hashes[index], count: Int(nameLengths[index]))
            slots[slot] = Slot(prefix: prefix, tag: tag, entry: Int32(index + 1))
        }
    }

    /// `capacity` empty slots (an empty slot is all zero bits), in memory that a big table,
    /// read at random places, gets in huge pages.
    private static func emptySlots(_ capacity: Int) -> ZeroedTable {
        guard let table = ZeroedTable(byteCount: capacity * MemoryLayout<Slot>.stride) else {
            fatalError("out of memory for the symbol table")
        }
        table.base.bindMemory(to: Slot.self, capacity: capacity)
        return table
    }

    @inline(__always)
    static func tag(hash: UInt32, count: Int) -> UInt32 {
        hash & 0xFF_FFFF | UInt32(min(count, 255)) << 24
    }

    /// The first eight bytes, zero past the end: read as at most two overlapping loads inside
    /// the name (nothing past it may be readable), not byte by byte.
    @inline(__always)
    static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        if count >= 8 { return UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) }
        if count >= 4 {
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)))
            return low | high << (UInt64(count &- 4) &* 8)
        }
        guard count > 0 else { return 0 }
        let middle = count >> 1
        return UInt64(base[0]) | UInt64(base[middle]) << (UInt64(middle) &* 8) | UInt64(base[count &- 1]) << (UInt64(count &- 1) &* 8)
    }

    /// A hash of the bytes, eight at a time, folded to 32 bits. A name that ends in a number
    /// (`.L23`, `L78`, `.LC4`: how compilers name labels, one after another) is hashed as its
    /// rest and the number's bits above the lowest eight, plus seven times those eight: 256
    /// consecutive labels get slots seven apart, in memory read in order, where a hash of the
    /// whole name gave each a place anywhere in a table of megabytes, and a cache miss at every
    /// first mention. Seven, odd, keeps neighbours apart; the higher bits go through the mixing
    /// so that no more than 256 names ever share a run of slots by their numbers alone (numbers
    /// equal modulo the table's size would otherwise all start at one slot). Names with the
    /// same number written otherwise (`L1`, `L01`) share a hash, which only a hash does: they
    /// stay two names.
    ///
    /// A name of one to eight bytes (most labels) is hashed from its ``prefix(_:)`` all at once
    /// (``shortHash(_:count:)``); longer ones byte by byte, which gives every name the same hash.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 { hash(bytes, prefix: prefix(bytes)) }

    /// ``hash(_:)`` with the name's ``prefix(_:)`` read already.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> UInt32 {
        let count = bytes.count
        guard count > 0, count <= 8 else { return hashByBytes(bytes) }
        return shortHash(prefix, count: count)
    }

    /// ``hash(_:)`` of a name of `count` bytes (1 to 8), `word` its bytes (zero past them): the
    /// digits at its end found, and their number read, in all the bytes together, where the
    /// byte-by-byte loop cost a line's worth of instructions per label.
    @inline(__always)
    static func shortHash(_ word: UInt64, count: Int) -> UInt32 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = word & ~high
        // Bit 7 of each byte that is an ASCII digit (the bytes past the name are zero: none).
        let atLeastZero = low &+ (0x80 &- 0x30) &* ones
        let aboveNine = low &+ (0x7F &- 0x39) &* ones
        let digits = atLeastZero & ~aboveNine & ~word & high
        // The run of digits that ends the name, its last byte moved to the top.
        let unused = UInt64(8 &- count) &* 8
        let digitCount = (~(digits << unused) & high).leadingZeroBitCount &>> 3
        let stem = count &- digitCount
        var number: UInt64 = 0
        if digitCount > 0 {
            // The digits' values with the first in the lowest byte, moved up so that zero digits
            // fill the bytes below them; then pairs, fours and eights of digits combined.
            let first = UInt64(stem) &* 8
            let kept = digitCount == 8 ? UInt64.max : (1 &<< (UInt64(digitCount) &* 8)) &- 1
            var value = ((word >> first) & kept & 0x0F0F_0F0F_0F0F_0F0F) << (UInt64(8 &- digitCount) &* 8)
            value = (value &* 10 &+ (value >> 8)) & 0x00FF_00FF_00FF_00FF
            value = (value &* 100 &+ (value >> 16)) & 0x0000_FFFF_0000_FFFF
            number = (value &* 10000 &+ (value >> 32)) & 0xFFFF_FFFF
        }
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(stem)
        var tail = word
        if stem == 8 {
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            tail = 0
        } else {
            tail &= (1 &<< (UInt64(stem) &* 8)) &- 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        hash = (hash ^ hash >> 29 ^ (number >> 8)) &* 0xFF51_AFD7_ED55_8CCD
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) &+ (UInt32(truncatingIfNeeded: number) & 0xFF) &* 7
    }

    /// ``hash(_:)`` read byte by byte: for any name, and the rule the short path keeps to.
    static func hashByBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = bytes.baseAddress else { return UInt32(truncatingIfNeeded: 0x9E37_79B9_7F4A_7C15 as UInt64) }
        var stem = bytes.count
        var number: UInt32 = 0
        var scale: UInt32 = 1
        // Up to nine digits, so that the number fits in 32 bits.
        while stem > 0, bytes.count - stem < 9, base[stem - 1] &- 48 < 10 {
            stem -= 1
            number &+= UInt32(base[stem] &- 48) &* scale
            scale &*= 10
        }
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(stem)
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= stem {
            hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < stem {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        hash = (hash ^ hash >> 29 ^ UInt64(number >> 8)) &* 0xFF51_AFD7_ED55_8CCD
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) &+ (number & 0xFF) &* 7
    }
}
