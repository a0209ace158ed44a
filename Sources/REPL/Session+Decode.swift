import JIT
import X86
import X86Decoder

/// Bytes back to instructions: `.decode` for bytes typed in hex, `.dis` for sandbox memory.
///
/// Both read 64-bit code unless `--bits 16|32` says otherwise, per command: the REPL runs
/// 64-bit code only, so a lasting mode would suggest that typed lines change mode too.
extension Session {
    func decode(_ text: String, mode: CodeMode) -> LineOutcome {
        switch Disassembly.parseHex(text) {
        case .failure(let error):
            fail(error.message)
            return .failed
        case .success(let bytes) where bytes.isEmpty:
            fail("no bytes given (write them in hex: 48 8b 44 cb 10)")
            return .failed
        case .success(let bytes):
            say(Disassembly.lines(bytes, decoder: Decoder(mode: mode)).map { Disassembly.format($0, syntax: decodedSyntax) }.joined(separator: "\n") + "\n")
            return .succeeded
        }
    }

    func disassemble(_ addressText: String, count countText: String?, mode: CodeMode) -> LineOutcome {
        guard let (address, count) = addressAndCount(addressText, countText, standard: 8, limit: 1000, counting: "instructions")
        else { return .failed }
        guard let executor = machine(), let region = executor.readableRegion(containing: address) else {
            fail("\(Hex.word(address)) is not inside the sandbox; " + Session.regionList)
            return .failed
        }
        // At most 15 bytes an instruction, and not past the region's end.
        let available = Int(min(UInt64(count * 15), region.upperBound - address))
        guard let bytes = executor.readMemory(at: address, count: available) else { return .failed }
        let lines = Disassembly.lines(bytes, base: Int64(bitPattern: address), decoder: Decoder(mode: mode)).prefix(count)
        say(lines.map { Disassembly.format($0, syntax: decodedSyntax) }.joined(separator: "\n") + "\n")
        return .succeeded
    }
}
