import X86

extension Encoder {
    /// Builds the fields of `instruction` under `form`, whose operand shapes already match.
    func build(_ form: EncodingForm, _ instruction: Instruction, address: Int64) throws(EncodingError) -> EncodingFields {
        if mode != .bits64 {
            try checkMode(form, instruction)
        } else if form.attributes.contains(.invalidIn64BitMode) {
            let table = instructionSet.forms[form.index]
            // `push cs`, `inc eax` (40+rd): the form names what is missing; `bound` is gone whatever the operands.
            let onlyForm = instructionSet.forms(of: instruction.mnemonic).allSatisfy { $0.attributes.contains(.invalidIn64BitMode) }
            throw .invalidIn64BitMode(mnemonic: (onlyForm ? table.mnemonic : table.syntax).lowercased())
        }
        var fields = EncodingFields()
        let spec = form
        let isEVEX = form.vex?.isEVEX ?? false
        if !isEVEX, let error = Encoder.evexOnlyRequest(instruction, form) { throw error }
        if isEVEX, instruction.prefixes.contains(.vex) {
            throw .decorationNotAllowed(decoration: "{vex}", reason: "this instruction has no VEX form for these operands")
        }
        fields.map = spec.map
        fields.opcodeBytes = spec.opcode
        if let condition = form.condition { fields.opcodeAddend = condition }
        fields.operandSizePrefix = (mode == .bits64 ? spec.operandSize16 : needsOperandSizePrefix(form))
            || instruction.prefixes.contains(.data16)
        if !instruction.immediateSizing.isEmpty, instruction.immediateSizing.operandBits != 0 {
            fields.operandSizePrefix = try sizedImmediateNeedsOperandSizePrefix(form, bits: instruction.immediateSizing.operandBits)
        }
        fields.mandatoryPrefix = spec.mandatoryPrefix.byte
        if case .digit(let digit) = spec.modRM { fields.modRM = digit << 3 }

        var rexW = spec.rexW || instruction.prefixes.contains(.rex64)
        var rexR = false, rexX = false, rexB = false
        var needsREX = instruction.prefixes.contains(.rex)
        var highByteOperand: (Int, Register)?
        var vvvv: UInt8 = 0
        var relativeOperand: (index: Int, target: Int64, size: Int)?
        var ripTarget: Int64?
        var immediateIndex = 0
        // EVEX's fifth register bits: R̄′ (ModRM.reg), X̄ (ModRM.rm when a register), V̄′ (vvvv or
        // a VSIB index); and what the memory operand says for EVEX.b and the VSIB mask rule.
        var regHigh = false, rmHigh = false, vvvvHigh = false
        var broadcastMemory = false, vectorIndexed = false, hasMemory = false
        var stringAddressSize32: Bool?

        func noteByteRegister(_ register: Register, _ position: Int) {
            if register.requiresREX { needsREX = true }
            if register.forbidsREX { highByteOperand = (position, register) }
        }

        for position in 0..<form.operandCount {
            let operand = instruction.operands[position]
            let pattern = form.operandPattern(position)
            let role = form.operandRole(position)
            if !isEVEX, case .register(let register) = operand, register.needsEVEX {
                throw .registerNeedsEVEX(operand: position, register: register.name)
            }
            switch role {
            case .reg, .regAndRM:
                guard case .register(let register) = operand else { break }
                let number = form.attributes.contains(.maskPair) ? register.lowBits & ~1 : register.lowBits
                fields.modRM = (fields.modRM ?? 0) | number << 3
                rexR = register.isExtended
                regHigh = register.needsEVEX
                noteByteRegister(register, position)
                if role == .regAndRM {
                    fields.modRM = (fields.modRM ?? 0) | 0xC0 | register.lowBits
                    rexB = register.isExtended
                }
            case .rm:
                switch operand {
                case .register(let register):
                    fields.modRM = (fields.modRM ?? 0) | 0xC0 | register.lowBits
                    rexB = register.isExtended
                    rmHigh = register.needsEVEX
                    noteByteRegister(register, position)
                case .memory(let memory):
                    hasMemory = true
                    var compression = 0
                    if isEVEX {
                        broadcastMemory = memory.broadcast != 0
                        compression = Encoder.compressionUnit(pattern, memory, tuple: form.vex?.tuple ?? .none, w: form.vex?.w ?? 0)
                        if case .vectorIndexedMemory = pattern { vectorIndexed = true }
                    }
                    let extensions = try encodeMemory(
                        memory, position: position, into: &fields, instruction: instruction,
                        forceSIB: pattern == .sibMemory, compression: compression)
                    rexX = extensions.x
                    rexB = extensions.b
                    vvvvHigh = vvvvHigh || extensions.v2
                    if memory.isRIPRelative, memory.displacementIsTarget { ripTarget = memory.displacement }
                default:
                    break
                }
            case .vvvv:
                if case .register(let register) = operand {
                    vvvv = register.number & 15
                    vvvvHigh = register.needsEVEX
                }
            case .registerInImmediate:
                guard case .register(let register) = operand else { break }
                // Bits 3:0 stay for an immediate operand of the same byte, if the form has one.
                fields.immediate |= Int64(register.number & 15) << 4
                fields.immediateSize = 1
            case .opcodeRegister:
                guard case .register(let register) = operand else { break }
                // Only 64-bit mode: there `90` is `nop`, which leaves rax's upper half alone.
                if form.attributes.contains(.excludesAccumulator), register.number == 0, mode == .bits64 || register.kind != .gp32 {
                    throw .noMatchingForm(mnemonic: "", operandKinds: [], forms: [])
                }
                fields.opcodeAddend = register.lowBits
                rexB = register.isExtended
                noteByteRegister(register, position)
            case .immediate:
                if case .farPointer(let selector, let offset) = operand {
                    try encodeFarPointer(form, position: position, selector: selector, offset: offset, into: &fields)
                    immediateIndex = 2
                    break
                }
                guard case .immediate(let immediate) = operand, let size = pattern.size else { break }
                let width = (immediateIndex == 0 ? form.firstImmediateSize : immediateIndex == 1 ? form.secondImmediateSize : nil) ?? size
                let strict = instruction.immediateSizing.strictBytes
                if strict != 0, immediateIndex == 0, width.bytes != Int(strict) {
                    throw .immediateSizeMismatch(
                        operand: position, reason: "no form of this instruction has a \(Int(strict) * 8)-bit immediate here")
                }
                // With a written 66 the CPU reads a 16-bit immediate where the form has a 32-bit one.
                if width == .dword, instruction.prefixes.contains(.data16), !spec.operandSize16 {
                    throw .prefixNotAllowed(prefix: "data16", reason: "the 32-bit immediate would be read as 16 bits")
                }
                let range = Encoder.immediateRange(
                    width: width, operandSize: form.operandSize,
                    signExtended: form.attributes.contains(.signExtendsImmediate))
                if immediate.isSymbolic && width.bits < 32 && form.operandSize.bits >= 32 {
                    throw .immediateOutOfRange(operand: position, value: immediate.value, range: range)
                }
                let signExtended = form.attributes.contains(.signExtendsImmediate)
                let checked = signExtended ? Encoder.signedValue(immediate.value, operandSize: form.operandSize) : immediate.value
                guard range.contains(checked) else {
                    throw .immediateOutOfRange(operand: position, value: immediate.value, range: range)
                }
                if immediateIndex == 0, spec.registerInImmediate {
                    // The low four bits of a byte whose high four name a register.
                    guard 0...15 ~= immediate.value else {
                        throw .immediateOutOfRange(operand: position, value: immediate.value, range: 0...15)
                    }
                    fields.immediate |= immediate.value
                    fields.immediateSize = 1
                } else if immediateIndex == 0 {
                    fields.immediate = immediate.value
                    fields.immediateSize = width.bytes
                } else {
                    fields.secondImmediate = immediate.value
                    fields.secondImmediateSize = width.bytes
                }
                immediateIndex += 1
            case .relative:
                guard case .immediate(let immediate) = operand, let size = spec.relativeSize ?? pattern.size else { break }
                switch (size, instruction.branchWidth) {
                case (.byte, .near): throw .branchOutOfRange(operand: position, distance: 0)
                case (.dword, .short), (.word, .short): throw .branchOutOfRange(operand: position, distance: 0)
                case (.byte, .automatic) where immediate.isSymbolic:
                    throw .branchOutOfRange(operand: position, distance: 0)
                default: break
                }
                relativeOperand = (position, immediate.value, size.bytes)
                fields.immediateSize = size.bytes
            case .offset:
                guard case .memory(let memory) = operand else { break }
                if let segment = memory.segment {
                    // llvm-mc's order for the moffs forms: 66, then the segment.
                    fields.segmentPrefix = Encoder.segmentPrefixByte(segment)
                    fields.segmentPrefixPlacement = .afterOperandSize
                }
                let addr32 = instruction.prefixes.contains(.addr32)
                fields.addressSizePrefix = addr32 && mode != .bits32
                fields.displacement = memory.displacement
                fields.displacementSize = addr32 ? 4 : mode == .bits64 ? 8 : Int(mode.defaultAddressBits / 8)
                if fields.displacementSize < 8 { try checkAddressWidth(memory.displacement, bytes: fields.displacementSize, position: position) }
            case .implicit:
                switch operand {
                case .register(let register):
                    noteByteRegister(register, position)
                case .memory(let memory):
                    guard case .stringMemory(_, let address) = pattern else { break }
                    let addressSize32 = memory.base?.kind == .gp32
                    if let earlier = stringAddressSize32, earlier != addressSize32 {
                        throw .invalidMemoryOperand(
                            operand: position, reason: "both string operands must use 64-bit or both 32-bit registers")
                    }
                    stringAddressSize32 = addressSize32
                    if mode != .bits64 {
                        try checkStringAddress(memory, position: position)
                        let bits: UInt8 = memory.base?.kind == .gp16 ? 16 : memory.base == nil ? mode.defaultAddressBits : 32
                        if bits != mode.defaultAddressBits {
                            fields.addressSizePrefix = true
                            fields.addressSizePrefixPlacement = .afterOperandSize
                        }
                    } else if addressSize32 {
                        fields.addressSizePrefix = true
                        fields.addressSizePrefixPlacement = .afterOperandSize
                    } else if memory.base?.kind == .gp16 {
                        throw .unavailableInMode(operand: position, reason: "64-bit code has no 16-bit addresses")
                    }
                    // DS is the default for the source and the table; writing it changes nothing.
                    if let segment = memory.segment, address.allowsSegmentOverride, segment != Encoder.defaultDataSegment {
                        fields.segmentPrefix = Encoder.segmentPrefixByte(segment)
                        fields.segmentPrefixPlacement = .afterOperandSize
                    }
                default:
                    break
                }
            }
        }

        // Prefix words come first, in the order they were written (llvm-mc emits each as its own
        // byte before the instruction).
        if let segment = instruction.segmentPrefix {
            let byte = Encoder.segmentPrefixByte(segment)
            if fields.segmentPrefix == nil || fields.segmentPrefix == byte {
                fields.segmentPrefix = byte
                fields.segmentPrefixPlacement = .leading
            }
        }
        if mode != .bits64 {
            if formAddressSizeDiffers(form) { fields.addressSizePrefix = true }
            if instruction.prefixes.contains(.addr32) {
                fields.addressSizePrefix = true
                fields.addressSizePrefixPlacement = .leading
            } else if operandSizeBeforeAddressSize, fields.addressSizePrefixPlacement == .standard {
                fields.addressSizePrefixPlacement = .afterOperandSize
            }
        } else if instruction.prefixes.contains(.addr32) || spec.addressSize32 {
            fields.addressSizePrefix = true
            fields.addressSizePrefixPlacement = instruction.prefixes.contains(.addr32) ? .leading : .standard
        }

        // Prefix words.
        if instruction.prefixes.rawValue != 0, let error = applyPrefixWords(instruction, form, &fields) { throw error }

        if let suffix = spec.suffix { fields.suffixOpcode = suffix }
        if spec.waitPrefix { fields.waitPrefix = true }
        if spec.registerOnlyModRM { fields.modRM = (fields.modRM ?? 0) | 0xC0 }
        if let vex = spec.vex {
            let w = vex.w ?? 0
            if vex.isEVEX {
                let bits = try Encoder.evexPayload(
                    vex, instruction, hasMemory: hasMemory, broadcast: broadcastMemory, vectorIndexed: vectorIndexed)
                let p0 = (rexR ? 0 : 0x80) | (rexX || rmHigh ? 0 : 0x40) | (rexB ? 0 : 0x20) | (regHigh ? 0 : 0x10)
                    | spec.map.rawValue & 7
                let p1 = w << 7 | (~vvvv & 0xF) << 3 | 0x04 | spec.mandatoryPrefix.rawValue
                let p2 = bits | (vvvvHigh ? 0 : 0x08)
                fields.vex = VEXPrefix(first: 0x62, second: p0, third: p1, fourth: p2, count: 4)
            } else if vex.isXOP {
                let second = (rexR ? 0 : 0x80) | (rexX ? 0 : 0x40) | (rexB ? 0 : 0x20) | spec.map.rawValue
                let third = w << 7 | (~vvvv & 0xF) << 3 | vex.length << 2 | spec.mandatoryPrefix.rawValue
                fields.vex = VEXPrefix(first: 0x8F, second: second, third: third, count: 3)
            } else if w == 0, !rexX, !rexB, spec.map == .map0F {
                let second = (rexR ? 0 : 0x80) | (~vvvv & 0xF) << 3 | vex.length << 2 | spec.mandatoryPrefix.rawValue
                fields.vex = VEXPrefix(first: 0xC5, second: second, third: 0, count: 2)
            } else {
                let second = (rexR ? 0 : 0x80) | (rexX ? 0 : 0x40) | (rexB ? 0 : 0x20) | spec.map.rawValue
                let third = w << 7 | (~vvvv & 0xF) << 3 | vex.length << 2 | spec.mandatoryPrefix.rawValue
                fields.vex = VEXPrefix(first: 0xC4, second: second, third: third, count: 3)
            }
            if let (position, register) = highByteOperand {
                throw .highByteRegisterWithREX(operand: position, register: register.name)
            }
        } else {
            if rexW || rexR || rexX || rexB { needsREX = true }
            if needsREX, mode != .bits64 {
                throw .unavailableInMode(operand: nil, reason: "this form needs a REX prefix, which \(mode.bits)-bit code does not have")
            }
            if needsREX {
                if let (position, register) = highByteOperand {
                    throw .highByteRegisterWithREX(operand: position, register: register.name)
                }
                fields.rex = 0x40 | (rexW ? 8 : 0) | (rexR ? 4 : 0) | (rexX ? 2 : 0) | (rexB ? 1 : 0)
            }
        }
        rexW = false

        // Distances are measured from the end of the instruction, so they come last.
        if ripTarget == nil && relativeOperand == nil { return fields }
        let end = address &+ Int64(fields.length)
        if let ripTarget {
            let distance = ripTarget &- end
            guard Int64(Int32.min)...Int64(Int32.max) ~= distance else {
                throw .displacementOutOfRange(operand: 0, value: distance)
            }
            fields.displacement = distance
        }
        if let relative = relativeOperand {
            let distance = relative.target &- end
            let limit: ClosedRange<Int64> = relative.size == 1 ? -128...127 : Int64(Int32.min)...Int64(Int32.max)
            guard limit ~= distance else {
                throw .branchOutOfRange(operand: relative.index, distance: distance)
            }
            // A 16-bit IP wraps within 64 KiB: a target outside the next instruction's 64 KiB is never reached.
            if relative.size == 2, end >> 16 != relative.target >> 16 {
                throw .unavailableInMode(
                    operand: relative.index,
                    reason: "the target is \(distance) bytes away, outside the 64 KiB that a 16-bit IP wraps within")
            }
            fields.immediate = distance
        }
        return fields
    }

