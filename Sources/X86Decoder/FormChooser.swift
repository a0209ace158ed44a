import X86

/// Where each field of the chosen form lies in the bytes.
struct FieldLayout {
    var modRMOffset: Int?
    var modRM: UInt8 = 0
    var sib: UInt8?
    var displacementOffset = 0
    var displacementSize = 0
    /// The last opcode byte, whose low bits may name a register.
    var lastOpcodeOffset = 0
    /// Where the immediates (and an `/is4` byte, a memory offset, a branch displacement) start.
    var immediateOffset = 0
    var length = 0

    var mod: UInt8 { modRM >> 6 }
    var reg: UInt8 { modRM >> 3 & 7 }
    var rm: UInt8 { modRM & 7 }
    var hasMemory: Bool { modRMOffset != nil && mod != 3 }
}

/// Picks the form the bytes encode among those of their opcode.
///
/// A form is out when a field it fixes disagrees with the bytes. Among the rest the one that
/// leaves the fewest prefixes unexplained wins (`66 0F 6F` is `movdqa`, not `movq` with a stray
/// 66), then the one llvm-objdump prints, then the earlier row.
struct FormChooser {
    let bytes: UnsafeBufferPointer<UInt8>
    let header: InstructionHeader
    let index: DecoderIndex

    struct Choice {
        var position: Int
        var layout: FieldLayout
    }

    /// Why a candidate was turned down, kept to explain a `(bad)`: the most specific reason
    /// wins. Kept as a plain value, the text is made only if no form fits.
    private var rejection: Rejection?
    private var rejectionRank = 0

    /// The fewest unexplained prefixes of a form the bytes ran out in: if no form that fits
    /// does better, the bytes are cut short rather than another instruction (`48 b8` and
    /// four bytes is a truncated `movabs`, not `mov eax` with a stray REX.W).
    private var truncatedPenalty: Int?
    private var truncation: DecodingError?
    /// A form of 64-bit mode alone has the opcode (outside 64-bit mode: `movsxd`, `push r64`).
    private var onlyInLongMode = false
    /// The opcode bytes of a form of 64-bit mode alone that the bytes fit in every other
    /// respect (`0f 01 f8`, `swapgs`): a more exact reason than a form they do not fit.
    private var fitsOnlyInLongMode: String?

    private enum Rejection {
        case digit(UInt8), registerOnlyModRM(UInt8), operandKind(UInt8), segmentRegister(UInt8), suffix(UInt8)
        case vectorW, vectorLength, noRounding, noBroadcast, noOpmask, noZeroing
    }

    private func error(_ rejection: Rejection) -> DecodingError {
        let opcode = opcodeText
        switch rejection {
        case .digit(let modRM):
            return .badModRM(opcode: opcode, modRM: modRM, reason: "no form has /\(modRM >> 3 & 7)")
        case .registerOnlyModRM(let modRM):
            return .badModRM(opcode: opcode, modRM: modRM, reason: "the form takes only mod=11, rm=000")
        case .operandKind(let modRM):
            let wanted = modRM >> 6 == 3 ? "memory (mod=11 names a register)" : "a register (mod=11)"
            return .badModRM(opcode: opcode, modRM: modRM, reason: "the operand must be \(wanted)")
        case .segmentRegister(let modRM):
            return .badModRM(opcode: opcode, modRM: modRM, reason: "there is no segment register \(modRM >> 3 & 7)")
        case .suffix(let byte): return .invalidOpcode(opcode: opcode + " with suffix " + Hex.byte(byte))
        case .vectorW: return .badVectorPrefix(opcode: opcode, reason: "no form has W\(header.w)")
        case .vectorLength:
            let field = header.space == .evex ? "EVEX.L'L" : "L"
            return .badVectorPrefix(opcode: opcode, reason: "no form has \(field)=\(header.length)")
        case .noRounding: return .badVectorPrefix(opcode: opcode, reason: "EVEX.b is set but the form has no rounding or SAE")
        case .noBroadcast: return .badVectorPrefix(opcode: opcode, reason: "EVEX.b is set but the form has no broadcast")
        case .noOpmask: return .badVectorPrefix(opcode: opcode, reason: "the form takes no opmask")
        case .noZeroing: return .badVectorPrefix(opcode: opcode, reason: "the form cannot zero ({z})")
        }
    }

