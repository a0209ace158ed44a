#ifndef JITTER_TRAMPOLINE_H
#define JITTER_TRAMPOLINE_H

// Entering generated code in an isolated process and capturing its registers on the way out.
//
// Three processes take part in a run:
// - the caller (the Swift side), which owns the memory file (the sandbox regions, the code
//   staging area and, at its end, the control block) and asks for runs;
// - the supervisor, a persistent child of the caller, created once per executor, which has
//   moved to a stack of its own, dropped every mapping it does not need (so that forking it
//   is cheap, and so that no worker inherits anything of the caller's) and closed every
//   descriptor it does not need; it forks workers ahead of their runs, traces them, enforces
//   the time limit, forwards interrupts, and kills and reaps whatever a run left behind;
// - the worker, which prepares while it waits (a process group of its own, its limits and
//   seccomp filter, the persistent sandbox regions) and, given its go, reads the request from
//   the memory file (it never maps the caller's memory), becomes an unprivileged user when it
//   started as root, maps the staged code private and read-execute (never writable), loads
//   the registers and jumps into the code; a worker whose run changed nothing is kept for the
//   next run (see `jitter_supervisor_spawn`).
// The supervisor and the worker run only the freestanding C of this module (raw system
// calls, no libc: the libraries are gone from their address space).
//
// Nothing the code can reach decides what the supervisor or the caller does. The worker holds
// no mapping and no descriptor of the caller's when the code runs, and it reports nothing
// itself: the supervisor, its tracer, reads the registers of the stopped worker with ptrace
// when the code reaches the exit stub (an `int3`), faults, or is stopped, and writes the
// outcome into the control block. The caller and the supervisor talk over a SOCK_SEQPACKET
// socket pair: the caller sends one message per run (carrying the descriptor the code gets
// as its standard input, when the run has one of its own), the supervisor writes the worker's
// pid into the control block before it lets the worker go (its process group, which every
// process the code forks stays in) and answers "done" when `jitter_control` holds the outcome
// and no process of the run is left. A run that was the worker alone (the supervisor traces
// its clones until the first) is answered earlier, as soon as the worker is killed in the
// ptrace stop that ended it, where it runs no more code; "done" follows once it is reaped
// (see JITTER_ANSWER_OUTCOME). The code's standard output and error go to pipes the caller
// creates once per supervisor, which every worker inherits.

#include <stdint.h>
#include <sys/types.h>

/// Number of registers in a state: rax rbx rcx rdx rsi rdi rbp rsp r8 … r15 rip rflags.
#define JITTER_REGISTER_COUNT 18
#define JITTER_RSP_INDEX 7
#define JITTER_RIP_INDEX 16
#define JITTER_RFLAGS_INDEX 17

/// Size of each memory-map record captured for W^X checks.
#define JITTER_MAPS_CAPACITY 16384

/// Maximum number of memory-file regions a run maps.
#define JITTER_MAX_REGIONS 4

/// Bytes set aside for one XSAVE area (standard format) in the control block: x87, SSE, AVX
/// and AVX-512 take 2688 bytes on every processor so far.
#define JITTER_XSTATE_CAPACITY 4096

/// The XSAVE state components the trampoline saves and restores (bits of XCR0): x87, SSE,
/// AVX (YMM_Hi128), opmask, ZMM_Hi256 and Hi16_ZMM. Left out: MPX (gone from processors),
/// PKRU (memory protection, not computation) and AMX (needs a permission and 8 KiB).
#define JITTER_XSTATE_SUPPORTED 0xE7ULL

/// How the worker left, as written into `jitter_control.status` by the supervisor.
enum jitter_status {
    /// The worker ended without a stop the supervisor could read (exit syscall, SIGKILL, a
    /// signal whose default action ends the process).
    JITTER_STATUS_NONE = 0,
    /// The code reached the exit stub; `registers_out` holds its state.
    JITTER_STATUS_RETURNED = 1,
    /// A fault (or a signal the sandbox refused to let through, SIGSYS for a forbidden system
    /// call); `signal`, `signal_code`, `fault_address` and `registers_out` are set.
    JITTER_STATUS_SIGNALED = 2,
    /// The supervisor stopped the code (time limit or interrupt); `registers_out` is set.
    JITTER_STATUS_STOPPED = 3,
    /// Setting up the run failed; `failed_call` and `failed_errno` say where.
    JITTER_STATUS_SETUP_FAILED = 4,
};

