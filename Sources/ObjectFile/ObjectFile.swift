/// A relocatable object as an assembler produces it: sections with their bytes and
/// relocations, and symbols. It knows nothing of where these came from; ``ELFWriter`` turns
/// it into an ELF64 file that `ld`, `gcc` and `objdump` read.
public struct ObjectFile: Sendable {
    public var sections: [ObjectSection] = []
    /// The symbols, in the order they were added (see ``addSymbol(_:named:)``).
    public private(set) var symbols: [ObjectSymbol] = []
    /// The bytes the symbols' names are slices of (UTF-8, not ended by zeros): one array
    /// rather than a `String` per symbol, because a big file has tens of thousands of them.
    /// It may hold bytes no symbol names.
    public private(set) var symbolNames: [UInt8] = []
    /// The source file's name (`.file`), written as the first symbol.
    public var sourceName: String?

    public init() {}

    /// An object of `symbols` whose names are slices of `symbolNames` (see
    /// ``ObjectSymbol/nameStart``): an assembler's own table of names, taken over without a copy.
    package init(symbolNames: [UInt8], symbols: [ObjectSymbol]) {
        self.symbolNames = symbolNames
        self.symbols = symbols
    }

    /// Adds `symbol` named `name`; returns its index in ``symbols``.
    @discardableResult
    public mutating func addSymbol(_ symbol: ObjectSymbol, named name: String) -> Int {
        var symbol = symbol
        symbol.nameStart = Int32(truncatingIfNeeded: symbolNames.count)
        symbol.nameCount = Int32(truncatingIfNeeded: name.utf8.count)
        symbolNames.append(contentsOf: name.utf8)
        symbols.append(symbol)
        return symbols.count - 1
    }

    /// The name of symbol `index`.
    public func name(ofSymbol index: Int) -> String {
        symbolNames.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[nameRange(ofSymbol: index)]), as: UTF8.self) }
    }

    /// Where the name of symbol `index` lies in ``symbolNames``.
    public func nameRange(ofSymbol index: Int) -> Range<Int> {
        let start = Int(symbols[index].nameStart)
        return start..<start + Int(symbols[index].nameCount)
    }

    /// Names symbol `index` `name`.
    public mutating func renameSymbol(_ index: Int, to name: String) {
        symbols[index].nameStart = Int32(truncatingIfNeeded: symbolNames.count)
        symbols[index].nameCount = Int32(truncatingIfNeeded: name.utf8.count)
        symbolNames.append(contentsOf: name.utf8)
    }

    /// The first symbol named `name`, if any.
    public func firstSymbol(named name: String) -> Int? {
        var name = name
        return name.withUTF8 { wanted in
            symbolNames.withUnsafeBufferPointer { names in
                for index in symbols.indices where Int(symbols[index].nameCount) == wanted.count {
                    let start = Int(symbols[index].nameStart)
                    if wanted.indices.allSatisfy({ names[start + $0] == wanted[$0] }) { return index }
                }
                return nil
            }
        }
    }
}

/// One section of an object file.
public struct ObjectSection: Sendable {
    public var name: String
    /// `SHT_*` (see ``ELF/SectionType``).
    public var type: UInt32
    /// `SHF_*` bits (see ``ELF/SectionFlag``).
    public var flags: UInt64
    public var alignment: UInt64
    /// The size of one entry, for mergeable sections (`"aMS",@progbits,1`).
    public var entrySize: UInt64
    /// The contents; empty for `SHT_NOBITS`, whose size is ``size``.
    public var bytes: [UInt8]
    public var size: UInt64
    public var relocations: [ObjectRelocation] = []
    /// For a section in a COMDAT group: the group's signature symbol name.
    public var group: String?

    public init(name: String, type: UInt32, flags: UInt64, alignment: UInt64, entrySize: UInt64, bytes: [UInt8], size: UInt64) {
        self.name = name
        self.type = type
        self.flags = flags
        self.alignment = alignment
        self.entrySize = entrySize
        self.bytes = bytes
        self.size = size
    }
}

/// One symbol of an object file; the file keeps its name (``ObjectFile/name(ofSymbol:)``).
public struct ObjectSymbol: Sendable {
    public enum Binding: UInt8, Sendable { case local = 0, global = 1, weak = 2 }
    public enum Kind: UInt8, Sendable {
        case none = 0, object = 1, function = 2, section = 3, file = 4, common = 5, tls = 6
        /// `STT_GNU_IFUNC`: a function that returns the address of the implementation to use.
        case indirectFunction = 10
    }
    public enum Visibility: UInt8, Sendable { case `default` = 0, `internal` = 1, hidden = 2, protected = 3 }
    /// Where the symbol is defined.
    public enum Place: Sendable, Hashable {
        case undefined
        case absolute
        /// A tentative definition the linker allocates (`.comm`); the value is its alignment.
        case common
        /// Index into ``ObjectFile/sections``.
        case section(Int)
    }

    public var value: UInt64
    public var size: UInt64
    public var binding: Binding
    public var kind: Kind
    public var visibility: Visibility
    public var place: Place
    /// Where the name lies in ``ObjectFile/symbolNames``: set by
    /// ``ObjectFile/addSymbol(_:named:)``, or by an assembler handing over its own names.
    package var nameStart: Int32 = 0
    package var nameCount: Int32 = 0

    /// A symbol the file names as it adds it (``ObjectFile/addSymbol(_:named:)``).
    public init(value: UInt64, size: UInt64 = 0, binding: Binding, kind: Kind = .none,
                visibility: Visibility = .default, place: Place) {
        self.value = value
        self.size = size
        self.binding = binding
        self.kind = kind
        self.visibility = visibility
        self.place = place
    }
}

/// A field the linker fills in: `type` of `symbol` plus `addend`, at `offset` in its section.
public struct ObjectRelocation: Sendable, Hashable {
    /// What the relocation is against.
    public enum Target: Sendable, Hashable {
        /// Index into ``ObjectFile/symbols``.
        case symbol(Int)
        /// The section symbol of index into ``ObjectFile/sections``.
        case section(Int)
    }

    public var offset: UInt64
    /// `R_X86_64_*` (see ``ELF/RelocationType``).
    public var type: UInt32
    public var target: Target
    public var addend: Int64

    public init(offset: UInt64, type: UInt32, target: Target, addend: Int64) {
        self.offset = offset
        self.type = type
        self.target = target
        self.addend = addend
    }
}
