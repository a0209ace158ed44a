/// A set of rflags bits, named as the SDM names them (`CF`, `ZF`, `OF`…).
public struct StatusFlags: OptionSet, Sendable, Hashable, CustomStringConvertible {
    /// The bits, at their rflags positions.
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let cf = StatusFlags(rawValue: 1 << 0)
    public static let pf = StatusFlags(rawValue: 1 << 2)
    public static let af = StatusFlags(rawValue: 1 << 4)
    public static let zf = StatusFlags(rawValue: 1 << 6)
    public static let sf = StatusFlags(rawValue: 1 << 7)
    public static let tf = StatusFlags(rawValue: 1 << 8)
    public static let `if` = StatusFlags(rawValue: 1 << 9)
    public static let df = StatusFlags(rawValue: 1 << 10)
    public static let of = StatusFlags(rawValue: 1 << 11)
    public static let ac = StatusFlags(rawValue: 1 << 18)
    public static let id = StatusFlags(rawValue: 1 << 21)

    /// The six arithmetic status flags.
    public static let arithmetic: StatusFlags = [.of, .sf, .zf, .af, .cf, .pf]

    /// Every named flag with its SDM name, in the order explanations list them (the SDM's
    /// "Flags Affected" order, `OF SF ZF AF CF PF`).
    public static let named: [(name: String, flag: StatusFlags)] = [
        ("OF", .of), ("DF", .df), ("IF", .if), ("TF", .tf), ("SF", .sf), ("ZF", .zf), ("AF", .af),
        ("CF", .cf), ("PF", .pf), ("AC", .ac), ("ID", .id),
    ]

    /// The flag spelled `name` (case-insensitive), if it is one.
    public init?(name: String) {
        let upper = name.uppercased()
        guard let found = StatusFlags.named.first(where: { $0.name == upper }) else { return nil }
        self = found.flag
    }

    /// The SDM names of the flags in the set, in ``named`` order.
    public var names: [String] { StatusFlags.named.filter { contains($0.flag) }.map(\.name) }

    /// The bit position of a single flag (its rflags bit), nil for an empty or multi-flag set.
    public var bit: Int? {
        guard rawValue != 0, rawValue & (rawValue - 1) == 0 else { return nil }
        return rawValue.trailingZeroBitCount
    }

    public var description: String { names.joined(separator: " ") }
}
