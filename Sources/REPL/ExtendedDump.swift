import JIT

/// Dumps of the extended state: vector registers, the x87 unit and MXCSR.
struct ExtendedDump {
    let style: Style

    /// `xmm0 = 1.5 (f64[0])`: the scalar double a function leaves in xmm0. Left out when the
    /// low 64 bits read as a denormal: integer lanes nearly always do, and a double result
    /// nearly never is one, so the line would be noise after integer SIMD code.
    func returnValue(_ state: ExtendedState) -> String {
        guard let bytes = state.bytes(of: VectorRegister(.xmm, 0)), bytes.count >= 8,
              let lane = Lanes.lane(bytes, as: .f64, index: 0) else { return "" }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        if Double(bitPattern: bits).isSubnormal { return "" }
        return "xmm0 = \(Lanes.text(lane)) (f64[0])\n"
    }

    /// `xmm0   {f64: 1.5, 2.5}  0x4004…_3ff8…`: the lanes as `type` (nil: the register's
    /// standard type, f64 or i64), then the hex unless `hex` is false or the view is hex
    /// already; the hex of a register wider than xmm goes on a line of its own.
    func vector(_ register: VectorRegister, _ bytes: [UInt8], as type: LaneType?, hex: Bool = true) -> String {
        let name = register.name.padding(to: 6)
        let shown = type ?? LaneType.standard(for: register)
        let lanes = Lanes.braced(bytes, as: shown)
        if !hex || shown == .hex { return name + " " + lanes + "\n" }
        if bytes.count <= 16 { return name + " " + lanes + "  " + Lanes.hex(bytes) + "\n" }
        return name + " " + lanes + "\n" + String(repeating: " ", count: 7) + Lanes.hex(bytes) + "\n"
    }

    /// One line per part of the extended state that differs, new values for registers and
    /// `old → new` for the control and status words; empty when nothing differs.
    func changes(from old: ExtendedState, to new: ExtendedState) -> String {
        // Most blocks touch no x87, SSE or AVX state: one comparison of the whole state
        // instead of the tag words and every register.
        if old == new { return "" }
        var lines: [String] = []
        for register in new.changedVectors(from: old) {
            guard let bytes = new.bytes(of: register) else { continue }
            lines.append(vector(register, bytes, as: nil))
        }
        for index in new.changedST(from: old) {
            lines.append(stChange(index, in: new))
        }
        if old.fcw != new.fcw { lines.append(word("fcw", old.fcw, new.fcw)) }
        if old.fsw != new.fsw { lines.append(word("fsw", old.fsw, new.fsw, note: "TOP=\(new.top)")) }
        if old.tagWord != new.tagWord { lines.append(word("ftw", old.tagWord, new.tagWord)) }
        if old.mxcsr != new.mxcsr {
            let set = MXCSRBits.flags.filter { new.mxcsr & $0.mask != 0 }.map(\.name)
            lines.append("mxcsr  0x\(Hex.padded(UInt64(old.mxcsr), width: 4)) → 0x\(Hex.padded(UInt64(new.mxcsr), width: 4))"
                + (set.isEmpty ? "" : "  " + set.joined(separator: " ")) + "\n")
        }
        for index in 0..<8 {
            guard let before = old.opmask(index), let after = new.opmask(index), before != after else { continue }
            lines.append("k\(index)".padding(to: 6) + " " + Hex.word(before) + " → " + Hex.word(after) + "\n")
        }
        return lines.map { style.changed(String($0.dropLast())) + "\n" }.joined()
    }

    /// A changed ST register; an MMX register when an MMX instruction wrote it (exponent
    /// and sign all ones).
    private func stChange(_ index: Int, in state: ExtendedState) -> String {
        if state.isEmpty(st: index) { return "st\(index)".padding(to: 6) + " empty\n" }
        let value = state.st(index)
        if value.signAndExponent == 0xFFFF {
            let physical = (index + state.top) & 7
            return "mm\(physical)".padding(to: 6) + " " + Hex.word(value.significand) + "\n"
        }
        return "st\(index)".padding(to: 6) + " " + ExtendedDump.decimal(value) + "  (" + ExtendedDump.bits(value) + ")\n"
    }

    private func word(_ name: String, _ old: UInt16, _ new: UInt16, note: String = "") -> String {
        name.padding(to: 6) + " 0x\(Hex.padded(UInt64(old), width: 4)) → 0x\(Hex.padded(UInt64(new), width: 4))"
            + (note.isEmpty ? "" : "  " + note) + "\n"
    }

