import JIT

/// `; expect rax == 50`, `; expect zf == 1`, `; expect xmm0.f64[0] == 1.5`: a check of the
/// machine state after the most recent run, written as a comment so the file stays valid
/// assembly.
///
/// Floating-point values (lanes of type f64 and f32, st0–st7) compare exactly, in the lane's
/// own precision (`xmm0.f32[0] == 0.1` holds for the float nearest 0.1), unless a tolerance
/// follows the value: `; expect xmm0.f64[0] == 0.3 ~ 1e-12` holds when the two differ by at
/// most 1e-12 (`!=` when they differ by more). `nan` equals any NaN.
public struct Expectation: Equatable, Sendable {
    /// What is compared: a register (any width of a general-purpose register), rip, rflags,
    /// a flag, a lane of a vector register, or a register of the extended state.
    public enum Subject: Equatable, Sendable {
        /// A 64-bit register, the bit offset and width of the part named (`ah` = 8, 8).
        case register(RegisterState.Register, shift: UInt64, bits: UInt64, name: String)
        case flag(RegisterState.Flag)
        /// Lane `index` of a vector register read as `type` (not hex).
        case lane(VectorRegister, LaneType, index: Int)
        /// A register of the extended state read as an unsigned integer.
        case control(ControlRegister)
        /// An x87 register, ST(`index`), compared as a number.
        case st(Int)
    }

    /// The extended-state registers an expectation reads as integers.
    public enum ControlRegister: Equatable, Sendable {
        case mxcsr, fcw, fsw
        /// The full tag word, as FSTENV stores it.
        case ftw
        case opmask(Int)
        case mm(Int)

        var name: String {
            switch self {
            case .mxcsr: "mxcsr"
            case .fcw: "fcw"
            case .fsw: "fsw"
            case .ftw: "ftw"
            case .opmask(let index): "k\(index)"
            case .mm(let index): "mm\(index)"
            }
        }
    }

    /// The value written after the comparison.
    public enum Expected: Equatable, Sendable {
        /// An integer; negative values wrap to 64 bits.
        case integer(UInt64)
        /// A number as written (read again in the precision of what it is compared with),
        /// and the tolerance after `~`, if any.
        case real(String, tolerance: Double?)
    }

    public enum Comparison: String, Equatable, Sendable, CaseIterable {
        case equal = "=="
        case notEqual = "!="
        case lessOrEqual = "<="
        case greaterOrEqual = ">="
        case less = "<"
        case greater = ">"
    }

    public let subject: Subject
    public let comparison: Comparison
    public let expected: Expected
    /// The expectation as written (`rax == 50`).
    public let text: String

    /// The expectation in a comment line, nil when the line is not one; an error when the
    /// line says `expect` but the rest cannot be understood.
    public static func parse(_ line: String) -> Result<Expectation, CommandError>? {
        // Nearly every line is code: its first byte says so before any character is formed.
        guard let lead = line.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
              lead == UInt8(ascii: ";") || lead == UInt8(ascii: "#") else { return nil }
        var rest = line[...].drop { $0 == " " || $0 == "\t" }
        guard let first = rest.first, first == ";" || first == "#" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard rest.lowercased().hasPrefix("expect ") || rest.lowercased().hasPrefix("expect\t") else { return nil }
        let body = rest.dropFirst(6).trimmingBlanks()
        let usage = CommandError(message: "cannot read the expectation '\(body)'; write e.g. `; expect rax == 50`, `; expect zf == 1` or `; expect xmm0.f64[0] == 1.5 ~ 1e-9`")
        guard let comparison = Comparison.allCases.first(where: { body.contains($0.rawValue) }) else { return .failure(usage) }
        let parts = body.split(separator: Substring(comparison.rawValue), maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return .failure(usage) }
        let name = parts[0].trimmingBlanks().lowercased()
        let valueText = parts[1].trimmingBlanks()
        let subject: Subject
        switch Expectation.subject(named: name) {
        case .success(let found): subject = found
        case .failure(let error): return .failure(error)
        }
        let expected: Expected
        if subject.isReal {
            let pieces = valueText.split(separator: "~", maxSplits: 1, omittingEmptySubsequences: false)
            let number = pieces[0].trimmingBlanks()
            guard Double(number) != nil else { return .failure(usage) }
            var tolerance: Double?
            if pieces.count == 2 {
                guard comparison == .equal || comparison == .notEqual else {
                    return .failure(CommandError(message: "a tolerance (`~ 1e-9`) goes with == or != only"))
                }
                guard let value = Double(pieces[1].trimmingBlanks()), value >= 0, value.isFinite else { return .failure(usage) }
                tolerance = value
            }
            expected = .real(number, tolerance: tolerance)
        } else {
            guard let value = IntegerLiteral.parse(valueText) else { return .failure(usage) }
            expected = .integer(value)
        }
        return .success(Expectation(subject: subject, comparison: comparison, expected: expected,
                                    text: "\(name) \(comparison.rawValue) \(valueText)"))
    }

