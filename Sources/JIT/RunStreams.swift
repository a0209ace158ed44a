import CTrampoline
import Glibc

/// The code's standard input for one run: a descriptor of its own when the run has input,
/// none when it has not (the worker then reads the /dev/null it already has).
final class RunInput {
    /// What the code gets as fd 0, or -1.
    let descriptor: Int32

    init(_ input: StandardInput) throws(ExecutionError) {
        descriptor = try RunInput.open(input)
    }

    deinit {
        if descriptor >= 0 { Glibc.close(descriptor) }
    }

    private static func open(_ input: StandardInput) throws(ExecutionError) -> Int32 {
        switch input {
        case .empty:
            return -1
        case .file(let path):
            // A named pipe without a writer would make `open` wait for one: opened without
            // waiting, it reads as empty; reads block as usual after.
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            if fd < 0 { throw .standardInput(path: path, errno: errno) }
            let flags = fcntl(fd, F_GETFL)
            if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
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
}

/// The pipes the code's standard output and error go to, one pair per supervisor: every worker
/// inherits the supervisor's write ends as its fds 1 and 2, and the executor reads the other
/// ends while the code runs and after. The code's write ends are open files of their own, so
/// nothing it does to them (O_NONBLOCK, closing) reaches the executor's read ends; what it
/// changes about them is undone before the next run (see worker.c).
final class OutputPipes {
    /// The ends the supervisor gets (the executor closes its copies once it has).
    private(set) var writeEnds: (output: Int32, error: Int32)
    let outputRead: Int32
    let errorRead: Int32
    /// The read ends that have not reached end of file (which only a dead supervisor brings).
    private var open: Set<Int32>
    /// Where reads land (allocated once, never cleared: only what a read filled is used).
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 65536, alignment: 16)

    init() throws(ExecutionError) {
        var output: [Int32] = [-1, -1]
        var errors: [Int32] = [-1, -1]
        do {
            try systemCall("pipe2 (standard output)") { jitter_pipe(&output, 0) }
            try systemCall("pipe2 (standard error)") { jitter_pipe(&errors, 0) }
            for end in [output[0], errors[0]] {
                try systemCall("fcntl (O_NONBLOCK)") { fcntl(end, F_SETFL, O_NONBLOCK) }
            }
        } catch {
            for end in output + errors where end >= 0 { Glibc.close(end) }
            buffer.deallocate()
            throw error
        }
        outputRead = output[0]
        errorRead = errors[0]
        open = [outputRead, errorRead]
        writeEnds = (output[1], errors[1])
    }

    deinit {
        closeWriteEnds()
        Glibc.close(outputRead)
        Glibc.close(errorRead)
        buffer.deallocate()
    }

    func closeWriteEnds() {
        if writeEnds.output >= 0 { Glibc.close(writeEnds.output) }
        if writeEnds.error >= 0 { Glibc.close(writeEnds.error) }
        writeEnds = (-1, -1)
    }

    /// The read ends worth watching.
    var readEnds: [Int32] { [outputRead, errorRead].filter(open.contains) }

    /// Reads what is there on `fd` (one of the read ends) and hands it to `deliver`.
    func read(_ fd: Int32, deliver: (OutputStream, ArraySlice<UInt8>) -> Void) {
        _ = readAvailable(fd, deliver: deliver)
    }

    /// Reads both pipes until they are empty: the run is over and every process of it is
    /// gone, so what is there is all there is.
    func drain(deliver: (OutputStream, ArraySlice<UInt8>) -> Void) {
        for fd in readEnds {
            while readAvailable(fd, deliver: deliver) {}
        }
    }

    /// One read; true when more may follow at once.
    private func readAvailable(_ fd: Int32, deliver: (OutputStream, ArraySlice<UInt8>) -> Void) -> Bool {
        let count = Glibc.read(fd, buffer.baseAddress, buffer.count)
        if count > 0 {
            let bytes = Array(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            deliver(fd == outputRead ? .standardOutput : .standardError, bytes[...])
            return true
        }
        if count == 0 { open.remove(fd) }
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
