import Testing
import TestSupport

/// Macros through `jitter encode` and `jitter asm`: the one-line-per-input-line contract and
/// the include-path options.
@Suite struct MacroCommandTests {
    @Test func encodeShowsAnExpansionOnItsCallLine() {
        // nasm -f bin: nop → 90; the call of `two` → 90 cc; mov eax, 1 → b8 01 00 00 00.
        let input = "nop\n%macro two 0\n nop\n int3\n%endmacro\n two\n mov eax, 1\n"
        let result = JitterBinary.run(["encode"], input: input)
        #expect(result.output == "90\n\n\n\n\n90 cc\nb8 01 00 00 00\n")
        #expect(result.exitCode == 0)
    }

    @Test func aFileWithMacrosRunsAsItsExpansion() {
        // llvm-mc: mov eax, 1 [0xb8,0x01,0x00,0x00,0x00]; add eax, 5 [0x83,0xc0,0x05]; ret [0xc3].
        // By hand: 1 + 5 + 5 = 11. Each expanded line is listed beside its own text.
        let path = TemporaryFolder.file(named: "twice.asm", contents: "%macro addtwice 2\n add %1, %2\n add %1, %2\n%endmacro\n"
            + "mov eax, 1\naddtwice eax, 5\nret\n")
        let result = JitterBinary.run(["--no-color", path], input: "", mergeStandardError: true)
        #expect(result.output.contains("0005: 83 c0 05"), "\(result.output)")
        #expect(result.output.contains("0008: 83 c0 05"))
        #expect(result.output.contains("rax = 0x000000000000000b = 11"))
        #expect(result.exitCode == 0)
        // A preprocessor error stops the file before anything runs, named by file and line.
        let bad = TemporaryFolder.file(named: "open.asm", contents: "%macro open 1\nnop\n")
        let failed = JitterBinary.run(["--no-color", bad], input: "", mergeStandardError: true)
        #expect(failed.output.contains("open.asm:1: error: '%macro' has no matching '%endmacro'"), "\(failed.output)")
        #expect(failed.exitCode == 1)
    }

    @Test func encodeShowsARepeatOnItsBodyLine() {
        // as --64: .rept 3 / inc eax / .endr → ff c0 three times.
        let result = JitterBinary.run(["encode"], input: ".rept 3\ninc eax\n.endr\nret\n")
        #expect(result.output == "\nff c0 ff c0 ff c0\n\nc3\n")
    }

    @Test func warningsDoNotStopTheOutput() {
        // nasm -f bin: ret → c3 (nasm also prints the warning and writes the file).
        let asm = JitterBinary.run(["asm", "-", "-o", "-"], input: "%warning \"check this\"\nret\n")
        #expect(asm.exitCode == 0)
        #expect(asm.standardOutput == [0xc3])
        #expect(asm.error.contains("<stdin>:1:1: warning: check this"))
        let encode = JitterBinary.run(["encode"], input: "%warning \"check this\"\nret\n%error \"no\"\n")
        #expect(encode.output == "\nc3\nerror: no\n")
    }

    @Test func asmTakesIncludePaths() {
        let folder = TemporaryFolder.make()
        TemporaryFolder.makeFolder(folder + "/lib")
        TemporaryFolder.write(folder + "/lib/values.inc", contents: "%define VALUE 7\n")
        // nasm -f bin -i lib/: mov eax, 7 → b8 07 00 00 00.
        let result = JitterBinary.run(["asm", "-i", folder + "/lib/", "-", "-o", "-"], input: "%include \"values.inc\"\nmov eax, VALUE\n")
        #expect(result.error == "")
        #expect(result.standardOutput == [0xb8, 0x07, 0x00, 0x00, 0x00])
        let missing = JitterBinary.run(["asm", "-", "-o", "-"], input: "%include \"values.inc\"\nmov eax, VALUE\n")
        #expect(missing.exitCode == 1)
        #expect(missing.error.contains("<stdin>:1:1: error: cannot find include file 'values.inc'"))
    }

    @Test func encodeTakesGNUIncludePaths() {
        let folder = TemporaryFolder.make()
        TemporaryFolder.makeFolder(folder + "/inc")
        TemporaryFolder.write(folder + "/inc/zero.s", contents: ".macro zero reg\n xor \\reg, \\reg\n.endm\n")
        // as --64 -I inc: xor eax, eax → 31 c0.
        let result = JitterBinary.run(["encode", "-I", folder + "/inc"], input: ".include \"zero.s\"\nzero eax\n")
        #expect(result.output == "\n31 c0\n")
    }
}
