import X86

/// How the opcode was reached: plain legacy bytes, or one of the vector prefixes. Each has its
/// own opcode space, so the index keys on it.
enum OpcodeSpace: UInt8 {
    case legacy = 0
    case vex = 1
    case xop = 2
    case evex = 3

    func admits(_ spec: VEXSpec?) -> Bool {
        switch self {
        case .legacy: spec == nil
        case .vex: spec.map { !$0.isXOP && !$0.isEVEX } ?? false
        case .xop: spec?.isXOP ?? false
        case .evex: spec?.isEVEX ?? false
        }
    }
}

/// Everything before the opcode byte: legacy prefixes, REX, and the fields of a VEX, XOP or
/// EVEX prefix, with the inverted bits already turned the right way up.
struct InstructionHeader {
    var operandSizePrefix = false
    var addressSizePrefix = false
    var lock = false
    /// The last of F2 and F3, which is the one a mandatory-prefix opcode reads (SDM Vol. 2, 2.1.1).
    var repeatPrefix: UInt8 = 0
    var sawF2 = false
    var sawF3 = false
    /// The last segment-override byte, 0 for none.
    var segmentPrefix: UInt8 = 0
    /// The segment override came before F2/F3 (`64 f3 a4` is `fs rep movsb`).
    var segmentBeforeRepeat = false
    /// The REX byte, 0 for none.
    var rex: UInt8 = 0

    var space = OpcodeSpace.legacy
    var map = OpcodeMap.primary
    /// Offset of the first opcode byte (after every prefix and escape).
    var opcodeOffset = 0

    // REX, VEX, XOP and EVEX share these: 1 when the bit extends a register number.
    var r: UInt8 = 0
    var x: UInt8 = 0
    var b: UInt8 = 0
    var w: UInt8 = 0
    /// EVEX.R′: bit 4 of ModRM.reg.
    var rHigh: UInt8 = 0
    /// VEX.vvvv as a register number (EVEX: with V′ as bit 4).
    var vvvv: UInt8 = 0
    /// VEX.L, or EVEX.L′L.
    var length: UInt8 = 0
    /// VEX.pp / EVEX.pp as a mandatory prefix.
    var pp = MandatoryPrefix.none
    // EVEX only.
    var zeroing = false
    var broadcastOrRounding = false
    var opmask: UInt8 = 0

    /// The mode the bytes are read in. Outside 64-bit mode there is no REX (40–4F are `inc`
    /// and `dec`), and the 66 and 67 prefixes select whichever of 16 and 32 bits is not the default.
    var mode = CodeMode.bits64
    /// The operand size outside 64-bit mode: 16 or 32 bits, as the mode and a 66 make it.
    var operand16 = false
    /// The registers an address names: 64-bit ones, or 32-bit ones after a 67 (16- and 32-bit
    /// ones by the mode and a 67 outside 64-bit mode).
    var addressKind = RegisterKind.gp64

    var hasREX: Bool { rex != 0 }
    var isLegacyMode: Bool { mode != .bits64 }

