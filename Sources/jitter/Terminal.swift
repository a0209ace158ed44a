#if canImport(Glibc)
import Glibc
#endif

/// Facts about the process's terminal that decide how Jitter talks to it.
enum Terminal {
    /// Whether standard input is a terminal (then the line editor is used).
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Whether ANSI colour may be used on `descriptor`: `--color always`; or, with `auto`
    /// and no `--no-color`, when the descriptor is a terminal and `NO_COLOR` is unset or empty
    /// (as no-color.org has it).
    static func colorAllowed(noColorFlag: Bool, choice: ColorChoice = .auto, descriptor: Int32 = STDOUT_FILENO) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto: break
        }
        if noColorFlag { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        return isatty(descriptor) == 1
    }

    /// The process's environment variables.
    static var environment: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}
