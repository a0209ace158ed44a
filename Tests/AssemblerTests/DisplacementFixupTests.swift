import IntelSyntax
import Testing
import TestSupport

/// Instructions whose displacement waits for a label: the first of each shape is encoded the
/// general way, the next ones from the template it left, with the displacement patched after
/// layout. Both must give llvm-mc's bytes, wherever the immediate, the prefixes and the
/// displacement fall, and with labels before and after.
@Suite struct DisplacementFixupTests {
    static let lines = [
        "lea rax, [rip + back]",
        "lea rcx, [rip + fwd + 8]",
        "add qword ptr [rip + fwd], 5",
        "mov dword ptr [rip + back], 0x12345678",
        "cmp byte ptr [rip + fwd], 7",
        "vmovaps xmm9, xmmword ptr [rip + back]",
        "movss xmm0, dword ptr [rip + fwd]",
        "mov r11, qword ptr [rip + back - 16]",
        "test word ptr [rip + fwd], 0x1234",
        "shl qword ptr [rip + back], 3",
    ]

    @Test(arguments: lines)
    func aLineTwiceGivesLLVMMCsBytes(_ line: String) throws {
        // Far enough apart that the second copy is not simply the first's bytes again.
        let source = """
            .intel_syntax noprefix
            back:
            .quad 0
            \(line)
            \(line)
            .fill 300, 1, 0x90
            \(line)
            fwd:
            .quad 0

            """
        let path = TemporaryFolder.file(named: "rip.s", contents: source)
        let assembly = try FileAssembly.assemble(path: path).get()
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let expected = try Oracle.llvmMCText(path: path)
        #expect(assembly.image.code == expected, "\(line): \(firstDifference(assembly.image.code, expected))")
    }
}