    /// The integer checked, from `state`; nil for a floating-point subject, or a register this
    /// machine does not have.
    public func actual(in state: RegisterState) -> UInt64? {
        switch subject {
        case .register(let register, let shift, let bits, _):
            let mask: UInt64 = bits == 64 ? ~0 : (1 << bits) - 1
            return (state[register] >> shift) & mask
        case .flag(let flag):
            return state.flag(flag) ? 1 : 0
        case .lane(let register, let type, let index):
            guard let bytes = state.extended.bytes(of: register),
                  case .integer(let bits, _, _)? = Lanes.lane(bytes, as: type, index: index) else { return nil }
            return bits
        case .control(let control):
            let extended = state.extended
            switch control {
            case .mxcsr: return UInt64(extended.mxcsr)
            case .fcw: return UInt64(extended.fcw)
            case .fsw: return UInt64(extended.fsw)
            case .ftw: return UInt64(extended.tagWord)
            case .opmask(let index): return extended.opmask(index)
            case .mm(let index): return extended.mm(index)
            }
        case .st:
            return nil
        }
    }

    /// Whether `state` meets the expectation. Integers are compared as written: a negative
    /// number is compared in the register's width, two's complement; lanes of a signed type
    /// (i8…i64) compare as signed numbers.
    public func holds(in state: RegisterState) -> Bool {
        switch expected {
        case .integer(let value):
            guard let actual = actual(in: state) else { return false }
            let bits = subject.integerBits
            var expected = value
            if bits < 64 { expected &= (1 << bits) - 1 }
            if case .lane(_, let type, _) = subject, type.isSigned {
                return compare(Expectation.signExtend(actual, bits: bits), Expectation.signExtend(expected, bits: bits))
            }
            return compare(actual, expected)
        case .real(let text, let tolerance):
            switch realActual(in: state) {
            case .double(let actual)?:
                guard let expected = Double(text) else { return false }
                return compareReal(actual, expected, tolerance: tolerance)
            case .float(let actual)?:
                guard let expected = Float(text) else { return false }
                return compareReal(Double(actual), Double(expected), tolerance: tolerance, exact: actual == expected)
            case .extended(let actual)?:
                guard let expected = Float80(text) else { return false }
                let difference = tolerance.map { abs(actual - expected) <= Float80($0) }
                return compareReal(actual, expected, within: difference)
            case nil:
                return false
            }
        }
    }

