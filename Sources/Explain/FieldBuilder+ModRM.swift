import X86
import X86Encoder

/// The opcode, ModRM and SIB bytes, bit group by bit group.
extension FieldBuilder {

    mutating func opcode() {
        var bytes = fields.opcode
        guard let last = bytes.last else { return }
        bytes[bytes.count - 1] = last &+ fields.opcodeAddend
        let base = String(hex: last)
        let final = String(hex: last &+ fields.opcodeAddend)
        switch form.opcode.addend {
        case .register:
            let index = operandIndex(.opcodeRegister)
            let name = register(at: index)?.name ?? "?"
            let parts = [
                FieldPart(name: "opcode", bits: FieldPart.binary(last >> 3, 5), meaning: "\(base) with the low 3 bits clear"),
                FieldPart(name: "reg", bits: FieldPart.binary(fields.opcodeAddend, 3), meaning: name, operand: index),
            ]
            add(.opcode, "opcode", bytes, layout: "opcode reg", parts: parts,
                meaning: "\(base)+r: \(base) + \(fields.opcodeAddend) (\(name)) = \(final), the register folded into the opcode",
                operand: index)
        case .condition:
            let suffix = String(form.mnemonic.dropFirst(conditionStemLength)).lowercased()
            let condition = ConditionFacts.all[Int(fields.opcodeAddend & 15)]
            let parts = [
                FieldPart(name: "opcode", bits: FieldPart.binary(last >> 4, 4), meaning: "\(base) with the low 4 bits clear"),
                FieldPart(name: "cc", bits: FieldPart.binary(fields.opcodeAddend, 4),
                          meaning: "\(suffix): \(condition.meaning), \(condition.test)"),
            ]
            add(.opcode, "opcode", bytes, layout: "opcode cc", parts: parts,
                meaning: "\(base)+cc: \(base) + \(fields.opcodeAddend) (\(suffix)) = \(final), the condition folded into the opcode")
        case .none:
            var meaning = "opcode of \(form.syntax)"
            if case .digit(let digit) = form.opcode.modRM {
                meaning += "; /\(digit) in ModRM.reg picks it among the \(base) group"
            }
            add(.opcode, "opcode", bytes, meaning: meaning)
        }
    }

    /// How many letters of the form's mnemonic come before its condition (`J`, `SET`, `CMOV`).
    var conditionStemLength: Int {
        let row = form.row.split(separator: "|").dropFirst().first.map { String($0).trimmed } ?? ""
        let stem = row.split(separator: " ").first.map(String.init) ?? ""
        return max(0, stem.count - 2)
    }

    mutating func modRM(_ byte: UInt8) {
        let mod = byte >> 6, reg = byte >> 3 & 7, rm = byte & 7
        let regIndex = operandIndex(.reg, .regAndRM)
        let rmIndex = operandIndex(.rm, .regAndRM)
        let memory = memoryOperand.flatMap { $0.index == rmIndex ? $0.memory : nil }
        let sibBase = fields.sib.map { $0 & 7 }
        let sixteenBit = mode != .bits64 && mod != 3 && FieldBuilder.addresses16Bit(memory, mode: mode)

        // The SDM's Table 2-2 meanings of mod, with the two rows that mean something else
        // (Table 2-1 for 16-bit addresses).
        let modMeaning: String
        switch mod {
        case 3: modMeaning = "register: rm names a register, not memory"
        case 0 where sixteenBit && rm == 6: modMeaning = "[disp16]: no base or index"
        case 0 where sixteenBit: modMeaning = "[16-bit base/index], no displacement"
        case 1 where sixteenBit: modMeaning = "[16-bit base/index + disp8]"
        case 2 where sixteenBit: modMeaning = "[16-bit base/index + disp16]"
        case 0 where rm == 5 && mode != .bits64: modMeaning = "[disp32]: no base (RIP-relative only in 64-bit mode)"
        case 0 where rm == 5: modMeaning = memory?.base?.kind == .eip ? "[eip + disp32]" : "[rip + disp32]"
        case 0 where rm == 4 && sibBase == 5: modMeaning = "memory; with SIB base=101: no base, disp32"
        case 0: modMeaning = "[base], no displacement"
        case 1: modMeaning = "[base + disp8]"
        default: modMeaning = "[base + disp32]"
        }

        let regMeaning: String
        var regOperand: Int?
        if case .digit(let digit) = form.opcode.modRM {
            regMeaning = "/\(digit): opcode extension, selects \(form.mnemonic)"
        } else if let register = register(at: regIndex) {
            regMeaning = register.isExtended ? "\(register.name) (with REX.R = 1)" : register.name
            regOperand = regIndex
        } else {
            regMeaning = "0"
        }

        let rmMeaning: String
        if sixteenBit {
            let pairs = ["[bx + si]", "[bx + di]", "[bp + si]", "[bp + di]", "[si]", "[di]", mod == 0 ? "no register: disp16" : "[bp]", "[bx]"]
            rmMeaning = pairs[Int(rm)] + " (16-bit addressing)"
        } else if mod == 3 {
            let register = register(at: rmIndex)
            rmMeaning = register.map { $0.isExtended ? "\($0.name) (with REX.B = 1)" : $0.name } ?? "register"
        } else if rm == 4 {
            rmMeaning = "SIB follows"
        } else if rm == 5, mod == 0 {
            rmMeaning = "no base register: RIP-relative, disp32 follows"
        } else if let base = memory?.base {
            rmMeaning = base.isExtended ? "\(base.name) (with REX.B = 1), the base" : "\(base.name), the base"
        } else {
            rmMeaning = "base"
        }

        let parts = [
            FieldPart(name: "mod", bits: FieldPart.binary(mod, 2), meaning: modMeaning, operand: rmIndex),
            FieldPart(name: "reg", bits: FieldPart.binary(reg, 3), meaning: regMeaning, operand: regOperand),
            FieldPart(name: "rm", bits: FieldPart.binary(rm, 3), meaning: rmMeaning, operand: rmIndex),
        ]
        var meaning: String
        let extensionInReg: Bool
        if case .digit = form.opcode.modRM { extensionInReg = true } else { extensionInReg = false }
        switch (mod == 3, extensionInReg) {
        case (true, true): meaning = "ModRM: a register in rm, an opcode extension in reg"
        case (true, false): meaning = "ModRM: two registers"
        case (false, true): meaning = "ModRM: a memory operand in rm, an opcode extension in reg"
        case (false, false): meaning = "ModRM: a register in reg, a memory operand in rm"
        }
        if sixteenBit {
            if let memory, memory.base?.number == 5, memory.index == nil, mod == 1, memory.displacement == 0 {
                meaning += "; [bp] has no mod=00 form (mod=00 rm=110 is a bare disp16), so it is [bp + 0] with a zero disp8"
            }
        } else if let memory, let quirk = quirk(memory, mod: mod) { meaning += "; " + quirk }
        add(.modRM, "ModRM", [byte], layout: "mod reg rm", parts: parts, meaning: meaning)
    }

