/// The x87, MMX, SSE, AVX and AVX-512 registers and MXCSR of the code's machine.
///
/// Kept as one byte buffer (a copy costs a reference count until it is written) in a fixed
/// layout of its own, the same on every machine: the 512-byte FXSAVE image (FCW, FSW, the
/// abridged tag word, FOP, FIP, FDP, MXCSR, MXCSR_MASK, ST0–ST7 in 16-byte slots, XMM0–XMM15),
/// then the upper halves of ymm0–15, k0–k7, the upper halves of zmm0–15 and zmm16–31 whole.
/// The executor converts it from and to the processor's XSAVE layout. Registers this machine
/// lacks (``features``) read as nil and keep their zero bytes.
///
/// Bytes are little-endian, as in memory: byte 0 of `xmm0` is the lowest byte of lane 0.
public struct ExtendedState: Equatable, Hashable, Sendable {
    /// The optional parts of the state a machine has (x87 and SSE always exist on x86-64).
    public struct Features: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// ymm0–15 (their upper 128 bits).
        public static let avx = Features(rawValue: 1)
        /// zmm0–31, xmm16–31, ymm16–31 and k0–k7 (AVX-512 Foundation).
        public static let avx512 = Features(rawValue: 2)

        /// What this processor has and the kernel enabled (CPUID and XCR0).
        public static var available: Features { XStateLayout.current.features }
    }

    /// What exists on the machine the state comes from.
    public let features: Features
    /// The state in the layout described above (``Offset``).
    private var bytes: [UInt8]

    /// The state after reset: every register zero, x87 control word 0x037F (as FNINIT leaves
    /// it: all exceptions masked, 64-bit precision, round to nearest), all x87 registers empty,
    /// MXCSR 0x1F80 (all exceptions masked, round to nearest).
    public init(features: Features = .available) {
        self.features = features
        bytes = [UInt8](repeating: 0, count: Offset.size)
        fcw = ExtendedState.resetFCW
        mxcsr = ExtendedState.resetMXCSR
        mxcsrMask = XStateLayout.current.mxcsrMask
    }

    /// ``init(features:)`` on this machine.
    public static var initial: ExtendedState { ExtendedState() }

    /// The x87 control word after FNINIT.
    public static let resetFCW: UInt16 = 0x037F
    /// MXCSR after reset.
    public static let resetMXCSR: UInt32 = 0x1F80

    /// Where each part lives in ``bytes``.
    enum Offset {
        static let fcw = 0
        static let fsw = 2
        static let abridgedTag = 4
        static let fop = 6
        static let mxcsr = 24
        static let mxcsrMask = 28
        static let st = 32
        static let xmm = 160
        static let legacyEnd = 416
        static let legacySize = 512
        static let ymmHigh = 512
        static let opmask = ymmHigh + 16 * 16
        static let zmmHigh = opmask + 8 * 8
        static let hi16 = zmmHigh + 16 * 32
        static let size = hi16 + 16 * 64
    }

    // MARK: x87

    /// FCW: exception masks (bits 0–5), precision control (8–9), rounding control (10–11).
    public var fcw: UInt16 {
        get { load(UInt16.self, at: Offset.fcw) }
        set { store(newValue, at: Offset.fcw) }
    }

    /// FSW: exception flags (bits 0–5), stack fault, summary, C0–C2 (8–10), TOP (11–13), C3, busy.
    public var fsw: UInt16 {
        get { load(UInt16.self, at: Offset.fsw) }
        set { store(newValue, at: Offset.fsw) }
    }

    /// The abridged tag word of FXSAVE: bit i set when physical register Ri is not empty.
    public var abridgedTagWord: UInt8 {
        get { bytes[Offset.abridgedTag] }
        set { bytes[Offset.abridgedTag] = newValue }
    }

    /// The last x87 opcode (11 bits).
    public var fop: UInt16 { load(UInt16.self, at: Offset.fop) }

    /// TOP: the physical register that is ST0.
    public var top: Int { Int(fsw >> 11) & 7 }

    /// The full tag word as FSTENV stores it, two bits per physical register (00 valid,
    /// 01 zero, 10 special: NaN, infinity, denormal or unsupported, 11 empty), derived from the
    /// abridged tag word and the register contents as FXSAVE's documentation describes.
    public var tagWord: UInt16 {
        var word: UInt16 = 0
        for physical in 0..<8 {
            word |= UInt16(tag(physical: physical).rawValue) << (2 * physical)
        }
        return word
    }

    /// A two-bit x87 tag.
    public enum Tag: UInt8, Sendable {
        case valid = 0, zero = 1, special = 2, empty = 3
    }

    /// The tag of physical register `physical` (R0–R7, not ST order).
    public func tag(physical: Int) -> Tag {
        guard abridgedTagWord & (1 << UInt8(physical & 7)) != 0 else { return .empty }
        let value = st((physical - top) & 7)
        let exponent = value.signAndExponent & 0x7FFF
        if exponent == 0x7FFF { return .special }
        if exponent == 0 { return value.significand == 0 ? .zero : .special }
        return value.significand >> 63 == 0 ? .special : .valid
    }

    /// Whether ST(`index`) is empty.
    public func isEmpty(st index: Int) -> Bool {
        tag(physical: (index + top) & 7) == .empty
    }

    /// ST(`index`), 0…7, as its 80 bits (whatever they are when the register is empty).
    public func st(_ index: Int) -> Float80Bits {
        let base = Offset.st + 16 * (index & 7)
        return Float80Bits(significand: load(UInt64.self, at: base), signAndExponent: load(UInt16.self, at: base + 8))
    }

    /// Sets ST(`index`) to `value` and tags it in use, as a load into it would (TOP stays).
    public mutating func setST(_ index: Int, _ value: Float80Bits) {
        let base = Offset.st + 16 * (index & 7)
        store(value.significand, at: base)
        store(value.signAndExponent, at: base + 8)
        abridgedTagWord |= 1 << UInt8((index + top) & 7)
    }

    /// MMi: the low 64 bits of physical register Ri (ST((i − TOP) mod 8)).
    public func mm(_ index: Int) -> UInt64 {
        st((index - top) & 7).significand
    }

    /// Sets MMi as an MMX instruction writes it: the 64 bits, exponent and sign all ones,
    /// TOP 0 and every register tagged in use.
    public mutating func setMM(_ index: Int, _ value: UInt64) {
        fsw &= ~0x3800
        setST(index & 7, Float80Bits(significand: value, signAndExponent: 0xFFFF))
        abridgedTagWord = 0xFF
    }

    // MARK: SSE

    /// MXCSR: exception flags (bits 0–5), DAZ (6), exception masks (7–12), rounding control
    /// (13–14), FTZ (15).
    public var mxcsr: UInt32 {
        get { load(UInt32.self, at: Offset.mxcsr) }
        set { store(newValue, at: Offset.mxcsr) }
    }

    /// The MXCSR bits this processor implements; setting any other bit would fault.
    public internal(set) var mxcsrMask: UInt32 {
        get { load(UInt32.self, at: Offset.mxcsrMask) }
        set { store(newValue, at: Offset.mxcsrMask) }
    }

    /// Whether `register` exists on this machine.
    public func has(_ register: VectorRegister) -> Bool {
        if register.kind == .zmm || register.index >= 16 { return features.contains(.avx512) }
        return register.kind == .ymm ? features.contains(.avx) : true
    }

    /// The bytes of `register` (``VectorRegister/byteCount`` of them, lowest first), nil when
    /// this machine does not have it.
    public func bytes(of register: VectorRegister) -> [UInt8]? {
        guard has(register) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(register.byteCount)
        forEachPiece(of: register) { start, count in
            result += bytes[start..<start + count]
            return true
        }
        return result
    }

    /// Replaces the bytes of `register`; the rest of the wider register is kept (as a legacy
    /// SSE write keeps the upper half of a ymm register). `bytes` has
    /// ``VectorRegister/byteCount`` bytes and the machine has the register (see ``has(_:)``).
    public mutating func setBytes(_ newBytes: [UInt8], of register: VectorRegister) {
        precondition(has(register) && newBytes.count == register.byteCount, "\(register.name) cannot take \(newBytes.count) bytes here")
        if register.kind == .mm {
            var value: UInt64 = 0
            for (index, byte) in newBytes.enumerated() { value |= UInt64(byte) << (8 * UInt64(index)) }
            setMM(register.index, value)
            return
        }
        var consumed = 0
        for (start, count) in pieces(of: register) {
            bytes.replaceSubrange(start..<start + count, with: newBytes[consumed..<consumed + count])
            consumed += count
        }
    }

    /// Where the bytes of `register` live, lowest first.
    private func pieces(of register: VectorRegister) -> [(start: Int, count: Int)] {
        var result: [(start: Int, count: Int)] = []
        forEachPiece(of: register) { start, count in
            result.append((start, count))
            return true
        }
        return result
    }

    /// Calls `body` with the start and length in ``bytes`` of each piece of `register`, low
    /// part first, while it returns true (no array is made: see ``changedVectors(from:)``).
    @inline(__always)
    private func forEachPiece(of register: VectorRegister, _ body: (_ start: Int, _ count: Int) -> Bool) {
        let index = register.index
        switch register.kind {
        case .mm:
            _ = body(Offset.st + 16 * ((index - top) & 7), 8)
        case .xmm, .ymm, .zmm:
            if index >= 16 {
                _ = body(Offset.hi16 + 64 * (index - 16), register.byteCount)
                return
            }
            guard body(Offset.xmm + 16 * index, 16) else { return }
            if register.kind != .xmm { guard body(Offset.ymmHigh + 16 * index, 16) else { return } }
            if register.kind == .zmm { _ = body(Offset.zmmHigh + 32 * index, 32) }
        }
    }

    // MARK: AVX-512 opmasks

    /// k`index` (0…7), nil without AVX-512.
    public func opmask(_ index: Int) -> UInt64? {
        guard features.contains(.avx512), (0..<8).contains(index) else { return nil }
        return load(UInt64.self, at: Offset.opmask + 8 * index)
    }

    /// Sets k`index`; ignored without AVX-512.
    public mutating func setOpmask(_ index: Int, _ value: UInt64) {
        guard features.contains(.avx512), (0..<8).contains(index) else { return }
        store(value, at: Offset.opmask + 8 * index)
    }

    // MARK: Comparing

    /// The vector registers that differ between `other` and `self`, each named at the
    /// narrowest width (xmm, ymm, zmm) beyond which both values are zero, in register order.
    public func changedVectors(from other: ExtendedState) -> [VectorRegister] {
        // Most runs change no vector register at all.
        if bytes == other.bytes { return [] }
        let count = features.contains(.avx512) ? 32 : 16
        let widest: VectorRegister.Kind = features.contains(.avx512) ? .zmm : features.contains(.avx) ? .ymm : .xmm
        var changed: [VectorRegister] = []
        for index in 0..<count {
            let whole = VectorRegister(widest, index)
            // Compared in place first: a run changes few registers, and copying each out of
            // both states was a twentieth of the REPL's time per block.
            guard has(whole), other.has(whole), !sameBytes(of: whole, as: other) else { continue }
            guard let new = bytes(of: whole), let old = other.bytes(of: whole), new != old else { continue }
            var kind = widest
            for narrower in [VectorRegister.Kind.xmm, .ymm] where narrower.byteCount < widest.byteCount {
                let width = narrower.byteCount
                if new[width...].allSatisfy({ $0 == 0 }) && old[width...].allSatisfy({ $0 == 0 }) {
                    kind = narrower
                    break
                }
            }
            changed.append(VectorRegister(kind, index))
        }
        return changed
    }

    /// Whether `register` holds the same bytes here as in `other`, which has the same layout.
    private func sameBytes(of register: VectorRegister, as other: ExtendedState) -> Bool {
        guard bytes.count == other.bytes.count else { return false }
        return bytes.withUnsafeBytes { new in
            other.bytes.withUnsafeBytes { old in
                var same = true
                forEachPiece(of: register) { start, count in
                    same = start + count <= new.count && new[start..<start + count].elementsEqual(old[start..<start + count])
                    return same
                }
                return same
            }
        }
    }

    /// The indices of the ST registers whose value or emptiness differs from `other`'s.
    public func changedST(from other: ExtendedState) -> [Int] {
        (0..<8).filter { index in
            isEmpty(st: index) != other.isEmpty(st: index)
                || (!isEmpty(st: index) && st(index) != other.st(index))
        }
    }

    // MARK: XSAVE areas

    /// The state an XSAVE area (standard format, `area.count` bytes valid) holds, laid out as
    /// `layout` says. Components the area marks as in their initial configuration (their
    /// XSTATE_BV bit clear) or does not contain read as after reset. Nil when the area is too
    /// short to hold even the legacy image.
    init?(xsave area: UnsafeRawBufferPointer, layout: XStateLayout) {
        guard area.count >= Offset.legacySize else { return nil }
        self.init(features: layout.features)
        bytes.replaceSubrange(0..<Offset.legacyEnd, with: area[0..<Offset.legacyEnd])
        let inUse: UInt64 = layout.mask != 0 && area.count >= 576
            ? area.loadUnaligned(fromByteOffset: 512, as: UInt64.self) : 0b11
        if inUse & 1 == 0 {
            // x87 in its initial configuration: FNINIT's values, no instruction pointers.
            bytes.replaceSubrange(0..<Offset.mxcsr, with: repeatElement(0, count: Offset.mxcsr))
            bytes.replaceSubrange(Offset.st..<Offset.xmm, with: repeatElement(0, count: Offset.xmm - Offset.st))
            fcw = ExtendedState.resetFCW
        }
        if inUse & 2 == 0 {
            bytes.replaceSubrange(Offset.xmm..<Offset.legacyEnd, with: repeatElement(0, count: Offset.legacyEnd - Offset.xmm))
        }
        for part in XStateLayout.extendedParts {
            guard layout.mask & part.bit != 0, inUse & part.bit != 0 else { continue }
            let start = layout.offset(of: part.bit)
            guard start + part.size <= area.count else { continue }
            bytes.replaceSubrange(part.at..<part.at + part.size, with: area[start..<start + part.size])
        }
    }

    /// Writes the state as an XSAVE area (standard format, `layout.size` bytes) that XRSTOR
    /// (FXRSTOR when `layout.mask` is 0) accepts: every component taken from memory, the rest
    /// of the header zero, MXCSR without the bits this processor lacks.
    func writeXSAVE(into area: UnsafeMutableRawBufferPointer, layout: XStateLayout) {
        area.initializeMemory(as: UInt8.self, repeating: 0)
        bytes.withUnsafeBytes { source in
            area.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[0..<Offset.legacyEnd]))
            area.storeBytes(of: mxcsr & layout.mxcsrMask, toByteOffset: Offset.mxcsr, as: UInt32.self)
            area.storeBytes(of: 0, toByteOffset: Offset.mxcsrMask, as: UInt32.self)
            guard layout.mask != 0 else { return }
            area.storeBytes(of: layout.mask, toByteOffset: 512, as: UInt64.self)
            for part in XStateLayout.extendedParts where layout.mask & part.bit != 0 {
                let start = layout.offset(of: part.bit)
                guard start + part.size <= area.count else { continue }
                UnsafeMutableRawBufferPointer(rebasing: area[start..<start + part.size])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: source[part.at..<part.at + part.size]))
            }
        }
    }

    private func load<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) -> T {
        bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }

    private mutating func store<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        bytes.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: offset, as: T.self) }
    }
}

