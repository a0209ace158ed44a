import CTrampoline
import Glibc

/// Runs machine code in isolation, keeping a machine state (registers, a stack, a scratch
/// region) from one run to the next.
///
/// ## Isolation
/// At its first run, each executor starts a small supervisor process (a child of this one, and
/// its only one: the worker running the code is a child of the supervisor) which keeps almost
/// nothing of this process: it unmaps every library, heap and stack it does not need and
/// closes every descriptor, so that it can fork quickly. For every ``run(_:mode:)`` the
/// supervisor forks a fresh worker, which leads its own process group, maps the
/// ``SandboxLayout`` regions at their fixed addresses, copies the code into fresh pages that
/// are read-write while filled and read-execute from then on (never both, in any process),
/// and enters it through the C trampoline with the persistent registers. The worker reports
/// the registers through a MAP_SHARED control block when the code reaches the exit stub or a
/// signal arrives. Whatever the code does (fault, loop, `exit`, smash its stack, write
/// anywhere, fork) happens to the worker, whose memory holds nothing of this process's: this
/// process is untouched. When the worker has ended, its process group is killed, and the
/// supervisor (a child subreaper) kills and reaps every process left below it, so nothing the
/// code forked survives the run, even if it left the group. The supervisor ends when the
/// executor is deallocated or this process dies; if the code kills it, that run fails with
/// ``ExecutionError/supervisorLost`` and the next run starts a new one.
///
/// ## Output
/// The code gets this process's file descriptors 0, 1 and 2 (``standardInput`` and friends
/// choose others), handed over afresh at every run, and no other descriptor. A `write` to
/// fd 1 from the code goes straight to the same stdout: flush any buffered output
/// (`fflush(stdout)`, or whatever buffers the caller's prints) before calling
/// ``run(_:mode:)`` so the two appear in order.
///
/// ## Stopping code
/// ``timeout`` bounds each run. ``interrupt()`` (or an ``InterruptHandle`` from another
/// thread) stops the current run; interrupts sent before a run starts are discarded. For Ctrl-C, set ``interruptsOnSIGINT``: during each run,
/// SIGINT then interrupts the code instead of reaching the caller's handler, and the previous
/// SIGINT disposition is restored when the run ends. (The worker and the supervisor are not
/// in the terminal's foreground process group, so the terminal's SIGINT reaches only this
/// process.) Stopping first sends the worker SIGUSR1, whose handler captures the registers;
/// code that does not stop within 200 ms is killed with SIGKILL and reported without registers.
///
/// ## Threading
/// ``run(_:mode:)`` blocks the calling thread until the code has ended; do not call it on a
/// thread that other work is waiting for (such as Swift's cooperative pool). An executor is
/// used by one thread at a time; it is not `Sendable`. Several executors may run at once in
/// one process, each with its own supervisor and sandbox. ``interruptHandle`` is `Sendable`
/// and may be used from any thread.
public final class Executor {
    /// The registers a run starts with (rsp only in step mode; rip is always the image's
    /// entry) and which it leaves behind when it returns, faults or steps. Settable, for
    /// `.set REG VALUE`. Of rflags, only ``RegisterState/enterableFlagsMask`` is honoured on entry.
    /// The extended state enters whole (XRSTOR), except MXCSR bits the processor lacks, and
    /// is captured whole at the exit, at a fault and when the code is stopped.
    public var state: RegisterState

    /// Longest a run may take before it is stopped with ``ExecutionOutcome/timedOut(_:)``.
    /// Zero or negative: no limit (only an interrupt stops the code). Default 2 s.
    public var timeout: Duration = .seconds(2)

    /// When true, SIGINT delivered to this process while a run is in progress interrupts the
    /// run (see the type's documentation). Only one executor per process can forward SIGINT
    /// at a time; a second one simply runs without forwarding. Default false.
    public var interruptsOnSIGINT = false

    /// The descriptor (of this process) the code gets as its standard input, fd 0. Default 0.
    public var standardInput: Int32 = 0
    /// The descriptor the code gets as its standard output, fd 1. Default 1: the code's
    /// `write(1, …)` goes where this process's stdout goes.
    public var standardOutput: Int32 = 1
    /// The descriptor the code gets as its standard error, fd 2. Default 2.
    public var standardError: Int32 = 2

    /// When true, the worker copies its /proc/self/maps into ``memoryMaps`` while the code
    /// pages are being filled and again just before entering them: the evidence that code
    /// pages are never writable and executable at once. Costs two reads of /proc per run.
    public var recordsMemoryMaps = false

    /// The memory maps recorded by the last run, when ``recordsMemoryMaps`` was set.
    public internal(set) var memoryMaps: MemoryMaps?

    /// Registers after ``reset()``: all zero, rsp at ``SandboxLayout/stackTop``, rflags with
    /// every status flag clear (``RegisterState/baseFlags``), the extended state as after
    /// reset (x87 control word 0x037F, MXCSR 0x1F80, every vector register zero).
    public static let initialState: RegisterState = {
        var state = RegisterState.zero
        state.rsp = SandboxLayout.stackTop
        state.rflags = RegisterState.baseFlags
        return state
    }()

