/// A memory operand: `size ptr segment:[base + index*scale + displacement]`.
public struct Memory: Sendable, Hashable {
    /// The width given by a size specifier (`dword ptr`); nil when the text gave none.
    public var size: OperandSize?
    /// An explicit segment override (`fs:`).
    public var segment: Register?
    /// A general-purpose base register, or `rip`/`eip` for instruction-relative addressing.
    public var base: Register?
    public var index: Register?
    /// 1, 2, 4 or 8.
    public var scale: UInt8
    public var displacement: Int64
    /// The displacement's final value is not known yet (it names a label): encode it with 32 bits.
    public var displacementIsSymbolic: Bool
    /// With a `rip` base: ``displacement`` is the absolute target address, and the encoder stores
    /// the distance from the end of the instruction (`[rip + label]`).
    public var displacementIsTarget: Bool
    /// The N of an EVEX embedded broadcast (`[rax]{1to16}`): one element read and repeated N
    /// times; 0 for an ordinary memory operand.
    public var broadcast: UInt8 = 0

    @inlinable
    public init(
        size: OperandSize? = nil, segment: Register? = nil, base: Register? = nil, index: Register? = nil,
        scale: UInt8 = 1, displacement: Int64 = 0, displacementIsSymbolic: Bool = false,
        displacementIsTarget: Bool = false
    ) {
        self.size = size
        self.segment = segment
        self.base = base
        self.index = index
        self.scale = scale
        self.displacement = displacement
        self.displacementIsSymbolic = displacementIsSymbolic
        self.displacementIsTarget = displacementIsTarget
    }

    /// True when the address uses 32-bit registers, which needs the 0x67 address-size prefix.
    @inlinable
    public var usesAddressSize32: Bool {
        switch base?.kind {
        case .gp32?, .eip?: return true
        default: break
        }
        if case .gp32? = index?.kind { return true }
        return false
    }

    /// True when the index is a vector register: a VSIB address, for gathers only.
    @inlinable
    public var hasVectorIndex: Bool { index?.isVector ?? false }

    /// True for `[rip + …]` / `[eip + …]`.
    @inlinable
    public var isRIPRelative: Bool {
        switch base?.kind {
        case .rip?, .eip?: true
        default: false
        }
    }

    /// True when only a displacement is given (`[0x1000]`), the shape a `moffs` operand needs.
    @inlinable
    public var isOffsetOnly: Bool { base == nil && index == nil }
}
