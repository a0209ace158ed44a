import CTrampoline

/// Where this processor's XSAVE puts each part of the extended state (standard format), and
/// which parts the trampoline saves and restores: what CPUID leaf 0xD and XCR0 report.
struct XStateLayout: Sendable {
    /// XCR0 bits saved and restored (edx:eax of XSAVE and XRSTOR); 0: FXSAVE and FXRSTOR.
    let mask: UInt64
    /// Bytes of the area.
    let size: Int
    /// Offset of each component (by XCR0 bit number) in the area.
    private let offsets: [Int]
    /// MXCSR bits the processor implements.
    let mxcsrMask: UInt32

    /// The layout of this machine, read once.
    static let current = XStateLayout()

    private init() {
        var layout = jitter_xstate_layout()
        jitter_xstate_layout(&layout)
        mask = layout.mask
        size = min(Int(layout.size), Int(JITTER_XSTATE_CAPACITY))
        offsets = withUnsafeBytes(of: layout.offsets) { Array($0.bindMemory(to: UInt32.self)).map(Int.init) }
        mxcsrMask = layout.mxcsr_mask
    }

    /// The optional features the mask covers.
    var features: ExtendedState.Features {
        var features: ExtendedState.Features = []
        if mask & XStateLayout.avxBit != 0 { features.insert(.avx) }
        if mask & XStateLayout.avx512Bits == XStateLayout.avx512Bits { features.insert(.avx512) }
        return features
    }

    /// Offset of the component whose XCR0 bit is `bit`.
    func offset(of bit: UInt64) -> Int {
        offsets[bit.trailingZeroBitCount]
    }

    static let avxBit: UInt64 = 1 << 2
    static let avx512Bits: UInt64 = 0b111 << 5

    /// The components beyond the legacy area: XCR0 bit, size, and where ``ExtendedState`` keeps them.
    static let extendedParts: [(bit: UInt64, size: Int, at: Int)] = [
        (1 << 2, 256, ExtendedState.Offset.ymmHigh),   // YMM_Hi128: bits 255:128 of ymm0–15
        (1 << 5, 64, ExtendedState.Offset.opmask),     // k0–k7
        (1 << 6, 512, ExtendedState.Offset.zmmHigh),   // ZMM_Hi256: bits 511:256 of zmm0–15
        (1 << 7, 1024, ExtendedState.Offset.hi16),     // Hi16_ZMM: zmm16–31
    ]
}
