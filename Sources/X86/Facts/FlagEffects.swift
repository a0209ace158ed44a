/// What one instruction does to rflags, in the SDM's terms ("Flags Affected").
public struct FlagEffects: Sendable, Hashable {
    /// Flags the instruction's result depends on (`ADC` reads CF, `JA` reads CF and ZF).
    public var read: StatusFlags = []
    /// Flags set or cleared according to the result.
    public var written: StatusFlags = []
    /// Flags always set to 1.
    public var set: StatusFlags = []
    /// Flags always cleared to 0.
    public var cleared: StatusFlags = []
    /// Flags left with no defined value.
    public var undefined: StatusFlags = []

    public init(
        read: StatusFlags = [], written: StatusFlags = [], set: StatusFlags = [], cleared: StatusFlags = [],
        undefined: StatusFlags = []
    ) {
        self.read = read
        self.written = written
        self.set = set
        self.cleared = cleared
        self.undefined = undefined
    }

    /// True when no flag is read or changed.
    public var isEmpty: Bool { read.isEmpty && changed.isEmpty }

    /// Every flag whose value may differ afterwards.
    public var changed: StatusFlags { written.union(set).union(cleared).union(undefined) }

    /// Flags the instruction leaves alone.
    public var unaffected: StatusFlags { StatusFlags.arithmetic.subtracting(changed) }

    /// The clauses of the facts table's flag column, `reads CF; writes OF SF ZF AF CF PF`.
    public var text: String {
        var clauses: [String] = []
        for (verb, flags) in [("reads", read), ("writes", written), ("sets", set), ("clears", cleared),
                              ("undefined", undefined)] where !flags.isEmpty {
            clauses.append(verb + " " + flags.description)
        }
        return clauses.isEmpty ? "none" : clauses.joined(separator: "; ")
    }

    /// Parses the flag column: `none`, or `;`-separated clauses each a verb (`reads`, `writes`,
    /// `sets`, `clears`, `undefined`) and flag names. `cc` among the read flags stands for the
    /// condition code of a `Jcc`/`CMOVcc`/`SETcc` row, reported through `readsCondition`.
    public static func parse(_ text: Substring) -> Result<(FlagEffects, readsCondition: Bool), TableError> {
        var effects = FlagEffects()
        var readsCondition = false
        let trimmed = text.trimmingSpaces
        if trimmed == "none" { return .success((effects, false)) }
        for clause in trimmed.split(separator: ";") {
            let words = clause.split(separator: " ")
            guard let verb = words.first else { return .failure(TableError("empty flag clause in '\(text)'")) }
            var flags: StatusFlags = []
            for word in words.dropFirst() {
                if word == "cc" && verb == "reads" {
                    readsCondition = true
                    continue
                }
                guard let flag = StatusFlags(name: String(word)) else {
                    return .failure(TableError("unknown flag '\(word)' in '\(text)'"))
                }
                flags.insert(flag)
            }
            switch verb {
            case "reads": effects.read.formUnion(flags)
            case "writes": effects.written.formUnion(flags)
            case "sets": effects.set.formUnion(flags)
            case "clears": effects.cleared.formUnion(flags)
            case "undefined": effects.undefined.formUnion(flags)
            default: return .failure(TableError("unknown flag verb '\(verb)' in '\(text)'"))
            }
        }
        return .success((effects, readsCondition))
    }
}
