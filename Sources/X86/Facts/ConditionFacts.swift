/// What each of the sixteen condition codes tests (SDM Vol. 1, Appendix B, "EFLAGS Condition Codes").
public struct ConditionFacts: Sendable, Hashable {
    /// The code's value (added to `70`, `0F 80`, `0F 40`, `0F 90`).
    public let code: UInt8
    /// What the condition means after a `cmp a, b` (`above (unsigned a > b)`).
    public let meaning: String
    /// The test on the flags (`CF=0 and ZF=0`).
    public let test: String
    /// The flags the test reads.
    public let flags: StatusFlags

    /// Indexed by code, as ``ConditionCode/spellings`` is.
    public static let all: [ConditionFacts] = [
        ConditionFacts(code: 0x0, meaning: "overflow", test: "OF=1", flags: .of),
        ConditionFacts(code: 0x1, meaning: "not overflow", test: "OF=0", flags: .of),
        ConditionFacts(code: 0x2, meaning: "below (unsigned <)", test: "CF=1", flags: .cf),
        ConditionFacts(code: 0x3, meaning: "above or equal (unsigned >=)", test: "CF=0", flags: .cf),
        ConditionFacts(code: 0x4, meaning: "equal (zero)", test: "ZF=1", flags: .zf),
        ConditionFacts(code: 0x5, meaning: "not equal (not zero)", test: "ZF=0", flags: .zf),
        ConditionFacts(code: 0x6, meaning: "below or equal (unsigned <=)", test: "CF=1 or ZF=1", flags: [.cf, .zf]),
        ConditionFacts(code: 0x7, meaning: "above (unsigned >)", test: "CF=0 and ZF=0", flags: [.cf, .zf]),
        ConditionFacts(code: 0x8, meaning: "sign (negative)", test: "SF=1", flags: .sf),
        ConditionFacts(code: 0x9, meaning: "not sign (zero or positive)", test: "SF=0", flags: .sf),
        ConditionFacts(code: 0xA, meaning: "parity even", test: "PF=1", flags: .pf),
        ConditionFacts(code: 0xB, meaning: "parity odd", test: "PF=0", flags: .pf),
        ConditionFacts(code: 0xC, meaning: "less (signed <)", test: "SF≠OF", flags: [.sf, .of]),
        ConditionFacts(code: 0xD, meaning: "greater or equal (signed >=)", test: "SF=OF", flags: [.sf, .of]),
        ConditionFacts(code: 0xE, meaning: "less or equal (signed <=)", test: "ZF=1 or SF≠OF", flags: [.zf, .sf, .of]),
        ConditionFacts(code: 0xF, meaning: "greater (signed >)", test: "ZF=0 and SF=OF", flags: [.zf, .sf, .of]),
    ]

    /// The condition spelled `suffix` (`a`, `nbe`, `z`…), case-insensitive.
    public static func named(_ suffix: some StringProtocol) -> ConditionFacts? {
        let lower = suffix.lowercased()
        for (code, spellings) in ConditionCode.spellings.enumerated() where spellings.contains(lower) {
            return all[code]
        }
        return nil
    }
}
