import X86

/// Encodes one instruction, driven by the instruction-form table.
///
/// Three phases, as in Zydis: find the forms whose operand classes match, build the fields of
/// each (prefixes, REX/VEX, opcode, ModRM, SIB, displacement, immediate), and keep the shortest
/// (the earlier row on a tie). Encoding is a pure function: bytes or an error, nothing else.
public struct Encoder: Sendable {
    public let instructionSet: InstructionSet
    /// The dialect, the mode and the prefix order in one word, and GNU as's exceptions in
    /// another: an encoder is passed by value to every call on the hot path, and small fields
    /// of their own were packed and unpacked through memory at each call (a load spanning two
    /// stores waits for both to retire).
    private var settings: UInt64
    private let gnuIDs: EncodingDialect.GNUMnemonicIDs

    /// Whose choices to follow where encodings differ (llvm-mc's by default). A cache holds the
    /// forms one dialect chose: give each encoder of another dialect a cache of its own.
    public var dialect: EncodingDialect {
        @inline(__always) get {
            switch settings & 0xFF {
            case 1: .gas
            case 2: .nasm
            default: .llvm
            }
        }
    }

    /// The mode the code runs in: 64-bit unless `bits 16`/`bits 32` (`.code16`/`.code32`) said
    /// otherwise. Outside 64-bit mode every instruction is searched for (the cache and its
    /// templates are 64-bit mode's).
    public var mode: CodeMode {
        @inline(__always) get { CodeMode(rawValue: UInt8(truncatingIfNeeded: settings >> 8)) ?? .bits64 }
        set { settings = settings & ~0xFF00 | UInt64(newValue.rawValue) << 8 }
    }

    /// Outside 64-bit mode: write 66 before 67, as NASM does (llvm-mc and GNU as write 67 first).
    public var operandSizeBeforeAddressSize: Bool {
        @inline(__always) get { settings & 1 << 16 != 0 }
        set { settings = newValue ? settings | 1 << 16 : settings & ~(1 << 16) }
    }

    public init(instructionSet: InstructionSet = .shared, dialect: EncodingDialect = .llvm, mode: CodeMode = .bits64) {
        self.instructionSet = instructionSet
        let code: UInt64 = switch dialect {
        case .llvm: 0
        case .gas: 1
        case .nasm: 2
        }
        settings = code | UInt64(mode.rawValue) << 8
        gnuIDs = dialect == .gas ? EncodingDialect.gnuIDs : .none
    }

    /// Encodes `instruction` as if it started at `address` (relative operands are measured from
    /// the end of the instruction).
    public func encode(_ instruction: Instruction, at address: Int64 = 0) throws(EncodingError) -> EncodedInstruction {
        if dialect != .llvm { return try encodeInDialect(instruction, at: address) }
        let winner = try search(instruction, at: address)
        return EncodedInstruction(bytes: winner.fields.bytes, fields: winner.fields, formIndex: winner.formIndex)
    }

    /// Encodes `instruction` as ``encode(_:at:)`` does, with the same result, first trying the form
    /// `cache` remembers for instructions of its shape.
    public func encode(
        _ instruction: Instruction, at address: Int64 = 0, cache: inout EncodingCache
    ) throws(EncodingError) -> EncodedInstruction {
        if dialect != .llvm { return try encodeInDialect(instruction, at: address, cache: &cache) }
        let winner = try choose(instruction, at: address, cache: &cache)
        return EncodedInstruction(bytes: winner.fields.bytes, fields: winner.fields, formIndex: winner.formIndex)
    }

