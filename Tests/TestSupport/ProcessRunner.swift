#if canImport(Glibc)
import Glibc
#endif

/// What a finished (or killed) process left behind.
public struct ProcessResult: Sendable {
    /// Everything written to standard output (and standard error, when merged).
    public var standardOutput: [UInt8]
    public var standardError: [UInt8]
    /// The exit status, or nil when the process died of a signal or was killed.
    public var exitCode: Int32?
    /// The signal that ended the process, if one did.
    public var signal: Int32?
    /// Whether the runner had to kill it at the time limit.
    public var timedOut: Bool

    public var output: String { String(decoding: standardOutput, as: UTF8.self) }
    public var error: String { String(decoding: standardError, as: UTF8.self) }
}

/// Runs a program with pipes for its standard streams, never waiting past a time limit.
public enum ProcessRunner {
    /// Runs `path ARGUMENTS`, feeding `input` to its standard input and closing it.
    ///
    /// With `mergeStandardError`, fds 1 and 2 share one pipe, as `2>&1` does, so the order
    /// of what the program wrote to both is kept. At `timeout` seconds the process group is
    /// killed and `timedOut` is set.
    public static func run(_ path: String, _ arguments: [String], input: [UInt8] = [],
                           environment: [String: String] = [:], timeout: Double = 20,
                           mergeStandardError: Bool = false) -> ProcessResult {
        var result = ProcessResult(standardOutput: [], standardError: [], exitCode: nil, signal: nil, timedOut: false)
        var inputPipe: [Int32] = [-1, -1], outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        guard LibC.pipe2(&inputPipe, O_CLOEXEC) == 0, LibC.pipe2(&outputPipe, O_CLOEXEC) == 0,
              mergeStandardError || LibC.pipe2(&errorPipe, O_CLOEXEC) == 0
        else {
            result.standardError = Array("cannot make pipes\n".utf8)
            return result
        }
        let childError = mergeStandardError ? outputPipe[1] : errorPipe[1]
        let started = Spawn.start(path, arguments, environment: TestEnvironment.merged(with: environment),
                                  standard: .descriptors(input: inputPipe[0], output: outputPipe[1], error: childError))
        close(inputPipe[0])
        close(outputPipe[1])
        if !mergeStandardError { close(errorPipe[1]) }
        let pid: pid_t
        switch started {
        case .success(let value): pid = value
        case .failure(let error):
            close(inputPipe[1]); close(outputPipe[0])
            if !mergeStandardError { close(errorPipe[0]) }
            result.standardError = Array(error.description.utf8)
            return result
        }

        let deadline = Deadline(seconds: timeout)
        var writer: Int32 = inputPipe[1]
        var readers: [Int32] = mergeStandardError ? [outputPipe[0]] : [outputPipe[0], errorPipe[0]]
        var written = 0
        for fd in [writer] + readers { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        if input.isEmpty { close(writer); writer = -1 }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)

        while (writer >= 0 || !readers.isEmpty) && !deadline.passed {
            var fds = readers.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if writer >= 0 { fds.append(pollfd(fd: writer, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), min(deadline.millisecondsLeft, 200))
            if ready < 0 && errno != EINTR { break }
            for entry in fds where entry.revents != 0 {
                if entry.fd == writer {
                    let count = input.withUnsafeBytes { Glibc.write(writer, $0.baseAddress! + written, input.count - written) }
                    if count > 0 { written += count }
                    if (count < 0 && errno != EAGAIN && errno != EINTR) || written == input.count {
                        close(writer)
                        writer = -1
                    }
                    continue
                }
                let count = chunk.withUnsafeMutableBytes { Glibc.read(entry.fd, $0.baseAddress!, $0.count) }
                if count > 0 {
                    if entry.fd == outputPipe[0] {
                        result.standardOutput.append(contentsOf: chunk[0..<count])
                    } else {
                        result.standardError.append(contentsOf: chunk[0..<count])
                    }
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    close(entry.fd)
                    readers.removeAll { $0 == entry.fd }
                }
            }
        }
        if writer >= 0 { close(writer) }
        readers.forEach { close($0) }

        if let status = Spawn.wait(pid, until: deadline) {
            result.exitCode = WaitStatus.exitCode(status)
            result.signal = WaitStatus.signal(status)
        } else {
            result.timedOut = true
            Spawn.kill(group: pid)
        }
        // Nothing the program started may outlive it.
        _ = kill(-pid, SIGKILL)
        return result
    }
}
