import Testing
import TestSupport
import X86Decoder

#if canImport(Glibc)
import Glibc
#endif

/// The decoder's AT&T text: llvm-objdump's default spelling (`--print-imm-hex`), operands
/// reversed, the suffixes it prints.
@Suite struct ATTTextTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let bytes: [UInt8]
        let text: String
        var testDescription: String { text }
    }

    /// Texts copied from `llvm-objdump -d --print-imm-hex` (AT&T) for these bytes.
    @Test(arguments: [
        Row(bytes: [0x48, 0x8b, 0x44, 0xcb, 0x10], text: "movq 0x10(%rbx,%rcx,8), %rax"),
        Row(bytes: [0x48, 0x89, 0x44, 0xcb, 0x10], text: "movq %rax, 0x10(%rbx,%rcx,8)"),
        Row(bytes: [0x83, 0xc0, 0xfd], text: "addl $-0x3, %eax"),
        Row(bytes: [0xc3], text: "retq"),
        Row(bytes: [0xff, 0xd0], text: "callq *%rax"),
        Row(bytes: [0xff, 0x20], text: "jmpq *(%rax)"),
        Row(bytes: [0x64, 0x48, 0x8b, 0x04, 0x25, 0x28, 0x00, 0x00, 0x00], text: "movq %fs:0x28, %rax"),
        Row(bytes: [0x0f, 0xb6, 0x00], text: "movzbl (%rax), %eax"),
        Row(bytes: [0x48, 0x63, 0xc8], text: "movslq %eax, %rcx"),
        Row(bytes: [0x48, 0x98], text: "cltq"),
        Row(bytes: [0xdd, 0x1c, 0x24], text: "fstpl (%rsp)"),
        Row(bytes: [0xdf, 0x28], text: "fildll (%rax)"),
        Row(bytes: [0xdc, 0xe3], text: "fsub %st, %st(3)"),
        Row(bytes: [0x6b, 0xc8, 0x03], text: "imull $0x3, %eax, %ecx"),
        Row(bytes: [0x8b, 0x04, 0x8d, 0x00, 0x00, 0x00, 0x00], text: "movl (,%rcx,4), %eax"),
        Row(bytes: [0xf3, 0x48, 0xab], text: "rep stosq %rax, %es:(%rdi)"),
        Row(bytes: [0x66, 0x6a, 0x01], text: "pushw $0x1"),
        Row(bytes: [0xc5, 0xf9, 0x5a, 0x00], text: "vcvtpd2psx (%rax), %xmm0"),
        Row(bytes: [0x62, 0xf1, 0x6c, 0xc9, 0x58, 0xd9], text: "vaddps %zmm1, %zmm2, %zmm3 {%k1} {z}"),
        Row(bytes: [0x62, 0xf1, 0x6c, 0x18, 0x58, 0xd9], text: "vaddps {rn-sae}, %zmm1, %zmm2, %zmm3"),
        Row(bytes: [0x62, 0xf1, 0x6c, 0x58, 0x58, 0x18], text: "vaddps (%rax){1to16}, %zmm2, %zmm3"),
        Row(bytes: [0xc8, 0x10, 0x00, 0x00], text: "enter $0x10, $0x0"),
    ])
    func printsAsLLVMObjdump(_ row: Row) throws {
        let decoded = try Decoder().decode(row.bytes, at: 0)
        #expect(ATTDisassemblyText.of(decoded) == row.text)
    }

    /// A listing line: llvm-objdump's text, and the RIP-relative target as a comment.
    @Test func listingLineInATT() {
        let lines = Disassembly.lines([0x8b, 0x05, 0x10, 0x00, 0x00, 0x00, 0xeb, 0xfe], base: 0x401000)
        #expect(lines.map { $0.text(in: .att) } == ["movl 0x10(%rip), %eax # 0x401016", "jmp 0x401006"])
        #expect(lines.first.map { Disassembly.format($0, syntax: .att) }
            == "  401000: 8b 05 10 00 00 00                 movl 0x10(%rip), %eax # 0x401016")
    }

    /// Every golden row's bytes, disassembled by llvm-objdump in AT&T and by the decoder: the
    /// same text, except the rows in Fixtures/llvm-objdump-att-differences.txt.
    @Test(.enabled(if: ATTObjdump.available, "llvm-objdump and objcopy are needed"))
    func goldenRowsPrintAsLLVMObjdumpPrintsThem() throws {
        let rows = FixtureRow.all
        let expected = try #require(ATTObjdump.disassemble(rows.flatMap(\.bytes)), "llvm-objdump failed")
        let known = ATTObjdump.knownDifferences()
        let decoder = Decoder()
        var offset = 0
        var differences: [String] = []
        var compared = 0
        for row in rows {
            defer { offset += row.bytes.count }
            guard let theirs = expected[offset], let decoded = try? decoder.decode(row.bytes, at: Int64(offset)) else { continue }
            compared += 1
            let ours = ATTDisassemblyText.of(decoded)
            if ours != theirs, !known.contains(hex(row.bytes)) {
                differences.append("\(hex(row.bytes)) | \(theirs) | ours: \(ours)")
            }
        }
        #expect(compared > 5000, "only \(compared) rows lined up with llvm-objdump's output")
        #expect(differences.isEmpty, "\(differences.count) differences:\n\(differences.prefix(80).joined(separator: "\n"))")
    }
}

