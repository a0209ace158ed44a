import Diagnostics
import X86

/// Code that the assembler can lay out at addresses it is given: a ``CodeBuilder``, or text.
///
/// What runs code asks for the layout itself, at the addresses the code will really have, so
/// absolute addresses and branches to fixed addresses come out right wherever it lands.
public protocol Assemblable {
    /// The code and data laid out where `options` says, with every error.
    func assemble(options: AssemblerOptions) -> AssemblyResult

    /// `diagnostics` of an assembly of this code, each with where it came from.
    func render(_ diagnostics: [AssemblyDiagnostic]) -> String
}


/// Builds x86-64 code from Swift, one typed call per instruction:
///
/// ```swift
/// let a = CodeBuilder()
/// let top = a.label()
/// a.mov(.ecx, 10)
/// a.bind(top)
/// a.add(.rax, .qword[.rbx + .rcx * 8 + 16])
/// a.dec(.ecx)
/// a.jnz(top)
/// a.ret()
/// let image = try a.finish()
/// ```
///
/// Every mnemonic of the instruction table is a method (see the generated
/// `CodeBuilder+Mnemonics.swift`), taking as many ``CodeOperand``s as its forms do. Each call
/// becomes one ``Statement`` of the same model the text parser produces, and ``finish(at:)``
/// (or ``assemble(options:)``) runs the same assembler: the same form choice, branch
/// relaxation, data and alignment, bytes and diagnostics as the text. Errors are collected,
/// not thrown at the call, and reported together by ``finish(at:)`` with the Swift file and
/// line of the call that caused each.
public final class CodeBuilder: Assemblable {
    /// Every statement so far, in order.
    public private(set) var statements: [Statement] = []
    /// Per statement, the Swift file of the call that added it (the line is ``Statement/line``).
    private var files: [StaticString] = []
    private var nextLabel = 0
    private var pendingPrefixes: PrefixSet = []
    /// The table's mnemonics by spelling, looked up once per builder.
    private var mnemonics: [String: Mnemonic] = [:]
    /// Errors found before assembly (an unknown mnemonic, too many operands).
    private var buildErrors: [AssemblyDiagnostic] = []

    /// An empty builder.
    public init() {}

    // MARK: Labels

    /// A new label, not yet placed; `name` (unique in this builder) shows in diagnostics and
    /// in the image's symbols.
    public func label(_ name: String? = nil) -> Label {
        nextLabel += 1
        return Label(name: name ?? "L#\(nextLabel)")
    }

    /// Places `label` at the current position (once per label).
    public func bind(_ label: Label, file: StaticString = #fileID, line: UInt = #line) {
        append(.label(label.name), file: file, line: line)
    }

    /// A new label placed at the current position.
    public func here(_ name: String? = nil, file: StaticString = #fileID, line: UInt = #line) -> Label {
        let new = label(name)
        bind(new, file: file, line: line)
        return new
    }

    // MARK: Instructions

    /// Prefixes (`.lock`, `.rep`, `.repne`, `.data16` …) for the next instruction.
    public func prefix(_ prefixes: PrefixSet) {
        pendingPrefixes.formUnion(prefixes)
    }

    /// Adds instruction `mnemonic` (any spelling the table has) with `operands`; what the
    /// generated per-mnemonic methods call.
    public func instruction(
        _ mnemonic: String, _ operands: [CodeOperand], width: BranchWidth = .automatic,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        let found: Mnemonic?
        if let known = mnemonics[mnemonic] {
            found = known
        } else {
            found = Mnemonic(mnemonic)
            if let found { mnemonics[mnemonic] = found }
        }
        guard let found else {
            appendError("unknown mnemonic '\(mnemonic)'", file: file, line: line)
            return
        }
        instruction(found, operands, width: width, file: file, line: line)
    }

