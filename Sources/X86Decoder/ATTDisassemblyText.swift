import X86

/// Which syntax a listing is printed in.
public enum DisassemblySyntax: String, Sendable, Hashable, CaseIterable {
    /// `mov qword ptr [rbx + 8*rcx + 0x10], rax` (see ``DisassemblyText``).
    case intel
    /// `movq %rax, 0x10(%rbx,%rcx,8)` (see ``ATTDisassemblyText``).
    case att
}

/// AT&T-syntax text as llvm-objdump prints it by default, with `--print-imm-hex`
/// (`movq %rax, 0x10(%rbx,%rcx,8)`, `addl $-0x3, %eax`, `callq *%rax`): the operands in the
/// opposite order to Intel's, a size suffix on the mnemonic where llvm-objdump writes one,
/// words separated by single spaces.
public enum ATTDisassemblyText {
    /// The text of a decoded instruction, in the mode it was read in; its branch target is
    /// shown as an address.
    public static func of(_ decoded: DecodedInstruction) -> String {
        of(decoded.instruction, relativeOperand: decoded.relativeOperand, zeroIndex: decoded.zeroIndex,
           legacyOperand16: decoded.mode == .bits64 ? nil : decoded.operand16)
    }

    /// The text of `instruction` as 64-bit code, the operand at `relativeOperand` (if any) being
    /// an address, its memory operand with `zeroIndex` (see ``DecodedInstruction/zeroIndex``).
    public static func of(
        _ instruction: Instruction, relativeOperand: Int? = nil, zeroIndex: DecodedInstruction.ZeroIndex? = nil
    ) -> String {
        of(instruction, relativeOperand: relativeOperand, zeroIndex: zeroIndex, legacyOperand16: nil)
    }

    /// `legacyOperand16` is nil in 64-bit code, else whether the operand size is 16 bits.
    static func of(
        _ instruction: Instruction, relativeOperand: Int?, zeroIndex: DecodedInstruction.ZeroIndex?, legacyOperand16: Bool?
    ) -> String {
        var text = ""
        text.reserveCapacity(64)
        var prefixes = instruction.prefixes
        if prefixes.contains(.rex64) { prefixes.remove(.data16) }
        if DisassemblyText.hidesAddressSize(instruction) { prefixes.remove(.addr32) }
        if pushesImmediate(instruction) || pushesSegment(instruction) { prefixes.remove(.data16) }
        let intelName = DisassemblyText.mnemonic(instruction)
        // Outside 64-bit mode the suffix says what a 66 selects, so the prefix word goes.
        let legacyName = legacyOperand16.flatMap { legacyMnemonic(instruction, intelName, relativeOperand: relativeOperand, operand16: $0) }
        if legacyName != nil { prefixes.remove(.data16) }
        for (prefix, word) in DisassemblyText.prefixWords where prefixes.contains(prefix) {
            text += word
            text += " "
        }
        let (operands, unplaced) = DisassemblyText.placingSegment(of: instruction)
        if let unplaced { text += "%" + unplaced.name + " " }
        if intelName == "xlat" || intelName == "xlatb" { return text + "xlatb" }
        let name = legacyName ?? mnemonic(instruction, intelName, operands: operands, relativeOperand: relativeOperand)
        text += name

        // Intel's order first, the rounding decoration after the last vector register as
        // there, then reversed.
        let decorations = instruction.decorations
        var parts: [String] = []
        var roundingPosition = -1
        if decorations.rounding != nil {
            roundingPosition = operands.count
            for (index, operand) in operands.enumerated() {
                if case .register(let register) = operand, register.isVector { roundingPosition = index + 1 }
            }
        }
        let indirect = relativeOperand == nil && indirectBranches.contains(instruction.mnemonic.name)
        for (position, operand) in operands.enumerated() {
            if position == roundingPosition, let rounding = decorations.rounding { parts.append("{\(rounding.spelling)}") }
            var part = ""
            if position == relativeOperand, case .immediate(let immediate) = operand {
                part = "0x" + String(UInt64(bitPattern: immediate.value), radix: 16)
            } else if position == 1, case .register(let register) = operand, readsSelectorRegister(instruction) {
                // `lar`/`lsl` read a selector: llvm-objdump names the source's 16 bits.
                append(.register(Register(.gp16, register.number)), to: &part)
            } else if zeroIndex != nil, case .memory(let memory) = operand {
                if indirect { part = "*" }
                append(memory, zeroIndex: zeroIndex, to: &part)
            } else {
                if case .farPointer = operand {} else if indirect { part = "*" }
                append(operand, to: &part)
            }
            if position == 0, decorations.opmask != 0 {
                part += " {%k\(decorations.opmask)}"
                if decorations.zeroing { part += " {z}" }
            }
            parts.append(part)
        }
        if roundingPosition == operands.count, let rounding = decorations.rounding { parts.append("{\(rounding.spelling)}") }
        // `enter` and `bound` keep Intel's order, in both peers.
        if intelName != "enter" && intelName != "bound" { parts.reverse() }
        if !parts.isEmpty {
            text += " "
            text += parts.joined(separator: ", ")
        }
        return text
    }

