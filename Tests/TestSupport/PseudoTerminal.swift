#if canImport(Glibc)
import Glibc
#endif

/// A program running on a real pseudo-terminal: type keys, read what it shows.
///
/// Every wait has a time limit, and the program's whole session is killed when the
/// terminal is closed or dropped, so a test can fail but never hang.
public final class PseudoTerminal {
    public let pid: pid_t
    private var master: Int32
    private var exitStatus: Int32?
    /// Everything the program has written so far, escape sequences included.
    public private(set) var transcript: [UInt8] = []

    /// Starts `path ARGUMENTS` as the leader of a new session whose controlling terminal
    /// is a new pseudo-terminal.
    public init(_ path: String, _ arguments: [String] = [], environment: [String: String] = [:]) throws {
        let master = LibC.posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, LibC.grantpt(master) == 0, LibC.unlockpt(master) == 0,
              let terminal = LibC.ptsname(master)
        else {
            let code = errno
            if master >= 0 { Glibc.close(master) }
            throw SpawnError(code: code, path: "/dev/ptmx")
        }
        var changes = ["TERM": "xterm"]
        changes.merge(environment) { $1 }
        let started = Spawn.start(path, arguments, environment: TestEnvironment.merged(with: changes),
                                  standard: .terminal(path: terminal))
        switch started {
        case .success(let pid):
            self.pid = pid
            self.master = master
            _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        case .failure(let error):
            Glibc.close(master)
            throw error
        }
    }

    /// Starts the `jitter` under test with an isolated home.
    public static func jitter(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> PseudoTerminal {
        try PseudoTerminal(JitterBinary.path, arguments,
                           environment: TestEnvironment.isolated().merging(environment) { $1 })
    }

    deinit {
        close()
    }

    /// Types `text` as if at the keyboard (`"\u{3}"` is Ctrl-C, `"\u{4}"` Ctrl-D, `"\t"` Tab).
    public func type(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        let deadline = Deadline(seconds: 5)
        while offset < bytes.count && !deadline.passed {
            let count = bytes.withUnsafeBytes { write(master, $0.baseAddress! + offset, bytes.count - offset) }
            if count > 0 { offset += count } else if errno == EAGAIN || errno == EINTR { drain(waitingMilliseconds: 10) } else { return }
        }
    }

    /// The screen text so far with escape sequences and carriage returns removed.
    public var text: String { Self.plain(transcript) }

    /// Waits until `prompt` appears after `start` and the program is reading keys one by one
    /// (canonical mode off). libedit shows its prompt before it switches the terminal, so
    /// keys typed in between would be echoed and interpreted by the kernel instead.
    @discardableResult
    public func waitForPrompt(_ prompt: String, after start: Int = 0, timeout: Double = 10) -> Bool {
        let deadline = Deadline(seconds: timeout)
        guard waitFor(prompt, after: start, timeout: timeout) else { return false }
        while !deadline.passed && !hasExited {
            var modes = termios()
            // On a pseudo-terminal's master side this reads the program's (slave) settings.
            if tcgetattr(master, &modes) == 0, modes.c_lflag & tcflag_t(ICANON) == 0 { return true }
            drain(waitingMilliseconds: 2)
        }
        return false
    }

    /// Types `line` and Enter, then waits for the next `prompt` (see `waitForPrompt`).
    /// Returns the offset in `text` where the line's echo and output start.
    @discardableResult
    public func enter(_ line: String, prompt: String, timeout: Double = 10) -> Int {
        let mark = text.utf8.count
        type(line + "\r")
        waitForPrompt(prompt, after: mark, timeout: timeout)
        return mark
    }

    /// The text shown since `offset` (a UTF-8 offset into `text`).
    public func text(since offset: Int) -> String {
        let bytes = Array(text.utf8)
        return offset <= bytes.count ? String(decoding: bytes[offset...], as: UTF8.self) : ""
    }

    /// Waits until the program has a child process (for instance, code it runs in
    /// isolation), read from `/proc/PID/task/PID/children`. Returns whether it has one.
    @discardableResult
    public func waitForChildProcess(timeout: Double = 10) -> Bool {
        let deadline = Deadline(seconds: timeout)
        let path = "/proc/\(pid)/task/\(pid)/children"
        while !deadline.passed && !hasExited {
            if let children = TemporaryFolder.read(path), children.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                return true
            }
            drain(waitingMilliseconds: 2)
        }
        return false
    }

