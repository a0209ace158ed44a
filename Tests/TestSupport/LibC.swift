#if canImport(Glibc)
import Glibc
#endif

/// glibc functions the Swift overlay leaves out (they sit behind `_GNU_SOURCE` or
/// `_XOPEN_SOURCE`), looked up by name at run time.
enum LibC {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    typealias OpenTerminal = @convention(c) (Int32) -> Int32
    typealias TerminalCall = @convention(c) (Int32) -> Int32
    typealias TerminalName = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

    static func symbol<T>(_ name: String, as type: T.Type) -> T? {
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(address, to: type)
    }

    /// pipe2(2): both ends get `flags` (O_CLOEXEC) atomically, so a child spawned by
    /// another test at the same moment cannot inherit them.
    static func pipe2(_ fds: inout [Int32], _ flags: Int32) -> Int32 {
        guard let call = symbol("pipe2", as: Pipe2.self) else { return -1 }
        return fds.withUnsafeMutableBufferPointer { call($0.baseAddress!, flags) }
    }

    static func posix_openpt(_ flags: Int32) -> Int32 {
        symbol("posix_openpt", as: OpenTerminal.self)?(flags) ?? -1
    }

    static func grantpt(_ fd: Int32) -> Int32 {
        symbol("grantpt", as: TerminalCall.self)?(fd) ?? -1
    }

    static func unlockpt(_ fd: Int32) -> Int32 {
        symbol("unlockpt", as: TerminalCall.self)?(fd) ?? -1
    }

    /// The path of the terminal device whose master is `fd`.
    static func ptsname(_ fd: Int32) -> String? {
        guard let call = symbol("ptsname_r", as: TerminalName.self) else { return nil }
        var name = [CChar](repeating: 0, count: 128)
        guard call(fd, &name, name.count) == 0 else { return nil }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
