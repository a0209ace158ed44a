import Diagnostics
import IntelSyntax
import X86
import X86Assembler

/// Instructions written as text, for tests that read better that way.
enum Parsed {
    /// The instruction on `line`, or nil when the parser refuses it.
    static func instruction(_ line: String) -> Instruction? {
        var parser = IntelParser()
        let result = parser.parse(SourceFile(name: "test", text: line))
        for statement in result.statements {
            if case .instruction(let parsed) = statement.kind { return parsed.instruction }
        }
        return nil
    }
}
