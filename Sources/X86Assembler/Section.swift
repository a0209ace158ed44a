/// What a section holds, which decides where it goes in the image and how it is padded.
package enum SectionKind: UInt8, Sendable {
    /// `.text`: instructions; alignment pads with NOPs.
    case code
    /// `.data`, `.rodata` and any other named section: bytes; alignment pads with zeros.
    case data
    /// `.bss`: zeros, placed last.
    case uninitialized
}

/// A piece of a section whose size depends on where things land: a branch to a label, an
/// alignment, a `times` whose count is an address expression, or an instruction whose
/// immediate is a label difference (imm8 while it fits, as llvm-mc relaxes them).
///
/// It sits between two runs of fixed bytes: `position` bytes of the section's fixed bytes come
/// before it. Its size is worked out anew on every layout pass.
struct Fragment {
    enum Kind: UInt8 {
        case branch
        case align
        case repeated
        /// An instruction with a symbolic immediate that has a short (imm8) and a wide form.
        case relaxable
        /// A `.uleb128`/`.sleb128` whose value layout decides; its record is in the object state.
        case leb128
    }

    var position: Int32
    var size: Int32
    var kind: Kind
    /// Index into the builder's table for `kind`.
    var record: Int32
}

/// One section under construction: the bytes whose values are known, the fragments whose
/// sizes are not yet, and after layout where each fragment landed.
struct Section {
    var name: String
    var kind: SectionKind
    /// Every byte that does not depend on layout, fragments left out.
    var bytes: [UInt8] = []
    var fragments: [Fragment] = []
    /// The largest alignment asked for inside the section (at least 1).
    var alignment = 1
    /// The symbol `$$` names, once something asks for it.
    var startSymbol: SymbolID?

    /// `shift[k]`: the total size of fragments `0..<k`, so a place after `k` fragments at fixed
    /// position `p` lies at offset `p + shift[k]`. Valid during and after layout.
    var shift: [Int32] = [0]
    /// Per fragment, what layout and expansion read of a branch to a label nearby (set by layout).
    var localBranches: [LocalBranch] = []
    /// In an object: `alignsBefore[k]` is how many alignments are among fragments `0..<k`
    /// (GNU as does not move a forward target by this pass's growth across an alignment);
    /// empty when the section has no alignment.
    var alignsBefore: [Int32] = []
    /// The address of the section's first byte, set by layout.
    var base: Int64 = 0
    /// The fragments' bytes are in ``bytes`` (after layout).
    var isExpanded = false

    init(name: String, kind: SectionKind) {
        self.name = name
        self.kind = kind
    }

    /// The size of the section with the fragments' current sizes.
    var size: Int { isExpanded ? bytes.count : bytes.count + Int(shift[fragments.count]) }

    /// The offset within the section of the place `position` bytes and `fragment` fragments in.
    @inline(__always)
    func offset(position: Int32, fragment: Int32) -> Int64 {
        Int64(position) + Int64(shift[Int(fragment)])
    }
}
