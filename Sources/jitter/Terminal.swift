#if canImport(Glibc)
import Glibc
#endif

/// Facts about the process's terminal that decide how Jitter talks to it.
enum Terminal {
    /// Whether standard input is a terminal (then the line editor is used).
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Whether ANSI colour may be used on standard output: a terminal, `NO_COLOR` unset,
    /// and no `--no-color`.
    static func colorAllowed(noColorFlag: Bool) -> Bool {
        if noColorFlag { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
