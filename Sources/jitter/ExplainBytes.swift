import Explain
import REPL
import X86
import X86Decoder
import X86Encoder

/// `jitter explain --bytes 'HEX'`: decode, then explain each instruction as the encoder
/// encodes it.
enum ExplainBytes {
    /// The text to print and whether every instruction could be explained.
    static func text(hex: String, unicode: Bool, width: Int, mode: CodeMode = .bits64) -> (String, Bool) {
        let bytes: [UInt8]
        switch Disassembly.parseHex(hex) {
        case .success(let parsed) where !parsed.isEmpty: bytes = parsed
        case .success: return ("error: no bytes given (write them in hex: 48 8b 44 cb 10)", false)
        case .failure(let error): return ("error: " + error.message, false)
        }
        let renderer = ExplanationRenderer(characters: unicode ? .unicode : .ascii, width: width)
        var parts: [String] = []
        var succeeded = true
        let encoder = Encoder(mode: mode)
        for line in Disassembly.lines(bytes, decoder: Decoder(mode: mode)) {
            guard case .success(let decoded) = line.result else {
                parts.append(Disassembly.format(line))
                succeeded = false
                continue
            }
            do {
                let explanation = try Explanation.explain(decoded.instruction, at: line.address, encoder: encoder)
                var text = renderer.render(explanation)
                if explanation.bytes != line.bytes {
                    // The bytes are a longer or otherwise unusual encoding of the same instruction.
                    text = "note: \(hexText(line.bytes)) (\(line.text)) is explained as the assembler encodes it, "
                        + "\(hexText(explanation.bytes))\n\n" + text
                }
                parts.append(text)
            } catch {
                parts.append(Disassembly.format(line) + "\nerror: cannot explain it: " + error.message)
                succeeded = false
            }
        }
        return (parts.joined(separator: "\n"), succeeded)
    }

    private static func hexText(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
    }
}
