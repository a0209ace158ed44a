import X86

/// What writing a register does to the rest of it: the partial-register rules of 64-bit mode
/// (SDM Vol. 1, 3.4.1.1 "General-Purpose Registers in 64-Bit Mode").
enum SideEffects {
    static func of(_ instruction: Instruction, operands: [ExplainedOperand]) -> [String] {
        var effects: [String] = []
        for (index, operand) in instruction.operands.enumerated() where index < operands.count {
            guard operands[index].access.writes else { continue }
            switch operand {
            case .register(let register):
                if let effect = registerWrite(register), !effects.contains(effect) { effects.append(effect) }
            case .memory(let memory):
                if let size = memory.size {
                    effects.append("stores \(size.bytes) byte\(size.bytes == 1 ? "" : "s") to memory")
                } else {
                    effects.append("stores to memory")
                }
            default:
                break
            }
        }
        return effects
    }

    /// The effect of writing `register` on its 64-bit register.
    static func registerWrite(_ register: Register) -> String? {
        let full = Register(.gp64, register.number).name
        switch register.kind {
        case .gp64:
            return "writes all 64 bits of \(full)"
        case .gp32:
            return "writing \(register.name) zeroes bits 63:32 of \(full)"
        case .gp16:
            return "writing \(register.name) leaves bits 63:16 of \(full) unchanged"
        case .gp8:
            return "writing \(register.name) leaves bits 63:8 of \(full) unchanged"
        case .gp8High:
            let owner = Register(.gp64, register.number - 4).name
            return "writing \(register.name) changes only bits 15:8 of \(owner)"
        default:
            return nil
        }
    }
}
