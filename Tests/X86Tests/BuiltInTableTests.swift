import Foundation
import TestSupport
import Testing
@testable import X86

/// The compiled table (`Sources/X86/Generated/BuiltInTable.swift`) is the table text: the
/// encoder starts from it, so a row changed without regenerating would be ignored.
@Suite struct BuiltInTableTests {
    static let path = JitterBinary.packageRoot + "/Sources/X86/Generated/BuiltInTable.swift"

    /// Fails while the generated file and the rows disagree; `Scripts/generate-tables` (which
    /// runs this test with JITTER_REGENERATE=1) rewrites the file instead.
    @Test func generatedFileMatchesTheRows() throws {
        let expected = BuiltInForms.source(of: InstructionSet(tables: InstructionTables.all))
        if ProcessInfo.processInfo.environment["JITTER_REGENERATE"] == "1" {
            try expected.write(toFile: BuiltInTableTests.path, atomically: true, encoding: .utf8)
            return
        }
        let actual = try String(contentsOfFile: BuiltInTableTests.path, encoding: .utf8)
        #expect(actual == expected, "\(BuiltInTableTests.path) is out of date: run Scripts/generate-tables")
    }

    /// Decoding gives back every field of every form, the mnemonics and their forms.
    @Test func sharedSetEqualsTheSetReadFromText() {
        let parsed = InstructionSet(tables: InstructionTables.all)
        let shared = InstructionSet.shared
        #expect(shared.encodingForms.count == parsed.encodingForms.count)
        #expect(shared.mnemonics == parsed.mnemonics)
        var differing: [String] = []
        for (mine, theirs) in zip(shared.encodingForms, parsed.encodingForms) where describe(mine) != describe(theirs) {
            differing.append("\(describe(mine))\n  vs \(describe(theirs))")
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).joined(separator: "\n"))")
        // The buckets built ahead are the ones the forms give.
        #expect(shared.formBuckets.keys == parsed.formBuckets.keys)
        #expect(shared.formBuckets.spans == parsed.formBuckets.spans)
        #expect(shared.formBuckets.positions == parsed.formBuckets.positions)
        for id in 0..<parsed.mnemonicCount {
            let mnemonic = Mnemonic(id: UInt16(id))
            #expect(shared.formIndices(of: mnemonic) == parsed.formIndices(of: mnemonic))
            #expect(shared.name(of: mnemonic) == parsed.name(of: mnemonic))
        }
    }

    /// Every field, spelled out.
    private func describe(_ form: EncodingForm) -> String {
        var parts: [String] = [
            "\(form.operandCount)", "\(form.patterns)", "\(form.roleSlots)", "\(Array(form.opcode))", "\(form.map)",
            "\(form.mandatoryPrefix)", "\(form.addend)", "\(form.modRM)", "\(form.operandSize16)", "\(form.rexW)",
            "\(form.addressSize32)", "\(String(describing: form.firstImmediateSize))",
            "\(String(describing: form.secondImmediateSize))", "\(String(describing: form.relativeSize))",
            "\(String(describing: form.vex))", "\(String(describing: form.suffix))", "\(form.registerInImmediate)",
            "\(form.attributes.rawValue)", "\(String(describing: form.condition))", "\(form.operandSize)",
            "\(form.index)", "\(form.mnemonic)", "\(form.hasRelativeOperand)", "\(form.waitPrefix)",
            "\(form.registerOnlyModRM)",
        ]
        parts.append(String(EncodingFilter.word(form), radix: 16))
        return parts.joined(separator: " ")
    }
}
