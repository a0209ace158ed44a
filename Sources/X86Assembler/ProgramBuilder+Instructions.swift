import Diagnostics
import X86
import X86Encoder

/// An instruction naming a symbol whose value layout decides: its size is fixed already
/// (symbolic operands take the widest field), its bytes are encoded once more at its address.
struct PendingInstruction {
    var line: InstructionLine
    var place: Place
    var length: Int32
    var lineNumber: Int32
    var statement: Int32
    /// The mode it is encoded in (the one in force on its line).
    var mode: CodeMode
}

/// An instruction whose one symbolic operand is an immediate with a short and a wide form:
/// it starts short and grows when the value turns out not to fit in a signed byte, or is an
/// address (which llvm-mc leaves to a relocation, always wide).
struct RelaxableInstruction {
    var line: InstructionLine
    var narrowLength: Int32
    var wideLength: Int32
    var lineNumber: Int32
    var statement: Int32
    /// NASM's sizing: as long as the value encodes, whatever its width (a displacement too),
    /// rather than imm8 or the widest field.
    var sizedByValue = false
    var mode: CodeMode
}

extension ProgramBuilder {
    /// Encodes what follows for `mode` (`bits 16`, `.code32`…); `nasmOrder`: with 66 before 67,
    /// as NASM writes them (its `bits` set the mode), rather than after, as GNU as and llvm-mc do.
    package mutating func setCodeMode(_ mode: CodeMode, nasmOrder: Bool = false) {
        encoder.mode = mode
        encoder.operandSizeBeforeAddressSize = nasmOrder
    }

    /// The encoder as it was on a line that was in `mode`.
    func encoder(in mode: CodeMode) -> Encoder {
        var encoder = self.encoder
        encoder.mode = mode
        return encoder
    }

    /// Adds an instruction. Operands naming symbols whose values are already known are
    /// filled in; a branch to a label becomes a fragment; any other operand naming a label
    /// makes the instruction a fixup. Errors are reported against the operand at fault.
    package mutating func emit(_ line: inout InstructionLine) {
        // A `.loc` waiting for an instruction gets this one's address.
        if object.lines.pending { addLineRow() }
        if options.relocatable {
            ProgramBuilder.spellRepeatedBitScan(&line.instruction)
            // GNU as's encoder makes these choices itself.
            if encoder.dialect != .gas {
                ProgramBuilder.dropDefaultSegment(&line.instruction)
                ProgramBuilder.orderExchange(&line.instruction)
            }
        }
        var kept = 0
        if line.symbolic.count == 1, line.symbolic.first.role == .branchTarget {
            // A branch to a label, a fifth of a compiler's lines: its one slot stays as it is,
            // without the copies of the loop below.
            kept = 1
        } else {
            for i in 0..<line.symbolic.count {
                let slot = line.symbolic[i]
                switch slot.role {
                case .immediate, .displacement, .farSelector:
                    if line.foldsLabelArithmetic || !mentionsLabels(slot.value), let value = resolveNow(slot.value) {
                        line.instruction.operands[slot.operand] = ProgramBuilder.filling(
                            line.instruction.operands[slot.operand], role: slot.role, with: value, symbolic: false)
                        continue
                    }
                case .branchTarget, .ripTarget:
                    break
                }
                line.symbolic[kept] = slot
                kept += 1
            }
            line.symbolic.truncate(to: kept)
        }
        if kept == 0 {
            emitFixed(&line)
        } else if kept == 1, line.symbolic[0].role == .branchTarget, line.instruction.operands.count == 1,
                  line.instruction.segmentPrefix == nil {
            emitBranch(&line, target: line.symbolic[0].value)
        } else if kept == 1, line.symbolic[0].role == .immediate, emitRelaxable(line) {
            return
        } else if encoder.dialect == .nasm, !options.relocatable, ProgramBuilder.valuesOnly(line), emitRelaxable(line) {
            return
        } else {
            emitPending(line)
        }
    }

    /// True when every operand left to layout is an immediate or a displacement (no branch).
    private static func valuesOnly(_ line: InstructionLine) -> Bool {
        for i in 0..<line.symbolic.count {
            switch line.symbolic[i].role {
            case .immediate, .displacement: continue
            case .branchTarget, .ripTarget, .farSelector: return false
            }
        }
        return true
    }

