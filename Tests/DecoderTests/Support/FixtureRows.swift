import TestSupport

/// The golden rows of the encoder's fixtures (`BYTES | INSTRUCTION  # note`), whose bytes came
/// from llvm-mc or GNU as: here they are input to decode.
struct FixtureRow: Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var bytes: [UInt8]
    var text: String

    var description: String { "\(file):\(line) \(text)" }

    static let folder = JitterBinary.packageRoot + "/Tests/X86Tests/Fixtures"

    /// The fixture files of instructions (the prefix-words file holds lone prefixes, which are
    /// no instruction once decoded).
    static let files = [
        "forms-general-purpose.txt", "forms-control-flow.txt", "forms-bit-manipulation.txt",
        "forms-string-instructions.txt", "forms-processor-control.txt", "forms-system.txt", "forms-x87.txt",
        "forms-mmx.txt", "forms-sse.txt", "forms-avx.txt", "forms-amx.txt", "forms-avx512.txt", "choices.txt",
        "branches.txt",
    ]

    /// Every row with bytes, from every file.
    static let all: [FixtureRow] = files.flatMap(load)

    static func load(_ name: String) -> [FixtureRow] {
        guard let contents = TemporaryFolder.read(folder + "/" + name) else { return [] }
        var rows: [FixtureRow] = []
        let lines = String(decoding: contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            let body = line.prefix { $0 != "#" }
            guard let bar = body.firstIndex(of: "|") else { continue }
            let hex = body[..<bar].split(separator: " ")
            let bytes = hex.compactMap { UInt8($0, radix: 16) }
            guard !bytes.isEmpty, bytes.count == hex.count else { continue }
            let text = body[body.index(after: bar)...].trimmingCharacters()
            rows.append(FixtureRow(file: name, line: number + 1, bytes: bytes, text: text))
        }
        return rows
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

/// Lowercase hex bytes separated by spaces.
func hex(_ bytes: some Sequence<UInt8>) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
}
