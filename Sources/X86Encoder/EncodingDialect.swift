import X86

/// Whose choices to follow where an instruction has more than one correct encoding.
///
/// The three assemblers agree on nearly every line; where they part, each is right by its own
/// rules (docs/encoding-choices.md lists the cases). ``llvm`` is the default everywhere.
public enum EncodingDialect: String, Sendable, Hashable, CaseIterable {
    /// llvm-mc 14: the shortest form of the instruction as written.
    case llvm
    /// GNU as 2.40: legacy prefixes in its fixed order, a default `ds:` dropped, `xchg`'s
    /// registers the other way round.
    case gas
    /// NASM 2.16 with its default optimisation (`-Ox`): `mov r64, imm` of a value that zero-extends
    /// from 32 bits written as `mov r32, imm`, an index without a base made a base.
    case nasm

    /// The assembler's name as a person knows it: `llvm-mc`, `GNU as`, `nasm`.
    public var toolName: String {
        switch self {
        case .llvm: "llvm-mc"
        case .gas: "GNU as"
        case .nasm: "nasm"
        }
    }

    /// `instruction` as this dialect's assembler would have read it before choosing a form: an
    /// equivalent instruction whose shortest encoding is that assembler's bytes.
    public func adjusted(_ instruction: Instruction) -> Instruction {
        var instruction = instruction
        switch self {
        case .llvm: break
        case .gas: EncodingDialect.adjustForGNU(&instruction)
        case .nasm: EncodingDialect.adjustForNASM(&instruction)
        }
        return instruction
    }

    /// The fields of the form chosen for `instruction`, changed where this dialect's assembler
    /// builds them its own way.
    func adjust(_ fields: inout EncodingFields, of instruction: Instruction) {
        guard self == .nasm else { return }
        EncodingDialect.chooseIS4Order(&fields, of: instruction)
        // NASM 2.16 does not compress the displacement of an AVX512-FP16 operand of 16-bit
        // elements (maps 5 and 6, and the `…ph`/`…sh` forms of map 0F3A): a disp8×2 becomes a
        // disp32. Other word elements (`vpbroadcastw`, `vpinsrw`) it compresses.
        if fields.displacementScale == 2, fields.displacementSize == 1, let modRM = fields.modRM,
           fields.map == .map5 || fields.map == .map6 || EncodingDialect.isHalfPrecision(instruction.mnemonic) {
            fields.displacement *= 2
            fields.displacementSize = 4
            fields.modRM = modRM & 0x3F | 0x80
        }
    }

    /// FMA4's and XOP's four-register forms exist twice: VEX.W1 with the fourth register in
    /// ModRM.rm and the third in imm8[7:4], and VEX.W0 the other way round. NASM's table
    /// writes W0 for FMA4 and `vpcmov`, W1 for `vpperm`.
    private static func chooseIS4Order(_ fields: inout EncodingFields, of instruction: Instruction) {
        guard instruction.operands.count == 4, var vex = fields.vex, vex.count == 3, let modRM = fields.modRM, modRM >> 6 == 3,
              fields.immediateSize == 1
        else { return }
        let w1 = vex.third & 0x80 != 0
        if w1 ? !names.is4InW0.contains(instruction.mnemonic) : instruction.mnemonic != names.vpperm { return }
        for i in 0..<4 {
            guard case .register(let register) = instruction.operands[i], register.isVector else { return }
        }
        let rm = (modRM & 7) | (vex.second & 0x20 == 0 ? 8 : 0)
        let fourth = UInt8(truncatingIfNeeded: fields.immediate) >> 4
        fields.modRM = modRM & 0xF8 | fourth & 7
        vex.second = vex.second & ~0x20 | (fourth & 8 == 0 ? 0x20 : 0)
        vex.third ^= 0x80
        fields.vex = vex
        fields.immediate = Int64(rm << 4) | fields.immediate & 0x0F
    }