/// A vector register of the extended state: mm0–7, xmm0–31, ymm0–31 or zmm0–31.
public struct VectorRegister: Hashable, Sendable, CustomStringConvertible {
    /// The width of the view.
    public enum Kind: String, CaseIterable, Sendable {
        case mm, xmm, ymm, zmm

        /// Bytes in one register of this kind.
        public var byteCount: Int {
            switch self {
            case .mm: 8
            case .xmm: 16
            case .ymm: 32
            case .zmm: 64
            }
        }

        /// How many registers of this kind there are at most.
        public var count: Int { self == .mm ? 8 : 32 }
    }

    public let kind: Kind
    public let index: Int

    /// `kind` number `index`; `index` must be below `kind.count`.
    public init(_ kind: Kind, _ index: Int) {
        precondition((0..<kind.count).contains(index), "no \(kind.rawValue)\(index)")
        self.kind = kind
        self.index = index
    }

    /// The register called `name` (`xmm0`, `YMM15`, `mm7`), nil for any other name.
    public init?(name: String) {
        let lowered = name.lowercased()
        for kind in [Kind.xmm, .ymm, .zmm, .mm] where lowered.hasPrefix(kind.rawValue) {
            let digits = lowered.dropFirst(kind.rawValue.count)
            guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy(\.isASCII),
                  !(digits.count == 2 && digits.first == "0"),
                  let index = Int(digits), (0..<kind.count).contains(index)
            else { return nil }
            self.init(kind, index)
            return
        }
        return nil
    }

