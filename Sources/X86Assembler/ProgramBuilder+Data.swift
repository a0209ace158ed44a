import Diagnostics
import X86

/// `align`: pads to `boundary` with NOPs (code) or `fill`.
struct AlignRecord {
    var boundary: Int32
    /// The fill byte, or nil for NOPs in code and zeros elsewhere.
    var fill: UInt8?
    /// Skip the alignment when it would need more than this many bytes (`.p2align 4,,7`).
    var maxSkip: Int32?
}

/// `times N …` (or `.skip N`) whose count layout decides: `unit` repeated `count` times.
struct RepeatRecord {
    var unit: [UInt8]
    var count: Value
    var line: Int32
    var statement: Int32
}

/// What was added since a ``ProgramBuilder/beginRepeat()``: the end of each list then.
package struct RepeatMark {
    var section: Int
    var bytes: Int
    var fragments: Int
    var pending: Int
    var fixups: Int
    var diagnostics: Int
}

extension ProgramBuilder {
    /// Largest number of bytes one statement may produce (a typo in a count should not eat memory).
    static let statementByteLimit = 1 << 28

    /// Bytes the current section may still grow by.
    package var room: Int { max(0, options.byteLimit - output.count) }

    /// The error for a statement of `bytes` bytes that does not fit the room left.
    func tooLarge(_ bytes: Int64) -> String {
        "this would add \(bytes) bytes, more than the \(room) left of the \(options.byteLimit)-byte limit"
    }

    // MARK: Items

    /// Adds a `size`-byte little-endian item (`db` … `dq`, `.byte` … `.quad`).
    package mutating func emitData(_ value: Value, size: Int, range: SourceRange) {
        if let number = resolvedNow(value) {
            if let problem = ProgramBuilder.fitProblem(number, size: size) {
                report(problem, at: range)
            }
            appendLittleEndian(number, size: size)
            return
        }
        fixups.append(Fixup(
            place: currentPlace, offset: 0, size: Int8(min(size, 8)), length: Int8(min(size, 8)), kind: .absolute,
            reach: .signedOrUnsigned, operand: -1, value: value, line: line, statement: statement,
            rangeStart: Int32(truncatingIfNeeded: range.start), rangeEnd: Int32(truncatingIfNeeded: range.end)))
        appendZeros(size)
    }

