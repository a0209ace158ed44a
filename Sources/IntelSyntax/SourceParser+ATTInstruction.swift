import Diagnostics
import X86
import X86Assembler
import X86Encoder

/// An AT&T instruction becomes the statement the Intel one would: operands read source
/// first and put in Intel's order, the suffix turned into the size of the memory operands.
extension SourceParser {
    /// `mnemonic[suffix] [operand {, operand}]`, the mnemonic already read.
    mutating func parseATTInstruction(_ word: Token, prefixes: PrefixSet, segmentPrefix: Register?) throws(Diagnostic) {
        guard let mnemonic = attMnemonic(word) else {
            // GNU's `.s` (`mov.s %dl, %cl`): the other of two forms for the same registers.
            if let stem = swappedStem(word), let mnemonic = attMnemonic(stem) {
                try parseATTInstruction(word, mnemonic, prefixes: prefixes.union(.swapped), segmentPrefix: segmentPrefix)
                return
            }
            throw unknownInstruction(word)
        }
        try parseATTInstruction(word, mnemonic, prefixes: prefixes, segmentPrefix: segmentPrefix)
    }

    /// `word` without a `.s` at its end, if it has one.
    func swappedStem(_ word: Token) -> Token? {
        let length = word.end - word.start - 2
        guard word.isPacked, length > 0, base[word.end - 2] == UInt8(ascii: "."), base[word.end - 1] | 0x20 == UInt8(ascii: "s")
        else { return nil }
        var stem = word
        stem.end -= 2
        var low = word.low
        var high = word.high
        if length + 2 > 16 {
            // Bytes 16 and 17 of the word are spread over the words' top bits (see PackedName);
            // the stem has at most sixteen.
            low &= 0x7F7F_7F7F_7F7F_7F7F
            high &= 0x7F7F_7F7F_7F7F_7F7F
        }
        if length <= 8 {
            stem.low = length == 8 ? low : low & ((UInt64(1) << (UInt64(length) * 8)) - 1)
            stem.high = 0
        } else {
            stem.low = low
            stem.high = length == 16 ? high : high & ((UInt64(1) << (UInt64(length - 8) * 8)) - 1)
        }
        return stem
    }

    /// The operands of `mnemonic`, spelled `word`, and the statement they make.
    mutating func parseATTInstruction(
        _ word: Token, _ mnemonic: ATTMnemonic, prefixes: PrefixSet, segmentPrefix: Register?
    ) throws(Diagnostic) {
        var mnemonic = mnemonic
        line.reset(mnemonic: Mnemonic(id: mnemonic.keyword.payload))
        line.foldsLabelArithmetic = false
        line.instruction.prefixes = prefixes
        line.instruction.segmentPrefix = segmentPrefix
        line.mnemonicRange = word.range
        skipSpaces()
        while !atStatementEnd {
            if current == UInt8(ascii: "{") {
                // `{rn-sae}` and `{sae}` stand where an operand would.
                try parseDecoration(standalone: true, registerSigil: "%")
            } else {
                guard line.instruction.operands.count < OperandList.capacity else {
                    throw error("too many operands", from: position, to: lineEnd)
                }
                try parseATTOperand(isBranch: mnemonic.isBranch)
            }
            skipSpaces()
            // `%zmm1 {%k1} {z}` and `(%rax){1to16}`.
            while current == UInt8(ascii: "{") {
                try parseDecoration(standalone: false, registerSigil: "%")
                skipSpaces()
            }
            if atStatementEnd { break }
            guard current == UInt8(ascii: ",") else { throw error("expected ',' between operands", at: position) }
            position += 1
            skipSpaces()
            if atStatementEnd { throw error("expected an operand after ','", at: position) }
        }
        readFarPointer(mnemonic)
        reverseOperands()
        swapReversedX87()
        try chooseReading(&mnemonic)
        try checkSuffixRegister(mnemonic, spelled: word)
        try applySuffix(mnemonic, spelled: word)
        if builder.codeMode != .bits64 { applyLegacyOperandSize(mnemonic) }
        beginStatement()
        builder.emit(&line)
        if let recorder {
            recorder.record(.instruction(recorder.statement(line, builder: builder)), range: line.wholeRange, line: lineNumber)
        }
    }

