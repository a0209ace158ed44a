import Diagnostics
import IntelSyntax
import TestSupport
import Testing
import X86Assembler

/// Whole files assembled by Jitter and by the peers, compared byte for byte.
@Suite struct WholeFileTests {
    /// GNU-syntax files: llvm-mc (or GNU as) assembles, GNU ld places each section where
    /// Jitter did, objcopy extracts each section.
    @Test(arguments: [
        "Tests/AssemblerSamples/gnu-branches.s", "Tests/AssemblerSamples/gnu-data.s",
        "Tests/AssemblerSamples/gnu-align.s", "Tests/AssemblerSamples/gnu-sections.s",
        "examples/hello-gnu.asm", "Tests/AssemblerSamples/clang-output.s",
    ])
    func agreesWithLLVMMC(_ path: String) throws {
        try agrees(path, with: .llvmMC)
    }

    /// GCC's output uses GNU-only spellings (`.L4[rip]`, `.`) llvm-mc rejects: GNU as is the oracle.
    @Test(arguments: [
        "Tests/AssemblerSamples/gcc-output.s", "Tests/AssemblerSamples/gcc-absolute.s",
        "Tests/AssemblerSamples/gnu-symbol-operands.s",
    ])
    func agreesWithGNUAs(_ path: String) throws {
        try agrees(path, with: .gnuAs)
    }

    private func agrees(_ path: String, with assembler: Oracle.Assembler) throws {
        let source = Repository.text(path)
        #expect(!source.isEmpty, "cannot read \(path)")
        let assembly = SourceAssembly(SourceFile(name: path, text: source), options: AssemblerOptions(codeAddress: 0x40_1000))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let image = assembly.image
        let expected = try Oracle.assembleAndLink(source, with: assembler, sections: image.sections.map { ($0.name, $0.address) })
        for section in image.sections where section.name != ".bss" {
            let ours: [UInt8]
            if section.name == ".text" {
                ours = image.code
            } else {
                let start = Int(section.address - image.dataAddress)
                ours = Array(image.data[start..<start + section.size])
            }
            let theirs = expected[section.name] ?? []
            #expect(ours == theirs, "\(path) \(section.name): \(firstDifference(ours, theirs))")
        }
    }

    /// NASM files: `nasm -f bin` is the oracle for the flat binary `jitter asm` writes.
    @Test(arguments: [
        "examples/hello-nasm.asm", "Tests/AssemblerSamples/nasm-features.asm", "Tests/AssemblerSamples/nasm-boot-sector.asm",
    ])
    func agreesWithNASM(_ path: String) throws {
        let source = Repository.text(path)
        let assembly = FileAssembly(name: path, bytes: Array(source.utf8))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let expected = try Oracle.nasm(source)
        let ours = flatBinary(assembly.image)
        #expect(ours == expected, "\(path): \(firstDifference(ours, expected))")
    }

    /// A file big enough to be encoded on two threads (the benchmark's generator, 60k
    /// instructions, ~1.3 MB), against llvm-mc's `.text`.
    @Test func bigFileOnTwoThreadsAgreesWithLLVMMC() throws {
        let folder = TemporaryFolder.make()
        let path = folder + "/big.s"
        let generated = ProcessRunner.run(
            "/usr/bin/env", ["python3", Repository.root + "/Scripts/bench.d/gen.py", "60000", "-o", path], timeout: 120)
        try #require(generated.exitCode == 0, "gen.py failed: \(generated.error)")
        let assembly = try FileAssembly.assemble(path: path).get()
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let bytes = TemporaryFolder.read(path) ?? []
        #expect(bytes.count >= 1 << 20, "the file must be big enough for two threads")
        let expected = try Oracle.llvmMCText(path: path)
        #expect(assembly.image.code == expected, "\(firstDifference(assembly.image.code, expected))")
    }

