import X86
import X86Encoder

/// EVEX: the four-byte prefix of AVX-512, bit by bit, and what its compressed displacement is.
extension FieldBuilder {
    mutating func evex(_ prefix: VEXPrefix) {
        let p0 = prefix.second, p1 = prefix.third, p2 = prefix.fourth
        let spec = form.opcode.vex
        let regIndex = operandIndex(.reg)
        let rmIndex = operandIndex(.rm)
        let vvvvIndex = operandIndex(.vvvv)
        let memory = memoryOperand
        var parts: [FieldPart] = []

        // P0: R̄ X̄ B̄ R̄′ 0 m m m
        let rBar = p0 >> 7 & 1, xBar = p0 >> 6 & 1, bBar = p0 >> 5 & 1, r2Bar = p0 >> 4 & 1
        let regRegister = register(at: regIndex)
        parts.append(FieldPart(
            name: "R̄", bits: String(rBar), meaning: registerBit(rBar, bit: 3, regRegister, field: "ModRM.reg"),
            operand: regRegister == nil ? nil : regIndex))
        if let (index, address) = memory {
            let indexRegister = address.index
            parts.append(FieldPart(
                name: "X̄", bits: String(xBar), meaning: registerBit(xBar, bit: 3, indexRegister, field: "SIB.index"),
                operand: indexRegister == nil ? nil : index))
            parts.append(FieldPart(
                name: "B̄", bits: String(bBar), meaning: registerBit(bBar, bit: 3, address.base, field: "the base"),
                operand: address.base == nil ? nil : index))
        } else {
            let rmRegister = register(at: rmIndex)
            parts.append(FieldPart(
                name: "X̄", bits: String(xBar), meaning: registerBit(xBar, bit: 4, rmRegister, field: "ModRM.rm"),
                operand: rmRegister == nil ? nil : rmIndex))
            parts.append(FieldPart(
                name: "B̄", bits: String(bBar), meaning: registerBit(bBar, bit: 3, rmRegister, field: "ModRM.rm"),
                operand: rmRegister == nil ? nil : rmIndex))
        }
        parts.append(FieldPart(
            name: "R̄′", bits: String(r2Bar), meaning: registerBit(r2Bar, bit: 4, regRegister, field: "ModRM.reg"),
            operand: regRegister == nil ? nil : regIndex))
        parts.append(FieldPart(name: "0", bits: "0", meaning: "fixed"))
        let map = p0 & 7
        let maps: [UInt8: String] = [1: "0F", 2: "0F 38", 3: "0F 3A", 5: "map 5 (FP16)", 6: "map 6 (FP16)"]
        parts.append(FieldPart(name: "mmm", bits: FieldPart.binary(map, 3), meaning: "opcode map \(maps[map] ?? "?")"))

        // P1: W v̄v̄v̄v̄ 1 p p
        let w = p1 >> 7 & 1
        parts.append(FieldPart(name: "W", bits: String(w), meaning: elementWidthMeaning(w, spec)))
        let vvvv = p1 >> 3 & 0xF
        let vvvvRegister = register(at: vvvvIndex)
        parts.append(FieldPart(
            name: "v̄v̄v̄v̄", bits: FieldPart.binary(vvvv, 4),
            meaning: vvvvRegister.map { "\($0.name): the low four bits of \($0.number), inverted" } ?? "unused (1111)",
            operand: vvvvRegister == nil ? nil : vvvvIndex))
        parts.append(FieldPart(name: "1", bits: "1", meaning: "fixed"))
        let pp = p1 & 3
        let prefixes = ["none", "66", "F3", "F2"]
        parts.append(FieldPart(name: "pp", bits: FieldPart.binary(pp, 2), meaning: "implied prefix: \(prefixes[Int(pp)])"))

        // P2: z L′L b V̄′ a a a
        let z = p2 >> 7 & 1, lengthBits = p2 >> 5 & 3, b = p2 >> 4 & 1, v2Bar = p2 >> 3 & 1, aaa = p2 & 7
        let decorations = instruction.decorations
        let destination = aaa == 0 ? nil : 0
        parts.append(FieldPart(
            name: "z", bits: String(z),
            meaning: z == 1 ? "zeroing ({z}): elements whose mask bit is 0 become 0"
                : aaa == 0 ? "merging (no mask: every element is written)"
                : "merging: elements whose mask bit is 0 keep their old value",
            operand: destination))
        parts.append(FieldPart(name: "L′L", bits: FieldPart.binary(lengthBits, 2), meaning: lengthMeaning(lengthBits, b: b, spec)))
        parts.append(FieldPart(name: "b", bits: String(b), meaning: broadcastMeaning(b, memory: memory?.memory),
                               operand: b == 1 ? memory?.index : nil))
        let vsib = memory?.memory.index.flatMap { $0.isVector ? $0 : nil }
        let highRegister = vsib ?? vvvvRegister
        parts.append(FieldPart(
            name: "V̄′", bits: String(v2Bar),
            meaning: registerBit(v2Bar, bit: 4, highRegister, field: vsib == nil ? "vvvv" : "the VSIB index"),
            operand: vsib != nil ? memory?.index : (vvvvRegister == nil ? nil : vvvvIndex)))
        parts.append(FieldPart(
            name: "aaa", bits: FieldPart.binary(aaa, 3),
            meaning: aaa == 0 ? "no opmask (k0 means none)" : "opmask k\(aaa): only elements whose bit in k\(aaa) is 1 are written",
            operand: destination))

        let layout = "62 | R̄ X̄ B̄ R̄′ 0 mmm | W v̄v̄v̄v̄ 1 pp | z L′L b V̄′ aaa"
        var meaning = "4-byte EVEX prefix (AVX-512): replaces REX, the map escape and the mandatory prefix, "
            + "and adds a fifth register bit, the vector length, masking, broadcast and rounding"
        meaning += "; needed here for " + evexReason(decorations)
        add(.vex, "EVEX", [0x62, p0, p1, p2], layout: layout, parts: parts, meaning: meaning)
    }

