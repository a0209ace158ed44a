import Foundation
import Jitter
import TestSupport
import Testing
@testable import X86Assembler

/// The generated builder methods (`Sources/X86Assembler/Generated/`) are what the generator
/// makes of the table: a row added without regenerating would have no method.
@Suite struct GeneratedBuilderTests {
    static let folder = JitterBinary.packageRoot + "/Sources/X86Assembler/Generated/"

    /// Fails while a generated file and the table disagree; `Scripts/generate-builder` (which
    /// runs this test with JITTER_REGENERATE=1) rewrites them instead.
    @Test(arguments: ["CodeBuilder+Mnemonics.swift", "CodeOperand+Registers.swift"])
    func generatedFileIsCurrent(_ name: String) throws {
        let expected = name.hasPrefix("CodeBuilder")
            ? BuilderGenerator.mnemonicsSource(of: InstructionSet(tables: InstructionTables.all))
            : BuilderGenerator.registersSource()
        let path = GeneratedBuilderTests.folder + name
        if ProcessInfo.processInfo.environment["JITTER_REGENERATE"] == "1" {
            try expected.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let actual = try String(contentsOfFile: path, encoding: .utf8)
        guard actual != expected else { return }
        let mine = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let theirs = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(mine, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(mine.count, theirs.count)
        let found = line < mine.count ? String(mine[line]) : "(end of file)"
        let wanted = line < theirs.count ? String(theirs[line]) : "(end of file)"
        Issue.record("\(path) is out of date: run Scripts/generate-builder. Line \(line + 1) is\n  \(found)\nand should be\n  \(wanted)")
    }

    /// Every mnemonic of the table has its method, and every mnemonic with branch forms also
    /// takes a label.
    @Test func everyMnemonicIsReachable() throws {
        let source = try String(contentsOfFile: GeneratedBuilderTests.folder + "CodeBuilder+Mnemonics.swift", encoding: .utf8)
        var methods = Set<String>()
        var labelMethods = Set<String>()
        for line in source.split(separator: "\n") where line.hasPrefix("    public func ") {
            let name = line.dropFirst("    public func ".count).prefix { $0 != "(" }.filter { $0 != "`" }
            if line.contains("(_ target: Label") { labelMethods.insert(String(name)) } else { methods.insert(String(name)) }
        }
        let set = InstructionSet.shared
        var missing: [String] = []
        for name in set.mnemonics {
            if !methods.contains(name) { missing.append(name) }
            if let mnemonic = Mnemonic(name), set.hasRelativeForms(mnemonic), !labelMethods.contains(name) {
                missing.append(name + " (label)")
            }
        }
        #expect(missing.isEmpty, "no method for: \(missing.prefix(20).joined(separator: ", "))")
    }
}
