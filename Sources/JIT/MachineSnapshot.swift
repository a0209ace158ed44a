/// The persistent machine at one moment: registers, the sandbox stack and the scratch region.
/// Taken by ``Executor/snapshot()`` and put back by ``Executor/restore(_:)`` (for an undo).
///
/// Only the parts of the two regions that hold data are kept (pages never written, or
/// cleared by ``Executor/reset()``, are holes that read as zeros), so a snapshot of a mostly
/// empty 256 KiB stack costs a page or two.
public struct MachineSnapshot: Equatable, Sendable {
    /// The registers (``Executor/state``), the extended state included.
    public var state: RegisterState
    /// The stack region's pages that hold data.
    var stackRuns: [MemoryRun]
    /// The scratch region's pages that hold data.
    var scratchRuns: [MemoryRun]

    /// The whole stack region, from ``SandboxLayout/stackBase`` up to ``SandboxLayout/stackTop``.
    public var stack: [UInt8] {
        get { MemoryRun.bytes(stackRuns, size: SandboxLayout.stackSize) }
        set { stackRuns = [MemoryRun(offset: 0, bytes: Array(newValue.prefix(SandboxLayout.stackSize)))] }
    }
    /// The whole scratch region, from ``SandboxLayout/scratchAddress``.
    public var scratch: [UInt8] {
        get { MemoryRun.bytes(scratchRuns, size: SandboxLayout.scratchSize) }
        set { scratchRuns = [MemoryRun(offset: 0, bytes: Array(newValue.prefix(SandboxLayout.scratchSize)))] }
    }

    /// Equal when the registers and every byte of both regions are (however the bytes are kept).
    public static func == (a: MachineSnapshot, b: MachineSnapshot) -> Bool {
        a.state == b.state && a.stack == b.stack && a.scratch == b.scratch
    }
}

/// Bytes at an offset into a region; the region's other bytes are zero.
struct MemoryRun: Equatable, Sendable {
    let offset: Int
    let bytes: [UInt8]

    /// `runs` of a span cut at offset `boundary` into the runs before it and those after it
    /// (offsets from `boundary`), a run across it cut in two.
    static func split(_ runs: [MemoryRun], at boundary: Int) -> (before: [MemoryRun], after: [MemoryRun]) {
        var before: [MemoryRun] = [], after: [MemoryRun] = []
        for run in runs {
            let end = run.offset + run.bytes.count
            if end <= boundary {
                before.append(run)
            } else if run.offset >= boundary {
                after.append(MemoryRun(offset: run.offset - boundary, bytes: run.bytes))
            } else {
                let cut = boundary - run.offset
                before.append(MemoryRun(offset: run.offset, bytes: Array(run.bytes[..<cut])))
                after.append(MemoryRun(offset: 0, bytes: Array(run.bytes[cut...])))
            }
        }
        return (before, after)
    }

    static func bytes(_ runs: [MemoryRun], size: Int) -> [UInt8] {
        var whole = [UInt8](repeating: 0, count: size)
        for run in runs {
            whole.replaceSubrange(run.offset..<run.offset + run.bytes.count, with: run.bytes)
        }
        return whole
    }
}
