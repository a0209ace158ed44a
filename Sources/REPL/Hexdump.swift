/// `.mem` and `.stack` output: 16 bytes a row, address, hex, ASCII.
enum Hexdump {
    static func render(_ bytes: [UInt8], at address: UInt64, marking marked: UInt64? = nil, style: Style) -> String {
        var text = ""
        var offset = 0
        while offset < bytes.count {
            let row = bytes[offset..<min(bytes.count, offset + 16)]
            let rowAddress = address &+ UInt64(offset)
            var line = Hex.padded(rowAddress) + "  "
            for (index, byte) in row.enumerated() {
                if index == 8 { line += " " }
                line += Hex.bytes([byte]) + " "
            }
            if row.count < 16 {
                line += String(repeating: "   ", count: 16 - row.count) + (row.count <= 8 ? " " : "")
            }
            line += " |" + String(decoding: row.map { (0x20..<0x7f).contains($0) ? $0 : UInt8(ascii: ".") }, as: UTF8.self) + "|"
            if let marked, marked >= rowAddress, marked < rowAddress &+ 16 {
                line = style.changed(line) + "  ← rsp"
            }
            text += line + "\n"
            offset += 16
        }
        return text
    }
}