    /// Adds bytes as they are (strings).
    package mutating func emitBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        output.append(contentsOf: bytes)
    }

    /// Adds bytes as they are.
    package mutating func emitBytes(_ bytes: [UInt8]) {
        output.append(contentsOf: bytes)
    }

    /// Adds `count` zero bytes.
    package mutating func appendZeros(_ count: Int) {
        guard count > 0 else { return }
        output.append(contentsOf: repeatElement(0, count: count))
    }

    mutating func appendLittleEndian(_ value: Int64, size: Int) {
        var remaining = UInt64(bitPattern: value)
        output.withAppended(size) { out in
            for i in 0..<size {
                out[i] = UInt8(truncatingIfNeeded: remaining)
                remaining = i < 7 ? remaining >> 8 : (value < 0 ? UInt64.max : 0)
            }
        }
    }

    /// Why `value` does not fit in a `size`-byte item (signed or unsigned), or nil.
    static func fitProblem(_ value: Int64, size: Int) -> String? {
        guard size < 8 else { return nil }
        let bits = size * 8
        let low = -(Int64(1) << (bits - 1))
        let high = (Int64(1) << bits) - 1
        guard value < low || value > high else { return nil }
        return "value \(value) does not fit in \(size) byte\(size == 1 ? "" : "s") (\(low)...\(high))"
    }

    // MARK: Common symbols

    /// `.comm name, size, alignment`: `size` zeroed bytes in `.bss`, aligned, named `id`.
    package mutating func defineCommon(_ id: SymbolID, size: Int64, alignment: Int64, range: SourceRange) {
        guard size >= 0 else {
            report("size \(size) is out of range", at: range)
            return
        }
        guard size <= Int64(options.byteLimit) else {
            report(tooLarge(size), at: range)
            return
        }
        let previous = sections[currentSection].name
        let previousSection = object.previousSection
        defer { object.previousSection = previousSection }
        switchSection(to: ".bss")
        if alignment > 1 { emitAlign(boundary: alignment, fill: 0, maxSkip: nil, range: range) }
        defineLabel(id, range: range)
        appendZeros(Int(size))
        switchSection(to: previous)
        // GNU as types common storage as data of its size.
        if object.symbolAttributes[id.index]?.kind == nil { object.symbolAttributes[id.index, default: SymbolAttributes()].kind = .object }
        if object.symbolAttributes[id.index]?.size == nil { object.symbolAttributes[id.index]?.size = Value(constant: size) }
    }

    // MARK: Alignment

    /// `align boundary[, fill]`: pads to a multiple of `boundary` (a power of two).
    package mutating func emitAlign(boundary: Int64, fill: UInt8?, maxSkip: Int64?, range: SourceRange) {
        // An object's sections start at 0, so a large alignment costs nothing there.
        let largest: Int64 = options.relocatable ? 1 << 28 : 1 << 16
        guard boundary > 0, boundary & (boundary - 1) == 0, boundary <= largest else {
            report("alignment \(boundary) is not a power of two between 1 and \(largest)", at: range)
            return
        }
        sections[currentSection].alignment = max(sections[currentSection].alignment, Int(boundary))
        guard boundary > 1 else { return }
        aligns.append(AlignRecord(
            boundary: Int32(boundary), fill: fill, maxSkip: maxSkip.map { Int32(clamping: $0) }))
        appendFragment(.align, size: 0, record: Int32(aligns.count - 1))
    }

    // MARK: Repetition

    /// Marks the start of a statement that `endRepeat` will repeat.
    package func beginRepeat() -> RepeatMark {
        RepeatMark(
            section: currentSection, bytes: output.count,
            fragments: sections[currentSection].fragments.count, pending: pending.count, fixups: fixups.count,
            diagnostics: diagnostics.count)
    }

    /// Repeats what was added since `mark` so that it appears `count` times in all.
    package mutating func endRepeat(_ mark: RepeatMark, count: Value, range: SourceRange) {
        guard mark.section == currentSection else { return }
        if diagnostics.count > mark.diagnostics { return }
        if let number = resolveNow(count) {
            repeatNow(mark, count: number, range: range)
            return
        }
        // The count depends on addresses: keep one copy as the unit of a fragment.
        let section = currentSection
        guard sections[section].fragments.count == mark.fragments, pending.count == mark.pending,
              fixups.count == mark.fixups
        else {
            report("the count of a repeated statement that refers to labels must be known before layout", at: range)
            truncate(to: mark)
            return
        }
        let unit = Array(output[mark.bytes...])
        truncate(to: mark)
        repeats.append(RepeatRecord(unit: unit, count: count, line: line, statement: statement))
        appendFragment(.repeated, size: 0, record: Int32(repeats.count - 1))
    }

    private mutating func repeatNow(_ mark: RepeatMark, count: Int64, range: SourceRange) {
        let section = currentSection
        let unitBytes = output.count - mark.bytes
        guard count >= 0 else {
            report("repeat count \(count) is negative", at: range)
            truncate(to: mark)
            return
        }
        let (total, overflow) = Int64(max(unitBytes, 1)).multipliedReportingOverflow(by: count)
        guard !overflow, total - Int64(unitBytes) <= Int64(room) else {
            report("repeat count \(count) is too large: " + tooLarge(overflow ? Int64.max : total), at: range)
            truncate(to: mark)
            return
        }
        guard count != 1 else { return }
        guard count > 0 else {
            truncate(to: mark)
            return
        }
        let fragmentRange = mark.fragments..<sections[section].fragments.count
        let pendingRange = mark.pending..<pending.count
        let fixupRange = mark.fixups..<fixups.count
        let unit = Array(output[mark.bytes...])
        output.reserveCapacity(output.count + unitBytes * Int(count - 1))
        for copy in 1..<Int(count) {
            let shift = Int32(unitBytes * copy)
            let fragmentShift = Int32(fragmentRange.count * copy)
            for index in fragmentRange {
                var fragment = sections[section].fragments[index]
                fragment.position += shift
                if fragment.kind == .branch {
                    branches.append(branches[Int(fragment.record)])
                    fragment.record = Int32(branches.count - 1)
                }
                sections[section].fragments.append(fragment)
            }
            for index in pendingRange {
                var item = pending[index]
                item.place.position += shift
                item.place.fragment += fragmentShift
                pending.append(item)
            }
            for index in fixupRange {
                var item = fixups[index]
                item.place.position += shift
                item.place.fragment += fragmentShift
                fixups.append(item)
            }
            output.append(contentsOf: unit)
        }
    }

    /// Removes everything added since `mark`.
    private mutating func truncate(to mark: RepeatMark) {
        let section = mark.section
        output.removeLast(output.count - mark.bytes)
        sections[section].fragments.removeLast(sections[section].fragments.count - mark.fragments)
        pending.removeLast(pending.count - mark.pending)
        fixups.removeLast(fixups.count - mark.fixups)
    }
}

