/// Small text helpers the macro preprocessor shares: words, top-level comma splits, quotes.
enum PreprocessorText {
    /// Letters, digits, `_`, `.`, `$`, `?`, `@` and non-ASCII bytes: what names and numbers are made of.
    @inline(__always)
    static func isNameByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "?")
            || byte == UInt8(ascii: "@") || byte >= 0x80
    }

    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// The first word of `line` (a name, with a leading `%` or `.` kept) and the text after it.
    static func firstWord(_ line: String) -> (word: String, rest: String, column: Int) {
        let bytes = Array(line.utf8)
        var start = 0
        while start < bytes.count, isBlank(bytes[start]) { start += 1 }
        var end = start
        if end < bytes.count, bytes[end] == UInt8(ascii: "%") { end += 1 }
        while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
        let word = String(decoding: bytes[start..<end], as: UTF8.self)
        let rest = String(decoding: bytes[end...], as: UTF8.self)
        return (word, rest, start)
    }

    static func trimmed(_ text: some StringProtocol) -> String {
        let bytes = Array(text.utf8)
        var start = 0
        var end = bytes.count
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// `text` cut at commas outside quotes, parentheses, brackets and (for NASM) braces.
    static func splitCommas(_ text: String, braces: Bool = false) -> [String] {
        let bytes = Array(text.utf8)
        var pieces: [String] = []
        var depth = 0
        var quote: UInt8 = 0
        var start = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if quote != 0 {
                if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") { i += 1 } else if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                quote = byte
            } else if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || (braces && byte == UInt8(ascii: "{")) {
                depth += 1
            } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") || (braces && byte == UInt8(ascii: "}")) {
                depth = max(0, depth - 1)
            } else if byte == UInt8(ascii: ","), depth == 0 {
                pieces.append(String(decoding: bytes[start..<i], as: UTF8.self))
                start = i + 1
            }
            i += 1
        }
        pieces.append(String(decoding: bytes[start..<min(i, bytes.count)], as: UTF8.self))
        return pieces.map { trimmed($0) }
    }

    /// `text` cut at blanks outside quotes and parentheses.
    static func splitBlanks(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var pieces: [String] = []
        var current: [UInt8] = []
        var depth = 0
        var quote: UInt8 = 0
        for byte in bytes {
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth = max(0, depth - 1)
            } else if isBlank(byte), depth == 0 {
                if !current.isEmpty { pieces.append(String(decoding: current, as: UTF8.self)) }
                current = []
                continue
            }
            current.append(byte)
        }
        if !current.isEmpty { pieces.append(String(decoding: current, as: UTF8.self)) }
        return pieces
    }

    /// `text` before a comment that starts with one of `markers` outside quotes.
    static func withoutComment(_ text: String, markers: [UInt8]) -> String {
        let bytes = Array(text.utf8)
        var quote: UInt8 = 0
        for (i, byte) in bytes.enumerated() {
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                quote = byte
            } else if markers.contains(byte) {
                return String(decoding: bytes[..<i], as: UTF8.self)
            }
        }
        return text
    }

    /// `text` without one pair of surrounding quotes (`"…"`, `'…'` or `` `…` ``), if it has them.
    static func unquoted(_ text: String) -> String {
        let trimmedText = trimmed(text)
        guard trimmedText.count >= 2, let first = trimmedText.first, first == trimmedText.last,
              first == "\"" || first == "'" || first == "`" else { return trimmedText }
        return String(trimmedText.dropFirst().dropLast())
    }

    /// The directory part of `path` (`.` when it has none).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
