import Diagnostics
import Testing
import X86
import X86Assembler

/// Statements built in Swift, without the parser, through the library API.
@Suite struct AssemblerAPITests {
    @Test func aLoopBuiltFromStatementsMatchesLLVMMC() throws {
        let none = SourceRange.at(0)
        guard let dec = Mnemonic("dec"), let jnz = Mnemonic("jnz"), let ret = Mnemonic("ret"), let mov = Mnemonic("mov") else {
            Issue.record("the table lacks dec, jnz, ret or mov")
            return
        }
        let statements = [
            Statement(.instruction(InstructionStatement(
                instruction: Instruction(mov, [.register(Register(.gp32, 1)), .imm(0)]), mnemonicRange: none,
                operandRanges: [none, none],
                symbolic: [SymbolicOperand(index: 1, expression: .binary(.subtract, .symbol("end", none), .symbol("top", none)), role: .immediate)])),
                range: none, line: 1),
            Statement(.label("top"), range: none, line: 2),
            Statement(.instruction(InstructionStatement(
                instruction: Instruction(dec, [.register(Register(.gp32, 1))]), mnemonicRange: none, operandRanges: [none])),
                range: none, line: 3),
            Statement(.instruction(InstructionStatement(
                instruction: Instruction(jnz, [.imm(0)]), mnemonicRange: none, operandRanges: [none],
                symbolic: [SymbolicOperand(index: 0, expression: .symbol("top", none), role: .branchTarget)])),
                range: none, line: 4),
            Statement(.label("end"), range: none, line: 5),
            Statement(.instruction(InstructionStatement(instruction: Instruction(ret), mnemonicRange: none, operandRanges: [])),
                      range: none, line: 6),
        ]
        let result = Assembler(options: AssemblerOptions(codeAddress: 0x40_1000)).assemble(statements)
        #expect(result.diagnostics.map(\.diagnostic.message) == [])
        let source = """
            .intel_syntax noprefix
            mov ecx, offset LEN
            top: dec ecx
            jnz top
            end: ret
            .set LEN, end - top
            """
        let expected = try Oracle.llvmMC(source, sections: [(".text", 0x40_1000)])[".text"] ?? []
        #expect(result.image.code == expected, "\(firstDifference(result.image.code, expected))")
        #expect(result.image.symbols["top"] == 0x40_1005)
        #expect(result.image.records.count == statements.count)
    }
}
