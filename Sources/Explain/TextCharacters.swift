/// The characters a renderer may use: box drawing and a few symbols, or plain ASCII.
public enum TextCharacters: Sendable, Hashable {
    /// Box drawing (`┌─┬┐`), arrows, `×`, `≠`.
    case unicode
    /// `+-|`, `<-`, `x`, `!=`: for terminals whose locale is not UTF-8.
    case ascii

    /// `.unicode` when the locale variables name a UTF-8 character set, as `setlocale` would
    /// decide: the first of `LC_ALL`, `LC_CTYPE`, `LANG` that is set and not empty.
    public static func fromEnvironment(_ environment: [String: String]) -> TextCharacters {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let lower = value.lowercased()
            return lower.contains("utf-8") || lower.contains("utf8") ? .unicode : .ascii
        }
        return .ascii
    }

    struct Box {
        let horizontal: Character, vertical: Character
        let topLeft: Character, topTee: Character, topRight: Character
        let bottomLeft: Character, bottomTee: Character, bottomRight: Character
    }

    var box: Box {
        switch self {
        case .unicode:
            Box(horizontal: "─", vertical: "│", topLeft: "┌", topTee: "┬", topRight: "┐",
                bottomLeft: "└", bottomTee: "┴", bottomRight: "┘")
        case .ascii:
            Box(horizontal: "-", vertical: "|", topLeft: "+", topTee: "+", topRight: "+",
                bottomLeft: "+", bottomTee: "+", bottomRight: "+")
        }
    }

    var arrow: String { self == .unicode ? "←" : "<-" }
    var marker: String { self == .unicode ? "▶" : ">" }

    /// `text` with the symbols this character set lacks spelled in ASCII.
    func adapt(_ text: String) -> String {
        guard self == .ascii else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var overlined = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "×": out += "x"
            case "≠": out += "!="
            case "←": out += "<-"
            case "▶": out += ">"
            case "–", "—": out += "-"
            case "·": out += "-"
            case "…": out += "..."
            case "\u{0304}":
                // A combining overline (VEX's inverted R̄ X̄ B̄ v̄): mark the word once with `~`.
                if !overlined, let last = out.unicodeScalars.last {
                    out.unicodeScalars.removeLast()
                    out += "~" + String(last)
                    overlined = true
                }
            default:
                if scalar == " " || scalar == "|" { overlined = false }
                if scalar.isASCII { out.unicodeScalars.append(scalar) } else { out += "?" }
            }
        }
        return out
    }
}

extension String {
    /// Columns the text takes in a terminal, counting each character as one (the renderer
    /// uses no wide characters).
    var columns: Int { count }

    func padded(to width: Int) -> String {
        let missing = width - columns
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }
}
