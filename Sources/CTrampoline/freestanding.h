#ifndef JITTER_FREESTANDING_H
#define JITTER_FREESTANDING_H

// What the supervisor and the worker may use: raw system calls and byte loops the compiler
// cannot turn into library calls. Their address space holds no libc (see supervisor.c), so
// nothing here may call a library function, touch thread-local storage (errno, the stack
// protector's canary) or be instrumented by a sanitizer.

#include "jitter_trampoline.h"

#include <stddef.h>
#include <stdint.h>
#include <sys/syscall.h>

#ifndef SYS_close_range
#define SYS_close_range 436
#endif
#ifndef SYS_clone3
#define SYS_clone3 435
#endif

#define JITTER_FREESTANDING \
    __attribute__((visibility("hidden"), no_stack_protector, disable_sanitizer_instrumentation))

/// A system call; returns the kernel's result (negative errno on failure).
static inline __attribute__((always_inline)) long jitter_syscall6(long number, long a, long b, long c,
                                                                  long d, long e, long f) {
    long result;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    __asm__ volatile("syscall"
                     : "=a"(result)
                     : "a"(number), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return result;
}

#define jitter_syscall0(n) jitter_syscall6((n), 0, 0, 0, 0, 0, 0)
#define jitter_syscall1(n, a) jitter_syscall6((n), (long)(a), 0, 0, 0, 0, 0)
#define jitter_syscall2(n, a, b) jitter_syscall6((n), (long)(a), (long)(b), 0, 0, 0, 0)
#define jitter_syscall3(n, a, b, c) jitter_syscall6((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define jitter_syscall4(n, a, b, c, d) \
    jitter_syscall6((n), (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

/// memcpy with `rep movsb`, which no optimiser rewrites into a call.
static inline __attribute__((always_inline)) void jitter_copy(void *destination, const void *source,
                                                              size_t count) {
    __asm__ volatile("rep movsb" : "+D"(destination), "+S"(source), "+c"(count) : : "memory");
}

/// The 8 bytes at `source`, aligned or not: one load (`jitter_copy`'s `rep movsb` costs
/// some tens of cycles to start, whatever it copies).
static inline __attribute__((always_inline)) uint64_t jitter_load64(const void *source) {
    typedef uint64_t __attribute__((may_alias, aligned(1))) unaligned_word;
    return *(const unaligned_word *)source;
}

/// memset to zero with `rep stosb`.
static inline __attribute__((always_inline)) void jitter_zero(void *destination, size_t count) {
    __asm__ volatile("rep stosb" : "+D"(destination), "+c"(count) : "a"(0) : "memory");
}

/// The request part of the control block: everything before the outcome.
#define JITTER_REQUEST_SIZE offsetof(struct jitter_control, status)

/// What a worker is prepared with before its run: the supervisor fills it in (in its statics)
/// before each fork, and the worker reads its own copy.
struct jitter_worker_setup {
    /// The policy the worker is made with (the supervisor compares it with each request's).
    struct jitter_policy policy;
    /// The regions that persist from run to run, mapped while the worker waits for its go.
    struct jitter_region persistent[JITTER_MAX_REGIONS];
    uint32_t persistent_count;
    /// The memory file, and the worker's end of the socket its ready and its go travel on.
    int memory_fd;
    int go_fd;
    /// Where in the memory file the control block is, and where code is staged (and how much
    /// that area holds): the worker reads its request and its code from there (pread).
    uint64_t control_offset;
    uint64_t staging_offset;
    uint64_t staging_size;
    /// Where the code goes.
    uint64_t code_address;
/// The size of the output pipes (restored when a run changed it).
    long pipe_size;
    /// Whether the worker makes a session of its own (only when the supervisor could not).
    int own_session;
    /// Whether the supervisor seizes the worker (PTRACE_SEIZE) rather than waiting for it to
    /// ask for tracing (PTRACE_TRACEME) and stop.
    int seized;
};

/// Where the supervisor keeps its descriptors once it has closed all others (a worker inherits
/// them, and keeps only the memory file and the output pipes). The go socket pair: the
/// supervisor's end, and the end every worker inherits (and closes before it enters the code).
enum {
    JITTER_COMMAND_FD = 3,
    JITTER_INTERRUPT_FD = 4,
    JITTER_MEMORY_FD = 5,
    JITTER_CHILD_SIGNAL_FD = 6,
    JITTER_GO_FD = 7,
    JITTER_WORKER_GO_FD = 8,
    /// The write ends of the executor's output pipes: every worker's fds 1 and 2.
    JITTER_OUTPUT_FD = 9,
    JITTER_ERROR_FD = 10,
    /// A second go socket pair: two workers can be prepared at once, one on each.
    JITTER_GO_FD_2 = 11,
    JITTER_WORKER_GO_FD_2 = 12,
};

/// The worker's message on its go socket once it is prepared (the socket outlives workers:
/// the pid tells a stale message from a dead one).
#define JITTER_READY 'r'
struct jitter_ready {
    char kind;
    int32_t pid;
};

/// What `jitter_enter` needs, at fixed offsets it reaches RIP-relatively, in one object the
/// supervisor keeps by address while it drops everything else.
struct jitter_statics {
    /// The components XRSTOR works on (edx:eax); 0: FXRSTOR.
    uint64_t xsave_mask;
    /// The registers to enter with, in `jitter_control.registers_in` order (rip is where to
    /// jump, rflags already reduced to what code may be entered with).
    uint64_t registers[JITTER_REGISTER_COUNT];
    /// Where `jitter_enter` jumps once everything is loaded: the code's rip, or the `int3`
    /// before `jitter_enter_trapped` when the supervisor watches the run.
    uint64_t entry_jump;
    /// The few bytes of stack `jitter_enter` needs to load rflags.
    _Alignas(32) uint64_t entry_stack[4];
    /// The XSAVE area the code enters with: XRSTOR needs 64-byte alignment, which the control
    /// block's copy does not promise.
    _Alignas(64) uint8_t xsave_area[JITTER_XSTATE_CAPACITY];
    /// The supervisor's: what its next worker is prepared with.
    struct jitter_worker_setup worker;
    /// The supervisor's: where the code of this module is mapped. A worker stopped with rip
    /// in there has not jumped into the code yet.
    uint64_t text_start;
    uint64_t text_end;
    /// The supervisor's copy of what it was started with, and whether its clone already
    /// cleared the caller's signal handlers.
    struct jitter_supervisor_setup setup;
    int handlers_cleared;
    /// The worker's copy of the request part of the control block.
    _Alignas(64) unsigned char request[JITTER_REQUEST_SIZE];
    /// The worker's buffer for /proc/self/maps (only when the request asks for the maps).
    _Alignas(4096) char maps[JITTER_MAPS_CAPACITY];
};

extern struct jitter_statics jitter_statics __attribute__((visibility("hidden")));

/// Loads the extended state from `jitter_statics.xsave_area` (XRSTOR with `xsave_mask`), then
/// rflags and the general registers from `jitter_statics.registers`, and jumps to the code.
/// Never returns.
__attribute__((visibility("hidden"))) _Noreturn void jitter_enter(void);

/// Where a watched worker in `jitter_enter` stops (`jitter_enter_trap`, an `int3`; rip then
/// at `jitter_enter_trapped`), everything loaded, just before it jumps to the code.
extern const char jitter_enter_trap[] __attribute__((visibility("hidden")));
extern const char jitter_enter_trapped[] __attribute__((visibility("hidden")));

/// Prepares a freshly forked, traced worker as `setup` (its own copy) says, tells the
/// supervisor it is ready on `setup->go_fd`, waits there for its run (and the code's standard
/// input, if it has its own), reads the request and the code from the memory file, sets up the
/// sandbox the request describes, and enters the code. Never returns.
__attribute__((visibility("hidden"))) _Noreturn void jitter_worker_main(const struct jitter_worker_setup *setup,
                                                                        long supervisor);

/// A seccomp program under construction (filter.c); every check returns on the spot, so no
/// jump needs to reach further than the next few instructions.
struct jitter_filter {
    struct sock_filter_instruction {
        uint16_t code;
        uint8_t jt;
        uint8_t jf;
        uint32_t k;
    } code[8 + 2 * JITTER_MAX_DENIED + 128];
    unsigned short length;
};

/// The supervisor's filter: the policy's refused calls that the supervisor never makes.
__attribute__((visibility("hidden"))) void jitter_supervisor_filter(struct jitter_filter *filter,
                                                                    const struct jitter_policy *policy);

/// A worker's filter: the refused calls the supervisor does make, and the argument rules;
/// `pid` is the worker's own pid and process group.
__attribute__((visibility("hidden"))) void jitter_worker_filter(struct jitter_filter *filter,
                                                                const struct jitter_policy *policy, uint32_t pid);

/// Sends one message of `kind` (one byte), with `input` as SCM_RIGHTS unless it is -1; never
/// raises SIGPIPE. The bytes sent (1), or a negative errno.
__attribute__((visibility("hidden"))) long jitter_send_run(int fd, char kind, int input);

/// Waits for one message of `kind`; stores the descriptor it carries in `*input` (-1: none).
/// 0 when the other end is gone or sent something else.
__attribute__((visibility("hidden"))) int jitter_receive_run(int fd, char kind, int *input);

/// A worker's go: JITTER_GO, or JITTER_GO_WATCHED when the supervisor means to watch the
/// run's system calls (the worker then stops just before the code, see `jitter_enter`).
#define JITTER_GO 'g'
#define JITTER_GO_WATCHED 'w'

/// Waits for a worker's go (either kind); returns its kind, 0 when the other end is gone or
/// sent something else. Stores the descriptor it carries in `*input` (-1: none).
__attribute__((visibility("hidden"))) int jitter_receive_go(int fd, int *input);

/// `jitter_receive_run` without waiting (a go of either kind counts): 0 at once when no
/// message is there.
__attribute__((visibility("hidden"))) int jitter_receive_run_now(int fd, char kind, int *input);

/// Words of a CPU mask as sched_setaffinity(2) takes it (1,024 CPUs).
#define JITTER_CPU_WORDS 16

/// Where the supervisor runs (see placement.c), kept on its stack.
struct jitter_placement {
    /// The CPU the supervisor is pinned to; -1 while it has the CPUs it started with.
    int32_t cpu;
    /// Bytes of `allowed` the kernel filled (0: unknown, and nothing is ever pinned).
    uint32_t allowed_size;
    /// The CPUs the supervisor started with: the caller's, which a user may have narrowed.
    uint64_t allowed[JITTER_CPU_WORDS];
};

/// Takes the CPUs of `setup` (when it names any; else notes those this process has); nothing
/// is pinned yet.
__attribute__((visibility("hidden"))) void jitter_placement_start(struct jitter_placement *placement,
                                                                  const struct jitter_supervisor_setup *setup);

/// Pins this process to `caller_cpu` (when it is one of the CPUs it started with; else gives
/// it back all of those), unless it is there already.
__attribute__((visibility("hidden"))) void jitter_follow(struct jitter_placement *placement, int32_t caller_cpu);

/// Pins `worker`, stopped or waiting for its go, where this process is pinned, unless `cpu`
/// (where it was pinned last, -1: not pinned, -2: unknown) says it is there already. Returns
/// where it is pinned now (-2 when the kernel refused).
__attribute__((visibility("hidden"))) int32_t jitter_pin_worker(const struct jitter_placement *placement,
                                                                long worker, int32_t cpu);

/// Gives `worker` back the CPUs this process started with; returns -1 (not pinned), or -2
/// when the kernel refused.
__attribute__((visibility("hidden"))) int32_t jitter_unpin(const struct jitter_placement *placement, long worker);

/// Ends the calling process at once.
__attribute__((visibility("hidden"))) _Noreturn void jitter_exit_group(int status);

#endif
