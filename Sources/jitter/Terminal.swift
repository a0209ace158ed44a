#if canImport(Glibc)
import Glibc
#endif

/// Facts about the process's terminal that decide how Jitter talks to it.
enum Terminal {
    /// Whether standard input is a terminal (then the line editor is used).
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Whether ANSI colour may be used on `descriptor`: a terminal, `NO_COLOR` unset, and
    /// no `--no-color`.
    static func colorAllowed(noColorFlag: Bool, descriptor: Int32 = STDOUT_FILENO) -> Bool {
        if noColorFlag { return false }
        if getenv("NO_COLOR") != nil { return false }
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
