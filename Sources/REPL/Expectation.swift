import JIT

/// `; expect rax == 50`, `; expect zf == 1`, `; expect al != 0`: a check of the machine state
/// after the most recent run, written as a comment so the file stays valid assembly.
public struct Expectation: Equatable, Sendable {
    /// What is compared: a register (any width of a general-purpose register), rip, rflags,
    /// or a flag.
    public enum Subject: Equatable, Sendable {
        /// A 64-bit register, the bit offset and width of the part named (`ah` = 8, 8).
        case register(RegisterState.Register, shift: UInt64, bits: UInt64, name: String)
        case flag(RegisterState.Flag)
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
    public let value: UInt64
    /// The expectation as written (`rax == 50`).
    public let text: String

    /// The expectation in a comment line, nil when the line is not one; an error when the
    /// line says `expect` but the rest cannot be understood.
    public static func parse(_ line: String) -> Result<Expectation, CommandError>? {
        var rest = line[...].drop { $0 == " " || $0 == "\t" }
        guard let first = rest.first, first == ";" || first == "#" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard rest.lowercased().hasPrefix("expect ") || rest.lowercased().hasPrefix("expect\t") else { return nil }
        let body = rest.dropFirst(6).trimmingBlanks()
        let usage = CommandError(message: "cannot read the expectation '\(body)'; write e.g. `; expect rax == 50` or `; expect zf == 1`")
        guard let comparison = Comparison.allCases.first(where: { body.contains($0.rawValue) }) else { return .failure(usage) }
        let parts = body.split(separator: Substring(comparison.rawValue), maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return .failure(usage) }
        let name = parts[0].trimmingBlanks().lowercased()
        let valueText = parts[1].trimmingBlanks()
        guard let subject = subject(named: name) else {
            return .failure(CommandError(message: "'\(name)' is not a register or flag an expectation can check"))
        }
        guard let value = IntegerLiteral.parse(valueText) else { return .failure(usage) }
        return .success(Expectation(subject: subject, comparison: comparison, value: value,
                                    text: "\(name) \(comparison.rawValue) \(valueText)"))
    }

    /// The value checked, from `state`.
    public func actual(in state: RegisterState) -> UInt64 {
        switch subject {
        case .register(let register, let shift, let bits, _):
            let mask: UInt64 = bits == 64 ? ~0 : (1 << bits) - 1
            return (state[register] >> shift) & mask
        case .flag(let flag):
            return state.flag(flag) ? 1 : 0
        }
    }

    /// Whether `state` meets the expectation. Values are compared as written: a negative
    /// number is compared in the register's width, two's complement.
    public func holds(in state: RegisterState) -> Bool {
        let actual = self.actual(in: state)
        var expected = value
        if case .register(_, _, let bits, _) = subject, bits < 64 { expected &= (1 << bits) - 1 }
        switch comparison {
        case .equal: return actual == expected
        case .notEqual: return actual != expected
        case .less: return actual < expected
        case .greater: return actual > expected
        case .lessOrEqual: return actual <= expected
        case .greaterOrEqual: return actual >= expected
        }
    }

    /// `rax = 0x33 (51)`.
    public func describeActual(in state: RegisterState) -> String {
        let actual = self.actual(in: state)
        switch subject {
        case .register(_, _, _, let name): return "\(name) = 0x\(String(actual, radix: 16)) (\(actual))"
        case .flag(let flag): return "\(flag.name.lowercased()) = \(actual)"
        }
    }

    private static func subject(named name: String) -> Subject? {
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
