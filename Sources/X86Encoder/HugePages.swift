#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to back a large table with 2 MiB pages, before anything is written to it.
///
/// A big file's tables (remembered forms, symbols) are read at random places, one or two reads a
/// line; with 4 KiB pages most of those reads also miss the TLB, and in a virtual machine a TLB
/// miss walks two sets of page tables. Only the whole 2 MiB extents inside the block can be
/// huge; smaller tables are left alone. Advice only: where the kernel does not follow it
/// (transparent huge pages off), nothing changes.
package enum HugePages {
    static let size = 2 << 20

    package static func advise(_ start: UnsafeMutableRawPointer, byteCount: Int) {
        #if canImport(Glibc)
        guard byteCount >= size else { return }
        let first = (Int(bitPattern: start) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: start) + byteCount) & ~(size - 1)
        guard end > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(aligned, end - first, MADV_HUGEPAGE)
        #endif
    }
}