    init(bytes: UnsafeBufferPointer<UInt8>, header: InstructionHeader, index: DecoderIndex) {
        self.bytes = bytes
        self.header = header
        self.index = index
    }

    /// The opcode as the bytes show it (`0f 38 f8`), or its map for a vector prefix (`VEX map 0F38 f8`).
    private var opcodeText: String {
        let opcode = Hex.byte(bytes[header.opcodeOffset])
        let space: String
        switch header.space {
        case .legacy:
            let escapes = header.map.escapeBytes.map(Hex.byte).joined(separator: " ")
            return escapes.isEmpty ? opcode : escapes + " " + opcode
        case .vex: space = "VEX"
        case .xop: space = "XOP"
        case .evex: space = "EVEX"
        }
        let map: String = switch header.map {
        case .map0F: "0F"
        case .map0F38: "0F38"
        case .map0F3A: "0F3A"
        default: String(header.map.rawValue)
        }
        return "\(space) map \(map) \(opcode)"
    }

    /// Remembers the form the bytes ran out in that leaves the fewest prefixes unexplained.
    private mutating func truncated(needed: Int, penalty: Int = 0) {
        if penalty < truncatedPenalty ?? Int.max {
            truncatedPenalty = penalty
            truncation = .truncated(needed: needed, available: bytes.count)
        }
    }

    /// Remembers why a candidate failed; a more specific reason replaces a vaguer one.
    private mutating func reject(_ reason: Rejection, rank: Int) {
        if rank >= rejectionRank {
            rejection = reason
            rejectionRank = rank
        }
    }

    mutating func choose() -> Result<Choice, DecodingError> {
        let opcode = bytes[header.opcodeOffset]
        let bucket = index.bucket(header.space, header.map, opcode)
        var best: (score: Int, index: Int, penalty: Int, choice: Choice)?
        var invalidInLongMode: String?
        let modRM: UInt8? = header.opcodeOffset + 1 < bytes.count ? bytes[header.opcodeOffset + 1] : nil
        let legacySpaceOutsideLongMode = header.isLegacyMode && header.space == .legacy
        let vectorOutsideLongMode = header.isLegacyMode && header.space != .legacy
        for slot in bucket {
            let position = Int(index.positions[slot])
            let vectorW = vectorOutsideLongMode ? index.legacySizes[position].vectorW : 0
            if vectorW == 1 {
                onlyInLongMode = true
                continue
            }
            guard passes(index.filters[position], modRM: modRM, anyW: vectorW == 2) else { continue }
            if legacySpaceOutsideLongMode, !fitsMode(index.legacySizes[position]) {
                let skip = Int(index.escapes[position])
                if fitsOnlyInLongMode == nil, index.legacySizes[position].operand == 64,
                   fit(index.forms[position], skip: skip) != nil {
                    let form = index.forms[position]
                    var text = form.addend == .none
                        ? Hex.bytes(header.map.escapeBytes + Array(form.opcode.dropFirst(skip))) : opcodeText
                    if case .digit(let digit) = form.modRM { text += " /\(digit)" }
                    fitsOnlyInLongMode = text
                }
                continue
            }
            // The forms are read in place: an ``EncodingForm`` is large, and copying each
            // candidate out of the array was most of the time spent here.
            guard let (fitPenalty, layout) = fit(index.forms[position], skip: Int(index.escapes[position]), anyW: vectorW == 2)
            else { continue }
            var penalty = fitPenalty
            // Outside 64-bit mode a 66 is explained by a form with a size of its own, or a mandatory one.
            if legacySpaceOutsideLongMode, header.operandSizePrefix, index.legacySizes[position].operand == 0,
               index.forms[position].mandatoryPrefix != .p66 {
                penalty += 1
            }
            if index.forms[position].attributes.contains(.invalidIn64BitMode), !header.isLegacyMode {
                invalidInLongMode = index.set.name(of: Mnemonic(id: index.forms[position].mnemonic))
                continue
            }
            let score = penalty * 1024 + preference(index.forms[position], layout)
            let tableIndex = index.forms[position].index
            if let current = best, (current.score, current.index) <= (score, tableIndex) { continue }
            best = (score, tableIndex, penalty, Choice(position: position, layout: layout))
        }
        if let truncation, let truncatedPenalty, truncatedPenalty < best?.penalty ?? Int.max { return .failure(truncation) }
        if let best { return .success(best.choice) }
        if let invalidInLongMode { return .failure(.invalidIn64BitMode(mnemonic: invalidInLongMode)) }
        if let fitsOnlyInLongMode { return .failure(.onlyIn64BitMode(opcode: fitsOnlyInLongMode, mode: header.mode.bits)) }
        if onlyInLongMode, rejection == nil { return .failure(.onlyIn64BitMode(opcode: opcodeText, mode: header.mode.bits)) }
        return .failure(rejection.map(error) ?? .invalidOpcode(opcode: opcodeText))
    }