    /// Signal the supervisor sends to stop the code and collect its registers.
    static let stopSignal = SIGUSR1
    /// How long stopped code has to answer the stop signal before it is killed.
    static let stopGrace: Duration = .milliseconds(200)

    let memory: SandboxMemory
    let interrupts: InterruptPipe
    let exitAddress = jitter_exit_address()
    /// Code and stub of the last run, for ``readMemory(at:count:)``.
    var lastCode: [UInt8] = []
    /// Process group of the last run's worker (its pid), for checking nothing of it is left.
    var lastProcessGroup: pid_t?
    /// The process that forks the workers; nil after it was lost, until the next run.
    var supervisor: Supervisor?
    /// Bytes of the data region mapped by the last run (whole pages).
    var dataMappedSize = 0

    /// Creates an executor with ``initialState`` and zeroed stack and scratch regions. Throws
    /// when the shared memory or the interrupt pipe cannot be created, naming the system call
    /// that failed. The supervisor process starts with the first run.
    public init() throws(ExecutionError) {
        memory = try SandboxMemory()
        interrupts = try InterruptPipe()
        state = Executor.initialState
    }

    /// A handle that interrupts this executor's runs from any thread.
    public var interruptHandle: InterruptHandle { InterruptHandle(pipe: interrupts) }

    /// Stops the run in progress, if any (see ``InterruptHandle``).
    public func interrupt() {
        interruptHandle.interrupt()
    }

    /// Runs `image` in a fresh worker process and reports how it ended.
    ///
    /// Updates ``state`` when the code returns or faults (with the registers at the exit
    /// stub or at the fault). After a time-out, an interrupt or an exit, ``state`` keeps its
    /// value from before the run; the stack, scratch and data regions keep whatever the code
    /// wrote to them in every case. Never throws and never crashes: set-up failures come back
    /// as ``ExecutionOutcome/failed(_:)``. Flush buffered output first (see the type's notes).
    public func run(_ image: ExecutableImage, mode: RunMode) -> ExecutionOutcome {
        do {
            return try execute(image, mode: mode)
        } catch {
            return .failed(error)
        }
    }

    /// A copy of `count` bytes of sandbox memory at `address`, or nil unless the whole range
    /// lies inside one region: the stack, the scratch region, the data section of the last
    /// run (as the code left it) or the code of the last run (with its exit stub).
    public func readMemory(at address: UInt64, count: Int) -> [UInt8]? {
        guard count >= 0 else { return nil }
        let regions: [(start: UInt64, bytes: UnsafeRawBufferPointer)] = [
            (SandboxLayout.stackBase, UnsafeRawBufferPointer(memory.stack)),
            (SandboxLayout.scratchAddress, UnsafeRawBufferPointer(memory.scratch)),
            (SandboxLayout.dataAddress, UnsafeRawBufferPointer(rebasing: memory.data.prefix(dataMappedSize))),
        ]
        for (start, bytes) in regions {
            if let range = Executor.range(address, count, in: start, size: bytes.count) {
                return Array(bytes[range])
            }
        }
        if let range = Executor.range(address, count, in: SandboxLayout.codeAddress, size: lastCode.count) {
            return Array(lastCode[range])
        }
        return nil
    }

    /// The registers, stack and scratch region as they are now.
    public func snapshot() -> MachineSnapshot {
        MachineSnapshot(state: state, stack: Array(memory.stack), scratch: Array(memory.scratch))
    }

    /// Puts back a snapshot taken by ``snapshot()``.
    public func restore(_ snapshot: MachineSnapshot) {
        state = snapshot.state
        Executor.copy(snapshot.stack, into: memory.stack)
        Executor.copy(snapshot.scratch, into: memory.scratch)
    }

    /// Back to the beginning: ``initialState``, and zeroed stack, scratch and data regions.
    public func reset() {
        state = Executor.initialState
        memory.stack.initializeMemory(as: UInt8.self, repeating: 0)
        memory.scratch.initializeMemory(as: UInt8.self, repeating: 0)
        UnsafeMutableRawBufferPointer(rebasing: memory.data.prefix(dataMappedSize))
            .initializeMemory(as: UInt8.self, repeating: 0)
        dataMappedSize = 0
        lastCode = []
    }

    private static func range(_ address: UInt64, _ count: Int, in start: UInt64, size: Int) -> Range<Int>? {
        guard address >= start else { return nil }
        let offset = address - start
        guard offset <= UInt64(size), UInt64(count) <= UInt64(size) - offset else { return nil }
        return Int(offset)..<Int(offset) + count
    }

    private static func copy(_ bytes: [UInt8], into region: UnsafeMutableRawBufferPointer) {
        bytes.withUnsafeBytes { source in
            region.copyMemory(from: UnsafeRawBufferPointer(rebasing: source.prefix(region.count)))
        }
    }
}

/// /proc/self/maps of the worker that ran the code, recorded at two moments.
public struct MemoryMaps: Equatable, Sendable {
    /// While the code pages were being written (they must be read-write, not executable).
    public var whileFilling: String
    /// Just before the code was entered (the code pages must be read-execute, not writable).
    public var whenEntering: String
}
