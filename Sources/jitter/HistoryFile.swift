import IntelSyntax
import REPL

#if canImport(Glibc)
import Glibc
#endif

/// The REPL's history on disk: one entered line per line of text, appended as each line is
/// entered so that nothing is lost if the process is killed.
///
/// Lives at `$XDG_STATE_HOME/jitter/history`, or `~/.local/state/jitter/history`.
final class HistoryFile {
    let path: String
    private var descriptor: Int32 = -1
    private var lastLine: String?
    /// Lines kept when the file is read back; older ones are trimmed from the file.
    static let limit = 1000

    init(path: String) {
        self.path = path
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The default location, or nil when neither `XDG_STATE_HOME` nor `HOME` is usable.
    static func defaultPath() -> String? {
        if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") {
            return state + "/jitter/history"
        }
        if let home = environment("HOME"), home.hasPrefix("/") {
            return home + "/.local/state/jitter/history"
        }
        return nil
    }

    /// The most recent lines, oldest first. Rewrites the file when it has grown well past
    /// the limit, so it stays small.
    func load() -> [String] {
        guard case .success(let contents) = TextFile.read(path, limit: 16 << 20) else { return [] }
        var lines = contents.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if lines.count > HistoryFile.limit {
            let grown = lines.count > 2 * HistoryFile.limit
            lines.removeFirst(lines.count - HistoryFile.limit)
            if grown { rewrite(lines) }
        }
        lastLine = lines.last
        return lines
    }

    /// Appends one entered line (skipping blanks and an immediate repeat).
    func append(_ line: String) {
        guard !line.allSatisfy({ $0 == " " || $0 == "\t" }), line != lastLine else { return }
        lastLine = line
        if descriptor < 0 {
            HistoryFile.makeParentDirectories(of: path)
            descriptor = openForWriting(path, flags: O_APPEND | O_CREAT, mode: 0o600)
            if descriptor < 0 { return }
        }
        // One write per line: with O_APPEND it lands whole even with two REPLs open.
        let record = line + "\n"
        _ = record.utf8CString.withUnsafeBufferPointer { buffer in
            Glibc.write(descriptor, buffer.baseAddress!, buffer.count - 1)
        }
    }

    private func rewrite(_ lines: [String]) {
        let temporary = path + ".tmp"
        let fd = openForWriting(temporary, flags: O_CREAT | O_TRUNC, mode: 0o600)
        guard fd >= 0 else { return }
        let text = lines.joined(separator: "\n") + "\n"
        let ok = text.utf8CString.withUnsafeBufferPointer { buffer in
            Glibc.write(fd, buffer.baseAddress!, buffer.count - 1) == buffer.count - 1
        }
        close(fd)
        if ok { rename(temporary, path) } else { unlink(temporary) }
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let string = String(cString: value)
        return string.isEmpty ? nil : string
    }

    private static func makeParentDirectories(of path: String) {
        var prefix = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        for part in parts {
            prefix += "/" + part
            mkdir(prefix, 0o700)
        }
    }
}
