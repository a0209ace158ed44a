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

    // MARK: Items

    /// Adds a `size`-byte little-endian item (`db` … `dq`, `.byte` … `.quad`).
    package mutating func emitData(_ value: Value, size: Int, range: SourceRange) {
        if let number = resolveNow(value) {
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
        guard size >= 0, size <= Int64(ProgramBuilder.statementByteLimit) else {
            report("size \(size) is out of range", at: range)
            return
        }
        let previous = sections[currentSection].name
        switchSection(to: ".bss")
        if alignment > 1 { emitAlign(boundary: alignment, fill: 0, maxSkip: nil, range: range) }
        defineLabel(id, range: range)
        appendZeros(Int(size))
        switchSection(to: previous)
    }

    // MARK: Alignment

    /// `align boundary[, fill]`: pads to a multiple of `boundary` (a power of two).
    package mutating func emitAlign(boundary: Int64, fill: UInt8?, maxSkip: Int64?, range: SourceRange) {
        guard boundary > 0, boundary & (boundary - 1) == 0, boundary <= 1 << 16 else {
            report("alignment \(boundary) is not a power of two between 1 and 65536", at: range)
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
        guard count <= ProgramBuilder.statementByteLimit, Int(count) * max(unitBytes, 1) <= ProgramBuilder.statementByteLimit else {
            report("repeat count \(count) is too large", at: range)
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
            guard number >= 0, number <= Int64(ProgramBuilder.statementByteLimit / max(unitSize, 1)) else {
                report("count \(number) is out of range (0...\(ProgramBuilder.statementByteLimit / max(unitSize, 1)))", at: range)
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
