import CTrampoline
import Glibc

/// Runs machine code in isolation, keeping a machine state (registers, a stack, a scratch
/// region) from one run to the next.
///
/// ## Isolation
/// At its first run, each executor starts a small supervisor process (a child of this one)
/// which keeps almost nothing of this process: it moves to a stack of its own, unmaps every
/// library, heap and stack it does not need and closes every descriptor, so that it can fork
/// quickly and no worker inherits anything of this process's, and makes itself impossible to
/// trace or to read through /proc. The supervisor forks a fresh worker for every
/// ``run(_:mode:)``, ahead of the run, and traces it. While it waits for its run, the worker
/// takes a process group of its own in the supervisor's session (which has no controlling
/// terminal), its resource limits and the seccomp filter of ``policy``, and maps the
/// persistent ``SandboxLayout`` regions; given the run, it reads the request and the code from
/// the memory file (it never maps this process's memory, the control block included), becomes
/// an unprivileged user when it started as root, copies the code into fresh pages that are
/// read-write while filled and read-execute from then on (never both, in any process), closes
/// every descriptor but 0, 1 and 2, and enters the code through the C trampoline with the
/// persistent registers. The worker reports nothing: when the code reaches the exit stub (an
/// `int3`), faults or is stopped, the supervisor reads the registers of the stopped worker
/// with ptrace, so the code cannot forge them nor steer the supervisor. When the run is over,
/// the worker's process group is killed (the filter keeps every process the code forks in
/// it) and reaped before this executor hears of the outcome; a worker that made no process or
/// thread (the supervisor traces its clones) is killed in the stop that ended its run, where it
/// runs no more code, and the outcome comes while its exit is finishing: this executor waits
/// for the reap before it next touches the sandbox memory. This executor waits for the
/// supervisor with a deadline of its own; a supervisor that stops answering is killed with
/// the run's process group and replaced, and the run fails with
/// ``ExecutionError/supervisorUnresponsive``. A request that reached the supervisor is never
/// sent again: a block runs at most once.
///
/// ## Input and output
/// The code's standard input is ``standardInput`` (empty by default, never this process's
/// stdin). Its standard output and error are pipes that this executor reads while the code
/// runs and hands to ``outputHandler`` (by default, written to this process's fds 1 and 2), at
/// most ``outputLimit`` bytes per run; the rest is counted in ``droppedOutput``. Nothing the
/// code does to its descriptors (closing them, O_NONBLOCK) reaches this process's, nor the
/// next run's: the pipes serve every run of a supervisor, and what a run changed about its
/// ends is undone before the next.
///
/// ## Stopping code
/// ``timeout`` bounds each run. ``interrupt()`` (or an ``InterruptHandle`` from another
/// thread) stops the current run; interrupts sent before a run starts are discarded. For
/// Ctrl-C, set ``interruptsOnSIGINT``: during each run, SIGINT then interrupts the code instead
/// of reaching the caller's handler, and the previous SIGINT disposition is restored when the
/// run ends. (The worker and the supervisor are not in the terminal's foreground process
/// group, so the terminal's SIGINT reaches only this process.) Stopping sends the worker
/// SIGSTOP, at which the supervisor reads its registers; code that has not stopped within
/// a second (it is in an uninterruptible wait) is killed and reported without registers.
///
/// ## Threading
/// ``run(_:mode:)`` blocks the calling thread until the code has ended; do not call it on a
/// thread that other work is waiting for (such as Swift's cooperative pool). While it waits,
/// the thread is pinned to the CPU it was on (the supervisor and the worker run there too, so
/// the hand-offs of a run wake no idle CPU); its CPUs are given back before the call returns,
/// and a thread with a real-time scheduling policy is never pinned. An executor is
/// `Sendable`: it may be handed to another thread or task, and its methods and ``state`` take
/// an internal lock, so calls from several threads run one after another. Its settings
/// (``timeout``, ``policy``, ``outputHandler``…) are meant to be set before it is shared. Several executors may run at once in
/// one process, each with its own supervisor and sandbox. ``interruptHandle`` is `Sendable`
/// and may be used from any thread.
public final class Executor: @unchecked Sendable {
    /// The registers a run starts with (rsp only in step mode; rip is always the image's
    /// entry) and which it leaves behind when it returns, faults or steps. Settable, for
    /// `.set REG VALUE`. Of rflags, only ``RegisterState/enterableFlagsMask`` is honoured on entry.
    /// The extended state enters whole (XRSTOR), except MXCSR bits the processor lacks, and
    /// is captured whole at the exit, at a fault and when the code is stopped.
    public var state: RegisterState {
        get { lock.withLock { storedState } }
        set { lock.withLock { storedState = newValue } }
    }
    private var storedState: RegisterState
    /// Serialises runs and state changes across threads (recursive: `call` runs `run`).
    let lock = RecursiveLock()

