import JIT

/// Words for how a run ended.
enum OutcomeReport {
    /// What `fault` means, from its signal and `si_code`.
    static func describe(_ fault: Fault) -> String {
        switch (fault.signal, fault.code) {
        case (11, 1): return "segmentation fault (address not mapped)"
        case (11, 2): return "segmentation fault (access not permitted)"
        case (11, _): return "segmentation fault (general protection: a non-canonical or privileged access)"
        case (7, 1): return "bus error (misaligned address)"
        case (7, 2): return "bus error (address does not exist)"
        case (7, _): return "bus error"
        case (4, 1): return "illegal instruction (illegal opcode)"
        case (4, 2): return "illegal instruction (illegal operand)"
        case (4, 5): return "illegal instruction (privileged opcode)"
        case (4, _): return "illegal instruction"
        case (8, 1): return "arithmetic exception (integer divide by zero)"
        case (8, 2): return "arithmetic exception (integer overflow: the quotient does not fit)"
        case (8, _): return "arithmetic exception"
        case (5, _): return "trap (breakpoint, int3)"
        case (31, _): return "bad system call"
        default: return "signal"
        }
    }

    /// How far before rip the instruction that raised the signal starts: 1 for a trap (rip is
    /// after the `int3`), 2 for a refused system call (after the `syscall`), 0 for a fault
    /// (rip is the faulting instruction).
    static func instructionLengthBeforeRip(_ fault: Fault) -> UInt64 {
        if fault.systemCall != nil { return 2 }
        return fault.signal == 5 ? 1 : 0
    }

    /// `2 s`, `0.5 s`.
    static func seconds(_ value: Double) -> String {
        if value == value.rounded() && value < 1e9 { return "\(Int(value)) s" }
        return "\(value) s"
    }
}