    static func append(_ operand: Operand, to text: inout String) {
        switch operand {
        case .register(let register):
            if register.kind == .x87 {
                text += register.number == 0 ? "%st" : "%st(\(register.number))"
            } else {
                text += "%"
                text += register.name
            }
        case .immediate(let immediate):
            text += "$"
            text += DisassemblyText.hex(immediate.value)
        case .memory(let memory):
            append(memory, to: &text)
        case .farPointer(let selector, let offset):
            text += "$" + DisassemblyText.hex(Int64(selector)) + ", $" + DisassemblyText.hex(Int64(offset))
        }
    }

    /// `%seg:disp(base,index,scale)`: a zero displacement and a scale of 1 left out.
    static func append(_ memory: Memory, zeroIndex: DecodedInstruction.ZeroIndex? = nil, to text: inout String) {
        if let segment = memory.segment {
            text += "%"
            text += segment.name
            text += ":"
        }
        let hasRegister = memory.base != nil || memory.index != nil || zeroIndex != nil
        if !hasRegister || memory.displacement != 0 { text += DisassemblyText.hex(memory.displacement) }
        if hasRegister {
            text += "("
            if let base = memory.base {
                text += "%"
                text += base.name
            }
            if let index = memory.index {
                text += ",%"
                text += index.name
                if memory.scale != 1 { text += ",\(memory.scale)" }
            } else if let zeroIndex {
                text += ",%"
                text += zeroIndex.name
                if zeroIndex.scale != 1 { text += ",\(zeroIndex.scale)" }
            }
            text += ")"
        }
        if memory.broadcast != 0 { text += "{1to\(memory.broadcast)}" }
    }

    // MARK: Mnemonics

    /// Outside 64-bit mode, the names llvm-objdump and GNU objdump give a suffix for the operand
    /// size (`retw`, `lretl`, `pushfw`, `pushal`, `iretl`, `lgdtw`, `pushl %es`, `calll`,
    /// `jmpw *%ax`, `ljmpl *(%bx)`, `ljmpw $0x8, $0x1000`); nil for the others, which are
    /// spelled as in 64-bit code.
    static func legacyMnemonic(_ instruction: Instruction, _ name: String, relativeOperand: Int?, operand16: Bool) -> String? {
        let suffix = operand16 ? "w" : "l"
        if let base = legacyStackNames[name] { return base + suffix }
        switch name {
        case "push", "pop":
            return pushesImmediate(instruction) || pushesSegment(instruction) ? name + suffix : nil
        case "call", "jmp":
            if relativeOperand != nil { return name == "call" ? "call" + suffix : nil }
            if case .farPointer = instruction.operands.first { return "l" + name + suffix }
            return (instruction.branchWidth == .far ? "l" + name : name) + suffix
        default:
            return nil
        }
    }

    /// Intel's names of the instructions whose operand size only the mode and a 66 give, and
    /// their AT&T stems.
    private static let legacyStackNames: [String: String] = [
        "ret": "ret", "retf": "lret", "retfw": "lret", "retfd": "lret",
        "pushf": "pushf", "pushfw": "pushf", "pushfd": "pushf", "popf": "popf", "popfw": "popf", "popfd": "popf",
        "pusha": "pusha", "pushaw": "pusha", "pushad": "pusha", "popa": "popa", "popaw": "popa", "popad": "popa",
        "iret": "iret", "iretw": "iret", "iretd": "iret",
        "lgdt": "lgdt", "lidt": "lidt", "sgdt": "sgdt", "sidt": "sidt",
    ]