/// Why the supervisor stopped waiting for the worker, as written into `jitter_control.ending`.
enum jitter_ending {
    /// The worker ended by itself.
    JITTER_ENDING_ENDED = 0,
    /// The time limit passed and the worker was stopped.
    JITTER_ENDING_TIMED_OUT = 1,
    /// An interrupt arrived and the worker was stopped.
    JITTER_ENDING_INTERRUPTED = 2,
    /// The worker could not be created; `failed_call` and `failed_errno` say why.
    JITTER_ENDING_SPAWN_FAILED = 3,
};

/// Rules of the worker's seccomp filter that look at arguments (bits of `jitter_control.rules`).
enum jitter_rule {
    /// kill, tkill, tgkill, rt_sigqueueinfo and rt_tgsigqueueinfo reach only the worker
    /// itself and its process group.
    JITTER_RULE_OWN_SIGNALS = 1,
    /// No mapping may be writable and executable at once (mmap, mprotect, pkey_mprotect).
    JITTER_RULE_WRITE_XOR_EXECUTE = 2,
    /// clone may not create namespaces nor a process its tracer is not told of (CLONE_UNTRACED);
    /// clone3, whose flags a filter cannot read, answers ENOSYS.
    JITTER_RULE_PLAIN_CLONE = 4,
    /// ioctl may not push input into a terminal (TIOCSTI) or reach the console (TIOCLINUX).
    JITTER_RULE_NO_TERMINAL_INJECTION = 8,
};

/// Most system calls the filter can refuse outright.
#define JITTER_MAX_DENIED 128

/// Bytes of the exit stub appended after the code: `int3`, which the tracing supervisor
/// recognises by its address.
#define JITTER_EXIT_STUB_SIZE 1

/// What code may do: the filter's rules and refused calls, and the worker's limits.
struct jitter_policy {
    /// The user and group the worker becomes when it starts as root (root's processes and
    /// files are then out of its reach, and the process-count limit binds).
    uint32_t unprivileged_id;
    /// `jitter_rule` bits.
    uint32_t rules;
    /// Resource limits (0: leave as inherited): address space and file size in bytes,
    /// processes of its user, open descriptors.
    uint64_t address_space_limit;
    uint64_t file_size_limit;
    uint32_t process_limit;
    uint32_t open_files_limit;
    /// System calls the filter refuses with SIGSYS (clone3 with ENOSYS).
    uint32_t denied_count;
    uint32_t denied[JITTER_MAX_DENIED];
};

/// A region of the memory file mapped read-write, shared, at a fixed address in the worker.
struct jitter_region {
    uint64_t address;
    uint64_t size;
    uint64_t file_offset;
};

