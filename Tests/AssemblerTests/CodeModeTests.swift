import Diagnostics
import IntelSyntax
import Testing
import X86Assembler

/// 16- and 32-bit code: whole files against `nasm -f bin` and GNU as (hex recorded by
/// Scripts/mode-fixtures), one line per row against llvm-mc, and the errors for what only
/// 64-bit code has.
@Suite struct CodeModeTests {
    /// Boot sectors, real-mode routines and a protected-mode kernel, as OS tutorials write them;
    /// a GNU `.code16`/`.code32` file; and AT&T suffixes in both modes.
    @Test(arguments: [
        "boot-to-long-mode.asm", "real-mode.asm", "protected-mode-kernel.asm", "gnu-code16.s", "gnu-att-suffixes.s",
    ])
    func sampleMatchesItsAssembler(_ name: String) throws {
        let path = "Tests/AssemblerSamples/modes/" + name
        let source = Repository.text(path)
        let expected = CodeModeTests.hex(Repository.text(path + ".hex"))
        #expect(expected.count > 50, "\(path).hex is missing: run Scripts/mode-fixtures")
        let assembly = FileAssembly(name: path, bytes: Array(source.utf8))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let ours = assembly.image.code + assembly.image.data
        #expect(ours == expected, "\(path): \(firstDifference(ours, expected))")
    }

    /// Where llvm-mc reads the Intel text differently from both NASM and GNU as, Jitter
    /// follows those two: the size of an operand-less stack or return instruction is the
    /// mode's (`ret` is C3 in 16-bit code, `pushf` 9C in 32-bit code, llvm-mc adds a 66), and
    /// a segment register moves with its general register's size (`mov ds, ax` has no 66 in
    /// 32-bit code, `mov ax, ds` has one).
    static let followsNASMAndGNU: [Int: [String: String]] = [
        16: [
            "push fs": "0f a0", "push gs": "0f a8", "pop fs": "0f a1", "ret": "c3", "ret 4": "c2 04 00", "retf": "cb",
        ],
        32: [
            "mov ds, ax": "8e d8", "mov ax, ds": "66 8c d8", "push es": "06", "push cs": "0e", "push ss": "16",
            "push ds": "1e", "pop es": "07", "pop ds": "1f", "pop ss": "17", "pushf": "9c", "popf": "9d", "iret": "cf",
        ],
    ]

    /// Rows of Tests/X86Tests/Fixtures/modes-16.txt and modes-32.txt (bytes from llvm-mc),
    /// assembled after `.code16`/`.code32`: GNU's directive keeps llvm-mc's prefix order (67
    /// before 66).
    @Test(arguments: [16, 32])
    func rowsMatchLLVMMC(_ bits: Int) throws {
        let rows = Repository.text("Tests/X86Tests/Fixtures/modes-\(bits).txt").split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.hasPrefix("error") }
        #expect(rows.count > 100)
        var differences: [String] = []
        for row in rows {
            let parts = row.split(separator: "|", maxSplits: 1).map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
            let text = parts[1]
            let expected = CodeModeTests.followsNASMAndGNU[bits]?[text] ?? parts[0]
            let assembly = SourceAssembly(SourceFile(name: "row.s", text: ".code\(bits)\n\(text)\n"))
            let ours = assembly.diagnostics.isEmpty
                ? assembly.image.code.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
                : "error: \(assembly.diagnostics.map(\.diagnostic.message))"
            if ours != expected { differences.append("\(text): expected \(expected), got \(ours)") }
        }
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    /// `bits` keeps NASM's order, 66 before 67 (`mov eax, [ebx]` in 16-bit code).
    @Test func nasmPrefixOrder() {
        let assembly = SourceAssembly(SourceFile(name: "order.asm", text: "bits 16\nmov eax, [ebx]\nbits 32\nmov ax, [bx]\n"))
        #expect(assembly.diagnostics.isEmpty)
        #expect(assembly.image.code == [0x66, 0x67, 0x8B, 0x03, 0x66, 0x67, 0x8B, 0x07])
    }

    /// Switching within a file: each line is encoded in the mode in force where it is, labels
    /// and branches across the switches included (hand-derived from SDM tables 2-1 and 2-2).
    @Test func switchingModesWithinAFile() {
        let text = """
            bits 16
            start: jmp near done
            use32
            mov eax, [ebx]
            [bits 64]
            mov eax, [rbx]
            .code16
            done: jmp start
            """
        let assembly = SourceAssembly(SourceFile(name: "switch.asm", text: text))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        // E9 cw to `done` at 3+2+2 = 7: 7 - 3 = 4; `jmp start` from 7: EB, 0 - 9 = -9 (F7).
        #expect(assembly.image.code == [0xE9, 0x04, 0x00, 0x8B, 0x03, 0x8B, 0x03, 0xEB, 0xF7])
    }