    /// The ModRM/SIB special case this address runs into, if any (SDM Vol. 2, Tables 2-2, 2-3).
    func quirk(_ memory: Memory, mod: UInt8) -> String? {
        guard let base = memory.base else {
            if memory.isRIPRelative { return nil }
            return "with no base register, the SIB says base=101 and mod=00: a disp32 and no base "
                + "(mod=00 rm=101 alone would mean RIP-relative)"
        }
        if base.kind == .rip || base.kind == .eip { return nil }
        if base.lowBits == 5, mod == 1, memory.displacement == 0 {
            return "[\(base.name)] has no mod=00 form (mod=00 with \(base.name)'s bits 101 means RIP-relative or "
                + "no base), so it is encoded as [\(base.name) + 0] with a zero disp8"
        }
        if base.lowBits == 4, memory.index == nil {
            return "\(base.name) as a base needs a SIB byte (rm=100 means a SIB follows), whose index=100 means none"
        }
        return nil
    }

    mutating func sib(_ byte: UInt8) {
        let scale = byte >> 6, index = byte >> 3 & 7, base = byte & 7
        let memory = memoryOperand
        let operand = memory?.index
        let mod = (fields.modRM ?? 0) >> 6
        let scales = ["×1", "×2", "×4", "×8"]
        var parts: [FieldPart] = []
        if let indexRegister = memory?.memory.index {
            parts.append(FieldPart(name: "scale", bits: FieldPart.binary(scale, 2), meaning: scales[Int(scale)], operand: operand))
            let name = indexRegister.isExtended ? "\(indexRegister.name) (with REX.X = 1)" : indexRegister.name
            parts.append(FieldPart(name: "index", bits: FieldPart.binary(index, 3), meaning: name, operand: operand))
        } else {
            parts.append(FieldPart(name: "scale", bits: FieldPart.binary(scale, 2), meaning: "unused (no index)"))
            parts.append(FieldPart(name: "index", bits: FieldPart.binary(index, 3), meaning: "100: no index"))
        }
        if let baseRegister = memory?.memory.base {
            let name = baseRegister.isExtended ? "\(baseRegister.name) (with REX.B = 1)" : baseRegister.name
            parts.append(FieldPart(name: "base", bits: FieldPart.binary(base, 3), meaning: name, operand: operand))
        } else {
            let meaning = mod == 0 && base == 5 ? "101 with mod=00: no base, disp32 follows" : "no base"
            parts.append(FieldPart(name: "base", bits: FieldPart.binary(base, 3), meaning: meaning, operand: operand))
        }
        var meaning = "SIB: scale, index and base of the address"
        if let memory = memory?.memory, memory.index == nil, let base = memory.base, base.lowBits == 4 {
            meaning = "SIB: needed because \(base.name) is the base; index=100 means no index"
        }
        add(.sib, "SIB", [byte], layout: "scale index base", parts: parts, meaning: meaning, operand: operand)
    }

    /// True when `memory` is a 16-bit address: 16-bit registers, or none in 16-bit code.
    static func addresses16Bit(_ memory: Memory?, mode: CodeMode) -> Bool {
        guard let memory else { return false }
        if let register = memory.base ?? memory.index { return register.kind == .gp16 }
        return mode == .bits16
    }
}