    /// Adds instruction `mnemonic` with `operands`.
    public func instruction(
        _ mnemonic: Mnemonic, _ operands: [CodeOperand], width: BranchWidth = .automatic,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        guard operands.count <= OperandList.capacity else {
            appendError("'\(mnemonic.name)' is given \(operands.count) operands; an instruction has at most \(OperandList.capacity)",
                        file: file, line: line)
            return
        }
        var instruction = Instruction(mnemonic, prefixes: pendingPrefixes, branchWidth: width)
        pendingPrefixes = []
        var symbolic: [SymbolicOperand] = []
        var ranges: [SourceRange] = []
        let branches = InstructionSet.shared.hasRelativeForms(mnemonic)
        for (index, operand) in operands.enumerated() {
            instruction.operands.append(operand.operand)
            ranges.append(CodeBuilder.range(ofOperand: index))
            if !operand.decorations.isEmpty {
                instruction.decorations.rawValue |= operand.decorations.rawValue
            }
            if let (expression, role) = operand.symbolic {
                let branchTarget = branches && role == .immediate
                symbolic.append(SymbolicOperand(index: index, expression: expression, role: branchTarget ? .branchTarget : role))
            }
        }
        let statement = InstructionStatement(
            instruction: instruction, mnemonicRange: CodeBuilder.mnemonicRange, operandRanges: ranges,
            symbolic: symbolic, explicitBranchWidth: width != .automatic)
        append(.instruction(statement), file: file, line: line)
    }

    /// What the generated methods call: a mnemonic of the table and up to five operands.
    package func emit(
        _ mnemonic: String, _ o0: CodeOperand? = nil, _ o1: CodeOperand? = nil, _ o2: CodeOperand? = nil,
        _ o3: CodeOperand? = nil, _ o4: CodeOperand? = nil, width: BranchWidth = .automatic,
        file: StaticString, line: UInt
    ) {
        var operands: [CodeOperand] = []
        operands.reserveCapacity(5)
        for operand in [o0, o1, o2, o3, o4] {
            guard let operand else { break }
            operands.append(operand)
        }
        instruction(mnemonic, operands, width: width, file: file, line: line)
    }

    // MARK: Data and layout

    /// `bytes` as they are.
    public func bytes(_ bytes: [UInt8], file: StaticString = #fileID, line: UInt = #line) {
        append(.directive(.data(size: 1, items: [.bytes(bytes)])), file: file, line: line)
    }

    /// The UTF-8 bytes of `text`, then a zero byte when `terminated`.
    public func string(_ text: String, terminated: Bool = true, file: StaticString = #fileID, line: UInt = #line) {
        bytes(Array(text.utf8) + (terminated ? [0] : []), file: file, line: line)
    }

    /// Values of `size` bytes each (1, 2, 4 or 8), little-endian: numbers, label addresses,
    /// differences of labels.
    public func data(size: Int, _ values: [AssemblyExpression], file: StaticString = #fileID, line: UInt = #line) {
        append(.directive(.data(size: size, items: values.map { .expression($0, .at(0)) })), file: file, line: line)
    }

    /// 8-bit integers.
    public func int8<T: BinaryInteger>(_ values: T..., file: StaticString = #fileID, line: UInt = #line) {
        data(size: 1, values.map { .number(Int64(truncatingIfNeeded: $0)) }, file: file, line: line)
    }

    /// 16-bit integers.
    public func int16<T: BinaryInteger>(_ values: T..., file: StaticString = #fileID, line: UInt = #line) {
        data(size: 2, values.map { .number(Int64(truncatingIfNeeded: $0)) }, file: file, line: line)
    }

    /// 32-bit integers.
    public func int32<T: BinaryInteger>(_ values: T..., file: StaticString = #fileID, line: UInt = #line) {
        data(size: 4, values.map { .number(Int64(truncatingIfNeeded: $0)) }, file: file, line: line)
    }

    /// 64-bit integers.
    public func int64<T: BinaryInteger>(_ values: T..., file: StaticString = #fileID, line: UInt = #line) {
        data(size: 8, values.map { .number(Int64(truncatingIfNeeded: $0)) }, file: file, line: line)
    }

    /// IEEE 754 doubles.
    public func float64(_ values: Double..., file: StaticString = #fileID, line: UInt = #line) {
        data(size: 8, values.map { .number(Int64(bitPattern: $0.bitPattern)) }, file: file, line: line)
    }

    /// IEEE 754 singles.
    public func float32(_ values: Float..., file: StaticString = #fileID, line: UInt = #line) {
        data(size: 4, values.map { .number(Int64($0.bitPattern)) }, file: file, line: line)
    }

    /// The 64-bit addresses of `labels` (a jump table).
    public func addresses(_ labels: Label..., file: StaticString = #fileID, line: UInt = #line) {
        data(size: 8, labels.map(\.expression), file: file, line: line)
    }

    /// `count` zero bytes.
    public func zeros(_ count: Int, file: StaticString = #fileID, line: UInt = #line) {
        append(.directive(.reserve(size: 1, count: .number(Int64(count)), fill: nil)), file: file, line: line)
    }

