import Diagnostics
import IntelSyntax
import Testing
import X86Assembler

/// Branches whose operand is a name, in the spellings compilers and people write, read by the
/// main parse's short way for them or, where the name is also a keyword or more follows, by the
/// general operand path: the bytes must be GNU as's either way.
@Suite struct BranchTargetTests {
    static let source = """
        .intel_syntax noprefix
        .text
        start:
            jmp forward
            jne start
            call helper
            jz   forward   # a comment after
            jmp short forward
            call helper@PLT
            loop start
            jrcxz forward
            jmp rax
            call qword ptr [rip + table]
            jmp qword ptr [rax + 8]
            jg .Llocal
        .Llocal:
            jb start
        forward:
            nop
        helper:
            ret
        .data
        table:
            .quad helper

        """

    @Test func agreesWithGNUAs() throws {
        let assembly = SourceAssembly(SourceFile(name: "branches.s", text: BranchTargetTests.source), options: AssemblerOptions(codeAddress: 0x40_1000))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let image = assembly.image
        let expected = try Oracle.assembleAndLink(
            BranchTargetTests.source, with: .gnuAs, sections: image.sections.map { ($0.name, $0.address) })
        let theirs = expected[".text"] ?? []
        #expect(image.code == theirs, "\(firstDifference(image.code, theirs))")
    }
}
