import X86

/// The table's forms regrouped by what the bytes show first: the opcode space (legacy, VEX,
/// XOP, EVEX), the map and the first opcode byte. Built from ``InstructionSet/encodingForms``
/// the first time something is decoded, so the encoder's users never pay for it.
final class DecoderIndex: Sendable {
    /// Positions in ``InstructionSet/encodingForms``, bucket after bucket, table order within one.
    let positions: [Int32]
    /// For each key, where its bucket starts in ``positions``; one more entry closes the last.
    let starts: [Int32]
    /// The forms, in the positions of ``InstructionSet/encodingForms``.
    let forms: [EncodingForm]
    /// For each form, how many of its opcode bytes are really map escapes: a row may spell
    /// `0F C8+rd` with the 0F among its opcode bytes rather than as the map.
    let escapes: [UInt8]
    /// For each form, the fields it fixes that a glance at the prefixes and ModRM can check.
    let filters: [FormFilter]
    /// For each form, the operand and address sizes it has outside 64-bit mode.
    let legacySizes: [LegacySizes]
    /// What the choice between forms needs to know of each mnemonic.
    let names: MnemonicTraits
    let set: InstructionSet

    static let keyCount = 4 * 16 * 256

    static func key(_ space: OpcodeSpace, _ map: OpcodeMap, _ byte: UInt8) -> Int {
        Int(space.rawValue) << 12 | Int(map.rawValue) << 8 | Int(byte)
    }

    /// The index of the built-in table, built on first use.
    static let shared = DecoderIndex(InstructionSet.shared)

    init(_ set: InstructionSet) {
        let forms = set.encodingForms
        var pairs: [(key: Int, index: Int, position: Int)] = []
        pairs.reserveCapacity(forms.count + forms.count / 4)
        var escapes = [UInt8](repeating: 0, count: forms.count)
        var filters = [FormFilter](repeating: FormFilter(), count: forms.count)
        var legacySizes = [LegacySizes](repeating: LegacySizes(), count: forms.count)
        let longModeNames = ["pushfq", "popfq", "retq"].compactMap { PackedName($0).flatMap(set.mnemonic(named:))?.id }
        for (position, form) in forms.enumerated() where form.opcode.count > 0 {
            let (map, skip) = DecoderIndex.effectiveMap(form)
            escapes[position] = UInt8(skip)
            filters[position] = FormFilter(form, opcodeLength: form.opcode.count - skip)
            legacySizes[position] = LegacySizes(form, namesLongModeSize: longModeNames.contains(form.mnemonic))
            let space: OpcodeSpace
            if let vex = form.vex {
                space = vex.isEVEX ? .evex : vex.isXOP ? .xop : .vex
            } else {
                space = .legacy
            }
            let first = form.opcode[skip]
            // The first opcode byte carries the register or condition only when it is the last.
            let single = form.opcode.count == skip + 1
            if single, form.addend == .register {
                for n in 0..<8 { pairs.append((DecoderIndex.key(space, map, first &+ UInt8(n)), form.index, position)) }
            } else if single, form.addend == .condition, let condition = form.condition {
                pairs.append((DecoderIndex.key(space, map, first &+ condition), form.index, position))
            } else {
                pairs.append((DecoderIndex.key(space, map, first), form.index, position))
            }
        }
        DecoderIndex.markVectorW(forms, &legacySizes)
        pairs.sort { ($0.key, $0.index) < ($1.key, $1.index) }
        var starts = [Int32](repeating: 0, count: DecoderIndex.keyCount + 1)
        for pair in pairs { starts[pair.key + 1] += 1 }
        for k in 0..<DecoderIndex.keyCount { starts[k + 1] += starts[k] }
        positions = pairs.map { Int32($0.position) }
        self.starts = starts
        self.forms = forms
        self.escapes = escapes
        self.filters = filters
        self.legacySizes = legacySizes
        self.names = MnemonicTraits(set)
        self.set = set
    }