    /// Reads the prefixes of the instruction at the start of `bytes`.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, mode: CodeMode = .bits64) -> Result<InstructionHeader, DecodingError> {
        var header = InstructionHeader()
        header.mode = mode
        let longMode = mode == .bits64
        var i = 0
        func need(_ count: Int) -> DecodingError? {
            i + count <= bytes.count ? nil : .truncated(needed: i + count, available: bytes.count)
        }
        while true {
            if let error = need(1) { return .failure(error) }
            if i >= 15 { return .failure(.tooLong) }
            let byte = bytes[i]
            switch byte {
            case 0x66: header.operandSizePrefix = true
            case 0x67: header.addressSizePrefix = true
            case 0xF0: header.lock = true
            case 0xF2, 0xF3:
                header.repeatPrefix = byte
                if byte == 0xF2 { header.sawF2 = true } else { header.sawF3 = true }
                header.segmentBeforeRepeat = header.segmentPrefix != 0
            case 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65:
                header.segmentPrefix = byte
                header.segmentBeforeRepeat = false
            case 0x40...0x4F where longMode:
                // A REX counts only right before the opcode; one followed by another prefix is ignored.
                header.rex = byte
                i += 1
                if let error = need(1) { return .failure(error) }
                switch bytes[i] {
                case 0x66, 0x67, 0xF0, 0xF2, 0xF3, 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x40...0x4F:
                    header.rex = 0
                    continue
                default: break
                }
                header.w = byte >> 3 & 1
                header.r = byte >> 2 & 1
                header.x = byte >> 1 & 1
                header.b = byte & 1
            default: break
            }
            if header.rex != 0 || !isLegacyPrefix(byte) { break }
            i += 1
        }
        let first = bytes[i]
        // Outside 64-bit mode C4, C5 and 62 are LES, LDS and BOUND unless the next byte's top
        // bits (their ModRM.mod) are 11, a register those forms cannot take: then VEX or EVEX,
        // whose inverted R and X bits are 1 there since 16- and 32-bit code has no r8–r15.
        let farLoadOrBound = !longMode && (first == 0xC4 || first == 0xC5 || first == 0x62) && i + 1 < bytes.count
            && bytes[i + 1] >> 6 != 3
        switch first {
        case 0xC5 where !farLoadOrBound, 0xC4 where !farLoadOrBound, 0x62 where !farLoadOrBound:
            if header.hasREX { return .failure(.misplacedPrefix("a REX prefix before \(first == 0x62 ? "EVEX" : "VEX") is invalid")) }
            if header.operandSizePrefix || header.repeatPrefix != 0 || header.lock {
                return .failure(.misplacedPrefix("66, F2, F3 or F0 before \(first == 0x62 ? "EVEX" : "VEX") is invalid"))
            }
            if first == 0xC5 {
                if let error = need(3) { return .failure(error) }
                let p = bytes[i + 1]
                header.space = .vex
                header.r = ~p >> 7 & 1
                header.vvvv = ~p >> 3 & 15
                header.length = p >> 2 & 1
                header.pp = MandatoryPrefix(rawValue: p & 3) ?? .none
                header.map = .map0F
                header.opcodeOffset = i + 2
            } else if first == 0xC4 {
                if let error = need(4) { return .failure(error) }
                guard header.readThreeByte(bytes[i + 1], bytes[i + 2], xop: false) else {
                    return .failure(.invalidOpcode(opcode: "c4 " + Hex.byte(bytes[i + 1]) + " (VEX map \(bytes[i + 1] & 0x1F))"))
                }
                header.opcodeOffset = i + 3
            } else {
                if let error = need(5) { return .failure(error) }
                let p0 = bytes[i + 1], p1 = bytes[i + 2], p2 = bytes[i + 3]
                guard p1 & 4 != 0 else { return .failure(.misplacedPrefix("EVEX byte 2 bit 2 must be 1")) }
                let map: OpcodeMap? = switch p0 & 7 {
                case 1: .map0F
                case 2: .map0F38
                case 3: .map0F3A
                case 5: .map5
                case 6: .map6
                default: nil
                }
                guard let map else {
                    return .failure(.invalidOpcode(opcode: "62 " + Hex.byte(p0) + " (EVEX map \(p0 & 7))"))
                }
                header.space = .evex
                header.map = map
                header.r = ~p0 >> 7 & 1
                header.x = ~p0 >> 6 & 1
                header.b = ~p0 >> 5 & 1
                header.rHigh = ~p0 >> 4 & 1
                header.w = p1 >> 7
                header.vvvv = (~p1 >> 3 & 15) | (~p2 >> 3 & 1) << 4
                header.pp = MandatoryPrefix(rawValue: p1 & 3) ?? .none
                header.zeroing = p2 >> 7 != 0
                header.length = p2 >> 5 & 3
                header.broadcastOrRounding = p2 >> 4 & 1 != 0
                header.opmask = p2 & 7
                header.opcodeOffset = i + 4
            }
        case 0x8F:
            // 8F is POP r/m unless its next byte's map field is 8 or more: then it is XOP.
            if i + 1 < bytes.count, bytes[i + 1] & 0x1F >= 8 {
                if header.hasREX { return .failure(.misplacedPrefix("a REX prefix before XOP is invalid")) }
                if let error = need(4) { return .failure(error) }
                guard header.readThreeByte(bytes[i + 1], bytes[i + 2], xop: true) else {
                    return .failure(.invalidOpcode(opcode: "8f " + Hex.byte(bytes[i + 1]) + " (XOP map \(bytes[i + 1] & 0x1F))"))
                }
                header.opcodeOffset = i + 3
            } else {
                header.opcodeOffset = i
            }
        case 0x0F:
            if let error = need(2) { return .failure(error) }
            switch bytes[i + 1] {
            case 0x38: header.map = .map0F38; header.opcodeOffset = i + 2
            case 0x3A: header.map = .map0F3A; header.opcodeOffset = i + 2
            default: header.map = .map0F; header.opcodeOffset = i + 1
            }
        default:
            header.opcodeOffset = i
        }
        if header.opcodeOffset >= bytes.count {
            return .failure(.truncated(needed: header.opcodeOffset + 1, available: bytes.count))
        }
        if longMode {
            header.addressKind = header.addressSizePrefix ? .gp32 : .gp64
        } else {
            header.operand16 = (mode == .bits16) != header.operandSizePrefix
            header.addressKind = (mode == .bits16) != header.addressSizePrefix ? .gp16 : .gp32
            // Bits that reach registers 8–15 (and EVEX's 16–31) are ignored outside 64-bit mode.
            header.r = 0
            header.x = 0
            header.b = 0
            header.rHigh = 0
            header.vvvv &= 7
        }
        return .success(header)
    }

    /// The two payload bytes shared by three-byte VEX (C4) and XOP (8F); false for a map that
    /// does not exist.
    private mutating func readThreeByte(_ p0: UInt8, _ p1: UInt8, xop: Bool) -> Bool {
        let map: OpcodeMap? = switch (xop, p0 & 0x1F) {
        case (false, 1): .map0F
        case (false, 2): .map0F38
        case (false, 3): .map0F3A
        case (true, 8): .xop8
        case (true, 9): .xop9
        case (true, 10): .xopA
        default: nil
        }
        guard let map else { return false }
        space = xop ? .xop : .vex
        self.map = map
        r = ~p0 >> 7 & 1
        x = ~p0 >> 6 & 1
        b = ~p0 >> 5 & 1
        w = p1 >> 7
        vvvv = ~p1 >> 3 & 15
        length = p1 >> 2 & 1
        pp = MandatoryPrefix(rawValue: p1 & 3) ?? .none
        return true
    }

    static func isLegacyPrefix(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x66, 0x67, 0xF0, 0xF2, 0xF3, 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65: true
        default: false
        }
    }

    /// The mandatory prefix the bytes supply: VEX/EVEX.pp, else the last F2/F3, else 66.
    func suppliesMandatory(_ prefix: MandatoryPrefix) -> Bool {
        if space != .legacy { return prefix == pp }
        switch prefix {
        case .none: return true
        case .p66: return operandSizePrefix
        case .pF3: return repeatPrefix == 0xF3
        case .pF2: return repeatPrefix == 0xF2
        }
    }
}
