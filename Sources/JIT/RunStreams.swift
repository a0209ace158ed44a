import CTrampoline
import Glibc

/// The descriptors of one run: the code's standard input and the pipes its output comes back
/// through. The code gets its own open file descriptions, so nothing it does to them
/// (O_NONBLOCK, closing, reading ahead) reaches this process's.
final class RunStreams {
    /// What the code gets as fds 0, 1 and 2.
    let childEnds: (Int32, Int32, Int32)
    private let outputRead: Int32
    private let errorRead: Int32
    private var childEndsOpen = true
    private var open: Set<Int32>

    init(input: StandardInput) throws(ExecutionError) {
        let inputFD = try RunStreams.open(input)
        var output: [Int32] = [-1, -1]
        var errors: [Int32] = [-1, -1]
        do {
            try systemCall("pipe2 (standard output)") { jitter_pipe(&output, 0) }
            try systemCall("pipe2 (standard error)") { jitter_pipe(&errors, 0) }
            for end in [output[0], errors[0]] {
                try systemCall("fcntl (O_NONBLOCK)") { fcntl(end, F_SETFL, O_NONBLOCK) }
            }
        } catch {
            for end in output + errors + [inputFD] where end >= 0 { Glibc.close(end) }
            throw error
        }
        childEnds = (inputFD, output[1], errors[1])
        outputRead = output[0]
        errorRead = errors[0]
        open = [outputRead, errorRead]
    }

    private static func open(_ input: StandardInput) throws(ExecutionError) -> Int32 {
        switch input {
        case .empty:
            return try systemCall("open /dev/null") { Glibc.open("/dev/null", O_RDONLY | O_CLOEXEC) }
        case .file(let path):
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            if fd < 0 { throw .standardInput(path: path, errno: errno) }
            return fd
        case .bytes(let bytes):
            // A file rather than a pipe: any amount of input, and no writer to keep alive.
            let fd = try systemCall("memfd_create (standard input)") { jitter_memfd_create("jitter-stdin") }
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBytes { buffer in
                    write(fd, buffer.baseAddress! + written, buffer.count - written)
                }
                if count < 0 {
                    if errno == EINTR { continue }
                    let error = errno
                    Glibc.close(fd)
                    throw .systemCall("write (standard input)", errno: error)
                }
                written += count
            }
            lseek(fd, 0, SEEK_SET)
            return fd
        }
    }

    /// The read ends that have not reached end of file.
    var openReadEnds: [Int32] { [outputRead, errorRead].filter(open.contains) }

    func closeChildEnds() {
        guard childEndsOpen else { return }
        childEndsOpen = false
        Glibc.close(childEnds.0)
        Glibc.close(childEnds.1)
        Glibc.close(childEnds.2)
    }

    func close() {
        closeChildEnds()
        Glibc.close(outputRead)
        Glibc.close(errorRead)
    }

    /// Reads what is there on `fd` (one of the read ends) and hands it to `deliver`; notes EOF.
    func read(_ fd: Int32, deliver: (OutputStream, ArraySlice<UInt8>) -> Void) {
        _ = readAvailable(fd, deliver: deliver)
    }

    /// Reads both pipes until they are empty: the run is over, so what is left is all there is
    /// (a process that outlived it would have been killed with its group).
    func drain(deliver: (OutputStream, ArraySlice<UInt8>) -> Void) {
        for fd in openReadEnds {
            while readAvailable(fd, deliver: deliver) {}
        }
    }

    /// One read; true when more may follow at once.
    private func readAvailable(_ fd: Int32, deliver: (OutputStream, ArraySlice<UInt8>) -> Void) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            deliver(fd == outputRead ? .standardOutput : .standardError, buffer[..<count])
            return true
        }
        if count == 0 || (errno != EINTR && errno != EAGAIN) { open.remove(fd) }
        return count < 0 && errno == EINTR
    }

    /// Writes all of `bytes` to `fd`, giving up on an error other than EINTR.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                return
            }
            written += count
        }
    }
}
