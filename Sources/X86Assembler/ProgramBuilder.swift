import Diagnostics
import X86
import X86Encoder

/// A place in a section, valid before layout: `position` fixed bytes and `fragment` fragments in.
struct Place {
    var section: Int32
    var position: Int32
    var fragment: Int32
}

/// Builds a program image statement by statement, in one pass over the source.
///
/// Instructions whose operands are all known are encoded at once, and only their bytes are
/// kept. What depends on where labels land is kept aside, compactly: branches to labels and
/// alignments become *fragments* whose sizes layout works out (branches start short and grow
/// to rel32 until nothing changes), and instructions or data naming a label become fixups,
/// encoded once more at their final address. So a file of a million lines is assembled with
/// each instruction encoded once and memory proportional to the output.
public struct ProgramBuilder: Sendable {
    public let options: AssemblerOptions
    /// Encodes in the current ``codeMode``.
    package internal(set) var encoder: Encoder

    package var symbols: SymbolTable
    package var expressions = ExpressionArena()
    var sections: [Section]
    package private(set) var currentSection = 0
    /// The fixed bytes of the current section (its ``Section/bytes`` is empty meanwhile):
    /// appending to a stored array is cheaper than through the array of sections.
    var output: [UInt8] = []

    var branches: [BranchRecord] = []
    var aligns: [AlignRecord] = []
    var repeats: [RepeatRecord] = []
    var pending: [PendingInstruction] = []
    var relaxables: [RelaxableInstruction] = []
    var fixups: [Fixup] = []
    var branchForms = BranchForms()
    /// The encoder's memory of which form won for each operand shape.
    var encodingCache = EncodingCache()

    /// The mode of the code from here on (`bits 16`, `.code32`…): 64-bit unless told.
    package var codeMode: CodeMode { encoder.mode }

    /// Symbols that `.set`/`=` defined and may define again.
    var redefinable: Set<Int32> = []
    /// Constants whose value came from labels (`len = . - msg`): numbers, but llvm-mc treats
    /// them as addresses (see ``InstructionLine/foldsLabelArithmetic``).
    var labelDerived: Set<Int32> = []
    /// Numeric labels (`1:`): the latest definition and the one a `1f` is waiting for.
    var numericLabels: [UInt64: (latest: SymbolID?, next: SymbolID?)] = [:]

    /// The 1-based source line of the statement being added.
    package private(set) var line: Int32 = 0
    /// The number of the statement being added, counting from 0.
    package private(set) var statement: Int32 = -1
    private var statementStart = Place(section: 0, position: 0, fragment: 0)
    var records: [PlaceRecord] = []

    package private(set) var diagnostics: [AssemblyDiagnostic] = []
    /// During a layout pass: the fragment being sized, and how much the fragments before it
    /// grew in this pass (places after it move by that much).
    var relaxation: Relaxation?
    /// NASM's `org`: where `.text` starts, instead of ``AssemblerOptions/codeAddress``.
    var origin: UInt64?
    /// Sections' ELF attributes, symbols' bindings, relocations and call frames, for an object file.
    var object = ObjectState()

    /// A builder placing code and data where `options` says, encoding with `encoder` (by
    /// default one for ``AssemblerOptions/encodingDialect``).
    public init(options: AssemblerOptions = AssemblerOptions(), encoder: Encoder? = nil) {
        self.options = options
        var encoder = encoder ?? Encoder(dialect: options.encodingDialect)
        if options.codeMode != .bits64 {
            encoder.mode = options.codeMode
            encoder.operandSizeBeforeAddressSize = true
        }
        self.encoder = encoder
        symbols = SymbolTable(expectedCount: options.expectedSymbolCount)
        sections = [Section(name: ".text", kind: .code)]
        if options.relocatable {
            // GNU as starts every object with these three.
            sections.append(Section(name: ".data", kind: .data))
            sections.append(Section(name: ".bss", kind: .uninitialized))
        }
        output.reserveCapacity(options.expectedCodeSize)
        if options.expectedSymbolCount > ProgramBuilder.bigFileSymbolCount {
            // Room for what a big file will likely need, so that these arrays are not copied
            // (and their pages touched twice) as they grow: a branch or two per label.
            branches.reserveCapacity(options.expectedSymbolCount * 2)
            sections[0].fragments.reserveCapacity(options.expectedSymbolCount * 2)
            fixups.reserveCapacity(options.expectedSymbolCount)
        }
    }