    /// GCC writes `rep bsf` for TZCNT (and `rep bsr` for LZCNT) so that processors without
    /// them run BSF: the bytes are TZCNT's (F3 0F BC /r), which GNU as accepts as written.
    static func spellRepeatedBitScan(_ instruction: inout Instruction) {
        guard instruction.prefixes.contains(.rep) else { return }
        if instruction.mnemonic == knownMnemonics.bsf, let tzcnt = knownMnemonics.tzcnt {
            instruction.mnemonic = tzcnt
            instruction.prefixes.remove(.rep)
        } else if instruction.mnemonic == knownMnemonics.bsr, let lzcnt = knownMnemonics.lzcnt {
            instruction.mnemonic = lzcnt
            instruction.prefixes.remove(.rep)
        }
    }

    /// `xchg r1, r2` has two encodings (87 /r either way round): GNU as puts the first register
    /// in ModRM.rm and llvm-mc in ModRM.reg. Objects follow GNU as, so the operands trade places
    /// (the exchange is the same).
    static func orderExchange(_ instruction: inout Instruction) {
        guard instruction.operands.count == 2, instruction.mnemonic == knownMnemonics.xchg,
              case .register(let first) = instruction.operands[0], case .register(let second) = instruction.operands[1]
        else { return }
        instruction.operands[0] = .register(second)
        instruction.operands[1] = .register(first)
    }

    private static let knownMnemonics = (
        bsf: Mnemonic("bsf"), bsr: Mnemonic("bsr"), tzcnt: Mnemonic("tzcnt"), lzcnt: Mnemonic("lzcnt"), xchg: Mnemonic("xchg"))

    /// Removes a `ds:` override where DS is the default segment anyway (no RBP or RSP base), as
    /// GNU as does: objects match its bytes. (Flat binaries keep it, as llvm-mc does.)
    static func dropDefaultSegment(_ instruction: inout Instruction) {
        for index in instruction.operands.indices {
            guard case .memory(var memory) = instruction.operands[index], let segment = memory.segment,
                  segment.kind == .segment, segment.number == 3
            else { continue }
            if let base = memory.base, base.kind != .rip, base.number == 4 || base.number == 5 { continue }
            memory.segment = nil
            instruction.operands[index] = .memory(memory)
        }
    }

    /// Adds an instruction whose immediate names a symbol as a relaxable fragment, when its
    /// mnemonic has both a sign-extended imm8 form and a wider one; false otherwise.
    private mutating func emitRelaxable(_ line: InstructionLine) -> Bool {
        let nasm = encoder.dialect == .nasm && !options.relocatable
        for i in 0..<line.symbolic.count {
            if case .farPointer = line.instruction.operands[line.symbolic[i].operand] { return false }
        }
        var narrow = line.instruction
        var wide = line.instruction
        for i in 0..<line.symbolic.count {
            let slot = line.symbolic[i]
            narrow.operands[slot.operand] = ProgramBuilder.filling(narrow.operands[slot.operand], role: slot.role, with: 0, symbolic: false)
            wide.operands[slot.operand] = ProgramBuilder.filling(wide.operands[slot.operand], role: slot.role, with: 0, symbolic: true)
        }
        guard let narrowEncoding = try? encoder.encode(narrow, at: 0), let wideEncoding = try? encoder.encode(wide, at: 0),
              narrowEncoding.length < wideEncoding.length || (nasm && narrowEncoding.length == wideEncoding.length)
        else { return false }
        // NASM sizes an operand by its value once its passes know it: a constant defined later
        // gets the shortest form (disp8, imm8, `mov r32, imm32`), as one defined before does.
        relaxables.append(RelaxableInstruction(
            line: line, narrowLength: Int32(narrowEncoding.length), wideLength: Int32(wideEncoding.length),
            lineNumber: self.line, statement: statement, sizedByValue: nasm, mode: encoder.mode))
        appendFragment(.relaxable, size: Int32(narrowEncoding.length), record: Int32(relaxables.count - 1))
        return true
    }

    /// Encodes an instruction whose operands are all known. (The lines of these two are
    /// `inout`, not changed: passed by value, the line, hundreds of bytes, is copied at every call.)
    private mutating func emitFixed(_ line: inout InstructionLine) {
        do {
            try encoder.encode(line.instruction, at: 0, appendingTo: &output, cache: &encodingCache)
        } catch {
            reportEncoding(error, line, lineNumber: self.line, statement: statement)
        }
    }