    /// Outside 64-bit mode the processor ignores VEX.W and EVEX.W of the forms whose W1 names
    /// a 64-bit general register (SDM: `VCVTSI2SD xmm1, xmm2, r/m64` is W1, "W1 ignored in
    /// non-64-bit mode"; `VPINSRQ` is `VPINSRD` there): the W1 form is out there, and the W0
    /// form of the same opcode takes either W.
    static func markVectorW(_ forms: [EncodingForm], _ sizes: inout [LegacySizes]) {
        struct Twin: Hashable {
            var map: OpcodeMap, opcode: [UInt8], prefix: MandatoryPrefix, isEVEX: Bool, length: UInt8
        }
        func twin(_ form: EncodingForm) -> Twin? {
            guard let vex = form.vex, !vex.isXOP else { return nil }
            return Twin(map: effectiveMap(form).0, opcode: Array(form.opcode), prefix: form.mandatoryPrefix,
                        isEVEX: vex.isEVEX, length: vex.length)
        }
        var wide = Set<Twin>()
        for (position, form) in forms.enumerated() where form.vex?.w == 1 {
            let namesWideRegister = (0..<form.operandCount).contains { i in
                switch form.pattern(i) {
                case .register(.qword), .registerOrMemory(register: .qword, _): true
                default: false
                }
            }
            guard namesWideRegister, let key = twin(form) else { continue }
            sizes[position].vectorW = 1
            wide.insert(key)
        }
        for (position, form) in forms.enumerated() where form.vex?.w == 0 {
            if let key = twin(form), wide.contains(key) { sizes[position].vectorW = 2 }
        }
    }

    /// The map a legacy form's bytes select, and how many of its opcode bytes are escapes.
    static func effectiveMap(_ form: EncodingForm) -> (OpcodeMap, Int) {
        let opcode = form.opcode
        guard form.vex == nil, form.map == .primary, opcode.count >= 2, opcode[0] == 0x0F else { return (form.map, 0) }
        if opcode.count >= 3, opcode[1] == 0x38 { return (.map0F38, 2) }
        if opcode.count >= 3, opcode[1] == 0x3A { return (.map0F3A, 2) }
        return (.map0F, 1)
    }

    /// The positions of the forms whose first opcode byte is `byte` in `map` of `space`.
    @inline(__always)
    func bucket(_ space: OpcodeSpace, _ map: OpcodeMap, _ byte: UInt8) -> Range<Int> {
        let key = DecoderIndex.key(space, map, byte)
        return Int(starts[key])..<Int(starts[key + 1])
    }
}

/// What a form fixes, in a few bytes, so that most forms of a busy opcode (the eight `/digit`
/// rows of `83`, the thirty-two predicates of `vcmpps`) are passed over without reading the
/// whole ``EncodingForm``.
struct FormFilter {
    /// The `/digit`, or 0xFF.
    var digit: UInt8 = 0xFF
    var mandatoryPrefix = MandatoryPrefix.none
    /// Bit 0: REX.W; 1: 66 (o16); 2: 67 (a32); 3: FWAIT first; 4: ModRM right after a
    /// one-byte opcode; 5: mod must be 11; 6: mod must not be 11.
    var flags: UInt8 = 0
    /// VEX.W (not EVEX), or 0xFF for either.
    var vexW: UInt8 = 0xFF
    /// VEX.L (not EVEX), or 0xFF for either.
    var vexL: UInt8 = 0xFF

    init() {}

