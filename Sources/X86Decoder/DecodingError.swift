/// Why a run of bytes is not an instruction: what a disassembler prints as `(bad)`.
public enum DecodingError: Error, Sendable, Hashable {
    /// The bytes end inside the instruction: `needed` bytes were wanted, `available` were there.
    case truncated(needed: Int, available: Int)
    /// No form of the table has this opcode (after these prefixes, in this map).
    case invalidOpcode(opcode: String)
    /// The opcode exists, but not in 64-bit mode (`push es`, `aaa`, `les`).
    case invalidIn64BitMode(mnemonic: String)
    /// The opcode's forms are all of 64-bit mode alone (`movsxd`, `swapgs`), and `mode` is 16 or 32.
    case onlyIn64BitMode(opcode: String, mode: Int)
    /// The opcode exists, but the ModRM byte does not fit any of its forms (a register where
    /// only memory is allowed, an unused `/digit`).
    case badModRM(opcode: String, modRM: UInt8, reason: String)
    /// A VEX, XOP or EVEX prefix whose fields select no form (a vector length or W the
    /// instruction does not have, a mask where none is allowed).
    case badVectorPrefix(opcode: String, reason: String)
    /// More than fifteen bytes: the processor raises #GP however the bytes go on.
    case tooLong
    /// A REX prefix followed by VEX, EVEX or another legacy prefix, which the processor refuses.
    case misplacedPrefix(String)

    /// One line for a person: what is wrong and where.
    public var message: String {
        switch self {
        case .truncated(let needed, let available):
            "truncated: the instruction needs \(needed) bytes, only \(available) \(available == 1 ? "is" : "are") left"
        case .invalidOpcode(let opcode): "invalid opcode \(opcode)"
        case .invalidIn64BitMode(let mnemonic): "\(mnemonic) is invalid in 64-bit mode"
        case .onlyIn64BitMode(let opcode, let mode): "opcode \(opcode) exists only in 64-bit mode, not in \(mode)-bit code"
        case .badModRM(let opcode, let modRM, let reason):
            "ModRM \(Hex.byte(modRM)) does not fit opcode \(opcode): \(reason)"
        case .badVectorPrefix(let opcode, let reason): "opcode \(opcode): \(reason)"
        case .tooLong: "longer than 15 bytes"
        case .misplacedPrefix(let reason): reason
        }
    }
}

/// Lowercase hex without a `0x`, as bytes are listed.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func byte(_ value: UInt8) -> String {
        String(decoding: [digits[Int(value >> 4)], digits[Int(value & 15)]], as: UTF8.self)
    }

    static func bytes<C: Collection>(_ values: C) -> String where C.Element == UInt8 {
        values.map(byte).joined(separator: " ")
    }
}
