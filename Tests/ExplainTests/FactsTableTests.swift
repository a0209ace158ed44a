import Testing
import X86

/// The mnemonic facts table: complete for the instruction table, readable, and saying what the
/// SDM's "Flags Affected" sections say.
@Suite struct FactsTableTests {
    @Test func everyRowReads() {
        #expect(InstructionFacts.shared.errors.map(\.message) == [])
    }

    @Test func everyMnemonicOfTheInstructionTableHasFacts() {
        let missing = InstructionSet.shared.mnemonics.filter { InstructionFacts.shared.facts(for: $0) == nil }
        #expect(missing == [], "add a row to Sources/X86/Facts/FactsRows.swift for each of these")
    }

    @Test func everySummaryIsOneLine() {
        for (name, facts) in InstructionFacts.shared.byMnemonic {
            #expect(!facts.summary.contains("\n"), "\(name)")
            #expect(facts.summary.count <= 70, "\(name): keep the summary to one short line")
        }
    }

    // SDM Vol. 2, ADC: "The OF, SF, ZF, AF, CF, and PF flags are set according to the result",
    // and the carry is an input.
    @Test func addWithCarryReadsAndWritesCarry() throws {
        let facts = try #require(InstructionFacts.shared.facts(for: "adc"))
        #expect(facts.flags.read == .cf)
        #expect(facts.flags.written == [.of, .sf, .zf, .af, .cf, .pf])
        #expect(facts.flags.cleared.isEmpty && facts.flags.undefined.isEmpty)
    }

    // SDM, AND: "The OF and CF flags are cleared; the SF, ZF, and PF flags are set according to
    // the result. The state of the AF flag is undefined."
    @Test func logicalAndClearsOverflowAndCarry() throws {
        let facts = try #require(InstructionFacts.shared.facts(for: "AND"))
        #expect(facts.flags.cleared == [.of, .cf])
        #expect(facts.flags.written == [.sf, .zf, .pf])
        #expect(facts.flags.undefined == .af)
    }

    // SDM, INC: "The CF flag is not affected."
    @Test func incrementLeavesCarryAlone() throws {
        let facts = try #require(InstructionFacts.shared.facts(for: "inc"))
        #expect(!facts.flags.changed.contains(.cf))
        #expect(facts.flags.unaffected == .cf)
    }

    // SDM, MUL: OF and CF from the upper half; "The SF, ZF, AF, and PF flags are undefined."
    @Test func multiplyLeavesMostFlagsUndefined() throws {
        let facts = try #require(InstructionFacts.shared.facts(for: "mul"))
        #expect(facts.flags.written == [.of, .cf])
        #expect(facts.flags.undefined == [.sf, .zf, .af, .pf])
    }

    @Test func carryAndDirectionFlagInstructions() {
        #expect(InstructionFacts.shared.facts(for: "stc")?.flags.set == .cf)
        #expect(InstructionFacts.shared.facts(for: "clc")?.flags.cleared == .cf)
        #expect(InstructionFacts.shared.facts(for: "cld")?.flags.cleared == .df)
    }

    // SDM Vol. 1 Table B-1: A/NBE is "CF=0 and ZF=0"; L/NGE is "SF≠OF".
    static let conditions: [(String, StatusFlags)] = [
        ("ja", [.cf, .zf]), ("jnbe", [.cf, .zf]), ("cmovl", [.sf, .of]), ("setnge", [.sf, .of]), ("jz", .zf),
        ("setpo", .pf), ("cmovg", [.zf, .sf, .of]),
    ]

    @Test(arguments: conditions)
    func conditionCodesResolveToTheFlagsTheyTest(name: String, flags: StatusFlags) throws {
        let facts = try #require(InstructionFacts.shared.facts(for: name))
        #expect(facts.flags.read == flags)
        #expect(facts.condition != nil)
        #expect(facts.mnemonic == name.uppercased())
    }

    @Test func anExactRowWinsOverAConditionStem() {
        #expect(InstructionFacts.shared.facts(for: "jmp")?.condition == nil)
        #expect(InstructionFacts.shared.facts(for: "jrcxz")?.summary == "Jump if rcx is 0")
        #expect(InstructionFacts.shared.facts(for: "jfoo") == nil)
    }

    @Test func accessDependsOnTheOperandCount() throws {
        let imul = try #require(InstructionFacts.shared.facts(for: "imul"))
        #expect(imul.access(ofOperand: 0, count: 1) == .read)
        #expect(imul.access(ofOperand: 0, count: 2) == .readWrite)
        #expect(imul.access(ofOperand: 0, count: 3) == .write)
        let cmp = try #require(InstructionFacts.shared.facts(for: "cmp"))
        #expect(!cmp.access(ofOperand: 0, count: 2).writes)
    }

    @Test func flagColumnPrintsBackAsWritten() throws {
        let text = "reads CF; writes OF SF ZF AF CF PF"
        let parsed = try FlagEffects.parse(text[...]).get()
        #expect(parsed.0.text == text)
        #expect(!parsed.readsCondition)
    }

    @Test(arguments: [
        "ADD | Add | writes XF | rw r",
        "ADD | Add | toggles CF | rw r",
        "ADD | Add | reads cc | rw r",
        "Jcc | Jump | none | r",
        "ADD | Add | none | rw q",
        "ADD | Add | none",
        " | Add | none | r",
    ])
    func badRowsAreErrors(row: String) {
        guard case .failure? = InstructionFacts.parse(row[...]) else {
            Issue.record("'\(row)' should not read")
            return
        }
    }

    @Test func duplicateRowsAreErrors() {
        let facts = InstructionFacts(rows: "ADD | Add | none | rw r\nADD | Add again | none | rw r")
        #expect(facts.errors.count == 1)
    }
}