    /// ``encode(_:at:)`` in a dialect other than llvm-mc's: the instruction as that assembler
    /// reads it, and its prefixes in its order. Kept apart so that the default path pays one test.
    private func encodeInDialect(_ instruction: Instruction, at address: Int64) throws(EncodingError) -> EncodedInstruction {
        if dialect == .gas, !EncodingDialect.readsDifferentlyInGNU(instruction) {
            return gnuEncoded(try search(instruction, at: address))
        }
        let adjusted = dialect.adjusted(instruction)
        let winner = try search(adjusted, at: address)
        var fields = winner.fields
        dialect.adjust(&fields, of: adjusted)
        return EncodedInstruction(bytes: dialect.orderedBytes(fields), fields: fields, formIndex: winner.formIndex)
    }

    private func encodeInDialect(
        _ instruction: Instruction, at address: Int64, cache: inout EncodingCache
    ) throws(EncodingError) -> EncodedInstruction {
        if dialect == .gas, !EncodingDialect.readsDifferentlyInGNU(instruction) {
            return gnuEncoded(try choose(instruction, at: address, cache: &cache))
        }
        let adjusted = dialect.adjusted(instruction)
        let winner = try choose(adjusted, at: address, cache: &cache)
        var fields = winner.fields
        dialect.adjust(&fields, of: adjusted)
        return EncodedInstruction(bytes: dialect.orderedBytes(fields), fields: fields, formIndex: winner.formIndex)
    }

    /// An instruction GNU as reads as llvm-mc does (most of them): no copy of it adjusted, and
    /// the prefixes put in GNU as's order only where there are two to order.
    @inline(__always)
    private func gnuEncoded(_ winner: Winner) -> EncodedInstruction {
        let bytes = winner.fields.bytes
        return EncodedInstruction(
            bytes: EncodingDialect.mayOrderPrefixes(bytes) ? dialect.orderedBytes(winner.fields) : bytes,
            fields: winner.fields, formIndex: winner.formIndex)
    }

    /// Encodes `instruction` as ``encode(_:at:)`` does and appends its bytes to `buffer`; returns
    /// their count. On failure nothing is appended.
    @discardableResult
    public func encode(
        _ instruction: Instruction, at address: Int64 = 0, appendingTo buffer: inout [UInt8], cache: inout EncodingCache
    ) throws(EncodingError) -> Int {
        let bytes = try bytes(of: instruction, at: address, cache: &cache)
        bytes.append(to: &buffer)
        return bytes.count
    }

    /// ``encode(_:at:appendingTo:cache:)`` into a ``ByteBuffer``.
    @discardableResult
    package func encode(
        _ instruction: Instruction, at address: Int64 = 0, appendingTo buffer: inout ByteBuffer, cache: inout EncodingCache
    ) throws(EncodingError) -> Int {
        let bytes = try bytes(of: instruction, at: address, cache: &cache)
        buffer.append(bytes)
        return bytes.count
    }

    /// The bytes of `instruction`: from the template of its shape when the cache has one that
    /// takes it (the common legacy forms), else from the form remembered or searched for.
    @inline(__always)
    private func bytes(of instruction: Instruction, at address: Int64, cache: inout EncodingCache) throws(EncodingError) -> InstructionBytes {
        if mode != .bits64 { return try search(instruction, at: address).fields.bytes }
        if dialect == .nasm { return try dialectBytes(of: instruction, at: address, cache: &cache) }
        let shape = EncodingShape(instruction, withREXBits: instructionSet.hasVEXForms(instruction.mnemonic))
        return try bytes(of: instruction, shape: shape, at: address, cache: &cache)
    }

    /// ``bytes(of:at:cache:)`` in 64-bit code outside NASM's dialect, the instruction's shape known.
    @inline(__always)
    private func bytes(
        of instruction: Instruction, shape: EncodingShape?, at address: Int64, cache: inout EncodingCache
    ) throws(EncodingError) -> InstructionBytes {
        guard let shape else {
            if dialect == .gas { return try dialectBytes(of: instruction, at: address, cache: &cache) }
            return try search(instruction, at: address).fields.bytes
        }
        // GNU as's lines take llvm-mc's path, inlined, unless their shape says GNU as reads
        // them differently or their bytes have prefixes it may order otherwise.
        if gnuIDs.isPresent, EncodingDialect.readsDifferentlyInGNU(shape, ids: gnuIDs) {
            return try encodeInDialect(instruction, at: address, cache: &cache).bytes
        }
        let bytes = try cachedBytes(of: instruction, shape: shape, at: address, cache: &cache)
        if dialect == .gas, EncodingDialect.mayOrderPrefixes(bytes) {
            return try encodeInDialect(instruction, at: address, cache: &cache).bytes
        }
        return bytes
    }

