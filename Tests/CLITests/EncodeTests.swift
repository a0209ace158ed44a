import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// `jitter encode`: exactly one output line per input line, a contract other tools rely on.
/// Expected bytes come from llvm-mc (`--show-encoding`, or `-filetype=obj` + objdump for
/// resolved labels).
@Suite struct EncodeTests {
    func encode(_ input: String, arguments: [String] = []) -> ProcessResult {
        JitterBinary.run(["encode"] + arguments, input: input)
    }

    @Test func bitsOptionStartsTheMode() {
        // nasm -f bin, bits 16: mov ax, [bx+si] 8b 00; mov eax, 1 66 b8 01 00 00 00; bits 32
        // switches: mov eax, 1 b8 01 00 00 00.
        let result = encode("mov ax, [bx+si]\nmov eax, 1\nbits 32\nmov eax, 1\n", arguments: ["--bits", "16"])
        #expect(result.output == "8b 00\n66 b8 01 00 00 00\n\nb8 01 00 00 00\n")
        #expect(result.exitCode == 0)
        let refused = encode("nop\n", arguments: ["--bits", "8"])
        #expect(refused.exitCode != 0)
        #expect(refused.error.contains("--bits takes 16, 32 or 64"))
    }

    @Test func labelsResolveAcrossLines() {
        // top: / ret / jmp top → c3, then eb fd (rel8 = 0 - 3 = -3).
        let result = encode("top:\nret\njmp top\n")
        #expect(result.output == "\nc3\neb fd\n")
        #expect(result.exitCode == 0)
    }

    @Test func forwardLabelsResolveToo() {
        // llvm-mc -filetype=obj: eb 01 / 90 / (fwd:) / c3
        let result = encode("jmp fwd\nnop\nfwd:\nret\n")
        #expect(result.output == "eb 01\n90\n\nc3\n")
    }

    @Test func oneOutputLinePerInputLineWithErrorsInPlace() {
        // llvm-mc: mov eax, 1 [0xb8,0x01,0x00,0x00,0x00]; push rbx [0x53];
        // mov rax, qword ptr [rbx + rcx*8 + 16] [0x48,0x8b,0x44,0xcb,0x10]
        let input = """
            lbl: mov eax, 1
            ; a comment

            bogus rax
            push rbx
            mov al, 300
            mov rax, qword ptr [rbx + rcx*8 + 16]
            """
        let result = encode(input + "\n")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 8, "\(result.output)")
        guard lines.count == 8 else { return }
        #expect(lines[0] == "b8 01 00 00 00")
        #expect(lines[1] == "")
        #expect(lines[2] == "")
        #expect(lines[3].hasPrefix("error: "))
        #expect(lines[4] == "53")
        #expect(lines[5].hasPrefix("error: "))
        #expect(lines[6] == "48 8b 44 cb 10")
        #expect(lines[7] == "")
        // Two lines failed: the status says so, and standard error counts them.
        #expect(result.exitCode == 1)
        #expect(result.error == "<stdin>: 2 lines failed\n")
    }

    @Test func aLastLineWithoutNewlineStillCounts() {
        let result = encode("nop\nret")
        #expect(result.output == "90\nc3\n")
    }

    @Test func emptyInputGivesNoOutput() {
        #expect(encode("").output == "")
    }

    @Test func crlfLineEndingsAreOneLineEach() {
        let result = encode("nop\r\nret\r\n")
        #expect(result.output == "90\nc3\n")
    }

    @Test func readsAFileArgument() {
        let path = TemporaryFolder.file(named: "e.asm", contents: "push rbx\n")
        #expect(encode("", arguments: [path]).output == "53\n")
    }

    @Test func aMissingFileIsAnError() {
        let result = encode("", arguments: ["/nonexistent/e.asm"])
        #expect(result.exitCode == 1)
        #expect(result.error.contains("/nonexistent/e.asm"))
        #expect(result.output.isEmpty)
    }

    @Test func manyLinesStreamInOrder() {
        // 20000 copies of push rbx [0x53] / nop [0x90]; larger than one output buffer.
        var input = ""
        for _ in 0..<10_000 { input += "push rbx\nnop\n" }
        let result = encode(input)
        var expected = ""
        for _ in 0..<10_000 { expected += "53\n90\n" }
        #expect(result.output == expected)
    }
}

/// `jitter asm FILE -o OUT`: flat binaries.
@Suite struct AssembleTests {
    @Test func writesTheCodeBytes() throws {
        // llvm-mc: mov eax, 1 [b8 01 00 00 00]; ret [c3]
        let source = TemporaryFolder.file(named: "a.asm", contents: "mov eax, 1\nret\n")
        let output = TemporaryFolder.make() + "/a.bin"
        let result = JitterBinary.run(["asm", source, "-o", output])
        #expect(result.exitCode == 0)
        #expect(TemporaryFolder.read(output) == [0xb8, 0x01, 0x00, 0x00, 0x00, 0xc3])
    }

    @Test func anExistingOutputIsReplacedAsGNUAsReplacesIt() throws {
        // GNU as unlinks a regular output file before writing it (strace: unlink("t.o")), so a
        // second name for the old file keeps the old bytes. llvm-mc: nop [90].
        let folder = TemporaryFolder.make()
        let output = folder + "/n.bin"
        let otherName = folder + "/old.bin"
        TemporaryFolder.write(output, contents: "old contents, longer than the new ones")
        #expect(link(output, otherName) == 0)
        let source = TemporaryFolder.file(named: "n.asm", contents: "nop\n")
        let result = JitterBinary.run(["asm", source, "-o", output])
        #expect(result.exitCode == 0)
        #expect(TemporaryFolder.read(output) == [0x90])
        #expect(TemporaryFolder.read(otherName) == Array("old contents, longer than the new ones".utf8))
    }

    @Test func aSymlinkedOutputIsWrittenThrough() throws {
        // llvm-mc: ret [c3]
        let folder = TemporaryFolder.make()
        let target = folder + "/target.bin"
        let output = folder + "/link.bin"
        TemporaryFolder.write(target, contents: "previous")
        #expect(symlink(target, output) == 0)
        let source = TemporaryFolder.file(named: "r.asm", contents: "ret\n")
        let result = JitterBinary.run(["asm", source, "-o", output])
        #expect(result.exitCode == 0)
        #expect(TemporaryFolder.read(target) == [0xc3])
        var info = stat()
        #expect(lstat(output, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
    }

    @Test func errorsNameTheirLineAndWriteNothing() {
        let source = TemporaryFolder.file(named: "bad.asm", contents: "nop\nmov al, 300\n")
        let output = TemporaryFolder.make() + "/bad.bin"
        let result = JitterBinary.run(["asm", source, "-o", output])
        #expect(result.exitCode == 1)
        #expect(result.error.contains("bad.asm:2:"))
        #expect(TemporaryFolder.read(output) == nil)
    }
}
