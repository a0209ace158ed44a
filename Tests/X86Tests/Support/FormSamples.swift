import X86

/// Instructions that exercise one table form: registers of every kind the form takes, every
/// addressing shape, immediates at the edges of their fields.
enum FormSamples {
    /// Sample instructions for `form`, or none when it cannot be written without a label
    /// (relative branches) or is a far-pointer literal.
    static func instructions(for form: InstructionForm, mnemonic: Mnemonic) -> [Instruction] {
        var choices: [[Operand]] = []
        let evex = form.opcode.vex?.isEVEX == true ? form.opcode.vex : nil
        for pattern in form.operands {
            let operands = candidates(for: pattern, mnemonic: mnemonic, extended: evex != nil)
            if operands.isEmpty { return [] }
            choices.append(operands)
        }
        var operandLists: [[Operand]] = []
        let product = choices.reduce(1) { $0 * $1.count }
        if product <= 150 {
            operandLists = [[]]
            for options in choices {
                operandLists = operandLists.flatMap { list in options.map { list + [$0] } }
            }
        } else {
            // Vary one operand at a time, the others at their first choice.
            for (position, options) in choices.enumerated() {
                for option in options {
                    var list = choices.map { $0[0] }
                    list[position] = option
                    operandLists.append(list)
                }
            }
        }
        var result = operandLists.map { Instruction(mnemonic, OperandList($0)) }
        result += prefixed(result, form)
        if let evex { result += decorated(result, evex) }
        return result
    }

    /// The EVEX decorations the form allows, on a few of its samples: a mask, zeroing (not on a
    /// store), every rounding mode or SAE (registers only).
    private static func decorated(_ instructions: [Instruction], _ evex: VEXSpec) -> [Instruction] {
        var result: [Instruction] = []
        for instruction in instructions.prefix(12) {
            let memoryFirst = instruction.operands.first.map { if case .memory = $0 { true } else { false } } ?? false
            let hasMemory = instruction.operands.contains { if case .memory = $0 { true } else { false } }
            if evex.masking != .none {
                var masked = instruction
                masked.decorations.opmask = 3
                result.append(masked)
                if evex.masking == .mergingOrZeroing, !memoryFirst {
                    masked.decorations.opmask = 7
                    masked.decorations.zeroing = true
                    result.append(masked)
                }
            }
            guard !hasMemory else { continue }
            let roundings: [EmbeddedRounding] = switch evex.rounding {
            case .none: []
            case .suppressExceptions: [.suppressExceptions]
            case .embeddedRounding: [.nearest, .down, .up, .towardZero]
            }
            for rounding in roundings {
                var rounded = instruction
                rounded.decorations.rounding = rounding
                result.append(rounded)
            }
        }
        // Gathers and scatters need a mask: their unmasked samples are errors on both sides.
        return result
    }

    /// The prefix words the form allows, on its memory-destination samples.
    private static func prefixed(_ instructions: [Instruction], _ form: InstructionForm) -> [Instruction] {
        let attributes = form.attributes
        var sets: [PrefixSet] = []
        if attributes.contains(.lockable) { sets.append(.lock) }
        if attributes.contains(.hardwareLockElision) { sets += [[.xacquire, .lock], [.xrelease, .lock]] }
        if attributes.contains(.releasingStore) { sets.append(.xrelease) }
        if attributes.contains(.repeatable) { sets.append(.rep) }
        if attributes.contains(.repeatableNotEqual) { sets.append(.repne) }
        if attributes.contains(.notrackable) { sets.append(.notrack) }
        var result: [Instruction] = []
        for prefixes in sets {
            let needsMemory = !prefixes.isDisjoint(with: [.lock, .xacquire, .xrelease])
            for instruction in instructions.prefix(40) {
                let hasMemory = instruction.operands.contains { if case .memory = $0 { true } else { false } }
                if needsMemory && !hasMemory { continue }
                var copy = instruction
                copy.prefixes = prefixes
                result.append(copy)
            }
        }
        return result
    }

