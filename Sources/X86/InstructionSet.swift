/// The parsed instruction table, indexed by mnemonic.
///
/// The encoder reads only ``encodingForms`` and their index. The built-in set builds those from
/// ``BuiltInForms`` (the same table, compiled into integers by a generator, see
/// `Scripts/generate-tables`) so that start-up does not read thousands of rows of text; the
/// table text itself, with every ``InstructionForm``, is read the first time something asks for
/// it (explanations, help, some error messages).
public final class InstructionSet: Sendable {
    /// Every form, in table order.
    public var forms: [InstructionForm] { text.forms }
    /// Rows that could not be read (empty for a correct table; a test checks it).
    public var errors: [TableError] { text.errors }
    /// The table's rows as read, for printing back.
    public var rows: [InstructionTableParser.Row] { text.rows }

    /// Every form again, as the encoder reads it, grouped by mnemonic (table order within one).
    package let encodingForms: [EncodingForm]
    /// The first test of each of ``encodingForms`` (``EncodingFilter``), at the same positions.
    package let encodingFilters: [UInt64]
    private let encodingRanges: [Range<Int>]
    /// ``encodingForms`` grouped by operand kinds.
    package let formBuckets: FormBuckets
    @usableFromInline let vexMnemonics: [Bool]
    /// For each form index, its position in ``encodingForms``.
    private let encodingPositions: [Int]

    private let mnemonicIDs: MnemonicIndex
    private let mnemonicNames: [String]
    private let parsed: ParsedTables?

    /// The built-in table: from its compiled form when that is current.
    public static let shared = BuiltInForms.isCurrent
        ? InstructionSet(builtIn: BuiltInForms.self) : InstructionSet(tables: InstructionTables.all)

    /// Reads `tables` (each a block of rows).
    public convenience init(tables: [String]) {
        let parsed = ParsedTables(tables)
        var encodingForms: [EncodingForm] = []
        encodingForms.reserveCapacity(parsed.forms.count)
        for (id, indices) in parsed.formsByMnemonic.enumerated() {
            for index in indices { encodingForms.append(EncodingForm(parsed.forms[index], mnemonic: UInt16(id))) }
        }
        self.init(encodingForms: encodingForms, names: parsed.mnemonicNames, parsed: parsed)
    }

    /// The built-in table, from its compiled form.
    private convenience init(builtIn: BuiltInForms.Type) {
        let (forms, names) = BuiltInForms.decode()
        self.init(encodingForms: forms, names: names, parsed: nil, buckets: BuiltInForms.buckets)
    }

    /// Everything else from the encoding forms, grouped by mnemonic in id order.
    private init(encodingForms: [EncodingForm], names: [String], parsed: ParsedTables?, buckets: FormBuckets? = nil) {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(names.count)
        var positions = [Int](repeating: 0, count: encodingForms.count)
        var start = 0
        for position in 0...encodingForms.count
        where position == encodingForms.count || encodingForms[position].mnemonic != encodingForms[start].mnemonic {
            if position > start { ranges.append(start..<position) }
            start = position
        }
        for (position, form) in encodingForms.enumerated() where form.index < positions.count {
            positions[form.index] = position
        }
        let ids = MnemonicIndex(names)
        self.encodingForms = encodingForms
        self.encodingFilters = encodingForms.map(EncodingFilter.word)
        self.encodingRanges = ranges
        self.formBuckets = buckets ?? FormBuckets(forms: encodingForms, ranges: ranges)
        self.vexMnemonics = ranges.map { range in encodingForms[range].contains { $0.vex != nil } }
        self.encodingPositions = positions
        self.mnemonicIDs = ids
        self.mnemonicNames = names
        self.parsed = parsed
    }

    /// The table text, read: this set's own, or the built-in one (read once, when first asked).
    private var text: ParsedTables { parsed ?? ParsedTables.builtIn }

    /// Whether some form of `mnemonic` is VEX-encoded: then a register's REX bit can decide
    /// between its forms (VEX has a two-byte prefix only without REX.X and REX.B).
    @inlinable
    package func hasVEXForms(_ mnemonic: Mnemonic) -> Bool {
        Int(mnemonic.id) < vexMnemonics.count ? vexMnemonics[Int(mnemonic.id)] : true
    }

    /// The encoder's view of the form with table index `index`, without reading the table text.
    package func encodingForm(index: Int) -> EncodingForm {
        encodingForms[encodingPositions[index]]
    }

    /// Whether some form of `mnemonic` has a branch displacement operand.
    public func hasRelativeForms(_ mnemonic: Mnemonic) -> Bool {
        encodingForms[encodingRange(of: mnemonic)].contains { $0.hasRelativeOperand }
    }

    /// The mnemonic spelled `name`, if any form has it.
    public func mnemonic(named name: PackedName) -> Mnemonic? { mnemonicIDs.mnemonic(named: name) }

    /// The lowercase spelling of `mnemonic`.
    public func name(of mnemonic: Mnemonic) -> String {
        Int(mnemonic.id) < mnemonicNames.count ? mnemonicNames[Int(mnemonic.id)] : "?"
    }

