import X86

extension Encoder {
    /// Which REX bits a memory operand needs.
    struct MemoryExtensions {
        var x = false
        var b = false
        /// Bit 4 of a VSIB index (xmm16–31), EVEX.V̄′.
        var v2 = false
    }

    /// Fills ModRM.mod/rm, SIB and the displacement for `memory`.
    ///
    /// The quirks, as the SDM's tables 2-2 and 2-3 define them for 64-bit mode:
    /// - rm=100 does not name rsp/r12 but says "a SIB byte follows", so `[rsp]`/`[r12]` need a SIB.
    /// - mod=00 rm=101 means RIP-relative, so `[rbp]`/`[r13]` are encoded as `[rbp+0]` with a disp8.
    /// - SIB.base=101 with mod=00 means "no base, disp32", used for `[index*scale+disp]` and for
    ///   absolute addresses (which cannot use mod=00 rm=101, taken by RIP-relative).
    /// - SIB.index=100 means "no index", so rsp can never be an index.
    ///
    /// `forceSIB`: the form needs a SIB byte even without an index (AMX's `sibmem`).
    /// `compression`: EVEX's N (0 otherwise): an 8-bit displacement counts units of N bytes, so a
    /// multiple of N within -128×N…127×N fits in one byte and anything else takes four (disp8×N).
    func encodeMemory(
        _ memory: Memory, position: Int, into fields: inout EncodingFields, instruction: Instruction,
        forceSIB: Bool = false, compression: Int = 0
    ) throws(EncodingError) -> MemoryExtensions {
        var extensions = MemoryExtensions()
        if let segment = memory.segment ?? instruction.segmentPrefix {
            fields.segmentPrefix = Encoder.segmentPrefixByte(segment)
        }
        if mode != .bits64 {
            try encodeLegacyMemory(memory, position: position, into: &fields, forceSIB: forceSIB, compression: compression)
            return extensions
        }
        let reg = fields.modRM ?? 0
        func invalid(_ reason: String) -> EncodingError {
            .invalidMemoryOperand(operand: position, reason: reason)
        }

        if let base = memory.base, base.kind != .gp64, base.kind != .gp32, base.kind != .rip, base.kind != .eip {
            throw invalid("'\(base.name)' cannot be a base register")
        }
        if let index = memory.index {
            if index.isVector {
                // VSIB: SIB.index names a vector register, and 100 is xmm4 like any other.
                if index.needsEVEX {
                    guard compression > 0 else { throw invalid("'\(index.name)' as an index needs EVEX (AVX-512)") }
                    extensions.v2 = true
                }
            } else {
                guard index.kind == .gp64 || index.kind == .gp32 else {
                    throw invalid("'\(index.name)' cannot be an index register")
                }
                if index.number == 4 { throw invalid("'\(index.name)' cannot be an index register") }
                if let base = memory.base, (base.kind == .gp64) != (index.kind == .gp64) {
                    throw invalid("base and index registers must have the same width")
                }
            }
            if let base = memory.base, base.kind == .rip || base.kind == .eip {
                throw invalid("a RIP-relative address cannot have an index register")
            }
        }
        guard memory.scale == 1 || memory.scale == 2 || memory.scale == 4 || memory.scale == 8 else {
            throw invalid("scale must be 1, 2, 4 or 8")
        }
        if memory.usesAddressSize32 { fields.addressSizePrefix = true }

        let displacement = memory.displacement
        let fitsInt32 = Int64(Int32.min)...Int64(Int32.max) ~= displacement

        if let base = memory.base, base.kind == .rip || base.kind == .eip {
            fields.modRM = reg | 0b00_000_101
            fields.displacementSize = 4
            fields.displacement = memory.displacementIsTarget ? 0 : displacement
            if !memory.displacementIsTarget, !fitsInt32 {
                throw .displacementOutOfRange(operand: position, value: displacement)
            }
            return extensions
        }

        guard let base = memory.base else {
            // No base: SIB with base=101 and a disp32, which the CPU sign-extends to 64 bits; so an
            // address in 2^31..<2^32 is reachable this way only with 32-bit addressing (67), and
            // otherwise only by the accumulator's moffs forms. llvm-mc encodes it anyway and the
            // CPU goes to 0xFFFFFFFF_8xxxxxxx; GNU as refuses, and so do we.
            // (A 32-bit index, `[ecx*2 + 0x89abcdef]`, makes the address 32 bits as well.)
            guard fitsInt32 || ((instruction.prefixes.contains(.addr32) || memory.usesAddressSize32)
                && 0...Int64(UInt32.max) ~= displacement) else {
                throw .displacementOutOfRange(operand: position, value: displacement)
            }
            fields.modRM = reg | 0b00_000_100
            let index = memory.index
            fields.sib = Encoder.scaleBits(memory.scale) << 6 | (index?.lowBits ?? 0b100) << 3 | 0b101
            extensions.x = index?.isExtended ?? false
            fields.displacement = displacement
            fields.displacementSize = 4
            return extensions
        }

        guard fitsInt32 || (memory.usesAddressSize32 && 0...Int64(UInt32.max) ~= displacement) else {
            throw .displacementOutOfRange(operand: position, value: displacement)
        }
        if compression > 0 { fields.displacementScale = compression }
        extensions.b = base.isExtended
        if let index = memory.index { extensions.x = index.isExtended }
        Encoder.placeBasedAddress(memory, base: base, reg: reg, forceSIB: forceSIB, compression: compression, into: &fields)
        return extensions
    }

