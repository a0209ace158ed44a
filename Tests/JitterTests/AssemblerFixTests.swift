import Jitter
import Testing

/// Numbers as branch and RIP-relative targets, five-operand instructions, and the addresses
/// code for the isolated executor is laid out at.
@Suite struct AssemblerFixTests {
    private let none = SourceRange.at(0)

    private func statement(_ name: String, _ operands: [Operand], line: Int) throws -> Statement {
        let mnemonic = try #require(Mnemonic(name))
        return Statement(.instruction(InstructionStatement(
            instruction: Instruction(mnemonic, OperandList(operands)), mnemonicRange: none,
            operandRanges: operands.map { _ in none })), range: none, line: line)
    }

    /// A number as a branch target is an absolute address: measured from where the branch
    /// lands, not as if it sat at address 0 (which gave `eb 0e` here).
    @Test func aNumberAsABranchTargetIsAnAbsoluteAddress() throws {
        let statements = [try statement("nop", [], line: 1), try statement("jmp", [.imm(0x10)], line: 2)]
        let result = Assembler().assemble(statements)
        #expect(result.diagnostics.isEmpty)
        // 0x10 - (1 + 2): the distance from the end of the 2-byte jump at 1.
        #expect(hex(result.image.code) == "90 eb 0d")
    }

    @Test(.enabled(if: LLVMOracle.isAvailable))
    func branchesToNumbersAreRightAtTheImageBaseAddress() throws {
        let statements = [
            try statement("nop", [], line: 1), try statement("jmp", [.imm(0x10)], line: 2),
            try statement("call", [.imm(0x400)], line: 3),
        ]
        let result = Assembler(options: AssemblerOptions(codeAddress: 0x1000)).assemble(statements)
        #expect(result.diagnostics.isEmpty)
        // llvm-mc reads a bare number as an absolute target only in AT&T syntax.
        let expected = try LLVMOracle.text("nop\njmp 0x10\ncall 0x400", at: 0x1000, att: true)
        #expect(hex(result.image.code) == hex(expected))

        let a = CodeBuilder()
        a.nop()
        a.jmp(0x10)
        a.call(0x400)
        #expect(hex(try a.finish(at: 0x1000).code) == hex(expected))
    }

    /// A RIP-relative operand whose displacement is a target address, given as a number.
    @Test(.enabled(if: LLVMOracle.isAvailable))
    func aNumberAsARIPRelativeTargetIsAnAbsoluteAddress() throws {
        var memory = Memory(base: .rip, displacement: 0x2000)
        memory.displacementIsTarget = true
        let statements = [try statement("lea", [.register(.rax), .memory(memory)], line: 1)]
        let result = Assembler(options: AssemblerOptions(codeAddress: 0x1000)).assemble(statements)
        #expect(result.diagnostics.isEmpty)
        // The 7-byte lea at 0x1000 ends at 0x1007: 0x2000 is 0xff9 past it.
        let expected = try LLVMOracle.text("lea rax, [rip + 0xff9]", at: 0x1000)
        #expect(hex(result.image.code) == hex(expected))
    }

    @Test(.enabled(if: LLVMOracle.isAvailable))
    func fiveOperandInstructionsAssemble() throws {
        let a = CodeBuilder()
        a.vpermil2ps(.xmm2, .xmm6, .xmm3, .xmm4, 0)
        a.vpermil2pd(.xmm2, .xmm6, .xmmword[.rax], .xmm4, 2)
        #expect(hex(try a.finish().code) == hex(try LLVMOracle.text("""
            vpermil2ps xmm2, xmm6, xmm3, xmm4, 0
            vpermil2pd xmm2, xmm6, xmmword ptr [rax], xmm4, 2
            """)))
    }

    /// The fifth operand's value may wait for layout like any other.
    @Test(.enabled(if: LLVMOracle.isAvailable))
    func aFifthOperandCanNameSymbols() throws {
        let text = try Assembler.assemble("""
            selector equ 3
            here:
            vpermil2ps xmm2, xmm6, xmm3, xmm4, selector
            later:
            vpermil2ps xmm2, xmm6, xmm3, xmm4, later - here - 4
            """)
        #expect(hex(text.bytes) == hex(try LLVMOracle.text("""
            vpermil2ps xmm2, xmm6, xmm3, xmm4, 3
            vpermil2ps xmm2, xmm6, xmm3, xmm4, 2
            """)))
    }

    /// An error in the fifth operand points at the fifth operand.
    @Test func anErrorInTheFifthOperandNamesIt() throws {
        let a = CodeBuilder()
        a.vpermil2ps(.xmm2, .xmm6, .xmm3, .xmm4, 300)
        #expect(throws: AssemblyError.self) { try a.finish() }
        let result = a.assemble(options: AssemblerOptions())
        #expect(result.diagnostics.map { CodeBuilder.operand(of: $0.diagnostic.range) } == [4])
    }

    @Test func sixOperandsAreAnErrorNotATrap() throws {
        let a = CodeBuilder()
        a.instruction("vpermil2ps", [.xmm2, .xmm6, .xmm3, .xmm4, 0, 1])
        let result = a.assemble(options: AssemblerOptions())
        #expect(result.diagnostics.map(\.diagnostic.message) == ["'vpermil2ps' is given 6 operands; an instruction has at most 5"])
    }
}

/// Code for the isolated executor is laid out where the executor puts it.
@Suite struct SandboxAddressTests {
    /// Data referenced by absolute address: laid out at 0 by default, it faulted in the sandbox.
    @Test func absoluteDataReferencesRunInTheSandbox() throws {
        let code = AssemblyText("""
            section .data
            value: dq 42
            section .text
            mov rax, [value]
            ret
            """)
        let executor = try Executor()
        let outcome = executor.run(try ExecutableImage(code), mode: .function)
        guard case .returned(let state) = outcome else {
            Issue.record("the run did not return: \(outcome)")
            return
        }
        #expect(state.rax == 42)
    }

    @Test func anImageLaidOutElsewhereIsRefused() throws {
        let image = try Assembler.assemble("section .data\nvalue: dq 42\nsection .text\nmov rax, [value]\nret").image
        #expect(throws: SandboxLinkError.self) { try ExecutableImage(image) }
        let placed = try Assembler.assemble("section .data\nvalue: dq 42\nsection .text\nmov rax, [value]\nret",
                                            at: SandboxLayout.codeAddress, dataAddress: SandboxLayout.dataAddress).image
        #expect(try ExecutableImage(placed).code == placed.code)
    }
}
