import Diagnostics
import ObjectFile
import X86
import X86Encoder

extension ProgramBuilder {
    // MARK: Branches

    /// True when a branch in `section` to its target must be left to the linker, as GNU as
    /// leaves it: a target in another section, weak, undefined, or named `@PLT`; a `call`
    /// (which has no short form) to a global symbol. A `jmp` or `jcc` to a global symbol of
    /// the same section is resolved here (nothing but a shared library could preempt it).
    func branchRelocates(_ branch: BranchRecord, from section: Int32) -> Bool {
        guard let value = try? relocatable(branch.target) else { return true }
        switch value.base {
        case nil:
            return false
        case .section(let target, _):
            return target != section
        case .symbol(let id, let place):
            if isWeak(id) || isIndirectFunction(id) || value.modifier != nil { return true }
            guard let place, place.section == section else { return true }
            return branchForms.lengths(branch.form).short == 0
        }
    }

    /// Writes a branch the linker completes: the near form, its displacement 0, and a
    /// relocation (`R_X86_64_PLT32` to a symbol, `R_X86_64_PC32` to another section).
    mutating func appendRelocatedBranch(_ branch: BranchRecord, size: Int32, at start: Int64, to out: inout [UInt8]) {
        let forms = branchForms[branch.form]
        guard let template = forms.near, template.patchable, template.length == size else {
            report("this branch cannot reach a symbol the linker places", at: branch.target.range, line: branch.line,
                   statement: branch.statement)
            out.append(contentsOf: repeatElement(0, count: Int(size)))
            return
        }
        out.append(contentsOf: template.bytes[0..<Int(template.length - template.displacementSize)])
        out.append(contentsOf: repeatElement(0, count: Int(template.displacementSize)))
        let field = start &+ Int64(template.length - template.displacementSize)
        do throws(RelocationFailure) {
            let value = try relocatable(branch.target)
            let addend = value.offset &- Int64(template.displacementSize)
            let relocation: PendingRelocation
            switch value.base {
            case .symbol(let id, let place):
                // PLT32 marks a branch to a symbol the linker may route through the PLT; a local
                // indirect function defined here gets PC32 (the linker routes it anyway).
                let local = place != nil && !isWeak(id) && binding(of: id) == .local && value.modifier == nil
                let type = local ? ELF.RelocationType.pc32 : ELF.RelocationType.plt32
                relocation = PendingRelocation(offset: field, type: type, target: .symbol(id), addend: addend)
            case .section(let index, _):
                relocation = PendingRelocation(offset: field, type: ELF.RelocationType.pc32, target: .section(index), addend: addend)
            case nil:
                throw .notRelocatable(branch.target.range)
            }
            object.relocations[Int(object.expandingSection), default: []].append(relocation)
        } catch {
            report(error, fallback: branch.target.range, line: branch.line, statement: branch.statement)
        }
    }

    /// Writes an instruction whose immediate is an address in its wide form, with a relocation.
    /// False when the immediate is a number (the caller writes it).
    mutating func appendRelocatedImmediate(_ record: RelaxableInstruction, size: Int32, at start: Int64, to out: inout [UInt8]) -> Bool {
        let slot = record.line.symbolic[0]
        guard let value = try? relocatable(slot.value), value.base != nil || value.minus != nil else { return false }
        var instruction = record.line.instruction
        instruction.operands[slot.operand] = .immediate(Immediate(0, isSymbolic: true))
        guard let encoded = try? encoder.encode(instruction, at: start), encoded.length == Int(size) else { return false }
        for i in 0..<encoded.length { out.append(encoded.bytes[i]) }
        let immediateSize = encoded.fields.immediateSize
        let field = start &+ Int64(encoded.length - immediateSize - encoded.fields.secondImmediateSize)
        let form = encoder.instructionSet.encodingForm(index: encoded.formIndex)
        let signed = form.attributes.contains(.signExtendsImmediate) || (form.operandSize == .qword && immediateSize == 4)
        let range = record.line.range(ofOperand: slot.operand)
        do throws(RelocationFailure) {
            if let relocation = try relocation(
                for: value, section: object.expandingSection, fieldOffset: field, size: immediateSize,
                role: signed ? .signedImmediate : .unsignedImmediate, pcAdjust: 0, instructionStart: start, range: range) {
                object.relocations[Int(object.expandingSection), default: []].append(relocation)
            }
        } catch {
            report(error, fallback: range, line: record.lineNumber, statement: record.statement)
        }
        return true
    }