    /// Ranks forms that decode the same bytes as llvm-objdump chooses between them (lower wins).
    private func preference(_ form: borrowing EncodingForm, _ layout: FieldLayout) -> Int {
        let id = Int(form.mnemonic)
        let names = index.names
        var rank = 64
        if form.attributes.contains(.lastResort) { rank += 32 }
        switch names.ranks[id] {
        case .preferred: rank -= 16
        case .avoided: rank += 16
        // A 32-bit offset (after 67) is printed as `mov`, a 64-bit one as `movabs`.
        case .wide: rank += header.addressKind != .gp64 ? 16 : -16
        case .plain: break
        }
        if form.suffix != nil {
            // The predicate's own name (`cmpeqps`, the shortest of its spellings) over the
            // immediate, except for carry-less multiplies, which llvm-objdump shows with it.
            rank += names.carryless[id] ? 8 : -8 + Int(names.lengths[id]) - 16
        }
        var segment = false
        var rmPattern: OperandPattern?
        var farMemory = false
        for i in 0..<form.operandCount {
            switch form.pattern(i) {
            case .segmentRegister: segment = true
            case .farMemory: farMemory = true
            default: break
            }
            if form.role(i) == .rm { rmPattern = form.pattern(i) }
        }
        // Registers the opcode implies are shown (`blendvpd xmm0, xmm1, xmm0`, `fnstsw ax`), the
        // count of a shift by one is not (`rol ecx`).
        for i in 0..<form.operandCount {
            switch form.pattern(i) {
            case .constant: rank += 1
            case .fixed(let register):
                // Not the general registers of `monitor`, `mwait` or `clzero`, which it leaves out.
                if register.kind == .xmm || register.kind == .x87 || register.kind == .gp16 { rank -= 1 }
            default: rank -= 1
            }
        }
        // Of two spellings, r/m goes first, except that an exchange of registers keeps the
        // order of ModRM (`xchg ecx, edx` is 87 CA).
        let exchangeOfRegisters = layout.mod == 3 && names.exchanges[id]
        if rmPattern != nil, form.role(0) == (exchangeOfRegisters ? .rm : .reg) { rank += 1 }
        if form.operandCount > 0, form.role(0) == .regAndRM { rank += 2 }
        // A register in ModRM.rm is shown at the width of the r/m class (`lar r9d, dx`, `pextrb
        // ecx, xmm0, 0`), except beside a segment register (`mov fs, esi`).
        if layout.mod == 3, let rmPattern {
            switch rmPattern {
            case .register: if !segment { rank += 1 }
            case .registerOrMemory: if segment { rank += 1 }
            default: break
            }
        }
        // The popping x87 forms are shown as `faddp st(3), st`.
        if form.map == .primary, form.opcode.first == 0xDE, form.operandCount == 2, form.role(0) == .implicit { rank += 1 }
        // A far pointer with a 66 or REX.W is `ljmp`/`lcall`, without either `jmp`/`call`.
        if farMemory {
            // Outside 64-bit mode `jmp far [bx]` (the one spelling the assembler reads there).
            let sized = header.isLegacyMode ? false : form.rexW ? true : form.operandSize16
            if names.farNames[id] != sized { rank += 1 }
        }
        return rank
    }