    /// An AVX512-FP16 mnemonic by its name: `…ph`, `…sh`, `…ph2…`, `…sh2…`.
    private static func isHalfPrecision(_ mnemonic: Mnemonic) -> Bool {
        let name = mnemonic.name
        return name.hasPrefix("v") && (name.hasSuffix("ph") || name.hasSuffix("sh") || name.contains("ph2") || name.contains("sh2"))
    }

    // MARK: NASM

    private static func adjustForNASM(_ instruction: inout Instruction) {
        let mnemonic = instruction.mnemonic
        if mnemonic == names.mov, instruction.operands.count == 2, instruction.prefixes.isEmpty,
           case .register(let register) = instruction.operands[0], register.kind == .gp64,
           case .immediate(let immediate) = instruction.operands[1] {
            if immediate.isSymbolic, let movabs = names.movabs {
                // An address is left to the output format, which NASM gives all 64 bits.
                instruction.mnemonic = movabs
            } else if immediate.value >= 0, immediate.value <= 0xFFFF_FFFF {
                // Writing the low half zeroes the high half: the same effect in 5 bytes (6 with REX.B).
                instruction.operands[0] = .register(Register(.gp32, register.number))
            }
            return
        }
        for i in 0..<instruction.operands.count {
            guard case .memory(var memory) = instruction.operands[i], memory.base == nil,
                  let index = memory.index, index.isGeneralPurpose, memory.scale <= 2,
                  !memory.isRIPRelative
            else { continue }
            // NASM splits `[r*2]` into `[r + r]` and reads `[r*1]` as `[r]`: no SIB without a
            // base needs a 32-bit displacement, and a base takes an 8-bit one (or none).
            memory.base = index
            if memory.scale == 1 {
                memory.index = nil
            } else {
                memory.scale = 1
            }
            instruction.operands[i] = .memory(memory)
        }
        if names.operandSize64.contains(mnemonic), instruction.operands.count > 0,
           case .register(let register) = instruction.operands[0], register.kind == .gp64 {
            // NASM's tables give these a 64-bit register form with REX.W, which the processor ignores.
            instruction.prefixes.insert(.rex64)
        }
    }

    // MARK: GNU as

    /// False when ``adjusted(_:)`` would leave `instruction` as it is in GNU as's dialect: a quick
    /// test, so that most lines are encoded without a copy.
    @inline(__always)
    static func readsDifferentlyInGNU(_ instruction: Instruction) -> Bool {
        let ids = gnuIDs
        let id = instruction.mnemonic.id
        if id == ids.xchg || id == ids.str || id == ids.sldt || id == ids.iret { return true }
        let mov = id == ids.mov
        for i in 0..<instruction.operands.count {
            switch instruction.operands[i] {
            case .memory(let memory):
                if let segment = memory.segment, segment.number == 3, segment.kind == .segment { return true }
            case .register(let register):
                if mov, register.kind == .segment { return true }
            default:
                break
            }
        }
        return false
    }

    /// The same test asked of the instruction's shape (see ``EncodingShape``), which records the
    /// mnemonic, each operand's register kind and a memory operand's segment: no operand is
    /// copied out of the instruction.
    @inline(__always)
    static func readsDifferentlyInGNU(_ shape: EncodingShape, ids: GNUMnemonicIDs) -> Bool {
        let id = UInt16(truncatingIfNeeded: shape.header)
        if id == ids.xchg || id == ids.str || id == ids.sldt || id == ids.iret { return true }
        let isMov = id == ids.mov
        // Each operand is 32 bits of `low` and `high` (none: 0). A memory operand has the tag 2
        // and its segment + 1 in bits 6–8 (DS is 3); a register the tag 0 and its kind in bits 2–6.
        @inline(__always) func differs(_ operand: UInt32) -> Bool {
            if operand & 0b11 == 2 { return operand >> 6 & 0b111 == 4 }
            return isMov && operand & 0b11 == 0 && operand >> 2 & 0b11111 == UInt32(RegisterKind.segment.rawValue)
        }
        return differs(UInt32(truncatingIfNeeded: shape.low)) || differs(UInt32(truncatingIfNeeded: shape.low >> 32))
            || differs(UInt32(truncatingIfNeeded: shape.high)) || differs(UInt32(truncatingIfNeeded: shape.high >> 32))
    }

