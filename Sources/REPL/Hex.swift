/// Hexadecimal spellings used throughout the output.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// `value` as exactly `width` lowercase hex digits, no prefix.
    static func padded(_ value: UInt64, width: Int = 16) -> String {
        var bytes = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var rest = value
        var index = width - 1
        while index >= 0 && rest != 0 {
            bytes[index] = digits[Int(rest & 0xf)]
            rest >>= 4
            index -= 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `0x` and 16 digits.
    static func word(_ value: UInt64) -> String { "0x" + padded(value) }

    /// Bytes as lowercase pairs separated by single spaces: `b8 32 00 00 00`.
    static func bytes<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3)
        for byte in bytes {
            if !out.isEmpty { out.append(UInt8(ascii: " ")) }
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xf)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