    /// SETcc (`0F 90+cc /0`): the SDM says the processor ignores ModRM.reg, and llvm-objdump
    /// and objdump read any value there as the same instruction.
    static func ignoresDigit(_ form: EncodingForm) -> Bool {
        guard form.addend == .condition else { return false }
        let (map, escapes) = DecoderIndex.effectiveMap(form)
        return map == .map0F && form.opcode[escapes] == 0x90
    }

    /// The checks of ``fit(_:skip:)`` that a ``FormFilter`` can make; false when the form is out.
    private mutating func passes(_ filter: FormFilter, modRM: UInt8?, anyW: Bool = false) -> Bool {
        let flags = filter.flags
        guard flags & 8 == 0, header.suppliesMandatory(filter.mandatoryPrefix) else { return false }
        if header.space == .legacy {
            // (Outside 64-bit mode ``fitsMode(_:)`` checks the sizes; there is no REX.W.)
            if flags & 1 != 0, header.w == 0 { return false }
            if flags & 2 != 0, !header.operandSizePrefix, !header.isLegacyMode { return false }
            if flags & 4 != 0, !header.addressSizePrefix, !header.isLegacyMode { return false }
        } else {
            if filter.vexW != 0xFF, filter.vexW != header.w, !anyW {
                reject(.vectorW, rank: 2)
                return false
            }
            if filter.vexL != 0xFF, filter.vexL != header.length {
                reject(.vectorLength, rank: 2)
                return false
            }
        }
        if flags & 16 != 0, let modRM {
            if filter.digit != 0xFF, modRM >> 3 & 7 != filter.digit {
                reject(.digit(modRM), rank: 2)
                return false
            }
            let isRegister = modRM >> 6 == 3
            if (isRegister && flags & 64 != 0) || (!isRegister && flags & 32 != 0) {
                reject(.operandKind(modRM), rank: 3)
                return false
            }
        }
        return true
    }

    /// Outside 64-bit mode, whether a legacy form's operand and address sizes are the ones the
    /// mode and the 66 and 67 prefixes select; forms of 64-bit mode alone are out.
    private mutating func fitsMode(_ sizes: LegacySizes) -> Bool {
        switch sizes.operand {
        case 64:
            onlyInLongMode = true
            return false
        case 16: if !header.operand16 { return false }
        case 32: if header.operand16 { return false }
        default: break
        }
        switch sizes.address {
        case 16: return header.addressKind == .gp16
        case 32: return header.addressKind == .gp32
        default: return true
        }
    }