    /// The AT&T spelling of the Intel mnemonic `name` for `instruction`.
    static func mnemonic(_ instruction: Instruction, _ name: String, operands: OperandList, relativeOperand: Int?) -> String {
        if let renamed = renames[name] { return renamed }
        switch name {
        case "movsx", "movzx":
            guard operands.count == 2, let source = size(of: operands[1]), let destination = size(of: operands[0]) else { return name }
            return (name == "movsx" ? "movs" : "movz") + letter(source) + letter(destination)
        case "movsxd":
            return "movslq"
        case "movsd", "cmpsd", "stosd", "lodsd", "scasd", "insd", "outsd":
            // The string instructions (not SSE's `movsd`/`cmpsd`, which have vector registers).
            if operands.contains(where: { if case .register(let r) = $0 { r.isVector } else { false } }) { return name }
            return String(name.dropLast()) + "l"
        case "fsub", "fsubr", "fdiv", "fdivr":
            // See ATT's reversed subtract and divide: `fsub %st, %st(i)` is Intel's `fsubr st(i), st`.
            if operands.count == 2, case .register(let destination) = operands[0], destination.kind == .x87, destination.number != 0 {
                return x87Reversed[name] ?? name
            }
        case "fsubp", "fsubrp", "fdivp", "fdivrp":
            return x87Reversed[name] ?? name
        case "jmp", "call", "ljmp", "lcall":
            if relativeOperand != nil { return name == "call" ? "callq" : name }
            // `ljmp $0x8, $0x1000`, as GNU objdump and llvm-objdump print a far pointer.
            if case .farPointer = operands.first { return name.hasPrefix("l") ? name : "l" + name }
            if case .memory(let memory) = operands.first, let size = memory.size, size != .qword {
                let far = name.hasPrefix("l") ? name : "l" + name
                switch size {
                case .dword: return far + "w"
                case .fword: return far + "l"
                case .tbyte: return far + "q"
                default: break
                }
            }
            return name.hasPrefix("l") ? name : name + "q"
        case "push", "pop":
            if pushesImmediate(instruction) || pushesSegment(instruction) {
                return name + (instruction.prefixes.contains(.data16) ? "w" : "q")
            }
        case "cvtsi2sd", "cvtsi2ss", "vcvtsi2sd", "vcvtsi2ss", "vcvtusi2sd", "vcvtusi2ss", "vcvtsi2sh", "vcvtusi2sh":
            // The source's size, shown only when memory leaves it unsaid.
            if case .memory(let memory) = operands.last, let size = memory.size { return name + letter(size) }
            return name
        default:
            break
        }
        if let fixed = fixedSuffixes[name] { return name + fixed }
        if sizedByOperand.contains(name) || name.hasPrefix("cmov") {
            let sized = name == "crc32" || name == "out" ? operands.dropFirst() : operands[...]
            for operand in sized {
                if let size = size(of: operand) { return name + letter(size) }
            }
            return name
        }
        if x87Float.contains(name) || x87Integer.contains(name) {
            for case .memory(let memory) in operands {
                guard let size = memory.size else { continue }
                return name + x87Suffix(size, integer: x87Integer.contains(name))
            }
            return name
        }
        if vectorLengthSuffixed.contains(name) {
            // Only a 128- or 256-bit memory source without a broadcast: the others are unambiguous.
            for case .memory(let memory) in operands where memory.broadcast == 0 {
                switch memory.size {
                case .xmmword: return name + "x"
                case .ymmword: return name + "y"
                case .zmmword where zmmSuffixed.contains(name): return name + "z"
                default: return name
                }
            }
        }
        return name
    }

    /// The size a general register or sized memory operand gives the mnemonic's suffix.
    private static func size(of operand: Operand) -> OperandSize? {
        switch operand {
        case .register(let register):
            switch register.kind {
            case .gp8, .gp8High: return .byte
            case .gp16: return .word
            case .gp32: return .dword
            case .gp64: return .qword
            default: return nil
            }
        case .memory(let memory):
            return memory.size
        default:
            return nil
        }
    }

    private static func letter(_ size: OperandSize) -> String {
        switch size {
        case .byte: "b"
        case .word: "w"
        case .dword: "l"
        case .qword: "q"
        default: ""
        }
    }

    private static func x87Suffix(_ size: OperandSize, integer: Bool) -> String {
        switch size {
        case .word: integer ? "s" : ""
        case .dword: integer ? "l" : "s"
        case .qword: integer ? "ll" : "l"
        case .tbyte: "t"
        default: ""
        }
    }

    /// `push $1` is `pushq $0x1` (`pushw` with the operand-size prefix, which the suffix shows).
    private static func pushesImmediate(_ instruction: Instruction) -> Bool {
        guard instruction.operands.count == 1, case .immediate = instruction.operands[0] else { return false }
        return instruction.mnemonic.name == "push"
    }

