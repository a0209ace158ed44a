import Diagnostics
import IntelSyntax
import Testing
import X86Assembler

/// GNU as's `.nops` and `.arch`, against the bytes GNU as 2.40 writes for the same text
/// (`as -msyntax=intel -mnaked-reg`, then `objcopy -O binary -j .text`).
@Suite struct GNUPaddingDirectiveTests {
    private func code(_ text: String) -> (bytes: [UInt8], errors: [String]) {
        let assembly = SourceAssembly(SourceFile(name: "t.s", text: text))
        return (assembly.image.code, assembly.diagnostics.map(\.diagnostic.message))
    }

    /// The longest NOPs first (11 bytes), a limit on their length, none for 0, and past seven of
    /// the longest a `jmp` over the rest; `.arch` changes nothing.
    @Test func nopsAsGNUAsLaysThemOut() {
        let source = """
            .intel_syntax noprefix
            nop
            .nops 20
            ret
            .nops 20, 4
            int3
            .nops 3
            .nops 0
            .nops 100, 3
            .arch generic64
            .arch .avx2
            ret

            """
        let expected = CodeModeTests.hex(
            "9066662e0f1f840000000000660f1f840000000000c30f1f40000f1f40000f1f40000f1f40000f1f4000cc0f1f00eb62"
                + String(repeating: "0f1f00", count: 32) + "6690c3")
        let result = code(source)
        #expect(result.errors == [])
        #expect(result.bytes == expected)
    }

    /// The same in AT&T syntax, where GNU as reads them alike (`.nops 12` is 66 66 2e 0f 1f 84
    /// 00 00 00 00 00 90).
    @Test func nopsInATTSyntax() {
        let assembly = SourceAssembly(SourceFile(name: "t.s", text: ".att_syntax\n.nops 12\n.arch corei7\nret\n"))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.image.code == CodeModeTests.hex("66662e0f1f84000000000090c3"))
    }

    /// GNU as refuses a NOP longer than 11 bytes; a size beyond reason is refused too.
    @Test func nopsOutOfRangeAreErrors() {
        #expect(code(".nops 5, 12\n").errors.first?.contains("1 to 11 bytes") == true)
        #expect(code(".nops 0x7fffffffffff\n").errors.first?.contains("more than") == true)
        #expect(code("x:\n.nops x\n").errors.count == 1)
    }
}
