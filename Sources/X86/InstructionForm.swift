/// One encoding form of one mnemonic: a row of the instruction table.
public struct InstructionForm: Sendable, Hashable {
    /// The mnemonic as this form spells it (uppercase, condition already substituted).
    public let mnemonic: String
    public let operands: [OperandPattern]
    /// The operand classes as written in the row (`r/m32`).
    public let operandTokens: [String]
    public let roles: [OperandRole]
    public let opcode: OpcodeSpec
    public let attributes: FormAttributes
    /// The condition code folded into the opcode (`+cc` rows), if any.
    public let condition: UInt8?
    /// The row as written in the table, before condition-code expansion.
    public var row: String { source.text }
    /// The row's columns, kept as read: printing them back is left until someone asks, since
    /// every form is built at start-up and few are ever shown.
    let source: InstructionTableParser.Row
    /// Position in the table: the earlier of two equally short forms wins.
    public let index: Int

    /// The operand size the form works at: the width of its register/memory data operand,
    /// else what its prefixes and attributes imply.
    public let operandSize: OperandSize

    init(
        mnemonic: String, operands: [OperandPattern], operandTokens: [String], roles: [OperandRole],
        opcode: OpcodeSpec, attributes: FormAttributes, condition: UInt8?, source: InstructionTableParser.Row, index: Int
    ) {
        self.mnemonic = mnemonic
        self.operands = operands
        self.operandTokens = operandTokens
        self.roles = roles
        self.opcode = opcode
        self.attributes = attributes
        self.condition = condition
        self.source = source
        self.index = index
        if let first = operands.first(where: { pattern in
            switch pattern {
            case .register, .registerOrMemory, .fixed, .offset, .stringMemory: return true
            case .memory(let size): return size != nil
            default: return false
            }
        }), let size = first.size, size.bits <= 64 {
            operandSize = size
        } else if opcode.rexW || attributes.contains(.defaultOperandSize64) {
            operandSize = .qword
        } else if opcode.operandSize16 {
            operandSize = .word
        } else {
            operandSize = .dword
        }
    }

    /// The instruction column in SDM notation (`ADD r/m32, imm8`).
    public var syntax: String {
        operandTokens.isEmpty ? mnemonic : "\(mnemonic) \(operandTokens.joined(separator: ", "))"
    }
}
