import Diagnostics
import IntelSyntax
import TestSupport
import Testing
import X86Assembler

/// `.incbin` and NASM's `incbin` put a file's bytes where the line is, from an offset and up
/// to a count; past the file's end GNU as refuses the line and NASM takes what there is.
@Suite struct IncludeBinaryTests {
    /// Two hundred bytes, none alike in a row, all below 128 (written as text).
    static let data: [UInt8] = (0..<200).map { UInt8(($0 * 7 + 3) % 128) }

    /// A folder holding `data.bin`, and that file's path.
    static func dataFile() -> (folder: String, path: String) {
        let path = TemporaryFolder.file(named: "data.bin", contents: String(decoding: data, as: UTF8.self))
        return (String(path.dropLast("/data.bin".count)), path)
    }

    private func assemble(_ text: String, includePaths: [String] = []) -> FileAssembly {
        FileAssembly(name: "input.s", bytes: Array(text.utf8), includePaths: includePaths)
    }

    @Test func gnuSpellingAgreesWithGNUAs() throws {
        let path = IncludeBinaryTests.dataFile().path
        let source = """
            .intel_syntax noprefix
            blob: .incbin "\(path)"
            .incbin "\(path)", 10
            .incbin "\(path)", 3, 5
            .incbin "\(path)", 200
            .quad blob
            ret

            """
        let assembly = assemble(source)
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let data = IncludeBinaryTests.data
        let expected = data + data[10...] + data[3..<8] + [UInt8](repeating: 0, count: 8) + [0xC3]
        let ours = assembly.image.code
        #expect(ours == expected)
        let gnu = try Oracle.assembleAndLink(source, with: .gnuAs, sections: [(".text", 0)])[".text"]
        #expect(gnu == expected)
    }

    @Test func nasmSpellingAgreesWithNASM() throws {
        let path = IncludeBinaryTests.dataFile().path
        let source = """
            bits 64
            blob incbin "\(path)"
            lab: incbin "\(path)", 190
            incbin "\(path)", 195, 50
            incbin "\(path)", 300
            times 2 incbin "\(path)", 198
            dq blob, lab

            """
        let assembly = assemble(source)
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let data = IncludeBinaryTests.data
        var expected = data + data[190...] + data[195...] + data[198...] + data[198...]
        expected += [0, 0, 0, 0, 0, 0, 0, 0, 200, 0, 0, 0, 0, 0, 0, 0]
        #expect(assembly.image.code == expected)
        #expect(try Oracle.nasm(source) == expected)
    }

    @Test func aRelativeNameIsFoundThroughTheIncludePaths() {
        let folder = IncludeBinaryTests.dataFile().folder
        let found = assemble(".incbin \"data.bin\", 0, 4\n", includePaths: [folder])
        #expect(found.diagnostics.map(\.diagnostic.message) == [])
        #expect(found.image.code == Array(IncludeBinaryTests.data[0..<4]))
        let missing = assemble(".incbin \"data.bin\"\n")
        #expect(missing.diagnostics.map(\.diagnostic.message) == ["cannot find 'data.bin'"])
    }

    @Test func badLinesAreErrorsAtTheirOperands() {
        let path = IncludeBinaryTests.dataFile().path
        let quoted = "\"\(path)\""
        let cases: [(String, String, String)] = [
            (".incbin \(quoted), 201", "skip 201 reaches past the end of '\(path)' (200 bytes)", "\(quoted), 201"),
            (".incbin \(quoted), 100, 101", "skip 100 + count 101 reaches past the end of '\(path)' (200 bytes)", "\(quoted), 100, 101"),
            (".incbin \(quoted), -1", "the number of bytes to skip must not be negative", "-1"),
            ("incbin \(quoted), 0, -2", "the number of bytes to include must not be negative", "-2"),
            (".incbin data.bin", "expected a file name in quotes", "d"),
            (".incbin \"/dev/zero\"", "cannot read '/dev/zero': /dev/zero: more than 256 MiB from a pipe or a device", "\"/dev/zero\""),
        ]
        for (line, message, underlined) in cases {
            let assembly = assemble(line + "\n")
            let diagnostic = assembly.diagnostics.first?.diagnostic
            #expect(diagnostic?.message == message, "\(line)")
            if let range = diagnostic?.range {
                let text = Array(line.utf8)
                #expect(String(decoding: text[range.start..<min(range.end, text.count)], as: UTF8.self) == underlined, "\(line)")
            }
        }
    }
}
