import X86

/// The directives Jitter understands, by what they do.
enum DirectiveWord: UInt8 {
    case data1, data2, data4, data8, data10, data16
    /// GNU's `.float`/`.single`, `.double`, `.tfloat`: every item a floating-point number.
    case float4, float8, float10
    case reserve1, reserve2, reserve4, reserve8, reserve10, reserve16
    case ascii, asciz
    /// GNU's `.incbin`, NASM's `incbin`: a file's bytes.
    case includeBinary
    case zero, fill
    /// GNU's `.nops SIZE[, LIMIT]`: SIZE bytes of NOPs.
    case nops
    case times
    case alignBytes, alignPowerOfTwo, nasmAlign
    case section, text, data, bss, rodata
    case global, external
    case bits, defaultMode, org
    /// `.code16`, `use16`…: `bits` with the number in the word.
    case code16, code32, code64
    case set, equ
    case common, localCommon
    case intelSyntax, attSyntax
    case ignoredLine
    /// Symbol attributes, section stacks, call frames and the like: read by word.
    case objectFile
}

/// Every reserved word of the syntax, found by one probe of a hash table keyed by the packed
/// lowercase name: no `String` is built and no dictionary is hashed per token.
struct Keyword {
    enum Kind: UInt8 {
        case mnemonic, branchMnemonic, register, prefix, size, directive
        case ptr, short, near, far, offset, rel, abs, strict
    }

    var kind: Kind
    /// Mnemonic id, register index, prefix bits, size in bits or directive word.
    var payload: UInt16
    /// For prefix words (and segment registers) that are also instructions on their own
    /// (`rep`, `fs` alone on a line): the mnemonic id + 1.
    var alsoMnemonic: UInt16 = 0
}

/// The table of keywords.
///
/// Open addressing over entries stored in the slots themselves (one memory access per
/// probe), allocated once for the life of the process: the table is immutable and shared.
struct Keywords: @unchecked Sendable {
    private struct Entry {
        /// The packed spelling; `low` 0 marks an empty slot (no keyword packs to 0).
        var low: UInt64
        var high: UInt64
        var keyword: Keyword
    }

    private let slots: UnsafeMutablePointer<Entry>
    private let mask: Int
    /// One bit per value of a hash's low 16 bits, set when a keyword has it: a word that is no
    /// keyword (a label, a symbol) is mostly turned away by this table, small enough to stay in
    /// the core's nearest cache, rather than by probing the slots.
    private let present: UnsafeMutablePointer<UInt64>
    let registers: [Register]

    static let shared = Keywords()

