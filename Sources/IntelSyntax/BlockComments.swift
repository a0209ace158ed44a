#if canImport(Glibc)
import Glibc
#endif

/// GNU as's `/* … */` comments, which may span lines, for AT&T sources: the parser reads one
/// line at a time, so they are blanked out first, keeping every newline so that lines and
/// columns stay where they were.
enum BlockComments {
    /// `text` with its block comments turned into spaces, when it is read as AT&T (from the
    /// start or after an `.att_syntax`) and has any; nil otherwise. Strings and `#` comments
    /// are left as they are.
    static func blanked(_ text: UnsafeBufferPointer<UInt8>, syntax: SourceSyntax) -> [UInt8]? {
        guard contains("/*", in: text),
              syntax == .att || contains(".att_syntax", in: text) else { return nil }
        var bytes = Array(text)
        var index = 0
        var inString = false
        var inLineComment = false
        var inBlock = false
        while index < bytes.count {
            let byte = bytes[index]
            if inBlock {
                if byte == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                    bytes[index] = 0x20
                    bytes[index + 1] = 0x20
                    inBlock = false
                    index += 2
                    continue
                }
                if byte != 0x0A { bytes[index] = 0x20 }
            } else if byte == 0x0A {
                inString = false
                inLineComment = false
            } else if inLineComment {
                // Nothing in a comment starts anything.
            } else if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "#") {
                inLineComment = true
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                bytes[index] = 0x20
                bytes[index + 1] = 0x20
                inBlock = true
                index += 2
                continue
            }
            index += 1
        }
        return bytes
    }

    private static func contains(_ needle: StaticString, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = needle.utf8CodeUnitCount
        let first = needle.utf8Start[0]
        guard let base = text.baseAddress, text.count >= count else { return false }
        var start = 0
        while start <= text.count - count {
            guard let found = memchr(base + start, Int32(first), text.count - count + 1 - start) else { return false }
            let at = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if memcmp(base + at, needle.utf8Start, count) == 0 { return true }
            start = at + 1
        }
        return false
    }
}
