import Jitter
import Testing

/// Text to code from Swift: bytes, a listing, diagnostics under their lines.
@Suite struct TextAssemblyTests {
    @Test(.enabled(if: LLVMOracle.isAvailable))
    func textGivesBytesAndAListing() throws {
        let assembly = try Assembler.assemble("mov eax, edi\nadd eax, esi\nret")
        #expect(hex(assembly.bytes) == hex(try LLVMOracle.text("mov eax, edi\nadd eax, esi\nret")))
        #expect(assembly.listing == """
            0000: 89 f8                    mov eax, edi
            0002: 01 f0                    add eax, esi
            0004: c3                       ret

            """)
    }

    @Test func dataLinesAreListedWithTheirOffsetInTheData() throws {
        let assembly = try Assembler.assemble("section .data\nmessage: db \"hi\", 0\nsection .text\nret")
        #expect(assembly.listing == "data+0000: 68 69 00                 message: db \"hi\", 0\n0000: c3                       ret\n")
    }

    @Test func errorsAreDrawnUnderTheirLines() {
        do {
            _ = try Assembler.assemble("mov eax, 1\nmov al, 300\njmp nowhere", name: "demo.asm")
            Issue.record("the errors were not thrown")
        } catch {
            #expect(error.diagnostics.map(\.line) == [2, 3])
            #expect(error.rendered.contains("demo.asm:2:9: error: immediate 300 is out of range"))
            #expect(error.rendered.contains("mov al, 300\n"))
            #expect(error.rendered.contains("nowhere"))
        }
    }

    @Test(.enabled(if: LLVMOracle.isAvailable))
    func theGNUSpellingIsAcceptedToo() throws {
        let assembly = try Assembler.assemble(".intel_syntax noprefix\nmov dword ptr [rax], 1", dialect: .gnu)
        #expect(hex(assembly.bytes) == hex(try LLVMOracle.text("mov dword ptr [rax], 1")))
    }
}