    /// The mnemonics GNU as reads differently, as plain numbers: a test costs no reference
    /// counting. (`UInt16.max` for one the table lacks.)
    /// The mnemonics GNU as reads differently, 12 bits each in one word (the table has fewer
    /// than 4,095 mnemonics; 0xFFF names none), so that an encoder carrying them stays a few
    /// registers wide.
    struct GNUMnemonicIDs: Sendable {
        private var word: UInt64

        /// No mnemonic: the encoder is not GNU as's.
        static let none = GNUMnemonicIDs(word: 0)

        private init(word: UInt64) { self.word = word }

        init(xchg: UInt16, str: UInt16, sldt: UInt16, iret: UInt16, mov: UInt16) {
            func field(_ id: UInt16) -> UInt64 { UInt64(min(id, 0xFFF)) }
            word = 1 << 63 | field(xchg) | field(str) << 12 | field(sldt) << 24 | field(iret) << 36 | field(mov) << 48
        }

        @inline(__always) var isPresent: Bool { word >> 63 != 0 }
        @inline(__always) private func id(_ index: UInt64) -> UInt16 { UInt16(truncatingIfNeeded: word >> (12 * index) & 0xFFF) }
        @inline(__always) var xchg: UInt16 { id(0) }
        @inline(__always) var str: UInt16 { id(1) }
        @inline(__always) var sldt: UInt16 { id(2) }
        @inline(__always) var iret: UInt16 { id(3) }
        @inline(__always) var mov: UInt16 { id(4) }
    }

    static let gnuIDs: GNUMnemonicIDs = {
        // Spelled by the table, so a mnemonic it lacks (or past 12 bits) matches nothing.
        func id(_ name: String) -> UInt16 { Mnemonic(name).map { $0.id < 0xFFF ? $0.id : 0xFFF } ?? 0xFFF }
        return GNUMnemonicIDs(xchg: id("xchg"), str: id("str"), sldt: id("sldt"), iret: id("iret"), mov: id("mov"))
    }()

    private static func adjustForGNU(_ instruction: inout Instruction) {
        let mnemonic = instruction.mnemonic
        if mnemonic == names.xchg, instruction.operands.count == 2,
           case .register(let first) = instruction.operands[0], case .register(let second) = instruction.operands[1] {
            // GNU as puts the first register in ModRM.rm, llvm-mc in ModRM.reg: the same exchange.
            instruction.operands[0] = .register(second)
            instruction.operands[1] = .register(first)
        }
        if mnemonic == names.str || mnemonic == names.sldt || mnemonic == names.mov, instruction.operands.count >= 1,
           case .register(let register) = instruction.operands[0], register.kind == .gp64,
           mnemonic != names.mov || instruction.operands.count == 2 && instruction.operands[1].isSegmentRegister {
            // STR, SLDT and `mov r, Sreg` zero-extend into the whole register without REX.W,
            // and GNU as writes none.
            instruction.operands[0] = .register(Register(.gp32, register.number))
        }
        if mnemonic == names.iret, instruction.operands.isEmpty, let iretd = names.iretd {
            // GNU as reads a bare `iret` with the default operand size (32 bits); llvm-mc as 16.
            instruction.mnemonic = iretd
        }
        for i in 0..<instruction.operands.count {
            guard case .memory(var memory) = instruction.operands[i], let segment = memory.segment,
                  segment.kind == .segment, segment.number == 3
            else { continue }
            // A `ds:` where DS is the default already (no RBP or RSP base) changes nothing; GNU
            // as leaves it out.
            if let base = memory.base, base.kind != .rip, base.number == 4 || base.number == 5 {
                continue
            }
            memory.segment = nil
            instruction.operands[i] = .memory(memory)
        }
    }

