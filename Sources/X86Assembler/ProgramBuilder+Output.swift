import Diagnostics
import X86
import X86Encoder

extension ProgramBuilder {
    /// Lays everything out and produces the image and every error, in line order.
    public mutating func finish() -> AssemblyResult {
        endStatement()
        layout()
        var bytes = sections.indices.map { finalBytes(of: $0) }
        for index in sections.indices { sections[index].bytes = [] }
        applyPending(to: &bytes)
        applyFixups(to: &bytes)
        let image = makeImage(bytes)
        var sorted = diagnostics
        sorted.sort { $0.line < $1.line }
        return AssemblyResult(image: image, diagnostics: sorted)
    }

    // MARK: Bytes

    /// The section's bytes: its fixed bytes with every fragment's bytes between them.
    private mutating func finalBytes(of index: Int) -> [UInt8] {
        let section = sections[index]
        guard !section.fragments.isEmpty else { return section.bytes }
        var out: [UInt8] = []
        out.reserveCapacity(section.size)
        var copied = 0
        for k in section.fragments.indices {
            let fragment = section.fragments[k]
            let position = Int(fragment.position)
            if position > copied {
                section.bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[copied..<position])) }
                copied = position
            }
            let start = section.base &+ Int64(out.count)
            switch fragment.kind {
            case .branch:
                appendBranch(branches[Int(fragment.record)], size: fragment.size, at: start, to: &out)
            case .align:
                let align = aligns[Int(fragment.record)]
                let count = Int(fragment.size)
                if let fill = align.fill {
                    out.append(contentsOf: repeatElement(fill, count: count))
                } else if section.kind == .code {
                    out.append(contentsOf: Nops.padding(count))
                } else {
                    out.append(contentsOf: repeatElement(0, count: count))
                }
            case .relaxable:
                appendRelaxable(relaxables[Int(fragment.record)], size: fragment.size, at: start, to: &out)
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
        if section.bytes.count > copied {
            section.bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[copied...])) }
        }
        return out
    }

    /// Writes a branch of the width layout chose.
    private mutating func appendBranch(_ branch: BranchRecord, size: Int32, at start: Int64, to out: inout [UInt8]) {
        let forms = branchForms[branch.form]
        let operandRange = SourceRange(start: Int(branch.operandStart), end: Int(branch.operandEnd))
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
        if let encoded = try? encoder.encode(instruction, at: start), encoded.length == Int(template.length) {
            for i in 0..<encoded.length { out.append(encoded.bytes[i]) }
        } else {
            out.append(contentsOf: template.bytes)
        }
    }

    /// Writes an instruction with a relaxable immediate in the width layout chose.
    private mutating func appendRelaxable(_ record: RelaxableInstruction, size: Int32, at start: Int64, to out: inout [UInt8]) {
        let slot = record.line.symbolic[0]
        var instruction = record.line.instruction
        do {
            let value = try evaluate(slot.value)
            instruction.operands[slot.operand] = .immediate(Immediate(value, isSymbolic: size != record.narrowLength))
            let encoded = try encoder.encode(instruction, at: start)
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
    private mutating func applyPending(to bytes: inout [[UInt8]]) {
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
                let encoded = try encoder.encode(instruction, at: address)
                guard encoded.length == Int(item.length) else {
                    report("the size of this instruction depends on the value of a label", at: item.line.wholeRange,
                           line: item.lineNumber, statement: item.statement)
                    continue
                }
                let section = Int(item.place.section)
                let offset = Int(sections[section].offset(position: item.place.position, fragment: item.place.fragment))
                for i in 0..<encoded.length { bytes[section][offset + i] = encoded.bytes[i] }
            } catch {
                reportEncoding(error, item.line, lineNumber: item.lineNumber, statement: item.statement)
            }
        }
        pending = []
    }

    /// Writes each data item that named a label.
    private mutating func applyFixups(to bytes: inout [[UInt8]]) {
        for fixup in fixups {
            let range = SourceRange(start: Int(fixup.rangeStart), end: Int(fixup.rangeEnd))
            let value: Int64
            do {
                value = try evaluate(fixup.value)
            } catch {
                report(error, fallback: range, line: fixup.line, statement: fixup.statement)
                continue
            }
            let size = Int(fixup.size)
            if let problem = ProgramBuilder.fitProblem(value, size: size) {
                report(problem, at: range, line: fixup.line, statement: fixup.statement)
            }
            let section = Int(fixup.place.section)
            let offset = Int(sections[section].offset(position: fixup.place.position, fragment: fixup.place.fragment))
            var remaining = UInt64(bitPattern: value)
            for i in 0..<size {
                bytes[section][offset + i] = UInt8(truncatingIfNeeded: remaining)
                remaining = i < 7 ? remaining >> 8 : (value < 0 ? UInt64.max : 0)
            }
        }
        fixups = []
    }

    // MARK: Image

    private func makeImage(_ bytes: [[UInt8]]) -> ProgramImage {
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
