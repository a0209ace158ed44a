import Diagnostics
import ObjectFile

/// How an operand names a symbol for the linker: `sym@PLT`, `sym@GOTPCREL`, `sym@TPOFF` …
package enum RelocationModifier: UInt8, Sendable, CaseIterable {
    case plt, gotpcrel, got, gotoff, gotpc, tpoff, ntpoff, gottpoff, tlsgd, tlsld, dtpoff
    /// `sym@SIZE`: the symbol's size, which the linker fills in.
    case size

    /// The modifier spelled `name` after `@` (any case).
    package init?(name: String) {
        switch name.lowercased() {
        case "plt": self = .plt
        case "gotpcrel": self = .gotpcrel
        case "got": self = .got
        case "gotoff": self = .gotoff
        case "gotpc": self = .gotpc
        case "tpoff": self = .tpoff
        case "ntpoff": self = .ntpoff
        case "gottpoff": self = .gottpoff
        case "tlsgd": self = .tlsgd
        case "tlsld": self = .tlsld
        case "dtpoff": self = .dtpoff
        case "size": self = .size
        default: return nil
        }
    }

    var spelling: String {
        switch self {
        case .plt: "PLT"
        case .gotpcrel: "GOTPCREL"
        case .got: "GOT"
        case .gotoff: "GOTOFF"
        case .gotpc: "GOTPC"
        case .tpoff: "TPOFF"
        case .ntpoff: "NTPOFF"
        case .gottpoff: "GOTTPOFF"
        case .tlsgd: "TLSGD"
        case .tlsld: "TLSLD"
        case .dtpoff: "DTPOFF"
        case .size: "SIZE"
        }
    }

    /// Names a thread-local symbol.
    var isThreadLocal: Bool {
        switch self {
        case .tpoff, .ntpoff, .gottpoff, .tlsgd, .tlsld, .dtpoff: true
        default: false
        }
    }
}

/// What `.globl`, `.weak`, `.local`, `.hidden`, `.type` and `.size` said about a symbol.
package struct SymbolAttributes: Sendable {
    package var binding: ObjectSymbol.Binding = .local
    /// Declared with a binding (`.globl`, `.weak`, `.local`, `extern`) rather than by default.
    package var explicitBinding = false
    package var visibility: ObjectSymbol.Visibility = .default
    package var kind: ObjectSymbol.Kind?
    package var size: Value?
    /// `.comm`: a tentative definition the linker allocates.
    package var common: (size: Int64, alignment: Int64)?
}

/// ELF attributes of a section: from its name, or from `.section name,"flags",@type,entsize`.
package struct SectionAttributes: Sendable {
    package var type: UInt32
    package var flags: UInt64
    package var entrySize: UInt64 = 0
    package var group: String?

    package init(type: UInt32, flags: UInt64, entrySize: UInt64 = 0, group: String? = nil) {
        self.type = type
        self.flags = flags
        self.entrySize = entrySize
        self.group = group
    }

    /// What GNU as gives a section of this name when no flags are written.
    package static func defaults(for name: String) -> SectionAttributes {
        typealias T = ELF.SectionType
        typealias F = ELF.SectionFlag
        func starts(_ prefix: String) -> Bool { name == prefix || name.hasPrefix(prefix + ".") }
        if starts(".text") || starts(".init") || starts(".fini") { return .init(type: T.progbits, flags: F.alloc | F.execute) }
        if starts(".bss") { return .init(type: T.nobits, flags: F.alloc | F.write) }
        if starts(".tbss") { return .init(type: T.nobits, flags: F.alloc | F.write | F.tls) }
        if starts(".tdata") { return .init(type: T.progbits, flags: F.alloc | F.write | F.tls) }
        if starts(".data") || starts(".data1") { return .init(type: T.progbits, flags: F.alloc | F.write) }
        if starts(".rodata") || starts(".rodata1") || starts(".gcc_except_table") { return .init(type: T.progbits, flags: F.alloc) }
        // Arrays of pointers: entries of 8 bytes.
        if starts(".init_array") { return .init(type: T.initArray, flags: F.alloc | F.write, entrySize: 8) }
        if starts(".fini_array") { return .init(type: T.finiArray, flags: F.alloc | F.write, entrySize: 8) }
        if starts(".preinit_array") { return .init(type: T.preinitArray, flags: F.alloc | F.write, entrySize: 8) }
        if name == ".eh_frame" { return .init(type: T.x86_64Unwind, flags: F.alloc) }
        if name == ".comment" { return .init(type: T.progbits, flags: F.merge | F.strings, entrySize: 1) }
        if name.hasPrefix(".note") { return .init(type: T.note, flags: 0) }
        return .init(type: T.progbits, flags: 0)
    }
}

/// A relocation found while writing a section, before symbols are numbered.
struct PendingRelocation {
    enum Target: Hashable {
        case section(Int32)
        case symbol(SymbolID)
    }

