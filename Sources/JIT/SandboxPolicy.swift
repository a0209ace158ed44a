import CTrampoline

/// What code run by an ``Executor`` may do: the system calls its seccomp filter refuses, the
/// rules that look at arguments, and the resource limits of the worker process.
///
/// The standard policy lets ordinary programs work (read, write, open, mmap, exit, fork,
/// execve of a program that then runs under the same limits…) and refuses what could reach
/// beyond the worker: tracing or reading other processes, signalling outside its own process
/// group, leaving that group, namespaces, mounts, kernel modules, io_uring (whose operations
/// pass around seccomp), pushing input into a terminal, and mappings writable and executable
/// at once. A refused call ends the run with SIGSYS, naming the call.
public struct SandboxPolicy: Equatable, Sendable {
    /// System calls refused outright, by name.
    public private(set) var refusedCalls: [String]
    /// kill, tkill, tgkill, rt_sigqueueinfo and rt_tgsigqueueinfo reach only the worker and
    /// its own process group (a process the code forks can signal its group with pid 0), and no
    /// descriptor gets an owner to signal (fcntl F_SETOWN, F_SETOWN_EX and F_SETSIG other than
    /// clearing them; ioctl FIOSETOWN and SIOCSPGRP).
    public var signalsStayInGroup = true
    /// mmap, mprotect and pkey_mprotect refuse PROT_WRITE together with PROT_EXEC, and shmat
    /// refuses SHM_EXEC.
    public var writeXorExecute = true
    /// clone refuses namespace flags and CLONE_UNTRACED (a process the supervisor's tracing
    /// would not be told of); clone3 answers ENOSYS (libc then falls back to clone). Lifting
    /// it also costs every run the early answer (see ``Executor/run(_:mode:)``).
    public var plainClone = true
    /// ioctl refuses TIOCSTI and TIOCLINUX.
    public var noTerminalInjection = true
    /// Most bytes of address space of the worker (RLIMIT_AS). Default 1 GiB.
    public var addressSpaceLimit: UInt64 = 1 << 30
    /// Largest file the code may write (RLIMIT_FSIZE). Default 64 MiB.
    public var fileSizeLimit: UInt64 = 64 << 20
    /// Most processes of the worker's user (RLIMIT_NPROC). It binds only users other than root,
    /// which is why a worker started as root becomes ``unprivilegedID``. Default 64.
    public var processLimit: UInt32 = 64
    /// Most open descriptors (RLIMIT_NOFILE). Default 256.
    public var openFilesLimit: UInt32 = 256
    /// The user and group id a worker started as root switches to. Default 65534 (nobody).
    public var unprivilegedID: UInt32 = 65534

    /// The policy every executor starts with.
    public static let standard = SandboxPolicy(refusedCalls: SandboxPolicy.standardRefusals.map(\.name))

    /// Every name ``allow(_:)`` accepts: the refused calls and the calls the argument rules cover.
    public static var allowableNames: [String] {
        standardRefusals.map(\.name) + ruleCalls.map(\.name)
    }

    /// Lets code make the named system call: removes it from ``refusedCalls``, or lifts the
    /// argument rule that covers it (`kill` lifts ``signalsStayInGroup``, `mprotect` lifts
    /// ``writeXorExecute``…). Returns false for a name it does not know.
    @discardableResult
    public mutating func allow(_ name: String) -> Bool {
        if let index = refusedCalls.firstIndex(of: name) {
            refusedCalls.remove(at: index)
            return true
        }
        guard let rule = SandboxPolicy.ruleCalls.first(where: { $0.name == name })?.rule else { return false }
        switch rule {
        case JITTER_RULE_OWN_SIGNALS: signalsStayInGroup = false
        case JITTER_RULE_WRITE_XOR_EXECUTE: writeXorExecute = false
        case JITTER_RULE_PLAIN_CLONE: plainClone = false
        default: noTerminalInjection = false
        }
        return true
    }

    /// The conventional name of an x86-64 system call number, when the policy knows it.
    public static func name(ofSystemCall number: Int32) -> String? {
        standardRefusals.first { $0.number == number }?.name
            ?? ruleCalls.first { $0.number == number }?.name
    }

