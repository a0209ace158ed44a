import X86

/// What changes outside 64-bit mode (SDM vol. 1 §3.6 and vol. 2 §2.1): the 66 and 67 prefixes
/// select whichever of 16 and 32 bits is not the default, there is no REX, and 16-bit
/// addresses have a ModRM table of their own.
extension Encoder {
    /// Refuses what 16- and 32-bit code cannot have: forms of 64-bit mode alone (`only64`,
    /// REX.W, 64-bit operands) and registers only a REX prefix reaches.
    func checkMode(_ form: EncodingForm, _ instruction: Instruction) throws(EncodingError) {
        let bits = mode.bits
        // From the mnemonic's id: the forms' text (``InstructionSet/forms``) is read on first use,
        // and a message made while forms are tried (GCC's `rep bsf`) paid for reading it all.
        var name: String { instructionSet.name(of: Mnemonic(id: form.mnemonic)) }
        if form.attributes.contains(.only64BitMode) {
            throw .unavailableInMode(operand: nil, reason: "'\(name)' exists only in 64-bit code")
        }
        for position in 0..<instruction.operands.count {
            guard case .register(let register) = instruction.operands[position] else { continue }
            if register.kind == .gp64 || register.kind == .rip {
                throw .unavailableInMode(
                    operand: position, reason: "'\(register.name)' is a 64-bit register, which \(bits)-bit code does not have")
            }
            if register.requiresREX || (register.isExtended && register.kind != .segment) {
                throw .unavailableInMode(
                    operand: position, reason: "'\(register.name)' needs a REX prefix, which \(bits)-bit code does not have")
            }
            // EVEX.R' and EVEX.V' must be 1 outside 64-bit mode (SDM vol. 2 §2.7.1).
            if register.needsEVEX, register.isVector {
                throw .unavailableInMode(
                    operand: position, reason: "'\(register.name)' is one of registers 16–31, which \(bits)-bit code does not have")
            }
        }
        // `jmp dword [bx]` is near (FF /4 with a 66); only `far` reaches FF /5's m16:16.
        // (A far branch has the pointer as its one operand; `les`/`lds` name theirs by the register.)
        var readsFarPointer = false
        if form.operandCount == 1, case .farMemory = form.operandPattern(0) { readsFarPointer = true }
        let far = instruction.branchWidth == .far
        if readsFarPointer, !far {
            throw .unavailableInMode(operand: nil, reason: "a far pointer in memory is written 'far' ('jmp far [bx]')")
        }
        if far, !readsFarPointer {
            throw .unavailableInMode(operand: nil, reason: "'far' needs a far pointer in memory")
        }
        let size = form.legacyOperandSize
        if size == 64 {
            throw .unavailableInMode(operand: nil, reason: "'\(name)' with 64-bit operands exists only in 64-bit code")
        }
        // A stack form of 64-bit mode takes the mode's size here: its imm32 would be read as 16 bits.
        if mode == .bits16, form.attributes.contains(.defaultOperandSize64), form.firstImmediateSize == .dword,
           instruction.immediateSizing.operandBits != 32 {
            throw .unavailableInMode(operand: nil, reason: "a 32-bit immediate would be read as 16 bits in 16-bit code")
        }
    }

    /// NASM's lone sized immediate (`push word 5`, `jmp dword 0x8:0x1000`): whether the form has
    /// that operand size, with a 66 where it is not the mode's (a stack form without a size of
    /// its own, `6A ib`, takes whichever the 66 gives it). Returns whether the 66 is written.
    func sizedImmediateNeedsOperandSizePrefix(_ form: EncodingForm, bits: UInt8) throws(EncodingError) -> Bool {
        let stack = form.attributes.contains(.defaultOperandSize64)
        var own: UInt8
        var bits = bits
        var standard = mode.defaultOperandBits
        if mode == .bits64 {
            // A stack form is 64 bits, or 16 with a 66. There is no 32-bit push: NASM reads
            // `push dword 5` as the 64-bit push of a sign-extended imm8 or imm32.
            own = form.rexW ? 64 : form.operandSize16 ? 16 : stack ? 64 : form.legacyOperandSize
            if stack {
                standard = 64
                if bits == 32 { bits = 64 }
                if bits == 16, !form.operandSize16, form.firstImmediateSize == .byte { own = 0 }
            }
        } else {
            own = form.legacyOperandSize
            if own == 0, stack, form.firstImmediateSize == .dword { own = 32 }
        }
        if own != 0, own != bits {
            throw .immediateSizeMismatch(operand: 0, reason: "no form of this instruction has a \(bits)-bit operand with this immediate")
        }
        if bits != 16, bits != 32, bits != 64 || mode != .bits64 {
            throw .immediateSizeMismatch(operand: 0, reason: "a \(bits)-bit operand does not exist in \(mode.bits)-bit code")
        }
        return bits != standard
    }