    /// `ljmp $selector, $offset` is a far pointer (Intel's `jmp selector:offset`), its suffix
    /// the offset's size; `ljmp *(%bx)` outside 64-bit mode reads one from memory, m16:16 or
    /// m16:32 as the suffix or the mode says.
    private mutating func readFarPointer(_ mnemonic: ATTMnemonic) {
        let name = line.instruction.mnemonic
        guard name == ATTSpelling.farJump || name == ATTSpelling.farCall else { return }
        let operands = line.instruction.operands
        if operands.count == 2, case .immediate(let selector) = operands[0], case .immediate(let offset) = operands[1] {
            line.instruction.operands = [.farPointer(
                selector: UInt16(truncatingIfNeeded: selector.value), offset: UInt32(truncatingIfNeeded: offset.value))]
            let range = SourceRange(start: line.operandRanges[0].start, end: line.operandRanges[1].end)
            line.operandRanges.removeAll()
            line.operandRanges.append(range)
            let slots = line.symbolic.array
            line.symbolic.removeAll()
            for slot in slots {
                line.symbolic.append(SymbolicSlot(operand: 0, role: slot.operand == 0 ? .farSelector : .immediate, value: slot.value))
            }
            switch mnemonic.size {
            case .dword?: line.instruction.immediateSizing.operandBits = 16
            case .fword?: line.instruction.immediateSizing.operandBits = 32
            default: break
            }
            return
        }
        guard builder.codeMode != .bits64, operands.count == 1, case .memory(var memory) = operands[0] else { return }
        line.instruction.branchWidth = .far
        if memory.size == nil, mnemonic.size == nil {
            memory.size = builder.codeMode == .bits16 ? .dword : .fword
            line.instruction.operands[0] = .memory(memory)
        }
    }

    /// Outside 64-bit mode a `w` or `l` suffix that no operand shows (`retl`, `pushl %fs`,
    /// `lgdtl (%bx)`, `pushw $1`) selects the operand size: a 66 where it is not the mode's, as
    /// GNU as writes it.
    private mutating func applyLegacyOperandSize(_ mnemonic: ATTMnemonic) {
        guard let size = mnemonic.size, size == .word || size == .dword, !mnemonic.isBranch else { return }
        var pushesImmediate = false
        // The pseudo-descriptor of `lgdt` has no size of its own: the suffix is the operand size.
        let descriptor = ATTSpelling.descriptorTables.contains(line.instruction.mnemonic.id)
        for (position, operand) in line.instruction.operands.enumerated() {
            switch operand {
            case .register(let register) where register.isGeneralPurpose: return
            case .memory(var memory) where descriptor:
                memory.size = nil
                line.instruction.operands[position] = .memory(memory)
            case .memory(let memory) where memory.size != nil: return
            case .immediate: pushesImmediate = line.instruction.mnemonic == ATTSpelling.push
            default: break
            }
        }
        if pushesImmediate {
            // NASM's `push word 5`: the form of that size, sign-extended imm8 or not.
            line.instruction.immediateSizing.operandBits = UInt8(size.bits)
            return
        }
        if size != (builder.codeMode == .bits16 ? .word : .dword) { line.instruction.prefixes.insert(.data16) }
    }

    /// AT&T writes the source first: the operands, their ranges and the slots of the
    /// symbolic ones go into Intel's order, destination first.
    private mutating func reverseOperands() {
        let count = line.instruction.operands.count
        // `enter $size, $depth` and `bound %ax, (%bx)` keep Intel's order in GNU as and llvm-mc.
        guard count > 1, line.instruction.mnemonic != ATTSpelling.enter, line.instruction.mnemonic != ATTSpelling.bound
        else { return }
        let operands = line.instruction.operands
        let ranges = line.operandRanges
        for i in 0..<count {
            line.instruction.operands[i] = operands[count - 1 - i]
            line.operandRanges[i] = ranges[count - 1 - i]
        }
        for i in 0..<line.symbolic.count { line.symbolic[i].operand = count - 1 - line.symbolic[i].operand }
    }

