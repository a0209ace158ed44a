import Testing
import TestSupport

/// `jitter asm`: formats, standard streams, listings, and failures to write.
@Suite struct AssembleCommandTests {
    @Test("-f elf64 from standard input to standard output writes an ELF64 relocatable object")
    func objectThroughPipes() {
        let result = JitterBinary.run(["asm", "-f", "elf64", "-", "-o", "-"], input: "call puts@PLT\nret\n")
        #expect(result.exitCode == 0, "\(result.error)")
        let bytes = result.standardOutput
        // ELF magic, 64-bit, little-endian, version 1; e_type 1 (ET_REL); e_machine 62 (x86-64).
        #expect(Array(bytes.prefix(7)) == [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1])
        #expect(bytes.count > 64 && bytes[16] == 1 && bytes[17] == 0 && bytes[18] == 62 && bytes[19] == 0)
    }

    @Test("-f elf64 turns .file and .loc into a line table objdump reads back")
    func lineTable() throws {
        let folder = TemporaryFolder.make()
        let result = JitterBinary.run(["asm", "-f", "elf64", "-", "-o", folder + "/out.o"],
                                      input: ".file 1 \"a.c\"\n.loc 1 7 3\nnop\n.loc 1 9 1\nret\n")
        #expect(result.exitCode == 0, "\(result.error)")
        let decoded = ProcessRunner.run("/usr/bin/env", ["objdump", "--dwarf=decodedline", folder + "/out.o"])
        // nop is one byte (90): line 7 at 0, line 9 at 1, the sequence ends after ret at 2.
        let rows = decoded.output.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.contains("a.c 7 0 x"), "\(decoded.output)")
        #expect(rows.contains("a.c 9 0x1 x"))
        #expect(rows.contains("a.c - 0x2"))
    }

    @Test("a .loc naming a file no .file gave is an error at the directive")
    func unassignedFile() {
        let result = JitterBinary.run(["asm", "-f", "elf64", "-", "-o", "-"], input: ".file 1 \"a.c\"\n.loc 2 7 3\n")
        #expect(result.exitCode == 1)
        #expect(result.error.contains("<stdin>:2:1: error: unassigned file number 2"))
    }

    @Test("the default format is still a flat binary, and - reads standard input")
    func flatBinaryFromStandardInput() {
        // mov eax, 1 (b8 01 00 00 00); ret (c3): SDM encodings.
        let result = JitterBinary.run(["asm", "-", "-o", "-"], input: "mov eax, 1\nret\n")
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == [0xB8, 0x01, 0x00, 0x00, 0x00, 0xC3])
    }

    @Test("-l writes each line beside its address and bytes")
    func listing() {
        let folder = TemporaryFolder.make()
        let result = JitterBinary.run(["asm", "-", "-o", folder + "/out.bin", "-l", "-"], input: "start:\n  push rbp\n  mov eax, 1\n")
        #expect(result.exitCode == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        // push rbp is 55; mov eax, 1 is b8 01 00 00 00 (SDM).
        #expect(lines[1].hasPrefix("     2  00000000  55"))
        #expect(lines[1].hasSuffix("push rbp"))
        #expect(lines[2].hasPrefix("     3  00000001  b801000000"))
    }

    @Test("an error names the file, line and column, and nothing is written")
    func diagnostics() {
        let folder = TemporaryFolder.make()
        let source = TemporaryFolder.file(named: "bad.s", contents: "nop\n.cfi_frobnicate\n")
        let result = JitterBinary.run(["asm", "-f", "elf64", source, "-o", folder + "/out.o"])
        #expect(result.exitCode == 1)
        #expect(result.error.contains("bad.s:2:1: error: unknown directive '.cfi_frobnicate'"))
        #expect(TemporaryFolder.read(folder + "/out.o") == nil)
    }

    @Test("a write that fails is an error with exit status 1")
    func failedWrite() {
        let result = JitterBinary.run(["asm", "-f", "elf64", "-", "-o", "/dev/full"], input: "ret\n")
        #expect(result.exitCode == 1)
        #expect(result.error.contains("cannot write /dev/full"))
        let listing = JitterBinary.run(["asm", "-", "-o", "/dev/null", "-l", "/nonexistent/folder/listing.txt"], input: "ret\n")
        #expect(listing.exitCode == 1)
        #expect(listing.error.contains("cannot write /nonexistent/folder/listing.txt"))
    }

    @Test("an unknown format is refused")
    func unknownFormat() {
        let result = JitterBinary.run(["asm", "-f", "coff", "-", "-o", "-"], input: "ret\n")
        #expect(result.exitCode != 0)
        #expect(result.error.contains("coff"))
    }

    @Test("--format and --output are read like -f and -o")
    func longSpellings() {
        let result = JitterBinary.run(["asm", "--output", "-", "--format", "elf64", "-"], input: "ret\n")
        #expect(result.exitCode == 0, "\(result.error)")
        #expect(Array(result.standardOutput.prefix(4)) == [0x7F, 0x45, 0x4C, 0x46])
    }

    @Test("options past a file, -o and -f are still read, and wrong ones still explained")
    func otherArguments() {
        // inc eax is 40 in 32-bit code and ff c0 in 64-bit code (SDM: INC r32, 40+rd / FF /0).
        let bits = JitterBinary.run(["asm", "-", "-o", "-", "--bits", "32"], input: "inc eax\n")
        #expect(bits.exitCode == 0, "\(bits.error)")
        #expect(bits.standardOutput == [0x40])
        let missing = JitterBinary.run(["asm", "-"], input: "ret\n")
        #expect(missing.exitCode == 64)
        #expect(missing.error.contains("--output"), "\(missing.error)")
        let twoFiles = JitterBinary.run(["asm", "a.s", "b.s", "-o", "-"], input: "")
        #expect(twoFiles.exitCode == 64)
        #expect(twoFiles.error.contains("b.s"), "\(twoFiles.error)")
        let dangling = JitterBinary.run(["asm", "-", "-o"], input: "ret\n")
        #expect(dangling.exitCode == 64, "\(dangling.error)")
    }
}