    /// Adds a branch to a label as a fragment, short unless it must be near.
    private mutating func emitBranch(_ line: inout InstructionLine, target: Value) {
        let mnemonic = line.instruction.mnemonic
        let prefixes = line.instruction.prefixes
        let form = branchForms.index(of: mnemonic, prefixes: prefixes, encoder: encoder)
        // Lengths only (0: no such form): copying the templates would retain their bytes.
        let lengths = branchForms.lengths(form)
        let width: BranchWidth = line.explicitBranchWidth ? line.instruction.branchWidth : .automatic
        let length: Int32
        switch width {
        case .near, .far: length = lengths.near
        case .short: length = lengths.short
        case .automatic: length = lengths.short != 0 ? lengths.short : lengths.near
        }
        guard length != 0 else {
            // No form of that width: let the encoder say why.
            var probe = line.instruction
            probe.operands[0] = .imm(0)
            do {
                _ = try encoder.encode(probe, at: 0)
                report("'\(mnemonic.name)' cannot branch to a label", at: line.range(ofOperand: 0))
            } catch {
                reportEncoding(error, line, lineNumber: self.line, statement: statement)
            }
            return
        }
        // The target's range is where layout errors point (`jmp short far`: at `far`… unless
        // the target is a number, then at the operand).
        var target = target
        if target.isConstant {
            let range = line.range(ofOperand: 0)
            target.rangeStart = Int32(truncatingIfNeeded: range.start)
            target.rangeEnd = Int32(truncatingIfNeeded: range.end)
        }
        branches.append(BranchRecord(
            mnemonic: mnemonic, prefixes: prefixes, form: form, target: target, width: width,
            line: self.line, statement: statement, mode: encoder.mode))
        appendFragment(.branch, size: length, record: Int32(branches.count - 1))
    }

    /// Adds an instruction whose bytes wait for layout; its size is measured now with
    /// placeholder values (a symbolic operand always takes the widest field).
    private mutating func emitPending(_ line: InstructionLine) {
        var probe = line.instruction
        for i in 0..<line.symbolic.count {
            let slot = line.symbolic[i]
            probe.operands[slot.operand] = ProgramBuilder.filling(probe.operands[slot.operand], role: slot.role, with: 0, symbolic: true)
            if slot.role == .branchTarget, !line.explicitBranchWidth { probe.branchWidth = .near }
        }
        if line.symbolic.allDisplacements, let (bytes, layout) = encoder.templateBytes(probe, at: 0, cache: &encodingCache) {
            // The common `[rip + label]` and `[rbx + label]`: bytes and the place to patch, from
            // the template of the shape, as the general path below would give them.
            let place = currentPlace
            if !appendFixups(for: line, length: bytes.count, layout: layout, secondImmediateSize: 0, formIndex: nil, at: place) {
                var stored = line
                stored.instruction = probe
                pending.append(PendingInstruction(
                    line: stored, place: place, length: Int32(bytes.count), lineNumber: self.line, statement: statement, mode: encoder.mode))
            }
            bytes.append(to: &output)
            return
        }
        let encoded: EncodedInstruction
        do {
            encoded = try encoder.encode(probe, at: 0, cache: &encodingCache)
        } catch {
            reportEncoding(error, line, lineNumber: self.line, statement: statement)
            return
        }
        let place = currentPlace
        if !appendFixups(for: line, encoded, at: place) {
            var stored = line
            stored.instruction = probe
            pending.append(PendingInstruction(
                line: stored, place: place, length: Int32(encoded.length), lineNumber: self.line, statement: statement, mode: encoder.mode))
        }
        let bytes = encoded.bytes
        for i in 0..<bytes.count { output.append(bytes[i]) }
    }