    /// Longest a run may take before it is stopped with ``ExecutionOutcome/timedOut(_:)``;
    /// nil: no limit (only an interrupt stops the code). Limits below a millisecond count as a
    /// millisecond. Default 2 s.
    public var timeout: Duration? = .seconds(2)

    /// When true, SIGINT delivered to this process while a run is in progress interrupts the
    /// run (see the type's documentation). Only one executor per process can forward SIGINT
    /// at a time; a second one simply runs without forwarding. Default false.
    public var interruptsOnSIGINT = false

    /// What the code reads from its standard input, fd 0. Default: nothing (end of file).
    public var standardInput: StandardInput = .empty

    /// Receives what the code writes to its standard output and error, piece by piece as it
    /// arrives, on the thread that called ``run(_:mode:)``. Nil (the default): written to this
    /// process's fd 1 and fd 2.
    public var outputHandler: ((OutputStream, [UInt8]) -> Void)?

    /// Most bytes of output per run handed to ``outputHandler``; the rest is read and counted
    /// in ``droppedOutput``. Default 1 MiB.
    public var outputLimit = 1 << 20

    /// Bytes of output the last run wrote beyond ``outputLimit``.
    public internal(set) var droppedOutput = 0

    /// What the code may do; see ``SandboxPolicy``. Applies from the next run.
    public var policy = SandboxPolicy.standard {
        didSet { policySettings = nil }
    }
    /// `policy` as the control block holds it, built once per change.
    var policySettings: jitter_policy?

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

    /// How long stopped code has to stop before it is killed. SIGSTOP cannot be caught or
    /// blocked: only a process in an uninterruptible wait (or a machine too loaded to run it)
    /// takes this long.
    static let stopGrace: Duration = .seconds(1)

    let memory: SandboxMemory
    let interrupts: InterruptPipe
    /// Code of the last run, for ``readMemory(at:count:)``, and its size with the exit stub
    /// (0: no run since the start or the last reset).
    var lastCode: [UInt8] = []
    var lastCodeSize = 0
    /// Process group of the last run's worker (its pid), for checking nothing of it is left:
    /// read once the run's teardown is over (see ``settle()``).
    var lastProcessGroup: pid_t? {
        lock.withLock {
            settle()
            return lastWorker
        }
    }
    /// The last run's worker as the supervisor named it, at once: it may still be dying.
    var lastWorker: pid_t?
    /// How many runs the last run's worker has gone through, that run included: more than 1
    /// when the supervisor kept it from a clean run (see jitter_trampoline.h).
    var lastWorkerRuns: UInt32 = 0
    /// The process that forks the workers; nil after it was lost, until the next run.
    var supervisor: Supervisor?
    /// What of the policy the supervisor's own filter holds.
    var supervisorFilter: SupervisorFilter?
    /// Bytes of the data region mapped by the last run (whole pages).
    var dataMappedSize = 0
    /// Bytes of output handed on so far in this run.
    var shownOutput = 0
    /// The stack and scratch region as ``prepareSnapshot()`` read them; nil once anything
    /// may have written there since.
    var preparedRuns: (stack: [MemoryRun], scratch: [MemoryRun])?
    /// Until when (monotonic nanoseconds) runs are not pinned to the caller's CPU.
    var pinningResumes: Int64 = 0

