import Diagnostics
import IntelSyntax
import Testing
import X86Assembler

/// Addresses in the shapes generated and compiled code use most, read on their own short
/// path, and the spellings next to them that only the general reading accepts: both must
/// give llvm-mc's bytes, and errors must point where they always did.
@Suite struct AddressShapeTests {
    static let addresses = [
        "[rax]", "[r13]", "[rsp]", "[rbp]", "[r12]", "[eax]", "[r9d]",
        "[rax + 8]", "[rbx - 8]", "[rcx + 0x7f]", "[rdx - 0x80]", "[rsi + 128]", "[rdi - 129]",
        "[r8 + 0x7fffffff]", "[r9 - 0x80000000]", "[rax+0]", "[ rbx  +  16 ]",
        "[rax + rbx]", "[rax + rbx*1]", "[rax + rcx*2 + 8]", "[rsp + rbp*4 - 0x10]", "[r13 + r12*8]",
        "[rbx*1 - 0x5c835]", "[rcx*8 + 0x16]", "[rdx*2]", "[rax*4 + rbx]", "[rax*4 + rbx + 8]",
        "[8 + rax]", "[16 + rax + rcx*8]", "[RAX + R9*8 + 0X20]", "[eax + ecx*2 + 4]",
        // The general reading: several numbers, `8*rbx`, spaces around `*`, expressions.
        "[rax + 8 + 8]", "[rax + 8*rbx]", "[rax + rbx * 4]", "[rax + 2*4]", "[rax + (8)]", "[-8 + rax]",
        "[rip + 16]", "[rax + 0x10 - 4]",
    ]

    @Test func sameBytesAsLLVMMC() throws {
        var source = ""
        for address in AddressShapeTests.addresses {
            source += "mov rcx, qword ptr \(address)\nlea rdx, \(address)\nadd dword ptr \(address), 1\n"
        }
        let expected = try Oracle.llvmMCEncodings(source).flatMap { $0 }
        let assembly = FileAssembly(name: "shapes.s", bytes: Array((".intel_syntax noprefix\n" + source).utf8))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(!expected.isEmpty)
        #expect(assembly.image.code == expected, "\(firstDifference(assembly.image.code, expected))")
    }

    @Test(arguments: [
        DiagnosticPositionTests.Case(source: "mov eax, [rax - ⟨rbx⟩]", message: "a register cannot be subtracted"),
        DiagnosticPositionTests.Case(source: "mov eax, [⟨bx⟩]", message: "'bx' cannot be used in an address"),
        DiagnosticPositionTests.Case(source: "mov eax, [rax + rbx + ⟨rcx⟩]", message: "an address can have at most two registers"),
        DiagnosticPositionTests.Case(source: "mov eax, [rax*2 + ⟨rbx*4⟩]", message: "an address can have only one index register"),
        DiagnosticPositionTests.Case(source: "mov eax, ⟨[]⟩", message: "empty memory operand"),
        DiagnosticPositionTests.Case(source: "mov eax, ⟨[rax + 8⟩", message: "expected ']'"),
    ])
    func errorsInNearMissesPointWhereTheyDid(_ test: DiagnosticPositionTests.Case) {
        test.expectOneErrorAtTheMark()
    }
}
