#if canImport(Glibc)
import Glibc
#endif

/// Opens `path` for reading without waiting for a writer: a named pipe that no program has open
/// for writing makes a plain `open` wait until one does, which could be forever; opened this way
/// it reads as empty instead. Reads on the descriptor then block as usual, so a writer that is
/// there is waited for, as `cat` would. Returns -1 with `errno` set when the file cannot be opened.
package func openForReading(_ path: String) -> Int32 {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return fd }
    let flags = fcntl(fd, F_GETFL)
    if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
    return fd
}
