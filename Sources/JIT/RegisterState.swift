/// The registers of the code's machine: the general-purpose registers, rip and rflags, and
/// the ``extended`` state (x87, MMX, SSE, AVX, AVX-512, MXCSR).
///
/// Values are the full 64 bits; sub-registers (`eax`, `r8w`, `al`…) are views the caller
/// derives. Order everywhere (``names``, ``Register``, the index subscript, the shared page) is
/// rax rbx rcx rdx rsi rdi rbp rsp r8 … r15 rip rflags; ``count``, ``names`` and the
/// subscripts cover these 18 only.
public struct RegisterState: Equatable, Hashable, Sendable {
    /// Accumulator; the return value of a function.
    public var rax: UInt64 = 0
    /// Callee-saved in the System V ABI.
    public var rbx: UInt64 = 0
    /// Fourth integer argument; the count of shifts, loops and string instructions.
    public var rcx: UInt64 = 0
    /// Third integer argument; the high half of multiplications and dividends.
    public var rdx: UInt64 = 0
    /// Second integer argument; the source of string instructions.
    public var rsi: UInt64 = 0
    /// First integer argument; the destination of string instructions.
    public var rdi: UInt64 = 0
    /// Frame pointer by convention; callee-saved.
    public var rbp: UInt64 = 0
    /// Stack pointer (see `RunMode` for where each run starts it).
    public var rsp: UInt64 = 0
    /// Fifth integer argument.
    public var r8: UInt64 = 0
    /// Sixth integer argument.
    public var r9: UInt64 = 0
    /// Fourth argument of system calls (rcx is clobbered by `syscall`).
    public var r10: UInt64 = 0
    /// Scratch; `syscall` overwrites it with rflags.
    public var r11: UInt64 = 0
    /// Callee-saved.
    public var r12: UInt64 = 0
    /// Callee-saved.
    public var r13: UInt64 = 0
    /// Callee-saved.
    public var r14: UInt64 = 0
    /// Callee-saved.
    public var r15: UInt64 = 0
    /// Instruction pointer: where the code left (the exit stub, or the faulting instruction).
    public var rip: UInt64 = 0
    /// Flags; see `Flag` for the bits reported and `enterableFlagsMask` for those entered.
    public var rflags: UInt64 = 0
    /// The x87, MMX, SSE, AVX and AVX-512 registers and MXCSR; as after reset unless set.
    public var extended = ExtendedState()

    /// Every general register zero (rflags included, although the hardware always reads bit 1
    /// as one); the extended state as after reset (``ExtendedState/init(features:)``).
    public static let zero = RegisterState()

    /// Register names in index order.
    public static let names: [String] = Register.allCases.map(\.name)

    /// Number of registers in a state.
    public static let count = 18

    /// As ``zero``.
    public init() {}

    /// The register at `index` in ``names`` order. `index` must be in `0..<RegisterState.count`.
    public subscript(index: Int) -> UInt64 {
        get {
            guard let register = Register(rawValue: index) else {
                preconditionFailure("register index \(index) out of range")
            }
            return self[register]
        }
        set {
            guard let register = Register(rawValue: index) else {
                preconditionFailure("register index \(index) out of range")
            }
            self[register] = newValue
        }
    }

    /// The register named `name` (case-insensitive, 64-bit names only), or nil for any other name.
    public subscript(name: String) -> UInt64? {
        guard let register = Register(name: name) else { return nil }
        return self[register]
    }

