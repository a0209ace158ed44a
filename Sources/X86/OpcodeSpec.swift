/// The opcode map an opcode byte lives in.
public enum OpcodeMap: UInt8, Sendable, Hashable {
    case primary = 0
    /// `0F xx`.
    case map0F = 1
    /// `0F 38 xx`.
    case map0F38 = 2
    /// `0F 3A xx`.
    case map0F3A = 3
    /// AMD's XOP maps, reachable only through the 8F prefix (its map-select field).
    case xop8 = 8
    case xop9 = 9
    case xopA = 10
    /// EVEX maps 5 and 6 (AVX512-FP16), reachable only through EVEX.mmm.
    case map5 = 5
    case map6 = 6

    /// How many escape bytes select the map in legacy encoding.
    public var escapeLength: Int {
        switch self {
        case .primary, .xop8, .xop9, .xopA, .map5, .map6: 0
        case .map0F: 1
        case .map0F38, .map0F3A: 2
        }
    }

    /// The escape bytes that select the map in legacy encoding.
    public var escapeBytes: [UInt8] {
        switch self {
        case .primary, .xop8, .xop9, .xopA, .map5, .map6: []
        case .map0F: [0x0F]
        case .map0F38: [0x0F, 0x38]
        case .map0F3A: [0x0F, 0x3A]
        }
    }
}

/// A mandatory prefix that is part of the opcode (`66`, `F2`, `F3` before the map), or VEX.pp.
public enum MandatoryPrefix: UInt8, Sendable, Hashable {
    case none = 0
    case p66 = 1
    case pF3 = 2
    case pF2 = 3

    public var byte: UInt8? {
        switch self {
        case .none: nil
        case .p66: 0x66
        case .pF3: 0xF3
        case .pF2: 0xF2
        }
    }
}

/// How the opcode's ModRM byte is used.
public enum ModRMUse: Sendable, Hashable {
    /// No ModRM byte.
    case none
    /// `/r`: ModRM.reg holds a register operand.
    case register
    /// `/0`…`/7`: ModRM.reg holds an opcode extension.
    case digit(UInt8)
}

/// What the opcode byte's low three bits carry.
public enum OpcodeAddend: Sendable, Hashable {
    case none
    /// `+rb` `+rw` `+rd` `+ro`: a register number.
    case register
    /// `+cc`: a condition code (rows whose mnemonic ends in `cc` expand into every condition).
    case condition
}

/// The VEX fields an opcode fixes (`VEX.LZ.0F38.W0`), or the XOP ones (`XOP.128.09.W0`):
/// AMD's XOP prefix (8F) has the layout of the three-byte VEX. EVEX (`EVEX.512.66.0F.W1`) adds
/// what the row's decorations allow: masking, zeroing, rounding or SAE.
public struct VEXSpec: Sendable, Hashable {
    /// VEX.L: 0 (`128`, `LZ`, `L0`, `LIG`) or 1 (`256`, `L1`); EVEX.L'L: 2 for `512`.
    public var length: UInt8
    /// VEX.W, or nil for `WIG`.
    public var w: UInt8?
    /// Written with XOP's 8F instead of VEX's C4 (and never in two bytes).
    public var isXOP = false
    /// Written with EVEX's 62 and three payload bytes.
    public var isEVEX = false
    /// `LIG`: the length field is ignored (scalar forms): written as 0, read as any value, and
    /// with EVEX taken over by embedded rounding.
    public var lengthIgnored = false
    /// What an opmask may do: `{k1}` on the destination (merging), `{k1}{z}` (zeroing too).
    public var masking: EVEXMasking = .none
    /// `{er}` (a rounding mode, which implies SAE) or `{sae}` after the last register operand.
    public var rounding: EVEXRoundingSupport = .none
    /// How a memory operand's compressed displacement is scaled (the row's tuple type).
    public var tuple: TupleType = .none

    public init(length: UInt8, w: UInt8?, isXOP: Bool = false, isEVEX: Bool = false) {
        self.length = length
        self.w = w
        self.isXOP = isXOP
        self.isEVEX = isEVEX
    }
}