    /// The bytes of `instruction` at `address` from the template `cache` keeps for its shape,
    /// and where the template put the displacement and the immediate; nil when there is no such
    /// template or the bytes need the general path (which ``encode(_:at:cache:)`` takes, with the
    /// same result). A statement whose displacement waits for a label takes this way: it needs
    /// the bytes and where to patch them, not every field.
    package func templateBytes(
        _ instruction: Instruction, at address: Int64, cache: inout EncodingCache
    ) -> (bytes: InstructionBytes, layout: FieldLayout)? {
        guard usesShapes,
              let shape = EncodingShape(instruction, withREXBits: instructionSet.hasVEXForms(instruction.mnemonic))
        else { return nil }
        if gnuIDs.isPresent, EncodingDialect.readsDifferentlyInGNU(shape, ids: gnuIDs) { return nil }
        var layout = FieldLayout()
        guard case .bytes(let bytes) = cache.lookUp(shape, instruction, at: address, layout: &layout, in: instructionSet)
        else { return nil }
        if dialect == .gas, EncodingDialect.mayOrderPrefixes(bytes) { return nil }
        return (bytes, layout)
    }

    /// What encoding `instruction` with `cache` will look up first, found ahead of the encoding
    /// and its slot of the cache fetched meanwhile (see ``EncodingCache/prefetch(_:)``), for
    /// ``encode(_:lookAhead:appendingTo:cache:)`` a line later.
    @inline(__always)
    package func lookAhead(_ instruction: UnsafePointer<Instruction>, cache: EncodingCache) -> EncodingLookAhead {
        lookAhead(
            found: usesShapes ? EncodingShape(instruction.pointee, withREXBits: instructionSet.hasVEXForms(instruction.pointee.mnemonic)) : nil,
            cache: cache)
    }

    /// ``lookAhead(_:cache:)`` of an instruction whose shape its reader put together (see
    /// ``ShapeBuilder``).
    @usableFromInline
    package func lookAhead(_ shape: ShapeBuilder, cache: EncodingCache) -> EncodingLookAhead {
        lookAhead(found: usesShapes ? shape.shape : nil, cache: cache)
    }

    /// The slot of `shape` fetched, and the shape kept for the encoding a line later.
    @inline(__always)
    private func lookAhead(found shape: EncodingShape?, cache: EncodingCache) -> EncodingLookAhead {
        guard let shape else { return EncodingLookAhead(shape: EncodingShape(header: 0, low: 0, high: 0)) }
        cache.prefetch(shape)
        return EncodingLookAhead(shape: shape)
    }

    /// ``encode(_:at:appendingTo:cache:)`` at address 0 of the instruction at `instruction`,
    /// with what ``lookAhead(_:cache:)`` found for it (read in place: an instruction is copied
    /// at a cost where a pointer is not).
    @usableFromInline
    package func encode(
        _ instruction: UnsafePointer<Instruction>, lookAhead: EncodingLookAhead, appendingTo buffer: inout ByteBuffer,
        cache: inout EncodingCache
    ) throws(EncodingError) -> Int {
        let shape = lookAhead.shape.header == 0 ? nil : lookAhead.shape
        if let shape, let bytes = cache.finalBytes(shape, instruction, in: instructionSet) {
            buffer.append(bytes)
            return bytes.count
        }
        let bytes = usesShapes
            ? try self.bytes(of: instruction.pointee, shape: shape, at: 0, cache: &cache)
            : try self.bytes(of: instruction.pointee, at: 0, cache: &cache)
        buffer.append(bytes)
        return bytes.count
    }