    /// `.regs fpu`: ST0–ST7 and the decoded control, status and tag words.
    func fpu(_ state: ExtendedState) -> String {
        var text = ""
        for index in 0..<8 {
            let physical = (index + state.top) & 7
            let tag = state.tag(physical: physical)
            let name = "st\(index)".padding(to: 4)
            guard tag != .empty else {
                text += name + " empty (R\(physical))\n"
                continue
            }
            let value = state.st(index)
            var note = "R\(physical) \(ExtendedDump.tagName(tag)), \(ExtendedDump.bits(value))"
            if value.isUnsupported {
                note += "; an encoding the x87 does not support"
            } else if !value.isExactInDouble {
                note += "; as a double \(Lanes.number(value.double.description)), not exact"
            }
            text += name + " " + ExtendedDump.decimal(value) + "  (" + note + ")\n"
        }
        let fcw = UInt32(state.fcw)
        let masked = X87Bits.exceptions.filter { fcw & $0.mask != 0 }.map { "\($0.name.dropLast())M" }
        text += "fcw  0x\(Hex.padded(UInt64(fcw), width: 4))  masked \(masked.isEmpty ? "none" : masked.joined(separator: " "))"
            + "  precision \(ExtendedDump.precision(Int(fcw >> 8) & 3))  rounding \(ExtendedDump.rounding(Int(fcw >> 10) & 3))\n"
        let fsw = UInt32(state.fsw)
        let raised = (X87Bits.exceptions + X87Bits.status).filter { fsw & $0.mask != 0 }.map(\.name)
        let conditions = [("C3", 14), ("C2", 10), ("C1", 9), ("C0", 8)].map { "\($0.0)=\((fsw >> $0.1) & 1)" }
        text += "fsw  0x\(Hex.padded(UInt64(fsw), width: 4))  TOP=\(state.top)  " + conditions.joined(separator: " ")
            + "  flags \(raised.isEmpty ? "none" : raised.joined(separator: " "))\n"
        let inUse = (0..<8).filter { state.tag(physical: $0) != .empty }
            .map { "R\($0) \(ExtendedDump.tagName(state.tag(physical: $0)))" }
        let tags = inUse.isEmpty ? "all empty" : inUse.joined(separator: ", ") + (inUse.count < 8 ? "; the rest empty" : "")
        text += "ftw  0x\(Hex.padded(UInt64(state.tagWord), width: 4))  \(tags)\n"
        return text
    }

    /// `.regs mxcsr`: the flags, masks, rounding control, FTZ and DAZ.
    func mxcsr(_ value: UInt32) -> String {
        let flags = MXCSRBits.flags.map { "\($0.name)=\(value & $0.mask != 0 ? 1 : 0)" }
        let masks = MXCSRBits.masks.map { "\($0.name)=\(value & $0.mask != 0 ? 1 : 0)" }
        return "mxcsr  0x\(Hex.padded(UInt64(value), width: 4))\n"
            + "  flags     " + flags.joined(separator: " ") + "\n"
            + "  masks     " + masks.joined(separator: " ") + "\n"
            + "  rounding  \(ExtendedDump.rounding(Int(value >> 13) & 3))  FTZ=\((value >> 15) & 1) DAZ=\((value >> 6) & 1)\n"
    }

    /// An x87 value in decimal: the shortest text that reads back as the same 80 bits.
    static func decimal(_ value: Float80Bits) -> String {
        Lanes.number(value.float80.description)
    }

    /// `0x3fff_8000000000000000`: sign and exponent, then the significand.
    static func bits(_ value: Float80Bits) -> String {
        "0x" + Hex.padded(UInt64(value.signAndExponent), width: 4) + "_" + Hex.padded(value.significand)
    }

    static func tagName(_ tag: ExtendedState.Tag) -> String {
        switch tag {
        case .valid: "valid"
        case .zero: "zero"
        case .special: "special"
        case .empty: "empty"
        }
    }

    static func rounding(_ field: Int) -> String {
        ["to nearest", "down", "up", "toward zero"][field & 3]
    }

    static func precision(_ field: Int) -> String {
        ["single (24 bits)", "reserved", "double (53 bits)", "extended (64 bits)"][field & 3]
    }
}

/// A named bit of a control or status register.
struct NamedBit {
    let name: String
    let mask: UInt32
}

/// The x87 status word's bits, one table for every dump.
enum X87Bits {
    /// Exception flags of FSW (and, as masks, of FCW bits 0–5).
    static let exceptions = ["IE", "DE", "ZE", "OE", "UE", "PE"].enumerated().map { NamedBit(name: $1, mask: 1 << UInt32($0)) }
    /// Stack fault, error summary and busy.
    static let status = [NamedBit(name: "SF", mask: 0x40), NamedBit(name: "ES", mask: 0x80), NamedBit(name: "B", mask: 0x8000)]
}

/// MXCSR's bits, one table for every dump.
enum MXCSRBits {
    static let flags = ["IE", "DE", "ZE", "OE", "UE", "PE"].enumerated().map { NamedBit(name: $1, mask: 1 << UInt32($0)) }
    static let masks = ["IM", "DM", "ZM", "OM", "UM", "PM"].enumerated().map { NamedBit(name: $1, mask: 1 << UInt32($0 + 7)) }
}