    /// True when `bytes` start with two legacy prefixes (or one and a mandatory prefix): only
    /// then can another dialect's prefix order differ. A quick test on the bytes alone.
    @inline(__always)
    static func mayOrderPrefixes(_ bytes: InstructionBytes) -> Bool {
        bytes.count > 1 && isLegacyPrefix(bytes[0]) && isLegacyPrefix(bytes[1])
    }

    @inline(__always)
    private static func isLegacyPrefix(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x9B, 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x66, 0x67, 0xF0, 0xF2, 0xF3: true
        default: false
        }
    }

    /// The bytes of `fields` with the legacy prefixes in this dialect's order; a mandatory
    /// prefix, REX and VEX stay after them, where the processor needs them.
    ///
    /// - llvm-mc: F2/F3, segment, 67, 66, F0 (``EncodingFields/bytes``).
    /// - GNU as: segment (or `notrack`'s 3E), 67, 66, F2/F3, F0: its prefix slots.
    /// - NASM: F2/F3, F0, segment, 66, 67.
    func orderedBytes(_ fields: EncodingFields) -> InstructionBytes {
        let bytes = fields.bytes
        guard self != .llvm else { return bytes }
        let gnu = self == .gas
        var prefixes: [(slot: Int, byte: UInt8)] = []
        if fields.waitPrefix { prefixes.append((0, 0x9B)) }
        if let repeatPrefix = fields.repeatPrefix { prefixes.append((gnu ? 4 : 1, repeatPrefix)) }
        if fields.lockPrefix { prefixes.append((gnu ? 5 : 2, 0xF0)) }
        if let segment = fields.segmentPrefix { prefixes.append((gnu ? 1 : 3, segment)) }
        if fields.notrackPrefix { prefixes.append((gnu ? 1 : 3, 0x3E)) }
        if fields.operandSizePrefix { prefixes.append((gnu ? 3 : 4, 0x66)) }
        if fields.addressSizePrefix { prefixes.append((gnu ? 2 : 5, 0x67)) }
        guard prefixes.count > 1 else { return bytes }
        // Stable: two prefixes of one slot keep llvm-mc's order.
        let ordered = prefixes.enumerated().sorted { ($0.element.slot, $0.offset) < ($1.element.slot, $1.offset) }
        var result = InstructionBytes()
        for entry in ordered { result.append(entry.element.byte) }
        for i in prefixes.count..<bytes.count { result.append(bytes[i]) }
        return result
    }

    private static let names = (
        mov: Mnemonic("mov"), movabs: Mnemonic("movabs"), xchg: Mnemonic("xchg"), str: Mnemonic("str"),
        sldt: Mnemonic("sldt"),
        vpperm: Mnemonic("vpperm"),
        is4InW0: Set([
            "vfmaddps", "vfmaddpd", "vfmaddss", "vfmaddsd", "vfmaddsubps", "vfmaddsubpd", "vfmsubaddps", "vfmsubaddpd",
            "vfmsubps", "vfmsubpd", "vfmsubss", "vfmsubsd", "vfnmaddps", "vfnmaddpd", "vfnmaddss", "vfnmaddsd",
            "vfnmsubps", "vfnmsubpd", "vfnmsubss", "vfnmsubsd", "vpcmov",
        ].compactMap { Mnemonic($0) }), iret: Mnemonic("iret"), iretd: Mnemonic("iretd"),
        operandSize64: Set(["invpcid", "enqcmd", "enqcmds", "extractps", "pextrw"].compactMap { Mnemonic($0) }))
}

extension Operand {
    /// True for `es` … `gs`.
    fileprivate var isSegmentRegister: Bool {
        if case .register(let register) = self { return register.kind == .segment }
        return false
    }
}