    /// Whether an instruction's bytes go by its shape (64-bit code outside NASM's dialect; see
    /// ``bytes(of:at:cache:)``).
    @inline(__always)
    private var usesShapes: Bool { mode == .bits64 && dialect != .nasm }

    /// ``bytes(of:at:cache:)`` in another dialect: the same cached path for the instruction as
    /// that assembler reads it (a copy made only when it reads it differently); the path that
    /// keeps the fields only where they are needed (prefixes to order, NASM's vector forms).
    private func dialectBytes(of instruction: Instruction, at address: Int64, cache: inout EncodingCache) throws(EncodingError) -> InstructionBytes {
        let bytes: InstructionBytes
        switch dialect {
        case .llvm:
            return try cachedBytes(of: instruction, at: address, cache: &cache)
        case .gas:
            // Only instructions without a shape come here (see ``bytes(of:at:cache:)``): the few
            // GNU as reads differently take the path that keeps the fields.
            if EncodingDialect.readsDifferentlyInGNU(instruction) { return try encodeInDialect(instruction, at: address, cache: &cache).bytes }
            bytes = try cachedBytes(of: instruction, at: address, cache: &cache)
        case .nasm:
            // The fields are adjusted after the form is chosen (see ``EncodingDialect/adjust(_:)``).
            if instructionSet.hasVEXForms(instruction.mnemonic) { return try encodeInDialect(instruction, at: address, cache: &cache).bytes }
            bytes = try cachedBytes(of: dialect.adjusted(instruction), at: address, cache: &cache)
        }
        guard EncodingDialect.mayOrderPrefixes(bytes) else { return bytes }
        return try encodeInDialect(instruction, at: address, cache: &cache).bytes
    }

    @inline(__always)
    private func cachedBytes(of instruction: Instruction, at address: Int64, cache: inout EncodingCache) throws(EncodingError) -> InstructionBytes {
        guard let shape = EncodingShape(instruction, withREXBits: instructionSet.hasVEXForms(instruction.mnemonic)) else {
            return try search(instruction, at: address).fields.bytes
        }
        return try cachedBytes(of: instruction, shape: shape, at: address, cache: &cache)
    }

    @inline(__always)
    private func cachedBytes(
        of instruction: Instruction, shape: EncodingShape, at address: Int64, cache: inout EncodingCache
    ) throws(EncodingError) -> InstructionBytes {
        switch cache.lookUp(shape, instruction, at: address, in: instructionSet) {
        case .bytes(let bytes):
            return bytes
        case .remembered(let position):
            return try choose(instruction, at: address, shape: shape, remembered: position, cache: &cache).fields.bytes
        case .none:
            return try choose(instruction, at: address, shape: shape, remembered: nil, cache: &cache).fields.bytes
        }
    }

    /// The form the cache remembers for the instruction's shape when it builds, else a search
    /// (remembered when its outcome depends on the shape alone).
    @inline(__always)
    private func choose(_ instruction: Instruction, at address: Int64, cache: inout EncodingCache) throws(EncodingError) -> Winner {
        if mode != .bits64 { return try search(instruction, at: address) }
        guard let shape = EncodingShape(instruction, withREXBits: instructionSet.hasVEXForms(instruction.mnemonic)) else { return try search(instruction, at: address) }
        let remembered = cache.position(of: shape, in: instructionSet)
        return try choose(instruction, at: address, shape: shape, remembered: remembered, cache: &cache)
    }

