import Testing
import X86
import X86Encoder

/// Every form of the table, written out with sample operands, encoded by us and by llvm-mc in
/// one batch; the bytes must be the same, or both must refuse.
@Suite struct DifferentialTests {
    @Test(.enabled(if: LLVMMC.path != nil, "llvm-mc is not installed: the differential test needs it"))
    func everyFormEncodesLikeLLVMMC() throws {
        let cases = DifferentialCases.all()
        let outcomes = try #require(LLVMMC.encode(cases.map(\.text)), "llvm-mc output did not line up with its input")
        var differences: [String] = []
        var agreed = 0
        for (sample, theirs) in zip(cases, outcomes) {
            let ours: LLVMMC.Outcome
            do {
                ours = .bytes(Array(try Encoder().encode(sample.instruction).bytes))
            } catch {
                ours = .error(error.message)
            }
            switch (ours, theirs) {
            case (.bytes(let mine), .bytes(let reference)) where mine == reference:
                agreed += 1
            case (.error, .error):
                agreed += 1
            default:
                if let reason = KnownDifferences.reason(sample.instruction, ours: ours, llvm: theirs) {
                    _ = reason
                    agreed += 1
                } else {
                    differences.append("\(sample.text)  llvm-mc: \(describe(theirs))  ours: \(describe(ours))")
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.count) of \(cases.count) differ:\n\(differences.prefix(5000).joined(separator: "\n"))")
        #expect(agreed > 10_000, "only \(agreed) samples compared")
    }

    private func describe(_ outcome: LLVMMC.Outcome) -> String {
        switch outcome {
        case .bytes(let bytes): bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
        case .error(let message): "error: \(message)"
        case .fixup: "(a fixup)"
        }
    }
}

/// One generated instruction and its text.
struct DifferentialCase {
    var instruction: Instruction
    var text: String
}

enum DifferentialCases {
    /// Samples of every form, each text once.
    static func all() -> [DifferentialCase] {
        var seen = Set<String>()
        var result: [DifferentialCase] = []
        for form in InstructionSet.shared.forms {
            guard let mnemonic = Mnemonic(form.mnemonic) else { continue }
            for instruction in FormSamples.instructions(for: form, mnemonic: mnemonic) {
                let text = IntelText.of(instruction)
                if seen.insert(text).inserted { result.append(DifferentialCase(instruction: instruction, text: text)) }
            }
        }
        return result
    }
}
