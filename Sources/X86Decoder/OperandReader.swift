import X86

/// Reads the operands of a chosen form out of its fields: each role names the field, each
/// operand class the kind of register or the width of memory.
struct OperandReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let header: InstructionHeader
    let index: DecoderIndex
    let position: Int
    let layout: FieldLayout
    let address: Int64
    private(set) var relativeOperand: Int?

    /// The chosen form, read in place rather than copied (it is large, and read field by field).
    var form: EncodingForm {
        @inline(__always) get { index.forms[position] }
    }
    private var stringSegmentPrefix: Register?

    init(bytes: UnsafeBufferPointer<UInt8>, header: InstructionHeader, index: DecoderIndex, position: Int, layout: FieldLayout,
         address: Int64) {
        self.bytes = bytes
        self.header = header
        self.index = index
        self.position = position
        self.layout = layout
        self.address = address
    }

    /// Little-endian, `size` bytes at `offset`, zero-extended.
    private func unsigned(at offset: Int, size: Int) -> UInt64 {
        var value: UInt64 = 0
        for k in 0..<size { value |= UInt64(bytes[offset + k]) << (UInt64(k) * 8) }
        return value
    }

    private func signed(at offset: Int, size: Int) -> Int64 {
        let value = unsigned(at: offset, size: size)
        let shift = UInt64(64 - size * 8)
        return Int64(bitPattern: value << shift) >> Int64(shift)
    }

    mutating func read() -> Result<DecodedInstruction, DecodingError> {
        var operands = OperandList()
        var immediateCursor = layout.immediateOffset
        var is4: UInt8 = 0
        if form.registerInImmediate {
            is4 = bytes[immediateCursor]
            if form.firstImmediateSize == nil { immediateCursor += 1 }
        }
        var immediateIndex = 0
        var memorySeen = false
        var memoryPosition: Int?
        for i in 0..<form.operandCount {
            let pattern = form.pattern(i)
            let operand: Operand
            switch form.role(i) {
            case .reg:
                let number = layout.reg | header.r << 3 | header.rHigh << 4
                guard let register = register(pattern, number) else { return .failure(bad("ModRM.reg names no register of this kind")) }
                operand = .register(register)
            case .rm, .regAndRM:
                if layout.mod == 3 {
                    let number = layout.rm | header.b << 3 | (header.space == .evex ? header.x << 4 : 0)
                    guard let register = register(pattern, number) else { return .failure(bad("ModRM.rm names no register of this kind")) }
                    operand = .register(register)
                } else {
                    operand = .memory(memory(pattern))
                    memorySeen = true
                    memoryPosition = i
                }
            case .vvvv:
                guard let register = register(pattern, header.vvvv) else { return .failure(bad("vvvv names no register of this kind")) }
                operand = .register(register)
            case .registerInImmediate:
                guard let register = register(pattern, is4 >> 4) else { return .failure(bad("imm8[7:4] names no register of this kind")) }
                operand = .register(register)
            case .opcodeRegister:
                let low = bytes[layout.lastOpcodeOffset] & 7
                let number = isGeneralPurpose(pattern) ? low | header.b << 3 : low
                guard let register = register(pattern, number) else { return .failure(bad("the opcode names no register of this kind")) }
                operand = .register(register)
            case .immediate:
                let size = form.immediateSize(immediateIndex) ?? pattern.size ?? .byte
                if header.isLegacyMode, case .farPointer = pattern {
                    // `ptr16:16` or `ptr16:32`: the offset, then the selector.
                    let offset = UInt32(unsigned(at: immediateCursor, size: size.bytes))
                    let selector = UInt16(unsigned(at: immediateCursor + size.bytes, size: 2))
                    operand = .farPointer(selector: selector, offset: offset)
                    immediateCursor += size.bytes + 2
                    immediateIndex += 2
                } else if immediateIndex == 0, form.registerInImmediate {
                    operand = .imm(Int64(is4 & 15))
                    immediateCursor += 1
                } else {
                    operand = .imm(immediateValue(at: immediateCursor, size: size))
                    immediateCursor += size.bytes
                }
                immediateIndex += 1
            case .relative:
                let size = form.relativeSize ?? .dword
                let displacement = signed(at: layout.length - size.bytes, size: size.bytes)
                let target = address &+ Int64(layout.length) &+ displacement
                // Outside 64-bit mode the instruction pointer has 32 bits, and llvm-objdump
                // wraps a target there (GNU objdump wraps a rel16 one to 16 bits).
                operand = .imm(header.isLegacyMode ? Int64(UInt32(truncatingIfNeeded: target)) : target)
                relativeOperand = i
            case .offset:
                let size = header.addressKind == .gp64 ? 8 : header.addressKind == .gp32 ? 4 : 2
                let value = Int64(bitPattern: unsigned(at: immediateCursor, size: size))
                immediateCursor += size
                var memory = Memory(size: pattern.memorySize, displacement: value)
                memory.segment = segmentOverride
                operand = .memory(memory)
                memorySeen = true
            case .implicit:
                switch pattern {
                case .fixed(let register): operand = .register(register)
                case .constant(let value): operand = .imm(value)
                case .stringMemory(let size, let fixed):
                    var memory = Memory(size: size, base: Register(header.addressKind, fixed.registerNumber))
                    // The destination is always ES; llvm-objdump says so. An override before a
                    // repeat prefix, or of DS (the default, which a memory operand would not
                    // spell), is kept as a prefix word so that it is written back where it was.
                    if !fixed.allowsSegmentOverride {
                        memory.segment = Register(.segment, 0)
                    } else if header.segmentBeforeRepeat || header.segmentPrefix == 0x3E {
                        stringSegmentPrefix = segmentOverride
                    } else {
                        memory.segment = segmentOverride
                    }
                    operand = .memory(memory)
                    memorySeen = true
                default:
                    return .failure(bad("the form has an implicit operand the decoder cannot name"))
                }
            }
            operands.append(operand)
        }

        if let position = memoryPosition, case .vectorIndexedMemory = form.pattern(position) {
            sizeVectorIndexedMemory(&operands, position)
        }
        var instruction = Instruction(Mnemonic(id: form.mnemonic), operands)
        if relativeOperand != nil, let size = form.relativeSize {
            instruction.branchWidth = size == .byte ? .short : .near
        }
        // Outside 64-bit mode a far pointer in memory is written `far` (`jmp far [bx]`), which
        // tells it from a near branch through a pointer of the same width.
        if header.isLegacyMode, form.operandCount == 1, case .farMemory = form.pattern(0) { instruction.branchWidth = .far }
        applyDecorations(&instruction, memoryPosition: memoryPosition)
        applyPrefixWords(&instruction, hasMemory: memorySeen)
        if let stringSegmentPrefix { instruction.segmentPrefix = stringSegmentPrefix }
        var decoded = DecodedInstruction(
            instruction: instruction, length: layout.length, address: address, formIndex: form.index,
            relativeOperand: relativeOperand)
        if header.isLegacyMode {
            decoded.mode = header.mode
            decoded.operand16 = header.operand16
        }
        for i in 0..<form.operandCount {
            if case .farMemory = form.pattern(i) { decoded.showsMemorySize = false }
        }
        // Outside 64-bit mode a far branch's offset size is shown when it is not the mode's.
        if instruction.branchWidth == .far {
            decoded.showsMemorySize = index.legacySizes[position].operand != header.mode.defaultOperandBits
        }
        if let position = memoryPosition {
            if case .vectorIndexedMemory = form.pattern(position) {} else { decoded.zeroIndex = zeroIndex }
        }
        return .success(decoded)
    }

    /// The redundant index of a SIB byte, as llvm-objdump decides it (X86Disassembler's
    /// translateRMMemory): an index field of 100 without REX.X names no register, and is shown
    /// as the zero register when the SIB was not needed: a scale other than 1, or a base other
    /// than rsp/r12 (whose encoding in ModRM.rm means "a SIB follows"). With no base (mod 00,
    /// base 101) and a scale of 1 the SIB is 64-bit mode's way to an absolute `[disp32]`.
    private var zeroIndex: DecodedInstruction.ZeroIndex? {
        guard let sib = layout.sib, sib >> 3 & 7 == 4, header.x == 0 else { return nil }
        let scale: UInt8 = 1 << (sib >> 6)
        let hasBase = !(layout.mod == 0 && sib & 7 == 5)
        guard scale != 1 || (hasBase && sib & 7 != 4) else { return nil }
        return .init(name: header.addressKind == .gp64 ? "riz" : "eiz", scale: scale)
    }

    /// A gather or scatter moves one data element per index: llvm-objdump sizes the address by
    /// all of them (`vgatherqps xmm0, xmmword ptr [rax + 4*ymm1], xmm2`), the data element
    /// being a qword with W1 and a dword with W0.
    private func sizeVectorIndexedMemory(_ operands: inout OperandList, _ position: Int) {
        guard case .memory(var memory) = operands[position], let index = memory.index, let indexBits = index.size?.bits,
              case .vectorIndexedMemory(_, let element) = form.pattern(position) else { return }
        var bits = indexBits / element.bits * (header.w == 1 ? 64 : 32)
        for operand in operands {
            if case .register(let register) = operand, register.isVector, register != index, let size = register.size {
                bits = min(bits, size.bits)
                break
            }
        }
        memory.size = OperandSize(rawValue: bits)
        operands[position] = .memory(memory)
    }

    private func bad(_ reason: String) -> DecodingError {
        .badModRM(opcode: Hex.byte(bytes[header.opcodeOffset]), modRM: layout.modRM, reason: reason)
    }

    /// The immediate as llvm-objdump shows it: sign-extended where the processor sign-extends
    /// it to a wider operand, where it fills 64 bits, where it is the byte operand of a byte
    /// operation, and for the stack sizes of `ret`, `retf`, `enter` and the code of `xabort`;
    /// otherwise (shift counts, ports, vector selectors, full-width 16- and 32-bit values) the
    /// field's unsigned value.
    private func immediateValue(at offset: Int, size: OperandSize) -> Int64 {
        let bytesWide = size.bytes
        if bytesWide >= 8 { return signed(at: offset, size: 8) }
        let first = form.opcode.first ?? 0
        let primary = form.map == .primary && form.vex == nil
        let shiftOrPort = primary && (first == 0xC0 || first == 0xC1 || (first >= 0xE4 && first <= 0xE7))
        let signedByOpcode = primary && (first == 0xC2 || first == 0xCA || first == 0xC8 || (first == 0xC6 && form.modRM == .none))
        let signExtended = form.attributes.contains(.signExtendsImmediate) || signedByOpcode
            || (size == .byte && form.operandSize == .byte && operatesOnGeneralRegisters && !shiftOrPort)
        return signExtended ? signed(at: offset, size: bytesWide) : Int64(unsigned(at: offset, size: bytesWide))
    }

    private var operatesOnGeneralRegisters: Bool {
        for i in 0..<form.operandCount {
            switch form.pattern(i) {
            case .register, .registerOrMemory, .memory(.byte?): return true
            case .fixed(let register) where register.isGeneralPurpose: return true
            default: continue
            }
        }
        return false
    }

    private func isGeneralPurpose(_ pattern: OperandPattern) -> Bool {
        switch pattern {
        case .register, .registerOrMemory: true
        case .fixed(let register): register.isGeneralPurpose
        default: false
        }
    }

    /// The register `number` names in an operand of class `pattern`.
    private func register(_ pattern: OperandPattern, _ number: UInt8) -> Register? {
        switch pattern {
        case .register(let size), .registerOrMemory(let size, _):
            switch size {
            case .byte:
                if !header.hasREX, number >= 4, number < 8 { return Register(.gp8High, number) }
                return number < 16 ? Register(.gp8, number) : nil
            case .word: return number < 16 ? Register(.gp16, number) : nil
            case .dword: return number < 16 ? Register(.gp32, number) : nil
            case .qword: return number < 16 ? Register(.gp64, number) : nil
            default: return nil
            }
        case .registerOfKind(let kind), .registerOfKindOrMemory(let kind, _), .broadcastable(let kind?, _, _):
            switch kind {
            case .mmx, .x87, .mask, .tile: return Register(kind, number & 7)
            case .xmm, .ymm, .zmm: return header.space == .evex ? Register(kind, number & 31) : Register(kind, number & 15)
            default: return Register(kind, number)
            }
        case .segmentRegister: return number & 7 < 6 ? Register(.segment, number & 7) : nil
        case .controlRegister: return Register(.control, number & 15)
        case .debugRegister: return Register(.debug, number & 15)
        case .fixed(let register): return register
        default: return nil
        }
    }

    /// The segment a prefix overrides, if any.
    private var segmentOverride: Register? {
        switch header.segmentPrefix {
        case 0x26: Register(.segment, 0)
        case 0x2E: Register(.segment, 1)
        case 0x36: Register(.segment, 2)
        case 0x3E: Register(.segment, 3)
        case 0x64: Register(.segment, 4)
        case 0x65: Register(.segment, 5)
        default: nil
        }
    }

    /// The memory operand ModRM, SIB and displacement describe, sized by `pattern`.
    private func memory(_ pattern: OperandPattern) -> Memory {
        let kind = header.addressKind
        var memory = Memory()
        if kind == .gp16 {
            readAddress16(into: &memory)
        } else if let sib = layout.sib {
            let indexNumber = sib >> 3 & 7 | header.x << 3
            if case .vectorIndexedMemory(let vectorKind, _) = pattern {
                let high: UInt8 = header.space == .evex ? (header.vvvv >> 4) << 4 : 0
                memory.index = Register(vectorKind, indexNumber | high)
            } else if indexNumber != 4 {
                memory.index = Register(kind, indexNumber)
            }
            // Without an index the scale scales nothing (see `zeroIndex`, which keeps it for the text).
            if memory.index != nil { memory.scale = 1 << (sib >> 6) }
            if !(layout.mod == 0 && sib & 7 == 5) { memory.base = Register(kind, sib & 7 | header.b << 3) }
        } else if layout.mod == 0, layout.rm == 5 {
            // RIP-relative in 64-bit mode; outside it a bare disp32.
            if !header.isLegacyMode { memory.base = header.addressSizePrefix ? Register(.eip, 5) : .rip }
        } else {
            memory.base = Register(kind, layout.rm | header.b << 3)
        }
        if layout.displacementSize > 0 {
            var displacement = signed(at: layout.displacementOffset, size: layout.displacementSize)
            let unit = Int64(header.space == .evex ? compressionUnit(pattern) : 1)
            if layout.displacementSize == 1 { displacement *= unit }
            if memory.base == nil, memory.index == nil {
                if kind == .gp32 { displacement = Int64(UInt32(truncatingIfNeeded: displacement)) }
                if kind == .gp16 { displacement = Int64(UInt16(truncatingIfNeeded: displacement)) }
            }
            memory.displacement = displacement
            // A two- or four-byte displacement a byte would hold (as a linker leaves `[rax + label]`):
            // marked as not yet known, the encoder keeps all four bytes.
            if layout.displacementSize >= 2, memory.base != nil, !memory.isRIPRelative, displacement % unit == 0,
               Int8(exactly: displacement / unit) != nil {
                memory.displacementIsSymbolic = true
            }
        }
        memory.size = pattern.memorySize
        if header.space == .evex, header.broadcastOrRounding, case .broadcastable(_, let size, let element) = pattern {
            memory.size = element
            memory.broadcast = UInt8(size.bits / element.bits)
        }
        memory.segment = segmentOverride
        return memory
    }

    /// The registers of a 16-bit ModRM.rm (SDM vol. 2, table 2-1): bx or bp, then si or di;
    /// mod=00 rm=110 names none (a bare disp16).
    private func readAddress16(into memory: inout Memory) {
        let bx = Register(.gp16, 3), bp = Register(.gp16, 5), si = Register(.gp16, 6), di = Register(.gp16, 7)
        switch layout.rm {
        case 0: memory.base = bx; memory.index = si
        case 1: memory.base = bx; memory.index = di
        case 2: memory.base = bp; memory.index = si
        case 3: memory.base = bp; memory.index = di
        case 4: memory.base = si
        case 5: memory.base = di
        case 6: if layout.mod != 0 { memory.base = bp }
        default: memory.base = bx
        }
    }

    /// EVEX's N, the unit of a one-byte displacement (SDM Vol. 2, 2.7.5): the element when it
    /// is broadcast, the fixed width of a scalar tuple, else the memory the form reads.
    private func compressionUnit(_ pattern: OperandPattern) -> Int {
        let tuple = form.vex?.tuple ?? .none
        if !header.broadcastOrRounding, let fixed = tuple.fixedScale { return fixed }
        switch pattern {
        case .broadcastable(_, let size, let element): return header.broadcastOrRounding ? element.bytes : size.bytes
        case .vectorIndexedMemory: return header.w == 1 ? 8 : 4
        default: return pattern.memorySize?.bytes ?? 1
        }
    }

    /// The EVEX opmask, zeroing and rounding, as the instruction's decorations.
    private func applyDecorations(_ instruction: inout Instruction, memoryPosition: Int?) {
        guard header.space == .evex else { return }
        instruction.decorations.opmask = header.opmask
        instruction.decorations.zeroing = header.zeroing
        if header.broadcastOrRounding, memoryPosition == nil, let vex = form.vex {
            switch vex.rounding {
            case .embeddedRounding: instruction.decorations.rounding = EmbeddedRounding(rawValue: header.length)
            case .suppressExceptions: instruction.decorations.rounding = .suppressExceptions
            case .none: break
            }
        }
    }

    /// The prefixes the form does not consume, as prefix words (`lock`, `rep`, `data16`…).
    private func applyPrefixWords(_ instruction: inout Instruction, hasMemory: Bool) {
        let attributes = form.attributes
        var prefixes: PrefixSet = []
        if header.lock { prefixes.insert(.lock) }
        if header.space == .legacy, form.mandatoryPrefix != .pF2, form.mandatoryPrefix != .pF3 {
            let elides = hasMemory && ((header.lock && attributes.contains(.hardwareLockElision)) || attributes.contains(.implicitlyLocked))
            if header.sawF3 {
                if elides {
                    prefixes.insert(.xrelease)
                } else if attributes.contains(.releasingStore), !attributes.contains(.repeatable), hasMemory {
                    prefixes.insert(.xrelease)
                } else {
                    prefixes.insert(.rep)
                }
            }
            if header.sawF2 {
                if elides {
                    prefixes.insert(.xacquire)
                } else if attributes.contains(.boundable) {
                    prefixes.insert(.bnd)
                } else {
                    prefixes.insert(.repne)
                }
            }
        }
        if header.space == .legacy, header.isLegacyMode {
            // A 66 that selects the form's operand size is the form's; one the form has no use
            // for is a word of its own, except beside a word register in 32-bit code (`mov ds, ax`
            // is `66 8e d8` there, as llvm-mc and GNU as write it).
            if header.operandSizePrefix, index.legacySizes[position].operand == 0, form.mandatoryPrefix != .p66,
               !(header.mode == .bits32 && namesWordRegister(instruction)) {
                prefixes.insert(.data16)
            }
        } else if header.space == .legacy {
            if header.operandSizePrefix, !form.operandSize16, form.mandatoryPrefix != .p66 { prefixes.insert(.data16) }
            // A form the encoder takes only when asked (`push imm16`): the 66 asks for it.
            if form.operandSize16, attributes.contains(.lastResort) { prefixes.insert(.data16) }
            if header.w == 1, !form.rexW { prefixes.insert(.rex64) }
            if header.hasREX, header.rex & 0x0F == 0, !needsREX(instruction) { prefixes.insert(.rex) }
        }
        // EVEX bytes stay EVEX when written back, even where VEX would do (`{evex} vmovd`).
        if header.space == .evex { prefixes.insert(.evex) }
        // A VEX form the encoder takes only when asked (AVX-VNNI's): `{vex}`, as llvm-objdump shows it.
        if header.space == .vex, attributes.contains(.lastResort) { prefixes.insert(.vex) }
        if header.addressSizePrefix, !form.addressSize32, !form.addressSize16, !hasMemory || !addressesWithRegisters(instruction) {
            prefixes.insert(.addr32)
        }
        if header.segmentPrefix == 0x3E, attributes.contains(.notrackable) {
            prefixes.insert(.notrack)
            for i in 0..<instruction.operands.count {
                if case .memory(var memory) = instruction.operands[i], memory.segment?.number == 3 {
                    memory.segment = nil
                    instruction.operands[i] = .memory(memory)
                }
            }
        } else if !hasMemory, let segment = segmentOverride {
            instruction.segmentPrefix = segment
        }
        instruction.prefixes = prefixes
    }

    /// Whether some memory operand names a register, which then carries the address size.
    private func addressesWithRegisters(_ instruction: Instruction) -> Bool {
        instruction.operands.contains { operand in
            if case .memory(let memory) = operand { return memory.base != nil || memory.index != nil }
            return false
        }
    }

    private func namesWordRegister(_ instruction: Instruction) -> Bool {
        instruction.operands.contains { operand in
            if case .register(let register) = operand { return register.kind == .gp16 }
            return false
        }
    }

    private func needsREX(_ instruction: Instruction) -> Bool {
        instruction.operands.contains { operand in
            if case .register(let register) = operand { return register.requiresREX }
            return false
        }
    }
}