    init(_ form: EncodingForm, opcodeLength: Int) {
        if case .digit(let value) = form.modRM, !FormChooser.ignoresDigit(form) { digit = value }
        mandatoryPrefix = form.mandatoryPrefix
        if form.rexW { flags |= 1 }
        if form.operandSize16 { flags |= 2 }
        if form.addressSize32 { flags |= 4 }
        if form.waitPrefix { flags |= 8 }
        if form.modRM != .none, opcodeLength == 1 {
            flags |= 16
            for i in 0..<form.operandCount where form.role(i) == .rm || form.role(i) == .regAndRM {
                let pattern = form.pattern(i)
                if !pattern.acceptsMemory { flags |= 32 }
                if !FormChooser.acceptsRegister(pattern) { flags |= 64 }
            }
        }
        if let vex = form.vex, !vex.isEVEX {
            vexW = vex.w ?? 0xFF
            vexL = vex.lengthIgnored ? 0xFF : vex.length
        }
    }


}

/// The sizes a legacy form has outside 64-bit mode, which the mode and the 66 and 67 prefixes
/// must select; kept apart from ``FormFilter`` so that 64-bit decoding does not carry them.
struct LegacySizes {
    /// 16 or 32 where the form fixes the operand size, 64 for a form of 64-bit mode alone, 0
    /// where a 66 does not apply (see ``EncodingForm/legacyOperandSize``).
    var operand: UInt8 = 0
    /// The address size an `a16` or `a32` form fixes, or 0.
    var address: UInt8 = 0
    /// Outside 64-bit mode: 1 for a VEX or EVEX W1 form of 64-bit mode alone, 2 for its W0
    /// twin, which takes either W there (see ``DecoderIndex/markVectorW(_:_:)``); else 0.
    var vectorW: UInt8 = 0

    init() {}

    /// ``EncodingForm/legacyOperandSize``, and what the table leaves to the mnemonic: a stack
    /// form with an imm32 (`PUSH imm32`) is a 32-bit one, and `PUSHFQ`, `POPFQ` and `RETQ`
    /// (`namesLongModeSize`) name 64-bit mode's size.
    init(_ form: EncodingForm, namesLongModeSize: Bool) {
        address = form.addressSize16 ? 16 : form.addressSize32 ? 32 : 0
        if form.attributes.contains(.only64BitMode) || namesLongModeSize {
            operand = 64
            return
        }
        operand = form.legacyOperandSize
        if operand == 0, form.attributes.contains(.defaultOperandSize64), form.firstImmediateSize == .dword { operand = 32 }
    }
}

/// How llvm-objdump ranks a mnemonic against another for the same bytes, and the few facts of
/// its name the ranking reads, by mnemonic id.
struct MnemonicTraits: Sendable {
    enum Rank: Sendable { case plain, preferred, avoided, wide }

    var ranks: [Rank]
    var lengths: [UInt8]
    /// `pclmulqdq` and its kin, shown with their immediate rather than a predicate name.
    var carryless: [Bool]
    /// `ljmp`, `lcall`.
    var farNames: [Bool]
    var exchanges: [Bool]

    init(_ set: InstructionSet) {
        let count = set.mnemonicCount
        ranks = [Rank](repeating: .plain, count: count)
        lengths = [UInt8](repeating: 0, count: count)
        carryless = [Bool](repeating: false, count: count)
        farNames = [Bool](repeating: false, count: count)
        exchanges = [Bool](repeating: false, count: count)
        for id in 0..<count {
            let name = set.name(of: Mnemonic(id: UInt16(id)))
            lengths[id] = UInt8(min(name.utf8.count, 255))
            carryless[id] = name.contains("pclmul")
            farNames[id] = name == "ljmp" || name == "lcall"
            exchanges[id] = name == "xchg"
        }
        let choices: [(String, Rank)] = [
            ("movabs", .wide), ("movsxd", .preferred), ("nop", .preferred), ("wait", .preferred),
            ("xlatb", .preferred), ("movq", .preferred), ("vmovq", .preferred), ("sal", .avoided),
            ("pushfq", .preferred), ("popfq", .preferred), ("xstorerng", .preferred), ("fcompi", .preferred),
            ("fucompi", .preferred),
        ]
        for (name, rank) in choices {
            if let packed = PackedName(name), let mnemonic = set.mnemonic(named: packed) { ranks[Int(mnemonic.id)] = rank }
        }
    }
}