    static let evexOnly = "only EVEX (AVX-512) forms take it"

    /// Why a form without EVEX cannot take `instruction`: a decoration or `{evex}` asks for it.
    static func evexOnlyRequest(_ instruction: Instruction, _ form: EncodingForm) -> EncodingError? {
        let reason = evexOnly + ", and this instruction has none for these operands"
        if instruction.prefixes.contains(.evex) { return .decorationNotAllowed(decoration: "{evex}", reason: reason) }
        if instruction.prefixes.contains(.vex), form.vex == nil || form.vex?.isXOP == true {
            return .decorationNotAllowed(decoration: "{vex}", reason: "this form is not VEX-encoded")
        }
        let decorations = instruction.decorations
        if decorations.opmask != 0 { return .decorationNotAllowed(decoration: "{k\(decorations.opmask)}", reason: reason) }
        if decorations.zeroing { return .decorationNotAllowed(decoration: "{z}", reason: reason) }
        if let rounding = decorations.rounding {
            return .decorationNotAllowed(decoration: "{\(rounding.spelling)}", reason: reason)
        }
        return nil
    }

    /// EVEX's N for a memory operand of `pattern` (SDM "Compressed Displacement (disp8*N)"):
    /// the element's width when it is broadcast, the fixed one of a scalar tuple type (which
    /// includes gathers, compress and expand), else the width of the memory the form reads or
    /// writes, which is what the tuple type and vector length make it.
    static func compressionUnit(_ pattern: OperandPattern, _ memory: Memory, tuple: TupleType, w: UInt8) -> Int {
        if memory.broadcast == 0, let fixed = tuple.fixedScale { return fixed }
        switch pattern {
        case .broadcastable(_, let size, let element): return memory.broadcast != 0 ? element.bytes : size.bytes
        case .vectorIndexedMemory: return w == 1 ? 8 : 4
        default: return pattern.memorySize?.bytes ?? 1
        }
    }

