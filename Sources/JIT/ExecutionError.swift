import Glibc

/// Why an executor could not be created or a run could not be set up.
public enum ExecutionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A system call failed: its name (with what it was for, when that helps) and errno.
    case systemCall(String, errno: Int32)
    /// The code plus the exit stub does not fit ``SandboxLayout/codeCapacity``.
    case codeTooLarge(size: Int, capacity: Int)
    /// The data section does not fit ``SandboxLayout/dataCapacity``.
    case dataTooLarge(size: Int, capacity: Int)
    /// The entry offset is not inside the code.
    case entryOutOfRange(offset: Int, codeSize: Int)
    /// The process that runs the code for the executor ended unexpectedly (something killed
    /// it). The next run starts a new one.
    case supervisorLost
    /// The process that runs code for the executor did not answer in time (something stopped
    /// it); it was killed with everything of the run, and the next run starts a new one.
    case supervisorUnresponsive
    /// The file given as the code's standard input could not be opened.
    case standardInput(path: String, errno: Int32)
    /// The arguments of ``Executor/call(_:with:)`` cannot all be placed.
    case call(CallError)

    /// What failed, in words: `mmap failed: Cannot allocate memory (errno 12)`.
    public var description: String {
        switch self {
        case .systemCall(let name, let errno):
            let reason = strerror(errno).map { String(cString: $0) } ?? "error"
            return "\(name) failed: \(reason) (errno \(errno))"
        case .codeTooLarge(let size, let capacity):
            return "code of \(size) bytes does not fit the \(capacity)-byte code region"
        case .dataTooLarge(let size, let capacity):
            return "data of \(size) bytes does not fit the \(capacity)-byte data region"
        case .entryOutOfRange(let offset, let codeSize):
            return "entry offset \(offset) is outside the \(codeSize) bytes of code"
        case .supervisorLost:
            return "the process that runs code ended unexpectedly"
        case .supervisorUnresponsive:
            return "the process that runs code stopped answering; it was replaced"
        case .call(let error):
            return error.description
        case .standardInput(let path, let errno):
            let reason = strerror(errno).map { String(cString: $0) } ?? "error"
            return "cannot open \(path) as the code's standard input: \(reason)"
        }
    }
}

/// Runs one system call that reports failure as -1 with errno, and turns a failure into an
/// error naming the call. Every system call the parent makes goes through here.
@discardableResult
func systemCall(_ name: String, _ call: () -> Int32) throws(ExecutionError) -> Int32 {
    let result = call()
    if result == -1 {
        throw .systemCall(name, errno: errno)
    }
    return result
}

/// As `systemCall`, retrying while the call is interrupted by a signal (EINTR).
@discardableResult
func restartingSystemCall(_ name: String, _ call: () -> Int32) throws(ExecutionError) -> Int32 {
    while true {
        let result = call()
        if result != -1 { return result }
        let error = errno
        if error != EINTR { throw .systemCall(name, errno: error) }
    }
}
