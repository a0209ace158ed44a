import JIT
import X86

#if canImport(Glibc)
import Glibc
#endif

/// Tab completion: what could replace the word before the cursor.
extension Session {
    /// The UTF-8 offset where the word before the cursor starts, and the words that could
    /// replace it: commands, mnemonics, registers, or file paths after `.load`.
    public func completions(before text: String) -> (wordStart: Int, candidates: [String]) {
        let bytes = Array(text.utf8)
        var firstWordEnd = 0
        while firstWordEnd < bytes.count, Completion.isBlank(bytes[firstWordEnd]) { firstWordEnd += 1 }
        let firstWordStart = firstWordEnd
        while firstWordEnd < bytes.count, !Completion.isBlank(bytes[firstWordEnd]) { firstWordEnd += 1 }
        let command = String(decoding: bytes[firstWordStart..<firstWordEnd], as: UTF8.self)

        if command == ".load" && firstWordEnd < bytes.count {
            var start = firstWordEnd
            while start < bytes.count, Completion.isBlank(bytes[start]) { start += 1 }
            let path = String(decoding: bytes[start...], as: UTF8.self)
            return (start, Completion.paths(startingWith: path))
        }

        var start = bytes.count
        while start > 0, !Completion.isDelimiter(bytes[start - 1]) { start -= 1 }
        let word = String(decoding: bytes[start...], as: UTF8.self)
        let isFirstWord = start == firstWordStart
        let pool: [String]
        if isFirstWord {
            pool = word.hasPrefix(".") ? DotCommand.names : Completion.mnemonics
        } else if command == ".help" || command == ".explain" && start == Completion.secondWordStart(bytes) {
            pool = Completion.mnemonics
        } else if command == ".set" || command == ".mem" {
            pool = RegisterState.Register.allCases.map(\.name) + RegisterState.Flag.allCases.map { $0.name.lowercased() }
                + SandboxSymbols.all.map(\.name)
        } else {
            pool = Completion.registers + Completion.operandWords + SandboxSymbols.all.map(\.name)
        }
        return (start, Completion.matching(word, in: pool))
    }
}

enum Completion {
    static let mnemonics: [String] = InstructionSet.shared.mnemonics
    static let registers: [String] = Register.allNames
    static let operandWords = ["byte", "word", "dword", "qword", "ptr", "rel", "short"]

    /// Candidates starting with `word`, ignoring case, spelled in the case `word` uses.
    static func matching(_ word: String, in pool: [String]) -> [String] {
        let lowered = word.lowercased()
        let upper = !word.isEmpty && word == word.uppercased() && word != lowered
        var seen = Set<String>()
        var result: [String] = []
        for candidate in pool where candidate.lowercased().hasPrefix(lowered) {
            let spelled = upper ? candidate.uppercased() : candidate
            if seen.insert(spelled).inserted { result.append(spelled) }
        }
        return result.sorted()
    }

    /// Entries of the folder part of `path` whose names start with its last part; folders
    /// end in `/`. Hidden entries only when the last part starts with a dot.
    static func paths(startingWith path: String) -> [String] {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let prefix = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard let directory = opendir(folder.isEmpty ? "." : folder) else { return [] }
        defer { closedir(directory) }
        var result: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            if name.hasPrefix(".") && !prefix.hasPrefix(".") { continue }
            guard name.hasPrefix(prefix) else { continue }
            var info = stat()
            let full = folder + name
            let isFolder = stat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            result.append(full + (isFolder ? "/" : ""))
        }
        return result.sorted()
    }

    static func secondWordStart(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count, isBlank(bytes[index]) { index += 1 }
        while index < bytes.count, !isBlank(bytes[index]) { index += 1 }
        while index < bytes.count, isBlank(bytes[index]) { index += 1 }
        return index
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }
}
