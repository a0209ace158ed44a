import Diagnostics
import X86

/// GNU's zero index, `riz` (`eiz` with 32-bit addresses): see ``Register/zeroIndex64``. Read
/// only where an index may stand, so that it can name no other operand.
extension SourceParser {
    /// `%riz` or `%eiz` at the cursor (AT&T's index slot); nil, the cursor unmoved, for any
    /// other register.
    mutating func zeroIndexRegister() -> Register? {
        guard position + 1 < lineEnd, let register = zeroIndexNamed(at: position + 1) else { return nil }
        position += 4
        return register
    }

    /// `riz` or `eiz`, with an optional `*scale`, as a term of an Intel address (`[riz*2-0x1e]`,
    /// `[rbx+riz*1-0x99]`): false, the cursor unmoved, when the term is something else.
    mutating func zeroIndexTerm(negative: Bool, into memory: inout Memory, from start: Int) throws(Diagnostic) -> Bool {
        guard let register = zeroIndexNamed(at: position) else { return false }
        position += 3
        skipSpaces()
        var scale: Int64 = 1
        if current == UInt8(ascii: "*") {
            position += 1
            skipSpaces()
            let factorStart = position
            guard let factor = plainNumber() else { throw error("the scale must be a number", from: factorStart, to: position) }
            scale = Int64(bitPattern: factor)
        }
        if negative { throw error("a register cannot be subtracted", from: start, to: position) }
        try addRegister(register, scale: scale, to: &memory, from: start)
        return true
    }

    /// The zero index spelled at `offset`, a whole word. (`mutating` only so that the parser is
    /// passed by reference: a non-mutating call from a mutating one copies it.)
    mutating func zeroIndexNamed(at offset: Int) -> Register? {
        guard offset + 3 <= lineEnd, base[offset + 1] | 0x20 == UInt8(ascii: "i"), base[offset + 2] | 0x20 == UInt8(ascii: "z"),
              offset + 3 == lineEnd || !isIdentifierByte(base[offset + 3]) else { return nil }
        switch base[offset] | 0x20 {
        case UInt8(ascii: "r"): return .zeroIndex64
        case UInt8(ascii: "e"): return .zeroIndex32
        default: return nil
        }
    }
}