    /// ModRM, SIB and displacement of an address with a base register, the same in 32- and
    /// 64-bit addressing: mod from the displacement's size, a SIB for an index, for a base
    /// with low bits 100 (rsp, r12) or when asked for.
    @inline(__always)
    static func placeBasedAddress(
        _ memory: Memory, base: Register, reg: UInt8, forceSIB: Bool, compression: Int, into fields: inout EncodingFields
    ) {
        let (size, stored) = Encoder.displacementField(
            memory.displacement, symbolic: memory.displacementIsSymbolic, baseLowBits: base.lowBits, compression: compression)
        let mod: UInt8 = size == 0 ? 0b00 : size == 1 ? 0b01 : 0b10
        if let index = memory.index {
            fields.modRM = reg | mod << 6 | 0b100
            fields.sib = Encoder.scaleBits(memory.scale) << 6 | index.lowBits << 3 | base.lowBits
        } else if base.lowBits == 0b100 || forceSIB {
            fields.modRM = reg | mod << 6 | 0b100
            fields.sib = 0b00_100_000 | base.lowBits
        } else {
            fields.modRM = reg | mod << 6 | base.lowBits
        }
        fields.displacement = stored
        fields.displacementSize = size
    }

    static func scaleBits(_ scale: UInt8) -> UInt8 {
        switch scale {
        case 2: 1
        case 4: 2
        case 8: 3
        default: 0
        }
    }

    /// DS: the segment of an address that names no other.
    static let defaultDataSegment = Register(.segment, 3)

    /// The override byte for a segment register (ES CS SS DS FS GS).
    static func segmentPrefixByte(_ segment: Register) -> UInt8 {
        let bytes: [UInt8] = [0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65]
        return bytes[Int(segment.number) % bytes.count]
    }