    private static let bigFileSymbolCount = 4096

    // MARK: Statements

    /// Starts statement `line`; everything added until the next call belongs to it.
    package mutating func beginStatement(line: Int) {
        endStatement()
        statement += 1
        self.line = Int32(truncatingIfNeeded: line)
        if options.keepsStatementRecords { statementStart = currentPlace }
    }

    /// Closes the statement begun last (called by the next `beginStatement` and by `finish`).
    mutating func endStatement() {
        guard options.keepsStatementRecords, statement >= 0, records.count == Int(statement) else { return }
        var end = currentPlace
        if end.section != statementStart.section { end = statementStart }
        records.append(PlaceRecord(statement: statement, line: line, start: statementStart, end: end))
    }

    var currentPlace: Place {
        Place(
            section: Int32(currentSection),
            position: Int32(truncatingIfNeeded: output.count),
            fragment: Int32(truncatingIfNeeded: sections[currentSection].fragments.count))
    }

    /// The kind of the section statements go to now.
    package var currentSectionKind: SectionKind { sections[currentSection].kind }

    // MARK: Sections

    /// Makes `name` the current section, creating it on first use.
    package mutating func switchSection(to name: String) {
        let canonical = ProgramBuilder.canonicalSectionName(name)
        swap(&output, &sections[currentSection].bytes)
        defer { swap(&output, &sections[currentSection].bytes) }
        if let index = sections.firstIndex(where: { $0.name == canonical }) {
            if index != currentSection { object.previousSection = currentSection }
            currentSection = index
            return
        }
        object.previousSection = currentSection
        let kind: SectionKind
        if canonical == ".text" || canonical.hasPrefix(".text.") {
            kind = .code
        } else if canonical == ".bss" || canonical.hasPrefix(".bss.") || canonical == ".tbss" {
            kind = .uninitialized
        } else {
            kind = .data
        }
        sections.append(Section(name: canonical, kind: kind))
        currentSection = sections.count - 1
    }

    static func canonicalSectionName(_ name: String) -> String {
        let lower = name.lowercased()
        switch lower {
        case "text", "code", ".code", ".text": return ".text"
        case "data", ".data": return ".data"
        case "bss", ".bss": return ".bss"
        case "rodata", ".rodata": return ".rodata"
        // Other names keep their case: ELF section names are case-sensitive (`.note.GNU-stack`).
        default: return name
        }
    }

    /// `org ADDRESS`: `.text` starts at `address`. Only before any code.
    package mutating func setOrigin(_ address: UInt64, range: SourceRange) {
        let codeBytes = currentSection == 0 ? output.count : sections[0].bytes.count
        guard codeBytes == 0, sections[0].fragments.isEmpty else {
            report("'org' must come before any code", at: range)
            return
        }
        origin = address
    }

    // MARK: Symbols

    /// Defines `id` as a label at the current place.
    package mutating func defineLabel(_ id: SymbolID, range: SourceRange) {
        guard case .undefined = symbols[id] else {
            reportRedefinition(id, range: range)
            return
        }
        let place = currentPlace
        symbols.define(id, as: .label(section: place.section, position: place.position, fragment: place.fragment), line: Int(line))
        if object.lines.marksLabels { markLabelInLineTable() }
    }

    /// Defines `id` as `value` (`equ` when not `redefinable`; `.set` and `=` otherwise).
    package mutating func define(_ id: SymbolID, as value: Value, redefinable: Bool, range: SourceRange) {
        switch symbols[id] {
        case .undefined:
            break
        case .constant, .expression:
            guard redefinable, self.redefinable.contains(id.index) else {
                reportRedefinition(id, range: range)
                return
            }
        case .label, .external:
            reportRedefinition(id, range: range)
            return
        }
        if redefinable { self.redefinable.insert(id.index) }
        if mentionsLabels(value) { labelDerived.insert(id.index) } else { labelDerived.remove(id.index) }
        if let constant = resolveNow(value) {
            symbols.define(id, as: .constant(constant), line: Int(line))
        } else {
            symbols.define(id, as: .expression(value), line: Int(line))
        }
    }