    /// True when the form's operand size is not the mode's default, so a 66 selects it.
    @inline(__always)
    func needsOperandSizePrefix(_ form: EncodingForm) -> Bool {
        let size = form.legacyOperandSize
        return (size == 16 || size == 32) && size != mode.defaultOperandBits
    }

    /// True when an `a16`/`a32` form's address size is not the mode's default (a 67 selects it).
    func formAddressSizeDiffers(_ form: EncodingForm) -> Bool {
        (form.addressSize32 && mode.defaultAddressBits != 32) || (form.addressSize16 && mode.defaultAddressBits != 16)
    }

    /// ``rank(_:)`` outside 64-bit mode: a form of the mode's own operand size comes before one
    /// that needs a 66, whatever their lengths, as NASM and llvm-mc choose (`jmp label` is
    /// `E9 cd` in 32-bit code, not the shorter `66 E9 cw`; `push 0x1234` is `68 id`). A
    /// last-resort row of 64-bit mode (`o16 68 iw`) is an ordinary one where its size is the default.
    func legacyRank(_ form: EncodingForm) -> Int {
        let size = form.legacyOperandSize
        let mismatched = (size == 16 || size == 32) && size != mode.defaultOperandBits
        var rank = form.vex?.isEVEX == true ? 1 : 0
        if form.attributes.contains(.lastResort), size == 0 || mismatched { rank = 2 }
        return mismatched ? rank + 1 : rank
    }

    /// True when `form` decides the width of an unsized memory operand (`push [bx]`, `jmp [rax]`):
    /// a stack or branch form (`d64`) of the mode's own operand size.
    func settlesSize(_ form: EncodingForm) -> Bool {
        guard form.attributes.contains(.defaultOperandSize64) else { return false }
        return mode == .bits64 || form.legacyOperandSize == mode.defaultOperandBits
    }

    /// A string instruction's operand (`movsb` with `[si]`, `[edi]`): no 64-bit registers here.
    func checkStringAddress(_ memory: Memory, position: Int) throws(EncodingError) {
        if let base = memory.base, base.kind == .gp64 {
            throw .unavailableInMode(
                operand: position, reason: "'\(base.name)' is a 64-bit register, which \(mode.bits)-bit code does not have")
        }
    }

    /// `jmp 0x0:0x7c00`: the offset (16 or 32 bits, as the form says), then the selector.
    func encodeFarPointer(
        _ form: EncodingForm, position: Int, selector: UInt16, offset: UInt32, into fields: inout EncodingFields
    ) throws(EncodingError) {
        let width = form.firstImmediateSize ?? .dword
        if width == .word, offset > 0xFFFF {
            throw .immediateOutOfRange(operand: position, value: Int64(offset), range: 0...0xFFFF)
        }
        fields.immediate = Int64(offset)
        fields.immediateSize = width.bytes
        fields.secondImmediate = Int64(selector)
        fields.secondImmediateSize = 2
    }

    /// Fills ModRM, SIB and the displacement for `memory` in 16- or 32-bit code, with a 67 when
    /// the address's size is not the mode's (`[eax]` in 16-bit code, `[bx+si]` in 32-bit code).
    /// An address of no registers takes the mode's size.
    func encodeLegacyMemory(
        _ memory: Memory, position: Int, into fields: inout EncodingFields, forceSIB: Bool, compression: Int
    ) throws(EncodingError) {
        func invalid(_ reason: String) -> EncodingError { .invalidMemoryOperand(operand: position, reason: reason) }
        var addressBits = mode.defaultAddressBits
        for register in [memory.base, memory.index] {
            guard let register else { continue }
            switch register.kind {
            case .gp16: addressBits = 16
            case .gp32: addressBits = 32
            case .gp64, .rip:
                throw .unavailableInMode(
                    operand: position,
                    reason: "'\(register.name)' is a 64-bit register, which \(mode.bits)-bit code does not have")
            case .eip:
                throw .unavailableInMode(operand: position, reason: "\(mode.bits)-bit code has no EIP-relative addresses")
            default:
                // A VSIB index: the address is a 32-bit one, its index one of the first eight.
                if register.isVector, register == memory.index {
                    if register.number >= 8 {
                        throw .unavailableInMode(
                            operand: position, reason: "'\(register.name)' needs a REX or EVEX bit, which \(mode.bits)-bit code does not have")
                    }
                    addressBits = 32
                    continue
                }
                throw invalid("'\(register.name)' cannot be \(register == memory.base ? "a base" : "an index") register")
            }
        }
        if let base = memory.base, let index = memory.index, !index.isVector, base.kind != index.kind {
            throw invalid("base and index registers must have the same width")
        }
        if addressBits != mode.defaultAddressBits { fields.addressSizePrefix = true }
        if addressBits == 16 {
            try encode16BitAddress(memory, position: position, into: &fields, compression: compression)
        } else {
            try encode32BitAddress(memory, position: position, into: &fields, forceSIB: forceSIB, compression: compression)
        }
    }