/// The block shared by the caller and the supervisor (MAP_SHARED; the worker unmaps it before
/// the code runs). The caller fills the request part before each run; the supervisor fills
/// the outcome part; the caller reads it after the supervisor's answer.
struct jitter_control {
    // Request.
    /// Registers to enter with; rip is the entry address and rsp the stack pointer to use.
    uint64_t registers_in[JITTER_REGISTER_COUNT];
    /// Bytes of code plus exit stub staged in the memory file; the supervisor checks them
    /// against the staging area it was given.
    uint64_t code_size;
    uint64_t code_address;
    /// Where the exit stub starts (reported as rip when the code reaches it).
    uint64_t stub_address;
    uint32_t region_count;
    uint32_t record_maps;
    struct jitter_region regions[JITTER_MAX_REGIONS];
    /// Time limit in nanoseconds; zero or less: none.
    int64_t timeout_nanoseconds;
    /// How long stopped code may take to stop before it is killed.
    int64_t stop_grace_nanoseconds;
    /// XSAVE components to restore before entering and to read back on the way out (edx:eax of
    /// XRSTOR); 0 means FXRSTOR (x87 and SSE only) on a processor without XSAVE.
    uint64_t xstate_mask;
    /// Bytes of `xstate_in` (and at most of `xstate_out`): the standard-format area for
    /// `xstate_mask`, 512 with FXSAVE. At most JITTER_XSTATE_CAPACITY.
    uint32_t xstate_size;
    /// The seccomp rules and resource limits of the worker. The supervisor prepares the next
    /// worker before it is asked for it, with the policy of the run before; a request with
    /// another policy gets a worker prepared afresh.
    struct jitter_policy policy;
    /// CPU seconds the worker may use (0: no limit): a backstop a little beyond the time limit.
    uint32_t cpu_seconds_limit;
    /// The CPU the caller runs on as it asks, pinned there until the answer (-1: none): the
    /// supervisor and the worker run there too, so that the hand-offs of the run wake no other
    /// CPU (see placement.c).
    int32_t caller_cpu;
    /// When the caller sent the request (CLOCK_MONOTONIC, nanoseconds).
    int64_t request_nanoseconds;

    // Outcome.
    uint32_t status;
    uint32_t ending;
    int32_t signal;
    int32_t signal_code;
    /// For SIGSYS from the filter: the refused system call's number.
    int32_t signal_syscall;
    int32_t failed_errno;
    /// The worker's pid, which is also its process group.
    int32_t worker_pid;
    /// The worker's wait status (as from wait4).
    int32_t wait_status;
    /// How many runs the worker has gone through, this one included: more than 1 when it was
    /// kept from a run that changed nothing (see `jitter_supervisor_spawn`).
    uint32_t worker_runs;
    /// When the supervisor took the request, and when it sent its (first) answer
    /// (CLOCK_MONOTONIC, nanoseconds): how long each waited to be woken, which tells a
    /// caller whose CPU is busy with other work to stop pinning runs there for a while.
    int64_t taken_nanoseconds;
    int64_t answered_nanoseconds;
    uint64_t fault_address;
    /// Registers at the exit stub, at the signal, or when stopped.
    uint64_t registers_out[JITTER_REGISTER_COUNT];
    /// Bytes written to `xstate_out` with `registers_out`.
    uint32_t xstate_out_size;
    char failed_call[40];
    /// Where a worker prepared ahead of its run failed: written by that worker (the caller may
    /// be reading the outcome part meanwhile), copied into the outcome by the supervisor.
    char spare_failed_call[40];
    int32_t spare_failed_errno;
    uint32_t maps_filling_size;
    uint32_t maps_entering_size;
    char maps_filling[JITTER_MAPS_CAPACITY];
    char maps_entering[JITTER_MAPS_CAPACITY];
    /// The x87/SSE/AVX/AVX-512 state to enter with, an XSAVE area in standard format whose
    /// header the caller has made valid for XRSTOR (XSTATE_BV within `xstate_mask`, XCOMP_BV
    /// and the reserved bytes zero) and whose MXCSR has no reserved bit set.
    uint8_t xstate_in[JITTER_XSTATE_CAPACITY];
    /// The state of the stopped worker in standard format, `xstate_out_size` bytes (read with
    /// PTRACE_GETREGSET).
    uint8_t xstate_out[JITTER_XSTATE_CAPACITY];
};


/// The maps recorded while filling and when entering (sizes in `maps_*_size`). Accessors,
/// because arrays this large do not cross into Swift as fields.
static inline const char *jitter_maps_filling(const struct jitter_control *control) {
    return control->maps_filling;
}
static inline const char *jitter_maps_entering(const struct jitter_control *control) {
    return control->maps_entering;
}
static inline uint8_t *jitter_xstate_in(struct jitter_control *control) {
    return control->xstate_in;
}
static inline const uint8_t *jitter_xstate_out(const struct jitter_control *control) {
    return control->xstate_out;
}