    /// Declares `id` external (`extern`): using it is an error, as nothing links.
    package mutating func declareExternal(_ id: SymbolID) {
        if case .undefined = symbols[id] { symbols.define(id, as: .external, line: Int(line)) }
    }

    private mutating func reportRedefinition(_ id: SymbolID, range: SourceRange) {
        let previous = symbols.definitionLines[Int(id.index)]
        let note = previous > 0 ? ["first defined on line \(previous)"] : []
        report("symbol '\(symbols.name(of: id))' is already defined", at: range, notes: note)
    }

    /// `$`: a symbol for the current place, which is the start of the statement being parsed
    /// (nothing of a statement is added before its operands are read).
    package mutating func here() -> SymbolID {
        let id = symbols.makeAnonymous(displayName: "$")
        let place = currentPlace
        symbols.define(id, as: .label(section: place.section, position: place.position, fragment: place.fragment), line: Int(line))
        return id
    }

    /// `$$`: a symbol for the start of the current section.
    package mutating func sectionStart() -> SymbolID {
        if let existing = sections[currentSection].startSymbol { return existing }
        let id = symbols.makeAnonymous(displayName: "$$")
        symbols.define(id, as: .label(section: Int32(currentSection), position: 0, fragment: 0), line: Int(line))
        sections[currentSection].startSymbol = id
        return id
    }

    /// Defines numeric label `number` (`1:`) here.
    package mutating func defineNumericLabel(_ number: UInt64, range: SourceRange) {
        var entry = numericLabels[number] ?? (nil, nil)
        let id = entry.next ?? symbols.makeAnonymous(displayName: "\(number)")
        entry = (id, nil)
        numericLabels[number] = entry
        defineLabel(id, range: range)
    }

    /// The symbol `1b` (backward) or `1f` (forward) names here; nil for `Nb` before any `N:`.
    package mutating func numericLabel(_ number: UInt64, forward: Bool) -> SymbolID? {
        var entry = numericLabels[number] ?? (nil, nil)
        guard forward else { return entry.latest }
        if let next = entry.next { return next }
        let id = symbols.makeAnonymous(displayName: "\(number)f")
        entry.next = id
        numericLabels[number] = entry
        return id
    }

    // MARK: Diagnostics

    /// Reports an error in the current statement.
    package mutating func report(
        _ message: String, at range: SourceRange, notes: [String] = [], kind: AssemblyDiagnostic.Kind = .other
    ) {
        diagnostics.append(AssemblyDiagnostic(
            diagnostic: Diagnostic(.error, message, at: range, notes: notes),
            statement: Int(statement), line: Int(line), kind: kind))
    }

    /// Adds a run of `statements` instructions encoded elsewhere, one statement each, the
    /// last on `lastLine`, whose bytes are `bytes`. Keeps no statement records (whole-file
    /// assembly, which uses it, keeps none).
    package mutating func appendEncoded(_ bytes: UnsafeBufferPointer<UInt8>, statements: Int, lastLine: Int) {
        guard statements > 0 else { return }
        endStatement()
        if object.lines.pending { addLineRow() }
        output.append(contentsOf: bytes)
        statement += Int32(statements)
        line = Int32(truncatingIfNeeded: lastLine)
    }

    /// Reports a line that could not be parsed (it belongs to no statement).
    package mutating func reportUnparsed(_ diagnostic: Diagnostic, line: Int) {
        diagnostics.append(AssemblyDiagnostic(diagnostic: diagnostic, statement: -1, line: line))
    }

    /// Reports an error found after layout, in the statement a record came from.
    mutating func report(
        _ message: String, at range: SourceRange, line: Int32, statement: Int32, notes: [String] = [],
        kind: AssemblyDiagnostic.Kind = .other
    ) {
        diagnostics.append(AssemblyDiagnostic(
            diagnostic: Diagnostic(.error, message, at: range, notes: notes),
            statement: Int(statement), line: Int(line), kind: kind))
    }
}

