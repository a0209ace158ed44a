/// Tab completion: what could replace the word before the cursor.
extension Session {
    /// The UTF-8 offset where the word before the cursor starts, and its candidates.
    public func completions(before text: String) -> (wordStart: Int, candidates: [String]) {
        let bytes = Array(text.utf8)
        var start = bytes.count
        while start > 0, !Completion.isDelimiter(bytes[start - 1]) { start -= 1 }
        let word = String(decoding: bytes[start...], as: UTF8.self)
        let before = String(decoding: bytes[..<start], as: UTF8.self)
        let leading = before.drop { $0 == " " || $0 == "\t" }
        if leading.isEmpty && word.hasPrefix(".") {
            return (start, DotCommand.names.filter { $0.hasPrefix(word) })
        }
        return (start, [])
    }
}

enum Completion {
    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }
}