    /// `operand` with the value of a symbolic expression put in its place.
    static func filling(_ operand: Operand, role: OperandValueRole, with value: Int64, symbolic: Bool) -> Operand {
        switch (role, operand) {
        case (.immediate, .farPointer(let selector, _)):
            return .farPointer(selector: selector, offset: UInt32(truncatingIfNeeded: value))
        case (.farSelector, .farPointer(_, let offset)):
            return .farPointer(selector: UInt16(truncatingIfNeeded: value), offset: offset)
        case (.immediate, _), (.branchTarget, _):
            return .immediate(Immediate(value, isSymbolic: symbolic))
        case (.displacement, .memory(var memory)):
            memory.displacement = value
            memory.displacementIsSymbolic = symbolic
            return .memory(memory)
        case (.ripTarget, .memory(var memory)):
            memory.displacement = value
            memory.displacementIsSymbolic = true
            memory.displacementIsTarget = true
            return .memory(memory)
        default:
            return operand
        }
    }

    mutating func appendFragment(_ kind: Fragment.Kind, size: Int32, record: Int32) {
        let position = Int32(truncatingIfNeeded: output.count)
        sections[currentSection].fragments.append(Fragment(position: position, size: size, kind: kind, record: record))
    }

    // MARK: Encoding errors

    /// Reports an encoder error against the operand it names (or the whole instruction).
    mutating func reportEncoding(_ error: EncodingError, _ line: InstructionLine, lineNumber: Int32, statement: Int32) {
        var range = line.wholeRange
        if let operand = error.operandIndex, operand < line.operandRanges.count {
            range = line.operandRanges[operand]
        }
        var message = error.message
        var notes: [String] = []
        switch error {
        case .noMatchingForm(let mnemonic, let kinds, let forms):
            let given = kinds.isEmpty ? "no operands" : kinds.joined(separator: ", ")
            let name = mnemonic.isEmpty ? line.instruction.mnemonic.name : mnemonic
            message = "no form of '\(name)' takes \(given)"
            // A name the parser took for a symbol was more likely a mistyped register.
            for index in 0..<line.symbolic.count {
                let slot = line.symbolic[index]
                guard slot.value.symbol >= 0 else { continue }
                let symbol = SymbolID(slot.value.symbol)
                guard case .undefined = symbols[symbol] else { continue }
                let word = symbols.name(of: symbol)
                if let register = NameSuggestion.closest(to: word, among: NameSuggestion.registers) {
                    message = "'\(word)' is not a register; did you mean '\(register)'? (\(message))"
                    if Int(slot.operand) < line.operandRanges.count { range = line.operandRanges[Int(slot.operand)] }
                    break
                }
            }
            let closest = ProgramBuilder.closestForms(of: line.instruction, limit: 4)
            if !closest.isEmpty {
                notes = closest.map { "closest form: \($0)" }
                if forms.count > closest.count { notes.append("'\(name)' has \(forms.count) forms in all (.help \(name) lists them)") }
            }
        case .branchOutOfRange(_, let distance) where line.explicitBranchWidth:
            message = ProgramBuilder.shortBranchMessage(distance)
        default:
            break
        }
        report(message, at: range, line: lineNumber, statement: statement, notes: notes)
    }

    /// The forms of the instruction's mnemonic nearest its operands: most operands of the
    /// right kind and width first, then the right number of operands, in table order.
    static func closestForms(of instruction: Instruction, limit: Int) -> [String] {
        let operands = instruction.operands
        var scored: [(score: Int, order: Int, syntax: String)] = []
        var seen = Set<String>()
        for (order, form) in InstructionSet.shared.forms(of: instruction.mnemonic).enumerated() {
            guard seen.insert(form.syntax).inserted else { continue }
            var score = form.operands.count == operands.count ? 1 : 0
            for (index, operand) in operands.enumerated() where index < form.operands.count {
                if form.operands[index].matchesShape(operand) { score += 2 }
            }
            scored.append((score, order, form.syntax))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
        return scored.prefix(limit).map(\.syntax)
    }

    static func shortBranchMessage(_ distance: Int64) -> String {
        "short jump cannot reach its target: it is \(distance) bytes away, and a short jump reaches -128...127"
    }
}

extension Array where Element == UInt8 {
    /// Grows the array by `count` bytes and lets `body` write them.
    @inline(__always)
    mutating func withAppended(_ count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        let start = self.count
        if capacity < start + count { reserveCapacity(Swift.max(start + count, capacity * 2)) }
        append(contentsOf: repeatElement(0, count: count))
        withUnsafeMutableBufferPointer { buffer in
            body(UnsafeMutableBufferPointer(rebasing: buffer[start..<start + count]))
        }
    }
}