    static func number(of name: String) -> UInt32? {
        standardRefusals.first { $0.name == name }?.number ?? ruleCalls.first { $0.name == name }?.number
    }

    var rules: UInt32 {
        var bits: UInt32 = 0
        if signalsStayInGroup { bits |= JITTER_RULE_OWN_SIGNALS.rawValue }
        if writeXorExecute { bits |= JITTER_RULE_WRITE_XOR_EXECUTE.rawValue }
        if plainClone { bits |= JITTER_RULE_PLAIN_CLONE.rawValue }
        if noTerminalInjection { bits |= JITTER_RULE_NO_TERMINAL_INJECTION.rawValue }
        return bits
    }

    var refusedNumbers: [UInt32] {
        refusedCalls.compactMap(SandboxPolicy.number(of:))
    }

    /// x86-64 numbers of the calls refused by default.
    static let standardRefusals: [(name: String, number: UInt32)] = [
        // Reaching into other processes.
        ("ptrace", 101), ("process_vm_readv", 310), ("process_vm_writev", 311), ("kcmp", 312),
        ("pidfd_open", 434), ("pidfd_getfd", 438), ("pidfd_send_signal", 424),
        // Leaving the process group, the session or the namespaces everything is killed by.
        ("setsid", 112), ("setpgid", 109), ("setns", 308), ("unshare", 272),
        // The machine itself.
        ("mount", 165), ("umount2", 166), ("pivot_root", 155), ("chroot", 161), ("mount_setattr", 442),
        ("open_tree", 428), ("move_mount", 429), ("fsopen", 430), ("fsconfig", 431), ("fsmount", 432),
        ("fspick", 433), ("swapon", 167), ("swapoff", 168), ("reboot", 169), ("sethostname", 170),
        ("setdomainname", 171), ("iopl", 172), ("ioperm", 173), ("init_module", 175),
        ("delete_module", 176), ("finit_module", 313), ("kexec_load", 246), ("kexec_file_load", 320),
        ("acct", 163), ("quotactl", 179), ("settimeofday", 164), ("clock_settime", 227),
        ("clock_adjtime", 305), ("adjtimex", 159), ("syslog", 103), ("vhangup", 153),
        ("lookup_dcookie", 212), ("fanotify_init", 300), ("name_to_handle_at", 303),
        ("open_by_handle_at", 304), ("personality", 135), ("modify_ldt", 154), ("uselib", 134),
        // Kernel interfaces with a large attack surface, or which bypass the filter.
        ("bpf", 321), ("perf_event_open", 298), ("userfaultfd", 323), ("keyctl", 250), ("add_key", 248),
        ("request_key", 249), ("io_uring_setup", 425), ("io_uring_enter", 426), ("io_uring_register", 427),
        ("migrate_pages", 256), ("move_pages", 279),
    ]

    /// Calls allowed with checked arguments, and the rule that checks them.
    static let ruleCalls: [(name: String, number: UInt32, rule: jitter_rule)] = [
        ("kill", 62, JITTER_RULE_OWN_SIGNALS), ("tkill", 200, JITTER_RULE_OWN_SIGNALS),
        ("tgkill", 234, JITTER_RULE_OWN_SIGNALS), ("rt_sigqueueinfo", 129, JITTER_RULE_OWN_SIGNALS),
        ("rt_tgsigqueueinfo", 297, JITTER_RULE_OWN_SIGNALS), ("fcntl", 72, JITTER_RULE_OWN_SIGNALS),
        ("mmap", 9, JITTER_RULE_WRITE_XOR_EXECUTE), ("mprotect", 10, JITTER_RULE_WRITE_XOR_EXECUTE),
        ("pkey_mprotect", 329, JITTER_RULE_WRITE_XOR_EXECUTE), ("shmat", 30, JITTER_RULE_WRITE_XOR_EXECUTE),
        ("clone", 56, JITTER_RULE_PLAIN_CLONE), ("clone3", 435, JITTER_RULE_PLAIN_CLONE),
        ("ioctl", 16, JITTER_RULE_NO_TERMINAL_INJECTION),
    ]
}