extension ProgramBuilder {
    /// `resb N`, `.zero N`, `.skip N[, fill]`: `count` units of `unitSize` bytes of `fill`.
    package mutating func emitReserve(unitSize: Int, count: Value, fill: UInt8, range: SourceRange) {
        if let number = resolveNow(count) {
            guard number >= 0 else {
                report("count \(number) is out of range: it cannot be negative", at: range)
                return
            }
            guard number <= Int64(room / max(unitSize, 1)) else {
                report(tooLarge(number.multipliedReportingOverflow(by: Int64(unitSize)).partialValue), at: range)
                return
            }
            output.append(contentsOf: repeatElement(fill, count: Int(number) * unitSize))
            return
        }
        let mark = beginRepeat()
        output.append(contentsOf: repeatElement(fill, count: unitSize))
        endRepeat(mark, count: count, range: range)
    }

    /// `.fill count, size, value`: `count` copies of `value` as a `size`-byte item (size at most 8).
    package mutating func emitFill(count: Value, size: Int64, value: Int64, range: SourceRange) {
        guard size >= 0, size <= 8 else {
            report("fill size \(size) is out of range (0...8)", at: range)
            return
        }
        let mark = beginRepeat()
        appendLittleEndian(value, size: Int(size))
        endRepeat(mark, count: count, range: range)
    }
}

// MARK: Floating-point data

/// A binary floating-point format that data can be written in: IEEE 754 half, single, double and
/// quadruple precision, and the x87's 80-bit extended precision.
package struct FloatFormat: Sendable, Hashable {
    /// Width of the biased exponent field.
    package let exponentBits: Int
    /// Significand bits stored after the exponent (for the x87 format, including its integer bit).
    package let storedSignificandBits: Int
    /// True for the x87 format, which stores the integer bit that IEEE formats leave implicit.
    package let explicitIntegerBit: Bool
    /// The name a diagnostic uses (`double precision`).
    package let name: String

    package static let half = FloatFormat(exponentBits: 5, storedSignificandBits: 10, explicitIntegerBit: false, name: "half precision")
    package static let single = FloatFormat(exponentBits: 8, storedSignificandBits: 23, explicitIntegerBit: false, name: "single precision")
    package static let double = FloatFormat(exponentBits: 11, storedSignificandBits: 52, explicitIntegerBit: false, name: "double precision")
    package static let extended = FloatFormat(exponentBits: 15, storedSignificandBits: 64, explicitIntegerBit: true, name: "x87 extended precision")
    package static let quadruple = FloatFormat(exponentBits: 15, storedSignificandBits: 112, explicitIntegerBit: false, name: "quadruple precision")

    /// The format of a `size`-byte data item (`dw` 2 … `do` 16), or nil for sizes with none (`db`).
    package static func ofSize(_ size: Int) -> FloatFormat? {
        switch size {
        case 2: .half
        case 4: .single
        case 8: .double
        case 10: .extended
        case 16: .quadruple
        default: nil
        }
    }

    /// Bytes of one value.
    package var byteCount: Int { (1 + exponentBits + storedSignificandBits) / 8 }

    /// Significand bits including the integer bit (IEEE's p).
    var precision: Int { explicitIntegerBit ? storedSignificandBits : storedSignificandBits + 1 }

    var bias: Int { (1 << (exponentBits - 1)) - 1 }
}

