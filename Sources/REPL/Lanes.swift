import JIT

/// How the bytes of a vector register are read: as lanes of one type, or as one hex number.
public enum LaneType: String, CaseIterable, Equatable, Sendable {
    case f64, f32, i8, i16, i32, i64, u8, u16, u32, u64, hex

    /// Bytes in one lane; nil for `hex`, which is the whole register.
    var laneBytes: Int? {
        switch self {
        case .f64, .i64, .u64: 8
        case .f32, .i32, .u32: 4
        case .i16, .u16: 2
        case .i8, .u8: 1
        case .hex: nil
        }
    }

    var isFloat: Bool { self == .f64 || self == .f32 }
    var isSigned: Bool { self == .i8 || self == .i16 || self == .i32 || self == .i64 }

    /// The lane type every view of `register` starts from: f64 for xmm, ymm and zmm, i64 for mm.
    static func standard(for register: VectorRegister) -> LaneType {
        register.kind == .mm ? .i64 : .f64
    }

    /// The names, for messages: `f64|f32|…|hex`.
    static var list: String { allCases.map(\.rawValue).joined(separator: "|") }
}

/// One lane's value.
enum LaneValue: Equatable {
    /// An integer lane: its bits, zero-extended to 64.
    case integer(UInt64, bits: Int, signed: Bool)
    case double(Double)
    case float(Float)
}

/// Reading and writing lanes; formatting registers.
enum Lanes {
    /// Little-endian bytes as an integer (at most 8).
    static func integer<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var value: UInt64 = 0
        for (index, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * UInt64(index)) }
        return value
    }

    /// Lane `index` of `bytes` read as `type` (not `hex`); nil when the lane is outside.
    static func lane(_ bytes: [UInt8], as type: LaneType, index: Int) -> LaneValue? {
        guard let size = type.laneBytes, index >= 0, (index + 1) * size <= bytes.count else { return nil }
        let bits = integer(bytes[index * size..<(index + 1) * size])
        switch type {
        case .f64: return .double(Double(bitPattern: bits))
        case .f32: return .float(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
        default: return .integer(bits, bits: size * 8, signed: type.isSigned)
        }
    }

    /// Every lane of `bytes` as `type`, lane 0 first; for `hex`, the one hex number.
    static func values(_ bytes: [UInt8], as type: LaneType) -> [String] {
        guard let size = type.laneBytes else { return [hex(bytes)] }
        return (0..<bytes.count / size).compactMap { lane(bytes, as: type, index: $0).map(text) }
    }

    /// `{f64: 1.5, 2.5}`, or the hex number for `hex`.
    static func braced(_ bytes: [UInt8], as type: LaneType) -> String {
        if type == .hex { return hex(bytes) }
        return "{\(type.rawValue): " + values(bytes, as: type).joined(separator: ", ") + "}"
    }

    /// A lane's value as typed: decimal integers, floats in their shortest exact form
    /// without a trailing `.0`, `nan`, `inf`.
    static func text(_ value: LaneValue) -> String {
        switch value {
        case .integer(let bits, let width, let signed):
            guard signed else { return String(bits) }
            let shift = UInt64(64 - width)
            return String(Int64(bitPattern: bits << shift) >> Int64(shift))
        case .double(let double): return number(double.description)
        case .float(let float): return number(float.description)
        }
    }

    /// `70.0` → `70`; other spellings unchanged.
    static func number(_ description: String) -> String {
        description.hasSuffix(".0") ? String(description.dropLast(2)) : description
    }

    /// The bytes as one hex number, most significant first, `_` between 64-bit groups:
    /// `0x4004000000000000_3ff8000000000000`.
    static func hex(_ bytes: [UInt8]) -> String {
        var groups: [String] = []
        var end = bytes.count
        while end > 0 {
            let start = max(0, end - 8)
            groups.append(Hex.padded(integer(bytes[start..<end]), width: (end - start) * 2))
            end = start
        }
        return "0x" + groups.joined(separator: "_")
    }

    /// The bytes of `texts` read as lanes of `type` (lane 0 first), padded with zero lanes to
    /// `count` bytes; an error naming the value that does not fit.
    static func encode(_ texts: [String], as type: LaneType, count: Int) -> Result<[UInt8], CommandError> {
        guard let size = type.laneBytes else {
            return .failure(CommandError(message: "hex is a view only; set lanes of a type (u64, i32, f64…)"))
        }
        let lanes = count / size
        guard texts.count <= lanes else {
            return .failure(CommandError(message: "\(texts.count) values, but the register has \(lanes) \(type.rawValue) lanes"))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for text in texts {
            let bits: UInt64
            switch type {
            case .f64:
                guard let value = Double(text) else { return .failure(notA(type, text)) }
                bits = value.bitPattern
            case .f32:
                guard let value = Float(text) else { return .failure(notA(type, text)) }
                bits = UInt64(value.bitPattern)
            default:
                guard let value = IntegerLiteral.parse(text), fits(value, negative: text.hasPrefix("-"), bytes: size) else {
                    return .failure(notA(type, text))
                }
                bits = value
            }
            for index in 0..<size { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(index)))) }
        }
        bytes += repeatElement(0, count: count - bytes.count)
        return .success(bytes)
    }

    /// Whether a typed integer fits `bytes` bytes, as a signed or an unsigned value.
    static func fits(_ value: UInt64, negative: Bool, bytes: Int) -> Bool {
        guard bytes < 8 else { return true }
        let bits = UInt64(bytes * 8)
        if negative { return Int64(bitPattern: value) >= -(Int64(1) << (bits - 1)) }
        return value < (1 << bits)
    }

    private static func notA(_ type: LaneType, _ text: String) -> CommandError {
        let kind = type.isFloat ? "a number" : "an integer that fits \(type.laneBytes.map { $0 * 8 } ?? 64) bits"
        return CommandError(message: "'\(text)' is not \(kind) (lane type \(type.rawValue))")
    }
}
