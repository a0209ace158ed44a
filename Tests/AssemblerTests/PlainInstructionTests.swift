@testable import IntelSyntax
import Testing
import X86
import X86Assembler
import X86Encoder

/// The short way a big file's second thread reads the common line (registers, numbers, plain
/// addresses): what it reads must be what the whole parse reads, and every other line must be
/// left to the whole parse. The bytes of both ways are checked against llvm-mc and nasm by the
/// two-thread tests of ``WholeFileTests``; here the parsed instructions are compared, line by line.
@Suite struct PlainInstructionTests {
    /// Lines of the shapes a compiler writes most, with the spellings around them that the
    /// short way must read alike: sizes with and without `ptr`, any case, spaces or none,
    /// reordered address terms, hex and decimal, negative numbers, comments, a `;` after.
    static let taken = [
        "mov eax, 50",
        "\tlea rax, [r9 + 0x25]",
        "mov word ptr [rbx + r10*4 - 0x81], si",
        "mov r11d, dword ptr [rdx + r15*2 - 0x94f53]",
        "MOV R11D, DWORD PTR [RDX+R15*2-0X94F53]",
        "add dword ptr [rsi + 0x7f], 0xa82af3b3",
        "pop qword ptr [rcx + r15*4 - 36]",
        "test dword ptr [r14], ebp",
        "imul word ptr [r9]",
        "mov qword [rax], -1",
        "mov dword[8 + rax*4 + rbx], 7",
        "mov eax, [ebx + ecx]",
        "vfmadd213pd xmm11, xmm13, xmm9",
        "vaddps zmm1, zmm2, zmmword ptr [rax + 64]",
        "pshufd xmm4, xmm10, 23",
        "movq xmm1, r10",
        "sar dil, 1",
        "shld rax, rbx, cl",
        "ret",
        "cqo   # a comment",
        "mov eax, 1; mov ebx, 2",
        "add ecx, edx ;",
        "push -2147483648",
        "mov rax, 0xffffffffffffffff",
        "kmovw k1, eax",
        "vaddps zmm17, zmm2, zmm31",
        "vpaddd xmm1, xmm8, xmmword ptr [r13 + r9*2]",
        "vpaddd ymm9, ymm2, ymm12",
        "mov ah, 5",
        "add al, 1",
        "movsx eax, byte ptr [rbx]",
        "lea rsi, [rdi]",
        "mov eax, [rbx + rcx*8 + 0x12345678]",
        "imul r10, qword ptr [r12 + 8], -129",
        "jmp rax",
        "call rbx",
        "call r11",
        "jmp qword ptr [rax]",
        "call [rbx + 8]",
        "call qword ptr [rsp + r12*8 - 16]",
        "jmp fword ptr [rax]",
    ]

    /// Lines the short way must leave to the whole parse: other words, decorations, segment
    /// and x87 registers, symbols, labels, expressions, sizes on numbers, branches, prefixes,
    /// and every error.
    static let left = [
        "", "   ", "# only a comment", "top:", "top: nop", "mov: nop", "lock add [rax], eax",
        "rep movsb", "fld st(1)", "fadd st, st(2)", "mov eax, fs:[rax]", "mov fs, ax", "push word 5", "mov eax, dword 5",
        "vaddps zmm1 {k1}, zmm2, zmm3", "vaddps zmm1, zmm2, [rax]{1to16}", "vaddps zmm1, zmm2, zmm3, {rn-sae}",
        "mov eax, [rip + 8]", "mov eax, [rax + N]", "mov eax, N", "mov eax, 5h", "mov eax, 0b101", "mov eax, 1 + 2",
        "mov eax, [rax + 2 + 3]", "mov eax, 5[rbx]", "mov eax, dword ptr fs:[rax]", "call [QWORD PTR [r15]]",
        "mov eax, offset x", "mov eax,", "mov eax, ebx,", "add eax 1", "mov eax, ebx ebx", "mov eax, [rax", "mov eax, [rax*3]",
        "mov eax, dword", "mov eax, dword ptr", "movaps xmm0, xmmword bcst [rax]", "mov eax, $", "{vex} vpaddd xmm1, xmm2, xmm3",
        "db 1, 2", "times 2 nop", "mov.s eax, ebx", "mov eax, - 1",
        "mov eax, [rax - rbx]", "mov rax, 18446744073709551615", "jmp 5", "call 0x401000", "jmp", "call rax + 1",
        "jmp qword ptr [rip + table]", "call QWORD PTR table[rip]", "jmp short rax", "call far [rax]",
        "L1:", "jmp L1", "jnz .L3", "call foo", ".p2align 4", "1: nop", "L2: ret", "foo", "fs",
    ]