    /// Whether `form` fits the bytes: nil if not, else how many prefixes it leaves unexplained
    /// and where its fields are.
    private mutating func fit(_ form: borrowing EncodingForm, skip: Int, anyW: Bool = false) -> (Int, FieldLayout)? {
        let start = header.opcodeOffset
        let count = form.opcode.count - skip
        guard start + count <= bytes.count else {
            truncated(needed: start + count)
            return nil
        }
        for k in 1..<max(count, 1) {
            let expected = form.opcode[k + skip]
            let actual = bytes[start + k]
            if k == count - 1, form.addend == .register {
                if actual & 0xF8 != expected { return nil }
            } else if k == count - 1, form.addend == .condition {
                if actual != expected &+ (form.condition ?? 0) { return nil }
            } else if actual != expected {
                return nil
            }
        }
        // A 9B before them is an instruction of its own (`wait`), as llvm-objdump shows it.
        if form.waitPrefix { return nil }
        guard header.space.admits(form.vex), header.suppliesMandatory(form.mandatoryPrefix) else { return nil }

        var penalty = 0
        var layout = FieldLayout()
        layout.lastOpcodeOffset = start + count - 1
        var cursor = start + count
        if form.modRM != .none {
            guard cursor < bytes.count else {
                truncated(needed: cursor + 1)
                return nil
            }
            layout.modRMOffset = cursor
            layout.modRM = bytes[cursor]
            cursor += 1
            if case .digit(let digit) = form.modRM, layout.reg != digit, !FormChooser.ignoresDigit(form) {
                reject(.digit(layout.modRM), rank: 2)
                return nil
            }
            if form.registerOnlyModRM, layout.modRM & 0xC7 != 0xC0 {
                reject(.registerOnlyModRM(layout.modRM), rank: 3)
                return nil
            }
            for i in 0..<form.operandCount {
                let pattern = form.pattern(i)
                switch form.role(i) {
                case .rm, .regAndRM:
                    if layout.mod == 3 ? !FormChooser.acceptsRegister(pattern) : !pattern.acceptsMemory {
                        reject(.operandKind(layout.modRM), rank: 3)
                        return nil
                    }
                    if form.role(i) == .regAndRM, layout.reg != layout.rm { return nil }
                case .reg:
                    if case .segmentRegister = pattern, layout.reg > 5 {
                        reject(.segmentRegister(layout.modRM), rank: 3)
                        return nil
                    }
                default: break
                }
            }
            if layout.mod != 3, header.addressKind == .gp16 {
                // The 16-bit ModRM table (SDM vol. 2, table 2-1): no SIB, a disp16 alone at
                // mod=00 rm=110, disp8 or disp16 by mod.
                if layout.mod == 0, layout.rm == 6 { layout.displacementSize = 2 }
                if layout.mod == 1 { layout.displacementSize = 1 }
                if layout.mod == 2 { layout.displacementSize = 2 }
            } else if layout.mod != 3 {
                if layout.rm == 4 {
                    guard cursor < bytes.count else {
                        truncated(needed: cursor + 1)
                        return nil
                    }
                    let sib = bytes[cursor]
                    layout.sib = sib
                    cursor += 1
                    if layout.mod == 0, sib & 7 == 5 { layout.displacementSize = 4 }
                }
                if layout.mod == 0, layout.rm == 5 { layout.displacementSize = 4 }
                if layout.mod == 1 { layout.displacementSize = 1 }
                if layout.mod == 2 { layout.displacementSize = 4 }
            }
            layout.displacementOffset = cursor
            cursor += layout.displacementSize
        }
        if let suffix = form.suffix {
            guard cursor < bytes.count else {
                truncated(needed: cursor + 1)
                return nil
            }
            if bytes[cursor] != suffix {
                reject(.suffix(bytes[cursor]), rank: 2)
                return nil
            }
            cursor += 1
        }
        layout.immediateOffset = cursor
        // `90` is `nop`, not an exchange of the accumulator with itself.
        if form.attributes.contains(.excludesAccumulator), form.addend == .register,
           bytes[layout.lastOpcodeOffset] & 7 == 0, header.b == 0 {
            return nil
        }

        if header.addressSizePrefix, !form.addressSize32, !form.addressSize16, !layout.hasMemory,
           !FormChooser.addressesMemory(form) {
            penalty += 1
        }
        if header.space == .legacy {
            // Outside 64-bit mode ``choose()`` has matched the sizes to the mode's (and counts an unexplained 66).
            if !header.isLegacyMode {
                if form.rexW, header.w == 0 { return nil }
                if form.operandSize16, !header.operandSizePrefix { return nil }
                if form.addressSize32, !header.addressSizePrefix { return nil }
                if !form.rexW, header.w == 1 { penalty += 2 }
                if header.operandSizePrefix, !form.operandSize16, form.mandatoryPrefix != .p66 { penalty += 1 }
            }
            // An F2 or F3 that no mandatory prefix explains is a cost even where the form allows
            // it: `f3 90` is `pause` before it is `rep nop`.
            let mandatory = form.mandatoryPrefix
            if header.repeatPrefix != 0, mandatory == .none || mandatory == .p66 {
                let allowed: FormAttributes = [.repeatable, .repeatableNotEqual, .hardwareLockElision, .boundable, .releasingStore]
                penalty += form.attributes.isDisjoint(with: allowed) ? 2 : 1
            }
            if header.lock, form.attributes.isDisjoint(with: [.lockable, .implicitlyLocked]) { penalty += 1 }
            // REX.B extends ModRM.rm or the opcode's register; a form with neither leaves it
            // unexplained (`41 90` is `xchg eax, r8d`, not `nop`).
            if header.b == 1 {
                var readsB = false
                for i in 0..<form.operandCount where FormChooser.readsB(form.role(i)) { readsB = true }
                if !readsB { penalty += 1 }
            }
        } else if let vex = form.vex {
            if let w = vex.w, w != header.w, !anyW {
                reject(.vectorW, rank: 2)
                return nil
            }
            if vex.isEVEX {
                guard evexFits(form, vex, layout) else { return nil }
            } else if !vex.lengthIgnored, header.length != vex.length {
                reject(.vectorLength, rank: 2)
                return nil
            }
        }

        // The immediates, in the order the opcode column lists them.
        if form.registerInImmediate, form.firstImmediateSize == nil { cursor += 1 }
        if let size = form.firstImmediateSize { cursor += size.bytes }
        if let size = form.secondImmediateSize { cursor += size.bytes }
        for i in 0..<form.operandCount where form.role(i) == .offset {
            cursor += header.addressKind == .gp64 ? 8 : header.addressKind == .gp32 ? 4 : 2
        }
        if let size = form.relativeSize { cursor += size.bytes }
        guard cursor <= bytes.count else {
            truncated(needed: cursor, penalty: penalty)
            return nil
        }
        layout.length = cursor
        return (penalty, layout)
    }

