/// How far a relative branch may reach.
public enum BranchWidth: Sendable, Hashable {
    /// The shortest form that reaches the target.
    case automatic
    /// `short`: an 8-bit displacement, or an error.
    case short
    /// `near`: a 32-bit displacement.
    case near
    /// `far` (`jmp far [bx]` in 16- and 32-bit code): a selector and offset in memory (m16:16,
    /// m16:32), not a near pointer of the same size.
    case far
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
    /// The EVEX decorations written on the operands: `{k1}`, `{z}`, `{rn-sae}`, `{sae}`.
    public var decorations = VectorDecorations()
    /// NASM's sizes on an immediate: `push word 5`, `jmp dword 0x8:0x1000`, `strict byte 5`.
    public var immediateSizing = ImmediateSizing()

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

extension Instruction {
    /// Makes this an instruction of `mnemonic` with nothing else, ready to be filled again.
    @inlinable
    package mutating func reset(mnemonic: Mnemonic) {
        // Field by field: a whole new instruction would write every operand place too.
        self.mnemonic = mnemonic
        operands.removeAll()
        prefixes = []
        segmentPrefix = nil
        branchWidth = .automatic
        decorations = VectorDecorations()
        immediateSizing = ImmediateSizing()
    }
}

/// The sizes NASM reads on an immediate operand, which GNU as and llvm-mc do not take.
///
/// One byte (bits 0–3: operand bits / 8; bits 4–7: strict bytes), so that an ``Instruction``
/// stays the size it was.
public struct ImmediateSizing: Sendable, Hashable {
    public var rawValue: UInt8 = 0

    public init(operandBits: UInt8 = 0, strictBytes: UInt8 = 0) {
        self.operandBits = operandBits
        self.strictBytes = strictBytes
    }

    /// The operand size a lone sized immediate gives its instruction, in bits (16, 32 or 64),
    /// or 0: `push word 5` pushes a word (`66 6a 05` in 32-bit code), `jmp dword 0x8:0x1000`
    /// is a far jump with a 32-bit offset.
    public var operandBits: UInt8 {
        get { (rawValue & 15) * 8 }
        set { rawValue = rawValue & 0xF0 | (newValue / 8) & 15 }
    }

    /// The width of the immediate field `strict` asks for, in bytes (1, 2 or 4), or 0: `add
    /// eax, strict byte 5` takes the sign-extended imm8 form, `add eax, strict dword 5` the
    /// imm32 one, which NASM's optimizer would otherwise shorten.
    public var strictBytes: UInt8 {
        get { rawValue >> 4 }
        set { rawValue = rawValue & 0x0F | (newValue & 15) << 4 }
    }

    public var isEmpty: Bool { rawValue == 0 }
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

/// The EVEX (AVX-512) decorations of an instruction, in one word: the opmask (`{k1}`…`{k7}`),
/// zeroing (`{z}`) and embedded rounding or SAE (`{rn-sae}`, `{sae}`). An embedded broadcast
/// belongs to its memory operand (``Memory/broadcast``).
public struct VectorDecorations: Sendable, Hashable {
    /// Bits 0–2: the opmask register; bit 3: zeroing; bits 4–6: ``EmbeddedRounding`` + 1.
    public var rawValue: UInt8 = 0

    public init() {}

    /// k1–k7 (k0 is "no mask" in the encoding, so it cannot be written as one); 0 for none.
    public var opmask: UInt8 {
        get { rawValue & 7 }
        set { rawValue = rawValue & ~7 | newValue & 7 }
    }

    /// `{z}`: elements the mask leaves out are zeroed instead of kept.
    public var zeroing: Bool {
        get { rawValue & 8 != 0 }
        set { rawValue = newValue ? rawValue | 8 : rawValue & ~8 }
    }

    public var rounding: EmbeddedRounding? {
        get { EmbeddedRounding(rawValue: (rawValue >> 4 & 7) &- 1) }
        set { rawValue = rawValue & 0x0F | ((newValue?.rawValue ?? 0xFF) &+ 1) << 4 }
    }

    public var isEmpty: Bool { rawValue == 0 }
}

/// An EVEX rounding decoration: a rounding mode for this instruction alone (EVEX.L'L, with
/// EVEX.b set), all of which also suppress exceptions, or `{sae}` alone.
public enum EmbeddedRounding: UInt8, Sendable, Hashable, CaseIterable {
    /// `{rn-sae}`: to nearest, ties to even (RC = 00).
    case nearest = 0
    /// `{rd-sae}`: down, toward −∞ (RC = 01).
    case down = 1
    /// `{ru-sae}`: up, toward +∞ (RC = 10).
    case up = 2
    /// `{rz-sae}`: toward zero (RC = 11).
    case towardZero = 3
    /// `{sae}`: suppress all exceptions, keep MXCSR's rounding.
    case suppressExceptions = 4

    /// The text between the braces.
    public var spelling: String {
        switch self {
        case .nearest: "rn-sae"
        case .down: "rd-sae"
        case .up: "ru-sae"
        case .towardZero: "rz-sae"
        case .suppressExceptions: "sae"
        }
    }

    /// The decoration spelled `text` (without braces, any case).
    public init?(spelling text: String) {
        guard let found = EmbeddedRounding.allCases.first(where: { $0.spelling == text.lowercased() }) else { return nil }
        self = found
    }
}