    /// An address or displacement of `bytes` bytes holds it signed or unsigned: a 16-bit one
    /// -0x8000...0xffff (NASM truncates a wider one with a warning; the processor would read
    /// another address), a 32-bit one -2^31...2^32-1.
    func checkAddressWidth(_ value: Int64, bytes: Int, position: Int) throws(EncodingError) {
        let bits = Int64(bytes * 8)
        guard -(Int64(1) << (bits - 1))...((Int64(1) << bits) - 1) ~= value else {
            if bytes == 2 {
                let hex = String(value, radix: 16)
                throw .invalidMemoryOperand(
                    operand: position,
                    reason: "address 0x\(hex) does not fit in a 16-bit address (-0x8000...0xffff); a 32-bit register and a 67 prefix give 32-bit addresses")
            }
            throw .displacementOutOfRange(operand: position, value: value)
        }
    }

    /// The 16-bit ModRM table (SDM vol. 2, table 2-1): rm names one of eight base-and-index
    /// pairs, [bp] alone needs mod=01 and a zero disp8 (mod=00 rm=110 is a bare disp16), and
    /// there is neither SIB nor scale. An EVEX form's disp8 counts units of `compression` (its
    /// N), as with 32-bit addresses.
    private func encode16BitAddress(
        _ memory: Memory, position: Int, into fields: inout EncodingFields, compression: Int
    ) throws(EncodingError) {
        func invalid(_ reason: String) -> EncodingError { .invalidMemoryOperand(operand: position, reason: reason) }
        let reg = fields.modRM ?? 0
        guard memory.scale == 1 else {
            throw invalid("16-bit addresses have no scale")
        }
        // Register numbers: bx 3, bp 5, si 6, di 7.
        let registers = [memory.base, memory.index].compactMap { $0 }.map(\.number)
        let rm: UInt8?
        switch Set(registers) {
        case [3, 6]: rm = 0b000
        case [3, 7]: rm = 0b001
        case [5, 6]: rm = 0b010
        case [5, 7]: rm = 0b011
        case [6]: rm = registers.count == 1 ? 0b100 : nil
        case [7]: rm = registers.count == 1 ? 0b101 : nil
        case [5]: rm = registers.count == 1 ? 0b110 : nil
        case [3]: rm = registers.count == 1 ? 0b111 : nil
        case []: rm = nil
        default:
            throw invalid("a 16-bit address is bx or bp, plus si or di, plus a displacement")
        }
        let displacement = memory.displacement
        try checkAddressWidth(displacement, bytes: 2, position: position)
        guard let rm else {
            if !registers.isEmpty { throw invalid("a 16-bit address is bx or bp, plus si or di, plus a displacement") }
            fields.modRM = reg | 0b00_000_110
            fields.displacement = displacement
            fields.displacementSize = 2
            return
        }
        let size: Int
        var stored = displacement
        if compression > 0 { fields.displacementScale = compression }
        if memory.displacementIsSymbolic {
            size = 2
        } else if displacement == 0 && rm != 0b110 {
            size = 0
        } else if compression > 1 {
            let units = displacement / Int64(compression)
            let fits = displacement % Int64(compression) == 0 && -128...127 ~= units
            size = fits ? 1 : 2
            if fits { stored = units }
        } else if -128...127 ~= displacement {
            size = 1
        } else {
            size = 2
        }
        fields.modRM = reg | (size == 0 ? 0b00 : size == 1 ? 0b01 : 0b10) << 6 | rm
        fields.displacement = stored
        fields.displacementSize = size
    }

    /// 32-bit addressing as in 64-bit mode (SDM vol. 2, tables 2-2 and 2-3), but mod=00 rm=101
    /// is a bare disp32 rather than RIP-relative, so an absolute address needs no SIB.
    private func encode32BitAddress(
        _ memory: Memory, position: Int, into fields: inout EncodingFields, forceSIB: Bool, compression: Int
    ) throws(EncodingError) {
        func invalid(_ reason: String) -> EncodingError { .invalidMemoryOperand(operand: position, reason: reason) }
        let reg = fields.modRM ?? 0
        guard memory.scale == 1 || memory.scale == 2 || memory.scale == 4 || memory.scale == 8 else {
            throw invalid("scale must be 1, 2, 4 or 8")
        }
        if let index = memory.index, !index.isVector, index.number == 4 {
            throw invalid("'\(index.name)' cannot be an index register")
        }
        let displacement = memory.displacement
        guard Int64(Int32.min)...Int64(UInt32.max) ~= displacement else {
            throw .displacementOutOfRange(operand: position, value: displacement)
        }
        if compression > 0 { fields.displacementScale = compression }
        guard let base = memory.base else {
            if let index = memory.index {
                fields.modRM = reg | 0b00_000_100
                fields.sib = Encoder.scaleBits(memory.scale) << 6 | index.lowBits << 3 | 0b101
            } else {
                fields.modRM = reg | 0b00_000_101
            }
            fields.displacement = displacement
            fields.displacementSize = 4
            return
        }
        Encoder.placeBasedAddress(memory, base: base, reg: reg, forceSIB: forceSIB, compression: compression, into: &fields)
    }
}