    /// `extended`: an EVEX form, which reaches registers 16–31.
    static func candidates(for pattern: OperandPattern, mnemonic: Mnemonic, extended: Bool = false) -> [Operand] {
        func kindRegisters(_ kind: RegisterKind) -> [Register] {
            let low = registers(kind)
            guard extended, kind == .xmm || kind == .ymm || kind == .zmm else { return low }
            return low + [Register(kind, 16), Register(kind, 23), Register(kind, 31)]
        }
        switch pattern {
        case .register(let size):
            return registers(size).map { .register($0) }
        case .registerOrMemory(let registerSize, let memorySize):
            return registers(registerSize).map { .register($0) } + addresses(size: memorySize)
        case .memory(let size):
            return addresses(size: size)
        case .farMemory(let size):
            return addresses(size: size).prefix(4).map { $0 }
        case .immediate(let size):
            return immediates(size).map { .imm($0) }
        case .relative, .farPointer:
            return []
        case .fixed(let register):
            return [.register(register)]
        case .constant(let value):
            return [.imm(value)]
        case .offset(let size):
            // llvm-mc truncates a 64-bit offset with `mov`; `movabs` says what is meant.
            guard mnemonic.name == "movabs" else { return [] }
            return [0x1122_3344_5566_7788, 0x10, -1].map { .memory(Memory(size: size, displacement: $0)) }
                + [.memory(Memory(size: size, segment: Register(.segment, 4), displacement: 0x7fff_0000_0000))]
        case .segmentRegister:
            return (0..<6).map { .register(Register(.segment, UInt8($0))) }
        case .controlRegister:
            return [0, 2, 3, 4, 8].map { .register(Register(.control, $0)) }
        case .debugRegister:
            return [0, 3, 7].map { .register(Register(.debug, $0)) }
        case .registerOfKind(let kind):
            return kindRegisters(kind).map { .register($0) }
        case .registerOfKindOrMemory(let kind, let size):
            return kindRegisters(kind).map { .register($0) } + addresses(size: size).enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        case .broadcastable(let kind, let size, let element):
            let full = addresses(size: size).enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
            let broadcast = [Memory(size: element, base: Register(.gp64, 1)), Memory(base: Register(.gp64, 13), displacement: 64)]
                .map { memory -> Operand in
                    var memory = memory
                    memory.broadcast = UInt8(size.bits / element.bits)
                    return .memory(memory)
                }
            return (kind.map { kindRegisters($0) } ?? []).map { .register($0) } + full + broadcast
        case .vectorIndexedMemory(let kind, _):
            func gp(_ n: UInt8) -> Register { Register(.gp64, n) }
            return [
                Memory(base: gp(0), index: Register(kind, 1), scale: 4),
                Memory(base: gp(13), index: Register(kind, 9), scale: 8, displacement: 16),
                Memory(base: gp(4), index: Register(kind, 4), scale: 1, displacement: -0x200),
                Memory(index: Register(kind, 2), scale: 2, displacement: 0x10),
            ].map { .memory($0) }
        case .sibMemory:
            func gp(_ n: UInt8) -> Register { Register(.gp64, n) }
            return [
                Memory(base: gp(0), index: gp(1), scale: 2),
                Memory(base: gp(4), index: gp(3)),
                Memory(base: gp(13), index: gp(9), scale: 8, displacement: 0x40),
            ].map { .memory($0) }
        case .stringMemory(let size, let address):
            let number = address.registerNumber
            var result: [Operand] = [
                .memory(Memory(size: size, base: Register(.gp64, number))),
                .memory(Memory(size: size, base: Register(.gp32, number))),
            ]
            if address.allowsSegmentOverride {
                result.append(.memory(Memory(size: size, segment: Register(.segment, 4), base: Register(.gp64, number))))
            } else {
                result.append(.memory(Memory(size: size, segment: Register(.segment, 0), base: Register(.gp64, number))))
            }
            return result
        }
    }

    /// Registers of a non-general class: the first, the last of each REX half, one in between.
    static func registers(_ kind: RegisterKind) -> [Register] {
        switch kind {
        case .xmm, .ymm, .zmm:
            return [0, 1, 7, 8, 15].map { Register(kind, $0) }
        default:
            return [0, 1, 7].map { Register(kind, $0) }
        }
    }

