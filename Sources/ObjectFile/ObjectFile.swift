/// A relocatable object as an assembler produces it: sections with their bytes and
/// relocations, and symbols. It knows nothing of where these came from; ``ELFWriter`` turns
/// it into an ELF64 file that `ld`, `gcc` and `objdump` read.
public struct ObjectFile: Sendable {
    public var sections: [ObjectSection] = []
    public var symbols: [ObjectSymbol] = []
    /// The source file's name (`.file`), written as the first symbol.
    public var sourceName: String?

    public init() {}
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

/// One symbol of an object file.
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

    public var name: String
    public var value: UInt64
    public var size: UInt64
    public var binding: Binding
    public var kind: Kind
    public var visibility: Visibility
    public var place: Place

    public init(name: String, value: UInt64, size: UInt64 = 0, binding: Binding, kind: Kind = .none,
                visibility: Visibility = .default, place: Place) {
        self.name = name
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
