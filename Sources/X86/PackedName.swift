/// A lowercase ASCII name of at most 18 bytes packed into two words: bytes 0–15 as they are,
/// and bytes 16 and 17 (7 bits each, as ASCII has) spread over the unused top bit of each byte
/// of the low and the high word (`vgf2p8affineinvqb` has 17).
///
/// Mnemonics, register names and keywords are looked up by this key so that the lexer can
/// hash the bytes it already has without building a `String` per token.
public struct PackedName: Hashable, Sendable, CustomStringConvertible {
    public let low: UInt64
    public let high: UInt64

    /// The longest name that fits.
    public static let capacity = 18

    /// Packs `bytes`, folding ASCII letters to lowercase; nil when longer than ``capacity``.
    @inlinable
    public init?(lowercasing bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= PackedName.capacity, bytes.count > 0 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for i in 0..<bytes.count {
            var byte = bytes[i]
            // A long name borrows the top bits, which only ASCII leaves free.
            if bytes.count > 16, byte >= 0x80 { return nil }
            if byte &- 65 < 26 { byte |= 0x20 }
            if i < 8 {
                low |= UInt64(byte) << (UInt64(i) * 8)
            } else if i < 16 {
                high |= UInt64(byte) << (UInt64(i - 8) * 8)
            } else if i == 16 {
                low |= PackedName.spread(byte)
            } else {
                high |= PackedName.spread(byte)
            }
        }
        self.low = low
        self.high = high
    }

    /// The seven bits of an ASCII byte, one into the top bit of each of a word's bytes 0–6.
    @inlinable
    public static func spread(_ byte: UInt8) -> UInt64 {
        var word: UInt64 = 0
        for bit in 0..<7 where byte >> bit & 1 != 0 { word |= 1 << (UInt64(bit) * 8 + 7) }
        return word
    }

    /// The byte ``spread(_:)`` put into `word`'s top bits.
    static func gather(_ word: UInt64) -> UInt8 {
        var byte: UInt8 = 0
        for bit in 0..<7 where word >> (UInt64(bit) * 8 + 7) & 1 != 0 { byte |= 1 << bit }
        return byte
    }

    /// Packs a string, folding ASCII letters to lowercase; nil when longer than ``capacity``.
    public init?(_ string: String) {
        // A native string's bytes are read in place: the tables pack thousands of names at
        // every start, and a copy of each into an array cost more than the packing.
        var string = string
        guard let name = string.withUTF8({ PackedName(lowercasing: $0) }) else { return nil }
        self = name
    }

    /// The name as text.
    public var description: String {
        var bytes: [UInt8] = []
        // Byte 16 is never 0, so its bits in the low word mark a long name.
        let long = PackedName.gather(low) != 0
        for i in 0..<16 {
            let word = i < 8 ? low : high
            var byte = UInt8(truncatingIfNeeded: word >> (UInt64(i % 8) * 8))
            if long { byte &= 0x7F }
            if byte == 0 { break }
            bytes.append(byte)
        }
        if long {
            bytes.append(PackedName.gather(low))
            if case let last = PackedName.gather(high), last != 0 { bytes.append(last) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
