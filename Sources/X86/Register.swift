/// The families of registers an operand can name.
public enum RegisterKind: UInt8, Sendable, Hashable {
    /// `al` … `r15b`, including `spl`/`bpl`/`sil`/`dil`, which exist only with a REX prefix.
    case gp8
    /// `ah`, `ch`, `dh`, `bh`: the high bytes, which cannot be encoded with any REX prefix.
    case gp8High
    case gp16
    case gp32
    case gp64
    /// The instruction pointer, usable only as a base (`[rip + disp]`).
    case rip
    /// The 32-bit instruction pointer (`[eip + disp]`, with the 0x67 prefix).
    case eip
    /// `es cs ss ds fs gs`.
    case segment
    /// `cr0` … `cr15`.
    case control
    /// `dr0` … `dr15`.
    case debug
    /// `xmm0` … `xmm31` (16–31 only with EVEX).
    case xmm
    /// `ymm0` … `ymm31`.
    case ymm
    /// `zmm0` … `zmm31`.
    case zmm
    /// `mm0` … `mm7`: the MMX registers, aliased onto the x87 registers' significands.
    case mmx
    /// `st(0)` … `st(7)`: the x87 stack, numbered from its top.
    case x87
    /// `k0` … `k7`: the AVX-512 opmask registers.
    case mask
    /// `tmm0` … `tmm7`: the AMX tiles.
    case tile
}

/// One architectural register: a kind and its number in the encoding (0–15).
public struct Register: Hashable, Sendable, CustomStringConvertible {
    public let kind: RegisterKind
    /// The register number as encoded: the low three bits go into ModRM/SIB/opcode, bit 3 into REX.
    public let number: UInt8

    @inlinable
    public init(_ kind: RegisterKind, _ number: UInt8) {
        self.kind = kind
        self.number = number
    }

    /// The width of the register when it is a data operand.
    @inlinable
    public var size: OperandSize? {
        switch kind {
        case .gp8, .gp8High: .byte
        case .gp16, .segment: .word
        case .gp32, .eip: .dword
        case .gp64, .rip, .control, .debug, .mmx, .mask: .qword
        case .xmm: .xmmword
        case .ymm: .ymmword
        case .zmm: .zmmword
        case .x87: .tbyte
        case .tile: nil
        }
    }

    /// True for xmm, ymm and zmm registers: they can index a VSIB address.
    @inlinable
    public var isVector: Bool {
        switch kind {
        case .xmm, .ymm, .zmm: true
        default: false
        }
    }

    /// True for general-purpose registers of any width.
    @inlinable
    public var isGeneralPurpose: Bool {
        switch kind {
        case .gp8, .gp8High, .gp16, .gp32, .gp64: true
        default: false
        }
    }

    /// The low three bits, as they appear in ModRM, SIB or the opcode byte.
    @inlinable
    public var lowBits: UInt8 { number & 7 }

    /// True when bit 4 of the number must be carried by an EVEX bit (xmm16–31).
    @inlinable
    public var needsEVEX: Bool { number & 16 != 0 }

    /// True when bit 3 of the number must be carried by a REX (or VEX) bit.
    @inlinable
    public var isExtended: Bool { number & 8 != 0 }

    /// `spl`, `bpl`, `sil`, `dil` share their numbers with `ah`…`bh` and are only reachable with REX.
    @inlinable
    public var requiresREX: Bool {
        if case .gp8 = kind { return number >= 4 && number < 8 }
        return false
    }

    /// `ah`…`bh` are reinterpreted as `spl`…`dil` whenever a REX prefix is present.
    @inlinable
    public var forbidsREX: Bool {
        if case .gp8High = kind { return true }
        return false
    }

    public var name: String { Register.names[self] ?? (isZeroIndex ? (kind == .gp64 ? "riz" : "eiz") : "?") }

    /// GNU's `riz` (`eiz` with 32-bit addresses): an index that reads zero, written to ask for a
    /// SIB byte whose index field is 100 without REX.X (`(%rax,%riz,4)` is `04 a0`). Its number
    /// has that field's bits and none of REX.X or EVEX.X; the parsers read it only as an index
    /// (`(%rax,%riz,4)`, `[rax+riz*4]`), so that it can stand for no other operand.
    public static let zeroIndex64 = Register(.gp64, 36)
    /// `eiz`: see ``zeroIndex64``.
    public static let zeroIndex32 = Register(.gp32, 36)

    /// True for `riz` and `eiz`.
    @inlinable
    public var isZeroIndex: Bool { number == 36 }
    public var description: String { name }

