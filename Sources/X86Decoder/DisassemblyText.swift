import X86

/// Intel-syntax text as llvm-objdump prints it with `--print-imm-hex`
/// (`mov rax, qword ptr [rbx + 8*rcx + 0x10]`, `add eax, -0x3`, `jmp 0x401000`), words separated
/// by single spaces.
public enum DisassemblyText {
    /// The text of a decoded instruction; its branch target is shown as an address.
    public static func of(_ decoded: DecodedInstruction) -> String {
        of(decoded.instruction, relativeOperand: decoded.relativeOperand, showsMemorySize: decoded.showsMemorySize,
           zeroIndex: decoded.zeroIndex)
    }

    /// The text of `instruction`, the operand at `relativeOperand` (if any) being an address,
    /// its memory operand with `zeroIndex` (see ``DecodedInstruction/zeroIndex``).
    ///
    /// Built in one string: a listing of a million instructions spends more time here than in
    /// decoding.
    public static func of(
        _ instruction: Instruction, relativeOperand: Int? = nil, showsMemorySize: Bool = true,
        zeroIndex: DecodedInstruction.ZeroIndex? = nil
    ) -> String {
        var text = ""
        text.reserveCapacity(64)
        var prefixes = instruction.prefixes
        // llvm-objdump leaves out a 66 that REX.W overrides.
        if prefixes.contains(.rex64) { prefixes.remove(.data16) }
        if hidesAddressSize(instruction) { prefixes.remove(.addr32) }
        if !prefixes.isEmpty {
            for (prefix, word) in prefixWords where prefixes.contains(prefix) {
                text += word
                text += " "
            }
        }
        let (operands, unplaced) = DisassemblyText.placingSegment(of: instruction)
        if let unplaced {
            text += unplaced.name
            text += " "
        }
        let name = mnemonic(instruction)
        // llvm-objdump shows `xlat` bare, whatever its address size or segment.
        if name == "xlat" || name == "xlatb" { return text + "xlatb" }
        text += name
        let decorations = instruction.decorations
        // The rounding decoration is an operand of its own, after the last vector register (so
        // before the general register of `vcvtsi2ss xmm0, xmm1, {rn-sae}, eax`).
        var roundingPosition = -1
        if decorations.rounding != nil {
            roundingPosition = operands.count
            for (index, operand) in operands.enumerated() {
                if case .register(let register) = operand, register.isVector { roundingPosition = index + 1 }
            }
        }
        if instruction.branchWidth == .far, operands.count == 1, case .memory(var memory) = operands[0] {
            // As NASM writes it: `far`, and the offset's size when it is not the mode's
            // (`jmp far dword [bx]` for m16:32 in 16-bit code).
            text += " far "
            if showsMemorySize, let size = memory.size { text += size == .dword ? "word " : "dword " }
            memory.size = nil
            append(memory, zeroIndex: zeroIndex, to: &text)
            return text
        }
        for (position, operand) in operands.enumerated() {
            text += position == 0 ? " " : ", "
            if position == roundingPosition, let rounding = decorations.rounding { text += "{\(rounding.spelling)}, " }
            if !showsMemorySize || zeroIndex != nil, case .memory(var memory) = operand {
                if !showsMemorySize { memory.size = nil }
                append(memory, zeroIndex: zeroIndex, to: &text)
            } else if position == relativeOperand, case .immediate(let immediate) = operand {
                text += "0x" + String(UInt64(bitPattern: immediate.value), radix: 16)
            } else {
                append(operand, to: &text)
            }
            if position == 0, decorations.opmask != 0 {
                text += " {k\(decorations.opmask)}"
                if decorations.zeroing { text += " {z}" }
            }
        }
        if roundingPosition == operands.count, let rounding = decorations.rounding {
            text += operands.isEmpty ? " " : ", "
            text += "{\(rounding.spelling)}"
        }
        return text
    }

    /// llvm-objdump leaves out an `addr32` that sizes an address it shows.
    static func hidesAddressSize(_ instruction: Instruction) -> Bool {
        instruction.operands.contains { if case .memory = $0 { true } else { false } }
    }