    /// Pads to a multiple of `boundary` (a power of two): with NOPs in code, zeros in data,
    /// or `fill`.
    public func align(_ boundary: Int, fill: UInt8? = nil, file: StaticString = #fileID, line: UInt = #line) {
        append(.directive(.align(boundary: .number(Int64(boundary)), fill: fill.map { .number(Int64($0)) })),
               file: file, line: line)
    }

    /// Goes on in section `name` (`.text`, `.data`, `.rodata`, `.bss` …): code is laid out
    /// first, then the other sections in order of first use.
    public func section(_ name: String, file: StaticString = #fileID, line: UInt = #line) {
        append(.directive(.section(name)), file: file, line: line)
    }

    /// A constant symbol, usable in expressions by `name`.
    public func define(_ name: String, _ value: AssemblyExpression, file: StaticString = #fileID, line: UInt = #line) {
        append(.directive(.define(name: name, value: value)), file: file, line: line)
    }

    // MARK: Assembly

    /// The code laid out where `options` says.
    public func assemble(options: AssemblerOptions) -> AssemblyResult {
        var result = Assembler(options: options).assemble(statements)
        // In call order: lines of different files do not compare.
        result.diagnostics += buildErrors
        result.diagnostics.sort { $0.statement < $1.statement }
        return result
    }

    /// The image with code at `codeAddress` (data right after it, or at `dataAddress`), or
    /// every error with the file and line of the call that caused it.
    public func finish(at codeAddress: UInt64 = 0, dataAddress: UInt64? = nil) throws(AssemblyError) -> ProgramImage {
        let result = assemble(options: AssemblerOptions(codeAddress: codeAddress, dataAddress: dataAddress))
        guard result.diagnostics.isEmpty else { throw AssemblyError(result.diagnostics, rendered: render(result.diagnostics)) }
        return result.image
    }

    /// `diagnostics` of an assembly of this builder, one line each:
    /// `main.swift:12: error: … (operand 2)`, then its notes.
    public func render(_ diagnostics: [AssemblyDiagnostic]) -> String {
        var out = ""
        for diagnostic in diagnostics {
            let file = diagnostic.statement >= 0 && diagnostic.statement < files.count ? "\(files[diagnostic.statement])" : "<builder>"
            var where_ = ""
            if let operand = CodeBuilder.operand(of: diagnostic.diagnostic.range) { where_ = " (operand \(operand + 1))" }
            out += "\(file):\(diagnostic.line): \(diagnostic.diagnostic.severity.rawValue): \(diagnostic.diagnostic.message)\(where_)\n"
            for note in diagnostic.diagnostic.notes { out += "    note: \(note)\n" }
        }
        return out
    }

    // Without source text, a diagnostic's range says which part of the call it is about:
    // 0..<1 the mnemonic, i+1..<i+2 operand i.
    private static let mnemonicRange = SourceRange(start: 0, end: 1)

    private static func range(ofOperand index: Int) -> SourceRange {
        SourceRange(start: index + 1, end: index + 2)
    }

    /// The operand a diagnostic's range points at, if it points at exactly one.
    public static func operand(of range: SourceRange) -> Int? {
        range.start >= 1 && range.end == range.start + 1 ? range.start - 1 : nil
    }

    private func append(_ kind: StatementKind, file: StaticString, line: UInt) {
        statements.append(Statement(kind, range: CodeBuilder.mnemonicRange, line: Int(line)))
        files.append(file)
    }

    /// An error found while building: the call still takes a statement (producing nothing),
    /// so that the error is reported in order with the assembler's.
    private func appendError(_ message: String, file: StaticString, line: UInt) {
        append(.directive(.ignored(message)), file: file, line: line)
        buildErrors.append(AssemblyDiagnostic(
            diagnostic: Diagnostic(.error, message, at: CodeBuilder.mnemonicRange), statement: statements.count - 1, line: Int(line)))
    }
}

/// Assembly failed: every diagnostic, and their text as the source's renderer draws them.
public struct AssemblyError: Error, Sendable, CustomStringConvertible {
    /// Every error, in line order.
    public let diagnostics: [AssemblyDiagnostic]
    /// Each error with where it is: under its source line for text, with the Swift file and
    /// line of the call for ``CodeBuilder``.
    public let rendered: String

    /// The error of `diagnostics`, drawn as `rendered`.
    public init(_ diagnostics: [AssemblyDiagnostic], rendered: String) {
        self.diagnostics = diagnostics
        self.rendered = rendered
    }

    /// ``rendered``.
    public var description: String { rendered }
}
