import X86

/// The bytes a remembered form gives every instruction of one ``EncodingShape``, with the holes
/// that the instruction's register numbers, displacement and immediate fill.
///
/// Within a shape the prefixes, map escape and opcode are the same for every instruction, and so
/// is whatever of the REX byte the form and the shape decide (REX.W, a REX that `spl`…`dil`
/// need), so they are laid out once, when the shape is remembered; a later instruction of the
/// shape only adds the REX.R, REX.X and REX.B of its registers and fills ModRM, SIB,
/// displacement and immediate; a VEX form's instruction adds its VEX.v̄v̄v̄v̄. Only the common
/// legacy and VEX forms get one: anything with a prefix word, a segment, EVEX, an `/is4`
/// register, a relative or RIP-relative operand, a `moffs`, a string operand, a vector index or a
/// 32-bit address goes through ``Encoder/build(_:_:address:)``.
struct EncodingTemplate: Sendable, Hashable {
    /// Prefixes, escape and opcode, first byte lowest, without the REX byte, which goes after
    /// the first `rexPosition` bytes; `headerCount == 0` means no template.
    var header: UInt64 = 0
    var headerCount: UInt8 = 0
    var rexPosition: UInt8 = 0
    /// The REX byte before the registers' bits: 0 when the form and shape need none, else
    /// `0100W000`.
    var rexBase: UInt8 = 0
    /// An operand is `ah`…`bh`, which no instruction with a REX byte can name.
    var namesHighByte = false
    /// ModRM's reg field from an opcode extension (`/digit`), shifted in place.
    var modRMBase: UInt8 = 0
    var hasModRM = false
    /// For each operand (4 bits each), what it fills: see ``Action``.
    var actions: UInt16 = 0
    var operandCount: UInt8 = 0
    var immediateSize: UInt8 = 0
    /// The accepted immediate values, after `signedBits` (when nonzero) reinterprets the value as
    /// a signed number of that many bits.
    var immediateLow: Int64 = 0
    var immediateHigh: Int64 = 0
    var signedBits: UInt8 = 0
    var excludesAccumulator = false
    /// For a VEX (or XOP) form, 1 + the header byte that holds VEX.v̄v̄v̄v̄; 0 for a legacy form.
    /// R̄, X̄ and B̄ need no filling: a mnemonic with VEX forms keeps the registers' REX bits in
    /// its shape (see ``EncodingShape``), so every instruction of the shape has the same ones.
    var vexPayload: UInt8 = 0

    enum Action: UInt16 {
        case none = 0
        case reg = 1
        case rm = 2
        case opcodeRegister = 3
        case immediate = 4
        case vvvv = 5
    }

    /// Room for the longest instruction a template may lay out, with 8 bytes of slack so that
    /// every field is stored as one word.
    static let maximumLength = 16

