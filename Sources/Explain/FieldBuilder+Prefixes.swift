import X86
import X86Encoder

/// Legacy prefixes, REX and VEX: why each is there and which operand asked for it.
extension FieldBuilder {
    mutating func legacyPrefixes() {
        if fields.waitPrefix {
            add(.prefix, "9b", [0x9B],
                meaning: "FWAIT, an instruction of its own: wait for pending x87 exceptions first "
                    + "(the form without it is the fn… one)", tag: "fwait")
        }
        let start = result.count
        describeLegacyPrefixes()
        orderAsEncoded(from: start)
    }

    /// Puts the prefix fields from `start` on in the order the encoder emits them. The CPU takes
    /// legacy prefixes in any order and the encoder follows llvm-mc's, which depends on the
    /// instruction, so the order is read off the bytes rather than restated here.
    private mutating func orderAsEncoded(from start: Int) {
        var pending = Array(result[start...])
        guard pending.count > 1 else { return }
        let encoded = fields.bytes
        var ordered: [EncodingField] = []
        for position in 0..<min(pending.count, encoded.count) {
            guard let match = pending.firstIndex(where: { $0.bytes.first == encoded[position] }) else { return }
            ordered.append(pending.remove(at: match))
        }
        var offset = result[start].offset
        for index in ordered.indices {
            ordered[index].offset = offset
            offset += ordered[index].bytes.count
        }
        result.replaceSubrange(start..., with: ordered)
    }

    private mutating func describeLegacyPrefixes() {
        let prefixes = instruction.prefixes
        if let byte = fields.repeatPrefix {
            let meaning: String
            let mnemonic = form.mnemonic.lowercased()
            let compares = mnemonic.hasPrefix("cmps") || mnemonic.hasPrefix("scas")
            if prefixes.contains(.xacquire) {
                meaning = "xacquire: hardware lock elision begins with this locked access"
            } else if prefixes.contains(.xrelease) {
                meaning = "xrelease: hardware lock elision ends with this access"
            } else if prefixes.contains(.bnd) {
                meaning = "bnd: an MPX bounds-checked branch"
            } else if prefixes.contains(.repne) {
                meaning = "repne: repeat while rcx is not 0 and ZF=0, decrementing rcx"
            } else if compares {
                meaning = "repe: repeat while rcx is not 0 and ZF=1, decrementing rcx"
            } else {
                meaning = "rep: repeat rcx times, decrementing rcx"
            }
            let word = meaning.split(separator: ":").first.map(String.init) ?? ""
            add(.prefix, String(hex: byte), [byte], meaning: meaning, tag: word)
        }
        if fields.notrackPrefix {
            add(.prefix, "3E", [0x3E], meaning: "notrack: this indirect branch needs no endbr64 at its target",
                operand: operandIndex(.rm), tag: "notrack")
        }
        if let byte = fields.segmentPrefix {
            let names: [UInt8: String] = [0x26: "es", 0x2E: "cs", 0x36: "ss", 0x3E: "ds", 0x64: "fs", 0x65: "gs"]
            let name = names[byte] ?? "?"
            let meaning = byte == 0x64 || byte == 0x65 || mode != .bits64
                ? "segment override: the address is relative to the \(name) base"
                : "segment override \(name): has no effect in 64-bit mode (the base is 0), kept as written"
            add(.prefix, String(hex: byte), [byte], meaning: meaning, operand: memoryOperand?.index, tag: name + ":")
        }
        if fields.addressSizePrefix, mode != .bits64 {
            let other = mode == .bits16 ? "32" : "16"
            add(.prefix, "67", [0x67],
                meaning: "address-size override: the address is \(other)-bit, not \(mode.bits)-bit as this code's default",
                operand: memoryOperand?.index, tag: "a\(other)")
        } else if fields.addressSizePrefix {
            if let (index, memory) = memoryOperand, memory.usesAddressSize32 {
                add(.prefix, "67", [0x67], meaning: "address-size override: the address is computed with 32-bit registers",
                    operand: index, tag: "a32")
            } else {
                add(.prefix, "67", [0x67], meaning: "address-size override (addr32): 32-bit addressing", tag: "a32")
            }
        }
        if fields.operandSizePrefix, mode != .bits64 {
            let other = mode == .bits16 ? "32" : "16"
            add(.prefix, "66", [0x66],
                meaning: "operand-size override: the operation is \(other)-bit, not \(mode.defaultOperandBits)-bit as this code's default",
                operand: mode == .bits16 ? nil : sixteenBitOperand, tag: "o\(other)")
        } else if fields.operandSizePrefix {
            if form.opcode.operandSize16 {
                add(.prefix, "66", [0x66], meaning: "operand-size override (o16 in the row): the operation is 16-bit",
                    operand: sixteenBitOperand, tag: "o16")
            } else {
                add(.prefix, "66", [0x66], meaning: "operand-size override (data16), written explicitly", tag: "o16")
            }
        }
        if fields.lockPrefix {
            add(.prefix, "F0", [0xF0], meaning: "lock: the read-modify-write of memory is atomic",
                operand: memoryOperand?.index, tag: "lock")
        }
    }

