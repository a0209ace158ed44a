import X86Encoder

/// A branch fragment whose target is a label (plus a constant) in the branch's own section,
/// read by layout on every pass and by the final expansion: the target's place and both
/// lengths, so sizing and writing the branch needs no evaluation of its target.
///
/// Most fragments of a compiler's output are such branches; anything else (alignments,
/// targets in other sections or given by expressions, explicit `short`/`near`) takes the
/// general path.
struct LocalBranch {
    /// The target: `position` fixed bytes and `fragment` fragments into the section;
    /// `fragment` is -1 when the fragment takes the general path.
    var position: Int32
    var fragment: Int32
    var addend: Int32
    /// Index into ``BranchForms``.
    var form: UInt16
    var shortLength: UInt8
    var nearLength: UInt8

    static let general = LocalBranch(position: 0, fragment: -1, addend: 0, form: 0, shortLength: 0, nearLength: 0)

    var short: Int32 { Int32(shortLength) }
    var near: Int32 { Int32(nearLength) }

    var isLocal: Bool { fragment >= 0 }
}

/// The fixed bytes of a branch template, the displacement left out: up to 15, packed, so
/// writing a branch copies no array.
struct BranchHead {
    var bytes: (UInt64, UInt64) = (0, 0)
    var count: Int32 = 0
    /// The displacement's size; 0 when the template is not patchable.
    var displacementSize: Int32 = 0

    init() {}

    init(_ template: BranchTemplate?) {
        guard let template, template.patchable else { return }
        let fixed = Int(template.length - template.displacementSize)
        var low: UInt64 = 0
        var high: UInt64 = 0
        for i in 0..<fixed {
            let byte = UInt64(template.bytes[i])
            if i < 8 { low |= byte << (8 * i) } else { high |= byte << (8 * (i - 8)) }
        }
        bytes = (low, high)
        count = Int32(fixed)
        displacementSize = template.displacementSize
    }

    /// Writes the branch at `destination` with `distance` as its displacement.
    func write(distance: Int64, to destination: UnsafeMutablePointer<UInt8>) {
        var low = bytes.0
        var high = bytes.1
        for i in 0..<Int(count) {
            if i < 8 {
                destination[i] = UInt8(truncatingIfNeeded: low)
                low >>= 8
            } else {
                destination[i] = UInt8(truncatingIfNeeded: high)
                high >>= 8
            }
        }
        var remaining = UInt64(bitPattern: distance)
        for i in 0..<Int(displacementSize) {
            destination[Int(count) + i] = UInt8(truncatingIfNeeded: remaining)
            remaining >>= 8
        }
    }
}

extension ProgramBuilder {
    /// Per fragment of section `index`: its ``LocalBranch``, or ``LocalBranch/general``. Each
    /// fragment's is found on its own, so a big section's are found on two threads.
    func localBranches(_ index: Int) -> [LocalBranch] {
        let fragments = sections[index].fragments
        // Each element made in place by the thread of its range: filling the array first with
        // ``LocalBranch/general`` took as long as the rest, on one thread.
        return [LocalBranch](unsafeUninitializedCapacity: fragments.count) { result, count in
            guard let base = result.baseAddress else { return }
            SplitWork.run(fragments.count) { range in
                for k in range {
                    let branch = fragments[k].kind == .branch ? localBranch(branches[Int(fragments[k].record)], section: index) : nil
                    (base + k).initialize(to: branch ?? .general)
                }
            }
            count = fragments.count
        }
    }

    /// The ``LocalBranch`` of `branch`, a fragment of section `index`; nil when it takes the
    /// general path.
    private func localBranch(_ branch: BranchRecord, section index: Int) -> LocalBranch? {
        guard branch.width == .automatic, branch.target.expression < 0, branch.target.symbol >= 0 else { return nil }
        let lengths = branchForms.lengths(branch.form)
        // A branch without a short form (`call`) keeps its near size; one without a near
        // form is left to the general path, which reports a target out of reach.
        guard lengths.near != 0, lengths.short != lengths.near, lengths.near < 256, branch.form < 1 << 16,
              let addend = Int32(exactly: branch.target.constant)
        else { return nil }
        guard case .label(let section, let position, let fragment) = symbols[SymbolID(branch.target.symbol)],
              Int(section) == index
        else { return nil }
        // What ``branchRelocates(_:from:)`` decides, for a label of this section: a weak
        // target, or a global one reached by a `call`, is the linker's.
        if options.relocatable {
            // For a label defined here, ``isExternallyVisible(_:)`` comes down to its
            // binding and whether it is an indirect function.
            let target = SymbolID(branch.target.symbol)
            let binding = binding(of: target)
            if binding == .weak || isIndirectFunction(target) || (lengths.short == 0 && binding != .local) { return nil }
        }
        return LocalBranch(
            position: position, fragment: fragment, addend: addend, form: UInt16(branch.form),
            shortLength: UInt8(lengths.short), nearLength: UInt8(lengths.near))
    }
}

/// Where a layout pass over one section has got to.
struct RelaxationPass {
    /// The new size of the fragments passed so far.
    var running: Int32 = 0
    /// Their size in the previous pass.
    var previousShift: Int32 = 0
    var changed = false
}
