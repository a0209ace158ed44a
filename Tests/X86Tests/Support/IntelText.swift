import X86

/// Intel-syntax text for an instruction built as a value, spelled as llvm-mc reads it.
enum IntelText {
    static func of(_ instruction: Instruction) -> String {
        var words: [String] = []
        if let segment = instruction.segmentPrefix { words.append(segment.name) }
        for (prefix, word) in prefixWords where instruction.prefixes.contains(prefix) { words.append(word) }
        words.append(instruction.mnemonic.name)
        let operands = instruction.operands.map(of)
        return words.joined(separator: " ") + (operands.isEmpty ? "" : " " + operands.joined(separator: ", "))
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
        return text + "[" + address + "]"
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