    /// One register.
    public subscript(register: Register) -> UInt64 {
        get {
            switch register {
            case .rax: rax
            case .rbx: rbx
            case .rcx: rcx
            case .rdx: rdx
            case .rsi: rsi
            case .rdi: rdi
            case .rbp: rbp
            case .rsp: rsp
            case .r8: r8
            case .r9: r9
            case .r10: r10
            case .r11: r11
            case .r12: r12
            case .r13: r13
            case .r14: r14
            case .r15: r15
            case .rip: rip
            case .rflags: rflags
            }
        }
        set {
            switch register {
            case .rax: rax = newValue
            case .rbx: rbx = newValue
            case .rcx: rcx = newValue
            case .rdx: rdx = newValue
            case .rsi: rsi = newValue
            case .rdi: rdi = newValue
            case .rbp: rbp = newValue
            case .rsp: rsp = newValue
            case .r8: r8 = newValue
            case .r9: r9 = newValue
            case .r10: r10 = newValue
            case .r11: r11 = newValue
            case .r12: r12 = newValue
            case .r13: r13 = newValue
            case .r14: r14 = newValue
            case .r15: r15 = newValue
            case .rip: rip = newValue
            case .rflags: rflags = newValue
            }
        }
    }

    /// Whether `flag` is set in ``rflags``.
    public func flag(_ flag: Flag) -> Bool {
        rflags & flag.mask != 0
    }

    /// The general registers that differ between `self` and `other`, in index order (see
    /// ``ExtendedState/changedVectors(from:)`` for the others).
    public func changedRegisters(from other: RegisterState) -> [Register] {
        Register.allCases.filter { self[$0] != other[$0] }
    }
}

extension RegisterState {
    /// A register of ``RegisterState``; raw values are indices in ``RegisterState/names`` order.
    public enum Register: Int, CaseIterable, Sendable {
        case rax, rbx, rcx, rdx, rsi, rdi, rbp, rsp
        case r8, r9, r10, r11, r12, r13, r14, r15
        case rip, rflags

        /// The lowercase name, as in ``RegisterState/names``.
        public var name: String {
            switch self {
            case .rax: "rax"
            case .rbx: "rbx"
            case .rcx: "rcx"
            case .rdx: "rdx"
            case .rsi: "rsi"
            case .rdi: "rdi"
            case .rbp: "rbp"
            case .rsp: "rsp"
            case .r8: "r8"
            case .r9: "r9"
            case .r10: "r10"
            case .r11: "r11"
            case .r12: "r12"
            case .r13: "r13"
            case .r14: "r14"
            case .r15: "r15"
            case .rip: "rip"
            case .rflags: "rflags"
            }
        }

        /// The register called `name`, compared case-insensitively; nil for any other name.
        public init?(name: String) {
            let lowered = name.lowercased()
            guard let found = Register.allCases.first(where: { $0.name == lowered }) else {
                return nil
            }
            self = found
        }
    }

    /// The status and control flags of rflags a run reports, with their bit positions.
    public enum Flag: Int, CaseIterable, Sendable {
        /// Carry.
        case cf = 0
        /// Parity (of the low byte of the result).
        case pf = 2
        /// Auxiliary carry (out of bit 3).
        case af = 4
        /// Zero.
        case zf = 6
        /// Sign.
        case sf = 7
        /// Direction (string instructions count down when set).
        case df = 10
        /// Overflow.
        case of = 11

        /// Bit position in rflags.
        public var bit: Int { rawValue }
        /// The flag's bit as a mask.
        public var mask: UInt64 { 1 << UInt64(rawValue) }
        /// The uppercase name the SDM uses (`CF`, `PF`…).
        public var name: String {
            switch self {
            case .cf: "CF"
            case .pf: "PF"
            case .af: "AF"
            case .zf: "ZF"
            case .sf: "SF"
            case .df: "DF"
            case .of: "OF"
            }
        }
    }

    /// The rflags bits a run starts with from ``RegisterState/rflags``: CF PF AF ZF SF DF OF.
    /// Every other bit is ignored on entry (TF would trap after each instruction, AC would make
    /// unaligned accesses fault, IF and IOPL cannot be changed from user mode); bit 1 and IF are
    /// always set, as the hardware reports them.
    public static let enterableFlagsMask: UInt64 = Flag.allCases.reduce(0) { $0 | $1.mask }

    /// rflags as user-mode code always sees it with every status flag clear: bit 1 (reserved,
    /// reads as one) and IF.
    public static let baseFlags: UInt64 = 0x202
}
