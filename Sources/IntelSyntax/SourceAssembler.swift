import Diagnostics
import X86Assembler

/// Text in, program image out: parses Intel syntax and assembles the statements.
public struct SourceAssembly: Sendable {
    public var file: SourceFile
    public var statements: [Statement]
    public var image: ProgramImage
    /// Parse and assembly errors, in line order.
    public var diagnostics: [AssemblyDiagnostic]

    /// Parses and assembles `file`.
    public init(_ file: SourceFile, options: AssemblerOptions = AssemblerOptions()) {
        var parser = IntelParser()
        let parsed = parser.parse(file)
        let result = Assembler(options: options).assemble(parsed.statements)
        self.file = file
        self.statements = parsed.statements
        self.image = result.image
        var diagnostics = zip(parsed.diagnostics, parsed.diagnosticLines).map {
            AssemblyDiagnostic(diagnostic: $0.0, statement: -1, line: $0.1)
        }
        diagnostics.append(contentsOf: result.diagnostics)
        diagnostics.sort { $0.line < $1.line }
        self.diagnostics = diagnostics
    }

    /// What each source line produced: its bytes, or its first error.
    public enum LineOutcome: Sendable, Hashable {
        case bytes([UInt8])
        case error(Diagnostic)
    }

    /// One outcome per line of the file (lines without code have no bytes).
    public var lineOutcomes: [LineOutcome] {
        var outcomes = Array(repeating: LineOutcome.bytes([]), count: file.lineStarts.count)
        var bytes = Array(repeating: [UInt8](), count: file.lineStarts.count)
        for record in image.records where record.length > 0 && record.line >= 1 && record.line <= bytes.count {
            bytes[record.line - 1].append(contentsOf: image.bytes(of: record))
        }
        for (line, lineBytes) in bytes.enumerated() { outcomes[line] = .bytes(lineBytes) }
        for diagnostic in diagnostics.reversed() where diagnostic.line >= 1 && diagnostic.line <= outcomes.count {
            outcomes[diagnostic.line - 1] = .error(diagnostic.diagnostic)
        }
        return outcomes
    }
}
