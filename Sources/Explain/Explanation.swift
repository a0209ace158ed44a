import X86
import X86Encoder

/// Everything worth knowing about how one instruction is encoded, as a plain value: the
/// bytes field by field (each tied to the operand that produced it), the table row chosen and
/// the other rows that also match, the flags it touches, and register side effects.
///
/// Build one with ``explain(_:at:encoder:)``; draw it with ``ExplanationRenderer``. Keeping the
/// two apart lets a caller show explanations in other shapes (or test the facts directly).
public struct Explanation: Sendable, Hashable {
    /// The instruction as Intel syntax (`mov rax, qword ptr [rbx + rcx*8 + 16]`).
    public var text: String
    /// The operands in order, with what the encoding did with each.
    public var operands: [ExplainedOperand]
    /// The encoded bytes.
    public var bytes: [UInt8]
    /// The fields in byte order; their bytes concatenated are ``bytes``.
    public var fields: [EncodingField]
    /// The table row that produced the bytes.
    public var form: InstructionForm
    /// Every form that can encode the instruction, shortest first, the chosen one included.
    public var alternatives: [Alternative]
    /// Why the chosen form wins over the others (`83 /0 ib in 3 bytes beats 05 id in 5 …`).
    public var choice: String
    /// The one-line description of the mnemonic (`Add with carry`), from the facts table.
    public var summary: String?
    /// What the instruction does to rflags, from the facts table.
    public var flags: FlagEffects?
    /// Effects on registers a learner should know (a 32-bit write zeroes bits 63:32).
    public var sideEffects: [String]
    /// The facts table's note on the mnemonic, if any.
    public var note: String?
    /// What the other assemblers write where they choose another encoding, one line each
    /// (`nasm writes b8 01 00 00 00 (mov eax, 1: 5 bytes)`); empty when all agree.
    public var dialects: [String] = []

    /// The SDM opcode column of the chosen row (`REX.W 8B /r`).
    public var opcodeNotation: String { form.row.split(separator: "|").first.map { String($0).trimmed } ?? "" }
}

/// One operand of the explained instruction.
public struct ExplainedOperand: Sendable, Hashable {
    /// As written in Intel syntax.
    public var text: String
    /// The operand class of the chosen row (`r/m64`).
    public var formClass: String
    /// Where the operand went (`ModRM.reg`, `ModRM.rm + SIB + disp8`, `immediate`…).
    public var placement: String
    /// Whether the instruction reads or writes it.
    public var access: OperandAccess
}

/// One form that also encodes the instruction.
public struct Alternative: Sendable, Hashable {
    public var form: InstructionForm
    public var bytes: [UInt8]
    /// True for the form the encoder chose.
    public var isChosen: Bool

    /// The SDM opcode column (`83 /0 ib`).
    public var opcodeNotation: String { form.row.split(separator: "|").first.map { String($0).trimmed } ?? "" }
}

extension String {
    var trimmed: String {
        var text = self[...]
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
