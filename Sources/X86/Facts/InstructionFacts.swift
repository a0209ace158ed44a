/// The facts table read into a lookup by mnemonic.
///
/// Rows come from ``InstructionFacts/rows`` (SDM facts in a readable table): see
/// ``InstructionFacts/parse(_:)`` for the columns.
public struct InstructionFacts: Sendable {
    /// Rows by uppercase mnemonic (`ADD`, `JCC`).
    public let byMnemonic: [String: MnemonicFacts]
    /// Rows that could not be read (empty for a correct table; a test checks it).
    public let errors: [TableError]

    /// The built-in facts: the general-purpose, x87, vector and AVX-512 tables.
    public static let shared = InstructionFacts(
        rows: [InstructionFacts.rows, InstructionFacts.x87Rows, InstructionFacts.vectorRows, InstructionFacts.avx512Rows]
            .joined(separator: "\n"))

    /// The stems of condition-code rows, longest first so `CMOV` is tried before a shorter stem.
    private static let conditionStems = ["CMOV", "SET", "J"]

    /// Reads `rows`.
    public init(rows: String) {
        var table: [String: MnemonicFacts] = [:]
        var errors: [TableError] = []
        for line in rows.split(separator: "\n", omittingEmptySubsequences: false) {
            switch InstructionFacts.parse(line) {
            case nil: continue
            case .failure(let error)?: errors.append(error)
            case .success(let facts)?:
                for name in facts.mnemonic.split(separator: " ") {
                    let key = name.uppercased()
                    if table[key] != nil { errors.append(TableError("'\(name)' has two facts rows")) }
                    table[key] = MnemonicFacts(
                        mnemonic: String(name), summary: facts.summary, flags: facts.flags, access: facts.access,
                        note: facts.note)
                }
            }
        }
        self.byMnemonic = table
        self.errors = errors
    }

    /// Facts about the mnemonic spelled `name` (case-insensitive). A condition-code spelling
    /// (`ja`, `cmovnae`, `setz`) resolves through its `cc` row, with the condition's flags read.
    public func facts(for name: String) -> MnemonicFacts? {
        let upper = name.uppercased()
        if let exact = byMnemonic[upper] { return exact }
        for stem in InstructionFacts.conditionStems where upper.hasPrefix(stem) {
            guard let row = byMnemonic[stem + "CC"],
                  let condition = ConditionFacts.named(upper.dropFirst(stem.count))
            else { continue }
            var flags = row.flags
            flags.read.formUnion(condition.flags)
            return MnemonicFacts(
                mnemonic: upper, summary: "\(row.summary): \(condition.meaning), \(condition.test)", flags: flags,
                access: row.access, note: row.note, condition: condition)
        }
        return nil
    }

    /// Facts about `mnemonic`.
    public func facts(for mnemonic: Mnemonic) -> MnemonicFacts? { facts(for: mnemonic.name) }

    /// Parses one row: `MNEMONIC[ MNEMONIC…] | summary | flags | access[ / access…][ | note]`.
    ///
    /// Several mnemonics may share a row (aliases such as `SHL SAL`). The access column lists
    /// `r`, `w`, `rw` or `-` per operand, one list per operand count separated by `/`. Returns
    /// nil for blank and comment (`#`) lines.
    public static func parse(_ line: Substring) -> Result<MnemonicFacts, TableError>? {
        let trimmed = line.trimmingSpaces
        if trimmed.isEmpty || trimmed.first == "#" { return nil }
        let columns = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard columns.count == 4 || columns.count == 5 else {
            return .failure(TableError("expected 4 or 5 columns separated by '|' in '\(trimmed)'"))
        }
        guard !columns[0].isEmpty, !columns[1].isEmpty else {
            return .failure(TableError("a facts row needs a mnemonic and a summary: '\(trimmed)'"))
        }
        let flags: FlagEffects
        let readsCondition: Bool
        switch FlagEffects.parse(columns[2]) {
        case .failure(let error): return .failure(error)
        case .success(let parsed): (flags, readsCondition) = parsed
        }
        // Spelled with a lowercase `cc` (`Jcc`), so 3DNow!'s `PFACC` is not taken for a condition row.
        let isConditionRow = columns[0].hasSuffix("cc")
        guard readsCondition == isConditionRow else {
            return .failure(TableError("'reads cc' belongs exactly to the condition-code rows: '\(trimmed)'"))
        }
        var access: [[OperandAccess]] = []
        for alternative in columns[3].split(separator: "/") {
            var list: [OperandAccess] = []
            for word in alternative.split(separator: " ") {
                guard let parsed = OperandAccess(rawValue: String(word)) else {
                    return .failure(TableError("unknown operand access '\(word)' in '\(trimmed)'"))
                }
                list.append(parsed)
            }
            if list == [.none] { list = [] }
            access.append(list)
        }
        let note = columns.count == 5 && !columns[4].isEmpty ? String(columns[4]) : nil
        return .success(MnemonicFacts(
            mnemonic: String(columns[0]), summary: String(columns[1]), flags: flags, access: access, note: note))
    }
}