    /// `rax = 0x33 (51)`, `xmm0.f64[0] = 0.30000000000000004`.
    public func describeActual(in state: RegisterState) -> String {
        let name: String
        switch subject {
        case .register(_, _, _, let registerName): name = registerName
        case .flag(let flag): return "\(flag.name.lowercased()) = \(state.flag(flag) ? 1 : 0)"
        case .lane(let register, let type, let index): name = "\(register.name).\(type.rawValue)[\(index)]"
        case .control(let control): name = control.name
        case .st(let index): name = "st\(index)"
        }
        if let register = subject.vectorRegister, !state.extended.has(register) {
            return "\(register.name) does not exist on this processor"
        }
        if case .control(.opmask) = subject, state.extended.opmask(0) == nil {
            return "\(name) does not exist on this processor"
        }
        switch realActual(in: state) {
        case .double(let value)?: return "\(name) = \(Lanes.text(.double(value)))"
        case .float(let value)?: return "\(name) = \(Lanes.text(.float(value)))"
        case .extended(let value)?:
            if case .st(let index) = subject, state.extended.isEmpty(st: index) { return "\(name) is empty" }
            return "\(name) = \(Lanes.number(value.description))"
        case nil: break
        }
        let actual = self.actual(in: state) ?? 0
        if case .lane(_, let type, _) = subject, type.isSigned {
            let bits = subject.integerBits
            let hex = bits < 64 ? actual & ((1 << bits) - 1) : actual
            return "\(name) = \(Expectation.signExtend(actual, bits: bits)) (0x\(String(hex, radix: 16)))"
        }
        return "\(name) = 0x\(String(actual, radix: 16)) (\(actual))"
    }

    private enum RealValue {
        case double(Double)
        case float(Float)
        case extended(Float80)
    }

    private func realActual(in state: RegisterState) -> RealValue? {
        switch subject {
        case .lane(let register, let type, let index):
            guard let bytes = state.extended.bytes(of: register) else { return nil }
            switch Lanes.lane(bytes, as: type, index: index) {
            case .double(let value)?: return .double(value)
            case .float(let value)?: return .float(value)
            default: return nil
            }
        case .st(let index):
            return .extended(state.extended.st(index).float80)
        default:
            return nil
        }
    }

    private func compare<T: Comparable>(_ actual: T, _ expected: T) -> Bool {
        switch comparison {
        case .equal: return actual == expected
        case .notEqual: return actual != expected
        case .less: return actual < expected
        case .greater: return actual > expected
        case .lessOrEqual: return actual <= expected
        case .greaterOrEqual: return actual >= expected
        }
    }

    /// A floating-point comparison; `nan` is equal to any NaN; `within` is the result of the
    /// tolerance test when one was written.
    private func compareReal<T: FloatingPoint>(_ actual: T, _ expected: T, within: Bool?) -> Bool {
        if expected.isNaN && (comparison == .equal || comparison == .notEqual) {
            return actual.isNaN == (comparison == .equal)
        }
        if let within, comparison == .equal || comparison == .notEqual {
            return within == (comparison == .equal)
        }
        return compare(actual, expected)
    }

    private func compareReal(_ actual: Double, _ expected: Double, tolerance: Double?, exact: Bool? = nil) -> Bool {
        let within = tolerance.map { abs(actual - expected) <= $0 }
        if within == nil, let exact, !expected.isNaN, comparison == .equal || comparison == .notEqual {
            return exact == (comparison == .equal)
        }
        return compareReal(actual, expected, within: within)
    }

    private static func signExtend(_ value: UInt64, bits: UInt64) -> Int64 {
        guard bits < 64 else { return Int64(bitPattern: value) }
        let shift = 64 - bits
        return Int64(bitPattern: value << shift) >> Int64(shift)
    }

    private static func subject(named name: String) -> Result<Subject, CommandError> {
        if let subject = generalSubject(named: name) { return .success(subject) }
        if let extended = extendedSubject(named: name) { return extended }
        return .failure(CommandError(message: "'\(name)' is not a register or flag an expectation can check"))
    }

