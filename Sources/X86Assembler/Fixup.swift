import Diagnostics
import X86
import X86Encoder

/// A field of bytes already emitted whose value layout decides: a data item naming a label,
/// or the displacement or immediate of an instruction (`[rip + msg]`, `mov eax, offset msg`).
/// As in an object file's relocations, the bytes are final but for the field.
struct Fixup {
    /// How the value goes into the field.
    enum Kind: UInt8 {
        /// The value itself.
        case absolute
        /// The distance from the end of the instruction (`[rip + label]`).
        case relative
    }

    /// Which values the field can hold.
    enum Reach: UInt8 {
        /// Signed or unsigned in the field's width (data items, zero-extended immediates).
        case signedOrUnsigned
        /// Signed in the field's width (sign-extended immediates, displacements).
        case signed
        /// A displacement with no base or index: signed, or unsigned 32-bit.
        case absoluteAddress
    }

    /// Where the instruction or item starts.
    var place: Place
    /// The field's offset from `place`, its size, and the instruction's length.
    var offset: Int8
    var size: Int8
    var length: Int8
    var kind: Kind
    var reach: Reach
    /// The operand (for messages about immediates and displacements), or -1 for data.
    var operand: Int8
    var value: Value
    var line: Int32
    var statement: Int32
    /// Where the operand or item was written.
    var rangeStart: Int32
    var rangeEnd: Int32

    var range: SourceRange { SourceRange(start: Int(rangeStart), end: Int(rangeEnd)) }

    /// Why `value` does not fit the field, or nil.
    func problem(with value: Int64) -> String? {
        let bits = Int(size) * 8
        guard bits < 64 else { return nil }
        let signedLow = -(Int64(1) << (bits - 1))
        let signedHigh = (Int64(1) << (bits - 1)) - 1
        let unsignedHigh = (Int64(1) << bits) - 1
        switch (reach, operand >= 0) {
        case (.signedOrUnsigned, false):
            guard value < signedLow || value > unsignedHigh else { return nil }
            return "value \(value) does not fit in \(size) byte\(size == 1 ? "" : "s") (\(signedLow)...\(unsignedHigh))"
        case (.signedOrUnsigned, true):
            guard value < signedLow || value > unsignedHigh else { return nil }
            return EncodingError.immediateOutOfRange(operand: Int(operand), value: value, range: signedLow...unsignedHigh).message
        case (.signed, _) where kind == .relative:
            guard value < signedLow || value > signedHigh else { return nil }
            return "the target is \(value) bytes away, beyond the reach of a \(bits)-bit displacement"
        case (.signed, _):
            guard value < signedLow || value > signedHigh else { return nil }
            return EncodingError.immediateOutOfRange(operand: Int(operand), value: value, range: signedLow...signedHigh).message
        case (.absoluteAddress, _):
            guard value < signedLow || value > unsignedHigh else { return nil }
            return EncodingError.displacementOutOfRange(operand: Int(operand), value: value).message
        }
    }
}

extension ProgramBuilder {
    /// Adds the fixups of an instruction encoded with placeholder values: one per symbolic
    /// operand, at the field the encoder put it in. False (and nothing added) when a field
    /// cannot be found: the instruction is then encoded again after layout.
    mutating func appendFixups(for line: InstructionLine, _ encoded: EncodedInstruction, at place: Place) -> Bool {
        let fields = encoded.fields
        var layout = FieldLayout()
        layout.displacementOffset = fields.displacementOffset
        layout.displacementSize = fields.displacementSize
        layout.immediateSize = fields.immediateSize
        return appendFixups(
            for: line, length: encoded.length, layout: layout, secondImmediateSize: fields.secondImmediateSize,
            formIndex: encoded.formIndex, at: place)
    }

    /// ``appendFixups(for:_:at:)`` from where the fields are: `formIndex` (the form chosen) is
    /// needed only for an immediate that waits for a label.
    mutating func appendFixups(
        for line: InstructionLine, length: Int, layout: FieldLayout, secondImmediateSize: Int, formIndex: Int?, at place: Place
    ) -> Bool {
        let first = fixups.count
        func fail() -> Bool {
            fixups.removeLast(fixups.count - first)
            return false
        }
        for i in 0..<line.symbolic.count {
            let slot = line.symbolic[i]
            var offset = 0
            var size = 0
            var kind = Fixup.Kind.absolute
            var reach = Fixup.Reach.signed
            switch slot.role {
            case .ripTarget, .displacement:
                guard layout.displacementSize == 4 else { return fail() }
                offset = layout.displacementOffset
                size = 4
                if slot.role == .ripTarget {
                    kind = .relative
                } else if case .memory(let memory) = line.instruction.operands[slot.operand], memory.isOffsetOnly {
                    reach = .absoluteAddress
                }
            case .immediate:
                var before = 0
                for j in 0..<slot.operand {
                    if case .immediate = line.instruction.operands[j] { before += 1 }
                }
                guard let formIndex else { return fail() }
                size = before == 0 ? layout.immediateSize : secondImmediateSize
                offset = before == 0 ? length - layout.immediateSize - secondImmediateSize : length - secondImmediateSize
                let form = encoder.instructionSet.encodingForm(index: formIndex)
                let signExtended = form.attributes.contains(.signExtendsImmediate) || (form.operandSize == .qword && size == 4)
                reach = signExtended || size == 8 ? .signed : .signedOrUnsigned
            case .branchTarget, .farSelector:
                return fail()
            }
            guard size > 0, offset >= 0, offset + size <= length else { return fail() }
            let range = line.range(ofOperand: slot.operand)
            fixups.append(Fixup(
                place: place, offset: Int8(offset), size: Int8(size), length: Int8(length), kind: kind, reach: reach,
                operand: Int8(slot.operand), value: slot.value, line: self.line, statement: statement,
                rangeStart: Int32(truncatingIfNeeded: range.start), rangeEnd: Int32(truncatingIfNeeded: range.end)))
        }
        return true
    }

    /// A line encoded ahead whose memory operand `operand` is RIP-relative to `target` (see
    /// ``ContextFreeEncoder/encodeTargeted(_:operand:appendingTo:)``): its bytes, and the fixup
    /// that ``emit(_:)`` makes for such an operand, with the same place, field and range.
    package mutating func appendTargeted(
        _ bytes: UnsafeBufferPointer<UInt8>, displacementOffset: Int, operand: Int, target: Value, operandRange: SourceRange
    ) {
        if object.lines.pending { addLineRow() }
        fixups.append(Fixup(
            place: currentPlace, offset: Int8(truncatingIfNeeded: displacementOffset), size: 4,
            length: Int8(truncatingIfNeeded: bytes.count), kind: .relative, reach: .signed, operand: Int8(truncatingIfNeeded: operand),
            value: target, line: line, statement: statement,
            rangeStart: Int32(truncatingIfNeeded: operandRange.start), rangeEnd: Int32(truncatingIfNeeded: operandRange.end)))
        output.append(contentsOf: bytes)
    }
}