/// Where the processor keeps each extended state component in a standard-format XSAVE area.
struct jitter_xstate_layout {
    /// Components saved and restored: XCR0 (what the kernel enabled) & JITTER_XSTATE_SUPPORTED,
    /// trimmed to whole features (AVX-512 needs all three of its components). 0 when the
    /// processor or the kernel offers no XSAVE: then FXSAVE's 512 bytes are used.
    uint64_t mask;
    /// Bytes of the standard-format area up to the end of the last component in `mask`.
    uint32_t size;
    /// Offset and size of component i (CPUID leaf 0xD, sub-leaf i); zero when not in `mask`.
    /// Components 0 and 1 live in the legacy area (0…511) and are reported as 0 and 512.
    uint32_t offsets[8];
    uint32_t sizes[8];
    /// The MXCSR bits this processor implements (FXSAVE's MXCSR_MASK, 0xFFBF when it reports
    /// none); XRSTOR faults on any other bit.
    uint32_t mxcsr_mask;
};

/// Fills `layout` from CPUID and XGETBV. Call from the caller only.
void jitter_xstate_layout(struct jitter_xstate_layout *layout);

/// What a supervisor is started with.
struct jitter_supervisor_setup {
    /// The shared control block.
    struct jitter_control *control;
    /// The caller's mapping of the memory file, the control block included (kept by the
    /// supervisor, never by a worker).
    void *memory;
    uint64_t memory_size;
    /// Where in the memory file code is staged, and how many bytes that area holds; where the
    /// control block is in it (at `control` in the caller's mapping, which ends with it).
    uint64_t staging_offset;
    uint64_t staging_size;
    uint64_t control_offset;
    /// Where the code goes in a worker (every request names this address).
    uint64_t code_address;
    /// The memory file, the supervisor's end of the command socket, the interrupt pipe's read end.
    int memory_fd;
    int command_fd;
    int interrupt_fd;
    /// The write ends of the pipes the code's standard output and error go to (every worker's
    /// fds 1 and 2; the caller reads the other ends).
    int output_fd;
    int error_fd;
    /// The regions that persist from run to run (mapped by each worker before its go; a
    /// request's `regions` are the others).
    struct jitter_region persistent[JITTER_MAX_REGIONS];
    uint32_t persistent_count;
    /// The calling thread's rseq area as libc registered it (address 0: none). The kernel
    /// writes there behind the supervisor's back, so it must be unregistered (or kept mapped)
    /// before the thread's memory goes. Filled in by `jitter_supervisor_spawn`.
    uint64_t rseq_address;
    uint32_t rseq_size;
    /// The CPUs the calling thread may run on when no run pins it (`jitter_pin_thread`): the
    /// supervisor gets them back, and so does a worker that runs for long. 0 bytes: the
    /// calling thread's at the spawn.
    uint32_t cpus_size;
    uint64_t cpus[16];
};

/// Clones the supervisor described by `setup`. It leads a process group of its own (so the
/// terminal's SIGINT does not reach it), is a child subreaper, keeps only the mappings and
/// descriptors named in `setup` (plus the code of this module and the calling thread's stack),
/// and serves runs until the command socket closes.
///
/// A run is clean when the code made no system call (the supervisor resumes it with
/// PTRACE_SYSCALL, so the first one stops it), took no signal and ended at the exit stub. The
/// worker of a clean run (with no standard input of its own and no maps recorded) is kept in
/// that stop; the next run with the same policy, regions, code pages and extended-state mask
/// takes it: the supervisor zeroes the staged code's last page past the stub, sets every
/// register (segment selectors and fs/gs bases as the worker had them before its first run,
/// rflags reduced as `jitter_enter` does) and the whole extended state (the request's, and
/// the worker's first for what the request leaves out, such as PKRU), and resumes it at the
/// entry. The worker then runs nothing of its own, so nothing the code wrote in its memory is
/// ever executed, and its code pages read the newly staged code. Returns its pid and stores a pidfd for it in `*pidfd`; returns -1
/// with errno set when the clone fails. Call from the caller only.
pid_t jitter_supervisor_spawn(struct jitter_supervisor_setup *setup, int *pidfd);

