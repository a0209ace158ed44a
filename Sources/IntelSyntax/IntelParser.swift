import Diagnostics
import X86
import X86Assembler

/// Statements parsed from a source text, and the lines that could not be parsed.
public struct ParseResult: Sendable {
    public var statements: [Statement]
    /// One diagnostic per bad line; the parser goes on with the next line.
    public var diagnostics: [Diagnostic]
    /// For each diagnostic, the 1-based line it belongs to.
    public var diagnosticLines: [Int]
}

/// Parses Intel-syntax assembly, in the GNU/llvm-mc (`dword ptr`, `.byte`) and NASM
/// (`dword [..]`, `db`) spellings, into statements of the public model.
///
/// To assemble, use ``SourceAssembly`` (statements, image and per-line outcomes) or
/// ``FileAssembly`` (a whole file to a flat binary, fast and lean).
public struct IntelParser: Sendable {
    /// How bare symbols read at the start (`.intel_syntax` switches to ``Dialect/gnu``).
    public var dialect: Dialect
    /// The syntax at the start (`.att_syntax` and `.intel_syntax` switch it).
    public var syntax: SourceSyntax
    /// The mode at the start (`bits` and `.code16`… switch it).
    public var codeMode: CodeMode = .bits64

    public init(dialect: Dialect = .nasm, syntax: SourceSyntax = .intel) {
        self.dialect = dialect
        self.syntax = syntax
    }

    /// Parses a whole source file.
    public mutating func parse(_ file: SourceFile) -> ParseResult {
        var options = AssemblerOptions()
        options.codeMode = codeMode
        let assembly = SourceAssembly(file, options: options, dialect: dialect, syntax: syntax)
        var result = ParseResult(statements: assembly.statements, diagnostics: [], diagnosticLines: [])
        for diagnostic in assembly.diagnostics where diagnostic.statement < 0 {
            result.diagnostics.append(diagnostic.diagnostic)
            result.diagnosticLines.append(diagnostic.line)
        }
        return result
    }
}
