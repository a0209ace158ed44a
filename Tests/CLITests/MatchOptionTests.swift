import Testing
import TestSupport

/// `--match nasm|gas|llvm` on `jitter asm`, `encode`, `explain` and file runs; `jitter asm`'s
/// choice by the file's first directive; `.match` in the REPL. The bytes are hand-derived from
/// the SDM (the oracles' own rows are in DialectGoldenTests).
@Suite struct MatchOptionTests {
    // mov rax, 1: REX.W C7 /0 id (llvm-mc, GNU as) or B8+rd id as mov eax, 1 (NASM).
    static let llvmMov: [UInt8] = [0x48, 0xC7, 0xC0, 0x01, 0x00, 0x00, 0x00]
    static let nasmMov: [UInt8] = [0xB8, 0x01, 0x00, 0x00, 0x00]
    // xchg dh, cl: 86 /r with dh in ModRM.reg (llvm-mc: f1) or in ModRM.rm (GNU as: ce).
    static let llvmXchg: [UInt8] = [0x86, 0xF1]
    static let gasXchg: [UInt8] = [0x86, 0xCE]

    @Test("jitter asm: a NASM file gets NASM's bytes, a GNU file GNU as's, any other llvm-mc's")
    func asmDetectsTheDialect() {
        let nasm = JitterBinary.run(["asm", "-", "-o", "-"], input: "bits 64\nmov rax, 1\n")
        #expect(nasm.exitCode == 0, "\(nasm.error)")
        #expect(nasm.standardOutput == MatchOptionTests.nasmMov)
        let gnu = JitterBinary.run(["asm", "-", "-o", "-"], input: ".intel_syntax noprefix\nxchg dh, cl\nmov rax, 1\n")
        #expect(gnu.standardOutput == MatchOptionTests.gasXchg + MatchOptionTests.llvmMov)
        let plain = JitterBinary.run(["asm", "-", "-o", "-"], input: "xchg dh, cl\nmov rax, 1\n")
        #expect(plain.standardOutput == MatchOptionTests.llvmXchg + MatchOptionTests.llvmMov)
    }

    @Test("jitter asm --match overrides what the file says")
    func asmMatchOverrides() {
        let llvm = JitterBinary.run(["asm", "--match", "llvm", "-", "-o", "-"], input: "bits 64\nmov rax, 1\n")
        #expect(llvm.standardOutput == MatchOptionTests.llvmMov)
        let nasm = JitterBinary.run(["asm", "--match", "nasm", "-", "-o", "-"], input: ".intel_syntax noprefix\nmov rax, 1\n")
        #expect(nasm.standardOutput == MatchOptionTests.nasmMov)
    }

    @Test("jitter encode keeps llvm-mc's choices unless told")
    func encode() {
        let input = "bits 64\nmov rax, 1\nxchg dh, cl\n"
        #expect(JitterBinary.run(["encode"], input: input).output == "\n48 c7 c0 01 00 00 00\n86 f1\n")
        #expect(JitterBinary.run(["encode", "--match", "nasm"], input: input).output == "\nb8 01 00 00 00\n86 f1\n")
        #expect(JitterBinary.run(["encode", "--match", "gas"], input: input).output == "\n48 c7 c0 01 00 00 00\n86 ce\n")
    }

    @Test("a --match that names no dialect is refused")
    func badValue() {
        let result = JitterBinary.run(["asm", "--match", "masm", "-", "-o", "-"], input: "ret\n")
        #expect(result.exitCode != 0)
        #expect(result.error.contains("--match takes nasm, gas or llvm, not 'masm'"))
        #expect(JitterBinary.run(["encode", "--match", "yasm"], input: "ret\n").exitCode != 0)
    }

    @Test("explain says what the other assemblers write")
    func explain() {
        let result = JitterBinary.run(["explain", "mov rax, 1"], environment: ["LANG": "C"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("nasm writes b8 01 00 00 00 (mov eax, 1: 5 bytes)"))
        let nasm = JitterBinary.run(["explain", "--match", "nasm", "mov rax, 1"], environment: ["LANG": "C"])
        #expect(nasm.output.contains("llvm-mc writes 48 c7 c0 01 00 00 00 (mov rax, 1: 7 bytes)"))
    }

    @Test("a file run and the REPL take the dialect too")
    func runAndREPL() {
        let run = JitterBinary.run(["--match", "nasm"], input: "mov rax, 1\nret\n")
        #expect(run.output.contains("b8 01 00 00 00"), "\(run.output)")
        let repl = JitterBinary.run([], input: ".match nasm\nmov rax, 1\n.match\n.match llvm\nmov rax, 1\n")
        #expect(repl.output.contains("match: nasm (nasm's encodings)"))
        #expect(repl.output.contains("0000: b8 01 00 00 00"))
        #expect(repl.output.contains("match: llvm (llvm-mc's encodings)"))
        #expect(repl.output.contains("0000: 48 c7 c0 01 00 00 00"))
    }
}
