import Diagnostics
import IntelSyntax
import Testing
import X86Assembler

/// AT&T source as a whole: statements on a line, comments, labels and symbols, switching
/// syntax mid-file, and errors that point at what is wrong. Expected bytes are llvm-mc's
/// (`llvm-mc -filetype=obj`, linked at 0); GNU as gives the same.
@Suite struct ATTSyntaxTests {
    private func bytes(_ text: String, syntax: SourceSyntax = .att) -> [UInt8]? {
        let assembly = SourceAssembly(SourceFile(name: "t.s", text: text), syntax: syntax)
        guard assembly.diagnostics.isEmpty else {
            Issue.record("unexpected errors: \(assembly.diagnostics.map(\.diagnostic.message))")
            return nil
        }
        return assembly.bytes
    }

    private func hex(_ text: String) -> [UInt8] {
        stride(from: 0, to: text.count, by: 2).compactMap { offset in
            let start = text.index(text.startIndex, offsetBy: offset)
            return UInt8(text[start..<text.index(start, offsetBy: 2)], radix: 16)
        }
    }

    @Test func labelsSymbolsCommentsAndSeparators() {
        let source = """
            start: movl $1, %eax ; addl $2, %eax # comment
              jmp done
              leaq msg(%rip), %rsi
              movq $msg, %rdi
              movl msg, %edx
              /* a block
                 comment */ jne start
            done: ret
            msg: .ascii "hi"
            """
        let expected = hex("b80100000083c002eb17488d351100000048c7c7220000008b14252200000075dfc36869")
        #expect(bytes(source) == expected)
    }

    /// `.intel_syntax noprefix` and `.att_syntax prefix` switch within one file, from either start.
    @Test(arguments: [SourceSyntax.intel, .att])
    func syntaxDirectivesSwitch(_ start: SourceSyntax) {
        let source = """
            .intel_syntax noprefix
            mov eax, 1
            .att_syntax prefix
            movl $2, %ecx
            .intel_syntax noprefix
            add rcx, rax
            """
        #expect(bytes(source, syntax: start) == hex("b801000000b9020000004801c1"))
    }

