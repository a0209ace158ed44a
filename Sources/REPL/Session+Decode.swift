import JIT
import X86Decoder

/// Bytes back to instructions: `.decode` for bytes typed in hex, `.dis` for sandbox memory.
extension Session {
    func decode(_ text: String) -> LineOutcome {
        switch Disassembly.parseHex(text) {
        case .failure(let error):
            fail(error.message)
            return .failed
        case .success(let bytes) where bytes.isEmpty:
            fail("no bytes given (write them in hex: 48 8b 44 cb 10)")
            return .failed
        case .success(let bytes):
            say(Disassembly.lines(bytes).map { Disassembly.format($0, syntax: decodedSyntax) }.joined(separator: "\n") + "\n")
            return .succeeded
        }
    }

    func disassemble(_ addressText: String, count countText: String?) -> LineOutcome {
        guard let (address, count) = addressAndCount(addressText, countText, standard: 8, limit: 1000, counting: "instructions")
        else { return .failed }
        guard let executor = machine(), let region = executor.readableRegion(containing: address) else {
            fail("\(Hex.word(address)) is not inside the sandbox; " + Session.regionList)
            return .failed
        }
        // At most 15 bytes an instruction, and not past the region's end.
        let available = Int(min(UInt64(count * 15), region.upperBound - address))
        guard let bytes = executor.readMemory(at: address, count: available) else { return .failed }
        let lines = Disassembly.lines(bytes, base: Int64(bitPattern: address)).prefix(count)
        say(lines.map { Disassembly.format($0, syntax: decodedSyntax) }.joined(separator: "\n") + "\n")
        return .succeeded
    }
}
