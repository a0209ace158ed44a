import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// `--syntax att` on `jitter encode`, `jitter asm` and `jitter disasm`. Expected bytes are
/// llvm-mc's (AT&T input, -show-encoding); expected text is llvm-objdump's (AT&T, --print-imm-hex).
@Suite struct ATTSyntaxCommandTests {
    static var built: Bool { access(JitterBinary.path, X_OK) == 0 }

    @Test(.enabled(if: built, "the jitter executable is not built"))
    func encodeReadsATT() {
        // pushq %rbp [0x55]; movq %rsp, %rbp [0x48,0x89,0xe5]; movl $1, -4(%rbp)
        // [0xc7,0x45,0xfc,0x01,0x00,0x00,0x00]; popq %rbp [0x5d]; retq [0xc3].
        let input = "pushq %rbp\nmovq %rsp, %rbp\nmovl $1, -4(%rbp)\ninc (%rax)\npopq %rbp ; ret\n"
        let result = JitterBinary.run(["encode", "--syntax", "att"], input: input)
        // `inc (%rax)` has no size: that line fails, so the status is 1.
        #expect(result.exitCode == 1)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 6, "\(result.output)")
        guard lines.count == 6 else { return }
        #expect(lines[0] == "55")
        #expect(lines[1] == "48 89 e5")
        #expect(lines[2] == "c7 45 fc 01 00 00 00")
        #expect(lines[3].hasPrefix("error: ambiguous operand size for 'inc'"))
        #expect(lines[4] == "5d c3")
    }

    @Test(.enabled(if: built, "the jitter executable is not built"))
    func encodeStaysIntelByDefault() {
        // The AT&T line is no Intel: `pushq` is no Intel mnemonic.
        let result = JitterBinary.run(["encode"], input: "pushq %rbp\npush rbp\n")
        #expect(result.output.hasPrefix("error: "))
        #expect(result.output.hasSuffix("\n55\n"))
    }

    @Test(.enabled(if: built, "the jitter executable is not built"))
    func unknownSyntaxIsRefused() {
        let result = JitterBinary.run(["encode", "--syntax", "gas"], input: "nop\n")
        #expect(result.exitCode != 0)
        #expect(result.error.contains("gas"))
    }

    @Test(.enabled(if: built, "the jitter executable is not built"))
    func asmWritesTheFlatBinaryOfAnATTFile() throws {
        let folder = TemporaryFolder.make()
        let source = folder + "/prog.s", output = folder + "/prog.bin"
        // movl $60, %eax [0xb8,0x3c,0,0,0]; xorl %edi, %edi [0x31,0xff]; syscall [0x0f,0x05].
        let fd = open(source, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        let text = Array("_start: movl $60, %eax\n  xorl %edi, %edi /* status */\n  syscall\n".utf8)
        _ = text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let result = JitterBinary.run(["asm", "--syntax", "att", source, "-o", output])
        #expect(result.exitCode == 0, "\(result.error)")
        #expect(TemporaryFolder.read(output) == [0xb8, 0x3c, 0x00, 0x00, 0x00, 0x31, 0xff, 0x0f, 0x05])
    }

    @Test(.enabled(if: built, "the jitter executable is not built"))
    func asmReportsLineAndColumn() {
        let folder = TemporaryFolder.make()
        let source = folder + "/bad.s"
        let fd = open(source, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        let text = Array("nop\n  movl (%rax, %eax\n".utf8)
        _ = text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let result = JitterBinary.run(["asm", "--syntax", "att", "--no-color", source, "-o", folder + "/bad.bin"])
        #expect(result.exitCode == 1)
        #expect(result.error.contains("bad.s:2:8: error: expected ')' to close the address"), "\(result.error)")
        #expect(result.error.contains("  movl (%rax, %eax\n"), "\(result.error)")
    }

    @Test(.enabled(if: built, "the jitter executable is not built"))
    func disasmPrintsATT() {
        let folder = TemporaryFolder.make()
        let path = folder + "/code.bin"
        let bytes: [UInt8] = [0x48, 0x8b, 0x44, 0xcb, 0x10, 0xff, 0xd0, 0xc3]
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let result = JitterBinary.run(["disasm", "--syntax", "att", "--text-only", path])
        #expect(result.exitCode == 0)
        #expect(result.output == "movq 0x10(%rbx,%rcx,8), %rax\ncallq *%rax\nretq\n")
    }
}
