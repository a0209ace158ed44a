/// The opcode map an opcode byte lives in.
public enum OpcodeMap: UInt8, Sendable, Hashable {
    case primary = 0
    /// `0F xx`.
    case map0F = 1
    /// `0F 38 xx`.
    case map0F38 = 2
    /// `0F 3A xx`.
    case map0F3A = 3

    /// How many escape bytes select the map in legacy encoding.
    public var escapeLength: Int {
        switch self {
        case .primary: 0
        case .map0F: 1
        case .map0F38, .map0F3A: 2
        }
    }

    /// The escape bytes that select the map in legacy encoding.
    public var escapeBytes: [UInt8] {
        switch self {
        case .primary: []
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

/// The VEX fields an opcode fixes (`VEX.LZ.0F38.W0`).
public struct VEXSpec: Sendable, Hashable {
    /// VEX.L: 0 (`128`, `LZ`, `L0`, `LIG`) or 1 (`256`, `L1`).
    public var length: UInt8
    /// VEX.W, or nil for `WIG`.
    public var w: UInt8?
}

/// The opcode column of one table row, in SDM notation (`REX.W 0F AF /r`, `o16 83 /0 ib`).
public struct OpcodeSpec: Sendable, Hashable {
    /// `o16`: the 66 operand-size prefix, because the operands are 16-bit.
    public var operandSize16 = false
    /// `a32`: the 67 address-size prefix, because the form addresses with 32-bit registers
    /// (`JECXZ`, `UMONITOR r32`).
    public var addressSize32 = false
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
    /// The relative displacement size (`cb`, `cd`).
    public var relativeSize: OperandSize?
    /// Present for VEX-encoded forms.
    public var vex: VEXSpec?

    /// Parses the SDM notation; returns a message naming the bad token otherwise.
    public static func parse(_ text: String) -> Result<OpcodeSpec, TableError> {
        var spec = OpcodeSpec()
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var sawOpcode = false
        for (position, token) in tokens.enumerated() {
            let upper = token.uppercased()
            if upper == "O16" { spec.operandSize16 = true; continue }
            if upper == "A32" { spec.addressSize32 = true; continue }
            if upper == "O32" || upper == "O64" || upper == "NP" || upper == "NFX" || upper == "REX" || upper == "REX+" || upper == "+" { continue }
            if upper == "REX.W" { spec.rexW = true; continue }
            if upper.hasPrefix("VEX.") {
                guard let vex = parseVEX(upper, into: &spec) else { return .failure(TableError("bad VEX field in '\(token)'")) }
                spec.vex = vex
                continue
            }
            if upper == "/R" { spec.modRM = .register; continue }
            if upper.count == 2, upper.first == "/", let digit = upper.last?.wholeNumberValue, digit < 8 {
                spec.modRM = .digit(UInt8(digit))
                continue
            }
            switch upper {
            case "IB": spec.immediateSizes.append(.byte); continue
            case "IW": spec.immediateSizes.append(.word); continue
            case "ID": spec.immediateSizes.append(.dword); continue
            case "IO": spec.immediateSizes.append(.qword); continue
            default: break
            }
            // `cb`/`cd` are lowercase in the SDM; uppercase `CB`/`CD` are opcode bytes (RETF, INT).
            if token == "cb" { spec.relativeSize = .byte; continue }
            if token == "cd" { spec.relativeSize = .dword; continue }
            var hex = Substring(upper)
            if let plus = upper.firstIndex(of: "+") {
                let suffix = upper[upper.index(after: plus)...]
                switch suffix {
                case "RB", "RW", "RD", "RO", "R": spec.addend = .register
                case "CC": spec.addend = .condition
                default: return .failure(TableError("bad opcode addend '\(token)'"))
                }
                hex = upper[..<plus]
            }
            guard hex.count == 2, let byte = UInt8(hex, radix: 16) else {
                return .failure(TableError("unknown opcode token '\(token)'"))
            }
            let remaining = tokens[(position + 1)...].contains { UInt8($0, radix: 16) != nil && $0.count == 2 }
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
            sawOpcode = true
            spec.opcode.append(byte)
        }
        guard !spec.opcode.isEmpty else { return .failure(TableError("no opcode byte in '\(text)'")) }
        return .success(spec)
    }

    private static func parseVEX(_ token: String, into spec: inout OpcodeSpec) -> VEXSpec? {
        var vex = VEXSpec(length: 0, w: nil)
        for field in token.split(separator: ".").dropFirst() {
            switch field {
            case "NDS", "NDD", "DDS": break
            case "128", "LZ", "L0", "LIG": vex.length = 0
            case "256", "L1": vex.length = 1
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
