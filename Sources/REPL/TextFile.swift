#if canImport(Glibc)
import Glibc
#endif
import IntelSyntax

/// Reading source files and splitting them into lines.
public enum TextFile {
    /// The most the command line reads of one input: `/dev/zero` and `/dev/urandom` never end.
    public static let inputLimit = 256 << 20

    /// Why a file could not be read.
    public struct ReadError: Error, Sendable {
        public let message: String
    }

    /// The whole file as bytes; an error past `limit` bytes (`/dev/zero` never ends).
    public static func readBytes(_ path: String, limit: Int = Int.max) -> Result<[UInt8], ReadError> {
        let fd = openForReading(path)
        guard fd >= 0 else { return .failure(ReadError(message: String(cString: strerror(errno)))) }
        defer { close(fd) }
        return readAll(fd, limit: limit)
    }

    /// Everything readable from a descriptor until end of file, or an error past `limit` bytes.
    public static func readAll(_ fd: Int32, limit: Int = Int.max) -> Result<[UInt8], ReadError> {
        var bytes: [UInt8] = []
        var size = 1 << 16
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 { size = min(Int(info.st_size), limit) + 1 }
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadError(message: String(cString: strerror(errno))))
            }
            if count == 0 { break }
            if bytes.count + count > limit {
                return .failure(ReadError(message: "larger than \(limit >> 20) MiB"))
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return .success(bytes)
    }

    /// The whole file as text (invalid UTF-8 replaced); an error past `limit` bytes.
    public static func read(_ path: String, limit: Int = Int.max) -> Result<String, ReadError> {
        readBytes(path, limit: limit).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The lines of `text`, without their `\n` or `\r\n`; a final newline adds no line.
    public static func lines(of text: String) -> [Substring] {
        // Split on bytes: as Characters, "\r\n" is one grapheme and never equals "\n".
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: "\n") {
                var end = index
                if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") {
                    end = utf8.index(before: end)
                }
                lines.append(text[start..<end])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { lines.append(text[start..<utf8.endIndex]) }
        return lines
    }
}

/// A file as the kernel knows it: the same for every path that names it.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// The file `path` names (after symbolic links), or nil when it cannot be examined.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
