/// A position in the bytes of one line, with the byte-class tests the parser needs.
struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    /// One past the last byte of the line (before the newline).
    let end: Int

    var atEnd: Bool { position >= end }

    var current: UInt8 { position < end ? bytes[position] : 0 }

    func peek(_ offset: Int = 1) -> UInt8 {
        let index = position + offset
        return index < end ? bytes[index] : 0
    }

    mutating func skipSpaces() {
        while position < end, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0D {
            position += 1
        }
    }

    /// True at the end of the line or at a comment.
    var atEndOfStatement: Bool {
        position >= end || bytes[position] == UInt8(ascii: ";") || bytes[position] == UInt8(ascii: "#")
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 97 < 26 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?")
            || byte == UInt8(ascii: "@")
    }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || byte &- 48 < 10 || byte == UInt8(ascii: "$")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte &- 48 < 10 }

    /// Reads an identifier at the cursor; nil (cursor unmoved) when none starts here.
    mutating func identifier() -> Range<Int>? {
        guard position < end, Cursor.isIdentifierStart(bytes[position]) else { return nil }
        let start = position
        position += 1
        while position < end, Cursor.isIdentifierByte(bytes[position]) { position += 1 }
        return start..<position
    }

    func packedName(_ range: Range<Int>) -> PackedNameBox? {
        PackedNameBox(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

import X86

/// A packed lowercase name made from a byte slice.
typealias PackedNameBox = PackedName

extension PackedName {
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(lowercasing: bytes)
    }
}