/// A floating-point constant as written, kept exact: `digits` (most significant first, each below
/// `radix`) times `radix == 10 ? 10^exponent : 2^exponent`, or a special value.
package struct FloatLiteral: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case finite
        case infinity
        /// NASM's `__QNaN__`: only the top fraction bit set.
        case quietNaN
        /// NASM's `__SNaN__`: only the lowest fraction bit set.
        case signalingNaN
        /// GNU as's `nan`: every fraction bit set.
        case allOnesNaN
    }

    package var negative: Bool
    package var kind: Kind
    package var digits: [UInt8]
    /// 10 (decimal text, `exponent` a power of ten) or 16 (hexadecimal text, `exponent` a power of two).
    package var radix: Int
    package var exponent: Int

    package init(negative: Bool = false, kind: Kind = .finite, digits: [UInt8] = [], radix: Int = 10, exponent: Int = 0) {
        self.negative = negative
        self.kind = kind
        self.digits = digits
        self.radix = radix
        self.exponent = exponent
    }

    /// The little-endian bytes of the value in `format`, rounded to nearest, ties to even; nil
    /// when a finite value is too large for the format (rather than silently becoming infinity).
    ///
    /// The conversion is exact: the value is held as a ratio of big integers, so `dt 0.1` gets all
    /// 64 significand bits right, which going through a `Double` would not.
    package func encode(as format: FloatFormat) -> [UInt8]? {
        guard let bits = bitPattern(in: format) else { return nil }
        var remaining = bits
        var bytes: [UInt8] = []
        bytes.reserveCapacity(format.byteCount)
        for _ in 0..<format.byteCount {
            bytes.append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
        return bytes
    }

    private func bitPattern(in format: FloatFormat) -> UInt128? {
        let fractionBits = format.explicitIntegerBit ? format.storedSignificandBits - 1 : format.storedSignificandBits
        let integerBit: UInt128 = format.explicitIntegerBit ? UInt128(1) << fractionBits : 0
        let maxExponent = UInt128((1 << format.exponentBits) - 1)
        let sign: UInt128 = negative ? UInt128(1) << (format.exponentBits + format.storedSignificandBits) : 0
        let exponentShift = format.storedSignificandBits
        switch kind {
        case .infinity: return sign | maxExponent << exponentShift | integerBit
        case .quietNaN: return sign | maxExponent << exponentShift | integerBit | UInt128(1) << (fractionBits - 1)
        case .signalingNaN: return sign | maxExponent << exponentShift | integerBit | 1
        case .allOnesNaN: return sign | maxExponent << exponentShift | integerBit | ((UInt128(1) << fractionBits) - 1)
        case .finite: break
        }
        guard let (significand, biasedExponent) = roundedSignificand(format) else { return nil }
        // A normal value's implicit integer bit is not stored: the biased exponent carries it.
        let stored = format.explicitIntegerBit ? significand : significand & ((UInt128(1) << fractionBits) - 1)
        return sign | UInt128(biasedExponent) << exponentShift | stored
    }

    /// The significand (with its integer bit, `precision` bits) and the biased exponent, rounded to
    /// nearest even; subnormals have biased exponent 0. Nil on overflow.
    private func roundedSignificand(_ format: FloatFormat) -> (UInt128, Int)? {
        let p = format.precision
        let minimumExponent = 1 - format.bias
        var numerator = BigNatural(digits: digits, radix: radix)
        if numerator.isZero { return (0, 0) }
        // Beyond these the value is certainly out of range (or below half the smallest subnormal)
        // in every format, and the big integers would only grow.
        let magnitude = radix == 10 ? (digits.count + exponent) * 10 / 3 : digits.count * 4 + exponent
        if magnitude > 20_000 { return nil }
        if magnitude < -20_000 { return (0, 0) }
        var denominator = BigNatural(1)
        var binaryScale = 0
        if radix == 10 {
            if exponent >= 0 {
                numerator.multiply(byPowerOfTen: exponent)
            } else {
                denominator.multiply(byPowerOfTen: -exponent)
            }
        } else {
            binaryScale = exponent
        }
        // value = numerator / denominator * 2^binaryScale. The quotient by 2^scale is an integer
        // part q and a remainder compared with one half.
        func quotient(scale: Int) -> (UInt128, Int) {
            var top = numerator
            var bottom = denominator
            let shift = binaryScale - scale
            if shift >= 0 { top.shiftLeft(shift) } else { bottom.shiftLeft(-shift) }
            return top.divide(by: bottom, quotientBits: p + 1)
        }
        // n / d lies in [2^(bn - bd - 1), 2^(bn - bd + 1)); this scale puts q in [2^(p-1), 2^(p+1)).
        var scale = numerator.bitWidth - denominator.bitWidth + binaryScale - p
        // Below the normal range the scale is fixed and the significand loses bits (a subnormal).
        scale = max(scale, minimumExponent - (p - 1))
        var (q, half) = quotient(scale: scale)
        if q >= UInt128(1) << p {
            scale += 1
            (q, half) = quotient(scale: scale)
        }
        if half > 0 || (half == 0 && q & 1 == 1) { q += 1 }
        if q == UInt128(1) << p {
            q >>= 1
            scale += 1
        }
        guard q >= UInt128(1) << (p - 1) else { return (q, 0) }
        let unbiased = scale + p - 1
        guard unbiased <= format.bias else { return nil }
        return (q, unbiased + format.bias)
    }
}

