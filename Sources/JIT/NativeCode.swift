import Glibc

/// Machine code and its data, mapped into this process and callable directly.
///
/// One mapping holds the code pages, then the data pages. The code is written while every page
/// is read-write, then its pages are made read-execute (never writable and executable at
/// once); the data pages stay read-write. The mapping is removed when the value is
/// deinitialized, so a pointer into it is valid only while the value lives.
///
/// ## Not isolated
/// Code run from here runs in this process, on the caller's thread and stack, with the
/// caller's memory and descriptors: a fault in it is a fault of this process, an endless loop
/// hangs the caller, and it can read and write anything the process can. That is what makes
/// a call cost what a C function-pointer call costs. For code you do not trust, use
/// ``Executor``, which runs it in a separate, sandboxed process.
public final class NativeCode: @unchecked Sendable {
    // Sendable: after init nothing is mutated, and the pages themselves are only read here.

    /// The address of the first byte of code.
    public let codeAddress: UInt64
    /// The bytes of code loaded (the code pages may be longer).
    public let codeSize: Int
    /// The address of the first byte of data: the page after the last code page.
    public let dataAddress: UInt64
    /// The bytes of data loaded (zero-filled to the end of their pages).
    public let dataSize: Int

    private let mapping: UnsafeMutableRawPointer
    private let mappingSize: Int

    /// The bytes to place, made by a caller that has learnt where they go.
    public struct Contents: Sendable {
        /// The bytes for the code pages.
        public var code: [UInt8]
        /// The bytes for the data pages.
        public var data: [UInt8]

        /// `code` for the code pages, `data` for the data pages.
        public init(code: [UInt8], data: [UInt8] = []) {
            self.code = code
            self.data = data
        }
    }

    /// Maps pages for code and data, lets `link` make the bytes for the addresses they got,
    /// and loads them.
    ///
    /// `link` receives the code and data addresses and returns the bytes linked for them
    /// (absolute addresses and branches to fixed addresses depend on where code lands). The
    /// first call is given room for `expectedCodeSize` and `expectedDataSize` bytes; when the
    /// bytes it returns do not fit, the pages are mapped again, larger, and `link` is asked
    /// again for the new addresses, up to a few times.
    public static func link(
        expectedCodeSize: Int, expectedDataSize: Int,
        _ link: (_ codeAddress: UInt64, _ dataAddress: UInt64) throws -> Contents
    ) throws -> NativeCode {
        var codeRoom = max(1, expectedCodeSize)
        var dataRoom = expectedDataSize
        for _ in 0..<4 {
            let codePages = NativeCode.roundedToPages(codeRoom)
            let size = codePages + NativeCode.roundedToPages(dataRoom)
            let mapping = try NativeCode.map(size)
            let codeAddress = UInt64(UInt(bitPattern: mapping))
            let contents: Contents
            do {
                contents = try link(codeAddress, codeAddress + UInt64(codePages))
            } catch {
                munmap(mapping, size)
                throw error
            }
            if contents.code.count <= codePages && contents.data.count <= size - codePages {
                do {
                    return try NativeCode(mapping: mapping, size: size, codePages: codePages, contents: contents)
                } catch {
                    munmap(mapping, size)
                    throw error
                }
            }
            munmap(mapping, size)
            codeRoom = max(codeRoom, contents.code.count)
            dataRoom = max(dataRoom, contents.data.count)
        }
        throw NativeCodeError.layoutDoesNotSettle
    }

    /// Loads bytes that do not depend on their address (no absolute address, no branch to a
    /// fixed address): position-independent code, with `data` after it on the next page.
    public convenience init(code: [UInt8], data: [UInt8] = []) throws {
        let codePages = NativeCode.roundedToPages(max(1, code.count))
        let size = codePages + NativeCode.roundedToPages(data.count)
        let mapping = try NativeCode.map(size)
        do {
            try self.init(mapping: mapping, size: size, codePages: codePages, contents: Contents(code: code, data: data))
        } catch {
            munmap(mapping, size)
            throw error
        }
    }

    private init(mapping: UnsafeMutableRawPointer, size: Int, codePages: Int, contents: Contents) throws {
        contents.code.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { mapping.copyMemory(from: base, byteCount: bytes.count) }
        }
        // Code that runs off its end meets int3 rather than zeros (which decode as `add [rax], al`).
        if contents.code.count < codePages {
            (mapping + contents.code.count).initializeMemory(as: UInt8.self, repeating: 0xCC, count: codePages - contents.code.count)
        }
        contents.data.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { (mapping + codePages).copyMemory(from: base, byteCount: bytes.count) }
        }
        try systemCall("mprotect (code pages read-execute)") { mprotect(mapping, codePages, PROT_READ | PROT_EXEC) }
        self.mapping = mapping
        self.mappingSize = size
        self.codeAddress = UInt64(UInt(bitPattern: mapping))
        self.codeSize = contents.code.count
        self.dataAddress = codeAddress + UInt64(codePages)
        self.dataSize = contents.data.count
    }

    deinit {
        munmap(mapping, mappingSize)
    }

    /// The address `offset` bytes into the code, as a pointer.
    public func codePointer(at offset: Int = 0) -> UnsafeRawPointer {
        precondition(offset >= 0 && offset < max(1, codeSize), "offset \(offset) is outside the \(codeSize) bytes of code")
        return UnsafeRawPointer(mapping + offset)
    }

    /// The data pages: the code may have changed them.
    public var data: UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(start: mapping + Int(dataAddress - codeAddress), count: dataSize)
    }

    /// The code entered at `offset`, as a function of type `F` (a `@convention(c)` function
    /// type), valid while this value lives.
    ///
    /// Prefer ``JITFunction``, which keeps the code alive for as long as it can be called.
    public func unsafeFunction<F>(at offset: Int = 0, as type: F.Type) -> F {
        precondition(MemoryLayout<F>.size == MemoryLayout<UnsafeRawPointer>.size,
                     "\(F.self) is not a @convention(c) function type")
        return unsafeBitCast(codePointer(at: offset), to: F.self)
    }

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    static func roundedToPages(_ size: Int) -> Int {
        (size + pageSize - 1) / pageSize * pageSize
    }

    /// Where new code is asked to go: below this program's code, near enough for a rel32
    /// `call` to reach the program's functions. It matters for speed too: calls from the
    /// program into code mapped where the kernel chooses by default (terabytes away, beside
    /// the libraries) measured about 1.7 times a call through a pointer to the program's own
    /// functions, and the same as such a call once the code is near. The kernel takes the
    /// hint only when the place is free, and chooses another otherwise.
    private static let placementHint: UInt = {
        let anchor = UInt(bitPattern: unsafeBitCast(placementAnchor as @convention(c) () -> Void, to: Int.self))
        let below = anchor & ~UInt(0xFFFFF)
        return below > 0x1000_0000 ? below - 0x1000_0000 : 0
    }()

    private static func map(_ size: Int) throws(ExecutionError) -> UnsafeMutableRawPointer {
        let address = mmap(UnsafeMutableRawPointer(bitPattern: placementHint), size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let address, address != MAP_FAILED else { throw .systemCall("mmap (native code)", errno: errno) }
        return address
    }
}

/// A function of this module: its address says where this program's code is.
private func placementAnchor() {}

/// Why native code could not be linked.
public enum NativeCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The code kept growing when linked at the addresses it was given (branches to fixed
    /// addresses that reach further from each new place).
    case layoutDoesNotSettle

    /// The error in words.
    public var description: String {
        switch self {
        case .layoutDoesNotSettle: "the code's size kept changing with its address"
        }
    }
}
