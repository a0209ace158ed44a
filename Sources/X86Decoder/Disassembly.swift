import X86

/// One line of a listing: where an instruction starts, its bytes, and what they decode to.
public struct DisassemblyLine: Sendable, Hashable {
    public var address: Int64
    public var bytes: [UInt8]
    /// The instruction, or why these bytes are not one (then ``bytes`` is the one byte skipped).
    public var result: Result<DecodedInstruction, DecodingError>

    /// The Intel text, or `(bad)` and the reason.
    public var text: String {
        switch result {
        case .success(let decoded):
            let text = DisassemblyText.of(decoded)
            if let target = decoded.ripTarget { return text + " # 0x" + String(UInt64(bitPattern: target), radix: 16) }
            return text
        case .failure(let error): return "(bad) # " + error.message
        }
    }

    /// The text in `syntax`, or `(bad)` and the reason.
    public func text(in syntax: DisassemblySyntax) -> String {
        guard syntax == .att, case .success(let decoded) = result else { return text }
        let text = ATTDisassemblyText.of(decoded)
        if let target = decoded.ripTarget { return text + " # 0x" + String(UInt64(bitPattern: target), radix: 16) }
        return text
    }
}

/// Listings of flat code: one instruction after another from a base address.
public enum Disassembly {
    /// Decodes all of `bytes` as code placed at `base`. Where the bytes are no instruction, the
    /// line is `(bad)` for one byte and decoding goes on at the next, as objdump does.
    public static func lines(_ bytes: [UInt8], base: Int64 = 0, decoder: Decoder = Decoder()) -> [DisassemblyLine] {
        var lines: [DisassemblyLine] = []
        forEachLine(bytes, base: base, decoder: decoder) { lines.append($0) }
        return lines
    }

    /// Calls `body` with each line in order, without keeping them.
    public static func forEachLine(
        _ bytes: [UInt8], base: Int64 = 0, decoder: Decoder = Decoder(), _ body: (DisassemblyLine) -> Void
    ) {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let address = base &+ Int64(offset)
                let result = decoder.decode(buffer: UnsafeBufferPointer(rebasing: buffer[offset...]), at: address)
                let length = (try? result.get().length) ?? 1
                body(DisassemblyLine(address: address, bytes: Array(buffer[offset..<(offset + length)]), result: result))
                offset += length
            }
        }
    }

    /// A listing line: `    1000: 48 8b 44 cb 10                 mov rax, qword ptr [rbx + 8*rcx + 0x10]`.
    public static func format(_ line: DisassemblyLine) -> String { format(line, syntax: .intel) }

    /// A listing line with the text in `syntax`.
    public static func format(_ line: DisassemblyLine, syntax: DisassemblySyntax) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(48)
        let address = String(UInt64(bitPattern: line.address), radix: 16)
        for _ in address.utf8.count..<max(address.utf8.count, 8) { bytes.append(0x20) }
        bytes.append(contentsOf: address.utf8)
        bytes.append(0x3A)
        for byte in line.bytes {
            bytes.append(0x20)
            bytes.append(hexDigits[Int(byte >> 4)])
            bytes.append(hexDigits[Int(byte & 15)])
        }
        // Room for eleven bytes keeps almost every line's text in one column.
        for _ in (line.bytes.count * 3)..<max(line.bytes.count * 3, 34) { bytes.append(0x20) }
        bytes.append(0x20)
        return String(decoding: bytes, as: UTF8.self) + line.text(in: syntax)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// What the REPL's `.decode BYTES` shows: each instruction in the hex text, one per line, as
    /// bytes and Intel text, or why the text or the bytes are not one. `address` is where the
    /// first byte is taken to be (it matters for branch targets and RIP-relative addresses).
    public static func describe(hex text: String, at address: Int64 = 0, decoder: Decoder = Decoder()) -> String {
        switch parseHex(text) {
        case .failure(let error): return "error: " + error.message
        case .success(let bytes):
            guard !bytes.isEmpty else { return "error: no bytes given (write them in hex: 48 8b 44 cb 10)" }
            return lines(bytes, base: address, decoder: decoder).map(format).joined(separator: "\n")
        }
    }

    /// Bytes written in hex, with or without spaces, commas, `0x` or `\x` before each
    /// (`48 8b 44 cb 10`, `488b44cb10`, `0x48,0x8b`, `\x48\x8b`).
    public static func parseHex(_ text: String) -> Result<[UInt8], HexTextError> {
        var bytes: [UInt8] = []
        var pending: UInt8?
        var chars = Array(text.utf8)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == UInt8(ascii: "0"), let next = chars.first, next | 0x20 == UInt8(ascii: "x"), pending == nil {
                chars = chars.dropFirst()
                continue
            }
            if c == UInt8(ascii: "\\"), let next = chars.first, next | 0x20 == UInt8(ascii: "x"), pending == nil {
                chars = chars.dropFirst()
                continue
            }
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                if pending != nil { return .failure(HexTextError(message: "odd number of hex digits in a byte")) }
                continue
            default:
                return .failure(HexTextError(message: "'\(String(decoding: [c], as: UTF8.self))' is not a hex digit"))
            }
            if let high = pending {
                bytes.append(high << 4 | digit)
                pending = nil
            } else {
                pending = digit
            }
        }
        if pending != nil { return .failure(HexTextError(message: "odd number of hex digits (the last byte has one)")) }
        return .success(bytes)
    }
}

/// Hex text that is not a list of bytes.
public struct HexTextError: Error, Sendable, Hashable {
    public var message: String
}
