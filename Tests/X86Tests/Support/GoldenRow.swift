import Testing
import TestSupport

/// One `BYTES | INSTRUCTION  # note` row of a fixture file; the bytes come from llvm-mc or GNU as
/// (Fixtures/regenerate.py runs them), or from the SDM by hand where the note says so.
struct GoldenRow: Sendable, CustomTestStringConvertible {
    var file: String
    var line: Int
    var bytes: String
    var text: String
    var note: String

    var testDescription: String { "\(file):\(line) \(text)" }

    /// The fixture folder next to this test target's sources.
    static let folder: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)
        return parts.joined(separator: "/") + "/Fixtures"
    }()

    /// Every row of `name` (a file in the fixture folder).
    static func load(_ name: String) -> [GoldenRow] {
        guard let contents = TemporaryFolder.read(folder + "/" + name) else { return [] }
        var rows: [GoldenRow] = []
        for (number, line) in String(decoding: contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let parts = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            guard let body = parts.first, let bar = body.firstIndex(of: "|") else { continue }
            rows.append(GoldenRow(
                file: name, line: number + 1, bytes: trimmed(body[..<bar]), text: trimmed(body[body.index(after: bar)...]),
                note: parts.count > 1 ? trimmed(parts[1]) : ""))
        }
        return rows
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
