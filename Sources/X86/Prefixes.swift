/// Instruction prefixes written as words before the mnemonic (`lock`, `rep`, `data16` …).
public struct PrefixSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    @inlinable public static var lock: PrefixSet { PrefixSet(rawValue: 1 << 0) }
    /// F3: `rep`, `repe`, `repz`.
    @inlinable public static var rep: PrefixSet { PrefixSet(rawValue: 1 << 1) }
    /// F2: `repne`, `repnz`.
    @inlinable public static var repne: PrefixSet { PrefixSet(rawValue: 1 << 2) }
    /// F2 on a locked instruction (hardware lock elision).
    @inlinable public static var xacquire: PrefixSet { PrefixSet(rawValue: 1 << 3) }
    /// F3 on a locked instruction or a store.
    @inlinable public static var xrelease: PrefixSet { PrefixSet(rawValue: 1 << 4) }
    /// 3E on an indirect branch (CET).
    @inlinable public static var notrack: PrefixSet { PrefixSet(rawValue: 1 << 5) }
    /// 66 written explicitly.
    @inlinable public static var data16: PrefixSet { PrefixSet(rawValue: 1 << 6) }
    /// 67 written explicitly.
    @inlinable public static var addr32: PrefixSet { PrefixSet(rawValue: 1 << 7) }
    /// A REX.W written explicitly.
    @inlinable public static var rex64: PrefixSet { PrefixSet(rawValue: 1 << 8) }
    /// An empty REX (0x40) written explicitly.
    @inlinable public static var rex: PrefixSet { PrefixSet(rawValue: 1 << 9) }
    /// F2 on a branch (MPX bounds).
    @inlinable public static var bnd: PrefixSet { PrefixSet(rawValue: 1 << 10) }
    /// `{vex}`: encode with VEX or not at all (a pseudo-prefix: no byte of its own).
    @inlinable public static var vex: PrefixSet { PrefixSet(rawValue: 1 << 11) }
    /// `{evex}`: encode with EVEX even where VEX would do.
    @inlinable public static var evex: PrefixSet { PrefixSet(rawValue: 1 << 12) }
    /// GNU's `.s` mnemonic suffix: of two forms that take the same registers, the one with them
    /// the other way round in ModRM (`mov.s %dl, %cl` is `8A CA`). No byte of its own.
    @inlinable public static var swapped: PrefixSet { PrefixSet(rawValue: 1 << 13) }

    /// The prefix spelled `name`, if `name` is a prefix word.
    public static func named(_ name: PackedName) -> PrefixSet? { byName[name] }

    private static let byName: [PackedName: PrefixSet] = {
        let words: [(String, PrefixSet)] = [
            ("lock", .lock), ("rep", .rep), ("repe", .rep), ("repz", .rep), ("repne", .repne),
            ("repnz", .repne), ("xacquire", .xacquire), ("xrelease", .xrelease), ("notrack", .notrack),
            ("data16", .data16), ("addr32", .addr32), ("rex64", .rex64), ("rex", .rex), ("rex.w", .rex64),
            ("bnd", .bnd),
        ]
        var table: [PackedName: PrefixSet] = [:]
        for (word, prefix) in words {
            if let name = PackedName(word) { table[name] = prefix }
        }
        return table
    }()
}