    static func registers(_ size: OperandSize) -> [Register] {
        switch size {
        case .byte:
            return [0, 1, 3, 4, 7, 8, 15].map { Register(.gp8, $0) } + [Register(.gp8High, 4), Register(.gp8High, 7)]
        case .word:
            return [0, 1, 4, 5, 8, 15].map { Register(.gp16, $0) }
        case .dword:
            return [0, 2, 4, 5, 9, 12, 13, 15].map { Register(.gp32, $0) }
        case .qword:
            return [0, 3, 4, 5, 8, 12, 13, 15].map { Register(.gp64, $0) }
        default:
            return []
        }
    }

    /// Every ModRM/SIB shape: the rsp/r12 SIB, the rbp/r13 zero displacement, no base, no index,
    /// RIP-relative, both displacement widths and their edges, 32-bit addressing, segments.
    static func addresses(size: OperandSize?) -> [Operand] {
        func gp(_ n: UInt8) -> Register { Register(.gp64, n) }
        func gp32(_ n: UInt8) -> Register { Register(.gp32, n) }
        let shapes: [Memory] = [
            Memory(base: gp(0)),
            Memory(base: gp(4)),
            Memory(base: gp(5)),
            Memory(base: gp(12)),
            Memory(base: gp(13)),
            Memory(base: gp(3), displacement: 127),
            Memory(base: gp(3), displacement: -128),
            Memory(base: gp(6), displacement: 128),
            Memory(base: gp(7), displacement: -129),
            Memory(base: gp(9), displacement: 0x7fff_ffff),
            Memory(base: gp(1), displacement: -0x8000_0000),
            Memory(base: gp(0), index: gp(1)),
            Memory(base: gp(2), index: gp(8), scale: 2, displacement: 8),
            Memory(base: gp(5), index: gp(0), scale: 4),
            Memory(base: gp(13), index: gp(15), scale: 8, displacement: -0x80),
            Memory(base: gp(12), index: gp(5), scale: 1, displacement: 0x1000),
            Memory(base: gp(4), index: gp(12), scale: 8),
            Memory(index: gp(1), scale: 8),
            Memory(index: gp(9), scale: 4, displacement: 0x10),
            Memory(displacement: 0x10),
            Memory(displacement: 0x7fff_fff0),
            Memory(displacement: -8),
            Memory(base: .rip),
            Memory(base: .rip, displacement: 0x1234),
            Memory(base: .rip, displacement: -1),
            Memory(base: gp32(0)),
            Memory(base: gp32(4), displacement: 4),
            Memory(base: gp32(5)),
            Memory(base: gp32(8), index: gp32(1), scale: 2),
            Memory(base: Register(.eip, 5), displacement: 0x20),
            Memory(segment: Register(.segment, 4), base: gp(0)),
            Memory(segment: Register(.segment, 5), base: gp(3), displacement: 8),
            Memory(segment: Register(.segment, 5), displacement: 0x28),
            Memory(segment: Register(.segment, 2), base: gp(5)),
            Memory(segment: Register(.segment, 3), base: gp(0)),
        ]
        let sized = shapes.map { shape in
            var memory = shape
            memory.size = size
            return Operand.memory(memory)
        }
        // Without a size specifier: taken from the other operands, a default, or an error.
        let unsized: [Operand] = size == nil ? [] : [.memory(Memory(base: gp(0))), .memory(Memory(base: gp(4), displacement: 8))]
        return sized + unsized
    }

    /// The edges of an immediate field: zero, one, the signed and unsigned limits.
    static func immediates(_ size: OperandSize) -> [Int64] {
        switch size {
        case .byte: return [0, 1, 0x7f, -0x80, 0xff, -1]
        case .word: return [0, 0x7f, 0x80, 0x7fff, -0x8000, 0xffff, -1]
        case .dword: return [0, 0x7f, 0x80, -0x81, 0x7fff_ffff, -0x8000_0000, 0xffff_ffff, -1]
        case .qword: return [0, 0x7fff_ffff, 0x8000_0000, 0xffff_ffff, -0x8000_0001, 0x1234_5678_9abc_def0, -1]
        default: return [0]
        }
    }
}
