import REPL
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// REPL sessions replayed from the transcript files in `Transcripts/`.
///
/// A transcript is the input lines (`> mov eax, 50`) each followed by exactly what the
/// session must print for it, standard output and standard error in order. Lines starting
/// with `#` are comments: they say where each expected byte and value comes from (llvm-mc,
/// or a derivation by hand), never from Jitter's own output. Re-record one only on purpose.
@Suite struct TranscriptTests {
    static let folder = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        .dropLast().joined(separator: "/") + "/Transcripts"

    static var names: [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".txt") { names.append(name) }
        }
        return names.sorted()
    }

    @Test func thereAreTranscripts() {
        #expect(Self.names.count >= 4)
    }

    @Test(arguments: names)
    func replay(name: String) throws {
        let text = try #require(try? TextFile.read(Self.folder + "/" + name).get())
        var steps: [(input: String, expected: String)] = []
        for line in TextFile.lines(of: text) {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("> ") {
                steps.append((String(line.dropFirst(2)), ""))
            } else if line == ">" {
                steps.append(("", ""))
            } else if !steps.isEmpty {
                steps[steps.count - 1].expected += line + "\n"
            }
        }
        let collected = Collected()
        let session = Session(options: SessionOptions(timeout: 5, color: false)) { collected.events.append($0) }
        for (number, step) in steps.enumerated() {
            collected.events = []
            session.handle(step.input)
            let actual = collected.events.map(\.text).joined()
            #expect(actual == step.expected, "\(name), input \(number + 1) `\(step.input)`:\n--- expected\n\(step.expected)--- actual\n\(actual)")
        }
    }
}

/// Output gathered from a session.
final class Collected {
    var events: [OutputEvent] = []
}