    /// What one inverted register bit says about `register`.
    private func registerBit(_ bit: UInt8, bit position: Int, _ register: Register?, field: String) -> String {
        guard let register else { return "unused (1)" }
        let value = (Int(register.number) >> position) & 1
        return "bit \(position) of \(register.name) (\(register.number)) in \(field), inverted: \(value) → \(bit)"
    }

    /// W: the element width for most EVEX forms (it selects ps/pd, d/q), else an opcode bit.
    private func elementWidthMeaning(_ w: UInt8, _ spec: VEXSpec?) -> String {
        guard spec?.w != nil else { return "ignored by this form (WIG)" }
        if form.operands.contains(where: { if case .registerOrMemory = $0 { true } else if case .register = $0 { true } else { false } }) {
            return w == 1 ? "64-bit general-register operand" : "32-bit general-register operand"
        }
        return "part of the opcode (W\(w)): \(w == 1 ? "64" : "32")-bit elements for most forms"
    }

    private func lengthMeaning(_ bits: UInt8, b: UInt8, _ spec: VEXSpec?) -> String {
        if b == 1, memoryOperand == nil, let rounding = instruction.decorations.rounding {
            if rounding == .suppressExceptions {
                return "00: with b=1 on registers this field is the rounding control; {sae} leaves it 0"
                    + " (the vector length is implied by the registers)"
            }
            let modes = ["to nearest even", "down (toward −∞)", "up (toward +∞)", "toward zero"]
            return "rounding control \(FieldPart.binary(bits, 2)): round \(modes[Int(bits)]) for this instruction only"
                + " ({\(rounding.spelling)}), MXCSR.RC unchanged; the length is implied (512 or scalar)"
        }
        if spec?.lengthIgnored == true { return "ignored by this form (LIG): scalar" }
        return ["128-bit vectors (xmm)", "256-bit vectors (ymm)", "512-bit vectors (zmm)", "reserved"][Int(bits)]
    }