/// The SDM's tuple types (Vol. 2, 2.7.5, Tables 2-34 and 2-35): what an EVEX memory operand
/// holds, which sets N, the unit of a compressed displacement (disp8×N).
public enum TupleType: UInt8, Sendable, Hashable, CaseIterable {
    case none = 0
    /// Full vector: N is the vector's width, or the element's when broadcast.
    case fullVector
    /// Half vector (a conversion that doubles the element width): half the width, or the element.
    case halfVector
    /// Quarter vector (FP16 conversions to doubles or qwords).
    case quarterVector
    /// Full vector memory, no broadcast: N is the vector's width.
    case fullVectorMemory
    /// Half, quarter, eighth vector memory (widening moves, narrowing stores).
    case halfVectorMemory, quarterVectorMemory, eighthVectorMemory
    /// Tuple1 scalar of 8, 16, 32 or 64 bits: one element, N its size (also compress and expand,
    /// whose memory is a whole vector but moves element by element).
    case scalar8, scalar16, scalar32, scalar64
    /// Two, four or eight elements (the `32x4`, `64x2`… inserts, extracts, broadcasts).
    case tuple2, tuple4, tuple8
    /// 128 bits of memory at any vector length (shift counts).
    case memory128
    /// `vmovddup`: 64 bits at 128, the full width above.
    case duplicate
    /// 4FMAPS/4VNNIW: one 128-bit block.
    case tuple1x4

    /// The SDM's abbreviation, as a row writes it.
    public var abbreviation: String {
        switch self {
        case .none: ""
        case .fullVector: "FV"
        case .halfVector: "HV"
        case .quarterVector: "QV"
        case .fullVectorMemory: "FVM"
        case .halfVectorMemory: "HVM"
        case .quarterVectorMemory: "QVM"
        case .eighthVectorMemory: "OVM"
        case .scalar8: "T1S8"
        case .scalar16: "T1S16"
        case .scalar32: "T1S32"
        case .scalar64: "T1S64"
        case .tuple2: "T2"
        case .tuple4: "T4"
        case .tuple8: "T8"
        case .memory128: "M128"
        case .duplicate: "DUP"
        case .tuple1x4: "T1_4X"
        }
    }

    /// The SDM's name, for explanations.
    public var name: String {
        switch self {
        case .none: "none"
        case .fullVector: "Full"
        case .halfVector: "Half"
        case .quarterVector: "Quarter"
        case .fullVectorMemory: "Full Mem"
        case .halfVectorMemory: "Half Mem"
        case .quarterVectorMemory: "Quarter Mem"
        case .eighthVectorMemory: "Eighth Mem"
        case .scalar8, .scalar16, .scalar32, .scalar64: "Tuple1 Scalar"
        case .tuple2: "Tuple2"
        case .tuple4: "Tuple4"
        case .tuple8: "Tuple8"
        case .memory128: "Mem128"
        case .duplicate: "MOVDDUP"
        case .tuple1x4: "Tuple1_4X"
        }
    }

    /// The tuple spelled `abbreviation` in a row.
    public init?(abbreviation: Substring) {
        guard let found = TupleType.allCases.first(where: { $0 != .none && $0.abbreviation == abbreviation }) else { return nil }
        self = found
    }

    /// The fixed N of a scalar tuple, nil where N follows from the memory operand.
    public var fixedScale: Int? {
        switch self {
        case .scalar8: 1
        case .scalar16: 2
        case .scalar32: 4
        case .scalar64: 8
        case .memory128, .tuple1x4: 16
        default: nil
        }
    }
}

/// Which opmask decorations an EVEX form takes.
public enum EVEXMasking: UInt8, Sendable, Hashable {
    case none = 0
    /// `{k1}`: merging only (stores, compares into a mask, gathers).
    case merging = 1
    /// `{k1}{z}`.
    case mergingOrZeroing = 2
}

/// Which rounding decoration an EVEX form takes (register operands only).
public enum EVEXRoundingSupport: UInt8, Sendable, Hashable {
    case none = 0
    /// `{sae}`: suppress all exceptions.
    case suppressExceptions = 1
    /// `{er}`: `{rn-sae}`, `{rd-sae}`, `{ru-sae}`, `{rz-sae}`.
    case embeddedRounding = 2
}

