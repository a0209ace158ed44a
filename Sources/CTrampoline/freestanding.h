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

/// memset to zero with `rep stosb`.
static inline __attribute__((always_inline)) void jitter_zero(void *destination, size_t count) {
    __asm__ volatile("rep stosb" : "+D"(destination), "+c"(count) : "a"(0) : "memory");
}

/// What the worker's pieces share (trampoline.c, worker.c), in one object so the supervisor
/// can keep its pages by address while it drops everything else.
struct jitter_statics {
    /// Written by `jitter_exit` with RIP-relative stores; no register is needed to find it.
    uint64_t saved[JITTER_REGISTER_COUNT];
    /// The entry address, read by the final indirect jump of `jitter_enter`.
    uint64_t entry_target;
    /// The worker's pid: a process forked by the code has another and must stay silent.
    int64_t worker_pid;
    /// Where the worker reports.
    struct jitter_control *control;
    /// A stack for the way out: the code may have left rsp anywhere.
    _Alignas(16) uint8_t exit_stack[16384];
    /// The signal handler's stack (sigaltstack), for the same reason.
    _Alignas(16) uint8_t signal_stack[65536];
    /// The components XRSTOR and XSAVE work on (edx:eax); 0: FXRSTOR and FXSAVE.
    uint64_t xsave_mask;
    /// The XSAVE area the code enters with and leaves into: XRSTOR and XSAVE need 64-byte
    /// alignment, which the control block's copy does not promise.
    _Alignas(64) uint8_t xsave_area[JITTER_XSTATE_CAPACITY];
};

extern struct jitter_statics jitter_statics __attribute__((visibility("hidden")));

/// Loads the extended state from `jitter_statics.xsave_area` (XRSTOR with `xsave_mask`), then
/// `registers` (rax…r15, rip, rflags), and jumps to registers[rip]. Never returns.
__attribute__((visibility("hidden"))) _Noreturn void jitter_enter(const uint64_t *registers);

/// Runs one request in a freshly forked worker: sets up the sandbox and enters the code.
/// `streams` are the descriptors to install as fds 0, 1, 2. Never returns.
__attribute__((visibility("hidden"))) _Noreturn void jitter_worker_main(struct jitter_control *control, int memory_fd, const int streams[3],
                                  void *memory, uint64_t memory_size);

/// Ends the calling process at once.
__attribute__((visibility("hidden"))) _Noreturn void jitter_exit_group(int status);

/// The signal return trampoline (rt_sigreturn), the kernel's sa_restorer for our handlers.
__attribute__((visibility("hidden"))) void jitter_signal_return(void);
/// The exit door (trampoline.c); its assembly runs up to `jitter_signal_return`, which follows it.
__attribute__((visibility("hidden"))) void jitter_exit(void);

#endif
