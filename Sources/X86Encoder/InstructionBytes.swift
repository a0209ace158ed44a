/// The bytes of one encoded instruction (at most 15), stored inline.
public struct InstructionBytes: Sendable, Hashable, RandomAccessCollection {
    /// Bytes 0–7 and 8–15, first byte lowest; zero past `count`.
    package private(set) var low: UInt64 = 0
    package private(set) var high: UInt64 = 0
    public private(set) var count: Int = 0

    public init() {}

    /// `count` bytes given as two words, first byte lowest; the bits past them must be zero.
    @inline(__always)
    init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> UInt8 {
        let word = position < 8 ? low : high
        return UInt8(truncatingIfNeeded: word >> (UInt64(position & 7) * 8))
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count < 8 {
            low |= UInt64(byte) &<< UInt64(count &* 8)
        } else {
            high |= UInt64(byte) &<< UInt64((count &- 8) &* 8)
        }
        count &+= 1
    }

    /// Appends `size` (0...8) bytes of `value`, little-endian, in one step.
    @inline(__always)
    mutating func append(littleEndian value: Int64, size: Int) {
        guard size > 0 else { return }
        var bits = UInt64(bitPattern: value)
        if size < 8 { bits &= (1 &<< UInt64(size &* 8)) &- 1 }
        if count < 8 {
            low |= bits &<< UInt64(count &* 8)
            // At most 15 bytes in all, so what spills from the first word fits the second.
            if count &+ size > 8 { high |= bits &>> UInt64((8 &- count) &* 8) }
        } else {
            high |= bits &<< UInt64((count &- 8) &* 8)
        }
        count &+= size
    }

    /// Appends the bytes to `buffer`.
    @inline(__always)
    public func append(to buffer: inout [UInt8]) {
        // Byte by byte: cheaper than `append(contentsOf:)` for at most 15 bytes.
        var word = low
        for i in 0..<count {
            if i == 8 { word = high }
            buffer.append(UInt8(truncatingIfNeeded: word))
            word &>>= 8
        }
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
