/// The forms of each mnemonic grouped by the kinds of the operands they can take, so that
/// encoding looks at only the forms whose ``EncodingFilter`` admits the instruction, without
/// scanning the others.
///
/// A bucket is keyed by the mnemonic, the operand count and the one kind of each operand
/// (``OperandKinds``, as an index 0–14). A form is listed in every bucket its kind masks admit,
/// so the forms of a bucket are exactly those the filter admits, in table order.
package struct FormBuckets: Sendable {
    /// Open-addressed slots: a bucket's key with ``occupied`` set, or 0 for an empty slot.
    let keys: [UInt64]
    /// For each slot: the first position in ``positions`` (high 32 bits) and the count (low 32).
    let spans: [UInt64]
    /// Positions in ``InstructionSet/encodingForms``, bucket after bucket.
    package let positions: [UInt16]
    private let slotMask: Int

    private static let occupied: UInt64 = 1 << 63

    /// The bucket key of `mnemonic` with `operands`.
    @inlinable
    package static func key(_ mnemonic: Mnemonic, _ operands: OperandList) -> UInt64 {
        var key = UInt64(mnemonic.id) << 24 | UInt64(operands.count) << 20
        for i in 0..<min(operands.count, 4) {
            key |= UInt64(OperandKinds.index(of: operands[i])) << (UInt64(i) * 5)
        }
        return key
    }

    /// Groups `forms`, where `ranges[m]` holds the forms of mnemonic `m`.
    init(forms: [EncodingForm], ranges: [Range<Int>]) {
        // One (key, position) pair per bucket a form belongs to, sorted: key, then table order.
        // The mnemonic is the key's top part and the ranges come in mnemonic order, so sorting
        // each mnemonic's few pairs sorts them all. A form's pairs are expanded in place, one
        // operand at a time: the first kind an operand admits fills the pairs made so far, each
        // further kind adds a copy of them.
        var pairs: [UInt64] = []
        pairs.reserveCapacity(forms.count * 4)
        for (mnemonic, range) in ranges.enumerated() {
            let group = pairs.count
            for position in range {
                let form = forms[position]
                let first = pairs.count
                pairs.append((UInt64(mnemonic) << 24 | UInt64(form.operandCount) << 20) << 16 | UInt64(position))
                for operand in 0..<min(form.operandCount, 4) {
                    let mask = form.kinds(operand).rawValue
                    let end = pairs.count
                    if mask == 0 {
                        pairs.removeSubrange(first..<end)
                        break
                    }
                    let shift = UInt64(operand) * 5 + 16
                    var filled = false
                    for kind in 0..<OperandKinds.count where mask & (1 << kind) != 0 {
                        let bits = UInt64(kind) << shift
                        if filled {
                            for i in first..<end { pairs.append(pairs[i] & ~(0x1F << shift) | bits) }
                        } else {
                            for i in first..<end { pairs[i] |= bits }
                            filled = true
                        }
                    }
                }
            }
            pairs[group...].sort()
        }

        var bucketCount = 0
        var previous = UInt64.max
        for pair in pairs where pair >> 16 != previous {
            bucketCount += 1
            previous = pair >> 16
        }
        var capacity = 16
        while capacity < bucketCount * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var spans = [UInt64](repeating: 0, count: capacity)
        var positions: [UInt16] = []
        positions.reserveCapacity(pairs.count)
        var start = 0
        while start < pairs.count {
            let key = pairs[start] >> 16
            var end = start
            while end < pairs.count, pairs[end] >> 16 == key {
                positions.append(UInt16(truncatingIfNeeded: pairs[end]))
                end += 1
            }
            var slot = FormBuckets.slot(key, mask: capacity - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key | FormBuckets.occupied
            spans[slot] = UInt64(start) << 32 | UInt64(end - start)
            start = end
        }
        self.keys = keys
        self.spans = spans
        self.positions = positions
        slotMask = capacity - 1
    }

    /// Buckets as ``keys``, ``spans`` and ``positions`` of buckets built before (the
    /// generated file's: building them costs more than the rest of the start together).
    init(keys: [UInt64], spans: [UInt64], positions: [UInt16]) {
        precondition(keys.count == spans.count && keys.count > 0 && keys.count & (keys.count - 1) == 0)
        self.keys = keys
        self.spans = spans
        self.positions = positions
        slotMask = keys.count - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The positions in ``positions`` of the forms in the bucket `key` (empty when none).
    @inlinable
    package func span(_ key: UInt64) -> Range<Int> {
        let packed = spanBits(key)
        let start = Int(packed >> 32)
        return start..<(start + Int(packed & 0xFFFF_FFFF))
    }

    @usableFromInline
    func spanBits(_ key: UInt64) -> UInt64 {
        let wanted = key | FormBuckets.occupied
        var slot = FormBuckets.slot(key, mask: slotMask)
        while true {
            let found = keys[slot]
            if found == wanted { return spans[slot] }
            if found == 0 { return 0 }
            slot = (slot + 1) & slotMask
        }
    }
}