    /// What a terminal would show now (see `Screen`).
    public var screen: Screen { Screen(transcript) }

    /// Reads until `condition` holds for the screen, or `timeout` seconds pass. Returns
    /// whether it held.
    @discardableResult
    public func waitForScreen(timeout: Double = 10, _ condition: (Screen) -> Bool) -> Bool {
        let deadline = Deadline(seconds: timeout)
        while true {
            if condition(screen) { return true }
            if deadline.passed || !drain(waitingMilliseconds: min(deadline.millisecondsLeft, 100)) && hasExited {
                return condition(screen)
            }
        }
    }

    /// Reads until `needle` appears in the text after `start` (a UTF-8 offset into `text`),
    /// or `timeout` seconds pass. Returns whether it appeared.
    @discardableResult
    public func waitFor(_ needle: String, after start: Int = 0, timeout: Double = 10) -> Bool {
        let deadline = Deadline(seconds: timeout)
        while true {
            let plain = Array(text.utf8)
            if start <= plain.count, String(decoding: plain[start...], as: UTF8.self).contains(needle) { return true }
            if deadline.passed || !drain(waitingMilliseconds: min(deadline.millisecondsLeft, 100)) && hasExited {
                let final = Array(text.utf8)
                return start <= final.count && String(decoding: final[start...], as: UTF8.self).contains(needle)
            }
        }
    }

    /// Waits for the program to exit; its exit code, or nil (killed by a signal, or still
    /// running at `timeout`).
    public func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Deadline(seconds: timeout)
        while !hasExited && !deadline.passed {
            drain(waitingMilliseconds: 20)
        }
        drain(waitingMilliseconds: 0)
        return exitStatus.flatMap(WaitStatus.exitCode)
    }

    /// Whether the program has exited (reaping it if so).
    public var hasExited: Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { exitStatus = status }
        return exitStatus != nil
    }

    /// Kills the program's session and frees the terminal. Safe to call twice.
    public func close() {
        if exitStatus == nil {
            _ = kill(-pid, SIGKILL)
            _ = kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            exitStatus = status
        } else {
            _ = kill(-pid, SIGKILL)
        }
        // Closed once: a second close of the number could close a descriptor another test
        // has opened since, in this same process (a sandbox's memory file, a pipe).
        if master >= 0 { Glibc.close(master) }
        master = -1
    }

    /// Reads what is available, waiting up to `waitingMilliseconds` for the first byte.
    /// Returns whether anything was read.
    @discardableResult
    private func drain(waitingMilliseconds: Int32) -> Bool {
        var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, waitingMilliseconds) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 4096)
        var any = false
        while true {
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress!, $0.count) }
            // EIO: every slave descriptor is closed, the program is gone.
            if count <= 0 { return any }
            transcript.append(contentsOf: chunk[0..<count])
            any = true
        }
    }

    /// `bytes` as text, escape sequences kept.
    public static func plainText(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// `bytes` without ANSI escape sequences, carriage returns, bells or backspaces.
    public static func plain(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1b {
                index += 1
                guard index < bytes.count else { break }
                if bytes[index] == UInt8(ascii: "[") {
                    index += 1
                    while index < bytes.count, !(0x40...0x7e).contains(bytes[index]) { index += 1 }
                } else if bytes[index] == UInt8(ascii: "]") {
                    while index < bytes.count, bytes[index] != 0x07 { index += 1 }
                }
                index += 1
                continue
            }
            if byte != UInt8(ascii: "\r") && byte != 0x07 && byte != 0x08 { out.append(byte) }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