    @Test(arguments: taken, [Dialect.gnu, .nasm])
    func readsTheCommonLineAsTheWholeParseDoes(_ text: String, dialect: Dialect) throws {
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            var short = parser(buffer, dialect)
            short.position = 0
            short.lineEnd = buffer.count
            // Filled over an instruction left from another line, as the second thread does.
            var instruction = Instruction(Mnemonic(id: 1), [.register(.rax), .imm(7)], prefixes: .lock)
            let read = short.readPlainInstruction(into: &instruction)
            #expect(read == .read, "the short way should read '\(text)'")
            var whole = parser(buffer, dialect)
            whole.parseLine(from: 0, to: buffer.count)
            #expect(whole.needsContext == false)
            #expect(instruction == whole.line.instruction)
            // The shape put together while reading is the one the encoder finds in the
            // instruction read.
            let found = withUnsafePointer(to: instruction) { short.lineEncoder.lookAhead($0) }
            #expect(short.lineEncoder.lookAhead(short.plainShape) == found)
            try #require(short.position <= buffer.count)
            let atEnd = short.atStatementEnd
            #expect(atEnd, "the short way should stop at the end of the statement")
        }
    }

    @Test(arguments: left, [Dialect.gnu, .nasm])
    func leavesEveryOtherLineToTheWholeParse(_ text: String, dialect: Dialect) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var short = parser(buffer, dialect)
            short.position = 0
            short.lineEnd = buffer.count
            var instruction = Instruction(Mnemonic(id: 0))
            let read = short.readPlainInstruction(into: &instruction)
            #expect(read != .read, "the short way should leave '\(text)' to the whole parse")
        }
    }

    /// A line the short way turns away as needing the whole file is one the whole parse
    /// cannot encode on its own either; the others it leaves to the whole parse.
    @Test(arguments: [
        ("", true), ("L1:", true), ("L2: ret", true), ("jmp L1", true), ("jnz .L3", true), ("call foo", true),
        (".p2align 4", true), ("foo", true), ("1: nop", true), ("mov: nop", true),
        ("jmp 5", true), ("lock add [rax], eax", false),
        ("fs", false), ("mov eax, [rip + 8]", false), ("mov eax, dword ptr flat:[rax]", false),
        ("mov eax, [rip + L5]", true), ("xor qword ptr [rip + .LC0 + 8], r14", true), ("mov eax, N", true),
        ("mov eax, [rbx + 4*rcx + N]", true), ("lea rdi, [rel msg]", true), ("mov eax, [rax + 0x1f + sym]", true),
    ])
    func turnsAwayWhatNeedsTheWholeFile(_ text: String, needsContext: Bool) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var short = parser(buffer, .gnu)
            var instruction = Instruction(Mnemonic(id: 0))
            let read = short.readPlainLine(from: 0, to: buffer.count, into: &instruction)
            #expect(read == (needsContext ? .needsContext : .wholeParse))
        }
    }

    /// The two ways side by side on a whole line: the same bytes, or both refusing, and the
    /// `;` noted alike.
    @Test(arguments: taken + left)
    func encodesAsTheWholeParseDoes(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var short = parser(buffer, .gnu)
            let shortCount = short.encodeContextFree(from: 0, to: buffer.count)
            var whole = parser(buffer, .gnu)
            whole.position = 0
            whole.lineEnd = buffer.count
            whole.parseLine(from: 0, to: buffer.count)
            #expect(shortCount == whole.contextFreeOutput.count)
            #expect(Array(short.contextFreeOutput.suffix(from: 0)) == Array(whole.contextFreeOutput.suffix(from: 0)))
            #expect(short.continuesAfterSemicolon == (text.hasPrefix("mov eax, 1;")))
        }
    }

    private func parser(_ text: UnsafeBufferPointer<UInt8>, _ dialect: Dialect) -> SourceParser {
        var options = AssemblerOptions(keepsStatementRecords: false, collectsSymbols: false)
        options.encodingDialect = dialect == .gnu ? .gas : .nasm
        var parser = SourceParser(text: text, builder: ProgramBuilder(options: options), recordsStatements: false)
        parser.contextFree = true
        parser.dialect = dialect
        return parser
    }
}