    /// EVEX's P2 without V̄′: z, L′L, b and aaa, after checking the decorations against what the
    /// form allows (as llvm-mc and GNU as check them).
    static func evexPayload(
        _ evex: VEXSpec, _ instruction: Instruction, hasMemory: Bool, broadcast: Bool, vectorIndexed: Bool
    ) throws(EncodingError) -> UInt8 {
        var hasMemoryDestination = false
        if let first = instruction.operands.first, case .memory = first { hasMemoryDestination = true }
        let decorations = instruction.decorations
        let mask = decorations.opmask
        if mask != 0, evex.masking == .none {
            throw .decorationNotAllowed(decoration: "{k\(mask)}", reason: "this form takes no opmask")
        }
        if decorations.zeroing {
            if hasMemoryDestination {
                throw .decorationNotAllowed(decoration: "{z}", reason: "a store to memory can only merge")
            }
            guard mask != 0 else { throw .decorationNotAllowed(decoration: "{z}", reason: "zeroing needs an opmask ({k1}…{k7})") }
            guard evex.masking == .mergingOrZeroing else {
                throw .decorationNotAllowed(decoration: "{z}", reason: "this form only merges (a store or a compare)")
            }
        }
        if vectorIndexed, mask == 0 {
            throw .decorationNotAllowed(decoration: "{k1}", reason: "a gather or scatter needs an opmask ({k1}…{k7})")
        }
        var length = evex.lengthIgnored ? 0 : evex.length
        var b: UInt8 = broadcast ? 1 : 0
        if let rounding = decorations.rounding {
            let spelling = "{\(rounding.spelling)}"
            if hasMemory { throw .decorationNotAllowed(decoration: spelling, reason: "rounding and SAE need register operands") }
            switch (rounding, evex.rounding) {
            case (.suppressExceptions, .suppressExceptions):
                length = 0
            case (.suppressExceptions, _), (_, .suppressExceptions), (_, .none):
                throw .decorationNotAllowed(
                    decoration: spelling,
                    reason: evex.rounding == .none ? "this form takes no rounding or SAE"
                        : evex.rounding == .suppressExceptions ? "this form takes {sae} only" : "this form takes a rounding mode ({rn-sae}…)")
            default:
                // With EVEX.b on a register form, L'L holds the rounding mode (the length is 512 or ignored).
                length = rounding.rawValue
            }
            b = 1
        }
        return (decorations.zeroing ? 0x80 : 0) | length << 5 | b << 4 | mask
    }

    /// The values an immediate field of `width` accepts in a form of `operandSize`.
    static func immediateRange(width: OperandSize, operandSize: OperandSize, signExtended: Bool) -> ClosedRange<Int64> {
        if width.bits >= 64 { return Int64.min...Int64.max }
        let half = Int64(1) << (width.bits - 1)
        return signExtended ? -half...(half - 1) : -half...(2 * half - 1)
    }

    /// `value` read as a signed number of the operand's width: the unsigned spelling of a negative
    /// value is accepted (`add eax, 0xffffffff` is `add eax, -1`, as llvm-mc reads it).
    static func signedValue(_ value: Int64, operandSize: OperandSize) -> Int64 {
        let bits = operandSize.bits
        guard bits < 64 else { return value }
        let half = Int64(1) << (bits - 1)
        return value >= half && value < 2 * half ? value - 2 * half : value
    }
}
