import CTrampoline

/// Where the sandbox lives in the address space of the process that runs the code.
///
/// Every address is fixed and below 2 GiB, so code can name any of them as a 32-bit absolute
/// address or immediate (`mov eax, [0x44000000]`, `lea rsi, [0x44000010]`), and an assembler can
/// link absolute addresses before the code runs. Between the regions are unmapped gaps, so
/// running off the end of one faults instead of landing in another.
///
/// | region | address | size | lifetime |
/// | --- | --- | --- | --- |
/// | code | `0x4000_0000` | the image's code + exit stub (at most `codeCapacity`) | one run, read-execute |
/// | data | `0x4100_0000` | the image's data, rounded up to pages (at most `dataCapacity`) | one run, read-write, readable afterwards |
/// | scratch | `0x4400_0000` | 64 KiB | persists across runs, read-write |
/// | stack | `0x47FC_0000` – `0x4800_0000` | 256 KiB | persists across runs, read-write |
///
/// None of these addresses is mapped in the calling process: they exist only in the worker
/// that runs the code, so several executors can live in one process and code cannot reach
/// the caller's memory through them.
public enum SandboxLayout {
    /// Page size the layout is aligned to.
    public static let pageSize = 4096

    /// Address of the first byte of an image's code (`ExecutableImage.code[0]`).
    public static let codeAddress: UInt64 = 0x4000_0000
    /// Most bytes of code a run can hold, including the exit stub appended after the code.
    public static let codeCapacity = 16 << 20

    /// Address of the first byte of an image's data section (`ExecutableImage.data[0]`),
    /// right after the code region. Freshly initialised from the image at every run.
    public static let dataAddress: UInt64 = 0x4100_0000
    /// Most bytes of data an image can have.
    public static let dataCapacity = 16 << 20

    /// Address of the persistent scratch region: zeroed by `Executor.reset()`, otherwise
    /// keeping whatever the code stores there from one run to the next.
    public static let scratchAddress: UInt64 = 0x4400_0000
    /// Size of the scratch region.
    public static let scratchSize = 64 << 10

    /// Lowest address of the persistent stack.
    public static let stackBase: UInt64 = 0x47FC_0000
    /// One past the highest address of the stack; rsp starts here (see `RunMode`).
    public static let stackTop: UInt64 = 0x4800_0000
    /// Size of the stack region.
    public static let stackSize = Int(stackTop - stackBase)

    /// Size of the exit stub appended after the code: one `int3` (cc), at which the
    /// supervisor reads the registers of the stopped worker.
    public static let exitStubSize = Int(JITTER_EXIT_STUB_SIZE)

    /// The exit stub's byte.
    static let exitStub: UInt8 = 0xCC

    /// Offsets of the persistent regions in the memory file that backs them.
    static let dataFileOffset = 0
    static let scratchFileOffset = dataCapacity
    /// Right after the scratch region: a snapshot reads both as one span (`Executor.snapshot()`).
    static let stackFileOffset = dataCapacity + scratchSize
    /// Where each run's code is staged: the worker's code pages are a private read-execute
    /// mapping of it.
    static let codeStagingFileOffset = stackFileOffset + stackSize
    static let memoryFileSize = codeStagingFileOffset + codeCapacity
}
