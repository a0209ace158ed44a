#ifndef JITTER_TRAMPOLINE_H
#define JITTER_TRAMPOLINE_H

// Entering generated code in an isolated process and capturing its registers on the way out.
//
// Three processes take part in a run:
// - the caller (the Swift side), which owns the shared memory and asks for runs;
// - the supervisor, a persistent child of the caller, created once per executor, which has
//   dropped every mapping it does not need (so that forking it is cheap) and closed every
//   descriptor it does not need; it forks one worker per run, enforces the time limit,
//   forwards interrupts, and kills and reaps whatever the run left behind;
// - the worker, which maps the sandbox at its fixed addresses, fills fresh code pages (RW,
//   then RX), enters the code with the requested registers and reports how it left.
// The supervisor and the worker run only the freestanding C of this module (raw system
// calls, no libc: the libraries are gone from their address space).
//
// Caller and supervisor share a `jitter_control` block (MAP_SHARED) and talk over a
// SOCK_SEQPACKET socket pair: the caller sends one message per run, carrying the three
// descriptors the code gets as fds 0, 1 and 2; the supervisor answers with one byte when the
// run is over and `jitter_control` holds the outcome.

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

/// How the worker left, as written into `jitter_control.status`.
enum jitter_status {
    /// Nothing reported: the worker ended without passing through the trampoline (exit
    /// syscall, SIGKILL).
    JITTER_STATUS_NONE = 0,
    /// The code reached the exit stub; `registers_out` holds its state.
    JITTER_STATUS_RETURNED = 1,
    /// A signal was caught; `signal`, `signal_code`, `fault_address` and `registers_out` are set.
    JITTER_STATUS_SIGNALED = 2,
    /// The supervisor's stop signal was caught (time limit or interrupt); `registers_out` is set.
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

/// A region of the memory file mapped read-write, shared, at a fixed address in the worker.
struct jitter_region {
    uint64_t address;
    uint64_t size;
    uint64_t file_offset;
};

/// The block shared by the caller, the supervisor and the worker (MAP_SHARED). The caller
/// fills the request part before each run; the worker and the supervisor fill the outcome
/// part; the caller reads it after the supervisor's answer.
struct jitter_control {
    // Request.
    /// Registers to enter with; rip is the entry address and rsp the stack pointer to use.
    uint64_t registers_in[JITTER_REGISTER_COUNT];
    /// Code followed by the exit stub, to copy from (an address valid in the supervisor and
    /// the worker: inside the caller's mapping of the memory file).
    uint64_t code_source;
    uint64_t code_size;
    uint64_t code_address;
    /// Where the exit stub starts (reported as rip when the code leaves through it).
    uint64_t stub_address;
    uint32_t region_count;
    uint32_t record_maps;
    struct jitter_region regions[JITTER_MAX_REGIONS];
    /// Time limit in nanoseconds; zero or less: none.
    int64_t timeout_nanoseconds;
    /// How long stopped code may take to answer the stop signal before it is killed.
    int64_t stop_grace_nanoseconds;
    /// Signal the supervisor sends to stop the code and collect its registers.
    int32_t stop_signal;
    /// XSAVE components to restore before entering and to save on the way out (edx:eax of
    /// XRSTOR/XSAVE); 0 means FXRSTOR/FXSAVE (x87 and SSE only) on a processor without XSAVE.
    uint64_t xstate_mask;
    /// Bytes of `xstate_in` (and at most of `xstate_out`): the standard-format area for
    /// `xstate_mask`, 512 with FXSAVE. At most JITTER_XSTATE_CAPACITY.
    uint32_t xstate_size;

    // Outcome.
    uint32_t status;
    uint32_t ending;
    int32_t signal;
    int32_t signal_code;
    int32_t failed_errno;
    /// The worker's pid, which is also its process group.
    int32_t worker_pid;
    /// The worker's wait status (as from wait4).
    int32_t wait_status;
    uint64_t fault_address;
    /// Registers at the exit stub, at the signal, or when stopped.
    uint64_t registers_out[JITTER_REGISTER_COUNT];
    /// Bytes written to `xstate_out` with `registers_out`: `xstate_size` from the exit stub;
    /// from a signal, what the kernel's signal frame held (512 when it had no XSAVE header).
    uint32_t xstate_out_size;
    char failed_call[40];
    uint32_t maps_filling_size;
    uint32_t maps_entering_size;
    char maps_filling[JITTER_MAPS_CAPACITY];
    char maps_entering[JITTER_MAPS_CAPACITY];
    /// The x87/SSE/AVX/AVX-512 state to enter with, an XSAVE area in standard format whose
    /// header the caller has made valid for XRSTOR (XSTATE_BV within `xstate_mask`, XCOMP_BV
    /// and the reserved bytes zero) and whose MXCSR has no reserved bit set.
    uint8_t xstate_in[JITTER_XSTATE_CAPACITY];
    /// The state at the exit stub (XSAVE), at a signal or when stopped (the signal frame's
    /// copy), `xstate_out_size` bytes in standard format.
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
    /// The caller's mapping of the memory file (kept by the supervisor: code is staged there).
    void *memory;
    uint64_t memory_size;
    /// The memory file, the supervisor's end of the command socket, the interrupt pipe's read end.
    int memory_fd;
    int command_fd;
    int interrupt_fd;
    /// The calling thread's rseq area as libc registered it (address 0: none). The kernel
    /// writes there behind the supervisor's back, so it must be unregistered (or kept mapped)
    /// before the thread's memory goes. Filled in by `jitter_supervisor_spawn`.
    uint64_t rseq_address;
    uint32_t rseq_size;
};

/// Clones the supervisor described by `setup`. It leads a process group of its own (so the
/// terminal's SIGINT does not reach it), is a child subreaper, keeps only the mappings and
/// descriptors named in `setup` (plus the code of this module and the calling thread's stack),
/// and serves runs until the command socket closes. Returns its pid and stores a pidfd for it in `*pidfd`; returns -1
/// with errno set when the clone fails. Call from the caller only.
pid_t jitter_supervisor_spawn(struct jitter_supervisor_setup *setup, int *pidfd);

/// Asks the supervisor listening on `command_fd` for one run, giving the code `streams[0…2]`
/// as its fds 0, 1 and 2. Never raises SIGPIPE. Returns 0, or -1 with errno set.
int jitter_request_run(int command_fd, const int streams[3]);

/// Address of the trampoline's exit: the exit stub appended to the code jumps here. It saves
/// every register without using the stack, so it works whatever the code did to rsp.
uint64_t jitter_exit_address(void);

/// Writes one byte to `fd`, keeping errno. Async-signal-safe: meant for signal handlers that
/// want to interrupt a run. Returns 0, or -1 when the write failed (a full pipe counts as done).
int jitter_interrupt(int fd);

/// Until `jitter_sigint_forward_end`, SIGINT delivered to this process writes one byte to `fd`
/// instead of its previous disposition. One forwarding at a time per process: returns -1 with
/// errno EBUSY when another is active, 0 on success.
int jitter_sigint_forward_begin(int fd);

/// Restores the SIGINT disposition saved by `jitter_sigint_forward_begin`.
void jitter_sigint_forward_end(void);

/// memfd_create(2) with MFD_CLOEXEC: an anonymous file for the sandbox memory, shared by the
/// caller, the supervisor and every worker. -1 and errno on failure.
int jitter_memfd_create(const char *name);

/// socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC): the command channel. 0, or -1 and errno.
int jitter_command_socketpair(int ends[2]);

#endif