    /// Creates an executor with ``initialState`` and zeroed stack and scratch regions. Throws
    /// when the shared memory or the interrupt pipe cannot be created, naming the system call
    /// that failed. The supervisor process starts with the first run.
    public init() throws(ExecutionError) {
        memory = try SandboxMemory()
        interrupts = try InterruptPipe()
        storedState = Executor.initialState
    }

    /// Makes this process non-dumpable, so that code run by an executor, which runs as the same
    /// user unless this process is root, can neither trace this process nor read or write its
    /// memory through /proc/PID/mem. Costs core dumps and attaching a debugger to this process.
    /// The `jitter` tool calls it at start; a host that runs untrusted code should too.
    public static func protectHostProcess() {
        _ = jitter_protect_process()
    }

    /// A handle that interrupts this executor's runs from any thread.
    public var interruptHandle: InterruptHandle { InterruptHandle(pipe: interrupts) }

    /// Stops the run in progress, if any (see ``InterruptHandle``).
    public func interrupt() {
        interruptHandle.interrupt()
    }

    /// Runs `image` in a fresh worker process and reports how it ended.
    ///
    /// Returns once the outcome is known and no code of the run can execute any more. When the
    /// worker alone made up the run (it started no process or thread) and was stopped where
    /// it ended, it is killed there and its exit finishes in the background: the next call that
    /// touches the sandbox (a run, ``readMemory(at:count:)``, ``snapshot()``, ``restore(_:)``,
    /// ``reset()``) waits for it. Otherwise every process of the run is gone already.
    ///
    /// Updates ``state`` when the code returns or faults (with the registers at the exit
    /// stub or at the fault). After a time-out, an interrupt or an exit, ``state`` keeps its
    /// value from before the run; the stack, scratch and data regions keep whatever the code
    /// wrote to them in every case. Never throws and never crashes: set-up failures come back
    /// as ``ExecutionOutcome/failed(_:)``. Flush buffered output first (see the type's notes).
    public func run(_ image: ExecutableImage, mode: RunMode) -> ExecutionOutcome {
        lock.withLock { () -> ExecutionOutcome in
            do throws(ExecutionError) {
                return try execute(image, mode: mode)
            } catch {
                return .failed(error)
            }
        }
    }

    /// A copy of `count` bytes of sandbox memory at `address`, or nil unless the whole range
    /// lies inside one region: the stack, the scratch region, the data section of the last
    /// run (as the code left it) or the code of the last run (with its exit stub).
    public func readMemory(at address: UInt64, count: Int) -> [UInt8]? {
        lock.withLock { unlockedRead(at: address, count: count) }
    }

    private func unlockedRead(at address: UInt64, count: Int) -> [UInt8]? {
        guard count >= 0 else { return nil }
        settle()
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
        if let range = Executor.range(address, count, in: SandboxLayout.codeAddress, size: lastCodeSize) {
            return Array((lastCode + [SandboxLayout.exitStub])[range])
        }
        return nil
    }

    /// The readable region that contains `address` (see ``readMemory(at:count:)``), as the
    /// range of addresses it covers; nil when no region does.
    public func readableRegion(containing address: UInt64) -> Range<UInt64>? {
        lock.withLock { unlockedRegion(containing: address) }
    }

    private func unlockedRegion(containing address: UInt64) -> Range<UInt64>? {
        let regions: [(start: UInt64, size: Int)] = [
            (SandboxLayout.stackBase, SandboxLayout.stackSize),
            (SandboxLayout.scratchAddress, SandboxLayout.scratchSize),
            (SandboxLayout.dataAddress, dataMappedSize),
            (SandboxLayout.codeAddress, lastCodeSize),
        ]
        for (start, size) in regions where address >= start && address - start < UInt64(size) {
            return start..<start + UInt64(size)
        }
        return nil
    }