    // MARK: Fields

    /// Writes each field that waited for labels, or leaves it 0 with a relocation.
    mutating func applyFixupsAsRelocations() {
        let pending = fixups
        fixups = []
        let resolved = resolvedRelocations(pending)
        for index in pending.indices {
            let section = Int(pending[index].place.section)
            switch resolved[index] {
            case .field(let number, let field):
                write(number, size: Int(pending[index].size), at: field, section: section)
            case .relocation(let relocation, let field):
                object.relocations[section, default: []].append(relocation)
                // RELA: the addend is in the relocation, the field holds 0.
                write(0, size: Int(pending[index].size), at: field, section: section)
            case .failure(let error):
                report(error, fallback: pending[index].range, line: pending[index].line, statement: pending[index].statement)
            case .problem(let problem):
                report(problem, at: pending[index].range, line: pending[index].line, statement: pending[index].statement)
            }
        }
    }

    /// What each of `pending` comes to, worked out without changing the builder (see
    /// ``resolvedFixups(_:)``), a big file's on two threads.
    private func resolvedRelocations(_ pending: [Fixup]) -> [ResolvedRelocation] {
        // Each element made in place by the thread of its range, none made twice.
        [ResolvedRelocation](unsafeUninitializedCapacity: pending.count) { resolved, count in
            SplitWork.run(pending.count) { range in
                for index in range {
                    (resolved.baseAddress.unsafelyUnwrapped + index).initialize(to: resolvedRelocation(pending, index))
                }
            }
            count = pending.count
        }
    }

    /// What `pending[index]` comes to (read in place: a fixup is large, and copying each cost
    /// more than applying it).
    private func resolvedRelocation(_ pending: [Fixup], _ index: Int) -> ResolvedRelocation {
        let section = Int32(pending[index].place.section)
        let start = sections[Int(section)].offset(position: pending[index].place.position, fragment: pending[index].place.fragment)
        let field = start &+ Int64(pending[index].offset)
        let role: RelocatedField
        if pending[index].operand < 0 {
            role = .data
        } else if pending[index].kind == .relative {
            role = .ripDisplacement
        } else {
            switch pending[index].reach {
            case .signedOrUnsigned: role = .unsignedImmediate
            case .signed: role = .signedImmediate
            case .absoluteAddress: role = .displacement
            }
        }
        let pcAdjust = Int64(pending[index].length) - Int64(pending[index].offset)
        var number: Int64
        do throws(RelocationFailure) {
            let value = try relocatable(pending[index].value)
            if role == .ripDisplacement, value.modifier == nil, case .section(let target, _) = value.base, target == section {
                // A RIP-relative reference to a local label of its own section: only the
                // distance matters. (A global symbol keeps its relocation: it may be preempted.)
                let place = (section: target, offset: value.offset)
                number = place.offset &- (field &+ pcAdjust)
            } else if let relocation = try relocation(
                for: value, section: section, fieldOffset: field, size: Int(pending[index].size), role: role, pcAdjust: pcAdjust,
                instructionStart: start, range: pending[index].range) {
                return .relocation(relocation, field: Int(field))
            } else {
                number = value.offset
                if role == .ripDisplacement { number = number &- (field &+ pcAdjust) }
            }
        } catch {
            return .failure(error)
        }
        if let problem = pending[index].problem(with: number) { return .problem(problem) }
        return .field(number, field: Int(field))
    }

    func isWeakBase(_ value: RelocatableValue) -> Bool {
        if case .symbol(let id, _) = value.base { return isWeak(id) }
        return false
    }

    /// Reports why a value cannot be relocated.
    mutating func report(_ failure: RelocationFailure, fallback: SourceRange, line: Int32, statement: Int32) {
        switch failure {
        case .evaluation(let inner):
            report(inner, fallback: fallback, line: line, statement: statement)
        case .notRelocatable(let range):
            report("this expression cannot be written as a relocation: an object file holds a symbol or section plus a number, "
                   + "less at most a place in the same section", at: range.end > range.start ? range : fallback,
                   line: line, statement: statement)
        }
    }
}

/// What a fixup comes to in an object file: a number for its field, a relocation (the field
/// then holds 0), or why it has neither.
enum ResolvedRelocation {
    case field(Int64, field: Int)
    case relocation(PendingRelocation, field: Int)
    case failure(RelocationFailure)
    case problem(String)
}