    private static func readsSelectorRegister(_ instruction: Instruction) -> Bool {
        let name = instruction.mnemonic.name
        guard name == "lar" || name == "lsl", case .register(let register) = instruction.operands[1] else { return false }
        return register.kind == .gp32 || register.kind == .gp64
    }

    /// `push %fs` is `pushq %fs` (`pushw` with the operand-size prefix).
    private static func pushesSegment(_ instruction: Instruction) -> Bool {
        guard instruction.operands.count == 1, case .register(let register) = instruction.operands[0],
              register.kind == .segment else { return false }
        return instruction.mnemonic.name == "push" || instruction.mnemonic.name == "pop"
    }

    private static let renames: [String: String] = [
        "cbw": "cbtw", "cwde": "cwtl", "cdqe": "cltq", "cwd": "cwtd", "cdq": "cltd", "cqo": "cqto",
        "iret": "iretw", "iretd": "iretl", "sysret": "sysretl", "sysexit": "sysexitl", "retf": "lretl", "retfd": "lretl", "retfq": "lretq", "retfw": "lretw",
        "fcomip": "fcompi", "fucomip": "fucompi", "xstore": "xstorerng",
        "ret": "retq", "pushf": "pushfq", "popf": "popfq",
    ]

    private static let x87Reversed: [String: String] = [
        "fsub": "fsubr", "fsubr": "fsub", "fdiv": "fdivr", "fdivr": "fdiv",
        "fsubp": "fsubrp", "fsubrp": "fsubp", "fdivp": "fdivrp", "fdivrp": "fdivp",
    ]

    private static let fixedSuffixes: [String: String] = [
        "lgdt": "q", "lidt": "q", "sgdt": "q", "sidt": "q", "lldt": "w", "lmsw": "w", "ltr": "w",
    ]

    /// Branches whose non-relative operand llvm-objdump marks with `*`.
    private static let indirectBranches: Set<String> = ["jmp", "call", "ljmp", "lcall"]

    /// General-purpose instructions spelled with the size of their operands.
    private static let sizedByOperand: Set<String> = [
        "adc", "adcx", "add", "adox", "and", "andn", "bextr", "blcfill", "blci", "blcic", "blcmsk", "blcs",
        "blsfill", "blsi", "blsic", "blsmsk", "blsr", "bsf", "bsr", "bswap", "bt", "btc", "btr", "bts", "bzhi",
        "cmp", "cmpxchg", "crc32", "dec", "div", "idiv", "imul", "in", "inc", "lar", "lds", "lea", "les", "lfs", "lgs", "lss",
        "lsl", "lzcnt", "mov", "movabs", "movbe", "movnti", "mul", "mulx", "neg", "nop", "not", "or", "out",
        "pdep", "pext", "pop", "popcnt", "ptwrite", "push", "rcl", "rcr", "rdfsbase", "rdgsbase", "rdrand",
        "rdseed", "rol", "ror", "rorx", "sal", "sar", "sarx", "sbb", "shl", "shld", "shlx", "shr", "shrd", "shrx",
        "sldt", "smsw", "str", "sub", "t1mskc", "test", "tzcnt", "tzmsk", "ud1", "vmread", "vmwrite", "wrfsbase",
        "wrgsbase", "xadd", "xchg", "xor",
    ]

    private static let x87Float: Set<String> = [
        "fadd", "fsub", "fsubr", "fmul", "fdiv", "fdivr", "fcom", "fcomp", "fld", "fst", "fstp",
    ]

    private static let x87Integer: Set<String> = [
        "fiadd", "fisub", "fisubr", "fimul", "fidiv", "fidivr", "ficom", "ficomp", "fild", "fist", "fistp", "fisttp",
    ]

    /// Those whose 512-bit source has a `z` too: their destination is the same for every length.
    private static let zmmSuffixed: Set<String> = [
        "vfpclasspd", "vfpclassps", "vfpclassph", "vcvtpd2ph", "vcvtqq2ph", "vcvtuqq2ph",
    ]

    /// Conversions whose memory source's length the mnemonic says (`vcvtpd2psy (%rax), %xmm0`).
    private static let vectorLengthSuffixed: Set<String> = [
        "vcvtpd2dq", "vcvtpd2ps", "vcvtpd2udq", "vcvttpd2dq", "vcvttpd2udq", "vcvtqq2ps", "vcvtuqq2ps",
        "vcvtneps2bf16", "vcvtdq2ph", "vcvtudq2ph", "vcvtpd2ph", "vcvtqq2ph", "vcvtuqq2ph", "vcvtps2phx",
        "vfpclasspd", "vfpclassps", "vfpclassph",
    ]
}
