/// What each byte can be in assembly source, looked up in one table.
enum ByteClass {
    static let identifierStart: UInt8 = 1
    static let identifierByte: UInt8 = 2
    static let digit: UInt8 = 4
    static let space: UInt8 = 8
    /// `;`, `#`, or the end of the line: nothing of the statement follows.
    static let statementEnd: UInt8 = 16

    /// Indexed by byte. Letters, `_`, `.`, `?` and `@` start identifiers; digits and `$` may
    /// continue them; bytes above 127 are letters, so UTF-8 names work.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0..<256 {
            var flags: UInt8 = 0
            let b = UInt8(byte)
            let isLetter = (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
            if isLetter || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "?")
                || b == UInt8(ascii: "@") || b >= 0x80 {
                flags |= identifierStart | identifierByte
            }
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { flags |= digit | identifierByte }
            if b == UInt8(ascii: "$") { flags |= identifierByte }
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C { flags |= space }
            if b == UInt8(ascii: ";") || b == UInt8(ascii: "#") { flags |= statementEnd }
            table[byte] = flags
        }
        return UnsafePointer(table)
    }()

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 48 < 10 }
}
