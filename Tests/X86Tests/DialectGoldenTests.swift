import Diagnostics
import IntelSyntax
import Testing
import X86
import X86Assembler
import X86Encoder

/// Each dialect's rows (Fixtures/dialect-*.txt, bytes from nasm, GNU as and llvm-mc by
/// Scripts/dialect-rows), encoded with that dialect's choices.
@Suite struct DialectGoldenTests {
    @Test(arguments: GoldenRow.load("dialect-nasm.txt"))
    func nasmRow(_ row: GoldenRow) {
        #expect(DialectGolden.assemble(row.text, .nasm) == row.bytes, "\(row.file):\(row.line)")
    }

    @Test(arguments: GoldenRow.load("dialect-gas.txt"))
    func gasRow(_ row: GoldenRow) {
        #expect(DialectGolden.assemble(row.text, .gas) == row.bytes, "\(row.file):\(row.line)")
    }

    @Test(arguments: GoldenRow.load("dialect-llvm.txt"))
    func llvmRow(_ row: GoldenRow) {
        #expect(DialectGolden.assemble(row.text, .llvm) == row.bytes, "\(row.file):\(row.line)")
    }

    /// The default stays llvm-mc's: the llvm rows come out the same without a dialect.
    @Test(arguments: GoldenRow.load("dialect-llvm.txt"))
    func defaultIsLLVM(_ row: GoldenRow) {
        #expect(DialectGolden.assemble(row.text, nil) == row.bytes, "\(row.file):\(row.line)")
    }

    /// The encoder keeps the mnemonics GNU as reads differently as 12-bit numbers.
    @Test func mnemonicNumbersFitTwelveBits() {
        #expect(InstructionSet.shared.mnemonicCount < 0xFFF)
    }

    @Test func fixturesAreThere() {
        for name in ["dialect-nasm.txt", "dialect-gas.txt", "dialect-llvm.txt"] {
            #expect(GoldenRow.load(name).count > 15, "\(name) is missing")
        }
    }

    /// Each fixture line that the other dialects encode differently is a case the dialect
    /// exists for: at least one per file, or the fixtures test nothing.
    @Test func fixturesHoldDifferences() {
        let nasm = GoldenRow.load("dialect-nasm.txt").filter { DialectGolden.assemble($0.text, .llvm) != $0.bytes }
        let gas = GoldenRow.load("dialect-gas.txt").filter { DialectGolden.assemble($0.text, .llvm) != $0.bytes }
        #expect(nasm.count > 10)
        #expect(gas.count > 10)
    }
}

enum DialectGolden {
    /// `text` assembled alone with `dialect`'s choices (nil: the default options), as hex or
    /// `error: …`.
    static func assemble(_ text: String, _ dialect: EncodingDialect?) -> String {
        var options = AssemblerOptions()
        if let dialect { options.encodingDialect = dialect }
        let assembly = SourceAssembly(SourceFile(name: "row", text: text), options: options)
        return Golden.rendered(assembly)
    }
}
