// The seccomp filters code runs under. Two of them stack: the supervisor installs the long
// one once, for itself and every worker it forks: the refused calls it never makes itself and
// the argument rules that name no process (write-xor-execute, plain clone, no terminal
// injection), none of which it breaks. Each worker adds a short filter of its own with what
// the supervisor does need (ptrace, setpgid) and the rules that name the worker's pid (whom
// signals may reach). Installing a filter costs in proportion to its length (the kernel
// compiles it and runs it once for every system call number to find those that always
// pass), and a worker installs its own for every run, so that one stays short: one load of
// the call number, then only comparisons. Freestanding (see freestanding.h).

#include "freestanding.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/mman.h>
#include <sys/syscall.h>

_Static_assert(sizeof(struct sock_filter_instruction) == sizeof(struct sock_filter), "the kernel's BPF instruction");

JITTER_FREESTANDING static void emit(struct jitter_filter *filter, unsigned short op, unsigned char jt, unsigned char jf,
                                     uint32_t k) {
    struct sock_filter_instruction *instruction = &filter->code[filter->length++];
    instruction->code = op;
    instruction->jt = jt;
    instruction->jf = jf;
    instruction->k = k;
}

#define LOAD(offset) emit(filter, BPF_LD | BPF_W | BPF_ABS, 0, 0, (offset))
#define RETURN(value) emit(filter, BPF_RET | BPF_K, 0, 0, (value))
#define NUMBER_OFFSET 0
#define ARCH_OFFSET 4
#define ARGUMENT_OFFSET(i) (16 + 8 * (i))  // the low half: every argument checked here is an int

/// `if (nr == number && low(arg) is one of values[0…count-1]) allow; else if nr == number trap`.
JITTER_FREESTANDING static void only_values(struct jitter_filter *filter, uint32_t number, int argument,
                                            const uint32_t *values, int count) {
    LOAD(NUMBER_OFFSET);
    emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 0, (unsigned char)(count * 2 + 2), number);
    LOAD(ARGUMENT_OFFSET(argument));
    for (int i = 0; i < count; i++) {
        emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 0, 1, values[i]);
        RETURN(SECCOMP_RET_ALLOW);
    }
    RETURN(SECCOMP_RET_TRAP);
}

/// `if (nr == number && (low(arg) & bits) == bits) trap`, or with `any`, when any bit is set.
JITTER_FREESTANDING static void refuse_bits(struct jitter_filter *filter, uint32_t number, int argument, uint32_t bits,
                                            int any) {
    LOAD(NUMBER_OFFSET);
    emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 0, 4, number);
    LOAD(ARGUMENT_OFFSET(argument));
    emit(filter, BPF_ALU | BPF_AND | BPF_K, 0, 0, bits);
    if (any) {
        emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 1, 0, 0);
    } else {
        emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 0, 1, bits);
    }
    RETURN(SECCOMP_RET_TRAP);
}

/// `if (nr == number && low(arg) is one of values) trap`.
JITTER_FREESTANDING static void refuse_values(struct jitter_filter *filter, uint32_t number, int argument,
                                              const uint32_t *values, int count) {
    LOAD(NUMBER_OFFSET);
    emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 0, (unsigned char)(count * 2 + 1), number);
    LOAD(ARGUMENT_OFFSET(argument));
    for (int i = 0; i < count; i++) {
        emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 0, 1, values[i]);
        RETURN(SECCOMP_RET_TRAP);
    }
}

/// `if (nr == number && low(selector argument) == selector && low(value argument) != 0) trap`.
JITTER_FREESTANDING static void refuse_unless_zero(struct jitter_filter *filter, uint32_t number, int selector_argument,
                                                   uint32_t selector, int value_argument) {
    LOAD(NUMBER_OFFSET);
    emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 0, 5, number);
    LOAD(ARGUMENT_OFFSET(selector_argument));
    emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 0, 3, selector);
    LOAD(ARGUMENT_OFFSET(value_argument));
    emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 1, 0, 0);
    RETURN(SECCOMP_RET_TRAP);
}

#define SHM_EXEC_FLAG 0100000U
#define F_SETOWN_COMMAND 8U
#define F_SETSIG_COMMAND 10U
#define F_SETOWN_EX_COMMAND 15U
#define FIOSETOWN_REQUEST 0x8901U
#define SIOCSPGRP_REQUEST 0x8902U
#define CLONE_NAMESPACES 0x7E020000U  // NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET
// A clone the tracer is not told of: the supervisor's knowing whether the code made a process
// or a thread (see supervisor.c) depends on its being refused.
#define CLONE_UNTRACED_FLAG 0x00800000U
#define TIOCSTI_REQUEST 0x5412U
#define TIOCLINUX_REQUEST 0x541CU
#ifndef SYS_pkey_mprotect
#define SYS_pkey_mprotect 329
#endif

/// The refusable calls the supervisor makes once its filter is in place (it leaves the
/// terminal's session with setsid before): refused to workers by their own filter only.
static const uint32_t supervisor_calls[] = {SYS_ptrace, SYS_setpgid};

JITTER_FREESTANDING static int made_by_supervisor(uint32_t number) {
    for (size_t i = 0; i < sizeof supervisor_calls / sizeof supervisor_calls[0]; i++) {
        if (supervisor_calls[i] == number) return 1;
    }
    // Workers that make sessions of their own (see supervisor.c) need setsid past the
    // supervisor's filter.
    return number == SYS_setsid && jitter_statics.worker.own_session;
}

