/// Properties of a form that neither the opcode nor the operand classes say (the fourth column).
public struct FormAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// `sx`: a narrower immediate is sign-extended to the operand size (`83 /0 ib`).
    @inlinable public static var signExtendsImmediate: FormAttributes { FormAttributes(rawValue: 1 << 0) }
    /// `lock`: the `lock` prefix is allowed (only with a memory destination).
    @inlinable public static var lockable: FormAttributes { FormAttributes(rawValue: 1 << 1) }
    /// `rep`: `rep`/`repe`/`repz` allowed.
    @inlinable public static var repeatable: FormAttributes { FormAttributes(rawValue: 1 << 2) }
    /// `repne`: `repne`/`repnz` allowed.
    @inlinable public static var repeatableNotEqual: FormAttributes { FormAttributes(rawValue: 1 << 3) }
    /// `d64`: the operand size defaults to 64 bits in 64-bit mode (no REX.W needed).
    @inlinable public static var defaultOperandSize64: FormAttributes { FormAttributes(rawValue: 1 << 4) }
    /// `hle`: `xacquire`/`xrelease` allowed on a locked memory destination.
    @inlinable public static var hardwareLockElision: FormAttributes { FormAttributes(rawValue: 1 << 5) }
    /// `bnd`: the MPX `bnd` prefix is allowed (branches).
    @inlinable public static var boundable: FormAttributes { FormAttributes(rawValue: 1 << 6) }
    /// `notrack`: the CET `notrack` prefix is allowed (indirect branches).
    @inlinable public static var notrackable: FormAttributes { FormAttributes(rawValue: 1 << 7) }
    /// `nolong`: the form exists in the SDM but is invalid in 64-bit mode; kept so errors can say so.
    @inlinable public static var invalidIn64BitMode: FormAttributes { FormAttributes(rawValue: 1 << 8) }
    /// `explicit`: chosen only when no other form matches (an alternative encoding kept for completeness).
    @inlinable public static var lastResort: FormAttributes { FormAttributes(rawValue: 1 << 9) }

    /// `notacc`: the opcode-register operand may not be the accumulator (`90` is `nop`, not `xchg eax, eax`).
    @inlinable public static var excludesAccumulator: FormAttributes { FormAttributes(rawValue: 1 << 10) }
    /// `locked`: with a memory operand the instruction is locked without a `lock` prefix (`xchg`),
    /// so `xacquire`/`xrelease` need none either.
    @inlinable public static var implicitlyLocked: FormAttributes { FormAttributes(rawValue: 1 << 11) }
    /// `xrelease`: `xrelease` allowed alone, on a store to memory (`mov m, r`, `mov m, imm`).
    @inlinable public static var releasingStore: FormAttributes { FormAttributes(rawValue: 1 << 12) }
    /// `kpair`: the opmask destination names a pair of registers, the even one and the next
    /// (`vp2intersectd`): ModRM.reg holds the even number, whichever of the two is written.
    @inlinable public static var maskPair: FormAttributes { FormAttributes(rawValue: 1 << 13) }
    /// `only64`: valid in 64-bit mode only (the SDM's N.E. in the compatibility/legacy column),
    /// though nothing in the row says so (`JRCXZ`, `SWAPGS`).
    @inlinable public static var only64BitMode: FormAttributes { FormAttributes(rawValue: 1 << 14) }
    /// `nosize`: the operand size is fixed whatever the mode, so 16-bit code writes no 66 for the
    /// 32-bit register operands (`MOV r32, CR0–CR7`, `CRC32 r32, r/m8`).
    @inlinable public static var fixedOperandSize: FormAttributes { FormAttributes(rawValue: 1 << 15) }

    static let words: [(String, FormAttributes)] = [
        ("sx", .signExtendsImmediate), ("lock", .lockable), ("rep", .repeatable), ("repne", .repeatableNotEqual),
        ("d64", .defaultOperandSize64), ("hle", .hardwareLockElision), ("bnd", .boundable),
        ("notrack", .notrackable), ("nolong", .invalidIn64BitMode), ("explicit", .lastResort),
        ("notacc", .excludesAccumulator), ("locked", .implicitlyLocked), ("xrelease", .releasingStore),
        ("kpair", .maskPair), ("only64", .only64BitMode), ("nosize", .fixedOperandSize),
    ]

    /// The attribute words, in table order.
    public var words: [String] { FormAttributes.words.filter { contains($0.1) }.map(\.0) }
}

/// The sixteen x86 condition codes with every mnemonic spelling of each.
public enum ConditionCode {
    /// Index = the code's value (the `cc` added to `70`, `0F 80`, `0F 40`, `0F 90`).
    public static let spellings: [[String]] = [
        ["o"], ["no"], ["b", "c", "nae"], ["ae", "nb", "nc"], ["e", "z"], ["ne", "nz"], ["be", "na"],
        ["a", "nbe"], ["s"], ["ns"], ["p", "pe"], ["np", "po"], ["l", "nge"], ["ge", "nl"], ["le", "ng"],
        ["g", "nle"],
    ]
}
