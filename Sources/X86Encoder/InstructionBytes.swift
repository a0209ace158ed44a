/// The bytes of one encoded instruction (at most 15), stored inline.
public struct InstructionBytes: Sendable, Hashable, RandomAccessCollection {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    public private(set) var count: Int = 0

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> UInt8 {
        let word = position < 8 ? low : high
        return UInt8(truncatingIfNeeded: word >> (UInt64(position & 7) * 8))
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count < 8 {
            low |= UInt64(byte) << (UInt64(count) * 8)
        } else {
            high |= UInt64(byte) << (UInt64(count - 8) * 8)
        }
        count += 1
    }

    /// Appends `size` bytes of `value`, little-endian.
    @inline(__always)
    mutating func append(littleEndian value: Int64, size: Int) {
        var remaining = UInt64(bitPattern: value)
        for _ in 0..<size {
            append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }

    /// Appends the bytes to `buffer`.
    @inline(__always)
    public func append(to buffer: inout [UInt8]) {
        for i in 0..<count { buffer.append(self[i]) }
    }

    /// Lowercase hex pairs separated by single spaces (`b8 32 00 00 00`).
    public var hex: String {
        var text = ""
        text.reserveCapacity(count * 3)
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 3)
        for i in 0..<count {
            if i > 0 { bytes.append(0x20) }
            bytes.append(digits[Int(self[i] >> 4)])
            bytes.append(digits[Int(self[i] & 15)])
        }
        text = String(decoding: bytes, as: UTF8.self)
        return text
    }
}
