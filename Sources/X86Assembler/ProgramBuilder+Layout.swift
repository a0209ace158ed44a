import X86

extension ProgramBuilder {
    /// Sections in image order: `.text`, the other sections in order of first use, `.bss`-like last.
    var sectionOrder: [Int] {
        let rest = sections.indices.dropFirst()
        return [0] + rest.filter { sections[$0].kind != .uninitialized } + rest.filter { sections[$0].kind == .uninitialized }
    }

    /// Data sections start at least this aligned, as in `nasm -f bin`.
    static let minimumDataAlignment: Int64 = 4

    /// Works out every fragment's size: branches start short and grow to rel32 while their
    /// target is out of reach; alignments and address-dependent repeats follow the addresses.
    /// Branches only grow, so the passes end.
    mutating func layout() {
        for index in sections.indices {
            var shift: [Int32] = [0]
            shift.reserveCapacity(sections[index].fragments.count + 1)
            var total: Int32 = 0
            for fragment in sections[index].fragments {
                total &+= fragment.size
                shift.append(total)
            }
            sections[index].shift = shift
        }
        let order = sectionOrder
        var passes = 0
        while true {
            placeSections(order)
            var changed = false
            for index in order where !sections[index].fragments.isEmpty {
                if relax(index) { changed = true }
            }
            if !changed { break }
            passes += 1
            if passes > 1000 {
                report("the layout does not settle: alignments and address-dependent counts keep changing each other",
                       at: .at(0), line: 0, statement: -1)
                break
            }
        }
        placeSections(order)
    }

    /// Places each section after the previous one (data at `options.dataAddress` when given).
    private mutating func placeSections(_ order: [Int]) {
        sections[0].base = Int64(bitPattern: origin ?? options.codeAddress)
        var next = options.dataAddress.map { Int64(bitPattern: $0) } ?? sections[0].base &+ Int64(sections[0].size)
        for index in order.dropFirst() {
            let alignment = max(ProgramBuilder.minimumDataAlignment, Int64(sections[index].alignment))
            next = ProgramBuilder.alignUp(next, alignment)
            sections[index].base = next
            next &+= Int64(sections[index].size)
        }
    }

    static func alignUp(_ value: Int64, _ boundary: Int64) -> Int64 {
        boundary <= 1 ? value : (value &+ boundary &- 1) & ~(boundary &- 1)
    }

    /// One pass over the fragments of `index`; true when a size changed.
    ///
    /// Sizes are updated as the pass goes, so the layout seen at fragment `k` is the current
    /// one before it and the previous pass's after it, moved by what grew in this pass so far
    /// (``relaxation``): both ends of every distance are measured in one consistent layout.
    private mutating func relax(_ index: Int) -> Bool {
        var changed = false
        let base = sections[index].base
        let count = sections[index].fragments.count
        var running: Int32 = 0
        var previousShift: Int32 = 0
        for k in 0..<count {
            let fragment = sections[index].fragments[k]
            let start = base &+ Int64(fragment.position) &+ Int64(running)
            relaxation = Relaxation(section: Int32(index), fragment: Int32(k), delta: Int64(running &- previousShift))
            var size = fragment.size
            switch fragment.kind {
            case .branch:
                size = branchSize(branches[Int(fragment.record)], current: fragment.size, start: start)
            case .align:
                size = alignmentPadding(aligns[Int(fragment.record)], at: start)
            case .repeated:
                let record = repeats[Int(fragment.record)]
                if let count = try? evaluate(record.count), count >= 0, count <= Int64(ProgramBuilder.statementByteLimit) {
                    size = Int32(clamping: count &* Int64(record.unit.count))
                } else {
                    size = 0
                }
            case .relaxable:
                let record = relaxables[Int(fragment.record)]
                if fragment.size == record.narrowLength, !fitsNarrow(record.line.symbolic[0].value) {
                    size = record.wideLength
                }
            }
            if size != fragment.size {
                sections[index].fragments[k].size = size
                changed = true
            }
            running &+= size
            previousShift = sections[index].shift[k + 1]
            // Written only when it moved: each write checks both arrays for uniqueness, and
            // the last pass (and every pass up to the first growth) moves nothing.
            if previousShift != running { sections[index].shift[k + 1] = running }
        }
        relaxation = nil
        return changed
    }

    /// The size a branch needs: short while its target is in reach, near for good once not.
    private mutating func branchSize(_ branch: BranchRecord, current: Int32, start: Int64) -> Int32 {
        guard branch.width == .automatic else { return current }
        let lengths = branchForms.lengths(branch.form)
        guard lengths.short != 0, lengths.near != 0, current == lengths.short else { return current }
        // A target with no address (undefined, external) is what an object file would
        // relocate: llvm-mc makes such branches rel32.
        guard let target = try? evaluate(branch.target) else { return lengths.near }
        let distance = target &- (start &+ Int64(lengths.short))
        return distance >= -128 && distance <= 127 ? current : lengths.near
    }

    /// An immediate stays in its imm8 form while it is a number that fits in a signed byte.
    mutating func fitsNarrow(_ value: Value) -> Bool {
        guard !isAddress(value), let number = try? evaluate(value) else { return false }
        return number >= -128 && number <= 127
    }

    mutating func alignmentPadding(_ align: AlignRecord, at address: Int64) -> Int32 {
        let mask = Int64(align.boundary) - 1
        let padding = Int32((0 &- address) & mask)
        if let maxSkip = align.maxSkip, padding > maxSkip { return 0 }
        return padding
    }
}