    /// The operand that makes the operation 16-bit.
    var sixteenBitOperand: Int? {
        for index in 0..<instruction.operands.count {
            switch instruction.operands[index] {
            case .register(let register) where register.kind == .gp16: return index
            case .memory(let memory) where memory.size == .word: return index
            default: continue
            }
        }
        return nil
    }


    mutating func rex(_ byte: UInt8) {
        let w = byte >> 3 & 1, r = byte >> 2 & 1, x = byte >> 1 & 1, b = byte & 1
        var parts = [FieldPart(name: "0100", bits: "0100", meaning: "fixed: marks a REX prefix")]

        let wMeaning: String
        if w == 1 {
            wMeaning = form.opcode.rexW ? "64-bit operand size (REX.W in the row)" : "64-bit operand size (rex64 written)"
        } else if form.attributes.contains(.defaultOperandSize64) {
            wMeaning = "not needed: the operation is 64-bit by default"
        } else {
            wMeaning = "operand size not promoted to 64 bits"
        }
        parts.append(FieldPart(name: "W", bits: String(w), meaning: wMeaning))

        let regIndex = operandIndex(.reg, .regAndRM)
        let rMeaning: String
        if let register = register(at: regIndex) {
            rMeaning = extensionMeaning(r, "ModRM.reg", register)
        } else {
            rMeaning = fields.modRM == nil ? "unused (no ModRM)" : "unused: ModRM.reg holds an opcode extension"
        }
        parts.append(FieldPart(name: "R", bits: String(r), meaning: rMeaning, operand: register(at: regIndex) == nil ? nil : regIndex))

        var xMeaning = "unused (no index register)"
        var xOperand: Int?
        var bMeaning = "unused"
        var bOperand: Int?
        if let (index, memory) = memoryOperand, fields.modRM != nil {
            if let indexRegister = memory.index {
                xMeaning = extensionMeaning(x, "SIB.index", indexRegister)
                xOperand = index
            }
            if let base = memory.base, base.isGeneralPurpose {
                bMeaning = extensionMeaning(b, fields.sib == nil ? "ModRM.rm" : "SIB.base", base)
                bOperand = index
            }
        } else if let rmIndex = operandIndex(.rm, .regAndRM), let register = register(at: rmIndex) {
            bMeaning = extensionMeaning(b, "ModRM.rm", register)
            bOperand = rmIndex
        } else if let opIndex = operandIndex(.opcodeRegister), let register = register(at: opIndex) {
            bMeaning = extensionMeaning(b, "the opcode's low bits", register)
            bOperand = opIndex
        }
        parts.append(FieldPart(name: "X", bits: String(x), meaning: xMeaning, operand: xOperand))
        parts.append(FieldPart(name: "B", bits: String(b), meaning: bMeaning, operand: bOperand))

        var reasons: [String] = []
        if w == 1 { reasons.append("W for a 64-bit operand") }
        if r == 1 { reasons.append("R to reach a register above 7 in ModRM.reg") }
        if x == 1 { reasons.append("X to reach an index register above 7") }
        if b == 1 { reasons.append("B to reach a register above 7") }
        let byteRegister = (0..<instruction.operands.count).compactMap { register(at: $0) }.first { $0.requiresREX }
        if let byteRegister {
            reasons.append("present at all so that \(byteRegister.name) can be named (without a REX, 4-7 mean ah ch dh bh)")
        }
        let meaning = "REX prefix" + (reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; "))
        add(.rex, "REX", [byte], layout: "0100WRXB", parts: parts, meaning: meaning)
    }

    /// What an R/X/B bit means for `register` placed in `field`.
    func extensionMeaning(_ bit: UInt8, _ field: String, _ register: Register) -> String {
        let low = FieldPart.binary(register.lowBits, 3)
        return "\(register.name) is register \(register.number) (\(bit) \(low)): this bit is the \(bit), \(field) the \(low)"
    }

    mutating func vex(_ vex: VEXPrefix) {
        let bytes = (0..<vex.count).map { vex[$0] }
        let isXOP = vex.first == 0x8F
        let spec = form.opcode.vex
        let vvvvIndex = operandIndex(.vvvv)
        let vvvvName = register(at: vvvvIndex)?.name
        let prefixName = isXOP ? "XOP" : vex.count == 2 ? "VEX2" : "VEX3"
        var parts: [FieldPart] = []
        let rBar = vex.second >> 7 & 1
        parts.append(FieldPart(name: "R̄", bits: String(rBar), meaning: "REX.R inverted: \(1 - rBar)",
                               operand: operandIndex(.reg, .regAndRM)))
        let pp = (vex.count == 2 ? vex.second : vex.third) & 3
        let l = ((vex.count == 2 ? vex.second : vex.third) >> 2) & 1
        let vvvv = ((vex.count == 2 ? vex.second : vex.third) >> 3) & 0xF
        var xBar: UInt8 = 1, bBar: UInt8 = 1, w: UInt8 = 0
        if vex.count == 3 {
            xBar = vex.second >> 6 & 1
            bBar = vex.second >> 5 & 1
            let memory = memoryOperand
            let xOperand = memory?.memory.index == nil ? nil : memory?.index
            let bOperand = memory.map { $0.memory.base == nil ? nil : $0.index } ?? operandIndex(.rm)
            parts.append(FieldPart(name: "X̄", bits: String(xBar), meaning: "REX.X inverted: \(1 - xBar)", operand: xOperand))
            parts.append(FieldPart(name: "B̄", bits: String(bBar), meaning: "REX.B inverted: \(1 - bBar)", operand: bOperand))
            let map = vex.second & 0x1F
            let maps: [UInt8: String] = [1: "0F", 2: "0F 38", 3: "0F 3A", 8: "XOP 08", 9: "XOP 09", 10: "XOP 0A"]
            parts.append(FieldPart(name: "mmmmm", bits: FieldPart.binary(map, 5), meaning: "opcode map \(maps[map] ?? "?")"))
            w = vex.third >> 7 & 1
            parts.append(FieldPart(name: "W", bits: String(w), meaning: widthMeaning(w, spec)))
        }
        let register = 15 - vvvv
        parts.append(FieldPart(
            name: "v̄v̄v̄v̄", bits: FieldPart.binary(vvvv, 4),
            meaning: vvvvName.map { "register \(register) inverted: \($0)" } ?? "unused (1111)", operand: vvvvIndex))
        parts.append(FieldPart(name: "L", bits: String(l), meaning: lengthMeaning(l)))
        let prefixes = ["none", "66", "F3", "F2"]
        parts.append(FieldPart(name: "pp", bits: FieldPart.binary(pp, 2), meaning: "implied prefix: \(prefixes[Int(pp)])"))
        let layout = isXOP ? "8F | R̄ X̄ B̄ mmmmm | W v̄v̄v̄v̄ L pp"
            : vex.count == 2 ? "C5 | R̄ v̄v̄v̄v̄ L pp" : "C4 | R̄ X̄ B̄ mmmmm | W v̄v̄v̄v̄ L pp"
        var meaning = isXOP
            ? "AMD's 3-byte XOP prefix (the layout of VEX3, its own opcode maps 08, 09, 0A)"
            : "\(vex.count)-byte VEX prefix: replaces REX, the opcode map escape and the mandatory prefix"
        if !isXOP { meaning += "; " + twoByteReason(count: vex.count, xBar: xBar, bBar: bBar, w: w) }
        add(.vex, prefixName, bytes, layout: layout, parts: parts, meaning: meaning)
    }

    /// Why the encoder could, or could not, use the 2-byte VEX (C5): it has no X̄, B̄, W or map
    /// field, so it stands for X̄=B̄=1, W=0 and map 0F only.
    private func twoByteReason(count: Int, xBar: UInt8, bBar: UInt8, w: UInt8) -> String {
        if count == 2 { return "the 2-byte form fits: map 0F, W=0, no extended index or base/rm register" }
        var reasons: [String] = []
        if fields.map != .map0F { reasons.append("the opcode is in map \(fields.map == .map0F38 ? "0F 38" : "0F 3A")") }
        if w == 1 { reasons.append("W=1") }
        if xBar == 0 { reasons.append("the index register is one of 8–15 (X̄=0)") }
        if bBar == 0 { reasons.append("the base or rm register is one of 8–15 (B̄=0)") }
        return "the 3-byte form is needed because " + (reasons.isEmpty ? "the form asks for it" : reasons.joined(separator: ", "))
    }

    /// What VEX.W means for this form: an operand size with general registers, else an opcode bit.
    private func widthMeaning(_ w: UInt8, _ spec: VEXSpec?) -> String {
        guard spec?.w != nil else { return "ignored by this form (WIG)" }
        if form.operands.contains(where: { if case .register = $0 { true } else if case .registerOrMemory = $0 { true } else { false } }) {
            return w == 1 ? "64-bit operand size" : "32-bit operand size"
        }
        return "part of the opcode (W\(w))"
    }

    private func lengthMeaning(_ l: UInt8) -> String {
        let notation = opcodeNotation.uppercased()
        if notation.contains(".LIG") { return "ignored by this form (LIG): scalar" }
        return l == 1 ? "256-bit vectors (ymm)" : "128-bit vectors (xmm), or scalar"
    }
}