    /// ``choose(_:at:cache:)`` once the shape is known and looked up.
    @inline(__always)
    private func choose(
        _ instruction: Instruction, at address: Int64, shape: EncodingShape, remembered: Int?, cache: inout EncodingCache
    ) throws(EncodingError) -> Winner {
        if let position = remembered {
            let built: Winner? = instructionSet.encodingForms.withUnsafeBufferPointer { forms in
                let form = forms.baseAddress.unsafelyUnwrapped + position
                do throws(EncodingError) {
                    let fields = try build(form.pointee, instruction, address: address)
                    return Winner(fields: fields, formIndex: form.pointee.index, position: position)
                } catch {
                    return nil
                }
            }
            if let built { return built }
        }
        var winner = try search(instruction, at: address)
        if winner.dependsOnShapeOnly {
            let template = instructionSet.encodingForms.withUnsafeBufferPointer { forms in
                EncodingTemplate(forms[winner.position], instruction, winner.fields)
            }
            cache.remember(
                shape, position: winner.position, template: template ?? EncodingTemplate(),
                final: template.map { isFinal($0, shape: shape) } ?? false)
        }
        winner.dependsOnShapeOnly = false
        return winner
    }

    /// Whether every instruction of `shape` gets the bytes of `template` as they are: what
    /// ``bytes(of:shape:at:cache:)`` checks after the template cannot apply to it. Checked once,
    /// when the shape is remembered; conservative where it would need the registers (a REX byte
    /// can come between the first two bytes, so two prefixes at the front rule it out).
    private func isFinal(_ template: EncodingTemplate, shape: EncodingShape) -> Bool {
        if gnuIDs.isPresent, EncodingDialect.readsDifferentlyInGNU(shape, ids: gnuIDs) { return false }
        if dialect == .gas, template.startsWithTwoPrefixes { return false }
        return true
    }

    /// Tries every form whose operand kinds admit `instruction` and keeps the best.
    ///
    /// With an unsized memory operand the matching forms may disagree on its width; only then is
    /// each candidate noted for the ambiguity check, so sized operands pay nothing for it.
    private func search(_ instruction: Instruction, at address: Int64) throws(EncodingError) -> Winner {
        let tracksWidths = Encoder.hasUnsizedMemory(instruction)
        var best: Winner?
        var bestLength = Int.max
        var bestRank = Int.max
        var failure: EncodingError?
        var shapeMatched = false
        // Cleared when a matching form branches or a form failed on a distance: then the outcome
        // depends on the address, not only on the shape.
        var dependsOnShapeOnly = true
        var ambiguity = AmbiguityTracker()
        var invalidForm: Int?
        let buckets = instructionSet.formBuckets
        let span = buckets.span(FormBuckets.key(instruction.mnemonic, instruction.operands))
        buckets.positions.withUnsafeBufferPointer { positions in
            instructionSet.encodingForms.withUnsafeBufferPointer { forms in
                // Forms are read in place: a copy of one costs more than the test.
                let base = forms.baseAddress.unsafelyUnwrapped
                for slot in span {
                    let position = Int(positions[slot])
                    let form = base + position
                    guard shapesMatch(form.pointee, instruction) else { continue }
                    shapeMatched = true
                    // A form of 16- and 32-bit code only says why when nothing else fits: its
                    // message names the form, which reads the table's text.
                    if mode == .bits64, form.pointee.attributes.contains(.invalidIn64BitMode) {
                        if invalidForm == nil, failure == nil { invalidForm = position }
                        continue
                    }
                    if form.pointee.hasRelativeOperand { dependsOnShapeOnly = false }
                    let fields: EncodingFields
                    do throws(EncodingError) {
                        fields = try build(form.pointee, instruction, address: address)
                    } catch {
                        switch error {
                        case .displacementOutOfRange, .branchOutOfRange: dependsOnShapeOnly = false
                        default: break
                        }
                        if failure == nil || error.outranks(failure) { failure = error }
                        continue
                    }
                    let length = fields.length
                    let rank = mode == .bits64 ? Encoder.rank(form.pointee) : legacyRank(form.pointee)
                    if tracksWidths, let unsized = unsizedMemoryOperand(instruction, form.pointee) {
                        ambiguity.note(form.pointee, position, unsized, fields: fields, length: length, settles: settlesSize(form.pointee))
                    }
                    // Shorter wins, the earlier form on a tie; EVEX only when no other form fits, and a
                    // last-resort form only when nothing else does.
                    if rank < bestRank || (rank == bestRank && length < bestLength) {
                        best = Winner(fields: fields, formIndex: form.pointee.index, position: position)
                        bestLength = length
                        bestRank = rank
                    }
                }
            }
        }
        if var best {
            if tracksWidths, ambiguity.sizeCount > 1 {
                let chosen = try ambiguity.resolve()
                best = Winner(fields: chosen.fields, formIndex: chosen.formIndex, position: chosen.position)
            }
            best.dependsOnShapeOnly = dependsOnShapeOnly
            if instruction.prefixes.contains(.swapped), let other = swappedForm(of: best.position, instruction, at: address) {
                best = Winner(fields: other.fields, formIndex: other.formIndex, position: other.position)
            }
            return best
        }
        if let invalidForm {
            _ = try instructionSet.encodingForms.withUnsafeBufferPointer { forms throws(EncodingError) in
                try build(forms[invalidForm], instruction, address: address)
            }
        }
        if shapeMatched, let failure { throw failure }
        throw noMatchingForm(instruction)
    }