/// Asks the supervisor listening on `command_fd` for one run, giving the code `input` as its
/// fd 0 (-1: the /dev/null every worker has). Never raises SIGPIPE. Returns 0, or -1 with
/// errno set.
int jitter_request_run(int command_fd, int input);

/// The supervisor's messages about a run, with the worker's pid: `JITTER_ANSWER_DONE` when the
/// outcome is in the control block and no process of the run is left. Before it, when the
/// worker alone made up the run and was killed in a ptrace stop (it runs no more code),
/// `JITTER_ANSWER_OUTCOME` says the outcome is in while the worker's exit goes on: the caller
/// may read the outcome and the output pipes, but not touch the sandbox memory (a dying
/// process's kernel clean-up can write its robust futexes there) nor the request part of the
/// control block until `JITTER_ANSWER_DONE`. (Before it lets the worker go, the supervisor
/// writes the pid into the control block's `worker_pid`: a caller whose supervisor died can
/// tell from there whether a worker may have run.)
#define JITTER_ANSWER_DONE 'd'
#define JITTER_ANSWER_OUTCOME 'o'
struct jitter_answer {
    char kind;
    int32_t pid;
};

/// Writes one byte to `fd` and one to `notice_fd` (when not -1), keeping errno.
/// Async-signal-safe: meant for signal handlers that want to interrupt a run. Returns 0, or -1
/// when a write failed (a full pipe counts as done).
int jitter_interrupt(int fd, int notice_fd);

/// Until `jitter_sigint_forward_end`, SIGINT delivered to this process does
/// `jitter_interrupt(fd, notice_fd)` instead of its previous disposition. One forwarding at a
/// time per process: returns -1 with errno EBUSY when another is active, 0 on success.
int jitter_sigint_forward_begin(int fd, int notice_fd);

/// Restores the SIGINT disposition saved by `jitter_sigint_forward_begin`.
void jitter_sigint_forward_end(void);

/// The calling thread's CPUs, as `jitter_pin_thread` found them.
struct jitter_thread_cpus {
    /// A cpu_set_t.
    uint64_t mask[16];
    /// Whether the thread was pinned (and `mask` is what to give back).
    int saved;
};

/// Pins the calling thread to the CPU it runs on, noting its CPUs in `saved` for
/// `jitter_unpin_thread`. Returns the CPU, or -1 (nothing pinned) when it cannot be told or
/// the thread has a real-time scheduling policy.
int32_t jitter_pin_thread(struct jitter_thread_cpus *saved);

/// Gives the calling thread back the CPUs `jitter_pin_thread` took away.
void jitter_unpin_thread(const struct jitter_thread_cpus *saved);

/// memfd_create(2) with MFD_CLOEXEC: an anonymous file for the sandbox memory, shared by the
/// caller, the supervisor and every worker. -1 and errno on failure.
int jitter_memfd_create(const char *name);

/// Makes the calling process non-dumpable: processes of its user (code run by an executor
/// among them) can then neither trace it nor open its memory through /proc. 0, or -1 and errno.
int jitter_protect_process(void);

/// Frees the pages of `fd` in [offset, offset + length) (they read as zeros again, and take
/// no memory): fallocate(2) with FALLOC_FL_PUNCH_HOLE. 0, or -1 and errno.
int jitter_punch_hole(int fd, int64_t offset, int64_t length);

/// lseek(2) with SEEK_DATA (`data` nonzero) or SEEK_HOLE: the next offset from `offset` where
/// data (or a hole) starts. -1 and errno (ENXIO: no more data) otherwise.
int64_t jitter_seek(int fd, int64_t offset, int data);

/// pipe2(2) with O_CLOEXEC added to `flags` (Swift's Glibc module lacks pipe2). 0, or -1 and errno.
int jitter_pipe(int ends[2], int flags);

/// socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC): the command channel. 0, or -1 and errno.
int jitter_command_socketpair(int ends[2]);

#endif
