import X86

extension ProgramBuilder {
    /// Sections in image order: `.text`, the other sections in order of first use, `.bss`-like last.
    var sectionOrder: [Int] {
        let rest = sections.indices.dropFirst()
        return [0] + rest.filter { sections[$0].kind != .uninitialized } + rest.filter { sections[$0].kind == .uninitialized }
    }

    /// Layout passes in which a LEB128 fragment may shrink; after them it only grows.
    static let leb128ShrinkingPasses = 64

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
            sections[index].localBranches = localBranches(index)
            // Without alignments every count is 0: no table.
            if options.relocatable, sections[index].fragments.contains(where: { $0.kind == .align }) {
                var aligns: [Int32] = [0]
                aligns.reserveCapacity(sections[index].fragments.count + 1)
                for fragment in sections[index].fragments { aligns.append(aligns[aligns.count - 1] + (fragment.kind == .align ? 1 : 0)) }
                sections[index].alignsBefore = aligns
            }
        }
        let order = sectionOrder
        if options.relocatable {
            // GNU as first sizes alignments with every branch short, then relaxes; doing the
            // same makes the same branches grow where alignment padding moves them.
            // A section of branches alone has nothing that pass sizes: its branches grow from
            // short to the same sizes without it (distances only grow with them).
            object.sizingAlignments = true
            placeSections(order)
            for index in order where sections[index].fragments.contains(where: { $0.kind != .branch }) { _ = relax(index) }
            object.sizingAlignments = false
        }
        var passes = 0
        while true {
            placeSections(order)
            var changed = false
            for index in order where !sections[index].fragments.isEmpty {
                if relax(index) { changed = true }
            }
            if !changed { break }
            passes += 1
            if passes == ProgramBuilder.leb128ShrinkingPasses { object.leb128GrowsOnly = true }
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
        if options.relocatable {
            // In an object file every section starts at 0; the linker places them.
            for index in sections.indices { sections[index].base = 0 }
            return
        }
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
        var pass = RelaxationPass()
        let base = sections[index].base
        let count = sections[index].fragments.count
        var k = 0
        while true {
            k = relaxLocalBranches(index, from: k, &pass)
            guard k < count else { break }
            let fragment = sections[index].fragments[k]
            let size = generalSize(fragment, section: index, fragment: k, start: base &+ Int64(fragment.position) &+ Int64(pass.running),
                                   delta: Int64(pass.running &- pass.previousShift))
            if size != fragment.size {
                sections[index].fragments[k].size = size
                pass.changed = true
            }
            pass.running &+= size
            pass.previousShift = sections[index].shift[k + 1]
            // Written only when it moved: the last pass (and every pass up to the first
            // growth) moves nothing.
            if pass.previousShift != pass.running { sections[index].shift[k + 1] = pass.running }
            k += 1
        }
        return pass.changed
    }

    /// Sizes the run of ``LocalBranch`` fragments of section `index` starting at `first`, as
    /// ``relax(_:)`` does but reading each target's place directly; returns where the run ends.
    private mutating func relaxLocalBranches(_ index: Int, from first: Int, _ pass: inout RelaxationPass) -> Int {
        var fragments: [Fragment] = []
        var shift: [Int32] = []
        swap(&fragments, &sections[index].fragments)
        swap(&shift, &sections[index].shift)
        defer {
            swap(&fragments, &sections[index].fragments)
            swap(&shift, &sections[index].shift)
        }
        let local = sections[index].localBranches
        let sizingAlignments = object.sizingAlignments
        let alignsBefore = sections[index].alignsBefore
        return local.withUnsafeBufferPointer { local in
            shift.withUnsafeMutableBufferPointer { shift in
                fragments.withUnsafeMutableBufferPointer { fragments in
                    var k = first
                    if alignsBefore.isEmpty, !sizingAlignments {
                        return ProgramBuilder.relaxWithoutAlignments(from: k, local, shift, fragments, &pass)
                    }
                    while k < fragments.count, local[k].isLocal {
                        let branch = local[k]
                        let fragment = fragments[k]
                        var size = fragment.size
                        if size == branch.short, !sizingAlignments {
                            var target = Int64(branch.position) &+ Int64(shift[Int(branch.fragment)]) &+ Int64(branch.addend)
                            let start = Int64(fragment.position) &+ Int64(pass.running)
                            var growsAcrossAlignment = false
                            if Int(branch.fragment) > k {
                                let grown = Int64(pass.running &- pass.previousShift)
                                // GNU as: an alignment between may absorb this pass's growth, so
                                // a forward target past one is not moved by it (the next pass
                                // sees where it really is).
                                if grown > 0, !alignsBefore.isEmpty, alignsBefore[Int(branch.fragment)] > alignsBefore[k + 1] {
                                    growsAcrossAlignment = true
                                } else {
                                    target &+= grown
                                }
                            }
                            let distance = target &- (start &+ Int64(branch.short))
                            if growsAcrossAlignment, target < start {
                                // GNU as leaves the branch as it is in this pass.
                            } else if distance < -128 || distance > 127 {
                                size = branch.near
                                fragments[k].size = size
                                pass.changed = true
                            }
                        }
                        pass.running &+= size
                        pass.previousShift = shift[k + 1]
                        shift[k + 1] = pass.running
                        k += 1
                    }
                    return k
                }
            }
        }
    }

    /// ``relaxLocalBranches(_:from:_:)`` where no alignment lies between any branch and its
    /// target (a flat binary, or an object without `.p2align`), in a loop of its own: the
    /// general one's tests for alignments cost a large part of each of its passes.
    private static func relaxWithoutAlignments(
        from first: Int, _ local: UnsafeBufferPointer<LocalBranch>, _ shift: UnsafeMutableBufferPointer<Int32>,
        _ fragments: UnsafeMutableBufferPointer<Fragment>, _ pass: inout RelaxationPass
    ) -> Int {
        var k = first
        var running = pass.running
        var previousShift = pass.previousShift
        var changed = false
        while k < fragments.count, local[k].isLocal {
            let branch = local[k]
            let size = fragments[k].size
            // A target ahead has moved by what grew in this pass so far.
            let grown = Int(branch.fragment) > k ? Int64(running &- previousShift) : 0
            let target = Int64(branch.position) &+ Int64(shift[Int(branch.fragment)]) &+ Int64(branch.addend) &+ grown
            let distance = target &- (Int64(fragments[k].position) &+ Int64(running) &+ Int64(branch.short))
            let grows = size == branch.short && UInt64(bitPattern: distance &+ 128) > 255
            let newSize = grows ? branch.near : size
            fragments[k].size = newSize
            changed = changed || grows
            running &+= newSize
            previousShift = shift[k + 1]
            shift[k + 1] = running
            k += 1
        }
        pass.running = running
        pass.previousShift = previousShift
        if changed { pass.changed = true }
        return k
    }

    /// The size of a fragment other than a ``LocalBranch`` at `start`, where the fragments
    /// before it have grown by `delta` in this pass.
    private mutating func generalSize(_ fragment: Fragment, section index: Int, fragment k: Int, start: Int64, delta: Int64) -> Int32 {
        relaxation = Relaxation(section: Int32(index), fragment: Int32(k), delta: delta)
        defer { relaxation = nil }
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
        case .leb128:
            // Sized to its value as it is now, shrinking too, as GNU as sizes it (a `.uleb128` of
            // a label difference that an alignment makes smaller in a later pass is not padded).
            // Should the sizes keep changing each other, they grow only from some pass on, so
            // layout settles; a value that shrinks after that is padded (0x80 … 0x00).
            let record = object.leb128[Int(fragment.record)]
            if let value = try? evaluate(record.value) {
                let needed = Int32(ProgramBuilder.leb128Count(value, signed: record.signed))
                size = object.leb128GrowsOnly ? max(size, needed) : needed
            }
        case .relaxable:
            let record = relaxables[Int(fragment.record)]
            if record.sizedByValue {
                // Grows only, so layout settles.
                size = max(size, valueSizedLength(record))
            } else if fragment.size == record.narrowLength, !fitsNarrow(record.line.symbolic[0].value) {
                size = record.wideLength
            }
        }
        return size
    }

    /// The size a branch needs: short while its target is in reach, near for good once not.
    private mutating func branchSize(_ branch: BranchRecord, current: Int32, start: Int64) -> Int32 {
        guard branch.width == .automatic else { return current }
        let lengths = branchForms.lengths(branch.form)
        if options.relocatable, let relaxation, branchRelocates(branch, from: relaxation.section) { return lengths.near }
        if object.sizingAlignments { return current }
        guard lengths.short != 0, lengths.near != 0, current == lengths.short else { return current }
        // A target with no address (undefined, external) is what an object file would
        // relocate: llvm-mc makes such branches rel32.
        guard let target = try? evaluate(branch.target) else { return lengths.near }
        let distance = target &- (start &+ Int64(lengths.short))
        return distance >= -128 && distance <= 127 ? current : lengths.near
    }

    /// The length of `record` with its operand's value, when that is a number (an address, or
    /// a value not known yet, takes the widest field).
    mutating func valueSizedLength(_ record: RelaxableInstruction) -> Int32 {
        guard let instruction = valueSized(record, symbolic: 0) else { return record.wideLength }
        guard let encoded = try? encoder.encode(instruction, at: 0) else { return record.wideLength }
        return Int32(encoded.length)
    }

    /// `record`'s instruction with its operands' values, those whose bit is set in `symbolic`
    /// (bit i for slot i) marked symbolic (the widest field); nil when a value is an address
    /// not so marked, or unknown.
    mutating func valueSized(_ record: RelaxableInstruction, symbolic: Int) -> Instruction? {
        var instruction = record.line.instruction
        for i in 0..<record.line.symbolic.count {
            let slot = record.line.symbolic[i]
            let wide = symbolic & (1 << i) != 0
            if !wide, isAddress(slot.value) { return nil }
            guard let value = try? evaluate(slot.value) else { return nil }
            instruction.operands[slot.operand] = ProgramBuilder.filling(
                instruction.operands[slot.operand], role: slot.role, with: value, symbolic: wide)
        }
        return instruction
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
