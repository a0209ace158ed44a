/// The width of an operand in bits, as named by size specifiers (`byte ptr` … `zmmword ptr`).
public enum OperandSize: Int, Sendable, Hashable, CaseIterable, Comparable {
    case byte = 8
    case word = 16
    case dword = 32
    case fword = 48
    case qword = 64
    case tbyte = 80
    case xmmword = 128
    case ymmword = 256
    case zmmword = 512

    /// Bits in the operand.
    @inlinable
    public var bits: Int { rawValue }

    /// Bytes in the operand.
    @inlinable
    public var bytes: Int { rawValue / 8 }

    /// The Intel-syntax keyword (`dword`).
    public var keyword: String {
        switch self {
        case .byte: "byte"
        case .word: "word"
        case .dword: "dword"
        case .fword: "fword"
        case .qword: "qword"
        case .tbyte: "tbyte"
        case .xmmword: "xmmword"
        case .ymmword: "ymmword"
        case .zmmword: "zmmword"
        }
    }

    /// The size whose keyword is `name` (also `oword` for 128 bits).
    public init?(keyword name: PackedName) {
        guard let size = OperandSize.byKeyword[name] else { return nil }
        self = size
    }

    private static let byKeyword: [PackedName: OperandSize] = {
        var table: [PackedName: OperandSize] = [:]
        for size in OperandSize.allCases {
            if let name = PackedName(size.keyword) { table[name] = size }
        }
        if let name = PackedName("oword") { table[name] = .xmmword }
        if let name = PackedName("tword") { table[name] = .tbyte }
        if let name = PackedName("yword") { table[name] = .ymmword }
        if let name = PackedName("zword") { table[name] = .zmmword }
        return table
    }()

    public static func < (lhs: OperandSize, rhs: OperandSize) -> Bool { lhs.rawValue < rhs.rawValue }
}
