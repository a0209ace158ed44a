/// How an instruction uses one of its explicit operands (the SDM's "Op/En" access column).
public enum OperandAccess: String, Sendable, Hashable {
    case read = "r"
    case write = "w"
    case readWrite = "rw"
    /// Neither read nor written as data (a branch target is read as an address: `r`).
    case none = "-"

    /// True when the operand is written.
    public var writes: Bool { self == .write || self == .readWrite }
}

/// The facts about one mnemonic: a one-line description, its flag effects, how it uses its
/// operands, and anything a learner should know. One row of ``InstructionFacts``.
public struct MnemonicFacts: Sendable, Hashable {
    /// The mnemonic as the row spells it (`ADD`, `Jcc`), or the resolved spelling (`JA`).
    public let mnemonic: String
    /// A one-line description (`Add with carry`).
    public let summary: String
    public let flags: FlagEffects
    /// Operand access for each operand count the mnemonic has (`IMUL`: `r`, `rw r`, `w r r`).
    public let access: [[OperandAccess]]
    /// Something worth knowing that the other columns cannot say (implicit registers, faults).
    public let note: String?
    /// For a resolved condition-code spelling (`JA`), the condition it tests.
    public let condition: ConditionFacts?

    public init(
        mnemonic: String, summary: String, flags: FlagEffects, access: [[OperandAccess]], note: String?,
        condition: ConditionFacts? = nil
    ) {
        self.mnemonic = mnemonic
        self.summary = summary
        self.flags = flags
        self.access = access
        self.note = note
        self.condition = condition
    }

    /// How operand `index` of an instruction with `count` operands is used; `read` when the row
    /// does not say (every operand is at least read).
    public func access(ofOperand index: Int, count: Int) -> OperandAccess {
        let list = access.first { $0.count == count } ?? access.last ?? []
        return index < list.count ? list[index] : .read
    }
}