/// Encodes instructions whose operands are all known, for code that places them itself,
/// remembering (per value: one per thread) which form won for each operand shape.
///
/// Public only as a type, as ``ShapeBuilder`` is: its per-line members are inlined into the
/// pre-encoder's loop.
public struct ContextFreeEncoder: Sendable {
    @usableFromInline let encoder: Encoder
    @usableFromInline var cache = EncodingCache()

    package init(dialect: EncodingDialect = .llvm) {
        encoder = Encoder(dialect: dialect)
    }

    /// Makes the memory of forms as large as it gets at once, for an encoder of a big file.
    package mutating func reserveFullCache() { cache.reserveFullCapacity(for: encoder.instructionSet) }

    /// What encoding the instruction at `instruction` will look up first, fetched meanwhile,
    /// for ``encode(_:lookAhead:appendingTo:)`` a line later.
    package func lookAhead(_ instruction: UnsafePointer<Instruction>) -> EncodingLookAhead {
        encoder.lookAhead(instruction, cache: cache)
    }

    /// ``lookAhead(_:)`` of an instruction whose reader put its shape together.
    @inlinable @inline(__always)
    package func lookAhead(_ shape: ShapeBuilder) -> EncodingLookAhead {
        encoder.lookAhead(shape, cache: cache)
    }

    /// Starts `builder` on an instruction of `mnemonic`, for ``lookAhead(_:)`` (this encoder's
    /// table decides which registers' REX bits are in the shape).
    @inlinable @inline(__always)
    package func startShape(_ builder: inout ShapeBuilder, of mnemonic: Mnemonic) {
        builder.start(mnemonic, in: encoder.instructionSet)
    }

    /// ``encode(_:appendingTo:)`` of the instruction at `instruction`, with what
    /// ``lookAhead(_:)`` found for it.
    @inlinable @inline(__always)
    package mutating func encode(
        _ instruction: UnsafePointer<Instruction>, lookAhead: EncodingLookAhead, appendingTo buffer: inout ByteBuffer
    ) -> Bool {
        (try? encoder.encode(instruction, lookAhead: lookAhead, appendingTo: &buffer, cache: &cache)) != nil
    }

    /// Appends the bytes of `instruction` (which has no relative operand, so its address does
    /// not matter) to `buffer`; false, with nothing appended, when it cannot be encoded.
    package mutating func encode(_ instruction: Instruction, appendingTo buffer: inout ByteBuffer) -> Bool {
        (try? encoder.encode(instruction, at: 0, appendingTo: &buffer, cache: &cache)) != nil
    }

    /// Appends the bytes of `instruction`, whose memory operand `operand` is RIP-relative to a
    /// label, as ``ProgramBuilder`` places such an instruction before layout (the displacement
    /// zero, four bytes wide: see ``ProgramBuilder/appendTargeted(_:displacementOffset:operand:target:operandRange:)``),
    /// and returns where the displacement is; nil, with nothing appended, when the instruction
    /// does not encode that way (the builder then takes it by its general path).
    package mutating func encodeTargeted(_ instruction: Instruction, operand: Int, appendingTo buffer: inout ByteBuffer) -> Int? {
        var probe = instruction
        probe.operands[operand] = ProgramBuilder.filling(probe.operands[operand], role: .ripTarget, with: 0, symbolic: true)
        let bytes: InstructionBytes
        let offset: Int
        if let (template, layout) = encoder.templateBytes(probe, at: 0, cache: &cache) {
            guard layout.displacementSize == 4 else { return nil }
            bytes = template
            offset = layout.displacementOffset
        } else {
            guard let encoded = try? encoder.encode(probe, at: 0, cache: &cache), encoded.fields.displacementSize == 4 else { return nil }
            bytes = encoded.bytes
            offset = encoded.fields.displacementOffset
        }
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        buffer.append(bytes)
        return offset
    }
}

/// See ``ProgramBuilder/relaxation``.
struct Relaxation {
    var section: Int32
    var fragment: Int32
    var delta: Int64
}

/// Where one statement's bytes start and end, resolved to offsets after layout.
struct PlaceRecord {
    var statement: Int32
    var line: Int32
    var start: Place
    var end: Place
}
