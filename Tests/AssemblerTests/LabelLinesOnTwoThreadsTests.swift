import Diagnostics
import IntelSyntax
import ObjectFile
import TestSupport
import Testing
import X86Assembler

/// A file big enough for two threads: the second thread reads the lines that name a label
/// RIP-relatively (`[rip + name ± n]`) and the branches to a label, and the main parse places
/// them from what it read. Their bytes, fixups and errors must be the ones the main parse
/// makes of the same lines on its own.
@Suite struct LabelLinesOnTwoThreadsTests {
    /// Label lines in the spellings the second thread takes (GCC's `name[rip]` among them), and
    /// around them the ones it must leave to the main parse (an expression, a second label, a
    /// space before GCC's bracket); last, branches through a register or memory, which the
    /// second thread encodes as it does any instruction.
    static func block(_ i: Int) -> String {
        """
        B\(i):
            jne B\(i + 1)
            mov rax, qword ptr [rip + B\(i)]
            lea rcx, [rip+D\(i % 7)+8]
            mov dword ptr [rip + B\(i) - 16], 100000
            cmp byte ptr [RIP + B\(i + 1) + 0x10], 7
            vaddps xmm1, xmm2, xmmword ptr [rip + B\(i)]
            call F
            JMP B\(i)
            jz   B\(i + 1)   # a comment
            mov [rip + B\(i)], r14
            add r8, qword ptr [rip+B\(i)-0x8]
            mov eax, [rip + B\(i) + 2*4]
            jmp qword ptr [rip + B\(i)]
            mov eax, dword ptr [rip + .Ld\(i % 3)]
            movsd xmm3, qword ptr [rip + B\(i) + 8]
            jb .Ld\(i % 3)
            mov rax, QWORD PTR B\(i)[rip]
            mov eax, DWORD PTR D\(i % 7)[rip+8]
            lea rdi, B\(i + 1)[rip-4]
            mov QWORD PTR B\(i)[rip], rax
            mov rax, B\(i) [rip]
            call rax
            jmp qword ptr [rbx + 8*rcx]
            call QWORD PTR [r12 + 16]
            jmp r11

        """
    }

    static let blocks = 1_800

    static var source: String {
        var text = ".intel_syntax noprefix\n"
        for i in 0..<blocks { text += block(i) }
        text += "B\(blocks):\nF:\n    ret\n"
        for d in 0..<7 { text += "D\(d):\n    .quad \(d)\n" }
        for d in 0..<3 { text += ".Ld\(d):\n    nop\n" }
        return text
    }

    @Test func flatBinaryAgreesWithLLVMMC() throws {
        let source = LabelLinesOnTwoThreadsTests.source
        #expect(source.utf8.count >= 1 << 20, "the file must be big enough for two threads")
        try expectFlatBinaryAgreesWithLLVMMC(source, named: "labels.s")
    }

    /// Relocations against symbols defined elsewhere (`call f@PLT` among them), where the
    /// field's offset and addend come from where the second thread found the displacement.
    @Test func objectMatchesTheMainParseAlone() throws {
        var text = ".intel_syntax noprefix\n.text\n"
        for i in 0..<8_000 {
            text += """
                mov rax, qword ptr [rip + ext\(i % 5) + \(i % 64)]
                mov dword ptr [rip + ext\(i % 5)], \(i)
                call ext\(i % 4)
                mov rax, QWORD PTR ext\(i % 3)[rip+8]
                call ext\(i % 6)@PLT
                jmp L\(i)
            L\(i):

            """
        }
        #expect(text.utf8.count >= 1 << 20, "the file must be big enough for two threads")
        let twoThreads = FileAssembly(name: "ext.s", bytes: Array(text.utf8), options: FileAssembly.objectOptions)
        var alone = FileAssembly.objectOptions
        // Statement records keep the second thread out.
        alone.keepsStatementRecords = true
        let oneThread = FileAssembly(name: "ext.s", bytes: Array(text.utf8), options: alone)
        #expect(twoThreads.diagnostics.map(\.diagnostic.message) == [])
        let two = try ELFWriter().chunks(try #require(twoThreads.object)).flatMap { $0 }
        let one = try ELFWriter().chunks(try #require(oneThread.object)).flatMap { $0 }
        let same = two == one
        #expect(same, "\(firstDifference(two, one))")
        #expect((twoThreads.object?.sections.first { $0.name == ".text" }?.relocations.count ?? 0) == 40_000)
    }

    /// An undefined label read by the second thread is reported where the main parse alone
    /// reports it: the operand of a RIP-relative address, the target of a branch.
    @Test func undefinedLabelsAreReportedAtTheirOperands() throws {
        var lines = String(repeating: "    add ecx, dword ptr [rip + B0 + 4]\n    jne B0\n", count: 30_000)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("    mov eax, dword ptr [rip + nowhere + 4]", at: 40_000)
        lines.insert("    jne elsewhere", at: 50_000)
        lines.insert("B0:", at: 0)
        let text = lines.joined(separator: "\n")
        #expect(text.utf8.count >= 1 << 20, "the file must be big enough for two threads")
        let twoThreads = FileAssembly(name: "undefined.s", bytes: Array(text.utf8))
        var alone = FileAssembly.defaultOptions
        alone.keepsStatementRecords = true
        let oneThread = FileAssembly(name: "undefined.s", bytes: Array(text.utf8), options: alone)
        #expect(twoThreads.diagnostics.map(\.line) == [40_002, 50_002])
        let rendered = twoThreads.renderedDiagnostics()
        // Column 31 is the name in the brackets, column 9 the branch's target.
        #expect(rendered.contains("undefined.s:40002:31: error: "))
        #expect(rendered.contains("undefined.s:50002:9: error: "))
        #expect(rendered == oneThread.renderedDiagnostics())
    }
}
