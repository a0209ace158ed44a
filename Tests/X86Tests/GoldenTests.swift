import Diagnostics
import IntelSyntax
import Testing

/// Fixture rows, one or two per table form plus the cases where peers disagree, assembled from
/// text through the parser; the bytes must match exactly.
@Suite struct GoldenTests {
    static let formFiles = [
        "forms-general-purpose.txt", "forms-control-flow.txt", "forms-bit-manipulation.txt",
        "forms-string-instructions.txt", "forms-processor-control.txt", "forms-system.txt", "forms-prefix-words.txt",
        "forms-x87.txt", "forms-mmx.txt", "forms-sse.txt", "forms-avx.txt", "forms-amx.txt", "forms-avx512.txt", "forms-avx512pf.txt",
    ]

    @Test(arguments: formFiles.flatMap(GoldenRow.load))
    func everyFormMatchesItsReference(_ row: GoldenRow) {
        #expect(Golden.assemble(row.text) == row.bytes, "\(row.file):\(row.line)")
    }

    @Test(arguments: GoldenRow.load("branches.txt"))
    func branchesToLabels(_ row: GoldenRow) {
        #expect(Golden.assemble(row.text) == row.bytes, "\(row.file):\(row.line)")
    }

    @Test(arguments: GoldenRow.load("choices.txt"))
    func whereThePeersDisagree(_ row: GoldenRow) {
        let result = Golden.assemble(row.text)
        if row.bytes == "error" {
            #expect(result.hasPrefix("error: "), "\(row.file):\(row.line) must be refused: \(row.note)")
        } else {
            #expect(result == row.bytes, "\(row.file):\(row.line) \(row.note)")
        }
    }

    @Test func fixturesAreThere() {
        #expect(Self.formFiles.flatMap(GoldenRow.load).count > 1000, "form fixtures are missing")
        #expect(GoldenRow.load("choices.txt").count > 50, "choices.txt is missing")
    }
}

enum Golden {
    /// The bytes one line of source assembles to, as lowercase hex, or `error: …`.
    static func assemble(_ text: String) -> String {
        rendered(SourceAssembly(SourceFile(name: "row", text: text)))
    }

    /// An assembly's bytes as lowercase hex pairs, or `error: …` for its first error.
    static func rendered(_ assembly: SourceAssembly) -> String {
        var bytes: [UInt8] = []
        for outcome in assembly.lineOutcomes {
            switch outcome {
            case .bytes(let line): bytes += line
            case .error(let diagnostic): return "error: \(diagnostic.message)"
            }
        }
        return bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
    }
}
