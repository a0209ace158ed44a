import Diagnostics
import IntelSyntax
import Testing
import X86Assembler

/// What a bare symbol means: NASM's reading by default, llvm-mc's after `.intel_syntax`
/// (docs/syntax.md). Each NASM text must give the bytes llvm-mc gives for its GNU twin.
@Suite struct DialectTests {
    struct Twin: CustomStringConvertible, Sendable {
        let nasm: String
        let gnu: String
        var description: String { nasm.split(separator: "\n").joined(separator: " | ") }
    }

    @Test(arguments: [
        // A bare symbol: its address in NASM, `offset` in GNU.
        Twin(nasm: "mov rsi, msg\nmov ecx, msg + 2\nmsg: db 1, 2, 3",
             gnu: "mov rsi, offset msg\nmov ecx, offset msg + 2\nmsg: .byte 1, 2, 3"),
        // Brackets: memory in both; a bare symbol is memory in GNU.
        Twin(nasm: "mov eax, [msg]\nlea rdi, [msg + 4]\nmsg: dd 1, 2",
             gnu: "mov eax, msg\nlea rdi, msg + 4\nmsg: .long 1, 2"),
        // `default rel` makes brackets RIP-relative.
        Twin(nasm: "default rel\nmov eax, [x]\nadd [x + 4], ebx\nx: dd 5, 6",
             gnu: "mov eax, dword ptr [rip + x]\nadd dword ptr [rip + x + 4], ebx\nx: .long 5, 6"),
        // Constants are immediates in both.
        Twin(nasm: "N equ 5\nmov eax, N\nadd ecx, N * 2",
             gnu: ".set N, 5\nmov eax, N\nadd ecx, N * 2"),
        // A label difference used after its definition: NASM folds it (imm8 form); llvm-mc
        // relaxes it to the same imm8 form.
        Twin(nasm: "a: nop\nnop\nb:\nlen equ b - a\nadd ecx, len",
             gnu: "a: nop\nnop\nb:\n.set len, b - a\nadd ecx, offset len"),
    ])
    func nasmMeaningMatchesItsGNUTwin(_ twin: Twin) throws {
        let gnu = ".intel_syntax noprefix\n" + twin.gnu + "\n"
        let options = AssemblerOptions(codeAddress: 0x40_1000)
        let fromNASM = SourceAssembly(SourceFile(name: "nasm.asm", text: twin.nasm + "\n"), options: options)
        let fromGNU = SourceAssembly(SourceFile(name: "gnu.s", text: gnu), options: options)
        #expect(fromNASM.diagnostics.map(\.diagnostic.message) == [])
        #expect(fromGNU.diagnostics.map(\.diagnostic.message) == [])
        let expected = try Oracle.llvmMC(gnu, sections: [(".text", 0x40_1000)])[".text"] ?? []
        #expect(fromNASM.image.code == expected, "NASM: \(firstDifference(fromNASM.image.code, expected))")
        #expect(fromGNU.image.code == expected, "GNU: \(firstDifference(fromGNU.image.code, expected))")
    }

    /// `.intel_syntax` switches the meaning for the rest of the file only.
    @Test func switchHappensAtTheDirective() {
        let source = "mov eax, x\n.intel_syntax noprefix\nmov eax, x\nx: .long 0\n"
        let assembly = SourceAssembly(SourceFile(name: "t", text: source))
        let statements = assembly.statements.compactMap { statement -> InstructionStatement? in
            if case .instruction(let instruction) = statement.kind { return instruction }
            return nil
        }
        #expect(statements.count == 2)
        guard statements.count == 2 else { return }
        #expect(statements[0].symbolic.first?.role == .immediate)
        #expect(statements[1].symbolic.first?.role == .displacement)
    }
}

/// `;` after GNU's `.intel_syntax`: a statement separator, as in GNU as and llvm-mc; in NASM
/// text (no GNU syntax directive) a comment.
@Suite struct StatementSeparatorTests {
    /// Bytes from GNU as 2.40 (`as` then `objdump -d`) and llvm-mc for the GNU text; the
    /// `.byte` line is from the GNU as testsuite (x86-64-hle-intel), its listing f0 f2 80 11 64.
    @Test func semicolonSeparatesAfterIntelSyntax() {
        let text = ".intel_syntax noprefix\nmov eax, 1 ; mov ebx, 2\n.byte 0xf0; .byte 0xf2; adc BYTE PTR [rcx],100\n"
        let assembly = SourceAssembly(SourceFile(name: "gnu.s", text: text))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.image.code == [0xB8, 1, 0, 0, 0, 0xBB, 2, 0, 0, 0, 0xF0, 0xF2, 0x80, 0x11, 0x64])
    }

    /// What follows `;` is a statement there, so words that are none are an error, as in both peers.
    @Test func aCommentAfterSemicolonIsAnErrorAfterIntelSyntax() {
        let assembly = SourceAssembly(SourceFile(name: "gnu.s", text: ".intel_syntax noprefix\nmov eax, 1 ; load one\n"))
        #expect(assembly.diagnostics.count == 1)
    }

    /// NASM's comment: `mov eax, 1` is `b8 01 00 00 00` (SDM: B8+rd id).
    @Test func semicolonIsACommentInNASMText() {
        let assembly = SourceAssembly(SourceFile(name: "n.asm", text: "mov eax, 1 ; load one\n"))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.image.code == [0xB8, 1, 0, 0, 0])
    }
}