    private init() {
        let set = InstructionSet.shared
        // Every (word, meaning) in order; a later meaning of a word replaces an earlier one (a
        // register over a mnemonic) when the slots are filled.
        var entries: [(PackedName, Keyword)] = []
        entries.reserveCapacity(set.mnemonicCount + 512)
        var registers: [Register] = []
        func add(_ word: String, _ keyword: Keyword) {
            if let name = PackedName(word) { entries.append((name, keyword)) }
        }

        // By id: the names need neither sorting nor looking up again.
        for id in 0..<set.mnemonicCount {
            let mnemonic = Mnemonic(id: UInt16(id))
            let isBranch = set.hasRelativeForms(mnemonic)
            add(set.name(of: mnemonic), Keyword(kind: isBranch ? .branchMnemonic : .mnemonic, payload: mnemonic.id))
        }
        for (name, register) in Register.spellings {
            let mnemonic = set.mnemonic(named: name).map { $0.id + 1 } ?? 0
            entries.append((name, Keyword(kind: .register, payload: UInt16(registers.count), alsoMnemonic: mnemonic)))
            registers.append(register)
        }
        let prefixWords = [
            "lock", "rep", "repe", "repz", "repne", "repnz", "xacquire", "xrelease", "notrack", "data16", "addr32",
            "rex64", "rex", "rex.w", "bnd",
        ]
        for word in prefixWords {
            guard let name = PackedName(word), let prefix = PrefixSet.named(name) else { continue }
            let mnemonic = set.mnemonic(named: name).map { $0.id + 1 } ?? 0
            add(word, Keyword(kind: .prefix, payload: prefix.rawValue, alsoMnemonic: mnemonic))
        }
        for size in OperandSize.allCases { add(size.keyword, Keyword(kind: .size, payload: UInt16(size.bits))) }
        add("oword", Keyword(kind: .size, payload: 128))
        add("tword", Keyword(kind: .size, payload: 80))
        add("yword", Keyword(kind: .size, payload: 256))
        add("zword", Keyword(kind: .size, payload: 512))
        for (word, kind) in [("ptr", Keyword.Kind.ptr), ("short", .short), ("near", .near), ("far", .far),
                             ("offset", .offset), ("rel", .rel), ("abs", .abs), ("strict", .strict)] {
            add(word, Keyword(kind: kind, payload: 0))
        }
        for (word, directive) in Keywords.directiveWords {
            add(word, Keyword(kind: .directive, payload: UInt16(directive.rawValue)))
        }

        // Sized for every entry, repeated words included: at most a little larger than needed.
        var capacity = 64
        while capacity < entries.count * 2 { capacity <<= 1 }
        let slots = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
        slots.initialize(repeating: Entry(low: 0, high: 0, keyword: Keyword(kind: .ptr, payload: 0)), count: capacity)
        let present = UnsafeMutablePointer<UInt64>.allocate(capacity: Keywords.presentWords)
        present.initialize(repeating: 0, count: Keywords.presentWords)
        for (name, keyword) in entries {
            let hash = Keywords.hash(low: name.low, high: name.high)
            present[hash >> 6 & (Keywords.presentWords - 1)] |= 1 << UInt64(hash & 63)
            var slot = hash & (capacity - 1)
            while slots[slot].low != 0, slots[slot].low != name.low || slots[slot].high != name.high {
                slot = (slot + 1) & (capacity - 1)
            }
            slots[slot] = Entry(low: name.low, high: name.high, keyword: keyword)
        }
        self.present = present
        self.slots = slots
        self.mask = capacity - 1
        self.registers = registers
    }

    /// The words of ``present``: 2^16 bits.
    private static let presentWords = 1024

