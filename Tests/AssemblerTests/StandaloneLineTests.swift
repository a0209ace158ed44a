import Diagnostics
import IntelSyntax
import Testing
import X86
import X86Assembler

/// Single lines encoded on their own (the REPL's path for most typed lines): the bytes of
/// lines that need nothing else, nil for every line that needs the full assembler.
@Suite struct StandaloneLineTests {
    struct Line: CustomStringConvertible, Sendable {
        let text: String
        let bytes: [UInt8]
        var description: String { text }
    }

    // Expected bytes from `llvm-mc -x86-asm-syntax=intel -show-encoding`.
    @Test(arguments: [
        Line(text: "add eax, 1", bytes: [0x83, 0xc0, 0x01]),
        Line(text: "  mov rcx, [rbx + 8]   ; a comment", bytes: [0x48, 0x8b, 0x4b, 0x08]),
        Line(text: "vaddps ymm1, ymm2, [rax + 4*rcx]", bytes: [0xc5, 0xec, 0x58, 0x0c, 0x88]),
        Line(text: "lock xchg qword ptr [rdi], rax", bytes: [0xf0, 0x48, 0x87, 0x07]),
        Line(text: "ret", bytes: [0xc3]),
    ])
    func encodesLinesThatNeedNothingElse(_ line: Line) throws {
        let encoder = StandaloneLineEncoder()
        let encoded = try #require(encoder.encode(line.text))
        #expect(encoded.bytes == line.bytes)
    }

    @Test func namesTheMnemonic() throws {
        let encoder = StandaloneLineEncoder()
        let ret = try #require(encoder.encode("ret"))
        #expect(InstructionSet.shared.name(of: ret.mnemonic) == "ret")
        let add = try #require(encoder.encode("add eax, 1"))
        #expect(InstructionSet.shared.name(of: add.mnemonic) == "add")
    }

    @Test(arguments: [
        "top:", "top: nop", "jmp top", "jnz $", "mov eax, [0x10]", "mov eax, N", "db 1, 2",
        "section .data", "", "; only a comment", "mov eaz, 1", "mov eax,", "add eax, 1 2",
        "lea rsi, [msg]", "mov al, 'a'",
    ])
    func leavesEveryOtherLineToTheAssembler(_ text: String) {
        let encoder = StandaloneLineEncoder()
        #expect(encoder.encode(text) == nil)
    }

    /// A block of such lines laid out from their bytes is what assembling its text gives:
    /// the same code, and a record per line at the same offset.
    @Test func aBlockOfThemIsLaidOutAsItsTextWouldBe() throws {
        let text = ["mov eax, 50", "add eax, 8", "vaddps ymm1, ymm2, [rax + 4*rcx]", "lock xchg qword ptr [rdi], rax", "ret"]
        let encoder = StandaloneLineEncoder()
        let lines = try text.map { try #require(encoder.encode($0)) }
        let options = AssemblerOptions(codeAddress: 0x4000_0000, dataAddress: 0x4800_0000)
        let file = SourceFile(name: "<block>", text: text.joined(separator: "\n"))
        let fromBytes = SourceAssembly(file, standaloneLines: lines, options: options)
        let fromText = SourceAssembly(file, options: options)
        #expect(fromText.diagnostics.isEmpty)
        #expect(fromBytes.image.code == fromText.image.code)
        #expect(fromBytes.image.codeAddress == fromText.image.codeAddress)
        #expect(fromBytes.image.records.map { [$0.line, $0.offset, $0.length] } == fromText.image.records.map { [$0.line, $0.offset, $0.length] })
        #expect(fromBytes.statements.count == text.count)
    }

    @Test func keepsWorkingAfterRefusalsAndLongLines() throws {
        let encoder = StandaloneLineEncoder()
        #expect(encoder.encode("jmp somewhere") == nil)
        // Longer than the first buffer: it grows, and shorter lines still work after.
        let long = "add eax, 1" + String(repeating: " ", count: 1000) + "; padded"
        #expect(try #require(encoder.encode(long)).bytes == [0x83, 0xc0, 0x01])
        #expect(try #require(encoder.encode("ret")).bytes == [0xc3])
        // A shorter line after a longer one sees none of the longer one's text.
        #expect(try #require(encoder.encode("add rax, 1")).bytes == [0x48, 0x83, 0xc0, 0x01])
        #expect(try #require(encoder.encode("nop")).bytes == [0x90])
    }
}
