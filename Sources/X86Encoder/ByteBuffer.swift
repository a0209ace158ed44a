/// Bytes that encodings are appended to, an instruction at a time.
///
/// Room is kept past the end, so that an instruction goes in as two stores of a machine word
/// (its ``InstructionBytes``): appending to an array byte by byte checks the array's capacity
/// and uniqueness for every byte, a large part of what encoding a big file cost.
@usableFromInline
package struct ByteBuffer: Sendable {
    /// The bytes, then at least ``slack`` bytes of room (contents undefined past `count`).
    private var storage: [UInt8] = []
    package private(set) var count = 0

    private static let slack = 16

    package init() {}

    @inline(__always)
    package mutating func append(_ bytes: InstructionBytes) {
        if count &+ ByteBuffer.slack > storage.count { grow() }
        let offset = count
        storage.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: bytes.low.littleEndian, toByteOffset: offset, as: UInt64.self)
            raw.storeBytes(of: bytes.high.littleEndian, toByteOffset: offset &+ 8, as: UInt64.self)
        }
        count &+= bytes.count
    }

    /// Drops the last `k` bytes.
    package mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count)
        count -= k
    }

    package mutating func removeAll() { count = 0 }

    /// The bytes from `start` to the end.
    package func suffix(from start: Int) -> ArraySlice<UInt8> { storage[start..<count] }

    package func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }

    private mutating func grow() {
        storage.append(contentsOf: repeatElement(0, count: max(4096, storage.count)))
    }
}
