import Testing
import TestSupport
import X86Decoder
import X86Encoder

/// A SIB byte with no index (`8b 04 20`) where a ModRM alone would do: the text shows the zero
/// register llvm-objdump shows (`[rax + riz]`), and encoding the decoded instruction again gives
/// the shorter form llvm-mc gives for the text without it. Expected text and bytes are
/// llvm-objdump's and llvm-mc's (Fixtures/zero-index.txt).
@Suite struct ZeroIndexTests {
    struct Row: CustomStringConvertible, Sendable {
        let bytes: [UInt8]
        let intel: String
        let att: String
        let reencoded: [UInt8]
        var description: String { intel }
    }

    static let rows: [Row] = {
        let path = JitterBinary.packageRoot + "/Tests/DecoderTests/Fixtures/zero-index.txt"
        guard let contents = TemporaryFolder.read(path) else { return [] }
        return String(decoding: contents, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "|").map { $0.trimmingCharacters() }
            guard fields.count == 4 else { return nil }
            return Row(bytes: hex(fields[0]), intel: fields[1], att: fields[2], reencoded: hex(fields[3]))
        }
    }()

    static func hex(_ text: String) -> [UInt8] {
        text.split(separator: " ").compactMap { UInt8($0, radix: 16) }
    }

    @Test func theFixtureIsThere() {
        #expect(Self.rows.count >= 20)
    }

    @Test(arguments: rows) func printsAsLLVMObjdump(_ row: Row) throws {
        let decoded = try Decoder().decode(row.bytes, at: 0)
        #expect(decoded.length == row.bytes.count)
        #expect(DisassemblyText.of(decoded) == row.intel)
        #expect(ATTDisassemblyText.of(decoded) == row.att)
    }

    @Test(arguments: rows) func encodesAgainWithoutTheSIB(_ row: Row) throws {
        let decoded = try Decoder().decode(row.bytes, at: 0)
        let again = try Encoder().encode(decoded.instruction, at: 0)
        #expect(Array(again.bytes) == row.reencoded)
        // The shorter bytes read as the same instruction, with nothing redundant left to show.
        let redecoded = try Decoder().decode(row.reencoded, at: 0)
        #expect(redecoded.instruction == decoded.instruction)
        #expect(redecoded.zeroIndex == nil)
    }
}