    /// The template for instructions shaped like `instruction`, which `form` encoded as `fields`;
    /// nil when the form or the instruction is not one the template covers.
    init?(_ form: EncodingForm, _ instruction: Instruction, _ fields: EncodingFields) {
        guard form.vex?.isEVEX != true, !form.registerOnlyModRM, form.suffix == nil, !form.waitPrefix, !form.hasRelativeOperand, !form.addressSize32,
              !form.attributes.contains(.invalidIn64BitMode),
              instruction.prefixes.rawValue == 0, instruction.segmentPrefix == nil,
              fields.repeatPrefix == nil, !fields.notrackPrefix, fields.segmentPrefix == nil,
              !fields.addressSizePrefix, !fields.lockPrefix, fields.secondImmediateSize == 0,
              (fields.vex == nil) == (form.vex == nil), fields.vex.map({ $0.count <= 3 }) ?? true,
              form.operandCount == instruction.operands.count
        else { return nil }
        var actions: UInt16 = 0
        var immediates = 0
        var immediateSize = 0
        var hasOpcodeRegister = false
        var hasVVVV = false
        for position in 0..<form.operandCount {
            let operand = instruction.operands[position]
            let action: Action
            switch (form.operandRole(position), operand) {
            case (.reg, .register):
                action = .reg
            case (.rm, .register):
                action = .rm
            case (.rm, .memory(let memory)):
                // Without a base there must be an index: a register-less address may pick a moffs form.
                // `[rip + …]` has neither index nor choice: a disp32 measured from the end.
                let isRIPRelative = memory.base?.kind == .rip && memory.index == nil
                guard memory.segment == nil, isRIPRelative || !memory.displacementIsTarget,
                      isRIPRelative || memory.base?.kind == .gp64 || (memory.base == nil && memory.index != nil),
                      memory.index == nil || memory.index?.kind == .gp64
                else { return nil }
                action = .rm
            case (.vvvv, .register) where fields.vex != nil:
                action = .vvvv
                hasVVVV = true
            case (.opcodeRegister, .register):
                action = .opcodeRegister
                hasOpcodeRegister = true
            case (.immediate, .immediate):
                action = .immediate
                immediates += 1
                immediateSize = fields.immediateSize
            case (.implicit, .register), (.implicit, .immediate):
                action = .none
            default:
                return nil
            }
            actions |= action.rawValue << (UInt16(position) * 4)
        }
        guard immediates <= 1, immediates == 0 || immediateSize > 0 else { return nil }

        // The header is what the general layout gives without the instruction's own fields and
        // without REX; of REX only what does not come from register numbers is kept.
        var bare = fields
        bare.modRM = nil
        bare.sib = nil
        bare.displacementSize = 0
        bare.immediateSize = 0
        bare.rex = nil
        if hasOpcodeRegister { bare.opcodeAddend = 0 }
        if var vex = fields.vex {
            // v̄v̄v̄v̄ (bits 6–3 of the last VEX byte) comes from the instruction when an operand
            // is encoded there (otherwise it stays 1111); the rest stays.
            if hasVVVV { if vex.count == 2 { vex.second &= 0x87 } else { vex.third &= 0x87 } }
            bare.vex = vex
            vexPayload = UInt8(vex.count)
        }
        let bytes = bare.bytes
        guard bytes.count > 0, bytes.count <= 7,
              bytes.count + 1 + 2 + 4 + immediateSize <= EncodingTemplate.maximumLength
        else { return nil }
        var needsREX = false
        for operand in instruction.operands {
            guard case .register(let register) = operand else { continue }
            if register.kind == .gp8, register.number >= 4, register.number < 8 { needsREX = true }
            if register.kind == .gp8High { namesHighByte = true }
        }
        if let rex = fields.rex {
            let wide = rex & 0b1000
            rexBase = wide != 0 || needsREX ? 0x40 | wide : 0
        }
        rexPosition = UInt8((fields.operandSizePrefix ? 1 : 0) + (fields.mandatoryPrefix == nil ? 0 : 1))
        var header: UInt64 = 0
        for i in 0..<bytes.count { header |= UInt64(bytes[i]) << (UInt64(i) * 8) }

        self.header = header
        headerCount = UInt8(bytes.count)
        hasModRM = fields.modRM != nil
        if case .digit(let digit) = form.modRM { modRMBase = digit << 3 }
        self.actions = actions
        operandCount = UInt8(form.operandCount)
        self.immediateSize = UInt8(immediateSize)
        excludesAccumulator = form.attributes.contains(.excludesAccumulator)
        var immediatePosition = -1
        for position in 0..<form.operandCount where form.operandRole(position) == .immediate {
            immediatePosition = position
        }
        if immediatePosition >= 0, let size = form.operandPattern(immediatePosition).size {
            let width = form.firstImmediateSize ?? size
            let signExtended = form.attributes.contains(.signExtendsImmediate)
            let range = Encoder.immediateRange(width: width, operandSize: form.operandSize, signExtended: signExtended)
            immediateLow = range.lowerBound
            immediateHigh = range.upperBound
            signedBits = signExtended && form.operandSize.bits < 64 ? UInt8(form.operandSize.bits) : 0
        } else if immediatePosition >= 0 {
            return nil
        }
    }

    init() {}

    /// Two words: the synthesized hash fed the fields to the hasher one by one, a cost paid by
    /// every newly remembered shape (see ``EncodingCache/remember(_:position:template:)``).
    func hash(into hasher: inout Hasher) {
        hasher.combine(header)
        hasher.combine(UInt64(actions) | UInt64(headerCount) << 16 | UInt64(rexPosition) << 24 | UInt64(rexBase) << 32
            | UInt64(modRMBase) << 40 | UInt64(immediateSize) << 48 | UInt64(vexPayload) << 56)
    }