    /// On two threads, errors still name their lines, and every other line is assembled.
    @Test func bigFileOnTwoThreadsReportsErrorsByLine() throws {
        let folder = TemporaryFolder.make()
        let path = folder + "/big.s"
        let generated = ProcessRunner.run(
            "/usr/bin/env", ["python3", Repository.root + "/Scripts/bench.d/gen.py", "60000", "-o", path], timeout: 120)
        try #require(generated.exitCode == 0, "gen.py failed: \(generated.error)")
        var lines = String(decoding: TemporaryFolder.read(path) ?? [], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        lines.insert("\tmov al, 300", at: 30000)
        lines.insert("\tjmp nowhere", at: 45000)
        let edited = TemporaryFolder.file(named: "edited.s", contents: lines.joined(separator: "\n"))
        let assembly = try FileAssembly.assemble(path: edited).get()
        #expect(assembly.diagnostics.map(\.line) == [30001, 45001])
        #expect(assembly.diagnostics.map { String($0.diagnostic.message.prefix(12)) } == ["immediate 30", "undefined sy"])
        let rendered = assembly.renderedDiagnostics()
        #expect(rendered.contains("edited.s:30001:10: error: immediate 300 is out of range"))
    }

    /// On two threads a `;` keeps its meaning: after `.intel_syntax` it starts a second
    /// statement (GNU as's reading), in a NASM file a comment (NASM's), against both peers.
    @Test(arguments: [true, false])
    func bigFileOnTwoThreadsReadsSemicolonsByDialect(gnu: Bool) throws {
        // About 1.4 MB, so that the second thread takes part.
        let body = String(repeating: "mov eax, 1; mov ebx, 2\nadd ecx, edx ;\n", count: 36_000)
        let source = (gnu ? ".intel_syntax noprefix\n" : "bits 64\n") + body
        let assembly = FileAssembly(name: "semicolons.s", bytes: Array(source.utf8))
        #expect(source.utf8.count >= 1 << 20, "the file must be big enough for two threads")
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let expected = gnu
            ? try Oracle.llvmMCText(path: TemporaryFolder.file(named: "semicolons.s", contents: source))
            : try Oracle.nasm(source)
        // Compared first: a failed comparison of megabyte arrays would print them whole.
        let same = assembly.image.code == expected
        #expect(same, "\(firstDifference(assembly.image.code, expected))")
    }

    /// The flat binary as `FileAssembly.writeFlatBinary` lays it out.
    private func flatBinary(_ image: ProgramImage) -> [UInt8] {
        var bytes = image.code
        guard image.data.count > image.uninitializedSize else { return bytes }
        bytes += Array(repeating: 0, count: Int(image.dataAddress - image.codeAddress) - bytes.count)
        bytes += image.data[0..<image.data.count - image.uninitializedSize]
        return bytes
    }
}

/// Where two byte strings first differ, and the bytes around it.
func firstDifference(_ ours: [UInt8], _ theirs: [UInt8]) -> String {
    let index = (0..<min(ours.count, theirs.count)).first { ours[$0] != theirs[$0] } ?? min(ours.count, theirs.count)
    if index == ours.count && index == theirs.count { return "same" }
    func window(_ bytes: [UInt8]) -> String {
        let start = max(0, index - 4)
        return bytes[start..<min(bytes.count, index + 8)].map { String($0, radix: 16) }.joined(separator: " ")
    }
    return "first difference at offset \(index) (sizes \(ours.count) and \(theirs.count)): ours \(window(ours)) | theirs \(window(theirs))"
}

/// Assembles `source` (written to a file named `name`) as a flat binary, and expects no error
/// and llvm-mc's `.text` bytes.
func expectFlatBinaryAgreesWithLLVMMC(_ source: String, named name: String) throws {
    let path = TemporaryFolder.file(named: name, contents: source)
    let assembly = try FileAssembly.assemble(path: path).get()
    #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
    let expected = try Oracle.llvmMCText(path: path)
    let same = assembly.image.code == expected
    #expect(same, "\(firstDifference(assembly.image.code, expected))")
}