    typealias Refusal = DiagnosticPositionTests.Case

    /// What 16- and 32-bit code does not have is refused with a message naming the operand.
    @Test(arguments: [
        Refusal(source: "bits 32\nmov ⟨r8d⟩, eax", message: "'r8d' needs a REX prefix, which 32-bit code does not have"),
        Refusal(source: "bits 32\nmov ⟨rax⟩, 1", message: "'rax' is a 64-bit register, which 32-bit code does not have"),
        Refusal(source: "bits 16\nmov ⟨sil⟩, 1", message: "'sil' needs a REX prefix, which 16-bit code does not have"),
        Refusal(source: "bits 32\nmov eax, ⟨[rax]⟩", message: "'rax' is a 64-bit register, which 32-bit code does not have"),
        Refusal(source: "bits 32\nmov eax, ⟨[rip + 8]⟩", message: "'rip' is a 64-bit register"),
        Refusal(source: "bits 32\nmov eax, ⟨[bx + cx]⟩", message: "a 16-bit address is bx or bp, plus si or di"),
        Refusal(source: "bits 16\nmov ax, ⟨[bx + esi]⟩", message: "base and index registers must have the same width"),
        Refusal(source: "bits 32\n⟨swapgs⟩", message: "'swapgs' exists only in 64-bit code"),
        Refusal(source: "bits 32\n⟨jrcxz $⟩", message: "exists only in 64-bit code"),
        Refusal(source: "bits 32\n⟨cdqe⟩", message: "exists only in 64-bit code"),
        Refusal(source: "bits ⟨8⟩", message: "'bits' takes 16, 32 or 64"),
        Refusal(source: "bits 64\n⟨aaa⟩", message: "'aaa' is not valid in 64-bit mode"),
        Refusal(source: "bits 64\n⟨push eax⟩", message: "'push r32' is not valid in 64-bit mode"),
        // EVEX.R' and EVEX.V' must be 1 outside 64-bit mode, and a VSIB index has no bit 3 there.
        Refusal(source: "bits 32\nvaddps zmm1, zmm2, ⟨zmm17⟩", message: "'zmm17' is one of registers 16–31, which 32-bit code does not have"),
        Refusal(source: "bits 16\nvaddps zmm1, ⟨zmm20⟩, zmm3", message: "which 16-bit code does not have"),
        Refusal(source: "bits 32\nvpgatherdd xmm1{k1}, ⟨[eax + xmm9*4]⟩", message: "'xmm9' needs a REX or EVEX bit, which 32-bit code does not have"),
    ])
    func refusesWhatTheModeLacks(_ test: Refusal) {
        test.expectOneErrorAtTheMark()
    }

    /// Code that is to run here (the REPL's blocks) stays 64-bit: `bits 16` says why it cannot.
    @Test func codeToRunRefusesOtherModes() {
        var options = AssemblerOptions()
        options.requires64BitCode = true
        let assembly = SourceAssembly(SourceFile(name: "block", text: "bits 16\nmov ax, [bx]\n"), options: options)
        #expect(assembly.diagnostics.first?.diagnostic.message.contains("not run") == true)
        #expect(assembly.diagnostics.first?.line == 1)
    }

    /// `--bits` (``AssemblerOptions/codeMode``) starts the file in a mode, as `bits 16` would.
    @Test func optionsStartTheMode() {
        var options = AssemblerOptions()
        options.codeMode = .bits16
        let assembly = SourceAssembly(SourceFile(name: "start", text: "mov eax, [ebx]\nmov ax, [bx+si]\n"), options: options)
        #expect(assembly.diagnostics.isEmpty)
        #expect(assembly.image.code == [0x66, 0x67, 0x8B, 0x03, 0x8B, 0x00])
    }

    static func hex(_ text: String) -> [UInt8] {
        let digits = Array(text.utf8.filter { $0 != 0x0A && $0 != 0x20 })
        var bytes: [UInt8] = []
        var i = 0
        while i + 1 < digits.count {
            bytes.append(UInt8(String(decoding: digits[i...i + 1], as: UTF8.self), radix: 16) ?? 0)
            i += 2
        }
        return bytes
    }
}