    /// The operands with a segment prefix word moved onto the memory operand it applies to, as
    /// llvm-objdump shows it, and the segment when no operand takes it (it is then a word).
    static func placingSegment(of instruction: Instruction) -> (OperandList, unplaced: Register?) {
        var operands = instruction.operands
        guard let segment = instruction.segmentPrefix else { return (operands, nil) }
        if let source = operands.firstIndex(where: { operand in
            if case .memory(let memory) = operand { return memory.segment == nil }
            return false
        }), case .memory(var memory) = operands[source] {
            memory.segment = segment
            operands[source] = .memory(memory)
            return (operands, nil)
        }
        return (operands, segment)
    }

    /// The words in llvm-objdump's order; it shows MPX's `bnd` as the F2 it is (`repne`) and
    /// an empty REX not at all.
    static let prefixWords: [(PrefixSet, String)] = [
        (.xacquire, "xacquire"), (.xrelease, "xrelease"), (.lock, "lock"), (.rep, "rep"), (.repne, "repne"),
        (.notrack, "notrack"), (.bnd, "repne"), (.data16, "data16"), (.addr32, "addr32"), (.rex64, "rex64"),
        (.vex, "{vex}"),
    ]

    /// The mnemonic; string instructions with operands take the size letter llvm-objdump adds
    /// (`movsb byte ptr es:[rdi], byte ptr [rsi]`).
    static func mnemonic(_ instruction: Instruction) -> String {
        let name = instruction.mnemonic.name
        guard stringMnemonics.contains(name) else { return name }
        for operand in instruction.operands {
            if case .memory(let memory) = operand, let size = memory.size {
                switch size {
                case .byte: return name + "b"
                case .word: return name + "w"
                case .dword: return name + "d"
                case .qword: return name + "q"
                default: return name
                }
            }
        }
        return name
    }

    private static let stringMnemonics: Set<String> = ["movs", "cmps", "stos", "lods", "scas", "ins", "outs"]

    static func text(_ operand: Operand) -> String {
        var text = ""
        append(operand, to: &text)
        return text
    }

    static func append(_ operand: Operand, to text: inout String) {
        switch operand {
        case .register(let register):
            if register.kind == .x87 {
                text += register.number == 0 ? "st" : "st(\(register.number))"
            } else {
                text += register.name
            }
        case .immediate(let immediate): text += hex(immediate.value)
        case .memory(let memory): append(memory, to: &text)
        case .farPointer(let selector, let offset): text += hex(Int64(selector)) + ":" + hex(Int64(offset))
        }
    }

    static func text(_ memory: Memory) -> String {
        var text = ""
        append(memory, to: &text)
        return text
    }

    static func append(_ memory: Memory, zeroIndex: DecodedInstruction.ZeroIndex? = nil, to text: inout String) {
        if let size = memory.size {
            text += size.keyword
            text += " ptr "
        }
        if let segment = memory.segment {
            text += segment.name
            text += ":"
        }
        text += "["
        if let base = memory.base { text += base.name }
        if let index = memory.index {
            if memory.base != nil { text += " + " }
            if memory.scale != 1 { text += memory.scale == 2 ? "2*" : memory.scale == 4 ? "4*" : "8*" }
            text += index.name
        } else if let zeroIndex {
            if memory.base != nil { text += " + " }
            if zeroIndex.scale != 1 { text += "\(zeroIndex.scale)*" }
            text += zeroIndex.name
        }
        let displacement = memory.displacement
        if memory.base == nil, memory.index == nil, zeroIndex == nil {
            text += hex(displacement)
        } else if displacement > 0 {
            text += " + "
            text += hex(displacement)
        } else if displacement < 0 {
            text += " - 0x"
            text += String(displacement.magnitude, radix: 16)
        }
        text += "]"
        if memory.broadcast != 0 { text += "{1to\(memory.broadcast)}" }
    }

    /// `0x1f`, `-0x3`.
    static func hex(_ value: Int64) -> String {
        value < 0 ? "-0x" + String(value.magnitude, radix: 16) : "0x" + String(value, radix: 16)
    }
}
