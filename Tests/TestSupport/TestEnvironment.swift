#if canImport(Glibc)
import Glibc
#endif

/// Environment variables that keep a process under test away from the user's files.
public enum TestEnvironment {
    /// `HOME` and `XDG_STATE_HOME` in a fresh temporary folder, `NO_COLOR` unset, plain locale.
    public static func isolated() -> [String: String] {
        let folder = TemporaryFolder.make()
        return ["HOME": folder, "XDG_STATE_HOME": folder + "/state", "NO_COLOR": "", "LC_ALL": "C.UTF-8"]
    }

    /// The current environment with `changes` applied; an empty value removes a variable.
    static func merged(with changes: [String: String]) -> [String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        for (name, value) in changes {
            result[name] = value.isEmpty ? nil : value
        }
        return result.map { "\($0.key)=\($0.value)" }
    }
}

/// Temporary folders and files for tests.
public enum TemporaryFolder {
    /// A new empty folder under `$TMPDIR` (or /tmp).
    public static func make() -> String {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((base + "/jitter-test-XXXXXX").utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer in
            guard let result = mkdtemp(buffer.baseAddress!) else { return base }
            return String(cString: result)
        }
    }

    /// Writes `contents` to a new file named `name` in a new folder; returns its path.
    public static func file(named name: String, contents: String) -> String {
        let path = make() + "/" + name
        write(path, contents: contents)
        return path
    }

    /// Writes `contents` to `path`, replacing what was there.
    public static func write(_ path: String, contents: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var text = contents
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }

    /// Makes a folder (its parent must exist).
    public static func makeFolder(_ path: String) {
        mkdir(path, 0o755)
    }

    /// The contents of a file, or nil when it cannot be read.
    public static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}