    /// The registers, stack and scratch region as they are now.
    public func snapshot() -> MachineSnapshot {
        lock.withLock {
            settle()
            let runs = preparedRuns ?? regionRuns()
            return MachineSnapshot(state: storedState, stackRuns: runs.stack, scratchRuns: runs.scratch)
        }
    }

    /// Reads the stack and scratch region for the next ``snapshot()`` now, while nothing
    /// waits for it (after a run's report, say), so that the snapshot taken before the next
    /// run costs only the registers. Nothing but a run, ``restore(_:)`` or ``reset()`` writes
    /// those regions; each of them discards what was read.
    public func prepareSnapshot() {
        lock.withLock {
            settle()
            if preparedRuns == nil { preparedRuns = regionRuns() }
        }
    }

    /// The parts of the stack and scratch region that hold data.
    private func regionRuns() -> (stack: [MemoryRun], scratch: [MemoryRun]) {
        // The scratch region and the stack follow one another in the memory file: one walk
        // over both (each step is a system call).
        let both = memory.runs(at: SandboxLayout.scratchFileOffset, size: SandboxLayout.scratchSize + SandboxLayout.stackSize)
        let (scratch, stack) = MemoryRun.split(both, at: SandboxLayout.scratchSize)
        return (stack, scratch)
    }

    /// Puts back a snapshot taken by ``snapshot()``.
    public func restore(_ snapshot: MachineSnapshot) {
        lock.withLock {
            settle()
            preparedRuns = nil
            storedState = snapshot.state
            memory.restore(snapshot.stackRuns, at: SandboxLayout.stackFileOffset, size: SandboxLayout.stackSize)
            memory.restore(snapshot.scratchRuns, at: SandboxLayout.scratchFileOffset, size: SandboxLayout.scratchSize)
        }
    }

    /// Back to the beginning: ``initialState``, and zeroed stack, scratch and data regions.
    public func reset() {
        lock.withLock {
            settle()
            preparedRuns = nil
            storedState = Executor.initialState
            memory.clear(at: SandboxLayout.stackFileOffset, size: SandboxLayout.stackSize)
            memory.clear(at: SandboxLayout.scratchFileOffset, size: SandboxLayout.scratchSize)
            memory.clear(at: SandboxLayout.dataFileOffset, size: SandboxLayout.dataCapacity)
            dataMappedSize = 0
            lastCode = []
            lastCodeSize = 0
        }
    }

    private static func range(_ address: UInt64, _ count: Int, in start: UInt64, size: Int) -> Range<Int>? {
        guard address >= start else { return nil }
        let offset = address - start
        guard offset <= UInt64(size), UInt64(count) <= UInt64(size) - offset else { return nil }
        return Int(offset)..<Int(offset) + count
    }

}

/// The part of a policy a supervisor installs in its own filter (for itself and every worker):
/// a change of either starts another supervisor.
struct SupervisorFilter: Equatable {
    let refusedCalls: [String]
    let rules: UInt32

    init(_ policy: SandboxPolicy) {
        refusedCalls = policy.refusedCalls
        rules = policy.rules
    }
}

/// /proc/PID/maps of the worker that ran the code, recorded at two moments.
public struct MemoryMaps: Equatable, Sendable {
    /// Once the code pages were mapped, before the code ran (they are a private read-execute
    /// mapping of the staged code: never writable in the worker).
    public var whileFilling: String
    /// When the code had stopped (at the exit stub, a fault or a stop), read by the supervisor:
    /// the code pages must be read-execute, not writable, and nothing of the caller's left.
    public var whenEntering: String
}

/// Where the code's standard input comes from.
public enum StandardInput: Equatable, Sendable {
    /// Nothing: the first read returns end of file.
    case empty
    /// These bytes, then end of file.
    case bytes([UInt8])
    /// The file at this path, opened read-only for each run.
    case file(String)
}

/// One of the code's output streams.
public enum OutputStream: Equatable, Sendable {
    /// fd 1.
    case standardOutput
    /// fd 2.
    case standardError
}