    /// Indices into ``forms`` of every form of `mnemonic`, in table order.
    public func formIndices(of mnemonic: Mnemonic) -> [Int] {
        encodingForms[encodingRange(of: mnemonic)].map(\.index)
    }

    /// Where the forms of `mnemonic` are in ``encodingForms``.
    @inline(__always)
    package func encodingRange(of mnemonic: Mnemonic) -> Range<Int> {
        Int(mnemonic.id) < encodingRanges.count ? encodingRanges[Int(mnemonic.id)] : 0..<0
    }

    /// Every form of `mnemonic`, in table order.
    public func forms(of mnemonic: Mnemonic) -> [InstructionForm] {
        let forms = self.forms
        return formIndices(of: mnemonic).map { forms[$0] }
    }

    /// How many mnemonics there are (ids run from 0).
    package var mnemonicCount: Int { mnemonicNames.count }

    /// Every mnemonic spelling, sorted, for completion and help.
    public var mnemonics: [String] { mnemonicNames.sorted() }
}

/// The table text read into forms: every row, grouped by mnemonic, ids in order of first use.
final class ParsedTables: Sendable {
    let forms: [InstructionForm]
    let errors: [TableError]
    let rows: [InstructionTableParser.Row]
    /// Lowercase mnemonics, by id.
    let mnemonicNames: [String]
    /// For each mnemonic id, its forms' indices in table order.
    let formsByMnemonic: [[Int]]

    /// The built-in tables, read on first use.
    static let builtIn = ParsedTables(InstructionTables.all)

    init(_ tables: [String]) {
        var forms: [InstructionForm] = []
        var errors: [TableError] = []
        var rows: [InstructionTableParser.Row] = []
        var patterns: [String: OperandPattern] = [:]
        for table in tables {
            var text = table
            text.withUTF8 { bytes in
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
                    defer { start = end + 1 }
                    guard let parsed = InstructionTableParser.row(UnsafeBufferPointer(rebasing: bytes[start..<end])) else {
                        continue
                    }
                    switch parsed {
                    case .failure(let error): errors.append(error)
                    case .success(let row):
                        rows.append(row)
                        switch InstructionTableParser.forms(of: row, firstIndex: forms.count, patterns: &patterns) {
                        case .failure(let error): errors.append(error)
                        case .success(let new): forms.append(contentsOf: new)
                        }
                    }
                }
            }
        }
        var ids: [PackedName: Int] = [:]
        var names: [String] = []
        var byMnemonic: [[Int]] = []
        for form in forms {
            // PackedName folds case itself; the lowercase String is made once per mnemonic.
            guard let packed = PackedName(form.mnemonic) else {
                errors.append(TableError("mnemonic '\(form.mnemonic.lowercased())' is longer than \(PackedName.capacity) characters"))
                continue
            }
            let id: Int
            if let existing = ids[packed] {
                id = existing
            } else {
                id = names.count
                ids[packed] = id
                names.append(form.mnemonic.lowercased())
                byMnemonic.append([])
            }
            byMnemonic[id].append(form.index)
        }
        self.forms = forms
        self.errors = errors
        self.rows = rows
        self.mnemonicNames = names
        self.formsByMnemonic = byMnemonic
    }
}

/// Mnemonic ids by packed spelling: open addressing over plain words, three per slot (the
/// spelling, then the id + 1; 0 for an empty slot). Built at every start, where a dictionary's
/// hashing and the runtime's first look-ups of its generic types cost more than the rest of
/// the index.
struct MnemonicIndex: Sendable {
    private let words: [UInt64]
    private let mask: Int

    init(_ names: [String]) {
        var capacity = 64
        while capacity < names.count * 2 { capacity <<= 1 }
        var words = [UInt64](repeating: 0, count: capacity * 3)
        for (id, name) in names.enumerated() {
            guard let packed = PackedName(name) else { continue }
            var slot = MnemonicIndex.slot(packed, mask: capacity - 1)
            while words[slot * 3 + 2] != 0, words[slot * 3] != packed.low || words[slot * 3 + 1] != packed.high {
                slot = (slot + 1) & (capacity - 1)
            }
            words[slot * 3] = packed.low
            words[slot * 3 + 1] = packed.high
            words[slot * 3 + 2] = UInt64(id) + 1
        }
        self.words = words
        mask = capacity - 1
    }

    private static func slot(_ name: PackedName, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((name.low &* 0x9E37_79B9_7F4A_7C15) ^ (name.high &* 0xC2B2_AE3D_27D4_EB4F)) >> 40) & mask
    }

    func mnemonic(named name: PackedName) -> Mnemonic? {
        var slot = MnemonicIndex.slot(name, mask: mask)
        while true {
            let id = words[slot * 3 + 2]
            if id == 0 { return nil }
            if words[slot * 3] == name.low, words[slot * 3 + 1] == name.high { return Mnemonic(id: UInt16(id - 1)) }
            slot = (slot + 1) & mask
        }
    }
}