/// Another architecture's system call numbers (int 0x80, x32) would dodge every check after.
JITTER_FREESTANDING static void check_architecture(struct jitter_filter *filter) {
    LOAD(ARCH_OFFSET);
    emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 1, 0, AUDIT_ARCH_X86_64);
    RETURN(SECCOMP_RET_KILL_PROCESS);
    LOAD(NUMBER_OFFSET);
    emit(filter, BPF_JMP | BPF_JGE | BPF_K, 0, 1, 0x40000000U);
    RETURN(SECCOMP_RET_TRAP);
}

/// Refuses `policy`'s denied calls for which `made_by_supervisor` is `wanted`.
JITTER_FREESTANDING static void refuse_denied(struct jitter_filter *filter, const struct jitter_policy *policy,
                                              int wanted) {
    uint32_t count = policy->denied_count < JITTER_MAX_DENIED ? policy->denied_count : JITTER_MAX_DENIED;
    for (uint32_t i = 0; i < count; i++) {
        if (made_by_supervisor(policy->denied[i]) != wanted) continue;
        emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 0, 1, policy->denied[i]);
        RETURN(SECCOMP_RET_TRAP);
    }
}

/// The argument rules that name no process: write-xor-execute, plain clone, no terminal
/// injection (those of `policy->rules`).
JITTER_FREESTANDING static void process_independent_rules(struct jitter_filter *filter,
                                                          const struct jitter_policy *policy) {
    if (policy->rules & JITTER_RULE_WRITE_XOR_EXECUTE) {
        refuse_bits(filter, SYS_mmap, 2, PROT_WRITE | PROT_EXEC, 0);
        refuse_bits(filter, SYS_mprotect, 2, PROT_WRITE | PROT_EXEC, 0);
        refuse_bits(filter, SYS_pkey_mprotect, 2, PROT_WRITE | PROT_EXEC, 0);
        // System V shared memory attached with SHM_EXEC is writable and executable.
        refuse_bits(filter, SYS_shmat, 2, SHM_EXEC_FLAG, 1);
    }
    if (policy->rules & JITTER_RULE_PLAIN_CLONE) {
        refuse_bits(filter, SYS_clone, 0, CLONE_NAMESPACES | CLONE_UNTRACED_FLAG, 1);
        LOAD(NUMBER_OFFSET);
        emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 0, 1, SYS_clone3);
        RETURN(SECCOMP_RET_ERRNO | ENOSYS);
    }
    if (policy->rules & JITTER_RULE_OWN_SIGNALS) {
        // A descriptor's owner is sent SIGIO (or the F_SETSIG signal) when I/O is possible:
        // any process of the same user, the REPL and the supervisor included. Only clearing
        // the owner or the signal (0, as a worker does to the pipes it inherits) is allowed;
        // F_SETOWN_EX and the ioctl spellings take a pointer and are refused.
        refuse_unless_zero(filter, SYS_fcntl, 1, F_SETOWN_COMMAND, 2);
        refuse_unless_zero(filter, SYS_fcntl, 1, F_SETSIG_COMMAND, 2);
        const uint32_t commands[1] = {F_SETOWN_EX_COMMAND};
        refuse_values(filter, SYS_fcntl, 1, commands, 1);
        const uint32_t requests[2] = {FIOSETOWN_REQUEST, SIOCSPGRP_REQUEST};
        refuse_values(filter, SYS_ioctl, 1, requests, 2);
    }
    if (policy->rules & JITTER_RULE_NO_TERMINAL_INJECTION) {
        const uint32_t requests[2] = {TIOCSTI_REQUEST, TIOCLINUX_REQUEST};
        refuse_values(filter, SYS_ioctl, 1, requests, 2);
    }
}

JITTER_FREESTANDING void jitter_supervisor_filter(struct jitter_filter *filter, const struct jitter_policy *policy) {
    filter->length = 0;
    check_architecture(filter);
    refuse_denied(filter, policy, 0);
    process_independent_rules(filter, policy);
    RETURN(SECCOMP_RET_ALLOW);
}

/// The signalling calls and the argument that names their target.
static const uint32_t signal_calls[] = {SYS_tkill, SYS_tgkill, SYS_rt_sigqueueinfo, SYS_rt_tgsigqueueinfo};

JITTER_FREESTANDING void jitter_worker_filter(struct jitter_filter *filter, const struct jitter_policy *policy,
                                              uint32_t pid) {
    // The supervisor's filter, which runs too, has already killed other architectures and
    // trapped x32 numbers: the call number here is an x86-64 one.
    filter->length = 0;
    LOAD(NUMBER_OFFSET);
    refuse_denied(filter, policy, 1);
    if (policy->rules & JITTER_RULE_OWN_SIGNALS) {
        // kill: 0 (its group), pid or -pid; the others: pid only (the first argument, the
        // thread group or the thread, low half: pids are ints).
        //   0: jeq kill       -> 6        1-4: jeq tkill… -> 9
        //   5: ja 10 (allow)
        //   6: ld arg0   7: jeq 0 -> allow   8: jeq -pid -> allow
        //   9: ld arg0 (again for the others)   10: jeq pid -> allow   11: trap   12: allow
        emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 5, 0, SYS_kill);
        for (int i = 0; i < 4; i++) emit(filter, BPF_JMP | BPF_JEQ | BPF_K, (unsigned char)(7 - i), 0, signal_calls[i]);
        emit(filter, BPF_JMP | BPF_JA, 0, 0, 6);
        LOAD(ARGUMENT_OFFSET(0));
        emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 4, 0, 0);
        emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 3, 0, (uint32_t)-(int32_t)pid);
        LOAD(ARGUMENT_OFFSET(0));
        emit(filter, BPF_JMP | BPF_JEQ | BPF_K, 1, 0, pid);
        RETURN(SECCOMP_RET_TRAP);
    }
    RETURN(SECCOMP_RET_ALLOW);
}
