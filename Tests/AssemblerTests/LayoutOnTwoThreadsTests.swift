import IntelSyntax
import ObjectFile
import TestSupport
import Testing

/// A file with more branches to labels and more RIP-relative label addresses than the passes
/// after the parse do on one thread (``SplitWork``): finding each branch's target, writing the
/// branches' bytes and working out the fixups are shared with a second thread. The bytes and
/// the errors must be what one thread makes of them.
@Suite struct LayoutOnTwoThreadsTests {
    static let labels = 40_000

    /// Short branches to the next label, now and then one far back or ahead (near), and an
    /// address of a label by RIP: 40,000 branch fragments and 40,000 fixups.
    static func source(undefinedAt lines: Set<Int> = []) -> String {
        var text = ".intel_syntax noprefix\n"
        var line = 1
        for i in 0..<labels {
            text += "L\(i):\n    jne L\(i + 1)\n"
            text += lines.contains(line + 3) ? "    lea rax, [rip + nowhere\(i)]\n" : "    lea rax, [rip + L\((i * 7919) % labels)]\n"
            line += 3
            if i % 97 == 0 {
                text += "    jmp L\((i * 104_729) % labels)\n"
                line += 1
            }
        }
        text += "L\(labels):\n    ret\n"
        return text
    }

    @Test func flatBinaryAgreesWithLLVMMC() throws {
        try expectFlatBinaryAgreesWithLLVMMC(LayoutOnTwoThreadsTests.source(), named: "layout.s")
    }

    /// In an object every branch and address here is to a label of its own section: resolved
    /// in place, no relocation, the same bytes as the flat binary's; its 40,001 labels, listed
    /// (on two threads), at the places llvm-mc's object gives them.
    @Test func objectTextAgreesWithLLVMMC() throws {
        let source = LayoutOnTwoThreadsTests.source()
        let path = TemporaryFolder.file(named: "layout-object.s", contents: source)
        let assembly = FileAssembly(name: "layout-object.s", bytes: Array(source.utf8), options: FileAssembly.objectOptions)
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let text = try #require(assembly.object?.sections.first { $0.name == ".text" })
        #expect(text.relocations.isEmpty)
        let expected = try Oracle.llvmMCText(path: path)
        let same = text.bytes == expected
        #expect(same, "\(firstDifference(text.bytes, expected))")
        let object = try #require(assembly.object)
        var symbols: [String: UInt64] = [:]
        for index in object.symbols.indices { symbols[object.name(ofSymbol: index)] = object.symbols[index].value }
        let expectedSymbols = try Oracle.llvmMCSymbols(path: path)
        #expect(expectedSymbols.count == LayoutOnTwoThreadsTests.labels + 1)
        let sameSymbols = symbols == expectedSymbols
        #expect(sameSymbols, "\(symbols.count) symbols against llvm-mc's \(expectedSymbols.count)")
    }

    /// Undefined labels in both halves of the fixups are reported in line order, each at its
    /// line (counted by hand: three lines a label, and one more after every 97th).
    @Test func errorsInBothHalvesAreReportedInOrder() {
        // Label 10 starts at line 2 + 3 * 10 + 1 (the `jmp`s after labels 0) = 33: its
        // `lea` is line 35. Label 30,000: 2 + 90,000 + 310 (labels 0, 97, …, 29,973) = 90,312,
        // its `lea` 90,314.
        let source = LayoutOnTwoThreadsTests.source(undefinedAt: [35, 90_314])
        let assembly = FileAssembly(name: "undefined.s", bytes: Array(source.utf8))
        #expect(assembly.diagnostics.map(\.line) == [35, 90_314])
        let rendered = assembly.renderedDiagnostics()
        #expect(rendered.contains("undefined.s:35:21: error: "))
        #expect(rendered.contains("undefined.s:90314:21: error: "))
    }
}
