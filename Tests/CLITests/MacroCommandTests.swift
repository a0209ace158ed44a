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
