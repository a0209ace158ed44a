/// The processor mode code is assembled for: what the code segment's D bit (or long mode)
/// makes the default operand and address size, as NASM's `bits 16|32|64` and GNU's
/// `.code16`/`.code32`/`.code64` say.
///
/// In 16- and 32-bit code there is no REX prefix (no r8–r15, spl/bpl/sil/dil, 64-bit operands
/// or RIP-relative addresses); the 66 and 67 prefixes select whichever of 16 and 32 bits is
/// not the default.
public enum CodeMode: UInt8, Sendable, Hashable, CaseIterable {
    case bits16 = 16
    case bits32 = 32
    case bits64 = 64

    /// The mode for a `bits` value (16, 32 or 64).
    @inlinable
    public init?(bits: Int64) {
        switch bits {
        case 16: self = .bits16
        case 32: self = .bits32
        case 64: self = .bits64
        default: return nil
        }
    }

    /// The width in bits of an operand without a 66 prefix (or REX.W): 16 or 32.
    @inlinable
    public var defaultOperandBits: UInt8 { self == .bits16 ? 16 : 32 }

    /// The width in bits of an address without a 67 prefix.
    @inlinable
    public var defaultAddressBits: UInt8 { rawValue }

    /// The number of bits, as written after `bits`.
    @inlinable
    public var bits: Int { Int(rawValue) }
}