/// A natural number of any size, little-endian in 32-bit limbs: just what exact float conversion needs.
private struct BigNatural {
    var limbs: [UInt32]

    init(_ value: UInt32) { limbs = value == 0 ? [] : [value] }

    init(digits: [UInt8], radix: Int) {
        limbs = []
        for digit in digits { multiplyAdd(UInt32(radix), UInt32(digit)) }
    }

    var isZero: Bool { limbs.isEmpty }

    var bitWidth: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 32 - top.leadingZeroBitCount
    }

    mutating func multiplyAdd(_ factor: UInt32, _ addend: UInt32) {
        var carry = UInt64(addend)
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
    }

    mutating func multiply(byPowerOfTen power: Int) {
        var remaining = power
        while remaining >= 9 {
            multiplyAdd(1_000_000_000, 0)
            remaining -= 9
        }
        var factor: UInt32 = 1
        for _ in 0..<remaining { factor *= 10 }
        if factor > 1 { multiplyAdd(factor, 0) }
    }

    mutating func shiftLeft(_ bits: Int) {
        guard !limbs.isEmpty, bits > 0 else { return }
        let whole = bits / 32
        let part = bits % 32
        if part != 0 {
            var carry: UInt32 = 0
            for i in limbs.indices {
                let limb = limbs[i]
                limbs[i] = limb << part | carry
                carry = limb >> (32 - part)
            }
            if carry != 0 { limbs.append(carry) }
        }
        if whole > 0 { limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0) }
    }

    static func compare(_ a: BigNatural, _ b: BigNatural) -> Int {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count ? -1 : 1 }
        for i in a.limbs.indices.reversed() where a.limbs[i] != b.limbs[i] {
            return a.limbs[i] < b.limbs[i] ? -1 : 1
        }
        return 0
    }

    /// `self -= other`, where `other <= self`.
    mutating func subtract(_ other: BigNatural) {
        var borrow: UInt64 = 0
        for i in limbs.indices {
            let subtrahend = UInt64(i < other.limbs.count ? other.limbs[i] : 0) + borrow
            let minuend = UInt64(limbs[i])
            if minuend >= subtrahend {
                limbs[i] = UInt32(minuend - subtrahend)
                borrow = 0
            } else {
                limbs[i] = UInt32(minuend + (1 << 32) - subtrahend)
                borrow = 1
            }
        }
        while limbs.last == 0 { limbs.removeLast() }
    }

    /// `self / divisor` when it is known to be below 2^quotientBits (at most 127), and how twice
    /// the remainder compares with the divisor (-1 below half, 0 exactly half, 1 above).
    func divide(by divisor: BigNatural, quotientBits: Int) -> (UInt128, Int) {
        var remainder = self
        var quotient: UInt128 = 0
        for bit in stride(from: quotientBits - 1, through: 0, by: -1) {
            var shifted = divisor
            shifted.shiftLeft(bit)
            if BigNatural.compare(remainder, shifted) >= 0 {
                remainder.subtract(shifted)
                quotient |= UInt128(1) << bit
            }
        }
        remainder.shiftLeft(1)
        return (quotient, BigNatural.compare(remainder, divisor))
    }
}