    /// Applies `lock`, `rep`… and checks that the form allows them: a prefix the CPU would fault
    /// on (`lock` on a register destination) or give another meaning (`rep bsf` is `tzcnt`) is an
    /// error, as GNU as makes it; llvm-mc emits whatever it is given.
    func applyPrefixWords(_ instruction: Instruction, _ form: EncodingForm, _ fields: inout EncodingFields) -> EncodingError? {
        let prefixes = instruction.prefixes
        if prefixes.isDisjoint(with: Encoder.checkedPrefixes) { return nil }
        let attributes = form.attributes
        // From the mnemonic's id: the forms' text (``InstructionSet/forms``) is read on first use,
        // and a message made while forms are tried (GCC's `rep bsf`) paid for reading it all.
        var name: String { instructionSet.name(of: Mnemonic(id: form.mnemonic)) }
        var memoryDestination = false
        for position in 0..<form.operandCount where form.operandRole(position) == .rm {
            if case .memory = instruction.operands[position] { memoryDestination = true }
        }
        if prefixes.contains(.lock) {
            guard attributes.contains(.lockable) else {
                return .prefixNotAllowed(prefix: "lock", reason: "'\(name)'" + Encoder.cannotBeLocked)
            }
            guard memoryDestination else {
                return .prefixNotAllowed(prefix: "lock", reason: "the destination must be a memory operand")
            }
            fields.lockPrefix = true
        }
        let locked = memoryDestination && (prefixes.contains(.lock) || attributes.contains(.implicitlyLocked))
        if prefixes.contains(.xacquire) {
            guard attributes.contains(.hardwareLockElision), locked else {
                return .prefixNotAllowed(
                    prefix: "xacquire", reason: "it needs a locked instruction with a memory destination")
            }
            fields.repeatPrefix = 0xF2
        }
        if prefixes.contains(.xrelease) {
            let store = memoryDestination && attributes.contains(.releasingStore)
            guard (attributes.contains(.hardwareLockElision) && locked) || store else {
                return .prefixNotAllowed(
                    prefix: "xrelease", reason: "it needs a locked instruction or a store, with a memory destination")
            }
            fields.repeatPrefix = 0xF3
        }
        if prefixes.contains(.rep) {
            guard attributes.contains(.repeatable) else {
                return .prefixNotAllowed(prefix: "rep", reason: "'\(name)' is not a string instruction")
            }
            // `rep xsha1`: the F3 is already the opcode's.
            if form.mandatoryPrefix != .pF3 { fields.repeatPrefix = 0xF3 }
        }
        if prefixes.contains(.repne) {
            guard attributes.contains(.repeatableNotEqual) || attributes.contains(.boundable) else {
                return .prefixNotAllowed(prefix: "repne", reason: "'\(name)' is not a string instruction")
            }
            fields.repeatPrefix = 0xF2
        }
        if prefixes.contains(.bnd) {
            guard attributes.contains(.boundable) else {
                return .prefixNotAllowed(prefix: "bnd", reason: "only branches take it")
            }
            fields.repeatPrefix = 0xF2
        }
        if prefixes.contains(.notrack) {
            guard attributes.contains(.notrackable) else {
                return .prefixNotAllowed(prefix: "notrack", reason: "only indirect branches take it")
            }
            fields.notrackPrefix = true
        }
        return nil
    }

    static let cannotBeLocked = " cannot be locked"

    /// The prefix words whose use depends on the form.
    private static let checkedPrefixes: PrefixSet = [.lock, .rep, .repne, .xacquire, .xrelease, .bnd, .notrack]
}

extension Encoder {
    /// The displacement's size after a base register (0, 1 or 4 bytes) and the value stored:
    /// none for 0 unless the base is `rbp`/`r13` (`ebp`), whose mod 00 means something else;
    /// disp8 when it fits, counted in units of `compression` (EVEX's disp8×N) when that is
    /// above 1; else disp32. A symbol's value is not known yet: it takes disp32.
    static func displacementField(
        _ displacement: Int64, symbolic: Bool, baseLowBits: UInt8, compression: Int
    ) -> (size: Int, stored: Int64) {
        if symbolic { return (4, displacement) }
        if displacement == 0 && baseLowBits != 0b101 { return (0, displacement) }
        if compression > 1 {
            let units = displacement / Int64(compression)
            if displacement % Int64(compression) == 0, Int64(Int8.min)...Int64(Int8.max) ~= units { return (1, units) }
            return (4, displacement)
        }
        return Int64(Int8.min)...Int64(Int8.max) ~= displacement ? (1, displacement) : (4, displacement)
    }
}
