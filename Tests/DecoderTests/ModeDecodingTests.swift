import Diagnostics
import IntelSyntax
import Testing
import TestSupport
import X86
import X86Decoder
import X86Encoder

/// Bytes read as 16- and 32-bit code, against the text llvm-objdump and GNU objdump print
/// (Fixtures/decode-16.txt and decode-32.txt, and in AT&T syntax decode-att-16.txt and
/// decode-att-32.txt, written by Scripts/decoder-mode-fixtures), and the encoder's 16- and
/// 32-bit rows decoded and encoded again.
@Suite struct ModeDecodingTests {
    /// One fixture row: the bytes, llvm-objdump's text and GNU objdump's.
    struct Row: CustomStringConvertible {
        var bytes: [UInt8]
        var llvm: String
        var gnu: String
        var description: String { "\(hex(bytes)) | \(llvm) | \(gnu)" }
    }

    static func rows(_ bits: Int, syntax: DisassemblySyntax = .intel) -> [Row] {
        let name = syntax == .att ? "decode-att-\(bits).txt" : "decode-\(bits).txt"
        let path = JitterBinary.packageRoot + "/Tests/DecoderTests/Fixtures/" + name
        guard let contents = TemporaryFolder.read(path) else { return [] }
        return String(decoding: contents, as: UTF8.self).split(separator: "\n").compactMap { line -> Row? in
            if line.hasPrefix("#") { return nil }
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters() }
            guard parts.count == 3 else { return nil }
            let bytes = parts[0].split(separator: " ").compactMap { UInt8($0, radix: 16) }
            return Row(bytes: bytes, llvm: parts[1], gnu: parts[2])
        }
    }

    /// The rows where Jitter's text is not llvm-objdump's, by mode and bytes: the text Jitter
    /// prints, and why (Fixtures/decode-mode-differences.txt).
    static let differences = listedDifferences("decode-mode-differences.txt")
    /// The same for AT&T text (Fixtures/decode-att-mode-differences.txt).
    static let attDifferences = listedDifferences("decode-att-mode-differences.txt")

    static func listedDifferences(_ name: String) -> [String: String] {
        let path = JitterBinary.packageRoot + "/Tests/DecoderTests/Fixtures/" + name
        guard let contents = TemporaryFolder.read(path) else { return [:] }
        var result: [String: String] = [:]
        for line in String(decoding: contents, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters() }
            guard parts.count >= 3 else { continue }
            result[parts[0] + " " + parts[1]] = parts[2]
        }
        return result
    }

    /// llvm-objdump's text without the symbol it names after a branch target (`jmp 0x3 <.text+0x3>`).
    static func plain(_ text: String) -> String {
        guard let open = text.firstIndex(of: "<"), text.last == ">" else { return text }
        return text[..<open].trimmingCharacters()
    }

    static func text(_ bytes: [UInt8], mode: CodeMode, syntax: DisassemblySyntax = .intel) -> String {
        switch Result(catching: { () throws(DecodingError) in try Decoder(mode: mode).decode(bytes) }) {
        case .success(let decoded):
            guard decoded.length == bytes.count else { return "(short: \(decoded.length) bytes)" }
            return syntax == .att ? ATTDisassemblyText.of(decoded) : DisassemblyText.of(decoded)
        case .failure(let error): return "(bad) " + error.message
        }
    }

    @Test(arguments: [(16, DisassemblySyntax.intel), (32, .intel), (16, .att), (32, .att)])
    func rowsReadAsLLVMObjdumpReadsThem(bits: Int, syntax: DisassemblySyntax) throws {
        let mode = try #require(CodeMode(bits: Int64(bits)))
        let rows = Self.rows(bits, syntax: syntax)
        let differences = syntax == .att ? Self.attDifferences : Self.differences
        #expect(rows.count > 200)
        var failures: [String] = []
        var compared = 0
        for row in rows {
            // A row llvm-objdump reads as more than one instruction is another mode's.
            if row.llvm.contains(";") { continue }
            let ours = Self.text(row.bytes, mode: mode, syntax: syntax)
            let expected: String
            if let listed = differences["\(bits) \(hex(row.bytes))"] {
                expected = listed
            } else if row.llvm == "<unknown>" {
                if !ours.hasPrefix("(bad)") { failures.append("\(row): ours: \(ours), expected (bad)") }
                continue
            } else {
                expected = Self.plain(row.llvm)
            }
            compared += 1
            if ours != expected { failures.append("\(row): ours: \(ours)") }
        }
        #expect(compared > 180, "only \(compared) rows compared")
        #expect(failures.isEmpty, "\(failures.count) differences in \(bits)-bit \(syntax) code:\n\(failures.joined(separator: "\n"))")
    }

    /// Every listed difference still names a row, so that the list cannot go stale.
    @Test(arguments: [DisassemblySyntax.intel, .att])
    func everyListedDifferenceHasItsRow(syntax: DisassemblySyntax) {
        var keys = Set<String>()
        for bits in [16, 32] {
            for row in Self.rows(bits, syntax: syntax) { keys.insert("\(bits) \(hex(row.bytes))") }
        }
        let stale = (syntax == .att ? Self.attDifferences : Self.differences).keys.filter { !keys.contains($0) }
        #expect(stale.isEmpty, "listed without a row: \(stale.sorted())")
    }

    /// decode(encode(x)) encodes to the same bytes, for the 16- and 32-bit rows (bytes from
    /// llvm-mc) that the encoder reproduces.
    @Test(arguments: [16, 32])
    func modeRowsRoundTrip(bits: Int) throws {
        let mode = try #require(CodeMode(bits: Int64(bits)))
        let path = JitterBinary.packageRoot + "/Tests/X86Tests/Fixtures/modes-\(bits).txt"
        let contents = try #require(TemporaryFolder.read(path))
        let encoder = Encoder(mode: mode)
        let decoder = Decoder(mode: mode)
        var failures: [String] = []
        var checked = 0
        for line in String(decoding: contents, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "|").map { $0.trimmingCharacters() }
            guard parts.count == 2, parts[0] != "error", let instruction = RoundTripTests.parse(parts[1]) else { continue }
            let bytes = parts[0].split(separator: " ").compactMap { UInt8($0, radix: 16) }
            guard let encoded = try? encoder.encode(instruction, at: 0), Array(encoded.bytes) == bytes else { continue }
            checked += 1
            var again: [UInt8] = []
            var texts: [String] = []
            for decodedLine in Disassembly.lines(bytes, decoder: decoder) {
                guard case .success(let decoded) = decodedLine.result else {
                    failures.append("\(line): \(decodedLine.text)")
                    break
                }
                texts.append(DisassemblyText.of(decoded))
                do {
                    again += try encoder.encode(decoded.instruction, at: decodedLine.address).bytes
                } catch {
                    failures.append("\(line): \(texts.last ?? "") does not encode: \(error.message)")
                }
            }
            if again != bytes, !again.isEmpty { failures.append("\(line): read as \(texts.joined(separator: "; ")), encoded as \(hex(again))") }
        }
        #expect(checked > 110, "only \(checked) rows reached the round trip")
        #expect(failures.isEmpty, "\(failures.count) of \(checked):\n\(failures.joined(separator: "\n"))")
    }
}