    /// Whether the header's first two bytes are legacy prefixes (see
    /// ``EncodingDialect/mayOrderPrefixes(_:)``). An instruction's bytes can start with two
    /// prefixes only if its template's header does: the REX byte it may add is no prefix.
    var startsWithTwoPrefixes: Bool {
        EncodingDialect.mayOrderPrefixes(InstructionBytes(low: header, high: 0, count: Int(headerCount)))
    }

    /// The bytes of `instruction` (of the template's shape), or nil when some value needs the
    /// general path (a displacement beyond 32 bits, `rsp` as an index, an immediate out of range),
    /// with `layout` telling where the fields went. `address` is where the instruction starts: a
    /// `[rip + target]` is measured from its end.
    @inline(__always)
    func bytes(of instruction: Instruction, at address: Int64, layout: inout FieldLayout) -> InstructionBytes? {
        bytes(of: instruction.operands, at: address, layout: &layout)
    }

    /// ``bytes(of:at:layout:)`` of the instruction at `instruction`, its operands read in place.
    @inline(__always)
    func bytes(of instruction: UnsafePointer<Instruction>, at address: Int64, layout: inout FieldLayout) -> InstructionBytes? {
        bytes(of: OperandsInPlace(instruction: instruction), at: address, layout: &layout)
    }