/// llvm-objdump's AT&T text over a flat run of bytes, by address, in the decoder's spacing.
enum ATTObjdump {
    static let tool = "/usr/bin/llvm-objdump"
    static let objcopy = "/usr/bin/objcopy"

    static var available: Bool { access(tool, X_OK) == 0 && access(objcopy, X_OK) == 0 }

    static func disassemble(_ bytes: [UInt8]) -> [Int: String]? {
        let folder = TemporaryFolder.make()
        let binary = folder + "/code.bin", object = folder + "/code.o"
        let fd = open(binary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) == $0.count }
        close(fd)
        guard written else { return nil }
        let copied = ProcessRunner.run(objcopy, [
            "-I", "binary", "-O", "elf64-x86-64", "-B", "i386:x86-64",
            "--rename-section", ".data=.text,code,alloc,load,readonly,contents", binary, object,
        ])
        guard copied.exitCode == 0 else { return nil }
        let listed = ProcessRunner.run(tool, ["-d", "--print-imm-hex", "--no-show-raw-insn", object], timeout: 120)
        guard listed.exitCode == 0 else { return nil }
        var result: [Int: String] = [:]
        var pending: (Int, String)?
        for line in listed.output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"),
                  let address = Int(line[..<colon].trimmingCharacters(), radix: 16) else { continue }
            var text = String(line[line.index(after: colon)...])
            if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
            if let angle = text.firstIndex(of: "<") { text = String(text[..<angle]) }
            text = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            // llvm-objdump prints some prefixes on lines of their own: joined to their instruction.
            if !text.isEmpty, text.split(separator: " ").allSatisfy({ prefixWords.contains(String($0)) }) {
                pending = pending.map { ($0.0, $0.1 + " " + text) } ?? (address, text)
            } else if let (start, prefix) = pending {
                result[start] = prefix + " " + text
                pending = nil
            } else {
                result[address] = text
            }
        }
        return result
    }

    private static let prefixWords: Set<String> = [
        "lock", "rep", "repne", "data16", "rex64", "cs", "ds", "es", "ss", "fs", "gs", "notrack", "addr32",
        "xacquire", "xrelease",
    ]

    /// The rows listed in Fixtures/llvm-objdump-att-differences.txt, by their bytes.
    static func knownDifferences() -> Set<String> {
        let path = JitterBinary.packageRoot + "/Tests/DecoderTests/Fixtures/llvm-objdump-att-differences.txt"
        guard let contents = TemporaryFolder.read(path) else { return [] }
        var keys = Set<String>()
        for line in String(decoding: contents, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            guard let bar = line.firstIndex(of: "|") else { continue }
            keys.insert(line[..<bar].trimmingCharacters())
        }
        return keys
    }
}