    /// Which forms are preferred, lower first: any form before an EVEX one (llvm-mc 14 keeps
    /// VEX whenever it can encode the line, even where EVEX's disp8×N would be shorter), and
    /// a last-resort form after both.
    @inline(__always)
    static func rank(_ form: borrowing EncodingForm) -> Int {
        if form.attributes.contains(.lastResort) { return 2 }
        return form.vex?.isEVEX == true ? 1 : 0
    }

    /// True when some operand is memory without a size specifier: only then can the width be ambiguous.
    @inline(__always)
    private static func hasUnsizedMemory(_ instruction: Instruction) -> Bool {
        for i in 0..<instruction.operands.count {
            if case .memory(let memory) = instruction.operands[i], memory.size == nil { return true }
        }
        return false
    }

    /// Every form that can encode `instruction`, shortest first: the alternatives an explanation shows.
    public func alternatives(_ instruction: Instruction, at address: Int64 = 0) -> [EncodedInstruction] {
        var result: [EncodedInstruction] = []
        let kinds = OperandKinds.packed(instruction.operands)
        for index in instructionSet.encodingRange(of: instruction.mnemonic) {
            let form = instructionSet.encodingForms[index]
            guard EncodingFilter.admits(instructionSet.encodingFilters[index], kinds),
                  shapesMatch(form, instruction) else { continue }
            if let fields = try? build(form, instruction, address: address) {
                result.append(EncodedInstruction(bytes: fields.bytes, fields: fields, formIndex: form.index))
            }
        }
        return result.sorted { $0.length < $1.length || ($0.length == $1.length && $0.formIndex < $1.formIndex) }
    }

    @inline(__always)
    private func shapesMatch(_ form: borrowing EncodingForm, _ instruction: Instruction) -> Bool {
        for i in 0..<form.operandCount where !form.operandPattern(i).matchesShape(instruction.operands[i]) {
            return false
        }
        return true
    }

    /// The position of a memory operand without a size specifier that `form` reads with a fixed width.
    private func unsizedMemoryOperand(_ instruction: Instruction, _ form: EncodingForm) -> Int? {
        for i in 0..<instruction.operands.count {
            if case .memory(let memory) = instruction.operands[i], memory.size == nil, form.operandPattern(i).isSizedMemory {
                return i
            }
        }
        return nil
    }

