import Testing
import TestSupport
import X86Decoder

#if canImport(Glibc)
import Glibc
#endif

/// The bytes of every golden row, disassembled by llvm-objdump and by the decoder: the text
/// must be the same, spacing aside, except for the rows listed in
/// Fixtures/llvm-objdump-differences.txt with the reason for each.
@Suite struct LLVMObjdumpDifferentialTests {
    @Test(.enabled(if: LLVMObjdump.available, "llvm-objdump and objcopy are needed"))
    func goldenRowsDecodeAsLLVMObjdumpPrintsThem() throws {
        let rows = FixtureRow.all
        let bytes = rows.flatMap(\.bytes)
        let expected = try #require(LLVMObjdump.disassemble(bytes), "llvm-objdump failed")
        let known = KnownDifferences.load()
        let decoder = Decoder()
        var offset = 0
        var differences: [String] = []
        var compared = 0
        var stillListed = Set<String>()
        for row in rows {
            defer { offset += row.bytes.count }
            guard let theirs = expected[offset] else { continue }
            let ours: String
            do {
                ours = DisassemblyText.of(try decoder.decode(row.bytes, at: Int64(offset)))
            } catch {
                ours = "(bad) \(error.message)"
            }
            compared += 1
            let key = hex(row.bytes)
            if known.contains(key) {
                stillListed.insert(key)
                continue
            }
            if ours != theirs { differences.append("\(hex(row.bytes)) | \(theirs) | ours: \(ours)   (\(row))") }
        }
        #expect(compared > 5000, "only \(compared) rows lined up with llvm-objdump's output")
        #expect(differences.isEmpty, "\(differences.count) differences:\n\(differences.prefix(80).joined(separator: "\n"))")
    }
}

/// llvm-objdump over a flat run of bytes, by address.
enum LLVMObjdump {
    static let tool = "/usr/bin/llvm-objdump"
    static let objcopy = "/usr/bin/objcopy"

    static var available: Bool { access(tool, X_OK) == 0 && access(objcopy, X_OK) == 0 }

    /// The text at each instruction's offset, in the decoder's spacing: one space between
    /// words, no comment or symbol, a prefix llvm-objdump puts on a line of its own joined to
    /// the instruction it belongs to.
    static func disassemble(_ bytes: [UInt8]) -> [Int: String]? {
        let folder = TemporaryFolder.make()
        let binary = folder + "/code.bin", object = folder + "/code.o"
        guard write(bytes, to: binary) else { return nil }
        let copied = ProcessRunner.run(objcopy, [
            "-I", "binary", "-O", "elf64-x86-64", "-B", "i386:x86-64",
            "--rename-section", ".data=.text,code,alloc,load,readonly,contents", binary, object,
        ])
        guard copied.exitCode == 0 else { return nil }
        let listed = ProcessRunner.run(tool, ["-d", "-M", "intel", "--print-imm-hex", "--no-show-raw-insn", object], timeout: 120)
        guard listed.exitCode == 0 else { return nil }
        var result: [Int: String] = [:]
        var pending: (Int, String)?
        for line in listed.output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"),
                  let address = Int(line[..<colon].trimmingCharacters(), radix: 16) else { continue }
            var text = String(line[line.index(after: colon)...])
            if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
            // A branch target is followed by the symbol it falls in: `jmp 0x18 <start+0x18>`.
            if let angle = text.firstIndex(of: "<") { text = String(text[..<angle]) }
            text = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            if let (start, prefix) = pending {
                result[start] = prefix + " " + text
                pending = nil
            } else if lonePrefixes.contains(text) {
                pending = (address, text)
            } else {
                result[address] = text
            }
        }
        return result
    }

    private static let lonePrefixes: Set<String> = [
        "lock", "rep", "repne", "data16", "rex64", "cs", "ds", "es", "ss", "fs", "gs", "notrack", "addr32",
        "xacquire", "xrelease", "xrelease lock", "xacquire lock",
    ]

    private static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) == $0.count }
    }
}

/// Rows whose llvm-objdump text the decoder does not reproduce, each with the reason.
enum KnownDifferences {
    static func load() -> Set<String> {
        let path = JitterBinary.packageRoot + "/Tests/DecoderTests/Fixtures/llvm-objdump-differences.txt"
        guard let contents = TemporaryFolder.read(path) else { return [] }
        var keys = Set<String>()
        for line in String(decoding: contents, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            guard let bar = line.firstIndex(of: "|") else { continue }
            keys.insert(line[..<bar].trimmingCharacters())
        }
        return keys
    }
}
