import Diagnostics
import IntelSyntax
import TestSupport
import Testing
import X86Assembler
import X86Encoder

/// Whole programs with NASM's choices against `nasm -f bin`, and which dialect a file is
/// given by ``DialectDetection``.
@Suite struct EncodingDialectTests {
    /// NASM sizes what its passes come to know: constants defined after their use get disp8,
    /// imm8 and `mov r32` as constants defined before do, and branches are short when they reach.
    static let forwardReferences = """
        bits 64
        start:
            mov eax, [rbx+X]
            add eax, X
            mov rax, X
            mov rcx, BIG
            push X
            imm: imul eax, ecx, X
            cmp byte [rax+Y], Y
            mov dword [rbp+X*2], BIG
            lea rax, [rbx*2+X]
            jmp fwd
            jz fwd
            times 100 nop
        fwd:
            jmp start
            jnz start
            mov rax, start
            mov eax, end - start
            add rsp, end - start
            xacquire lock add word [rcx+X], 1000
        end:
        X equ 8
        Y equ -4
        BIG equ 0x12345
        """

    @Test func forwardReferencesAsNASMSizesThem() throws {
        var options = FileAssembly.defaultOptions
        options.encodingDialect = .nasm
        let assembly = FileAssembly(name: "forward.asm", bytes: Array(EncodingDialectTests.forwardReferences.utf8), options: options)
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let expected = try Oracle.nasm(EncodingDialectTests.forwardReferences)
        #expect(assembly.image.code == expected, "\(firstDifference(assembly.image.code, expected))")
    }

    /// The same file found to be NASM's by its first directive.
    @Test func nasmFileIsDetected() throws {
        let assembly = FileAssembly(name: "forward.asm", bytes: Array(EncodingDialectTests.forwardReferences.utf8), detectsDialect: true)
        #expect(assembly.dialect == .nasm)
        #expect(assembly.image.code == (try Oracle.nasm(EncodingDialectTests.forwardReferences)))
    }

    /// A file big enough for the second thread, whose every line NASM encodes its own way: the
    /// pre-encoder must choose as the main parse does.
    @Test func bigNASMFileOnTwoThreads() throws {
        var text = "bits 64\n"
        let lines = ["mov rax, 1", "lea rcx, [rdx*2+16]", "mov r9, 0xffffffff", "xacquire lock add word [rcx], 1000",
                     "mov eax, [rsi*1+0x1234]", "add qword [rbx], 8"]
        while text.utf8.count < 1_200_000 { text += lines.joined(separator: "\n") + "\n" }
        let assembly = FileAssembly(name: "big.asm", bytes: Array(text.utf8), detectsDialect: true)
        #expect(assembly.dialect == .nasm)
        #expect(assembly.diagnostics.isEmpty)
        let expected = try Oracle.nasm(text)
        #expect(assembly.image.code == expected, "\(firstDifference(assembly.image.code, expected))")
    }

    @Test(arguments: [
        ("bits 64\nmov rax, 1\n", EncodingDialect.nasm),
        ("; a comment\n\n[bits 64]\n", .nasm),
        ("section .text\nglobal _start\n_start: ret\n", .nasm),
        ("%define N 5\nmov eax, N\n", .nasm),
        ("mov eax, 1\nmsg db \"hi\"\n", .nasm),
        ("start:\nlen equ 5\n", .nasm),
        (".intel_syntax noprefix\nmov rax, 1\n", .gas),
        ("# gcc output\n\t.text\n\t.globl main\n", .gas),
        ("main: .byte 1\n", .gas),
        ("mov rax, 1\nret\n", .llvm),
        ("", .llvm),
    ])
    func detection(_ text: String, _ dialect: EncodingDialect) {
        let bytes = Array(text.utf8)
        let found = bytes.withUnsafeBufferPointer { DialectDetection.dialect(of: $0, syntax: .intel) }
        #expect(found == dialect, "\(text.debugDescription)")
    }

    @Test func attIsGNU() {
        let bytes = Array("movq $1, %rax\n".utf8)
        #expect(bytes.withUnsafeBufferPointer { DialectDetection.dialect(of: $0, syntax: .att) } == .gas)
    }

    /// Only the first lines are read: a directive past them decides nothing.
    @Test func detectionReadsTheStartOnly() {
        let text = String(repeating: "nop\n", count: DialectDetection.linesExamined) + "bits 64\n"
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { DialectDetection.dialect(of: $0, syntax: .intel) } == .llvm)
    }
}