    /// A file read as Intel that switches to AT&T has AT&T's block comments there, found only
    /// at the switch (the whole-file assembler starts over then), also after a macro has sent
    /// it to the preprocessor first. Bytes from GNU as.
    @Test(arguments: [
        (".intel_syntax noprefix\nmov eax, 1\n.att_syntax prefix\n/* a block\n   comment */ movl $2, %ecx\naddq %rax, %rcx\n",
         "b801000000b9020000004801c1"),
        (".intel_syntax noprefix\n.macro two\nmov ecx, 2\n.endm\nmov eax, 1\n.att_syntax prefix\n/* comment\n  spanning */ addq %rax, %rcx\n.intel_syntax noprefix\ntwo\n",
         "b8010000004801c1b902000000"),
    ])
    func blockCommentsAfterASwitchInAWholeFile(_ source: String, _ expected: String) {
        let assembly = FileAssembly(name: "t.s", bytes: Array(source.utf8))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.image.code == hex(expected))
    }

    @Test func attSyntaxDirectiveWithoutOptionAndPrefixWordsBeforeAnInstruction() {
        // `lock; incl (%rax)` and `rep stosq` from GCC's inline assembly.
        let source = ".att_syntax\nlock; incl (%rax)\nrep stosq\n"
        #expect(bytes(source, syntax: .intel) == [0xf0, 0xff, 0x00, 0xf3, 0x48, 0xab])
    }

    /// A data16 prefix alone on its line is the instruction of that name.
    @Test func loneDataPrefix() {
        #expect(bytes("data16") == [0x66])
    }

    typealias Case = DiagnosticPositionTests.Case

    @Test(arguments: [
        Case(source: "⟨inc⟩ (%rax)", message: "ambiguous operand size for 'inc': no suffix and no register operand give it; write 'incb', 'incw', 'incl' or 'incq'"),
        Case(source: "⟨add⟩ $1, 8(%rsp)", message: "ambiguous operand size for 'add'"),
        Case(source: "⟨fld⟩ (%rax)", message: "write 'flds', 'fldl' or 'fldt'"),
        Case(source: "movl $1, ⟨%eaz⟩", message: "unknown register '%eaz'"),
        Case(source: "movl ⟨(%rax⟩", message: "expected ')' to close the address"),
        Case(source: "movl (%rax,%rcx,⟨3⟩), %eax", message: "the scale must be 1, 2, 4 or 8"),
        Case(source: "movl ⟨(%rax,%rsp)⟩, %eax", message: "cannot be an index register"),
        Case(source: "⟨frobl⟩ %eax", message: "unknown instruction 'frobl'"),
        Case(source: "movl $1 %⟨eax⟩", message: "a register cannot be used in an expression here"),
        Case(source: "jmp ⟨*$⟩1", message: "an indirect branch goes through a register or memory"),
        Case(source: "movb ⟨$300⟩, %al", message: "immediate 300 is out of range"),
        Case(source: "vaddps %zmm1, %zmm2, %zmm3⟨{%k0}⟩", message: "%k0 cannot be an opmask"),
        Case(source: ".att_syntax ⟨noprefix⟩", message: "'.att_syntax noprefix' is not supported"),
        Case(source: "⟨lock⟩;", message: "expected an instruction after the prefix"),
        Case(source: "⟨.frob⟩ 1", message: "unknown directive '.frob'"),
        Case(source: "movl %ax, ⟨%bx⟩", message: "incorrect register '%bx' used with 'l' suffix"),
        Case(source: "addq $1, ⟨%eax⟩", message: "incorrect register '%eax' used with 'q' suffix"),
        // GNU as: "operand size mismatch for `movzw'" and "invalid instruction suffix for `movzx'".
        Case(source: "movzwl %ax, ⟨%bx⟩", message: "'%bx' does not have the size 'movzwl' extends to"),
        Case(source: "⟨movzxl⟩ %ax, %ebx", message: "unknown instruction 'movzxl'"),
        Case(source: "⟨movzww⟩ %ax, %bx", message: "unknown instruction 'movzww'"),
        Case(source: "movl %eax, (⟨%riz⟩)", message: "'%riz' can only be an index register"),
        Case(source: "movq ⟨%riz⟩, %rax", message: "'%riz' can only be an index register"),
    ])
    func errorPointsAtTheMarkedRange(_ test: Case) {
        test.expectOneErrorAtTheMark(syntax: .att)
    }

    /// file:line:column and a caret under the mnemonic, as GNU as names the line; the other
    /// lines still assemble.
    @Test func ambiguousSizeIsRenderedWithLineColumnAndCaret() throws {
        let file = SourceFile(name: "demo.s", text: "nop\n\tincl (%rax)\n\tinc (%rax) # which size?\nret\n")
        let assembly = SourceAssembly(file, syntax: .att)
        let diagnostic = try #require(assembly.diagnostics.first)
        #expect(assembly.diagnostics.count == 1)
        let rendered = DiagnosticRenderer().render(diagnostic.diagnostic, in: file)
        #expect(rendered.hasPrefix("demo.s:3:2: error: ambiguous operand size for 'inc'"), "\(rendered)")
        #expect(rendered.contains("inc (%rax) # which size?\n"), "\(rendered)")
        #expect(rendered.contains("^~~\n"), "\(rendered)")
        // llvm-mc: nop = 90, incl (%rax) = ff 00, ret = c3.
        #expect(assembly.lineOutcomes.prefix(2) == [.bytes([0x90]), .bytes([0xff, 0x00])])
        #expect(assembly.lineOutcomes[3] == .bytes([0xc3]))
    }

    /// The Intel path is unchanged: `%` is still the remainder there, `;` still a comment.
    @Test func intelTextIsReadAsBefore() {
        #expect(bytes("mov eax, 7 % 4 ; comment", syntax: .intel) == [0xb8, 0x03, 0x00, 0x00, 0x00])
    }
}
