/// Hexadecimal spellings used throughout the output.
enum Hex {
    static let digits = Array("0123456789abcdef".utf8)

    /// `value` as lowercase hex digits, no prefix, zero-padded to at least `width` digits.
    static func padded(_ value: UInt64, width: Int = 16) -> String {
        var bytes: [UInt8] = []
        append(value, width: width, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``padded(_:width:)`` appended to `bytes`.
    static func append(_ value: UInt64, width: Int, to bytes: inout [UInt8]) {
        let needed = value == 0 ? 1 : (67 - value.leadingZeroBitCount) / 4
        let count = max(width, needed)
        for place in stride(from: count - 1, through: 0, by: -1) {
            bytes.append(place < 16 ? digits[Int(value >> (UInt64(place) * 4) & 0xf)] : UInt8(ascii: "0"))
        }
    }

    /// ``bytes(_:)`` appended to `out`.
    static func append(bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var first = true
        for byte in bytes {
            if !first { out.append(UInt8(ascii: " ")) }
            first = false
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xf)])
        }
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