/// The opcode column of one table row, in SDM notation (`REX.W 0F AF /r`, `o16 83 /0 ib`).
public struct OpcodeSpec: Sendable, Hashable {
    /// `o16`: the 66 operand-size prefix, because the operands are 16-bit.
    public var operandSize16 = false
    /// `a32`: the 67 address-size prefix, because the form addresses with 32-bit registers
    /// (`JECXZ`, `UMONITOR r32`).
    public var addressSize32 = false
    /// `o32`: the operands are 32-bit where no operand says so (`o32 98 | CWDE`): a 66 in
    /// 16-bit code, nothing otherwise.
    public var operandSize32 = false
    /// `a16`: the form addresses with 16-bit registers (`JCXZ`): a 67 in 32-bit code.
    public var addressSize16 = false
    /// `REX.W`.
    public var rexW = false
    public var mandatoryPrefix: MandatoryPrefix = .none
    public var map: OpcodeMap = .primary
    /// The opcode byte(s) after the map escape; `addend` applies to the last one.
    public var opcode: [UInt8] = []
    public var addend: OpcodeAddend = .none
    public var modRM: ModRMUse = .none
    /// Immediate sizes in order (`ib`, `iw`, `id`, `io`).
    public var immediateSizes: [OperandSize] = []
    /// The relative displacement size (`cb`, `cw`, `cd`).
    public var relativeSize: OperandSize?
    /// Present for VEX-encoded forms.
    public var vex: VEXSpec?
    /// An opcode byte that follows ModRM, SIB and displacement, in the place of an immediate:
    /// 3DNow!'s operation byte (`0F 0F /r 9E`) and the fixed predicate of the compare
    /// pseudo-ops (`0F C2 /r 00`).
    public var suffix: UInt8?
    /// `/is4`: a register operand goes in bits 7:4 of a trailing imm8 (FMA4, blends).
    public var registerInImmediate = false
    /// A leading `9B`: FWAIT, a separate instruction the waiting x87 forms (`fstsw`, `fsave`)
    /// are spelled with; it goes before every prefix of the instruction it waits for.
    public var waitPrefix = false
    /// `11:rrr:000`: ModRM names a register in reg and has mod=11, rm=000 (`tilezero`).
    public var registerOnlyModRM = false

