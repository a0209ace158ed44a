import Testing
import X86

/// The facts rows of the x87, MMX, SSE, AVX and related extensions say what the SDM's "Flags
/// Affected" sections say, and take their operand access from the operand count.
@Suite struct VectorFactsTests {
    private func facts(_ name: String) throws -> MnemonicFacts {
        try #require(InstructionFacts.shared.facts(for: name), "no facts row for \(name)")
    }

    // SDM, COMISS/UCOMISS: "The ZF, PF, and CF flags in the EFLAGS register are set according to
    // the result (unordered, greater than, less than, or equal). The OF, SF, and AF flags are set to 0."
    @Test(arguments: ["comiss", "comisd", "ucomiss", "ucomisd", "vcomiss", "vucomisd", "fcomi", "fucomip"])
    func orderedComparesWriteZeroParityAndCarry(_ name: String) throws {
        let facts = try facts(name)
        #expect(facts.flags.written == [.zf, .pf, .cf])
        #expect(facts.flags.cleared == [.of, .sf, .af])
    }

    // SDM, PTEST: "The OF, AF, PF, SF flags are cleared and the ZF, CF flags are set according to
    // the operation." VTESTPS/VTESTPD likewise.
    @Test(arguments: ["ptest", "vptest", "vtestps", "vtestpd"])
    func bitTestsWriteZeroAndCarry(_ name: String) throws {
        let facts = try facts(name)
        #expect(facts.flags.written == [.zf, .cf])
        #expect(facts.flags.cleared == [.of, .sf, .af, .pf])
    }

    // SDM, PCMPESTRI: "CFlag - Reset if IntRes2 is equal to zero, set otherwise; ZFlag - Set if
    // absolute-value of EDX is < 16 (8); SFlag - ...; OFlag - IntRes2[0]; AFlag - Reset; PFlag - Reset."
    @Test(arguments: ["pcmpestri", "pcmpestrm", "pcmpistri", "vpcmpistrm"])
    func stringComparesWriteFourFlags(_ name: String) throws {
        let facts = try facts(name)
        #expect(facts.flags.written == [.cf, .zf, .sf, .of])
        #expect(facts.flags.cleared == [.af, .pf])
    }

    // SDM, AESENC128KL: "ZF is set to 0 if ... ; OF, SF, AF, PF, CF are all set to 0."
    @Test(arguments: ["aesenc128kl", "aesdec256kl", "loadiwkey"])
    func keyLockerReportsThroughZero(_ name: String) throws {
        let facts = try facts(name)
        #expect(facts.flags.written == .zf)
        #expect(facts.flags.cleared == [.of, .sf, .af, .pf, .cf])
    }

    // SDM, FCMOVcc: "Tests the status flags in the EFLAGS register": B is CF=1, E is ZF=1, BE is
    // CF=1 or ZF=1, U is PF=1.
    static let floatingMoves: [(String, StatusFlags)] = [
        ("fcmovb", .cf), ("fcmove", .zf), ("fcmovbe", [.cf, .zf]), ("fcmovnu", .pf),
    ]

    @Test(arguments: floatingMoves)
    func floatingConditionalMovesReadTheirCondition(name: String, flags: StatusFlags) throws {
        let facts = try facts(name)
        #expect(facts.flags.read == flags)
        #expect(facts.flags.changed.isEmpty)
    }

    @Test(arguments: ["addps", "vfmadd231ps", "paddb", "fadd", "pshufb", "aesenc", "vzeroupper", "kmovw", "tdpbssd"])
    func arithmeticOnVectorsLeavesRflagsAlone(_ name: String) throws {
        #expect(try facts(name).flags.isEmpty)
    }

    /// Legacy SSE forms have two operands and VEX forms three: one row serves both.
    @Test func legacyFormsReadTheirDestinationAndVEXFormsDoNot() throws {
        let addps = try facts("addps")
        #expect(addps.access(ofOperand: 0, count: 2) == .readWrite)
        let vaddps = try facts("vaddps")
        #expect(vaddps.access(ofOperand: 0, count: 3) == .write)
        #expect(vaddps.access(ofOperand: 1, count: 3) == .read)
    }

    /// The floating-point rows name the MXCSR exceptions; DIVPS alone of these can divide by zero.
    @Test func divisionNamesTheDivideByZeroException() throws {
        #expect(try facts("divps").note?.contains("divide-by-zero") == true)
        #expect(try facts("mulps").note?.contains("divide-by-zero") == false)
        #expect(try facts("sqrtsd").note?.contains("MXCSR: invalid") == true)
    }

    /// x87 notes say what happens to the register stack.
    @Test func x87NotesSayWhatHappensToTheStack() throws {
        #expect(try facts("fld").note?.hasPrefix("pushes") == true)
        #expect(try facts("fstp").note?.hasPrefix("pops") == true)
        #expect(try facts("fcompp").note?.hasPrefix("pops twice") == true)
    }

    /// MOVSD and CMPSD name a string instruction and an SSE2 one: one row each, covering both.
    @Test func stringAndScalarDoubleShareTheirName() throws {
        let movsd = try facts("movsd")
        #expect(movsd.summary.contains("string") && movsd.summary.contains("scalar double"))
        let cmpsd = try facts("cmpsd")
        #expect(cmpsd.access(ofOperand: 0, count: 3) == .readWrite)
        #expect(cmpsd.note?.contains("SSE2") == true)
    }

    /// `PFACC` ends in "acc", not a condition code: it reads as a plain row.
    @Test func threeDNowAccumulateIsNotAConditionRow() throws {
        let facts = try facts("pfacc")
        #expect(facts.condition == nil)
        #expect(facts.flags.isEmpty)
    }

    /// Every comparison predicate has its pseudo-op: 8 legacy, 32 VEX, 8 XOP.
    @Test func everyPredicatePseudoOpHasARow() throws {
        let legacy = ["eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord"]
        let vex = legacy + [
            "eq_uq", "nge", "ngt", "false", "neq_oq", "ge", "gt", "true", "eq_os", "lt_oq", "le_oq", "unord_s",
            "neq_us", "nlt_uq", "nle_uq", "ord_s", "eq_us", "nge_uq", "ngt_uq", "false_os", "neq_os", "ge_oq", "gt_oq",
            "true_us",
        ]
        for suffix in ["ps", "pd", "ss", "sd"] {
            for predicate in legacy { _ = try facts("cmp" + predicate + suffix) }
            for predicate in vex { _ = try facts("vcmp" + predicate + suffix) }
        }
        for predicate in ["lt", "le", "gt", "ge", "eq", "neq", "false", "true"] {
            for type in ["b", "w", "d", "q", "ub", "uw", "ud", "uq"] { _ = try facts("vpcom" + predicate + type) }
        }
        for pair in ["lqlq", "hqlq", "lqhq", "hqhq"] {
            _ = try facts("pclmul" + pair + "dq")
            _ = try facts("vpclmul" + pair + "dq")
        }
    }
}