    /// The register spelled `name` (case-insensitive), if any.
    public static func named(_ name: PackedName) -> Register? { byName[name] }

    /// The register spelled `name` (case-insensitive), if any.
    public static func named(_ name: String) -> Register? {
        guard let packed = PackedName(name) else { return nil }
        return byName[packed]
    }

    /// All register spellings, sorted, for completion, help and "did you mean" (made once).
    public static let allNames: [String] =
        (named.filter { $0.0.kind != .x87 }.map(\.1) + (0..<8).map { "st\($0)" } + ["st"]).sorted()

    private static let names: [Register: String] = Dictionary(uniqueKeysWithValues: named)

    /// Each register with its name, in a list: the parsers' keyword table reads it at every
    /// start, without the dictionary `name` uses.
    private static let named: [(Register, String)] = {
        var table: [(Register, String)] = []
        table.reserveCapacity(256)
        let gp64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"]
        let gp32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"]
        let gp16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"]
        let gp8 = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"]
        for n in 0..<16 {
            let number = UInt8(n)
            if n < 8 {
                table.append((Register(.gp64, number), gp64[n]))
                table.append((Register(.gp32, number), gp32[n]))
                table.append((Register(.gp16, number), gp16[n]))
                table.append((Register(.gp8, number), gp8[n]))
            } else {
                table.append((Register(.gp64, number), "r\(n)"))
                table.append((Register(.gp32, number), "r\(n)d"))
                table.append((Register(.gp16, number), "r\(n)w"))
                table.append((Register(.gp8, number), "r\(n)b"))
            }
            table.append((Register(.control, number), "cr\(n)"))
            table.append((Register(.debug, number), "dr\(n)"))
        }
        for n in 0..<32 {
            table.append((Register(.xmm, UInt8(n)), "xmm\(n)"))
            table.append((Register(.ymm, UInt8(n)), "ymm\(n)"))
            table.append((Register(.zmm, UInt8(n)), "zmm\(n)"))
        }
        for n in 0..<8 {
            table.append((Register(.mmx, UInt8(n)), "mm\(n)"))
            table.append((Register(.x87, UInt8(n)), "st(\(n))"))
            table.append((Register(.mask, UInt8(n)), "k\(n)"))
            table.append((Register(.tile, UInt8(n)), "tmm\(n)"))
        }
        for (n, name) in ["ah", "ch", "dh", "bh"].enumerated() {
            table.append((Register(.gp8High, UInt8(n + 4)), name))
        }
        for (n, name) in ["es", "cs", "ss", "ds", "fs", "gs"].enumerated() {
            table.append((Register(.segment, UInt8(n)), name))
        }
        table.append((Register(.rip, 5), "rip"))
        table.append((Register(.eip, 5), "eip"))
        return table
    }()

    private static let byName: [PackedName: Register] = Dictionary(spellings, uniquingKeysWith: { $1 })

    /// Every spelling the parsers read as a register, packed, in no particular order.
    package static let spellings: [(PackedName, Register)] = {
        var table: [(PackedName, Register)] = []
        table.reserveCapacity(named.count + 17)
        for (register, name) in named where register.kind != .x87 {
            if let packed = PackedName(name) { table.append((packed, register)) }
        }
        // The x87 registers are written `st(i)`, which the parser reads as `st` and a number;
        // `st` alone is the top of the stack, and NASM's `st0`…`st7` name them directly.
        for n in 0..<8 {
            if let packed = PackedName("st\(n)") { table.append((packed, Register(.x87, UInt8(n)))) }
        }
        if let packed = PackedName("st") { table.append((packed, Register(.x87, 0))) }
        // Intel's alternative spellings of the extended byte registers.
        for n in 8..<16 {
            if let packed = PackedName("r\(n)l") { table.append((packed, Register(.gp8, UInt8(n)))) }
        }
        return table
    }()
}

extension Register {
    public static let rax = Register(.gp64, 0)
    public static let rcx = Register(.gp64, 1)
    public static let rdx = Register(.gp64, 2)
    public static let rbx = Register(.gp64, 3)
    public static let rsp = Register(.gp64, 4)
    public static let rbp = Register(.gp64, 5)
    public static let rsi = Register(.gp64, 6)
    public static let rdi = Register(.gp64, 7)
    public static let eax = Register(.gp32, 0)
    public static let ax = Register(.gp16, 0)
    public static let al = Register(.gp8, 0)
    public static let cl = Register(.gp8, 1)
    public static let dx = Register(.gp16, 2)
    public static let rip = Register(.rip, 5)
}
