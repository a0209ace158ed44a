import Diagnostics
import Explain
import IntelSyntax
import X86
import X86Assembler

/// Why a test's source line could not become an instruction.
struct NotAnInstruction: Error, CustomStringConvertible {
    let description: String
}

/// Parses one line of Intel syntax into an instruction (the parser is not under test here).
func instruction(_ text: String) throws -> Instruction {
    var parser = IntelParser()
    let parsed = parser.parse(SourceFile(name: "test", text: text))
    if let diagnostic = parsed.diagnostics.first { throw NotAnInstruction(description: diagnostic.message) }
    guard case .instruction(let statement)? = parsed.statements.first?.kind else {
        throw NotAnInstruction(description: "'\(text)' is not an instruction")
    }
    return statement.instruction
}

func explain(_ text: String, at address: Int64 = 0) throws -> Explanation {
    try Explanation.explain(instruction(text), at: address)
}

/// `"48 8b 44"` as bytes.
func bytes(_ hex: String) -> [UInt8] {
    hex.split(separator: " ").compactMap { UInt8($0, radix: 16) }
}

extension Explanation {
    func field(_ kind: EncodingField.Kind) -> EncodingField? { fields.first { $0.kind == kind } }
}

extension EncodingField {
    func part(_ name: String) -> FieldPart? { parts.first { $0.name == name } }
}
