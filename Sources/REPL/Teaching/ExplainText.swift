import Diagnostics
import Explain
import IntelSyntax
import X86
import X86Assembler
import X86Encoder

/// Explaining an instruction typed as text (`jitter explain 'INSTR'`, `.explain INSTR`).
public enum ExplainText {
    /// Parses `text` as one Intel-syntax instruction and explains its encoding at `address`,
    /// as `dialect`'s assembler chooses it.
    ///
    /// The error is a diagnostic in a one-line source named `name`, ready for
    /// `DiagnosticRenderer`, with the caret under the operand at fault when there is one.
    public static func explain(
        _ text: String, at address: Int64 = 0, name: String = "<explain>", dialect: EncodingDialect = .llvm,
        mode: CodeMode = .bits64
    ) -> Result<Explanation, ExplainError> {
        let file = SourceFile(name: name, text: text)
        var parser = IntelParser()
        parser.codeMode = mode
        let parsed = parser.parse(file)
        if let diagnostic = parsed.diagnostics.first {
            return .failure(ExplainError(diagnostic: diagnostic, file: file))
        }
        let instructions = parsed.statements.compactMap { statement -> InstructionStatement? in
            if case .instruction(let instruction) = statement.kind { return instruction }
            return nil
        }
        let whole = SourceRange(start: 0, end: file.bytes.count)
        guard instructions.count == 1, let statement = instructions.first else {
            let message = instructions.isEmpty
                ? "explain takes one instruction (`mov eax, 50`)"
                : "explain takes one instruction at a time"
            return .failure(ExplainError(diagnostic: Diagnostic(.error, message, at: whole), file: file))
        }
        if let symbolic = statement.symbolic.first {
            let range = symbolic.index < statement.operandRanges.count ? statement.operandRanges[symbolic.index] : whole
            let diagnostic = Diagnostic(
                .error, "explain needs numbers here, not a label (write the address, e.g. `jmp 0x10`)", at: range)
            return .failure(ExplainError(diagnostic: diagnostic, file: file))
        }
        do {
            // As `bits N` would: NASM's order of 66 and 67.
            var encoder = Encoder(dialect: dialect, mode: mode)
            encoder.operandSizeBeforeAddressSize = mode != .bits64
            return .success(try Explanation.explain(statement.instruction, at: address, encoder: encoder))
        } catch {
            var range = statement.mnemonicRange
            if let index = error.operandIndex, index < statement.operandRanges.count {
                range = statement.operandRanges[index]
            }
            return .failure(ExplainError(diagnostic: Diagnostic(.error, error.message, at: range), file: file))
        }
    }

    /// The explanation of `text` drawn for a terminal, or the rendered error.
    public static func render(
        _ text: String, characters: TextCharacters, width: Int = 80
    ) -> Result<String, ExplainError> {
        explain(text).map { ExplanationRenderer(characters: characters, width: width).render($0) }
    }
}

/// Why a line could not be explained, with where.
public struct ExplainError: Error, Sendable {
    public let diagnostic: Diagnostic
    public let file: SourceFile

    /// `name:1:COL: error: …` with the line and a caret under the culprit.
    public func rendered(color: Bool = false) -> String {
        DiagnosticRenderer(colors: color).render(diagnostic, in: file)
    }
}
