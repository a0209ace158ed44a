import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// `jitter disasm` and `jitter explain --bytes`, run as a user runs them.
@Suite struct DisassembleCommandTests {
    static var built: Bool { access(JitterBinary.path, X_OK) == 0 }

    /// A file holding `bytes`.
    func file(_ bytes: [UInt8]) -> String {
        let path = TemporaryFolder.make() + "/code.bin"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        defer { close(fd) }
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        return path
    }

    @Test(.enabled(if: built, "the jitter executable is not built"))
    func listsAddressesBytesAndText() {
        // The texts are llvm-objdump's for these bytes at 0x401000.
        let path = file([0x48, 0x8B, 0x44, 0xCB, 0x10, 0xEB, 0xFE, 0x06, 0x8B, 0x05, 0x10, 0, 0, 0])
        let result = JitterBinary.run(["disasm", path, "--base", "0x401000"])
        #expect(result.exitCode == 0)
        #expect(result.output == """
              401000: 48 8b 44 cb 10                    mov rax, qword ptr [rbx + 8*rcx + 0x10]
              401005: eb fe                             jmp 0x401005
              401007: 06                                (bad) # push is invalid in 64-bit mode
              401008: 8b 05 10 00 00 00                 mov eax, dword ptr [rip + 0x10] # 0x40101e

            """)
    }

    /// `--bits`: the same bytes as 16- and 32-bit code. The texts are llvm-objdump's
    /// (`--triple=i386-unknown-unknown-code16` and `i386-unknown-unknown`).
    @Test(.enabled(if: built, "the jitter executable is not built"))
    func readsTheModeItIsGiven() {
        let path = file([0x40, 0x8B, 0x46, 0x00, 0xC4, 0x07, 0x63, 0x07])
        let sixteen = JitterBinary.run(["disasm", path, "--text-only", "--bits", "16"])
        #expect(sixteen.exitCode == 0)
        #expect(sixteen.output == "inc ax\nmov ax, word ptr [bp]\nles ax, [bx]\narpl word ptr [bx], ax\n")
        let thirtyTwo = JitterBinary.run(["disasm", path, "--text-only", "--bits", "32"])
        #expect(thirtyTwo.output == "inc eax\nmov eax, dword ptr [esi]\nles eax, [edi]\narpl word ptr [edi], ax\n")
        let wrong = JitterBinary.run(["disasm", path, "--bits", "8"])
        #expect(wrong.exitCode != 0)
        #expect(wrong.error.contains("--bits takes 16, 32 or 64"))
        let explained = JitterBinary.run(["explain", "--bits", "16", "--bytes", "8b 46 00"], environment: ["LANG": "C"])
        #expect(explained.exitCode == 0)
        #expect(explained.output.contains("mov ax, word ptr [bp]"))
        #expect(explained.output.contains("rm=110"))
    }

    @Test(.enabled(if: built, "the jitter executable is not built"))
    func textOnlyGivesOneInstructionPerLine() {
        let result = JitterBinary.run(["disasm", file([0x83, 0xC0, 0xFD, 0xC3]), "--text-only"])
        #expect(result.output == "add eax, -0x3\nret\n")
    }

    @Test(.enabled(if: built, "the jitter executable is not built"))
    func explainsDecodedBytes() {
        let result = JitterBinary.run(["explain", "--bytes", "48 8b 44 cb 10"], environment: ["LANG": "C"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("REX.W 8B /r"))
        let bad = JitterBinary.run(["explain", "--bytes", "0f 04"])
        #expect(bad.exitCode == 1)
        #expect(bad.error.contains("(bad) # invalid opcode 0f 04"))
    }

    @Test(.enabled(if: built, "the jitter executable is not built"))
    func aMissingFileIsAnError() {
        let result = JitterBinary.run(["disasm", "/nonexistent/code.bin"])
        #expect(result.exitCode == 1)
        #expect(result.error.hasPrefix("error: cannot read /nonexistent/code.bin"))
    }
}
