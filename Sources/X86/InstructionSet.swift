/// The parsed instruction table, indexed by mnemonic.
public final class InstructionSet: Sendable {
    /// Every form, in table order.
    public let forms: [InstructionForm]
    /// Rows that could not be read (empty for a correct table; a test checks it).
    public let errors: [TableError]
    /// The table's rows as read, for printing back.
    public let rows: [InstructionTableParser.Row]

    /// Every form again, as the encoder reads it, grouped by mnemonic (table order within one).
    package let encodingForms: [EncodingForm]
    /// The first test of each of ``encodingForms`` (``EncodingFilter``), at the same positions.
    package let encodingFilters: [UInt64]
    private let encodingRanges: [Range<Int>]
    /// ``encodingForms`` grouped by operand kinds.
    package let formBuckets: FormBuckets
    private let vexMnemonics: [Bool]

    private let mnemonicIDs: [PackedName: Mnemonic]
    private let mnemonicNames: [String]
    private let formsByMnemonic: [[Int]]

    /// The built-in table.
    public static let shared = InstructionSet(tables: InstructionTables.all)

    /// Reads `tables` (each a block of rows).
    public init(tables: [String]) {
        var forms: [InstructionForm] = []
        var errors: [TableError] = []
        var rows: [InstructionTableParser.Row] = []
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
                        switch InstructionTableParser.forms(of: row, firstIndex: forms.count) {
                        case .failure(let error): errors.append(error)
                        case .success(let new): forms.append(contentsOf: new)
                        }
                    }
                }
            }
        }
        var ids: [PackedName: Mnemonic] = [:]
        var names: [String] = []
        var byMnemonic: [[Int]] = []
        for form in forms {
            let lower = form.mnemonic.lowercased()
            guard let packed = PackedName(lower) else {
                errors.append(TableError("mnemonic '\(lower)' is longer than \(PackedName.capacity) characters"))
                continue
            }
            let mnemonic: Mnemonic
            if let existing = ids[packed] {
                mnemonic = existing
            } else {
                mnemonic = Mnemonic(id: UInt16(names.count))
                ids[packed] = mnemonic
                names.append(lower)
                byMnemonic.append([])
            }
            byMnemonic[Int(mnemonic.id)].append(form.index)
        }
        var encodingForms: [EncodingForm] = []
        var encodingRanges: [Range<Int>] = []
        encodingForms.reserveCapacity(forms.count)
        for indices in byMnemonic {
            let start = encodingForms.count
            for index in indices { encodingForms.append(EncodingForm(forms[index])) }
            encodingRanges.append(start..<encodingForms.count)
        }
        self.encodingForms = encodingForms
        self.encodingFilters = encodingForms.map(EncodingFilter.word)
        self.encodingRanges = encodingRanges
        self.formBuckets = FormBuckets(forms: encodingForms, ranges: encodingRanges)
        self.vexMnemonics = encodingRanges.map { range in encodingForms[range].contains { $0.vex != nil } }
        self.forms = forms
        self.errors = errors
        self.rows = rows
        self.mnemonicIDs = ids
        self.mnemonicNames = names
        self.formsByMnemonic = byMnemonic
    }

    /// Whether some form of `mnemonic` is VEX-encoded: then a register's REX bit can decide
    /// between its forms (VEX has a two-byte prefix only without REX.X and REX.B).
    @inline(__always)
    package func hasVEXForms(_ mnemonic: Mnemonic) -> Bool {
        Int(mnemonic.id) < vexMnemonics.count ? vexMnemonics[Int(mnemonic.id)] : true
    }

    /// The mnemonic spelled `name`, if any form has it.
    public func mnemonic(named name: PackedName) -> Mnemonic? { mnemonicIDs[name] }

    /// The lowercase spelling of `mnemonic`.
    public func name(of mnemonic: Mnemonic) -> String {
        Int(mnemonic.id) < mnemonicNames.count ? mnemonicNames[Int(mnemonic.id)] : "?"
    }

    /// Indices into ``forms`` of every form of `mnemonic`, in table order.
    public func formIndices(of mnemonic: Mnemonic) -> [Int] {
        Int(mnemonic.id) < formsByMnemonic.count ? formsByMnemonic[Int(mnemonic.id)] : []
    }

    /// Where the forms of `mnemonic` are in ``encodingForms``.
    @inline(__always)
    package func encodingRange(of mnemonic: Mnemonic) -> Range<Int> {
        Int(mnemonic.id) < encodingRanges.count ? encodingRanges[Int(mnemonic.id)] : 0..<0
    }

    /// Every form of `mnemonic`, in table order.
    public func forms(of mnemonic: Mnemonic) -> [InstructionForm] {
        formIndices(of: mnemonic).map { forms[$0] }
    }

    /// Every mnemonic spelling, sorted, for completion and help.
    public var mnemonics: [String] { mnemonicNames.sorted() }
}
