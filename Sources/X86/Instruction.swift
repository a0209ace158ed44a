/// How far a relative branch may reach.
public enum BranchWidth: Sendable, Hashable {
    /// The shortest form that reaches the target.
    case automatic
    /// `short`: an 8-bit displacement, or an error.
    case short
    /// `near`: a 32-bit displacement.
    case near
}

/// One instruction: a mnemonic, its operands and prefixes. Values, not text: the parser builds
/// them, the builder API builds them, the encoder turns them into bytes.
public struct Instruction: Sendable, Hashable {
    public var mnemonic: Mnemonic
    public var operands: OperandList
    public var prefixes: PrefixSet
    /// A segment override written as a prefix word rather than inside a memory operand.
    public var segmentPrefix: Register?
    public var branchWidth: BranchWidth

    public init(
        _ mnemonic: Mnemonic, _ operands: OperandList = [], prefixes: PrefixSet = [],
        segmentPrefix: Register? = nil, branchWidth: BranchWidth = .automatic
    ) {
        self.mnemonic = mnemonic
        self.operands = operands
        self.prefixes = prefixes
        self.segmentPrefix = segmentPrefix
        self.branchWidth = branchWidth
    }
}

/// A mnemonic known to the instruction table, by its index there.
public struct Mnemonic: Sendable, Hashable, CustomStringConvertible {
    public let id: UInt16

    public init(id: UInt16) { self.id = id }

    /// The mnemonic spelled `name` (case-insensitive), if the table has it.
    public init?(_ name: String) {
        guard let packed = PackedName(name), let mnemonic = InstructionSet.shared.mnemonic(named: packed) else {
            return nil
        }
        self = mnemonic
    }

    /// The lowercase spelling.
    public var name: String { InstructionSet.shared.name(of: self) }
    public var description: String { name }
}