    /// Bytes in the register.
    public var byteCount: Int { kind.byteCount }
    /// `xmm3`.
    public var name: String { kind.rawValue + String(index) }
    public var description: String { name }
}

/// An x87 register's 80 bits: a 64-bit significand with its explicit integer bit (bit 63),
/// then 15 bits of exponent (bias 16383) and the sign.
public struct Float80Bits: Hashable, Sendable {
    public var significand: UInt64
    public var signAndExponent: UInt16

    public init(significand: UInt64, signAndExponent: UInt16) {
        self.significand = significand
        self.signAndExponent = signAndExponent
    }

    /// The value as `Float80`, bit for bit.
    public var float80: Float80 {
        var value: Float80 = 0
        withUnsafeMutableBytes(of: &value) { raw in
            raw.storeBytes(of: significand.littleEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: signAndExponent.littleEndian, toByteOffset: 8, as: UInt16.self)
        }
        return value
    }

    /// The bits of `value`.
    public init(_ value: Float80) {
        var copy = value
        (significand, signAndExponent) = withUnsafeBytes(of: &copy) { raw in
            (UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
             UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)))
        }
    }

    /// The nearest `Double` (round to nearest even), for display.
    public var double: Double { Double(float80) }

    /// Whether ``double`` is exactly this value (NaNs count as exact, whatever their payload).
    public var isExactInDouble: Bool {
        let value = float80
        if value.isNaN { return true }
        return Float80(Double(value)) == value
    }

    /// The encodings the x87 refuses as operands (pseudo-NaNs, pseudo-infinities, unnormals):
    /// a nonzero exponent with the explicit integer bit clear.
    public var isUnsupported: Bool {
        signAndExponent & 0x7FFF != 0 && significand >> 63 == 0
    }
}
