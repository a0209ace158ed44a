import X86

/// Intel-syntax text for an instruction built as a value, spelled as llvm-mc reads it.
enum IntelText {
    static func of(_ instruction: Instruction) -> String {
        var words: [String] = []
        if let segment = instruction.segmentPrefix { words.append(segment.name) }
        for (prefix, word) in prefixWords where instruction.prefixes.contains(prefix) { words.append(word) }
        if instruction.prefixes.contains(.vex) { words.insert("{vex}", at: 0) }
        if instruction.prefixes.contains(.evex) { words.insert("{evex}", at: 0) }
        words.append(instruction.mnemonic.name)
        var operands = instruction.operands.map(of)
        let decorations = instruction.decorations
        if !operands.isEmpty, decorations.opmask != 0 {
            operands[0] += " {k\(decorations.opmask)}" + (decorations.zeroing ? " {z}" : "")
        }
        if let rounding = decorations.rounding {
            operands.insert("{\(rounding.spelling)}", at: roundingPosition(instruction))
        }
        return words.joined(separator: " ") + (operands.isEmpty ? "" : " " + operands.joined(separator: ", "))
    }

    /// Where llvm-mc reads a rounding operand: before the general-register source of the
    /// integer-to-float conversions, else after the last vector operand (before any immediate).
    private static func roundingPosition(_ instruction: Instruction) -> Int {
        let operands = instruction.operands
        if instruction.mnemonic.name.contains("si2s"), !operands.isEmpty { return operands.count - 1 }
        var position = operands.count
        while position > 0, case .immediate = operands[position - 1] { position -= 1 }
        return position
    }

    static func of(_ operand: Operand) -> String {
        switch operand {
        case .register(let register): return register.name
        case .immediate(let immediate): return number(immediate.value)
        case .memory(let memory): return of(memory)
        case .farPointer(let selector, let offset): return "\(selector):\(offset)"
        }
    }

    static func of(_ memory: Memory) -> String {
        var text = ""
        if let size = memory.size { text += size.keyword + " ptr " }
        if let segment = memory.segment { text += segment.name + ":" }
        var terms: [String] = []
        if let base = memory.base { terms.append(base.name) }
        if let index = memory.index { terms.append(memory.scale == 1 ? index.name : "\(index.name)*\(memory.scale)") }
        var address = terms.joined(separator: " + ")
        if terms.isEmpty {
            address = number(memory.displacement)
        } else if memory.displacement > 0 {
            address += " + " + number(memory.displacement)
        } else if memory.displacement < 0 {
            address += " - " + number(0 &- memory.displacement)
        }
        return text + "[" + address + "]" + (memory.broadcast == 0 ? "" : "{1to\(memory.broadcast)}")
    }

    /// Hex for values far from zero (what a person writes for masks and addresses).
    static func number(_ value: Int64) -> String {
        if value > -256 && value < 256 { return String(value) }
        if value < 0 { return "-0x" + String(UInt64(bitPattern: 0 &- value), radix: 16) }
        return "0x" + String(value, radix: 16)
    }

    private static let prefixWords: [(PrefixSet, String)] = [
        (.xacquire, "xacquire"), (.xrelease, "xrelease"), (.lock, "lock"), (.rep, "rep"), (.repne, "repne"),
        (.notrack, "notrack"), (.bnd, "bnd"), (.data16, "data16"), (.addr32, "addr32"), (.rex64, "rex64"),
    ]
}
