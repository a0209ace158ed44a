#if canImport(Glibc)
import Glibc
#endif

/// Opens `path` for reading without waiting for a writer: a named pipe that no program has open
/// for writing makes a plain `open` wait until one does, which could be forever; opened this way
/// it reads as empty instead. Reads on the descriptor then block as usual, so a writer that is
/// there is waited for, as `cat` would. Returns -1 with `errno` set when the file cannot be opened.
package func openForReading(_ path: String) -> Int32 {
    blocking(open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK))
}

/// Opens `path` for writing with `flags` (and `O_WRONLY`) without waiting for a reader: a named
/// pipe that no program has open for reading fails at once (`ENXIO`) rather than making `open`
/// wait. Writes then block as usual. Returns -1 with `errno` set when the file cannot be opened.
package func openForWriting(_ path: String, flags: Int32, mode: mode_t) -> Int32 {
    blocking(open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK | flags, mode))
}

/// `fd` with `O_NONBLOCK` cleared (-1 stays -1).
private func blocking(_ fd: Int32) -> Int32 {
    guard fd >= 0 else { return fd }
    let flags = fcntl(fd, F_GETFL)
    if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
    return fd
}
