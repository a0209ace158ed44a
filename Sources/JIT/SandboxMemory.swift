import CTrampoline
import Glibc

/// The memory the caller shares with its supervisor and workers: the memory file behind the
/// sandbox regions (mapped read-write here, at an address of the kernel's choosing, and at the
/// fixed ``SandboxLayout`` addresses in each worker), the code staging area and the control
/// block (which the supervisor maps, as inherited from here, and workers only read and write
/// through the file).
final class SandboxMemory {
    let fileDescriptor: Int32
    /// The whole memory file, as the parent sees it.
    let base: UnsafeMutableRawPointer
    /// The `jitter_control` block, at the end of the memory file (MAP_SHARED with the
    /// supervisor).
    let control: UnsafeMutablePointer<jitter_control>
    private let controlSize: Int

    init() throws(ExecutionError) {
        let fd = try systemCall("memfd_create") { jitter_memfd_create("jitter-sandbox") }
        let controlSize = SandboxMemory.roundedToPages(MemoryLayout<jitter_control>.size)
        // The control block lives in the memory file too, after the regions and the staging
        // area: workers read their request from the file and never map any of it but the
        // sandbox regions.
        let total = SandboxLayout.memoryFileSize + controlSize
        do {
            try systemCall("ftruncate") { ftruncate(fd, off_t(total)) }
            let base = try SandboxMemory.map(size: total, fd: fd, what: "mmap (sandbox file)")
            self.fileDescriptor = fd
            self.base = base
            self.control = (base + SandboxLayout.memoryFileSize).bindMemory(to: jitter_control.self, capacity: 1)
            self.controlSize = controlSize
        } catch {
            close(fd)
            throw error
        }
    }

    deinit {
        munmap(base, mappedSize)
        close(fileDescriptor)
    }

    /// Bytes of the caller's mapping: the memory file with the control block at its end.
    var mappedSize: Int { SandboxLayout.memoryFileSize + controlSize }

    /// Where the control block is in the memory file.
    static var controlFileOffset: Int { SandboxLayout.memoryFileSize }

    static func roundedToPages(_ size: Int) -> Int {
        (size + SandboxLayout.pageSize - 1) & ~(SandboxLayout.pageSize - 1)
    }

    private static func map(size: Int, fd: Int32, what: String) throws(ExecutionError) -> UnsafeMutableRawPointer {
        let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
        guard let mapped, mapped != MAP_FAILED else {
            throw .systemCall(what, errno: errno)
        }
        return mapped
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
