import CTrampoline
import Glibc

/// The memory the caller shares with its supervisor and workers: the memory file behind the
/// sandbox regions and the code staging area (mapped read-write here, at an address of the
/// kernel's choosing, and at the fixed ``SandboxLayout`` addresses in each worker) and the
/// control block.
final class SandboxMemory {
    let fileDescriptor: Int32
    /// The whole memory file, as the parent sees it.
    let base: UnsafeMutableRawPointer
    /// The `jitter_control` block, MAP_SHARED with the supervisor and every worker.
    let control: UnsafeMutablePointer<jitter_control>
    private let controlSize: Int

    init() throws(ExecutionError) {
        let fd = try systemCall("memfd_create") { jitter_memfd_create("jitter-sandbox") }
        var mapped: [(UnsafeMutableRawPointer, Int)] = []
        do {
            try systemCall("ftruncate") { ftruncate(fd, off_t(SandboxLayout.memoryFileSize)) }
            let base = try SandboxMemory.map(
                size: SandboxLayout.memoryFileSize, flags: MAP_SHARED, fd: fd, what: "mmap (sandbox file)")
            mapped.append((base, SandboxLayout.memoryFileSize))
            let controlSize = SandboxMemory.roundedToPages(MemoryLayout<jitter_control>.size)
            let control = try SandboxMemory.map(
                size: controlSize, flags: MAP_SHARED | MAP_ANONYMOUS, fd: -1, what: "mmap (control block)")
            self.fileDescriptor = fd
            self.base = base
            self.control = control.bindMemory(to: jitter_control.self, capacity: 1)
            self.controlSize = controlSize
        } catch {
            for (address, size) in mapped { munmap(address, size) }
            close(fd)
            throw error
        }
    }

    deinit {
        munmap(base, SandboxLayout.memoryFileSize)
        munmap(UnsafeMutableRawPointer(control), controlSize)
        close(fileDescriptor)
    }

    static func roundedToPages(_ size: Int) -> Int {
        (size + SandboxLayout.pageSize - 1) & ~(SandboxLayout.pageSize - 1)
    }

    private static func map(size: Int, flags: Int32, fd: Int32, what: String) throws(ExecutionError)
        -> UnsafeMutableRawPointer
    {
        let address = mmap(nil, size, PROT_READ | PROT_WRITE, flags, fd, 0)
        guard let address, address != MAP_FAILED else {
            throw .systemCall(what, errno: errno)
        }
        return address
    }

    /// The pieces of the region at `fileOffset` that hold data, page by page as the memory file
    /// stores them (holes read as zeros and are left out).
    func runs(at fileOffset: Int, size: Int) -> [MemoryRun] {
        var runs: [MemoryRun] = []
        var cursor = Int64(fileOffset)
        let end = Int64(fileOffset + size)
        while cursor < end {
            let start = jitter_seek(fileDescriptor, cursor, 1)
            guard start >= 0, start < end else { break }
            var stop = jitter_seek(fileDescriptor, start, 0)
            if stop < 0 || stop > end { stop = end }
            let bytes = Array(UnsafeRawBufferPointer(start: base + Int(start), count: Int(stop - start)))
            runs.append(MemoryRun(offset: Int(start) - fileOffset, bytes: bytes))
            cursor = stop
        }
        return runs
    }

    /// Zeroes the region at `fileOffset` by freeing its pages (falls back to writing zeros).
    func clear(at fileOffset: Int, size: Int) {
        if jitter_punch_hole(fileDescriptor, Int64(fileOffset), Int64(size)) != 0 {
            region(at: fileOffset, size: size).initializeMemory(as: UInt8.self, repeating: 0)
        }
    }

    /// Puts back a region saved by `runs(at:size:)`.
    func restore(_ runs: [MemoryRun], at fileOffset: Int, size: Int) {
        clear(at: fileOffset, size: size)
        let target = region(at: fileOffset, size: size)
        for run in runs where run.offset >= 0 && run.offset + run.bytes.count <= size {
            run.bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(rebasing: target[run.offset..<run.offset + run.bytes.count]).copyMemory(from: source)
            }
        }
    }

    /// The parent's view of the persistent region that starts at `fileOffset`.
    func region(at fileOffset: Int, size: Int) -> UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(start: base + fileOffset, count: size)
    }

    var data: UnsafeMutableRawBufferPointer {
        region(at: SandboxLayout.dataFileOffset, size: SandboxLayout.dataCapacity)
    }
    var scratch: UnsafeMutableRawBufferPointer {
        region(at: SandboxLayout.scratchFileOffset, size: SandboxLayout.scratchSize)
    }
    var stack: UnsafeMutableRawBufferPointer {
        region(at: SandboxLayout.stackFileOffset, size: SandboxLayout.stackSize)
    }
    var codeStaging: UnsafeMutableRawBufferPointer {
        region(at: SandboxLayout.codeStagingFileOffset, size: SandboxLayout.codeCapacity)
    }
}