    /// See ``ATTSpelling/x87Reversed``.
    private mutating func swapReversedX87() {
        guard let swapped = ATTSpelling.x87Reversed[line.instruction.mnemonic.id] else { return }
        if !line.instruction.mnemonic.name.hasSuffix("p") {
            // `fsub %st, %st(i)`: only with st(i), i ≥ 1, as the destination.
            let operands = line.instruction.operands
            guard operands.count == 2, case .register(let destination) = operands[0], destination.kind == .x87,
                  destination.number != 0 else { return }
        }
        line.instruction.mnemonic = swapped
    }

    /// Keeps the mnemonic as written unless the table has no form of it for these operands
    /// and the suffixed reading has one (`movq %rax, %rbx`).
    private mutating func chooseReading(_ mnemonic: inout ATTMnemonic) throws(Diagnostic) {
        guard let alternative = mnemonic.alternative else { return }
        if ATTSpelling.vectorMoves.contains(line.instruction.mnemonic.id) {
            // `movq`/`movd` as written move to or from a vector register; without one they are
            // `mov` with a suffix, which is decided without a trial (GCC writes many).
            let vector = line.instruction.operands.contains { operand in
                if case .register(let register) = operand { register.isVector || register.kind == .mmx } else { false }
            }
            if !vector {
                line.instruction.mnemonic = Mnemonic(id: alternative.keyword.payload)
                mnemonic = ATTMnemonic(
                    keyword: alternative.keyword, size: alternative.size, checksRegister: mnemonic.alternativeChecksRegister)
            }
            return
        }
        do throws(EncodingError) {
            _ = try builder.encoder.encode(line.instruction, at: 0, cache: &probeCache)
            return
        } catch {
            switch error {
            case .noMatchingForm, .invalidIn64BitMode: break
            default: return
            }
        }
        let written = line.instruction.mnemonic
        line.instruction.mnemonic = Mnemonic(id: alternative.keyword.payload)
        var trial = line.instruction
        if let size = alternative.size { Self.setMemorySizes(&trial, size, vector: false) }
        if (try? builder.encoder.encode(trial, at: 0, cache: &probeCache)) == nil {
            line.instruction.mnemonic = written
            return
        }
        mnemonic = ATTMnemonic(keyword: alternative.keyword, size: alternative.size, checksRegister: mnemonic.alternativeChecksRegister)
    }

    /// GNU as: "incorrect register '%ax' used with 'l' suffix". The destination, when it is a
    /// general register, must have the suffix's size.
    private func checkSuffixRegister(_ mnemonic: ATTMnemonic, spelled word: Token) throws(Diagnostic) {
        if let size = mnemonic.destinationSize, let first = line.instruction.operands.first,
           case .register(let register) = first, register.isGeneralPurpose, register.size != size {
            // GNU as: "operand size mismatch for `movzw'".
            let range = line.range(ofOperand: 0)
            throw error("'%\(register.name)' does not have the size '\(text(word).lowercased())' extends to", from: range.start, to: range.end)
        }
        guard mnemonic.checksRegister, let size = mnemonic.size, let first = line.instruction.operands.first,
              case .register(let register) = first, let registerSize = register.size, register.isGeneralPurpose,
              registerSize != size else { return }
        let suffix = text(word).suffix(1).lowercased()
        let range = line.range(ofOperand: 0)
        throw error("incorrect register '%\(register.name)' used with '\(suffix)' suffix", from: range.start, to: range.end)
    }

