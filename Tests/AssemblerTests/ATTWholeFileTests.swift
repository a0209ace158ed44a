import Diagnostics
import IntelSyntax
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
}
