/// Padding made of NOPs, as llvm-mc pads code for x86-64: the recommended multi-byte NOPs
/// (SDM Vol. 2B, NOP) up to 10 bytes each, longest first. Objects are padded as GNU as pads
/// them, with an 11-byte NOP (a second 0x66) as the longest.
package enum Nops {
    private static let sequences: [[UInt8]] = [
        [0x90],
        [0x66, 0x90],
        [0x0F, 0x1F, 0x00],
        [0x0F, 0x1F, 0x40, 0x00],
        [0x0F, 0x1F, 0x44, 0x00, 0x00],
        [0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00],
        [0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00],
        [0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
        [0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
        [0x66, 0x2E, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
        [0x66, 0x66, 0x2E, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
    ]

    /// `count` bytes of NOPs.
    static func padding(_ count: Int, longest: Int = 10) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        var remaining = count
        while remaining > 0 {
            let chunk = min(remaining, longest)
            bytes.append(contentsOf: sequences[chunk - 1])
            remaining -= chunk
        }
        return bytes
    }

    /// `count` bytes of padding as GNU as pads code: NOPs of up to `longest` bytes (11 unless
    /// `.nops` says less), unless more than seven NOPs of 11 bytes would be needed, when the
    /// padding starts with a jump over the rest (`jmp rel8` while the rest is within 127 bytes,
    /// else `jmp rel32`).
    package static func gnuPadding(_ count: Int, longest: Int = 11) -> [UInt8] {
        guard count / 11 > 7 else { return padding(count, longest: longest) }
        if count - 2 <= 127 { return [0xEB, UInt8(count - 2)] + padding(count - 2, longest: longest) }
        let rest = count - 5
        return [0xE9] + withUnsafeBytes(of: UInt32(truncatingIfNeeded: rest).littleEndian, Array.init) + padding(rest, longest: longest)
    }
}
