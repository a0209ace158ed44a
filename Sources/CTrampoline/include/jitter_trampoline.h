#ifndef JITTER_TRAMPOLINE_H
#define JITTER_TRAMPOLINE_H

// Entering generated code in a child process and capturing its registers on the way out.
//
// The parent fills a `jitter_run_request` (private memory, inherited by the child through
// fork) and a `jitter_control` block that lives in a MAP_SHARED page, calls `jitter_spawn`,
// and waits for the child. The child maps the sandbox regions at their fixed addresses,
// copies the code into fresh pages (RW while filled, then RX), enters it with the requested
// registers and reports how it left through the control block. Everything the child runs is
// async-signal-safe C: the parent may be multi-threaded, and the child must not touch the
// Swift runtime or malloc.

#include <stdint.h>
#include <sys/types.h>

/// Number of registers in a state: rax rbx rcx rdx rsi rdi rbp rsp r8 … r15 rip rflags.
#define JITTER_REGISTER_COUNT 18
#define JITTER_RSP_INDEX 7
#define JITTER_RIP_INDEX 16
#define JITTER_RFLAGS_INDEX 17

/// Size of each memory-map record captured for W^X checks.
#define JITTER_MAPS_CAPACITY 12288

/// Maximum number of shared regions a run maps.
#define JITTER_MAX_REGIONS 4

/// How the child left, as written into `jitter_control.status`.
enum jitter_status {
    /// Nothing reported: the child ended without passing through the trampoline (exit syscall, SIGKILL).
    JITTER_STATUS_NONE = 0,
    /// The code reached the exit stub; `registers_out` holds its state.
    JITTER_STATUS_RETURNED = 1,
    /// A signal was caught; `signal`, `signal_code`, `fault_address` and `registers_out` are set.
    JITTER_STATUS_SIGNALED = 2,
    /// The parent's stop signal was caught (time limit or interrupt); `registers_out` is set.
    JITTER_STATUS_STOPPED = 3,
    /// Setting up the run failed; `failed_call` and `failed_errno` say where.
    JITTER_STATUS_SETUP_FAILED = 4,
};

/// A region of the shared memory file mapped read-write at a fixed address in the child.
struct jitter_region {
    uint64_t address;
    uint64_t size;
    uint64_t file_offset;
};

/// What one run executes. Lives in the parent's private memory; the child reads its copy.
struct jitter_run_request {
    /// Code followed by the exit stub, copied into fresh pages at `code_address`.
    const uint8_t *code;
    uint64_t code_size;
    uint64_t code_address;
    /// Where the exit stub starts (reported as rip when the code leaves through it).
    uint64_t stub_address;
    /// Memory file backing the persistent regions, and where they go.
    int memory_fd;
    uint32_t region_count;
    struct jitter_region regions[JITTER_MAX_REGIONS];
    /// Descriptors the code gets as its fds 0, 1 and 2.
    int standard_streams[3];
    /// Signal the parent sends to stop the code and collect its registers.
    int stop_signal;
    /// The parent's pid, to recognise its stop signal and to notice that it died before setup.
    pid_t parent_pid;
    /// Non-zero: copy /proc/self/maps into the control block while filling and when entering.
    int record_maps;
};

/// The block shared between parent and child (MAP_SHARED). The child writes it once, just
/// before it exits; the parent reads it after reaping the child.
struct jitter_control {
    /// Registers to enter with; rip is the entry address and rsp the stack pointer to use.
    uint64_t registers_in[JITTER_REGISTER_COUNT];
    /// Registers at the exit stub, at the signal, or when stopped.
    uint64_t registers_out[JITTER_REGISTER_COUNT];
    uint32_t status;
    int32_t signal;
    int32_t signal_code;
    int32_t failed_errno;
    uint64_t fault_address;
    char failed_call[32];
    uint32_t maps_filling_size;
    uint32_t maps_entering_size;
    char maps_filling[JITTER_MAPS_CAPACITY];
    char maps_entering[JITTER_MAPS_CAPACITY];
};

/// The maps recorded while filling and when entering (sizes in `maps_*_size`). Accessors,
/// because arrays this large do not cross into Swift as fields.
static inline const char *jitter_maps_filling(const struct jitter_control *control) {
    return control->maps_filling;
}
static inline const char *jitter_maps_entering(const struct jitter_control *control) {
    return control->maps_entering;
}

/// Clones a child that runs `request` and reports into `control` (which must be MAP_SHARED).
/// The child starts with default signal handlers, leads a new process group whose id is its
/// pid, dies with the calling thread (PR_SET_PDEATHSIG), and never returns from this call.
/// Returns the child's pid and stores a pidfd for it (polls readable when it exits) in
/// `*pidfd`; returns -1 with errno set when the clone fails.
pid_t jitter_spawn(const struct jitter_run_request *request, struct jitter_control *control,
                   int *pidfd);

/// Address of the trampoline's exit: the exit stub appended to the code jumps here. It saves
/// every register without using the stack, so it works whatever the code did to rsp.
uint64_t jitter_exit_address(void);

/// Makes this process a child subreaper while at least one caller holds it, so that processes
/// forked by the code and orphaned are reparented here and can be reaped. Thread-safe; every
/// successful acquire must be balanced by one release. Returns 0, or -1 with errno set.
int jitter_subreaper_acquire(void);
void jitter_subreaper_release(void);

/// Writes one byte to `fd`, keeping errno. Async-signal-safe: meant for signal handlers that
/// want to interrupt a run. Returns 0, or -1 when the write failed (a full pipe counts as done).
int jitter_interrupt(int fd);

/// Until `jitter_sigint_forward_end`, SIGINT delivered to this process writes one byte to `fd`
/// instead of its previous disposition. One forwarding at a time per process: returns -1 with
/// errno EBUSY when another is active, 0 on success.
int jitter_sigint_forward_begin(int fd);

/// Restores the SIGINT disposition saved by `jitter_sigint_forward_begin`.
void jitter_sigint_forward_end(void);

/// memfd_create(2) with MFD_CLOEXEC: an anonymous file for the persistent sandbox memory,
/// shared by the parent and every child. -1 and errno on failure.
int jitter_memfd_create(const char *name);

#endif