    /// A lane (`xmm0.f64[1]`), a control register, k0–k7, st0–st7 or mm0–mm7; nil for other names.
    private static func extendedSubject(named name: String) -> Result<Subject, CommandError>? {
        switch name {
        case "mxcsr": return .success(.control(.mxcsr))
        case "fcw": return .success(.control(.fcw))
        case "fsw": return .success(.control(.fsw))
        case "ftw": return .success(.control(.ftw))
        default: break
        }
        if name.count == 2, name.hasPrefix("k"), let index = name.last?.wholeNumberValue, index < 8 {
            return .success(.control(.opmask(index)))
        }
        if name.count == 3, name.hasPrefix("st"), let index = name.last?.wholeNumberValue, index < 8 {
            return .success(.st(index))
        }
        let parts = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let register = VectorRegister(name: String(parts[0])) else { return nil }
        guard parts.count == 2 else {
            if register.kind == .mm { return .success(.control(.mm(register.index))) }
            return .failure(CommandError(message: "name a lane of \(register.name): \(register.name).f64[0], \(register.name).i32[3]… (types \(LaneType.list.replacingHex()))"))
        }
        let lane = parts[1]
        guard let open = lane.firstIndex(of: "["), lane.last == "]",
              let type = LaneType(rawValue: String(lane[..<open])), type != .hex,
              let index = Int(lane[lane.index(after: open)..<lane.index(before: lane.endIndex)]),
              let size = type.laneBytes
        else {
            return .failure(CommandError(message: "cannot read the lane '\(name)'; write e.g. \(register.name).f64[0] or \(register.name).i32[3]"))
        }
        guard index >= 0, index < register.byteCount / size else {
            return .failure(CommandError(message: "\(register.name) has \(register.byteCount / size) \(type.rawValue) lanes, 0 to \(register.byteCount / size - 1)"))
        }
        return .success(.lane(register, type, index: index))
    }

    private static func generalSubject(named name: String) -> Subject? {
        if let flag = RegisterState.Flag.allCases.first(where: { $0.name.lowercased() == name }) { return .flag(flag) }
        if let register = RegisterState.Register(name: name) { return .register(register, shift: 0, bits: 64, name: name) }
        let legacy: [(String, String, String, String, String)] = [
            ("rax", "eax", "ax", "al", "ah"), ("rbx", "ebx", "bx", "bl", "bh"),
            ("rcx", "ecx", "cx", "cl", "ch"), ("rdx", "edx", "dx", "dl", "dh"),
            ("rsi", "esi", "si", "sil", ""), ("rdi", "edi", "di", "dil", ""),
            ("rbp", "ebp", "bp", "bpl", ""), ("rsp", "esp", "sp", "spl", ""),
        ]
        for (full, dword, word, low, high) in legacy {
            guard let register = RegisterState.Register(name: full) else { continue }
            if name == dword { return .register(register, shift: 0, bits: 32, name: name) }
            if name == word { return .register(register, shift: 0, bits: 16, name: name) }
            if name == low { return .register(register, shift: 0, bits: 8, name: name) }
            if !high.isEmpty && name == high { return .register(register, shift: 8, bits: 8, name: name) }
        }
        // r8d, r8w, r8b (and r8l).
        for number in 8...15 {
            guard let register = RegisterState.Register(name: "r\(number)") else { continue }
            switch name {
            case "r\(number)d": return .register(register, shift: 0, bits: 32, name: name)
            case "r\(number)w": return .register(register, shift: 0, bits: 16, name: name)
            case "r\(number)b", "r\(number)l": return .register(register, shift: 0, bits: 8, name: name)
            default: continue
            }
        }
        return nil
    }
}

extension Expectation.Subject {
    /// Whether the subject is compared as a floating-point number.
    var isReal: Bool {
        switch self {
        case .lane(_, let type, _): return type.isFloat
        case .st: return true
        default: return false
        }
    }

    /// The width in bits of an integer subject.
    var integerBits: UInt64 {
        switch self {
        case .register(_, _, let bits, _): return bits
        case .flag: return 1
        case .lane(_, let type, _): return UInt64((type.laneBytes ?? 8) * 8)
        case .control(let control):
            switch control {
            case .mxcsr: return 32
            case .fcw, .fsw, .ftw: return 16
            case .opmask, .mm: return 64
            }
        case .st: return 80
        }
    }

    /// The vector register the subject reads, if any.
    var vectorRegister: VectorRegister? {
        switch self {
        case .lane(let register, _, _): return register
        default: return nil
        }
    }
}

extension String {
    /// A lane type list without `hex`, which names no lane.
    fileprivate func replacingHex() -> String {
        split(separator: "|").filter { $0 != "hex" }.joined(separator: " ")
    }
}