    /// The EVEX fields a form fixes or allows: vector length, opmask, zeroing, broadcast or rounding.
    private mutating func evexFits(_ form: borrowing EncodingForm, _ vex: VEXSpec, _ layout: FieldLayout) -> Bool {
        let registersOnly = !layout.hasMemory
        if header.broadcastOrRounding {
            if registersOnly {
                guard vex.rounding != .none else {
                    reject(.noRounding, rank: 2)
                    return false
                }
            } else {
                var broadcastable = false
                for i in 0..<form.operandCount {
                    if case .broadcastable = form.pattern(i) { broadcastable = true }
                }
                guard broadcastable else {
                    reject(.noBroadcast, rank: 2)
                    return false
                }
            }
        }
        let lengthIsRounding = header.broadcastOrRounding && registersOnly && vex.rounding != .none
        if !vex.lengthIgnored, !lengthIsRounding, header.length != vex.length {
            reject(.vectorLength, rank: 2)
            return false
        }
        if header.opmask != 0, vex.masking == .none {
            reject(.noOpmask, rank: 2)
            return false
        }
        if header.zeroing, vex.masking != .mergingOrZeroing {
            reject(.noZeroing, rank: 2)
            return false
        }
        return true
    }

    /// Whether an operand of `form` is an address that does not come from ModRM (a memory
    /// offset, a string instruction's `[rsi]`), which a 67 prefix narrows.
    static func addressesMemory(_ form: borrowing EncodingForm) -> Bool {
        for i in 0..<form.operandCount {
            switch form.pattern(i) {
            case .offset, .stringMemory: return true
            default: continue
            }
        }
        return false
    }

    static func readsB(_ role: OperandRole) -> Bool {
        switch role {
        case .rm, .regAndRM, .opcodeRegister: true
        default: false
        }
    }

    static func acceptsRegister(_ pattern: OperandPattern) -> Bool {
        switch pattern {
        case .register, .registerOrMemory, .registerOfKind, .registerOfKindOrMemory, .fixed, .segmentRegister,
             .controlRegister, .debugRegister:
            true
        case .broadcastable(let kind, _, _): kind != nil
        default: false
        }
    }
}
