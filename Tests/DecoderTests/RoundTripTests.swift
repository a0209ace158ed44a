import Diagnostics
import IntelSyntax
import Testing
import X86
import X86Decoder
import X86Encoder

/// decode(encode(x)) encodes to the same bytes: for samples of every table form, and for
/// every golden row the encoder reproduces.
@Suite struct RoundTripTests {
    let encoder = Encoder()
    let decoder = Decoder()

    /// Why `bytes` (the encoder's) do not survive a round trip, or nil when they do. They are
    /// decoded as a run of instructions: a waiting x87 form is `wait` and then its own bytes.
    func failure(_ bytes: [UInt8]) -> String? {
        var again: [UInt8] = []
        var texts: [String] = []
        for line in Disassembly.lines(bytes, base: 0x1000, decoder: decoder) {
            let decoded: DecodedInstruction
            switch line.result {
            case .success(let value): decoded = value
            case .failure(let error): return "decode: \(error.message)"
            }
            texts.append(DisassemblyText.of(decoded))
            do {
                again += try encoder.encode(decoded.instruction, at: line.address).bytes
            } catch {
                return "re-encode of \(texts.last ?? ""): \(error.message)"
            }
        }
        return again == bytes ? nil : "re-encoded as \(hex(again)) (\(texts.joined(separator: "; ")))"
    }

    @Test func everyTableFormRoundTrips() {
        let set = InstructionSet.shared
        var failures: [String] = []
        var encodedForms = Set<Int>()
        for form in set.forms where !form.attributes.contains(.invalidIn64BitMode) && !Self.isPrefixWord(form) {
            guard let mnemonic = Mnemonic(form.mnemonic) else { continue }
            for instruction in CanonicalSamples.instructions(for: form, mnemonic: mnemonic) {
                guard let encoded = try? encoder.encode(instruction, at: 0x1000) else { continue }
                encodedForms.insert(encoded.formIndex)
                let bytes = Array(encoded.bytes)
                if let reason = failure(bytes) { failures.append("\(form.syntax): \(hex(bytes)): \(reason)") }
            }
        }
        #expect(encodedForms.count > set.forms.count / 2, "too few forms encoded: \(encodedForms.count)")
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(60).joined(separator: "\n"))")
    }

    @Test func everyGoldenRowTheEncoderReproducesRoundTrips() {
        var failures: [String] = []
        var checked = 0
        for row in FixtureRow.all {
            guard let instruction = Self.parse(row.text),
                  let encoded = try? encoder.encode(instruction, at: 0x1000), Array(encoded.bytes) == row.bytes else { continue }
            // Two segment overrides (only the last counts) are more than an instruction value says.
            if row.bytes.prefix(4).filter({ [0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65].contains($0) }).count > 1 { continue }
            // A text that asks for the longer of two encodings (GNU's `.s`, a `riz` index) decodes
            // to the instruction without the request, which encodes the usual way (ZeroIndexTests).
            if row.text.contains(".s ") || row.text.contains("riz") || row.text.contains("eiz") { continue }
            checked += 1
            if let reason = failure(row.bytes) { failures.append("\(row): \(reason)") }
        }
        #expect(checked > 4000, "only \(checked) rows reached the round trip")
        #expect(failures.isEmpty, "\(failures.count) of \(checked) failed:\n\(failures.prefix(60).joined(separator: "\n"))")
    }

    /// A row for a prefix alone (`lock`, `rex64`, `fs`), which decodes as part of what follows.
    static func isPrefixWord(_ form: InstructionForm) -> Bool {
        guard form.operands.isEmpty, form.opcode.map == .primary, form.opcode.opcode.count == 1 else { return false }
        switch form.opcode.opcode[0] {
        case 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x66, 0x67, 0xF0, 0xF2, 0xF3, 0x40...0x4F: return form.opcode.vex == nil
        default: return false
        }
    }

    /// The instruction on a line of Intel syntax, or nil when it names a label or fails to parse.
    static func parse(_ line: String) -> Instruction? {
        var parser = IntelParser()
        let result = parser.parse(SourceFile(name: "row", text: line))
        for statement in result.statements {
            if case .instruction(let parsed) = statement.kind { return parsed.instruction }
        }
        return nil
    }
}
