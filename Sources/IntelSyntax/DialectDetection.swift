import X86Encoder

/// Which assembler a source file was written for, from its first directive: `jitter asm`
/// gives a file that assembler's bytes unless `--match` says otherwise.
///
/// The rule, in order: AT&T syntax is GNU as's. Otherwise the first line among the first
/// ``linesExamined`` that is a directive decides: a GNU dot-directive (`.intel_syntax`,
/// `.text`, `.globl`, `.byte` …) means GNU as; a NASM one (`bits`, `[bits 64]`, `section`,
/// `segment`, `global`, `extern`, `default`, `org`, `cpu`, `struc`, `%define` or any other
/// `%` line, `db`…`dz`, `resb`…`resz`, `times`, `equ`, `incbin`) means NASM. Labels,
/// instructions, comments and blank lines are passed over. With no directive, llvm-mc's
/// choices stay. Only the start of the file is read, so a big file costs nothing to classify.
public enum DialectDetection {
    /// How many lines are examined before giving up.
    public static let linesExamined = 1000

    /// The dialect of `text` (read as `syntax` at first).
    public static func dialect(of text: UnsafeBufferPointer<UInt8>, syntax: SourceSyntax) -> EncodingDialect {
        if syntax == .att { return .gas }
        var start = 0
        var lines = 0
        while start < text.count, lines < linesExamined {
            var end = start
            while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
            if let found = classify(text, start, end) { return found }
            start = end + 1
            lines += 1
        }
        return .llvm
    }

    /// The dialect a line's directive names, or nil for a line that names none.
    private static func classify(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> EncodingDialect? {
        var words: [String] = []
        var i = start
        while i < end, words.count < 3 {
            while i < end, text[i] == UInt8(ascii: " ") || text[i] == UInt8(ascii: "\t") || text[i] == UInt8(ascii: "\r") { i += 1 }
            guard i < end else { break }
            let byte = text[i]
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: "#") { break }
            if byte == UInt8(ascii: "/"), i + 1 < end, text[i + 1] == UInt8(ascii: "/") { break }
            var j = i
            while j < end, !isSeparator(text[j]) { j += 1 }
            if j == i { j += 1 }
            words.append(String(decoding: UnsafeBufferPointer(rebasing: text[i..<j]), as: UTF8.self).lowercased())
            i = j
        }
        guard var first = words.first else { return nil }
        // A label before the directive (`msg: db 1`, `start: .byte 1`).
        if first.hasSuffix(":") {
            words.removeFirst()
            guard let next = words.first else { return nil }
            first = next
        }
        if first.hasPrefix("%") { return .nasm }
        if first.hasPrefix("["), nasmDirectives.contains(String(first.dropFirst())) { return .nasm }
        if first.hasPrefix("."), first.count > 1, !first.hasSuffix(":") { return .gas }
        if nasmDirectives.contains(first) || nasmData.contains(first) { return .nasm }
        // NASM names data and constants without a colon: `msg db "hi"`, `len equ 5`.
        if words.count > 1, nasmData.contains(words[1]) { return .nasm }
        return nil
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: ";")
    }

    private static let nasmDirectives: Set<String> = [
        "bits", "use64", "use32", "use16", "section", "segment", "global", "extern", "default", "org", "cpu", "struc",
        "istruc", "absolute", "common", "static",
    ]
    private static let nasmData: Set<String> = [
        "db", "dw", "dd", "dq", "dt", "do", "dy", "dz", "resb", "resw", "resd", "resq", "rest", "reso", "resy", "resz",
        "times", "equ", "incbin",
    ]
}
