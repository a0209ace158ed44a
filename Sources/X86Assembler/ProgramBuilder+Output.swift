import Diagnostics
import X86
import X86Encoder

extension ProgramBuilder {
    /// Lays everything out and produces the image and every error, in line order.
    public mutating func finish() -> AssemblyResult {
        if options.relocatable, !object.localCommons.isEmpty { allocateLocalCommons() }
        endStatement()
        swap(&output, &sections[currentSection].bytes)
        if options.relocatable { prepareBindings() }
        layout()
        for index in sections.indices { expand(index) }
        applyPending()
        if options.relocatable {
            applyFixupsAsRelocations()
            let listing = makeListing()
            let object = makeObject()
            var sorted = diagnostics
            sorted.sort { $0.line < $1.line }
            var result = AssemblyResult(image: ProgramImage(), diagnostics: sorted, object: object)
            result.listing = listing
            return result
        }
        applyFixups()
        let listing = makeListing()
        let image = makeImage()
        var sorted = diagnostics
        sorted.sort { $0.line < $1.line }
        var result = AssemblyResult(image: image, diagnostics: sorted)
        result.listing = listing
        return result
    }

    // MARK: Bytes

    /// Puts each fragment's bytes between the fixed bytes of section `index`, in place: the
    /// array grows to its final size, the runs of fixed bytes move up to their final offsets
    /// (last first), and the fragments fill the gaps.
    private mutating func expand(_ index: Int) {
        let fragments = sections[index].fragments
        guard !fragments.isEmpty else {
            sections[index].isExpanded = true
            return
        }
        object.expandingSection = Int32(index)
        let shift = sections[index].shift
        let kind = sections[index].kind
        let base = sections[index].base
        var bytes = sections[index].bytes
        sections[index].bytes = []
        let fixedCount = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: Int(shift[fragments.count])))
        bytes.withUnsafeMutableBytes { buffer in
            guard let start = buffer.baseAddress else { return }
            var end = fixedCount
            for k in stride(from: fragments.count - 1, through: 0, by: -1) {
                let position = Int(fragments[k].position)
                if end > position, shift[k + 1] != 0 {
                    (start + position + Int(shift[k + 1])).copyMemory(from: start + position, byteCount: end - position)
                }
                end = position
            }
        }
        let local = sections[index].localBranches
        sections[index].localBranches = []
        // Branches to labels of this section first, from their templates, all through pointers
        // taken once (most fragments of a big file are such branches); the rest after, in order.
        var general: [Int] = []
        if local.isEmpty {
            general = Array(fragments.indices)
        } else {
            let heads = branchForms.heads
            // Each branch writes its own bytes: a big section's are written on two threads,
            // each noting the fragments it leaves to the general path, in order.
            var leftUpper: [Int] = []
            bytes.withUnsafeMutableBufferPointer { bytes in
                fragments.withUnsafeBufferPointer { fragments in
                    local.withUnsafeBufferPointer { local in
                        shift.withUnsafeBufferPointer { shift in
                            heads.withUnsafeBufferPointer { heads in
                                guard let start = bytes.baseAddress else { return }
                                SplitWork.run(fragments.count) { range in
                                    let left = ProgramBuilder.writeLocalBranches(range, fragments, local, shift, heads, into: start)
                                    if range.lowerBound == 0 { general = left } else { leftUpper = left }
                                }
                            }
                        }
                    }
                }
            }
            general += leftUpper
        }
        var scratch: [UInt8] = []
        for k in general {
            let fragment = fragments[k]
            let offset = Int(fragment.position) + Int(shift[k])
            scratch.removeAll(keepingCapacity: true)
            fragmentBytes(fragment, sectionKind: kind, at: base &+ Int64(offset), into: &scratch)
            let count = min(scratch.count, Int(fragment.size))
            for i in 0..<count { bytes[offset + i] = scratch[i] }
        }
        sections[index].bytes = bytes
        sections[index].isExpanded = true
    }

    /// Writes the bytes of the ``LocalBranch`` fragments of `range` (``expand(_:)``), and returns
    /// the other fragments of the range, and those whose displacement does not fit (the general
    /// path reports it).
    private static func writeLocalBranches(
        _ range: Range<Int>, _ fragments: UnsafeBufferPointer<Fragment>, _ local: UnsafeBufferPointer<LocalBranch>,
        _ shift: UnsafeBufferPointer<Int32>, _ heads: UnsafeBufferPointer<(short: BranchHead, near: BranchHead)>,
        into start: UnsafeMutablePointer<UInt8>
    ) -> [Int] {
        var general: [Int] = []
        for k in range {
            let branch = local[k]
            guard branch.isLocal else {
                general.append(k)
                continue
            }
            let fragment = fragments[k]
            let offset = Int(fragment.position) + Int(shift[k])
            let isShort = fragment.size == branch.short
            let head = isShort ? heads[Int(branch.form)].short : heads[Int(branch.form)].near
            let target = Int64(branch.position) &+ Int64(shift[Int(branch.fragment)]) &+ Int64(branch.addend)
            let distance = target &- Int64(offset) &- Int64(fragment.size)
            let fits = isShort ? distance >= -128 && distance <= 127
                : head.displacementSize == 2 ? distance >= -0x8000 && distance <= 0x7FFF
                : distance >= Int64(Int32.min) && distance <= Int64(Int32.max)
            if head.displacementSize > 0, head.count + head.displacementSize == fragment.size, fits {
                head.write(distance: distance, to: start + offset)
            } else {
                general.append(k)
            }
        }
        return general
    }

    /// The bytes of one fragment at `address`.
    private mutating func fragmentBytes(_ fragment: Fragment, sectionKind: SectionKind, at address: Int64, into out: inout [UInt8]) {
        switch fragment.kind {
        case .branch:
            appendBranch(branches[Int(fragment.record)], size: fragment.size, at: address, to: &out)
        case .align:
            let align = aligns[Int(fragment.record)]
            let count = Int(fragment.size)
            if let fill = align.fill {
                out.append(contentsOf: repeatElement(fill, count: count))
            } else if sectionKind == .code {
                out.append(contentsOf: options.relocatable ? Nops.gnuPadding(count) : Nops.padding(count))
            } else {
                out.append(contentsOf: repeatElement(0, count: count))
            }
        case .leb128:
            let record = object.leb128[Int(fragment.record)]
            var bytes: [UInt8] = []
            do {
                bytes = ProgramBuilder.leb128(try evaluate(record.value), signed: record.signed, size: Int(fragment.size))
            } catch {
                report(error, fallback: record.value.range, line: record.line, statement: record.statement)
            }
            if bytes.count != Int(fragment.size) { bytes = Array(repeating: 0, count: Int(fragment.size)) }
            out.append(contentsOf: bytes)
        case .relaxable:
            appendRelaxable(relaxables[Int(fragment.record)], size: fragment.size, at: address, to: &out)
        case .repeated:
            let record = repeats[Int(fragment.record)]
            let unitCount = record.unit.isEmpty ? 0 : Int(fragment.size) / record.unit.count
            do {
                _ = try evaluate(record.count)
            } catch {
                report(error, fallback: .at(0), line: record.line, statement: record.statement)
            }
            for _ in 0..<unitCount { out.append(contentsOf: record.unit) }
        }
    }

    /// Writes a branch of the width layout chose.
    private mutating func appendBranch(_ branch: BranchRecord, size: Int32, at start: Int64, to out: inout [UInt8]) {
        if options.relocatable, branchRelocates(branch, from: object.expandingSection) {
            appendRelocatedBranch(branch, size: size, at: start, to: &out)
            return
        }
        let forms = branchForms[branch.form]
        let operandRange = branch.target.range
        let isShort = forms.short?.length == size && (branch.width != .near || forms.near == nil)
        guard let template = isShort ? forms.short : forms.near else {
            out.append(contentsOf: repeatElement(0, count: Int(size)))
            return
        }
        var distance: Int64 = 0
        do {
            let target = try evaluate(branch.target)
            distance = target &- (start &+ Int64(template.length))
            if isShort, distance < -128 || distance > 127 {
                let message = branch.width == .short
                    ? ProgramBuilder.shortBranchMessage(distance)
                    : "'\(branch.mnemonic.name)' only has a short form, and its target is \(distance) bytes away (it reaches -128...127)"
                report(message, at: operandRange, line: branch.line, statement: branch.statement)
                distance = 0
            } else if !isShort, template.displacementSize == 2, let problem = ProgramBuilder.rel16Problem(
                from: start &+ Int64(template.length), to: target, mnemonic: branch.mnemonic.name) {
                report(problem, at: operandRange, line: branch.line, statement: branch.statement)
                distance = 0
            } else if !isShort, distance < Int64(Int32.min) || distance > Int64(Int32.max) {
                report("branch target is \(distance) bytes away, beyond the reach of a 32-bit displacement",
                       at: operandRange, line: branch.line, statement: branch.statement)
                distance = 0
            }
        } catch {
            report(error, fallback: operandRange, line: branch.line, statement: branch.statement)
        }
        if template.patchable {
            let fixed = Int(template.length - template.displacementSize)
            out.append(contentsOf: template.bytes[0..<fixed])
            var remaining = UInt64(bitPattern: distance)
            for _ in 0..<template.displacementSize {
                out.append(UInt8(truncatingIfNeeded: remaining))
                remaining >>= 8
            }
            return
        }
        let instruction = Instruction(
            branch.mnemonic, [.imm(start &+ Int64(template.length) &+ distance)], prefixes: branch.prefixes,
            branchWidth: isShort ? .short : .near)
        if let encoded = try? encoder(in: branch.mode).encode(instruction, at: start), encoded.length == Int(template.length) {
            for i in 0..<encoded.length { out.append(encoded.bytes[i]) }
        } else {
            out.append(contentsOf: template.bytes)
        }
    }

    /// Writes an instruction with a relaxable immediate in the width layout chose.
    private mutating func appendRelaxable(_ record: RelaxableInstruction, size: Int32, at start: Int64, to out: inout [UInt8]) {
        if options.relocatable, appendRelocatedImmediate(record, size: size, at: start, to: &out) { return }
        if record.sizedByValue {
            // The values as they are, else with some fields at their widest: whichever has the
            // size layout made room for.
            for symbolic in 0..<(1 << record.line.symbolic.count) {
                guard let instruction = valueSized(record, symbolic: symbolic),
                      let encoded = try? encoder.encode(instruction, at: start), encoded.length == Int(size) else { continue }
                for i in 0..<encoded.length { out.append(encoded.bytes[i]) }
                return
            }
        }
        let slot = record.line.symbolic[0]
        var instruction = record.line.instruction
        do {
            let value = try evaluate(slot.value)
            instruction.operands[slot.operand] = ProgramBuilder.filling(
                instruction.operands[slot.operand], role: slot.role, with: value, symbolic: size != record.narrowLength)
            let encoded = try encoder(in: record.mode).encode(instruction, at: start)
            if encoded.length == Int(size) {
                for i in 0..<encoded.length { out.append(encoded.bytes[i]) }
                return
            }
            report("the size of this instruction depends on the value of a label", at: record.line.wholeRange,
                   line: record.lineNumber, statement: record.statement)
        } catch let failure as EvaluationFailure {
            report(failure, fallback: record.line.range(ofOperand: slot.operand), line: record.lineNumber, statement: record.statement)
        } catch let error as EncodingError {
            reportEncoding(error, record.line, lineNumber: record.lineNumber, statement: record.statement)
        } catch {
        }
        out.append(contentsOf: repeatElement(0, count: Int(size)))
    }

    /// Encodes each instruction that waited for labels, at its final address.
    private mutating func applyPending() {
        for item in pending {
            let address = address(of: item.place)
            var instruction = item.line.instruction
            var failed = false
            for i in 0..<item.line.symbolic.count {
                let slot = item.line.symbolic[i]
                do {
                    let value = try evaluate(slot.value)
                    instruction.operands[slot.operand] = ProgramBuilder.filling(
                        instruction.operands[slot.operand], role: slot.role, with: value, symbolic: true)
                } catch {
                    report(error, fallback: item.line.range(ofOperand: slot.operand), line: item.lineNumber, statement: item.statement)
                    failed = true
                }
            }
            if failed { continue }
            do {
                let encoded = try encoder(in: item.mode).encode(instruction, at: address)
                guard encoded.length == Int(item.length) else {
                    report("the size of this instruction depends on the value of a label", at: item.line.wholeRange,
                           line: item.lineNumber, statement: item.statement)
                    continue
                }
                let section = Int(item.place.section)
                let offset = Int(sections[section].offset(position: item.place.position, fragment: item.place.fragment))
                for i in 0..<encoded.length { sections[section].bytes[offset + i] = encoded.bytes[i] }
            } catch {
                reportEncoding(error, item.line, lineNumber: item.lineNumber, statement: item.statement)
            }
        }
        pending = []
    }

    /// Why a rel16 branch cannot reach `target` from the instruction that ends at `next`, or
    /// nil. With a 16-bit operand size the processor adds the displacement to IP and wraps the
    /// sum within 64 KiB, so a target in the same 64 KiB as the next instruction is always
    /// reached (40,000 bytes ahead is a displacement of -25,536); one outside it never is.
    /// NASM writes the wrapped displacement there too, with a warning.
    static func rel16Problem(from next: Int64, to target: Int64, mnemonic: String) -> String? {
        guard next >> 16 != target >> 16 else { return nil }
        return "'\(mnemonic)' target is \(target &- next) bytes away, outside the 64 KiB that a 16-bit IP wraps "
            + "within (0x\(String(UInt64(bitPattern: next) & ~0xFFFF, radix: 16))...0x\(String(UInt64(bitPattern: next) | 0xFFFF, radix: 16)))"
    }

    /// Writes each field that waited for labels, then reports those that could not be written,
    /// in order.
    private mutating func applyFixups() {
        let pending = fixups
        fixups = []
        let resolved = resolvedFixups(pending)
        // Each section's fields through one pointer (a big file's on two threads): taking the
        // section's bytes for every field cost more than writing it.
        var bySection = [[Int32]](repeating: [], count: sections.count)
        for index in pending.indices {
            if case .field = resolved[index] { bySection[Int(pending[index].place.section)].append(Int32(index)) }
        }
        for section in sections.indices where !bySection[section].isEmpty {
            let fields = bySection[section]
            sections[section].bytes.withUnsafeMutableBytes { bytes in
                SplitWork.run(fields.count) { range in
                    for field in range {
                        let index = Int(fields[field])
                        guard case .field(let value, let offset) = resolved[index] else { continue }
                        ProgramBuilder.write(value, size: Int(pending[index].size), at: offset, into: bytes)
                    }
                }
            }
        }
        for index in pending.indices {
            switch resolved[index] {
            case .field:
                break
            case .failure(let error):
                report(error, fallback: pending[index].range, line: pending[index].line, statement: pending[index].statement)
            case .problem(let problem):
                report(problem, at: pending[index].range, line: pending[index].line, statement: pending[index].statement)
            }
        }
    }

    /// What each of `pending` writes, worked out without changing the builder: evaluating from
    /// the loop that writes (a mutating one) copied the whole builder for every fixup. Each
    /// fixup's is worked out on its own, so a big file's are worked out on two threads.
    private func resolvedFixups(_ pending: [Fixup]) -> [ResolvedFixup] {
        // Each element made in place by the thread of its range, none made twice.
        [ResolvedFixup](unsafeUninitializedCapacity: pending.count) { resolved, count in
            SplitWork.run(pending.count) { range in
                for index in range { (resolved.baseAddress.unsafelyUnwrapped + index).initialize(to: resolvedFixup(pending, index)) }
            }
            count = pending.count
        }
    }

    /// What `pending[index]` writes (read in place: a fixup is large, and copying each cost
    /// more than applying it).
    private func resolvedFixup(_ pending: [Fixup], _ index: Int) -> ResolvedFixup {
        var value: Int64
        do {
            value = try evaluate(pending[index].value)
        } catch {
            return .failure(error)
        }
        if pending[index].kind == .relative {
            value = value &- (address(of: pending[index].place) &+ Int64(pending[index].length))
        }
        if let problem = pending[index].problem(with: value) { return .problem(problem) }
        let place = pending[index].place
        let start = Int(place.position) + Int(sections[Int(place.section)].shift[Int(place.fragment)])
        return .field(value: value, offset: start + Int(pending[index].offset))
    }

    /// Stores the low `size` bytes of `value`, little-endian, at `offset` of section `section`.
    mutating func write(_ value: Int64, size: Int, at offset: Int, section: Int) {
        sections[section].bytes.withUnsafeMutableBytes { ProgramBuilder.write(value, size: size, at: offset, into: $0) }
    }

    /// Stores the low `size` bytes of `value`, little-endian, at `offset` of `bytes`.
    static func write(_ value: Int64, size: Int, at offset: Int, into bytes: UnsafeMutableRawBufferPointer) {
        precondition(offset >= 0 && offset + size <= bytes.count, "a field outside its section")
        var remaining = UInt64(bitPattern: value)
        for i in 0..<size {
            bytes[offset + i] = UInt8(truncatingIfNeeded: remaining)
            remaining >>= 8
        }
    }

    // MARK: Listing

    /// Each statement's place and bytes, in statement order.
    private func makeListing() -> [ListingEntry] {
        guard options.keepsListing, options.keepsStatementRecords else { return [] }
        let failed = Set(diagnostics.map(\.statement))
        var entries: [ListingEntry] = []
        entries.reserveCapacity(records.count)
        for record in records {
            let section = Int(record.start.section)
            let start = Int(sections[section].offset(position: record.start.position, fragment: record.start.fragment))
            let end = Int(sections[section].offset(position: record.end.position, fragment: record.end.fragment))
            let bytes = sections[section].bytes
            let upper = min(max(start, end), bytes.count)
            let content = failed.contains(Int(record.statement)) || start >= upper ? [] : Array(bytes[start..<upper])
            entries.append(ListingEntry(
                line: Int(record.line), section: sections[section].name,
                address: UInt64(bitPattern: sections[section].base &+ Int64(start)), bytes: content))
        }
        return entries
    }

    // MARK: Image

    private mutating func makeImage() -> ProgramImage {
        let bytes = sections.map(\.bytes)
        for index in sections.indices { sections[index].bytes = [] }
        var image = ProgramImage()
        image.code = bytes[0]
        image.codeAddress = UInt64(bitPattern: sections[0].base)
        let order = sectionOrder
        let dataSections = order.dropFirst()
        let dataStart = dataSections.first.map { sections[$0].base }
            ?? ProgramBuilder.alignUp(sections[0].base &+ Int64(bytes[0].count), ProgramBuilder.minimumDataAlignment)
        image.dataAddress = UInt64(bitPattern: dataStart)
        var dataOffsets = Array(repeating: 0, count: sections.count)
        var firstUninitialized: Int?
        for index in dataSections {
            let offset = Int(sections[index].base &- dataStart)
            if image.data.count < offset { image.data.append(contentsOf: repeatElement(0, count: offset - image.data.count)) }
            dataOffsets[index] = image.data.count
            if sections[index].kind == .uninitialized, firstUninitialized == nil { firstUninitialized = offset }
            image.data.append(contentsOf: bytes[index])
        }
        image.uninitializedSize = firstUninitialized.map { image.data.count - $0 } ?? 0
        image.sections = order.map { index in
            ProgramImage.SectionInfo(
                name: sections[index].name, address: UInt64(bitPattern: sections[index].base), size: bytes[index].count,
                isCode: sections[index].kind == .code)
        }
        if options.keepsStatementRecords {
            // A statement with an error contributes no bytes (its place keeps its size, so
            // what follows stays where layout put it).
            let failed = Set(diagnostics.map(\.statement))
            image.records.reserveCapacity(records.count)
            for record in records {
                let section = Int(record.start.section)
                let start = Int(sections[section].offset(position: record.start.position, fragment: record.start.fragment))
                let end = Int(sections[section].offset(position: record.end.position, fragment: record.end.fragment))
                image.records.append(StatementRecord(
                    statement: Int(record.statement), line: Int(record.line), inCode: section == 0,
                    offset: start + (section == 0 ? 0 : dataOffsets[section]),
                    length: failed.contains(Int(record.statement)) ? 0 : max(0, end - start)))
            }
        }
        if options.collectsSymbols {
            for id in symbols.namedSymbols {
                switch symbols[id] {
                case .label, .constant, .expression:
                    if let value = try? evaluate(symbol: id, range: .at(0), depth: 0) { image.symbols[symbols.name(of: id)] = value }
                default:
                    break
                }
            }
        }
        for entry in ["_start", "main"] {
            if let id = symbols.lookup(entry), case .label(let section, let position, let fragment) = symbols[id], section == 0 {
                image.entryOffset = Int(sections[0].offset(position: position, fragment: fragment))
                break
            }
        }
        return image
    }
}

/// What a fixup comes to once layout is done: a value for its field at an offset of its
/// section, or why it has none.
enum ResolvedFixup {
    case field(value: Int64, offset: Int)
    case failure(EvaluationFailure)
    case problem(String)
}
