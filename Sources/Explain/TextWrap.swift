/// Word wrapping for explanation lines.
enum TextWrap {
    /// `text` broken at spaces into lines of at most `width` columns, the first starting with
    /// `first` and the others with `rest` (a hanging indent). A word longer than a line is cut.
    static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in text.split(separator: " ") {
            if lineHasWord, line.columns + 1 + word.count <= width {
                line += " " + word
                continue
            }
            if !lineHasWord, line.columns + word.count <= width {
                line += word
                lineHasWord = true
                continue
            }
            if lineHasWord {
                lines.append(line)
                line = rest
            }
            var remaining = Substring(word)
            let room = max(1, width - line.columns)
            while remaining.count > room {
                lines.append(line + remaining.prefix(room))
                remaining = remaining.dropFirst(room)
                line = rest
            }
            line += remaining
            lineHasWord = true
        }
        lines.append(line)
        return lines.map { $0.trimmingTrailingSpaces }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self[...]
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
