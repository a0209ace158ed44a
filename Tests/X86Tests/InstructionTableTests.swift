import Testing
import X86

@Suite struct InstructionTableTests {
    @Test func everyRowParses() {
        let errors = InstructionSet.shared.errors.map(\.description)
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func everyRowPrintsBackUnchanged() {
        for row in InstructionSet.shared.rows {
            let line = Substring(row.text)
            guard case .success(let reparsed)? = InstructionTableParser.row(line) else {
                Issue.record("row does not reparse: \(row.text)")
                continue
            }
            #expect(reparsed == row)
        }
    }

    @Test func noRowIsRepeated() {
        var seen = Set<String>()
        for row in InstructionSet.shared.rows {
            #expect(seen.insert(row.text).inserted, "repeated row: \(row.text)")
        }
    }

    @Test func conditionCodeRowsExpandToEveryAlias() throws {
        // SDM Vol. 2, Jcc: JNAE/JB/JC share 72 cb.
        for name in ["jb", "jc", "jnae"] {
            let mnemonic = try #require(Mnemonic(name))
            let forms = InstructionSet.shared.forms(of: mnemonic)
            #expect(forms.contains { $0.opcode.opcode == [0x70] && $0.condition == 2 })
        }
    }
}
