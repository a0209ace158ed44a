/// One field of an encoding: a prefix, REX, VEX, the opcode, ModRM, SIB, a displacement or an
/// immediate, as the SDM's "Instruction Format" figure names them.
public struct EncodingField: Sendable, Hashable {
    /// Which field this is.
    public enum Kind: Sendable, Hashable {
        /// A legacy prefix (66, 67, F0, F2, F3, a segment override, 3E notrack).
        case prefix
        /// A 66/F2/F3 that is part of the opcode.
        case mandatoryPrefix
        case rex
        case vex
        /// The 0F / 0F 38 / 0F 3A bytes that select an opcode map.
        case escape
        case opcode
        case modRM
        case sib
        case displacement
        case immediate
        /// A branch distance (`rel8`, `rel32`).
        case relative
    }

    public var kind: Kind
    /// A short name for the diagram (`REX`, `ModRM`, `disp8`, `imm32`, `66`).
    public var name: String
    /// Offset of the first byte within the instruction.
    public var offset: Int
    public var bytes: [UInt8]
    /// The bit layout the parts follow (`0100WRXB`, `mod reg rm`), nil for whole-byte fields.
    public var layout: String?
    /// The bit groups, most significant first; empty for fields read as a whole.
    public var parts: [FieldPart]
    /// What the field says, in a sentence (`operand-size override: the operation is 16-bit`).
    public var meaning: String
    /// The zero-based operand that produced the field, if one did.
    public var operand: Int?
    /// The value a displacement, immediate or branch distance holds, read as signed.
    public var value: Int64?
    /// A word or two summing the field up in a diagram (`o16`, `lock`, `+16`).
    public var tag: String?

    public init(
        kind: Kind, name: String, offset: Int, bytes: [UInt8], layout: String? = nil, parts: [FieldPart] = [],
        meaning: String, operand: Int? = nil, value: Int64? = nil, tag: String? = nil
    ) {
        self.value = value
        self.tag = tag
        self.kind = kind
        self.name = name
        self.offset = offset
        self.bytes = bytes
        self.layout = layout
        self.parts = parts
        self.meaning = meaning
        self.operand = operand
    }

    /// The bits of the parts as written in the diagram (`01 000 100`), nil without parts.
    public var bitText: String? {
        parts.isEmpty ? nil : parts.map(\.bits).joined(separator: " ")
    }
}

/// A group of bits within a field (`mod`, `reg`, `rm`; `W`, `R`, `X`, `B`; `scale`…).
public struct FieldPart: Sendable, Hashable {
    /// The SDM's name for the bits (`mod`, `REX.W`→`W`, `scale`).
    public var name: String
    /// The bits in binary, most significant first (`01`).
    public var bits: String
    /// What these bits mean here (`[base + disp8]`, `rax`, `SIB follows`, `×8`).
    public var meaning: String
    /// The zero-based operand these bits encode, if any.
    public var operand: Int?

    public init(name: String, bits: String, meaning: String, operand: Int? = nil) {
        self.name = name
        self.bits = bits
        self.meaning = meaning
        self.operand = operand
    }

    /// `value` as `count` binary digits.
    static func binary(_ value: UInt8, _ count: Int) -> String {
        var text = ""
        for bit in stride(from: count - 1, through: 0, by: -1) { text += (value >> UInt8(bit)) & 1 == 1 ? "1" : "0" }
        return text
    }
}
