/// Time limits as typed (`.timeout 0.5`, `--timeout 2`): seconds in decimal, a whole number
/// of microseconds, from a millisecond to a day. Anything else is refused rather than rounded,
/// so no spelling can come out as zero or as "no limit".
public enum TimeLimit {
    /// What a refused limit is told.
    public static let rule = "SECONDS in decimal, a whole number of microseconds from 0.001 to 86400"

    /// The limit in microseconds, or nil when `text` is not a valid limit.
    public static func microseconds(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), whole.count <= 5, fraction.count <= 6,
              whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
              parts.count == 1 || !fraction.isEmpty
        else { return nil }
        let seconds = Int(whole.isEmpty ? "0" : whole)!
        let micros = Int(fraction + String(repeating: "0", count: 6 - fraction.count))!
        let total = seconds * 1_000_000 + micros
        guard total >= 1_000, total <= 86_400_000_000 else { return nil }
        return total
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
