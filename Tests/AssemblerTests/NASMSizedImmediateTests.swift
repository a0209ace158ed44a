import Diagnostics
import IntelSyntax
import Testing
import X86Assembler

/// NASM's sizes on immediates and far pointers (`push word 5`, `jmp dword 0x8:0x1000`,
/// `strict byte 5`, `jmp dword far [bx]`) against `nasm -f bin` in each mode
/// (Tests/X86Tests/Fixtures/nasm-sized.txt, written by Scripts/nasm-sized-fixtures), and the
/// 16-bit addresses and branches that cannot reach, which are errors at the operand.
@Suite struct NASMSizedImmediateTests {
    struct Row: CustomStringConvertible, Sendable {
        let bits: Int
        let expected: String
        let line: String
        var description: String { "bits \(bits): \(line)" }
    }

    static let rows: [Row] = Repository.text("Tests/X86Tests/Fixtures/nasm-sized.txt").split(separator: "\n")
        .filter { !$0.hasPrefix("#") }
        .compactMap { row in
            let parts = row.split(separator: "|").map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
            guard parts.count == 3, let bits = Int(parts[0]) else { return nil }
            return Row(bits: bits, expected: parts[1], line: parts[2])
        }

    @Test func everyRowIsThere() {
        #expect(Self.rows.count > 100, "Tests/X86Tests/Fixtures/nasm-sized.txt is missing: run Scripts/nasm-sized-fixtures")
    }

    /// Rows where Jitter knowingly does otherwise, and why.
    static let differences: [String: String] = [
        // NASM refuses `strict dword` beside rax, though the field of `48 05 id` is a dword.
        "64: add rax, strict dword 5": "48 05 05 00 00 00",
        // 64-bit code writes 67 before 66, as llvm-mc and GNU as do, unless told `--match nasm`
        // (the mode's `bits 64` does not change the order there, as `bits 16` does).
        "64: jmp far word [eax]": "67 66 ff 28",
        "64: jmp far word [ebx+esi*4+8]": "67 66 ff 6c b3 08",
    ]

    @Test(arguments: rows)
    func lineGivesNASMsBytes(_ row: Row) {
        let assembly = SourceAssembly(SourceFile(name: "row.asm", text: "bits \(row.bits)\n\(row.line)\n"))
        let expected = Self.differences["\(row.bits): \(row.line)"] ?? row.expected
        if expected == "error" {
            #expect(!assembly.diagnostics.isEmpty, "nasm refuses it; Jitter gave \(hex(assembly.image.code))")
        } else {
            #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
            #expect(hex(assembly.image.code) == expected)
        }
    }

    /// GNU as's `far ptr` in 64-bit code takes an m16:32 (its default offset size), where
    /// NASM's `far` alone takes an m16:64. Bytes from GNU as 2.40 (`as` then `objdump -d`):
    /// `ff 2b`, `ff 1b`, `67 ff 2b`.
    @Test func gnuFarPointerIn64BitCode() {
        let text = ".intel_syntax noprefix\njmp far ptr [rbx]\ncall far ptr [rbx]\njmp far ptr [ebx]\n"
        let assembly = SourceAssembly(SourceFile(name: "far.s", text: text))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(hex(assembly.image.code) == "ff 2b ff 1b 67 ff 2b")
    }

    typealias Unreachable = DiagnosticPositionTests.Case

    /// 16-bit code reaches offsets 0...0xffff: an address beyond them, or a near branch out of
    /// the 64 KiB its IP wraps within, is an error where NASM warns and truncates.
    @Test(arguments: [
        Unreachable(source: "bits 16\nmov ax, ⟨[t]⟩\ntimes 70000 db 0\nt: ret\n", message: "does not fit in a 16-bit address"),
        Unreachable(source: "bits 16\nmov ax, ⟨[bx+t]⟩\ntimes 70000 db 0\nt: ret\n", message: "does not fit in a 16-bit address"),
        Unreachable(source: "bits 16\norg 0x10000\nt: mov ax, ⟨[t]⟩\n", message: "address 0x10000 does not fit"),
        Unreachable(source: "bits 16\njmp ⟨t⟩\ntimes 70000 db 0\nt: ret\n", message: "outside the 64 KiB"),
        Unreachable(source: "bits 16\ncall ⟨t⟩\ntimes 70000 db 0\nt: ret\n", message: "outside the 64 KiB"),
        Unreachable(source: "bits 16\norg 0x8000\njz ⟨t⟩\ntimes 40000 db 0\nt: ret\n", message: "outside the 64 KiB"),
        Unreachable(source: "bits 16\nt: ret\ntimes 70000 db 0\njmp ⟨t⟩\n", message: "outside the 64 KiB"),
    ])
    func unreachableIn16BitCode(_ test: Unreachable) {
        test.expectOneErrorAtTheMark()
    }

    /// A branch 40,000 bytes ahead within the 64 KiB is reached by wrapping IP: `E9 40 9C`,
    /// the bytes `nasm -f bin` writes for this file.
    @Test func aBranchWithinTheSegmentWraps() {
        let assembly = SourceAssembly(SourceFile(name: "t.asm", text: "bits 16\njmp t\ntimes 40000 db 0\nt: ret\n"))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(Array(assembly.image.code.prefix(3)) == [0xE9, 0x40, 0x9C])
    }

    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
    }
}
