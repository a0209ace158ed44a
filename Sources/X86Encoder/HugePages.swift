#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to back a large table with 2 MiB pages, before anything is written to it.
///
/// Only for tables read at random places (remembered forms, the symbols' slots), one or two reads
/// a line: with 4 KiB pages most of those reads also miss the TLB, and in a virtual machine a TLB
/// miss walks two sets of page tables. Arrays written and read in order stay on 4 KiB pages: a
/// guest that hands free memory back to its host (free page reporting) gives a process that
/// starts a few seconds after the last one fresh 2 MiB pages, and the host faults in each 4 KiB
/// of them on first touch — about three times what the guest's own 4 KiB pages cost, so that
/// advising the builder's arrays too made a big file's run ~10% slower after an idle pause.
/// Only the whole 2 MiB extents inside the block can be huge; smaller tables are left alone.
/// Advice only: where the kernel does not follow it (transparent huge pages off), nothing changes.
package enum HugePages {
    static let size = 2 << 20
    /// `MADV_POPULATE_WRITE` (Linux 5.14), which the C library's headers may not name.
    static let populateWrite: Int32 = 23

    static func advise(_ start: UnsafeMutableRawPointer, byteCount: Int) {
        #if canImport(Glibc)
        guard byteCount >= size else { return }
        let first = (Int(bitPattern: start) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: start) + byteCount) & ~(size - 1)
        guard end > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(aligned, end - first, MADV_HUGEPAGE)
        #endif
    }
}

/// Zeroed memory for a table, aligned to a cache line: from the kernel for a large one, aligned
/// to 2 MiB and advised into 2 MiB pages, so that it costs neither clearing up front nor a TLB
/// miss per random read; from `aligned_alloc`, cleared, for a small one.
package final class ZeroedTable: @unchecked Sendable {
    package let base: UnsafeMutableRawPointer
    package let byteCount: Int
    /// The mapping `base` lies in; nil for `aligned_alloc`'s memory.
    private let mapping: UnsafeMutableRawPointer?
    private let mappingSize: Int

    /// Nil when the memory cannot be had.
    package init?(byteCount: Int) {
        self.byteCount = byteCount
        #if canImport(Glibc)
        if byteCount >= HugePages.size {
            let size = byteCount + HugePages.size
            guard let memory = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                  memory != MAP_FAILED,
                  let aligned = UnsafeMutableRawPointer(bitPattern: (Int(bitPattern: memory) + HugePages.size - 1) & ~(HugePages.size - 1))
            else { return nil }
            HugePages.advise(aligned, byteCount: byteCount)
            // Every 2 MiB of such a table is touched, and soon: faulted in now, written. A first
            // read mapped the shared zero page and the first write then replaced it, a second
            // fault that also flushed the other thread's TLB (on the symbols' table, 2% of a big
            // file's samples); populated here, a big file's run took 5–35 ms less CPU. Kernels
            // before 5.14 refuse the advice, and the table is faulted in as it is used.
            _ = madvise(aligned, byteCount, HugePages.populateWrite)
            mapping = memory
            mappingSize = size
            base = aligned
            return
        }
        #endif
        let rounded = max(64, (byteCount + 63) & ~63)
        guard let memory = aligned_alloc(64, rounded) else { return nil }
        memset(memory, 0, rounded)
        mapping = nil
        mappingSize = 0
        base = memory
    }

    /// A table with the same bytes.
    package func copy() -> ZeroedTable? {
        guard let copy = ZeroedTable(byteCount: byteCount) else { return nil }
        copy.base.copyMemory(from: base, byteCount: byteCount)
        return copy
    }

    deinit {
        #if canImport(Glibc)
        if let mapping {
            munmap(mapping, mappingSize)
            return
        }
        #endif
        free(base)
    }
}
