import Testing
import X86

/// "Did you mean" picks the first nearest name within the limit (one edit, two from six
/// characters), as a plain reading of the definition does, from a list or from the same names
/// grouped by length: both checked against one written here for misspellings of every kind,
/// in both cases.
@Suite struct NameSuggestionTests {
    /// Optimal string alignment distance, the textbook table.
    private func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
            }
        }
        return table[a.count][b.count]
    }

    private func reference(_ word: String, _ candidates: [String]) -> String? {
        let target = Array(word.lowercased().utf8)
        guard !target.isEmpty else { return nil }
        let limit = target.count >= 6 ? 2 : 1
        var best: (String, Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().utf8)
            // A distance is at least the difference in length: such names cannot be near.
            guard other != target, abs(other.count - target.count) <= limit else { continue }
            let found = distance(target, other)
            if found <= limit, found < best?.1 ?? Int.max { best = (candidate, found) }
        }
        return best?.0
    }

    @Test func agreesWithTheDefinition() {
        let candidates = InstructionSet.shared.mnemonics
        var state: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var words = ["movv", "mvo", "MOVV", "pusj", "VADDPSS", "vaddsp", "zzzzzz", "x", "", "cmpxchg16", "ré", "mov"]
        for _ in 0..<400 {
            var bytes = Array(candidates[next(candidates.count)].utf8)
            for _ in 0..<(1 + next(3)) {
                let at = next(bytes.count + 1)
                switch next(4) {
                case 0: bytes.insert(UInt8(ascii: "a") + UInt8(next(26)), at: at)
                case 1: if at < bytes.count { bytes.remove(at: at) }
                case 2: if at < bytes.count { bytes[at] = UInt8(ascii: "0") + UInt8(next(10)) }
                default: if at + 1 < bytes.count { bytes.swapAt(at, at + 1) }
                }
            }
            let word = String(decoding: bytes, as: UTF8.self)
            words.append(next(2) == 0 ? word.uppercased() : word)
        }
        let grouped = NameSuggestion.Names(candidates)
        var mismatches: [String] = []
        for word in words {
            let expected = reference(word, candidates)
            if NameSuggestion.closest(to: word, among: candidates) != expected || NameSuggestion.closest(to: word, among: grouped) != expected {
                mismatches.append(word)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        #expect(NameSuggestion.closest(to: "MOVV", among: candidates) == "mov")
        #expect(NameSuggestion.closest(to: "zzzzzz", among: candidates) == nil)
        #expect(NameSuggestion.closest(to: "xmn3", among: Register.allNames) == "xmm3")
    }
}
