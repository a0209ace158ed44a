import Diagnostics
import IntelSyntax
import Testing
import X86Assembler

/// GNU's `.s` suffix (the other of two forms) is cut off a word of any length: words of up to
/// eighteen bytes are packed with their last two in the top bits, which the stem must not keep.
@Suite struct SwappedSuffixTests {
    @Test(arguments: [SourceSyntax.intel, .att])
    func wordsOfEveryLengthEndingInDotS(_ syntax: SourceSyntax) {
        let operands = syntax == .intel ? "xmm4, xmm6" : "%xmm6, %xmm4"
        for length in 1...20 {
            let word = "m" + String(repeating: "7", count: length) + "aps.s"
            let file = SourceFile(name: "t.s", text: "\(word) \(operands)\n")
            let assembly = SourceAssembly(file, syntax: syntax)
            #expect(assembly.diagnostics.map(\.diagnostic.message) == ["unknown instruction '\(word)'"], "\(word)")
        }
    }

    /// GNU as: `add.s cl, dl` takes the form with the registers the other way round, `02 ca`.
    @Test func theSuffixStillChoosesTheOtherForm() {
        let assembly = SourceAssembly(SourceFile(name: "t.s", text: ".intel_syntax noprefix\nadd.s cl, dl\n"))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.image.code == [0x02, 0xCA])
    }
}
