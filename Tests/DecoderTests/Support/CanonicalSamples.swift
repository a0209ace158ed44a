import X86

/// A few instructions per table form, for round trips: one with every operand a register (low
/// numbers), one with memory and high registers (REX, VEX and EVEX extension bits), one with a
/// broadcast, and the decorations an EVEX form allows. Fewer than the encoder's differential
/// samples, since each decoding path needs only to be reached, not every value tried.
enum CanonicalSamples {
    static func instructions(for form: InstructionForm, mnemonic: Mnemonic) -> [Instruction] {
        let evex = form.opcode.vex?.isEVEX == true ? form.opcode.vex : nil
        var result: [Instruction] = []
        for variant in Variant.allCases {
            var operands: [Operand] = []
            for pattern in form.operands {
                guard let operand = operand(pattern, variant, mnemonic: mnemonic, extended: evex != nil) else { break }
                operands.append(operand)
            }
            guard operands.count == form.operands.count else { continue }
            var instruction = Instruction(mnemonic, OperandList(operands))
            if let evex, evex.masking != .none {
                instruction.decorations.opmask = variant == .registers ? 0 : 5
                if evex.masking == .mergingOrZeroing, variant == .highRegisters { instruction.decorations.zeroing = true }
                if form.operands.contains(where: { if case .vectorIndexedMemory = $0 { true } else { false } }) {
                    instruction.decorations.opmask = 2
                }
            }
            result.append(instruction)
            if let evex, variant == .registers, evex.rounding != .none {
                var rounded = instruction
                rounded.decorations.rounding = evex.rounding == .embeddedRounding ? .up : .suppressExceptions
                result.append(rounded)
            }
        }
        return result
    }

    enum Variant: CaseIterable {
        case registers, memory, highRegisters, broadcast
    }

    private static func operand(_ pattern: OperandPattern, _ variant: Variant, mnemonic: Mnemonic, extended: Bool) -> Operand? {
        let high = variant != .registers
        let memoryWanted = variant == .memory || variant == .broadcast
        let address = Memory(base: Register(.gp64, high ? 11 : 3), index: Register(.gp64, high ? 14 : 1), scale: 8,
                             displacement: variant == .broadcast ? 0x40 : 0x1234)
        func sized(_ size: OperandSize?) -> Operand {
            var memory = address
            memory.size = size
            return .memory(memory)
        }
        func vector(_ kind: RegisterKind) -> Register {
            switch kind {
            case .xmm, .ymm, .zmm: Register(kind, high ? (extended ? 27 : 13) : 2)
            default: Register(kind, high ? 6 : 1)
            }
        }
        func general(_ size: OperandSize) -> Register? {
            let number: UInt8 = high ? 12 : 2
            switch size {
            case .byte: return Register(.gp8, number)
            case .word: return Register(.gp16, number)
            case .dword: return Register(.gp32, number)
            case .qword: return Register(.gp64, number)
            default: return nil
            }
        }
        switch pattern {
        case .register(let size): return general(size).map { .register($0) }
        case .registerOrMemory(let registerSize, let memorySize):
            return memoryWanted ? sized(memorySize) : general(registerSize).map { .register($0) }
        case .memory(let size), .farMemory(let size as OperandSize?): return sized(size)
        case .immediate(let size):
            return .imm(size == .byte ? 0x5a : size == .word ? 0x1234 : size == .dword ? 0x1234_5678 : 0x1122_3344_5566_7788)
        case .relative, .farPointer: return nil
        case .fixed(let register): return .register(register)
        case .constant(let value): return .imm(value)
        case .offset(let size):
            return mnemonic.name == "movabs" ? .memory(Memory(size: size, displacement: 0x1122_3344_5566_7788)) : nil
        case .segmentRegister: return .register(Register(.segment, high ? 5 : 3))
        case .controlRegister: return .register(Register(.control, high ? 8 : 3))
        case .debugRegister: return .register(Register(.debug, high ? 7 : 1))
        case .registerOfKind(let kind): return .register(vector(kind))
        case .registerOfKindOrMemory(let kind, let size): return memoryWanted ? sized(size) : .register(vector(kind))
        case .broadcastable(let kind, let size, let element):
            if variant == .broadcast {
                var memory = address
                memory.size = element
                memory.broadcast = UInt8(size.bits / element.bits)
                return .memory(memory)
            }
            if memoryWanted || kind == nil { return sized(size) }
            return kind.map { .register(vector($0)) }
        case .vectorIndexedMemory(let kind, _):
            return .memory(Memory(base: Register(.gp64, high ? 9 : 0), index: vector(kind), scale: 4, displacement: 0x10))
        case .sibMemory:
            return .memory(Memory(base: Register(.gp64, high ? 13 : 0), index: Register(.gp64, high ? 10 : 1), scale: 2))
        case .stringMemory(let size, let fixed):
            return .memory(Memory(size: size, base: Register(.gp64, fixed.registerNumber)))
        }
    }
}
