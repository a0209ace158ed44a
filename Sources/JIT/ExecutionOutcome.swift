/// How a run ended.
public enum ExecutionOutcome: Equatable, Sendable {
    /// The code reached the exit stub (by `ret` in function mode, by falling through in step
    /// mode). rip is the stub's address: `SandboxLayout.codeAddress + image.code.count`.
    case returned(RegisterState)
    /// A signal ended the code: a fault it caused, or a signal it had sent itself.
    case faulted(Fault)
    /// The time limit (``Executor/timeout``) passed. The registers are those at the moment
    /// the code was stopped, nil when it could not be stopped gently (it blocked the stop
    /// signal, say) and had to be killed.
    case timedOut(RegisterState?)
    /// ``Executor/interrupt()`` (or SIGINT, see ``Executor/interruptsOnSIGINT``) stopped the
    /// code; registers as for ``timedOut(_:)``.
    case interrupted(RegisterState?)
    /// The code ended its process itself, with the `exit` or `exit_group` system call.
    case exited(status: Int32)
    /// The run could not be set up (or its outcome could not be collected).
    case failed(ExecutionError)
}

/// A signal that ended a run.
public struct Fault: Equatable, Sendable, CustomStringConvertible {
    /// The signal number (SIGSEGV = 11…).
    public var signal: Int32
    /// The signal's conventional name, `SIGSEGV`, `SIGBUS`, `SIGILL`, `SIGFPE`, `SIGTRAP`…
    public var name: String { signalName(signal) }
    /// The `si_code` the kernel delivered with the signal (e.g. SEGV_MAPERR = 1, SEGV_ACCERR = 2).
    public var code: Int32
    /// The faulting address (`si_addr`): the data address for SIGSEGV/SIGBUS, the instruction
    /// for SIGILL/SIGFPE. Nil when the kernel supplies none: `int3` and other traps raised as
    /// SI_KERNEL, non-canonical addresses (general protection), signals sent by a process.
    public var address: UInt64?
    /// Every register when the signal arrived; rip is the faulting instruction (for `int3`,
    /// the instruction after it). Nil when the signal ended the process before its registers
    /// could be read (SIGKILL, or a signal whose default action ends the process).
    public var state: RegisterState?
    /// For SIGSYS from the sandbox's filter: the number of the refused system call.
    public var systemCall: Int32?

    /// A fault as the kernel reported it.
    public init(signal: Int32, code: Int32, address: UInt64?, state: RegisterState?) {
        self.signal = signal
        self.code = code
        self.address = address
        self.state = state
        self.systemCall = nil
    }

    /// `SIGSEGV at 0x1000 (rip 0x40000005)`.
    public var description: String {
        var text = name
        if let address { text += " at 0x" + String(address, radix: 16) }
        if let rip = state?.rip { text += " (rip 0x" + String(rip, radix: 16) + ")" }
        return text
    }
}

/// The conventional name of a Linux x86-64 signal number, `SIG` + number when it has none.
public func signalName(_ signal: Int32) -> String {
    let names: [Int32: String] = [
        1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT",
        7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2",
        13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM", 16: "SIGSTKFLT", 17: "SIGCHLD",
        18: "SIGCONT", 19: "SIGSTOP", 20: "SIGTSTP", 21: "SIGTTIN", 22: "SIGTTOU", 23: "SIGURG",
        24: "SIGXCPU", 25: "SIGXFSZ", 26: "SIGVTALRM", 27: "SIGPROF", 28: "SIGWINCH", 29: "SIGIO",
        30: "SIGPWR", 31: "SIGSYS",
    ]
    return names[signal] ?? "SIG\(signal)"
}
