import Diagnostics
import IntelSyntax
import TestSupport
import Testing
import X86Assembler

/// Compiler output in AT&T syntax, assembled by Jitter and by GNU as and llvm-mc (linked by
/// GNU ld with each section where Jitter placed it), compared section by section.
@Suite struct ATTWholeFileTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        let path: String
        let oracle: Oracle.Assembler
        let syntax: SourceSyntax
        var testDescription: String { "\(path) (from \(syntax.rawValue))" }
    }

    /// Each file says `.att_syntax prefix` first, so it reads the same from either start. (GNU
    /// as does not know clang's `.addrsig`: llvm-mc alone checks clang's file.)
    @Test(arguments: [
        Sample(path: "Tests/AssemblerSamples/gcc-att-output.s", oracle: .gnuAs, syntax: .att),
        Sample(path: "Tests/AssemblerSamples/gcc-att-output.s", oracle: .llvmMC, syntax: .intel),
        Sample(path: "Tests/AssemblerSamples/clang-att-output.s", oracle: .llvmMC, syntax: .att),
        Sample(path: "Tests/AssemblerSamples/clang-att-output.s", oracle: .llvmMC, syntax: .intel),
    ])
    func agreesWithThePeers(_ sample: Sample) throws {
        let source = Repository.text(sample.path)
        #expect(!source.isEmpty, "cannot read \(sample.path)")
        let assembly = SourceAssembly(
            SourceFile(name: sample.path, text: source), options: AssemblerOptions(codeAddress: 0x40_1000), syntax: sample.syntax)
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let image = assembly.image
        let expected = try Oracle.assembleAndLink(source, with: sample.oracle, sections: image.sections.map { ($0.name, $0.address) })
        #expect(image.code.count > 300, "\(sample.path): only \(image.code.count) bytes of code")
        for section in image.sections where section.name != ".bss" {
            let ours: [UInt8]
            if section.name == ".text" {
                ours = image.code
            } else {
                let start = Int(section.address - image.dataAddress)
                ours = Array(image.data[start..<start + section.size])
            }
            let theirs = expected[section.name] ?? []
            #expect(ours == theirs, "\(sample.path) \(section.name): \(firstDifference(ours, theirs))")
        }
    }

    /// The benchmark's generated file (60k instructions, ~1.3 MB, big enough for two threads),
    /// printed in AT&T by llvm-mc: alone it assembles to the Intel file's bytes; after the
    /// Intel file, behind `.att_syntax` and with its labels renamed, the whole matches llvm-mc's
    /// `.text`, although the Intel lines were encoded ahead on a second thread.
    @Test func bigFileSwitchingSyntaxAgreesWithLLVMMC() throws {
        let folder = TemporaryFolder.make()
        let intel = folder + "/big.s", att = folder + "/big-att.s", mixed = folder + "/mixed.s"
        let generated = ProcessRunner.run(
            "/usr/bin/env", ["python3", Repository.root + "/Scripts/bench.d/gen.py", "60000", "-o", intel], timeout: 120)
        try #require(generated.exitCode == 0, "gen.py failed: \(generated.error)")
        let printed = ProcessRunner.run(
            "/usr/bin/env", ["llvm-mc", "-x86-asm-syntax=intel", "-output-asm-variant=0", intel, "-o", att], timeout: 120)
        try #require(printed.exitCode == 0, "llvm-mc failed: \(printed.error)")
        let renamed = ProcessRunner.run("/usr/bin/env", ["sed", "-E", "s/\\bL([0-9]+)\\b/A\\1/g", att], timeout: 120)
        try #require(renamed.exitCode == 0)
        let intelText = TemporaryFolder.read(intel) ?? []
        TemporaryFolder.write(mixed, contents: String(decoding: intelText, as: UTF8.self) + "\n.att_syntax prefix\n" + renamed.output)

        let alone = try FileAssembly.assemble(path: att, syntax: .att).get()
        #expect(alone.diagnostics.map(\.diagnostic.message) == [])
        let expectedAlone = try Oracle.llvmMCText(path: intel)
        #expect(alone.image.code == expectedAlone, "\(firstDifference(alone.image.code, expectedAlone))")

        let whole = try FileAssembly.assemble(path: mixed).get()
        #expect(whole.diagnostics.map(\.diagnostic.message) == [])
        #expect(intelText.count >= 1 << 20, "the Intel part must be big enough for two threads")
        let expected = try Oracle.llvmMCText(path: mixed)
        #expect(whole.image.code == expected, "\(firstDifference(whole.image.code, expected))")
    }
}
