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

/// What `jitter_enter` needs, at fixed offsets it reaches RIP-relatively, in one object the
/// supervisor keeps by address while it drops everything else.
struct jitter_statics {
    /// The components XRSTOR works on (edx:eax); 0: FXRSTOR.
    uint64_t xsave_mask;
    /// The XSAVE area the code enters with: XRSTOR needs 64-byte alignment, which the control
    /// block's copy does not promise.
    _Alignas(64) uint8_t xsave_area[JITTER_XSTATE_CAPACITY];
    /// The supervisor's copy of the policy its prepared worker was made with.
    struct jitter_policy policy;
};

extern struct jitter_statics jitter_statics __attribute__((visibility("hidden")));

/// Loads the extended state from `jitter_statics.xsave_area` (XRSTOR with `xsave_mask`) and
/// stops the worker (`pid`) with SIGSTOP; the supervisor then sets the general registers and
/// rip of the code. Never returns.
__attribute__((visibility("hidden"))) _Noreturn void jitter_enter(long pid);

/// Prepares a freshly forked, traced worker with `policy` (a copy private to the supervisor),
/// waits on `go_fd` for its run (the descriptors to install as fds 0, 1 and 2), sets up the
/// sandbox the control block describes, and enters the code copied from `staging`. Never
/// returns.
__attribute__((visibility("hidden"))) _Noreturn void jitter_worker_main(struct jitter_control *control,
                                                                        const struct jitter_policy *policy,
                                                                        int memory_fd, int go_fd, const void *staging,
                                                                        void *memory, uint64_t memory_size,
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

/// Sends one message of `kind` (one byte) carrying `streams` as SCM_RIGHTS; never raises
/// SIGPIPE. The bytes sent (1), or a negative errno.
__attribute__((visibility("hidden"))) long jitter_send_streams(int fd, char kind, const int streams[3]);

/// Waits for one message carrying three descriptors and stores them in `streams`. 0 when the
/// other end is gone or sent something else.
__attribute__((visibility("hidden"))) int jitter_receive_streams(int fd, int streams[3]);

/// Ends the calling process at once.
__attribute__((visibility("hidden"))) _Noreturn void jitter_exit_group(int status);

#endif