    /// ``bytes(of:at:layout:)`` of an instruction with these operands: those of an instruction
    /// read in place are taken one by one, where its list (five places) would be copied whole.
    @inline(__always)
    private func bytes(of operands: some TemplateOperands, at address: Int64, layout: inout FieldLayout) -> InstructionBytes? {
        var word = header
        var count = Int(headerCount)
        var modRM = modRMBase
        var sib: UInt8 = 0
        var hasSIB = false
        var displacement: Int64 = 0
        var displacementSize = 0
        var ripTarget: Int64?
        var immediate: Int64 = 0
        var opcodeAddend: UInt64 = 0
        var rexBits: UInt8 = 0
        var vvvvBits: UInt64 = 0
        var actions = self.actions
        for position in 0..<Int(operandCount) {
            switch actions & 0xF {
            case Action.reg.rawValue:
                guard case .register(let register) = operands[position] else { return nil }
                modRM |= register.lowBits << 3
                rexBits |= (register.number & 8) >> 1
            case Action.rm.rawValue:
                switch operands[position] {
                case .register(let register):
                    modRM |= 0xC0 | register.lowBits
                    rexBits |= (register.number & 8) >> 3
                case .memory(let memory):
                    let value = memory.displacement
                    guard value >= Int64(Int32.min), value <= Int64(Int32.max) else { return nil }
                    if memory.base?.kind == .rip {
                        // mod=00 r/m=101: a disp32 from the end of the instruction.
                        modRM |= 0b00_000_101
                        displacementSize = 4
                        displacement = value
                        if memory.displacementIsTarget { ripTarget = value }
                        break
                    }
                    guard let base = memory.base else {
                        // `[index*scale+disp]`: SIB base=101 with mod=00 means no base and a disp32.
                        guard let index = memory.index, index.number != 4 else { return nil }
                        rexBits |= (index.number & 8) >> 2
                        modRM |= 0b00_000_100
                        sib = Encoder.scaleBits(memory.scale) << 6 | index.lowBits << 3 | 0b101
                        hasSIB = true
                        displacement = value
                        displacementSize = 4
                        break
                    }
                    if memory.displacementIsSymbolic {
                        displacementSize = 4
                    } else if value == 0 && base.lowBits != 0b101 {
                        displacementSize = 0
                    } else if value >= -128 && value <= 127 {
                        displacementSize = 1
                    } else {
                        displacementSize = 4
                    }
                    displacement = value
                    rexBits |= (base.number & 8) >> 3
                    let mod: UInt8 = displacementSize == 0 ? 0 : displacementSize == 1 ? 0b01 : 0b10
                    if let index = memory.index {
                        if index.number == 4 { return nil }
                        rexBits |= (index.number & 8) >> 2
                        modRM |= mod << 6 | 0b100
                        sib = Encoder.scaleBits(memory.scale) << 6 | index.lowBits << 3 | base.lowBits
                        hasSIB = true
                    } else if base.lowBits == 0b100 {
                        modRM |= mod << 6 | 0b100
                        sib = 0b00_100_100
                        hasSIB = true
                    } else {
                        modRM |= mod << 6 | base.lowBits
                    }
                default:
                    return nil
                }
            case Action.opcodeRegister.rawValue:
                guard case .register(let register) = operands[position] else { return nil }
                if excludesAccumulator, register.number == 0 { return nil }
                opcodeAddend = UInt64(register.lowBits)
                rexBits |= (register.number & 8) >> 3
            case Action.vvvv.rawValue:
                guard case .register(let register) = operands[position] else { return nil }
                vvvvBits = UInt64(~register.number & 0xF) << 3
            case Action.immediate.rawValue:
                guard case .immediate(let value) = operands[position] else { return nil }
                var checked = value.value
                if signedBits != 0 {
                    let half = Int64(1) << (signedBits - 1)
                    if checked >= half && checked < 2 * half { checked -= 2 * half }
                }
                guard checked >= immediateLow, checked <= immediateHigh else { return nil }
                immediate = value.value
            default:
                break
            }
            actions >>= 4
        }
        // The addend goes into the last opcode byte, the header's last; a carry would land in the
        // next byte, which is cut off below.
        word &+= opcodeAddend << (UInt64(count &- 1) &* 8)
        let rex = rexBase | rexBits
        if vexPayload != 0 {
            word |= vvvvBits << (UInt64(vexPayload &- 1) &* 8)
        } else if rex != 0 {
            if namesHighByte { return nil }
            // Into its place after the legacy prefixes: the bytes from there on move up one.
            let shift = UInt64(rexPosition) &* 8
            let below = shift == 0 ? 0 : word & (UInt64.max >> (64 &- shift))
            word = below | UInt64(0x40 | rex) << shift | (word >> shift) << (shift &+ 8)
            count &+= 1
        }
        // The header's bytes, then each field cut to its size, put together in registers: bytes
        // stored one by one and read back as words stalled on store forwarding.
        var bytes = UInt128(count >= 8 ? word : word & ((1 &<< UInt64(count &* 8)) &- 1))
        @inline(__always) func place(_ value: UInt64, _ size: Int) {
            let kept = size >= 8 ? value : value & ((1 &<< UInt64(size &* 8)) &- 1)
            bytes |= UInt128(kept) &<< UInt128(count &* 8)
            count &+= size
        }
        if hasModRM { place(UInt64(modRM), 1) }
        if hasSIB { place(UInt64(sib), 1) }
        if let ripTarget {
            let distance = ripTarget &- (address &+ Int64(count &+ displacementSize &+ Int(immediateSize)))
            guard distance >= Int64(Int32.min), distance <= Int64(Int32.max) else { return nil }
            displacement = distance
        }
        layout.displacementOffset = count
        layout.displacementSize = displacementSize
        layout.immediateSize = Int(immediateSize)
        place(UInt64(bitPattern: displacement), displacementSize)
        place(UInt64(bitPattern: immediate), Int(immediateSize))
        return InstructionBytes(low: UInt64(truncatingIfNeeded: bytes), high: UInt64(truncatingIfNeeded: bytes &>> 64), count: count)
    }
}

/// Where an instruction's bytes put its displacement and its immediate: what a fixup patches.
package struct FieldLayout: Sendable {
    package var displacementOffset = 0
    package var displacementSize = 0
    package var immediateSize = 0

    package init() {}
}

/// Where a template reads an instruction's operands from (see ``EncodingTemplate/bytes(of:at:layout:)``).
protocol TemplateOperands {
    subscript(position: Int) -> Operand { get }
}

extension OperandList: TemplateOperands {}

/// The operands of an instruction read where it lies.
struct OperandsInPlace: TemplateOperands {
    let instruction: UnsafePointer<Instruction>

    @inline(__always)
    subscript(position: Int) -> Operand { instruction.pointee.operands[position] }
}
