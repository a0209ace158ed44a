#if canImport(Glibc)
import Glibc
#endif

/// Buffered output to a file descriptor, written in large chunks.
///
/// `print` flushes per line on a pipe; the encoder writes a million lines, so output is
/// gathered here and handed to `write(2)` 64 KiB at a time.
final class FileOutput {
    let descriptor: Int32
    // Written for every line of output from one thread; the runtime's exclusivity check of
    // each write cost more than the write.
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    private let chunk: Int
    /// The errno of the first failed write; later writes are dropped.
    private(set) var failure: Int32?

    init(descriptor: Int32, chunk: Int = 1 << 16) {
        self.descriptor = descriptor
        self.chunk = chunk
        buffer.reserveCapacity(chunk + 1024)
    }

    deinit { flush() }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= chunk { flush() }
    }

    func write(byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= chunk { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
    }
}