    @inline(__always)
    static func hash(low: UInt64, high: UInt64) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> 40)
    }

    /// The keyword whose packed lowercase spelling (see ``PackedName``) is `low`, `high`.
    @inline(__always)
    func lookup(low: UInt64, high: UInt64) -> Keyword? {
        lookup(low: low, high: high, hash: Keywords.hash(low: low, high: high))
    }

    /// As ``lookup(low:high:)``, with the spelling's ``hash(low:high:)`` known.
    @inline(__always)
    func lookup(low: UInt64, high: UInt64, hash: Int) -> Keyword? {
        guard present[hash >> 6 & (Keywords.presentWords - 1)] >> UInt64(hash & 63) & 1 != 0 else { return nil }
        var slot = hash & mask
        while true {
            let entry = slots[slot]
            if entry.low == low && entry.high == high { return entry.keyword }
            if entry.low == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func register(_ keyword: Keyword) -> Register { registers[Int(keyword.payload)] }

    static let directiveWords: [(String, DirectiveWord)] = [
        ("db", .data1), ("dw", .data2), ("dd", .data4), ("dq", .data8), ("dt", .data10), ("do", .data16),
        (".byte", .data1), (".word", .data2), (".short", .data2), (".value", .data2), (".hword", .data2),
        (".2byte", .data2), (".long", .data4), (".int", .data4), (".4byte", .data4), (".quad", .data8),
        (".8byte", .data8), (".octa", .data16),
        (".float", .float4), (".single", .float4), (".double", .float8), (".tfloat", .float10),
        ("resb", .reserve1), ("resw", .reserve2), ("resd", .reserve4), ("resq", .reserve8), ("rest", .reserve10),
        ("reso", .reserve16),
        (".ascii", .ascii), (".asciz", .asciz), (".string", .asciz), (".incbin", .includeBinary), ("incbin", .includeBinary),
        (".zero", .zero), (".skip", .zero), (".space", .zero), (".fill", .fill), (".nops", .nops),
        ("times", .times),
        (".align", .alignBytes), (".balign", .alignBytes), (".p2align", .alignPowerOfTwo), ("align", .nasmAlign),
        ("section", .section), ("segment", .section), (".section", .section),
        (".text", .text), (".data", .data), (".bss", .bss), (".rodata", .rodata),
        ("global", .global), (".globl", .global), (".global", .global),
        ("extern", .external), (".extern", .external),
        ("bits", .bits), ("default", .defaultMode), ("org", .org),
        (".set", .set), (".equ", .set), (".equiv", .equ), ("equ", .equ),
        (".comm", .common), (".lcomm", .localCommon), ("common", .common),
        (".intel_syntax", .intelSyntax), (".att_syntax", .attSyntax),
        (".code16", .code16), (".code32", .code32), (".code64", .code64), ("use16", .code16), ("use32", .code32),
        ("use64", .code64), (".cfi_sections", .ignoredLine), ("cpu", .ignoredLine),
        (".addrsig", .ignoredLine), (".addrsig_sym", .ignoredLine),
        (".allow_index_reg", .ignoredLine),
        // GNU's choice of instruction set: every instruction is accepted whatever it names.
        (".arch", .ignoredLine),
    ] + [
        ".type", ".size", ".file", ".ident", ".weak", ".hidden", ".local", ".protected", ".internal", ".loc",
        ".loc_mark_labels",
        ".previous", ".pushsection", ".popsection", ".uleb128", ".sleb128", ".symver",
        ".cfi_startproc", ".cfi_endproc", ".cfi_def_cfa", ".cfi_def_cfa_offset", ".cfi_offset",
        ".cfi_def_cfa_register", ".cfi_adjust_cfa_offset", ".cfi_rel_offset", ".cfi_restore", ".cfi_undefined",
        ".cfi_same_value", ".cfi_register", ".cfi_remember_state", ".cfi_restore_state", ".cfi_escape",
        ".cfi_personality", ".cfi_lsda", ".cfi_signal_frame",
    ].map { ($0, DirectiveWord.objectFile) }
}

/// The keywords one parser met last, in a small table of its own that stays in the core's
/// nearest cache: a line names a few of some hundred hot words (registers, sizes, common
/// mnemonics), which the large shared table spreads over a line of memory each.
final class RecentKeywords: @unchecked Sendable {
    struct Entry {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var keyword = Keyword(kind: .ptr, payload: 0)
    }

    /// A power of two.
    let count: Int
    /// Written and read by the one thread that owns the parser.
    let entries: UnsafeMutablePointer<Entry>

    init(count: Int) {
        self.count = count
        entries = UnsafeMutablePointer<Entry>.allocate(capacity: count)
        entries.initialize(repeating: Entry(), count: count)
    }

    deinit {
        entries.deinitialize(count: count)
        entries.deallocate()
    }

    /// The keyword spelled `low`, `high`, from this table or else from `keywords` (then kept here).
    @inline(__always)
    func lookup(low: UInt64, high: UInt64, in keywords: Keywords) -> Keyword? {
        let hash = Keywords.hash(low: low, high: high)
        // No keyword packs to 0, so an empty entry never matches.
        let entry = entries + (hash & (count - 1))
        if entry.pointee.low == low, entry.pointee.high == high { return entry.pointee.keyword }
        guard let found = keywords.lookup(low: low, high: high, hash: hash) else { return nil }
        entry.pointee = Entry(low: low, high: high, keyword: found)
        return found
    }
}