    /// Parses the SDM notation; returns a message naming the bad token otherwise.
    ///
    /// Works on the text's bytes, token by token: the table is read at every start-up.
    public static func parse(_ text: String) -> Result<OpcodeSpec, TableError> {
        var spec = OpcodeSpec()
        let bytes = Array(text.utf8)
        var tokens: [Range<Int>] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x09 {
            if i > start { tokens.append(start..<i) }
            start = i + 1
        }
        func upper(_ byte: UInt8) -> UInt8 { byte &- 0x61 < 26 ? byte - 0x20 : byte }
        /// True when the token spells `word` (uppercase ASCII), ignoring case.
        func spells(_ token: Range<Int>, _ word: StaticString) -> Bool {
            guard token.count == word.utf8CodeUnitCount else { return false }
            let pointer = word.utf8Start
            for (n, i) in token.enumerated() where upper(bytes[i]) != pointer[n] { return false }
            return true
        }
        func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: byte - 0x30
            case 0x41...0x46: byte - 0x41 + 10
            case 0x61...0x66: byte - 0x61 + 10
            default: nil
            }
        }
        /// The value of a two-digit hex token (`UInt8(token, radix: 16)` for a two-character token).
        func hexByte(_ token: Range<Int>) -> UInt8? {
            guard token.count == 2 else { return nil }
            guard let low = hexValue(bytes[token.lowerBound + 1]) else { return nil }
            if bytes[token.lowerBound] == UInt8(ascii: "+") { return low }
            guard let high = hexValue(bytes[token.lowerBound]) else { return nil }
            return high << 4 | low
        }
        func string(_ token: Range<Int>) -> String { String(decoding: bytes[token], as: UTF8.self) }

        var sawOpcode = false
        for (position, token) in tokens.enumerated() {
            if spells(token, "O16") { spec.operandSize16 = true; continue }
            if spells(token, "A32") { spec.addressSize32 = true; continue }
            if spells(token, "O32") { spec.operandSize32 = true; continue }
            if spells(token, "A16") { spec.addressSize16 = true; continue }
            if spells(token, "O64") || spells(token, "NP") || spells(token, "NFX")
                || spells(token, "REX") || spells(token, "REX+") || spells(token, "+") { continue }
            if spells(token, "REX.W") { spec.rexW = true; continue }
            if token.count >= 4, spells(token.lowerBound..<(token.lowerBound + 4), "VEX.")
                || spells(token.lowerBound..<(token.lowerBound + 4), "XOP.")
                || token.count >= 5 && spells(token.lowerBound..<(token.lowerBound + 5), "EVEX.") {
                guard let vex = parseVEX(string(token).uppercased(), into: &spec) else {
                    return .failure(TableError("bad VEX field in '\(string(token))'"))
                }
                spec.vex = vex
                continue
            }
            if spells(token, "/R") { spec.modRM = .register; continue }
            if spells(token, "11:RRR:000") {
                spec.modRM = .register
                spec.registerOnlyModRM = true
                continue
            }
            if spells(token, "/IS4") { spec.registerInImmediate = true; continue }
            if token.count == 2, bytes[token.lowerBound] == UInt8(ascii: "/"),
               case let digit = bytes[token.lowerBound + 1] &- 0x30, digit < 8 {
                spec.modRM = .digit(digit)
                continue
            }
            // A byte after ModRM is the suffix opcode byte (3DNow!, compare predicates).
            if spec.modRM != .none, let byte = hexByte(token), bytes[token.lowerBound] != UInt8(ascii: "+") {
                guard spec.suffix == nil else { return .failure(TableError("two suffix bytes in '\(text)'")) }
                spec.suffix = byte
                continue
            }
            if spells(token, "IB") { spec.immediateSizes.append(.byte); continue }
            if spells(token, "IW") { spec.immediateSizes.append(.word); continue }
            if spells(token, "ID") { spec.immediateSizes.append(.dword); continue }
            if spells(token, "IO") { spec.immediateSizes.append(.qword); continue }
            // `cb`/`cd` are lowercase in the SDM; uppercase `CB`/`CD` are opcode bytes (RETF, INT).
            if token.count == 2, bytes[token.lowerBound] == UInt8(ascii: "c") {
                if bytes[token.lowerBound + 1] == UInt8(ascii: "b") { spec.relativeSize = .byte; continue }
                if bytes[token.lowerBound + 1] == UInt8(ascii: "w") { spec.relativeSize = .word; continue }
                if bytes[token.lowerBound + 1] == UInt8(ascii: "d") { spec.relativeSize = .dword; continue }
            }
            var hex = token
            if let plus = token.first(where: { bytes[$0] == UInt8(ascii: "+") }) {
                let suffix = (plus + 1)..<token.upperBound
                if spells(suffix, "RB") || spells(suffix, "RW") || spells(suffix, "RD") || spells(suffix, "RO")
                    || spells(suffix, "R") || spells(suffix, "I") {
                    spec.addend = .register
                } else if spells(suffix, "CC") {
                    spec.addend = .condition
                } else {
                    return .failure(TableError("bad opcode addend '\(string(token))'"))
                }
                hex = token.lowerBound..<plus
            }
            guard hex.count == 2, let high = hexValue(bytes[hex.lowerBound]), let low = hexValue(bytes[hex.lowerBound + 1]) else {
                return .failure(TableError("unknown opcode token '\(string(token))'"))
            }
            let byte = high << 4 | low
            let remaining = tokens[(position + 1)...].contains { hexByte($0) != nil }
            if !sawOpcode, spec.vex == nil, spec.map == .primary, spec.mandatoryPrefix == .none,
               remaining, byte == 0x66 || byte == 0xF2 || byte == 0xF3 {
                spec.mandatoryPrefix = byte == 0x66 ? .p66 : byte == 0xF3 ? .pF3 : .pF2
                continue
            }
            if !sawOpcode, spec.vex == nil, spec.map == .primary, byte == 0x0F, remaining {
                spec.map = .map0F
                continue
            }
            if !sawOpcode, spec.map == .map0F, spec.vex == nil, spec.opcode.isEmpty, byte == 0x38 || byte == 0x3A, remaining {
                spec.map = byte == 0x38 ? .map0F38 : .map0F3A
                continue
            }
            if !sawOpcode, !spec.waitPrefix, spec.vex == nil, spec.map == .primary, spec.mandatoryPrefix == .none,
               byte == 0x9B, remaining {
                spec.waitPrefix = true
                continue
            }
            sawOpcode = true
            spec.opcode.append(byte)
        }
        guard !spec.opcode.isEmpty else { return .failure(TableError("no opcode byte in '\(text)'")) }
        return .success(spec)
    }

    /// The fields of a `VEX.`, `XOP.` or `EVEX.` token.
    private static func parseVEX(_ token: String, into spec: inout OpcodeSpec) -> VEXSpec? {
        var vex = VEXSpec(length: 0, w: nil, isXOP: token.hasPrefix("XOP."), isEVEX: token.hasPrefix("EVEX."))
        for field in token.split(separator: ".").dropFirst() {
            switch field {
            case "08" where vex.isXOP: spec.map = .xop8
            case "09" where vex.isXOP: spec.map = .xop9
            case "0A" where vex.isXOP: spec.map = .xopA
            case "MAP5" where vex.isEVEX: spec.map = .map5
            case "MAP6" where vex.isEVEX: spec.map = .map6
            case "NDS", "NDD", "DDS": break
            case "128", "LZ", "L0": vex.length = 0
            // Written as L=0 (EVEX lends the field to rounding); read back as either value.
            case "LIG": vex.lengthIgnored = true
            case "256", "L1": vex.length = 1
            case "512" where vex.isEVEX: vex.length = 2
            case "66": spec.mandatoryPrefix = .p66
            case "F2": spec.mandatoryPrefix = .pF2
            case "F3": spec.mandatoryPrefix = .pF3
            case "0F": spec.map = .map0F
            case "0F38": spec.map = .map0F38
            case "0F3A": spec.map = .map0F3A
            case "W0": vex.w = 0
            case "W1": vex.w = 1
            case "WIG": vex.w = nil
            default: return nil
            }
        }
        return vex
    }
}

/// A row of the instruction table that cannot be read.
public struct TableError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
