import X86

/// Intel-syntax text for instructions and operands, as llvm-mc prints them
/// (`qword ptr [rbx + 8*rcx + 16]` is written here as `qword ptr [rbx + rcx*8 + 16]`).
enum OperandText {
    /// The whole instruction: prefix words, mnemonic, operands.
    static func instruction(_ instruction: Instruction, mnemonic: String, form: InstructionForm?) -> String {
        var words: [String] = []
        let prefixes: [(PrefixSet, String)] = [
            (.xacquire, "xacquire"), (.xrelease, "xrelease"), (.lock, "lock"), (.rep, "rep"), (.repne, "repne"),
            (.notrack, "notrack"), (.bnd, "bnd"), (.data16, "data16"), (.addr32, "addr32"), (.rex64, "rex64"),
            (.rex, "rex"),
        ]
        for (prefix, word) in prefixes where instruction.prefixes.contains(prefix) { words.append(word) }
        if let segment = instruction.segmentPrefix { words.append(segment.name) }
        if instruction.prefixes.contains(.vex) { words.insert("{vex}", at: 0) }
        if instruction.prefixes.contains(.evex) { words.insert("{evex}", at: 0) }
        words.append(mnemonic)
        var text = words.joined(separator: " ")
        var operands = instruction.operands.enumerated().map { index, operand in
            let isBranch = form.map { index < $0.roles.count && $0.roles[index] == .relative } ?? false
            return self.operand(operand, isBranchTarget: isBranch)
        }
        let decorations = instruction.decorations
        if !operands.isEmpty, decorations.opmask != 0 {
            operands[0] += " {k\(decorations.opmask)}" + (decorations.zeroing ? "{z}" : "")
        }
        if let rounding = decorations.rounding, !operands.isEmpty {
            // After the last register operand, where the SDM writes {er} and {sae}.
            var position = operands.count
            while position > 1, case .immediate = instruction.operands[position - 1] { position -= 1 }
            operands[position - 1] += " {\(rounding.spelling)}"
        }
        if !operands.isEmpty { text += " " + operands.joined(separator: ", ") }
        return text
    }

    /// One operand.
    static func operand(_ operand: Operand, isBranchTarget: Bool = false) -> String {
        switch operand {
        case .register(let register):
            return register.name
        case .immediate(let immediate):
            return isBranchTarget ? hex(immediate.value) : number(immediate.value)
        case .memory(let memory):
            return self.memory(memory)
        case .farPointer(let selector, let offset):
            return hex(Int64(selector)) + ":" + hex(Int64(offset))
        }
    }

    static func memory(_ memory: Memory) -> String {
        var text = ""
        if let size = memory.size { text += size.keyword + " ptr " }
        if let segment = memory.segment { text += segment.name + ":" }
        var terms: [String] = []
        if let base = memory.base { terms.append(base.name) }
        if let index = memory.index { terms.append(memory.scale == 1 ? index.name : "\(index.name)*\(memory.scale)") }
        var inside = terms.joined(separator: " + ")
        let displacement = memory.displacement
        if terms.isEmpty {
            inside = hex(displacement)
        } else if displacement != 0 || memory.displacementIsSymbolic {
            let magnitude = displacement < 0 ? displacement.magnitude : UInt64(displacement)
            let written = memory.displacementIsTarget ? hex(displacement) : number(UInt64: magnitude)
            inside += (displacement < 0 && !memory.displacementIsTarget ? " - " : " + ") + written
        }
        return text + "[" + inside + "]" + (memory.broadcast == 0 ? "" : "{1to\(memory.broadcast)}")
    }

    /// Decimal for small values, hex for large ones (addresses and masks read better in hex).
    static func number(_ value: Int64) -> String {
        if value < 0 { return "-" + number(UInt64: value.magnitude) }
        return number(UInt64: UInt64(value))
    }

    static func number(UInt64 value: UInt64) -> String {
        value < 4096 ? String(value) : "0x" + String(value, radix: 16)
    }

    static func hex(_ value: Int64) -> String {
        value < 0 ? "-0x" + String(value.magnitude, radix: 16) : "0x" + String(value, radix: 16)
    }
}