    /// The suffix's size on the memory operands that have none. When the instruction has no
    /// form with that size there but has one without (a suffix naming the register's size
    /// rather than the memory's, as in `cvttss2siq (%rax), %rax`), the size is left off.
    /// Without a suffix, an operand size nothing else decides is an error, as in GNU as.
    private mutating func applySuffix(_ mnemonic: ATTMnemonic, spelled word: Token) throws(Diagnostic) {
        var unsized = false
        var hasRegister = false
        var registerOfSuffixSize = false
        for operand in line.instruction.operands {
            switch operand {
            case .memory(let memory) where memory.size == nil:
                unsized = true
            case .register(let register):
                hasRegister = true
                if register.isGeneralPurpose, register.size == mnemonic.size { registerOfSuffixSize = true }
            default:
                break
            }
        }
        guard let size = mnemonic.size else {
            // As GNU as: only an instruction without registers can be missing its size (and a
            // few whose register does not give it); a register that does not fit is the
            // encoder's error.
            guard unsized, !hasRegister || ATTSpelling.probedDespiteRegisters.contains(line.instruction.mnemonic.id) else {
                return
            }
            do throws(EncodingError) {
                _ = try builder.encoder.encode(line.instruction, at: 0, cache: &probeCache)
            } catch {
                guard case .ambiguousOperandSize(_, let sizes) = error else { return }
                let name = line.instruction.mnemonic.name
                if ATTSpelling.defaultsToByte.contains(name) {
                    Self.setMemorySizes(&line.instruction, .byte, vector: false)
                    return
                }
                guard ATTSpelling.defaultsToDword.contains(name) else {
                    throw ambiguousSize(word, sizes, hasRegister: hasRegister)
                }
                Self.setMemorySizes(&line.instruction, .dword, vector: false)
            }
            return
        }
        guard unsized else {
            // `pushw $1`: only the operand-size prefix says 16 bits (outside 64-bit mode, see
            // ``applyLegacyOperandSize(_:)``).
            if size == .word, builder.codeMode == .bits64, line.instruction.operands.count == 1,
               case .immediate = line.instruction.operands[0],
               line.instruction.mnemonic.name == "push" {
                line.instruction.prefixes.insert(.data16)
            }
            return
        }
        var sized = line.instruction
        Self.setMemorySizes(&sized, size, vector: mnemonic.sizesVector)
        // A register of the suffix's size says the memory has it too, but for a few.
        if registerOfSuffixSize, !ATTSpelling.memoryUnlikeRegister.contains(line.instruction.mnemonic.id) {
            line.instruction = sized
            return
        }
        if (try? builder.encoder.encode(sized, at: 0, cache: &probeCache)) == nil,
           (try? builder.encoder.encode(line.instruction, at: 0, cache: &probeCache)) != nil { return }
        line.instruction = sized
    }

    /// Gives every unsized memory operand `size` (with a broadcast and a vector length, the
    /// element size that makes up that length).
    private static func setMemorySizes(_ instruction: inout Instruction, _ size: OperandSize, vector: Bool) {
        for i in 0..<instruction.operands.count {
            guard case .memory(var memory) = instruction.operands[i], memory.size == nil else { continue }
            if vector, memory.broadcast > 0 {
                memory.size = OperandSize(rawValue: size.bits / Int(memory.broadcast))
            } else {
                memory.size = size
            }
            instruction.operands[i] = .memory(memory)
        }
    }

    /// GNU as: "no instruction mnemonic suffix given and no register operands; can't size".
    private func ambiguousSize(_ word: Token, _ sizes: [OperandSize], hasRegister: Bool) -> Diagnostic {
        let spelled = text(word).lowercased()
        let suggestions = sizes.compactMap { ATTSpelling.suffix(for: $0, mnemonic: spelled) }.map { "'\(spelled)\($0)'" }
        var message = "ambiguous operand size for '\(spelled)': "
        message += hasRegister ? "no suffix gives the memory operand's size" : "no suffix and no register operand give it"
        if !suggestions.isEmpty {
            message += "; write " + (suggestions.count == 1 ? suggestions[0]
                : suggestions.dropLast().joined(separator: ", ") + " or " + suggestions[suggestions.count - 1])
        }
        return error(message, from: word.start, to: word.end)
    }
}
