import X86

/// Why an instruction cannot be encoded. Operand positions are zero-based, so a caller can
/// underline the operand at fault.
public enum EncodingError: Error, Sendable, Hashable {
    /// No form of the mnemonic takes operands of these kinds; `forms` lists the ones it has.
    case noMatchingForm(mnemonic: String, operandKinds: [String], forms: [String])
    /// An unsized memory operand could be several widths; a size specifier must choose.
    case ambiguousOperandSize(operand: Int, sizes: [OperandSize])
    /// The immediate does not fit any form's immediate field.
    case immediateOutOfRange(operand: Int, value: Int64, range: ClosedRange<Int64>)
    /// A displacement does not fit in 32 bits.
    case displacementOutOfRange(operand: Int, value: Int64)
    /// A `short` branch cannot reach its target.
    case branchOutOfRange(operand: Int, distance: Int64)
    /// The memory operand cannot be encoded (bad scale, `rsp` as index, mixed address sizes…).
    case invalidMemoryOperand(operand: Int, reason: String)
    /// `ah`…`bh` used where the encoding needs a REX prefix.
    case highByteRegisterWithREX(operand: Int, register: String)
    /// A prefix the form does not allow (`lock` on a register destination).
    case prefixNotAllowed(prefix: String, reason: String)
    /// The form exists only outside 64-bit mode.
    case invalidIn64BitMode(mnemonic: String)
    /// The form or operand exists only in another mode (`bits 16`/`bits 32` code has no REX,
    /// no 64-bit operands and no RIP-relative addresses); `reason` says which.
    case unavailableInMode(operand: Int?, reason: String)
    /// xmm16–31 (and their ymm/zmm views) exist only for EVEX-encoded (AVX-512) forms.
    case registerNeedsEVEX(operand: Int, register: String)
    /// An EVEX decoration (`{k1}`, `{z}`, `{1to16}`, `{rn-sae}`, `{sae}`) or pseudo-prefix
    /// (`{vex}`, `{evex}`) the form cannot take.
    case decorationNotAllowed(decoration: String, reason: String)
    /// NASM's size on an immediate (`push word 5`, `strict byte 5`) that the form's operand or
    /// immediate field does not have; `reason` says which.
    case immediateSizeMismatch(operand: Int, reason: String)

    /// The zero-based operand the error is about, when it is about one.
    public var operandIndex: Int? {
        switch self {
        case .ambiguousOperandSize(let operand, _), .immediateOutOfRange(let operand, _, _),
             .displacementOutOfRange(let operand, _), .branchOutOfRange(let operand, _),
             .invalidMemoryOperand(let operand, _), .highByteRegisterWithREX(let operand, _),
             .registerNeedsEVEX(let operand, _), .immediateSizeMismatch(let operand, _):
            operand
        case .unavailableInMode(let operand, _):
            operand
        default:
            nil
        }
    }

    /// A sentence for the user.
    public var message: String {
        switch self {
        case .noMatchingForm(let mnemonic, let kinds, let forms):
            let given = kinds.isEmpty ? "no operands" : kinds.joined(separator: ", ")
            if forms.isEmpty { return "'\(mnemonic)' takes no such operands" }
            return "no form of '\(mnemonic)' takes \(given); it has: \(forms.joined(separator: "; "))"
        case .ambiguousOperandSize(_, let sizes):
            let words = sizes.map { "'\($0.keyword) ptr'" }
            return "operand size is ambiguous: add a size specifier (\(words.joined(separator: ", ")))"
        case .immediateOutOfRange(_, let value, let range):
            return "immediate \(value) is out of range: it must be within \(range.lowerBound)...\(range.upperBound)"
        case .displacementOutOfRange(_, let value):
            return "displacement \(value) does not fit in a signed 32-bit field"
        case .branchOutOfRange(_, let distance):
            return "short branch cannot reach its target: distance \(distance) is outside -128...127"
        case .invalidMemoryOperand(_, let reason):
            return reason
        case .highByteRegisterWithREX(_, let register):
            return "'\(register)' cannot be used in an instruction that needs a REX prefix"
        case .prefixNotAllowed(let prefix, let reason):
            return "'\(prefix)' is not allowed here: \(reason)"
        case .invalidIn64BitMode(let mnemonic):
            return "'\(mnemonic)' is not valid in 64-bit mode"
        case .unavailableInMode(_, let reason):
            return reason
        case .registerNeedsEVEX(_, let register):
            return "'\(register)' needs an EVEX (AVX-512) encoding, which this form does not have"
        case .decorationNotAllowed(let decoration, let reason):
            return "'\(decoration)' is not allowed here: \(reason)"
        case .immediateSizeMismatch(_, let reason):
            return reason
        }
    }
}
