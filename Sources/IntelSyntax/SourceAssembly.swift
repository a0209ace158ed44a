import Diagnostics
import X86Assembler

/// Text in, program image out: parses Intel syntax and assembles it, keeping every statement
/// and where its bytes went. For the REPL, `jitter encode` and tests; for whole files where
/// only the bytes matter, ``FileAssembly`` keeps far less.
public struct SourceAssembly: Sendable {
    /// The text assembled.
    public var file: SourceFile
    /// Every statement, in source order; ``StatementRecord/statement`` indexes this.
    public var statements: [Statement]
    /// The code and data, laid out where the options said.
    public var image: ProgramImage
    /// Parse and assembly errors, in line order.
    public var diagnostics: [AssemblyDiagnostic]

    /// Parses and assembles `file`, starting in `dialect` and `syntax` (AT&T implies GNU's dialect);
    /// macros are expanded first, `.include` and `%include` searching `includePaths` after the
    /// file's own directory.
    public init(
        _ file: SourceFile, options: AssemblerOptions = AssemblerOptions(), dialect: Dialect = .nasm,
        syntax: SourceSyntax = .intel, includePaths: [String] = []
    ) {
        let builder = ProgramBuilder(options: options)
        var parser: SourceParser? = nil
        var text = file.bytes.withUnsafeBufferPointer { BlockComments.blanked($0, syntax: syntax) } ?? file.bytes
        let expansion = text.withUnsafeBufferPointer { PreprocessedSource.expanding($0, name: file.name, includePaths: includePaths) }
        if let expansion { text = expansion.text }
        text.withUnsafeBufferPointer { bytes in
            var running = SourceParser(text: bytes, builder: builder, recordsStatements: true)
            running.dialect = dialect
            running.startSyntax(syntax)
            running.parseAll()
            parser = running
        }
        var finished = parser?.builder ?? builder
        let result = finished.finish()
        self.file = file
        let statements = parser?.recorder?.statements ?? []
        self.statements = expansion?.original(statements) ?? statements
        self.image = expansion?.original(result.image) ?? result.image
        self.diagnostics = expansion?.merged(result.diagnostics) ?? result.diagnostics
    }

    /// What each source line produced: its bytes, or its first error.
    public enum LineOutcome: Sendable, Hashable {
        case bytes([UInt8])
        case error(Diagnostic)
    }

    /// One outcome per line of the file (lines without code have no bytes).
    public var lineOutcomes: [LineOutcome] {
        var bytes = Array(repeating: [UInt8](), count: file.lineStarts.count)
        for record in image.records where record.length > 0 && record.line >= 1 && record.line <= bytes.count {
            bytes[record.line - 1].append(contentsOf: image.bytes(of: record))
        }
        var outcomes = bytes.map { LineOutcome.bytes($0) }
        for diagnostic in diagnostics.reversed() where diagnostic.line >= 1 && diagnostic.line <= outcomes.count {
            outcomes[diagnostic.line - 1] = .error(diagnostic.diagnostic)
        }
        return outcomes
    }
}

extension SourceAssembly {
    /// The code's bytes.
    public var bytes: [UInt8] { image.code }

    /// One line per source line that produced bytes: the offset in its section, the bytes and
    /// the source text (`0005: c3                      ret`). Data lines show their offset
    /// in the data, after `data+`.
    public var listing: String {
        var out = ""
        for record in image.records where record.length > 0 {
            let offset = String(record.offset, radix: 16)
            let place = (record.inCode ? "" : "data+") + String(repeating: "0", count: max(0, 4 - offset.count)) + offset
            let hex = image.bytes(of: record).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
            let padded = hex.count < 24 ? hex + String(repeating: " ", count: 24 - hex.count) : hex
            out += "\(place): \(padded) \(file.lineText(record.line).trimmingSpaces)\n"
        }
        return out
    }

    /// Each diagnostic drawn under its source line (see ``DiagnosticRenderer``).
    public func renderedDiagnostics(colors: Bool = false) -> String {
        let renderer = DiagnosticRenderer(colors: colors)
        return file.bytes.withUnsafeBufferPointer { text in
            diagnostics.map { renderer.render($0.diagnostic, line: $0.line, in: text, name: file.name) }.joined()
        }
    }
}

extension Assembler {
    /// Assembles Intel-syntax `text` (NASM or GNU/llvm-mc spellings, as the REPL reads them),
    /// or AT&T with `syntax: .att`, with code at `codeAddress`: the bytes, a listing and the
    /// statements, or every error drawn under its line.
    ///
    /// ```swift
    /// let sum = try Assembler.assemble("mov eax, edi\nadd eax, esi\nret")
    /// sum.bytes    // [0x89, 0xf8, 0x01, 0xf0, 0xc3]
    /// ```
    public static func assemble(
        _ text: String, at codeAddress: UInt64 = 0, dataAddress: UInt64? = nil, dialect: Dialect = .nasm,
        syntax: SourceSyntax = .intel, name: String = "<text>"
    ) throws(AssemblyError) -> SourceAssembly {
        let assembly = SourceAssembly(
            SourceFile(name: name, text: text), options: AssemblerOptions(codeAddress: codeAddress, dataAddress: dataAddress),
            dialect: dialect, syntax: syntax)
        guard assembly.diagnostics.isEmpty else {
            throw AssemblyError(assembly.diagnostics, rendered: assembly.renderedDiagnostics())
        }
        return assembly
    }
}

/// Intel-syntax text, to be laid out wherever it is run (see ``Assemblable``).
public struct AssemblyText: Assemblable, Sendable, ExpressibleByStringLiteral {
    /// The source.
    public var text: String
    /// How bare symbols read at the start (`.intel_syntax` switches to GNU's).
    public var dialect: Dialect
    /// The name diagnostics show.
    public var name: String

    /// `text` in `dialect`, named `name` in diagnostics.
    public init(_ text: String, dialect: Dialect = .nasm, name: String = "<text>") {
        self.text = text
        self.dialect = dialect
        self.name = name
    }

    /// NASM-spelled text written as a literal.
    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// The text assembled where `options` says.
    public func assemble(options: AssemblerOptions) -> AssemblyResult {
        let assembly = SourceAssembly(SourceFile(name: name, text: text), options: options, dialect: dialect)
        return AssemblyResult(image: assembly.image, diagnostics: assembly.diagnostics)
    }

    /// The diagnostics of an assembly of this text, each drawn under its line.
    public func render(_ diagnostics: [AssemblyDiagnostic]) -> String {
        let file = SourceFile(name: name, text: text)
        let renderer = DiagnosticRenderer()
        return file.bytes.withUnsafeBufferPointer { bytes in
            diagnostics.map { renderer.render($0.diagnostic, line: $0.line, in: bytes, name: name) }.joined()
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
