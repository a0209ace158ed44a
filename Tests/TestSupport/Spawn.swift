#if canImport(Glibc)
import Glibc
#endif

/// posix_spawn with the few settings tests need.
enum Spawn {
    /// How the child's standard descriptors are set up.
    enum Standard {
        /// Each of fd 0, 1, 2 becomes a dup of the given descriptor.
        case descriptors(input: Int32, output: Int32, error: Int32)
        /// fd 0 is the terminal at `path`, opened after `setsid` so that it becomes the
        /// child's controlling terminal; fds 1 and 2 are dups of it.
        case terminal(path: String)
    }

    // glibc's value; the Swift overlay does not export the macro.
    private static let setSessionFlag: Int32 = 0x80

    /// Starts `path` with `arguments`; the child leads a new process group (so the whole
    /// group can be killed) or, with a terminal, a new session. Returns the pid or the errno.
    static func start(_ path: String, _ arguments: [String], environment: [String],
                      standard: Standard) -> Result<pid_t, SpawnError> {
        ignoreBrokenPipes
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        var flags = Int32(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)

        switch standard {
        case .descriptors(let input, let output, let error):
            posix_spawn_file_actions_adddup2(&actions, input, 0)
            posix_spawn_file_actions_adddup2(&actions, output, 1)
            posix_spawn_file_actions_adddup2(&actions, error, 2)
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        case .terminal(let terminal):
            posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
            flags |= setSessionFlag
        }
        posix_spawnattr_setflags(&attributes, Int16(truncatingIfNeeded: flags))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        if status != 0 { return .failure(SpawnError(code: status, path: path)) }
        return .success(pid)
    }

    /// Waits for `pid` until `deadline`; nil when it is still running then.
    static func wait(_ pid: pid_t, until deadline: Deadline) -> Int32? {
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return status }
            if result < 0 && errno != EINTR { return -1 }
            if deadline.passed { return nil }
            usleep(2_000)
        }
    }

    /// SIGKILLs the process group `pid` leads and reaps `pid`.
    static func kill(group pid: pid_t) {
        _ = Glibc.kill(-pid, SIGKILL)
        _ = Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    /// Writing to a child that has exited must be an error, not the end of the test run.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()
}

/// A process that could not be started.
public struct SpawnError: Error, CustomStringConvertible {
    public let code: Int32
    public let path: String
    public var description: String { "cannot start \(path): \(String(cString: strerror(code)))" }
}

/// A point in time on the monotonic clock.
public struct Deadline: Sendable {
    let nanoseconds: UInt64

    /// `seconds` from now.
    public init(seconds: Double) {
        nanoseconds = Deadline.now + UInt64(max(0, seconds) * 1e9)
    }

    public var passed: Bool { Deadline.now >= nanoseconds }

    /// Milliseconds left, for poll; 0 when passed.
    var millisecondsLeft: Int32 {
        let now = Deadline.now
        return now >= nanoseconds ? 0 : Int32(min(UInt64(Int32.max), (nanoseconds - now) / 1_000_000 + 1))
    }

    static var now: UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}

/// The parts of a waitpid status; its macros are not imported into Swift.
enum WaitStatus {
    static func exitCode(_ status: Int32) -> Int32? { status & 0x7f == 0 ? (status >> 8) & 0xff : nil }
    static func signal(_ status: Int32) -> Int32? {
        let signal = status & 0x7f
        return signal != 0 && signal != 0x7f ? signal : nil
    }
}