    private func noMatchingForm(_ instruction: Instruction) -> EncodingError {
        let forms = instructionSet.forms(of: instruction.mnemonic)
        var seen = Set<String>()
        let syntaxes = forms.map(\.syntax).filter { seen.insert($0).inserted }
        return .noMatchingForm(
            mnemonic: instruction.mnemonic.name, operandKinds: instruction.operands.map(\.kindDescription),
            forms: syntaxes)
    }
}

/// The encoding a form gave, kept while the forms are compared.
private struct Candidate {
    var fields: EncodingFields
    var length: Int
    var formIndex: Int
    var position: Int
}

/// The chosen encoding: its fields, the form's index in the table and position among the
/// encoding forms.
private struct Winner {
    var fields: EncodingFields
    var formIndex: Int
    var position: Int
    /// The search would choose the same form for any instruction of the same ``EncodingShape``.
    var dependsOnShapeOnly = false
}

/// Collects the widths an unsized memory operand could have among the matching forms.
private struct AmbiguityTracker {
    var operand = -1
    /// The widths seen, one bit per ``OperandSize`` case.
    var sizes: UInt16 = 0
    var sizeCount = 0
    /// The shortest encoding by a form whose operand size defaults to 64 bits.
    var defaultEncoding: Candidate?

    mutating func note(_ form: EncodingForm, _ formPosition: Int, _ position: Int, fields: EncodingFields, length: Int, settles: Bool) {
        if operand < 0 { operand = position }
        guard let size = form.operandPattern(operand).memorySize else { return }
        let bit = AmbiguityTracker.bit(size)
        if sizes & bit == 0 {
            sizes |= bit
            sizeCount += 1
        }
        // Forms whose operand size defaults to the stack's (push, pop, call, jmp) settle the question.
        if settles, length < defaultEncoding?.length ?? Int.max {
            defaultEncoding = Candidate(fields: fields, length: length, formIndex: form.index, position: formPosition)
        }
    }

    private static func bit(_ size: OperandSize) -> UInt16 {
        switch size {
        case .byte: 1 << 0
        case .word: 1 << 1
        case .dword: 1 << 2
        case .fword: 1 << 3
        case .qword: 1 << 4
        case .tbyte: 1 << 5
        case .xmmword: 1 << 6
        case .ymmword: 1 << 7
        case .zmmword: 1 << 8
        }
    }

    /// With more than one width possible: the encoding that settles it, or the error asking for
    /// a size specifier.
    func resolve() throws(EncodingError) -> Candidate {
        if let defaultEncoding { return defaultEncoding }
        let widths = OperandSize.allCases.filter { sizes & AmbiguityTracker.bit($0) != 0 }
        throw .ambiguousOperandSize(operand: operand, sizes: widths)
    }
}

extension EncodingError {
    /// Which of two failures says more about what went wrong.
    func outranks(_ other: EncodingError?) -> Bool {
        guard let other else { return true }
        switch (self, other) {
        case (.immediateOutOfRange(_, _, let mine), .immediateOutOfRange(_, _, let theirs)):
            return mine.count > theirs.count
        case (.prefixNotAllowed, .prefixNotAllowed(_, let reason)):
            // "lock needs a memory destination" helps more than "this other form takes no lock".
            return reason.hasSuffix(Encoder.cannotBeLocked)
        case (.decorationNotAllowed(_, let mine), .decorationNotAllowed(_, let theirs)):
            // What the EVEX form says of a decoration helps more than "VEX forms take none".
            return theirs.hasPrefix(Encoder.evexOnly) && !mine.hasPrefix(Encoder.evexOnly)
        case (.decorationNotAllowed(_, let mine), .registerNeedsEVEX):
            return !mine.hasPrefix(Encoder.evexOnly)
        default:
            return false
        }
    }
}

/// What ``Encoder/lookAhead(_:cache:)`` found for an instruction: its shape, or a header of 0
/// when it has none or its encoding does not go by it (three words, returned in registers).
@usableFromInline
package struct EncodingLookAhead: Sendable, Equatable {
    var shape: EncodingShape
}
