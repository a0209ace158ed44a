import X86

/// Where our bytes part from llvm-mc 14 on purpose; docs/encoding-choices.md explains each.
enum KnownDifferences {
    /// Whether a memory operand of `instruction` is a broadcast (`[rax]{1to8}`).
    static func broadcasts(_ instruction: Instruction) -> Bool {
        instruction.operands.contains { operand in
            if case .memory(let memory) = operand { return memory.broadcast > 0 }
            return false
        }
    }

    /// Why `ours` may differ from llvm-mc's outcome for `instruction`, or nil if it may not.
    static func reason(_ instruction: Instruction, ours: LLVMMC.Outcome, llvm: LLVMMC.Outcome) -> String? {
        let name = instruction.mnemonic.name
        switch (ours, llvm) {
        case (.bytes(let mine), .bytes(let theirs)):
            if rexBeforeAnotherPrefix(theirs), mine.sorted() == theirs.sorted() {
                return "llvm-mc puts REX before a legacy prefix, where the CPU ignores it; REX goes last"
            }
            if name == "mov", case .register(let register) = instruction.operands.first, register.kind == .segment,
               theirs == [0x66] + mine {
                return "mov Sreg, r16 needs no 66: the shorter form, as GNU as writes it"
            }
            if name == "mov", instruction.operands.count == 2, case .register(let register) = instruction.operands[1],
               register.kind == .segment, case .register(let destination) = instruction.operands[0],
               destination.kind == .gp16, mine == [0x66] + theirs {
                return "mov r16, Sreg needs 66, or it writes the whole 32-bit register, as GNU as writes it"
            }
            if ["jmp", "call", "ljmp", "lcall"].contains(name), farMemorySize(instruction) != nil {
                return "a far pointer in memory is as wide as its size specifier says (m16:16, m16:32, m16:64)"
            }
            if name.hasPrefix("xlat"), theirs == [0xD7] {
                return "llvm-mc drops the segment and 67 an xlat operand asks for"
            }
            if name.hasPrefix("vgf2p8affine"), broadcasts(instruction) {
                return "llvm-mc 14 compresses this broadcast's disp8 by 1; its element is a qword (SDM: FV, W1), N = 8, as GNU as writes it"
            }
            return nil
        case (.bytes, .error) where name.hasPrefix("vgf2p8affine") && broadcasts(instruction):
            return "llvm-mc 14 refuses `qword ptr` on this broadcast, whose element is a qword; GNU as reads it"
        case (.bytes, .error):
            if let reason = acceptedByGNUAsOnly[name] { return reason }
            if ["movzx", "movsx"].contains(name), instruction.operands.allSatisfy(isWord) {
                return "movzx/movsx r16, r/m16 is a 66-prefixed move that GNU as accepts"
            }
            if name == "movsx", instruction.operands.count == 2, isDwordSource(instruction.operands[1]) {
                return "movsx r64, r/m32 is GNU as's other spelling of movsxd"
            }
            if name == "movsxd", instruction.operands.first.map(isDword) == true {
                return "movsxd r32, r/m32 exists (63 /r without REX.W) and GNU as accepts it"
            }
            if ["rstorssp", "clrssbsy"].contains(name) {
                return "llvm-mc refuses the qword ptr these m64 operands have"
            }
            if name == "pop", isUnsizedMemory(instruction.operands.first) {
                return "pop [m] is 64 bits, as push [m] is for llvm-mc too; GNU as agrees"
            }
            if ["monitor", "mwait", "monitorx", "mwaitx", "clzero"].contains(name) {
                return "the operands these instructions use implicitly may be written, as GNU as allows"
            }
            return nil
        case (.error(let message), .bytes), (.error(let message), .fixup):
            if ["jmp", "call"].contains(name), message.hasSuffix("is not valid in 64-bit mode") {
                return "jmp/call word or dword ptr [m] are near branches of 16- and 32-bit code; llvm-mc reads them as far ones (FF /5, FF /3)"
            }
            if ["movzx", "movsx"].contains(name), instruction.operands.count == 2, isUnsizedMemory(instruction.operands[1]) {
                return "movzx ax, [m] could read a byte or a word; GNU as asks too"
            }
            return nil
        case (.bytes, .fixup):
            if ["jmp", "call"].contains(name) {
                return "llvm-mc reads jmp/call qword ptr [address] as a direct branch to address"
            }
            return nil
        default:
            return nil
        }
    }

    /// Mnemonics llvm-mc 14 does not know and GNU as 2.40 encodes as we do.
    static let acceptedByGNUAsOnly: [String: String] = {
        var table: [String: String] = [:]
        for name in ["ud0", "ud2b", "int1", "leavew", "retq", "retfw", "retfd", "lret", "lretq", "iretw"] {
            table[name] = "GNU as spelling llvm-mc does not know"
        }
        for kind in ["gather", "scatter"] {
            for hint in ["0", "1"] {
                for form in ["dps", "dpd", "qps", "qpd"] {
                    table["v\(kind)pf\(hint)\(form)"] =
                        "AVX512PF, which llvm-mc 14 reads in AT&T syntax only: forms-avx512pf.txt holds GNU as's bytes"
                }
            }
        }
        for name in ["rex", "bnd", "notrack"] {
            table[name] = "a prefix alone on a line, as GNU as emits it"
        }
        return table
    }()

    private static func rexBeforeAnotherPrefix(_ bytes: [UInt8]) -> Bool {
        let legacy: Set<UInt8> = [0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x66, 0x67, 0xF0, 0xF2, 0xF3]
        for i in 0..<(bytes.count - 1) where bytes[i] & 0xF0 == 0x40 && legacy.contains(bytes[i + 1]) {
            return true
        }
        return false
    }

    private static func farMemorySize(_ instruction: Instruction) -> OperandSize? {
        guard case .memory(let memory) = instruction.operands.first, let size = memory.size,
              [.dword, .fword, .tbyte].contains(size) else { return nil }
        return size
    }

    private static func isUnsizedMemory(_ operand: Operand?) -> Bool {
        if case .memory(let memory)? = operand { return memory.size == nil }
        return false
    }

    private static func isWord(_ operand: Operand) -> Bool {
        switch operand {
        case .register(let register): register.size == .word
        case .memory(let memory): memory.size == .word || memory.size == nil
        default: false
        }
    }

    private static func isDwordSource(_ operand: Operand) -> Bool {
        switch operand {
        case .register(let register): register.kind == .gp32
        case .memory(let memory): memory.size == .dword
        default: false
        }
    }

    private static func isDword(_ operand: Operand) -> Bool {
        if case .register(let register) = operand { return register.kind == .gp32 }
        return false
    }
}
