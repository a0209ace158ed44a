/// A lowercase ASCII name of at most 16 bytes packed into two words.
///
/// Mnemonics, register names and keywords are looked up by this key so that the lexer can
/// hash the bytes it already has without building a `String` per token.
public struct PackedName: Hashable, Sendable, CustomStringConvertible {
    public let low: UInt64
    public let high: UInt64

    /// The longest name that fits.
    public static let capacity = 16

    /// Packs `bytes`, folding ASCII letters to lowercase; nil when longer than ``capacity``.
    @inlinable
    public init?(lowercasing bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= PackedName.capacity, bytes.count > 0 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for i in 0..<bytes.count {
            var byte = bytes[i]
            if byte &- 65 < 26 { byte |= 0x20 }
            if i < 8 {
                low |= UInt64(byte) << (UInt64(i) * 8)
            } else {
                high |= UInt64(byte) << (UInt64(i - 8) * 8)
            }
        }
        self.low = low
        self.high = high
    }

    /// Packs a string, folding ASCII letters to lowercase; nil when longer than ``capacity``.
    public init?(_ string: String) {
        var utf8 = Array(string.utf8)
        guard let name = utf8.withUnsafeMutableBufferPointer({ PackedName(lowercasing: UnsafeBufferPointer($0)) }) else {
            return nil
        }
        self = name
    }

    /// The name as text.
    public var description: String {
        var bytes: [UInt8] = []
        for i in 0..<16 {
            let word = i < 8 ? low : high
            let byte = UInt8(truncatingIfNeeded: word >> (UInt64(i % 8) * 8))
            if byte == 0 { break }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
