import X86
import X86Encoder

/// A branch to a label: a fragment that is short or near.
struct BranchRecord {
    var mnemonic: Mnemonic
    var prefixes: PrefixSet
    /// Index into ``BranchForms``.
    var form: Int32
    var target: Value
    /// `short` or `near` as written; `.automatic` lets layout choose.
    var width: BranchWidth
    var line: Int32
    var statement: Int32
    var mode: CodeMode
}

/// The encoding of a branch in one width, with its displacement zeroed: the bytes of every
/// branch of that mnemonic and width, but for the last `displacementSize` bytes.
struct BranchTemplate {
    var bytes: [UInt8]
    var length: Int32
    var displacementSize: Int32
    /// False when the encoder's bytes did not follow the expected shape (then each branch is
    /// encoded on its own).
    var patchable: Bool
}

/// The short and near encodings of each (mnemonic, prefixes) pair seen, measured once.
struct BranchForms {
    struct Key: Hashable {
        var mnemonic: UInt16
        var prefixes: UInt16
        var mode: CodeMode
    }

    struct Forms {
        var short: BranchTemplate?
        var near: BranchTemplate?
    }

    /// The two lengths of a pair, 0 for a width the branch lacks: what layout reads each
    /// pass, without copying (and retaining) the templates' bytes.
    struct Lengths {
        var short: Int32
        var near: Int32
    }

    private var indexByKey: [Key: Int32] = [:]
    private(set) var forms: [Forms] = []
    private var lengthsByIndex: [Lengths] = []

    /// A direct-mapped memo in front of `indexByKey`: a branch's pair is usually one of a few,
    /// and hashing the key costs more than the rest of emitting the branch. Empty until used.
    private struct Recent {
        var key: UInt64
        var index: Int32
    }
    private var recent: [Recent] = []
    private static let recentCount = 64

    /// The forms of `mnemonic` with `prefixes`, measured with `encoder` on first use.
    mutating func index(of mnemonic: Mnemonic, prefixes: PrefixSet, encoder: Encoder) -> Int32 {
        let key = Key(mnemonic: mnemonic.id, prefixes: prefixes.rawValue, mode: encoder.mode)
        // 64-bit mode's pairs keep their packing; another mode's differ in bits 32 and up.
        let packed = UInt64(key.mnemonic) << 16 | UInt64(key.prefixes) | (encoder.mode == .bits64 ? 0 : UInt64(encoder.mode.rawValue) << 32)
        let slot = Int((UInt32(truncatingIfNeeded: packed) &* 0x9E37_79B1) >> 26)
        if !recent.isEmpty, recent[slot].index >= 0, recent[slot].key == packed { return recent[slot].index }
        if recent.isEmpty { recent = Array(repeating: Recent(key: 0, index: -1), count: BranchForms.recentCount) }
        if let index = indexByKey[key] {
            recent[slot] = Recent(key: packed, index: index)
            return index
        }
        let measured = Forms(
            short: BranchForms.template(mnemonic, prefixes, .short, encoder: encoder),
            near: BranchForms.template(mnemonic, prefixes, .near, encoder: encoder))
        forms.append(measured)
        lengthsByIndex.append(Lengths(short: measured.short?.length ?? 0, near: measured.near?.length ?? 0))
        let index = Int32(forms.count - 1)
        indexByKey[key] = index
        recent[slot] = Recent(key: packed, index: index)
        return index
    }

    subscript(index: Int32) -> Forms { forms[Int(index)] }

    /// Per pair, the heads of its short and near templates.
    var heads: [(short: BranchHead, near: BranchHead)] { forms.map { (BranchHead($0.short), BranchHead($0.near)) } }

    func lengths(_ index: Int32) -> Lengths { lengthsByIndex[Int(index)] }

    /// Encodes the branch at address 0 aiming at two targets; the displacement must be the
    /// trailing bytes, little-endian, and nothing else may differ.
    private static func template(
        _ mnemonic: Mnemonic, _ prefixes: PrefixSet, _ width: BranchWidth, encoder: Encoder
    ) -> BranchTemplate? {
        func encode(_ target: Int64) -> EncodedInstruction? {
            try? encoder.encode(Instruction(mnemonic, [.imm(target)], prefixes: prefixes, branchWidth: width), at: 0)
        }
        guard let zero = encode(0) else { return nil }
        let length = zero.length
        let size = zero.fields.immediateSize
        guard size > 0, length > size, let other = encode(100), other.length == length else { return nil }
        var bytes: [UInt8] = []
        var patchable = true
        for i in 0..<length {
            if i < length - size {
                bytes.append(zero.bytes[i])
                if other.bytes[i] != zero.bytes[i] { patchable = false }
            } else {
                bytes.append(0)
            }
        }
        // The displacements of the two encodings must be the distances from the end.
        if patchable {
            for (target, encoded) in [(Int64(0), zero), (Int64(100), other)] {
                var distance = UInt64(bitPattern: target - Int64(length))
                for i in (length - size)..<length {
                    if encoded.bytes[i] != UInt8(truncatingIfNeeded: distance) { patchable = false }
                    distance >>= 8
                }
            }
        }
        return BranchTemplate(bytes: bytes, length: Int32(length), displacementSize: Int32(size), patchable: patchable)
    }
}
