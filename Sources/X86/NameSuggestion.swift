/// The known name closest to a misspelled one, for "did you mean" in diagnostics.
public enum NameSuggestion {
    /// Names grouped by length, with their lowercase bytes, made once for a list asked often (a
    /// file of garbage asks at every line, and most names are too long or too short to be near).
    public struct Names: Sendable {
        fileprivate struct Entry: Sendable {
            var name: String
            var bytes: [UInt8]
            /// The name's place in the list: the first of the nearest wins, as in the list.
            var order: Int
        }

        fileprivate let byLength: [[Entry]]

        public init(_ names: some Sequence<String>) {
            var byLength: [[Entry]] = []
            for (order, name) in names.enumerated() {
                let bytes = Array(name.lowercased().utf8)
                while byLength.count <= bytes.count { byLength.append([]) }
                byLength[bytes.count].append(Entry(name: name, bytes: bytes, order: order))
            }
            self.byLength = byLength
        }
    }

    /// The table's mnemonics, sorted.
    public static let mnemonics = Names(InstructionSet.shared.mnemonics)
    /// Every register's spelling, sorted.
    public static let registers = Names(Register.allNames)

    /// The name in `candidates` nearest `word` (case-insensitive), if one is near enough to be
    /// a likely typo: one edit for short words, two for words of six characters or more. An
    /// edit is an insertion, a deletion, a substitution or a swap of two neighbours.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        closest(to: word, among: Names(candidates))
    }

    /// ``closest(to:among:)`` over names grouped once, reading only those whose length is near enough.
    public static func closest(to word: String, among names: Names) -> String? {
        let target = Array(word.lowercased().utf8)
        guard !target.isEmpty else { return nil }
        let limit = target.count >= 6 ? 2 : 1
        var best: (name: String, distance: Int, order: Int)?
        // Reused for every candidate.
        var rows: [Int] = []
        for length in max(0, target.count - limit)...(target.count + limit) where length < names.byLength.count {
            for entry in names.byLength[length] where entry.bytes != target {
                let distance = editDistance(target, entry.bytes, limit: limit, rows: &rows)
                guard distance <= limit else { continue }
                if let best, (best.distance, best.order) < (distance, entry.order) { continue }
                best = (entry.name, distance, entry.order)
            }
        }
        return best?.name
    }

    /// Optimal string alignment distance, stopping early past `limit`, with its three rows kept
    /// in `rows` (grown as needed).
    private static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int, rows: inout [Int]) -> Int {
        let width = b.count + 1
        if rows.count < 3 * width { rows = [Int](repeating: 0, count: 3 * width) }
        return rows.withUnsafeMutableBufferPointer { buffer -> Int in
            // Three rows in turn: two before, the one before, the current one.
            var previous2 = 0
            var previous = width
            var current = 2 * width
            for j in 0..<width { buffer[previous + j] = j }
            for i in 1...a.count {
                buffer[current] = i
                var rowMinimum = i
                for j in 1..<width {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(buffer[previous + j] + 1, buffer[current + j - 1] + 1, buffer[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, buffer[previous2 + j - 2] + 1) }
                    buffer[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return rowMinimum }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return buffer[previous + b.count]
        }
    }
}