    var offset: Int64
    var type: UInt32
    var target: Target
    var addend: Int64
}

/// What only an object file needs, kept apart from the flat-binary path.
struct ObjectState {
    var symbolAttributes: [Int32: SymbolAttributes] = [:]
    /// Each symbol's binding by number, once parsing is done (see ``ProgramBuilder/prepareBindings()``).
    var bindings: [ObjectSymbol.Binding] = []
    /// Per modified symbol (`printf@PLT`): the symbol it names and how.
    var modified: [Int32: (base: SymbolID, modifier: RelocationModifier)] = [:]
    var modifiedIDs: [Int64: SymbolID] = [:]
    /// Per section index: its ELF attributes.
    var sectionAttributes: [Int: SectionAttributes] = [:]
    /// Per section index: relocations found by layout.
    var relocations: [Int: [PendingRelocation]] = [:]
    /// Local symbols a relocation names by name (`.LC0` in a mergeable section, TLS, GOT).
    var namedInRelocations: Set<Int32> = []
    /// A GOT or TLS modifier was used: GNU as then lists `_GLOBAL_OFFSET_TABLE_`.
    var usesGlobalOffsetTable = false
    /// Symbols used with a thread-local modifier.
    var threadLocal: Set<Int32> = []
    /// `.section` stack for `.pushsection`/`.popsection`, and the section before the last switch.
    var sectionStack: [Int] = []
    var previousSection = 0
    /// `.file "name"`.
    var sourceName: String?
    /// `.symver`: versioned names of symbols, in order.
    var symbolVersions: [(id: SymbolID, name: String)] = []
    /// Local common storage, placed at the end of `.bss` when parsing is done.
    var localCommons: [(id: SymbolID, size: Int64, alignment: Int64, range: SourceRange)] = []
    /// The view of each code section's last line row.
    var rowViews: [Int32: RowView] = [:]
    /// The view of the row the last `.loc` with a view made, until its symbol takes it.
    var lastRowView: Value?
    var callFrames = CallFrameRecorder()
    /// `.file N` and `.loc`: the DWARF line table.
    var lines = LineTableRecorder()
    /// `.uleb128`/`.sleb128` items whose values layout decides.
    var leb128: [LEB128Record] = []
    /// Set once layout has run long enough that LEB128 fragments stop shrinking.
    var leb128GrowsOnly = false
    /// Layout's first pass in an object: alignments are sized, branches stay as they are.
    var sizingAlignments = false
    /// The section whose fragments are being written.
    var expandingSection: Int32 = 0
}

/// A `.uleb128` or `.sleb128` item that waits for layout.
struct LEB128Record {
    var value: Value
    var signed: Bool
    var line: Int32
    var statement: Int32
}

extension ProgramBuilder {
    /// A `.uleb128`/`.sleb128` item; a fragment when its value depends on layout.
    package mutating func emitLEB128(_ value: Value, signed: Bool) {
        if let number = resolvedNow(value) {
            output.append(contentsOf: ProgramBuilder.leb128(number, signed: signed))
            return
        }
        object.leb128.append(LEB128Record(value: value, signed: signed, line: line, statement: statement))
        appendFragment(.leb128, size: 1, record: Int32(object.leb128.count - 1))
    }

    /// How many bytes `value` takes in LEB128, at the fewest: what ``leb128(_:signed:size:)``
    /// writes with `size` 0, counted without making the bytes (layout asks it of every LEB128
    /// fragment in every pass, and gcc's debugging information has hundreds of thousands).
    static func leb128Count(_ value: Int64, signed: Bool) -> Int {
        var rest = value
        var count = 1
        while true {
            let byte = rest & 0x7F
            rest = signed ? rest >> 7 : Int64(bitPattern: UInt64(bitPattern: rest) >> 7)
            let done = signed ? (rest == 0 && byte & 0x40 == 0) || (rest == -1 && byte & 0x40 != 0) : rest == 0
            if done { return count }
            count += 1
        }
    }

    /// `value` in LEB128, padded to `size` bytes when it needs fewer (`size` 0: as few as it needs).
    static func leb128(_ value: Int64, signed: Bool, size: Int = 0) -> [UInt8] {
        var bytes: [UInt8] = []
        var rest = value
        while true {
            let byte = UInt8(rest & 0x7F)
            rest = signed ? rest >> 7 : Int64(bitPattern: UInt64(bitPattern: rest) >> 7)
            let done = signed ? (rest == 0 && byte & 0x40 == 0) || (rest == -1 && byte & 0x40 != 0) : rest == 0
            if done && bytes.count + 1 >= size {
                bytes.append(byte)
                return bytes
            }
            bytes.append(byte | 0x80)
            if done {
                // Padding: continuation bytes that add nothing (sign bits for a negative value).
                let fill: UInt8 = signed && value < 0 ? 0x7F : 0
                while bytes.count + 1 < size { bytes.append(fill | 0x80) }
                bytes.append(fill)
                return bytes
            }
        }
    }
}
