import Diagnostics
import X86Assembler

/// Text in, program image out: parses Intel syntax and assembles it, keeping every statement
/// and where its bytes went. For the REPL, `jitter encode` and tests; for whole files where
/// only the bytes matter, ``FileAssembly`` keeps far less.
public struct SourceAssembly: Sendable {
    public var file: SourceFile
    /// Every statement, in source order; ``StatementRecord/statement`` indexes this.
    public var statements: [Statement]
    public var image: ProgramImage
    /// Parse and assembly errors, in line order.
    public var diagnostics: [AssemblyDiagnostic]

    /// Parses and assembles `file`, starting in `dialect`.
    public init(_ file: SourceFile, options: AssemblerOptions = AssemblerOptions(), dialect: Dialect = .nasm) {
        let builder = ProgramBuilder(options: options)
        var parser: SourceParser? = nil
        file.bytes.withUnsafeBufferPointer { bytes in
            var running = SourceParser(text: bytes, builder: builder, recordsStatements: true)
            running.dialect = dialect
            running.parseAll()
            parser = running
        }
        var finished = parser?.builder ?? builder
        let result = finished.finish()
        self.file = file
        self.statements = parser?.recorder?.statements ?? []
        self.image = result.image
        self.diagnostics = result.diagnostics
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