    private func broadcastMeaning(_ b: UInt8, memory: Memory?) -> String {
        guard b == 1 else {
            return memory == nil ? "0: no rounding override" : "0: a full memory operand, no broadcast"
        }
        if let memory {
            let count = Int(memory.broadcast)
            let element = fields.displacementScale
            return "broadcast ({1to\(count)}): one \(element * 8)-bit element is read at the address and repeated"
                + " \(count) times, so the memory operand is \(element) bytes (and N = \(element))"
        }
        if instruction.decorations.rounding == .suppressExceptions {
            return "SAE ({sae}): no floating-point exception is raised or flagged in MXCSR"
        }
        return "embedded rounding: L′L is a rounding mode, and exceptions are suppressed"
    }

    /// What in the line needs EVEX (without it, a VEX form would have been chosen).
    private func evexReason(_ decorations: VectorDecorations) -> String {
        var reasons: [String] = []
        if instruction.prefixes.contains(.evex) { reasons.append("{evex}, written") }
        for index in 0..<instruction.operands.count {
            if let register = register(at: index) {
                if register.kind == .zmm { reasons.append("\(register.name) (512 bits)"); break }
                if register.needsEVEX { reasons.append("\(register.name) (registers 16–31)"); break }
            }
        }
        if let memory = memoryOperand?.memory {
            if memory.broadcast != 0 { reasons.append("the broadcast {1to\(memory.broadcast)}") }
            if let index = memory.index, index.needsEVEX { reasons.append("the VSIB index \(index.name) (16–31)") }
        }
        if decorations.opmask != 0 { reasons.append("the opmask {k\(decorations.opmask)}") }
        if let rounding = decorations.rounding { reasons.append("the rounding {\(rounding.spelling)}") }
        if reasons.isEmpty { reasons.append("these operands (this mnemonic has no VEX form for them)") }
        return reasons.joined(separator: ", ")
    }

    /// The disp8×N story: how N follows from the tuple type and the vector length, and why the
    /// displacement did or did not fit in one byte.
    func compressedDisplacementMeaning(_ memory: Memory) -> String {
        let n = fields.displacementScale
        let spec = form.opcode.vex
        let tuple = spec?.tuple ?? .none
        let length = 128 << Int(spec?.length ?? 0)
        var reason: String
        if memory.broadcast != 0 {
            reason = "N = \(n): the broadcast element's size in bytes"
        } else if let fixed = tuple.fixedScale {
            reason = "N = \(fixed): tuple type \(tuple.name) (\(tuple.abbreviation)) reads one \(fixed * 8)-bit "
                + (tuple == .memory128 || tuple == .tuple1x4 ? "block" : "element")
        } else if tuple == .none {
            reason = "N = \(n): the width of the memory operand"
        } else {
            reason = "N = \(n): tuple type \(tuple.name) (\(tuple.abbreviation)) at \(spec?.lengthIgnored == true ? "scalar" : "\(length)-bit") "
                + "vector length reads \(n * 8) bits"
        }
        let actual = fields.displacementSize == 1 ? fields.displacement &* Int64(n) : fields.displacement
        if fields.displacementSize == 1 {
            if n == 1 { return "disp8×N with \(reason): the byte is the displacement itself, \(actual)" }
            return "disp8×N (compressed): \(reason); the byte holds \(fields.displacement), and \(fields.displacement) × \(n) = "
                + "\(actual) is the displacement"
        }
        let why: String
        if actual % Int64(n) != 0 {
            why = "\(actual) is not a multiple of N = \(n)"
        } else {
            why = "\(actual) / \(n) = \(actual / Int64(n)) does not fit in -128…127"
        }
        return "\(reason); not compressed to a disp8 because \(why), so the full 32 bits are written"
    }
}
