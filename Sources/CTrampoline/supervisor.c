// The supervisor: a persistent child of the caller that forks one worker per run, ahead of the
// run, and traces it. It moves to a stack of its own and drops every mapping except the code
// of this module, its statics and the caller's mapping of the memory file (the control block
// at its end), which it keeps out of its forks: a fork costs in proportion to what the forking
// process has mapped, and a worker must hold nothing of the caller's. Freestanding (see
// freestanding.h) from `supervisor_start` on.

#define _GNU_SOURCE
#include "freestanding.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>

enum {
    COMMAND_FD = JITTER_COMMAND_FD,
    INTERRUPT_FD = JITTER_INTERRUPT_FD,
    MEMORY_FD = JITTER_MEMORY_FD,
    CHILD_SIGNAL_FD = JITTER_CHILD_SIGNAL_FD,
    GO_FD = JITTER_GO_FD,
    WORKER_GO_FD = JITTER_WORKER_GO_FD,
    GO_FD_2 = JITTER_GO_FD_2,
    WORKER_GO_FD_2 = JITTER_WORKER_GO_FD_2,
    OUTPUT_FD = JITTER_OUTPUT_FD,
    ERROR_FD = JITTER_ERROR_FD,
};

/// The options every worker is traced with: it dies with this process, an exec does not pass
/// for a trap, and a system-call stop does not pass for one either (SIGTRAP | 0x80).
#define TRACE_OPTIONS (PTRACE_O_EXITKILL | PTRACE_O_TRACEEXEC | PTRACE_O_TRACESYSGOOD)

/// And until the code first makes a process or a thread: a stop at that clone, which tells a
/// run that is the worker alone (its end can be answered before the worker is torn down) from
/// one that is not.
#define TRACE_CLONES (PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK)

/// clone3(2) arguments, spelled out to avoid mixing <linux/sched.h> with libc's headers.
struct clone_arguments {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
    uint64_t set_tid, set_tid_size, cgroup;
};
#define CLONE_PIDFD_FLAG 0x00001000ULL

#define CLONE_CLEAR_SIGHAND_FLAG 0x100000000ULL
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif

/// fork() with a pidfd for the child: clone3 where it exists, else clone and pidfd_open
/// (container profiles that predate clone3 refuse it with ENOSYS or EPERM). Returns 0 in the
/// child, the child's pid in the parent, or a negative errno. `*cleared` says whether the
/// child starts with default signal handlers.
JITTER_FREESTANDING static long clone_with_pidfd(int *pidfd, uint64_t extra_flags, int *cleared) {
    struct clone_arguments arguments;
    jitter_zero(&arguments, sizeof arguments);
    arguments.flags = CLONE_PIDFD_FLAG | extra_flags;
    arguments.pidfd = (uint64_t)(uintptr_t)pidfd;
    arguments.exit_signal = SIGCHLD;
    long pid = jitter_syscall2(SYS_clone3, &arguments, sizeof arguments);
    *cleared = (extra_flags & CLONE_CLEAR_SIGHAND_FLAG) != 0;
    if (pid != -ENOSYS && pid != -EPERM) return pid;
    *cleared = 0;
    pid = jitter_syscall6(SYS_clone, SIGCHLD, 0, 0, 0, 0, 0);
    if (pid <= 0) return pid;
    long descriptor = jitter_syscall2(SYS_pidfd_open, pid, 0);
    if (descriptor < 0) {
        jitter_syscall2(SYS_kill, pid, SIGKILL);
        jitter_syscall4(SYS_wait4, pid, 0, __WALL, 0);
        return descriptor;
    }
    *pidfd = (int)descriptor;
    return pid;
}

JITTER_FREESTANDING static int64_t now_nanoseconds(void) {
    struct timespec now;
    jitter_syscall2(SYS_clock_gettime, CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

JITTER_FREESTANDING static uint64_t parse_hex(const char **cursor, const char *end) {
    uint64_t value = 0;
    for (; *cursor < end; (*cursor)++) {
        char c = **cursor;
        if (c >= '0' && c <= '9') value = value * 16 + (uint64_t)(c - '0');
        else if (c >= 'a' && c <= 'f') value = value * 16 + (uint64_t)(c - 'a' + 10);
        else break;
    }
    return value;
}

JITTER_FREESTANDING static int overlaps(uint64_t start, uint64_t end, uint64_t other, uint64_t size) {
    return start < other + size && other < end;
}

/// One line of /proc/self/maps: its range and the "device inode" text that names its file.
struct mapping {
    uint64_t start, end;
    const char *file;
    size_t file_length;
};

JITTER_FREESTANDING static int parse_mapping(const char **cursor, const char *end, struct mapping *out) {
    const char *p = *cursor;
    if (p >= end) return 0;
    out->start = parse_hex(&p, end);
    p++;  // '-'
    out->end = parse_hex(&p, end);
    // perms, offset, then "dev inode": keep the last two fields as the file's identity.
    int field = 0;
    while (p < end && *p != '\n' && field < 3) {
        if (*p == ' ') field++;
        p++;
    }
    out->file = p;
    while (p < end && *p != '\n' && *p != ' ') p++;  // dev
    if (p < end && *p == ' ') p++;
    while (p < end && *p != '\n' && *p != ' ') p++;  // inode
    out->file_length = (size_t)(p - out->file);
    while (p < end && *p != '\n') p++;
    if (p < end) p++;
    *cursor = p;
    return 1;
}

JITTER_FREESTANDING static int same_text(const char *a, size_t a_length, const char *b, size_t b_length) {
    if (a_length != b_length) return 0;
    for (size_t i = 0; i < a_length; i++) {
        if (a[i] != b[i]) return 0;
    }
    return 1;
}

/// Reads /proc/self/maps into a fresh anonymous buffer; returns its size, or 0 on failure.
JITTER_FREESTANDING static size_t read_maps(char **buffer, size_t *capacity) {
    for (size_t size = 1 << 20; size <= (size_t)1 << 28; size *= 4) {
        long mapped = jitter_syscall6(SYS_mmap, 0, (long)size, PROT_READ | PROT_WRITE,
                                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapped < 0) return 0;
        char *text = (char *)mapped;
        long fd = jitter_syscall3(SYS_open, "/proc/self/maps", O_RDONLY | O_CLOEXEC, 0);
        if (fd < 0) return 0;
        size_t used = 0;
        long count;
        while (used < size && (count = jitter_syscall3(SYS_read, fd, text + used, size - used)) > 0) {
            used += (size_t)count;
        }
        jitter_syscall1(SYS_close, fd);
        if (used < size) {
            *buffer = text;
            *capacity = size;
            return used;
        }
        jitter_syscall2(SYS_munmap, text, size);
    }
    return 0;
}

/// munmap(2) (or with `advice`, madvise(2)) of [start, end) except the pages in
/// [keep_start, keep_end).
JITTER_FREESTANDING static void drop_outside(uint64_t start, uint64_t end, uint64_t keep_start, uint64_t keep_end,
                                            int advice) {
    long number = advice ? SYS_madvise : SYS_munmap;
    if (keep_end <= start || end <= keep_start) {
        jitter_syscall3(number, start, end - start, advice);
        return;
    }
    if (start < keep_start) jitter_syscall3(number, start, keep_start - start, advice);
    if (keep_end < end) jitter_syscall3(number, keep_end, end - keep_end, advice);
}

/// Unmaps everything except: the code of this module, the current stack, the pages of
/// `jitter_statics`, and the two shared mappings in `setup`; of the file this code was
/// loaded from, keeps the mappings (read-only data is among them) but drops their pages
/// (MADV_DONTNEED): what this code reads there comes back from the file. What is above the
/// user address range ([vsyscall]) cannot be unmapped and costs nothing. A fork copies the
/// page tables of what is left, and every worker starts with a copy of it, so nothing of the
/// caller's data (its heap, its globals, its stack) reaches a worker. Notes where the code of
/// this module is mapped.
JITTER_FREESTANDING static void drop_foreign_mappings(const struct jitter_supervisor_setup *setup, int keep_rseq) {
    char *text;
    size_t capacity;
    size_t size = read_maps(&text, &capacity);
    if (size == 0) return;  // Still correct, only slower.
    uint64_t code = (uint64_t)(uintptr_t)&drop_foreign_mappings;
    uint64_t stack = (uint64_t)(uintptr_t)__builtin_frame_address(0);
    uint64_t statics = (uint64_t)(uintptr_t)&jitter_statics;
    uint64_t statics_start = statics & ~(uint64_t)4095;
    uint64_t statics_end = (statics + sizeof jitter_statics + 4095) & ~(uint64_t)4095;
    const char *own_file = 0;
    size_t own_file_length = 0;
    const char *cursor = text;
    struct mapping line;
    while (parse_mapping(&cursor, text + size, &line)) {
        if (code >= line.start && code < line.end) {
            own_file = line.file;
            own_file_length = line.file_length;
            jitter_statics.text_start = line.start;
            jitter_statics.text_end = line.end;
        }
    }
    cursor = text;
    while (parse_mapping(&cursor, text + size, &line)) {
        if (code >= line.start && code < line.end) continue;
        int keep = line.start >= 0x800000000000ULL
            || (stack >= line.start && stack < line.end)
            || (keep_rseq && overlaps(line.start, line.end, setup->rseq_address, setup->rseq_size))
            || overlaps(line.start, line.end, (uint64_t)(uintptr_t)setup->control, sizeof *setup->control)
            || overlaps(line.start, line.end, (uint64_t)(uintptr_t)setup->memory, setup->memory_size)
            || overlaps(line.start, line.end, (uint64_t)(uintptr_t)text, capacity);
        if (keep) continue;
        int own = own_file && same_text(line.file, line.file_length, own_file, own_file_length);
        drop_outside(line.start, line.end, statics_start, statics_end, own ? MADV_DONTNEED : 0);
    }
    jitter_syscall2(SYS_munmap, text, capacity);
}

#ifndef SYS_rseq
#define SYS_rseq 334
#endif
#define RSEQ_FLAG_UNREGISTER 1
#define RSEQ_SIGNATURE 0x53053053

/// Stops the kernel from updating libc's rseq area, which lives in thread memory about to be
/// unmapped (a failed update is a SIGSEGV). libc registers 32 bytes whatever size it reports,
/// so both are tried. Returns whether no rseq area is registered any more.
JITTER_FREESTANDING static int unregister_rseq(const struct jitter_supervisor_setup *setup) {
    if (setup->rseq_address == 0) return 1;
    uint32_t sizes[2] = {32, setup->rseq_size};
    for (int i = 0; i < 2; i++) {
        if (jitter_syscall4(SYS_rseq, setup->rseq_address, sizes[i], RSEQ_FLAG_UNREGISTER, RSEQ_SIGNATURE) == 0) {
            return 1;
        }
    }
    return 0;
}

/// Keeps the descriptors of `setup` at their fixed numbers (COMMAND_FD, INTERRUPT_FD,
/// MEMORY_FD, OUTPUT_FD, ERROR_FD), closes every other descriptor and puts /dev/null on 0, 1
/// and 2 (read-only on 0: a worker's standard input when its run has none of its own).
JITTER_FREESTANDING static void keep_descriptors(const struct jitter_supervisor_setup *setup) {
    enum { KEPT = 5 };
    const int wanted[KEPT] = {setup->command_fd, setup->interrupt_fd, setup->memory_fd, setup->output_fd,
                              setup->error_fd};
    const int target[KEPT] = {COMMAND_FD, INTERRUPT_FD, MEMORY_FD, OUTPUT_FD, ERROR_FD};
    long moved[KEPT];
    for (int i = 0; i < KEPT; i++) moved[i] = jitter_syscall3(SYS_fcntl, wanted[i], F_DUPFD, 100);
    for (int i = 0; i < KEPT; i++) jitter_syscall2(SYS_dup2, moved[i], target[i]);
    if (jitter_syscall3(SYS_close_range, MEMORY_FD + 1, OUTPUT_FD - 1, 0) < 0
        || jitter_syscall3(SYS_close_range, ERROR_FD + 1, ~0U, 0) < 0) {
        for (int fd = MEMORY_FD + 1; fd < 65536; fd++) {
            if (fd != OUTPUT_FD && fd != ERROR_FD) jitter_syscall1(SYS_close, fd);
        }
    }
    for (int fd = 0; fd < 3; fd++) {
        long null = jitter_syscall3(SYS_open, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0);
        if (null < 0) continue;
        if (null != fd) {
            jitter_syscall2(SYS_dup2, null, fd);
            jitter_syscall1(SYS_close, null);
        }
    }
}

JITTER_FREESTANDING static void drain(int fd) {
    char buffer[256];
    while (jitter_syscall3(SYS_read, fd, buffer, sizeof buffer) > 0) {}
}

enum wake { WAKE_CHILD, WAKE_DEADLINE, WAKE_INTERRUPT, WAKE_CALLER_GONE };

/// Waits until a child changes state, `deadline` passes, an interrupt arrives (when watched)
/// or the caller goes away. A negative deadline waits without limit.
JITTER_FREESTANDING static enum wake wait_for(int64_t deadline, int watch_interrupts) {
    for (;;) {
        struct pollfd watched[3] = {
            {.fd = CHILD_SIGNAL_FD, .events = POLLIN},
            {.fd = COMMAND_FD, .events = POLLIN},
            {.fd = watch_interrupts ? INTERRUPT_FD : -1, .events = POLLIN},
        };
        struct timespec timeout;
        struct timespec *limit = 0;
        if (deadline >= 0) {
            int64_t left = deadline - now_nanoseconds();
            if (left <= 0) return WAKE_DEADLINE;
            timeout.tv_sec = left / 1000000000;
            timeout.tv_nsec = left % 1000000000;
            limit = &timeout;
        }
        long ready = jitter_syscall4(SYS_ppoll, watched, 3, limit, 0);
        if (ready < 0 && ready != -EINTR) return WAKE_CALLER_GONE;
        if (ready <= 0) continue;
        if (watched[0].revents) {
            drain(CHILD_SIGNAL_FD);
            return WAKE_CHILD;
        }
        if (watched[1].revents) return WAKE_CALLER_GONE;
        if (watched[2].revents) {
            drain(INTERRUPT_FD);
            return WAKE_INTERRUPT;
        }
    }
}

/// Appends the decimal digits of `value` to `text` at `*length`.
JITTER_FREESTANDING static void append_number(char *text, size_t *length, long value) {
    char digits[20];
    int count = 0;
    do {
        digits[count++] = (char)('0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (count > 0) text[(*length)++] = digits[--count];
}

/// The supervisor's children that belong to no run (the spares). At the end of a run, any
/// other child came from the run.
#define KNOWN_CAPACITY 16
struct known {
    long pids[KNOWN_CAPACITY];
    int count;
};

JITTER_FREESTANDING static int is_known(const struct known *known, long pid) {
    for (int i = 0; i < known->count; i++) {
        if (known->pids[i] == pid) return 1;
    }
    return 0;
}

JITTER_FREESTANDING static void know(struct known *known, long pid) {
    if (pid > 0 && !is_known(known, pid) && known->count < KNOWN_CAPACITY) known->pids[known->count++] = pid;
}

JITTER_FREESTANDING static void forget(struct known *known, long pid) {
    for (int i = 0; i < known->count; i++) {
        if (known->pids[i] == pid) {
            known->pids[i] = known->pids[--known->count];
            return;
        }
    }
}

/// Kills every child of this process that `known` does not name, and reaps it, until none is
/// left. Everything a run forked ends up here: the supervisor is a subreaper, so orphans are
/// reparented to it, even those that left the worker's process group.
JITTER_FREESTANDING static void kill_unknown_children(struct known *known) {
    char path[64];
    const char prefix[] = "/proc/self/task/";
    size_t length = sizeof prefix - 1;
    jitter_copy(path, prefix, length);
    append_number(path, &length, jitter_syscall0(SYS_getpid));
    const char suffix[] = "/children";
    jitter_copy(path + length, suffix, sizeof suffix);
    for (;;) {
        long fd = jitter_syscall3(SYS_open, path, O_RDONLY | O_CLOEXEC, 0);
        if (fd < 0) {
            // Without the children file, reap what has already died and rely on the group kill.
            long pid;
            while ((pid = jitter_syscall4(SYS_wait4, -1, 0, WNOHANG | __WALL, 0)) > 0) forget(known, pid);
            return;
        }
        char list[4096];
        long size = jitter_syscall3(SYS_read, fd, list, sizeof list);
        jitter_syscall1(SYS_close, fd);
        if (size <= 0) return;
        long children[sizeof list / 2];
        int found = 0;
        long value = 0;
        int in_number = 0;
        for (long i = 0; i <= size; i++) {
            if (i < size && list[i] >= '0' && list[i] <= '9') {
                value = value * 10 + (list[i] - '0');
                in_number = 1;
            } else if (in_number) {
                if (!is_known(known, value)) children[found++] = value;
                value = 0;
                in_number = 0;
            }
        }
        if (found == 0) return;
        for (int i = 0; i < found; i++) jitter_syscall2(SYS_kill, children[i], SIGKILL);
        for (int i = 0; i < found; i++) {
            while (jitter_syscall4(SYS_wait4, children[i], 0, __WALL, 0) == -EINTR) {}
        }
    }
}


/// /proc/PID/maps of the stopped worker, as the code left it, into `maps_entering`.
JITTER_FREESTANDING static void record_worker_maps(struct jitter_control *control, long worker) {
    char path[48];
    const char prefix[] = "/proc/";
    size_t length = sizeof prefix - 1;
    jitter_copy(path, prefix, length);
    append_number(path, &length, worker);
    const char suffix[] = "/maps";
    jitter_copy(path + length, suffix, sizeof suffix);
    long fd = jitter_syscall3(SYS_open, path, O_RDONLY | O_CLOEXEC, 0);
    if (fd < 0) return;
    uint32_t used = 0;
    long count;
    while (used < JITTER_MAPS_CAPACITY
           && (count = jitter_syscall3(SYS_read, fd, control->maps_entering + used, JITTER_MAPS_CAPACITY - used)) > 0) {
        used += (uint32_t)count;
    }
    jitter_syscall1(SYS_close, fd);
    control->maps_entering_size = used;
}

#define ERESTARTSYS_VALUE 512
#define ERESTARTNOINTR_VALUE 513
#define ERESTARTNOHAND_VALUE 514
#define ERESTART_RESTARTBLOCK_VALUE 516

/// Reads the registers (unless the caller has, into `*read`) and the extended state of the
/// stopped worker into the outcome.
JITTER_FREESTANDING static int capture(struct jitter_control *control, long worker, const struct user_regs_struct *read) {
    struct user_regs_struct regs;
    if (read) {
        jitter_copy(&regs, read, sizeof regs);  // not `=`: that may become a call to memcpy, unmapped here
    } else if (jitter_syscall4(SYS_ptrace, PTRACE_GETREGS, worker, 0, &regs) < 0) {
        return 0;
    }
    // Stopped inside a system call the kernel will restart: show the state before it, which
    // is what the code would see (rip back on the `syscall`, rax its number).
    long result = (long)regs.rax;
    if ((long)regs.orig_rax >= 0
        && (result == -ERESTARTSYS_VALUE || result == -ERESTARTNOINTR_VALUE || result == -ERESTARTNOHAND_VALUE
            || result == -ERESTART_RESTARTBLOCK_VALUE)) {
        regs.rax = regs.orig_rax;
        regs.rip -= 2;
    }
    uint64_t *out = control->registers_out;
    out[0] = regs.rax;
    out[1] = regs.rbx;
    out[2] = regs.rcx;
    out[3] = regs.rdx;
    out[4] = regs.rsi;
    out[5] = regs.rdi;
    out[6] = regs.rbp;
    out[7] = regs.rsp;
    out[8] = regs.r8;
    out[9] = regs.r9;
    out[10] = regs.r10;
    out[11] = regs.r11;
    out[12] = regs.r12;
    out[13] = regs.r13;
    out[14] = regs.r14;
    out[15] = regs.r15;
    out[16] = regs.rip;
    out[17] = regs.eflags;
    uint32_t size = control->xstate_size <= JITTER_XSTATE_CAPACITY ? control->xstate_size : JITTER_XSTATE_CAPACITY;
    struct iovec area;
    area.iov_base = control->xstate_out;
    area.iov_len = size;
    long kind = control->xstate_mask ? 0x202 /* NT_X86_XSTATE */ : 2 /* NT_PRFPREG */;
    if (jitter_syscall4(SYS_ptrace, PTRACE_GETREGSET, worker, kind, &area) == 0) {
        control->xstate_out_size = (uint32_t)area.iov_len;
    }
    if (control->record_maps) record_worker_maps(control, worker);
    return 1;
}

/// Synchronous signals: the code's own faults, and SIGSYS from the filter.
JITTER_FREESTANDING static int is_fault(int signal) {
    return signal == SIGSEGV || signal == SIGBUS || signal == SIGILL || signal == SIGFPE || signal == SIGTRAP
        || signal == SIGSYS;
}

JITTER_FREESTANDING static int is_stop(int signal) {
    return signal == SIGSTOP || signal == SIGTSTP || signal == SIGTTIN || signal == SIGTTOU;
}

/// Bytes of a whole XSAVE area as ptrace reads and writes it (NT_X86_XSTATE, every user
/// component): the kernel takes a write only of exactly that size.
#define HELD_XSTATE_CAPACITY 8192

/// A worker kept in the stop at the exit stub of a clean run, for the next run, with what it
/// was prepared with and what it had before its first run's code.
struct held {
    /// 0: none kept.
    long pid;
    struct jitter_policy policy;
    uint32_t region_count;
    struct jitter_region regions[JITTER_MAX_REGIONS];
    /// Bytes mapped at the code address.
    uint64_t code_pages;
    uint64_t xstate_mask;
    /// Its RLIMIT_CPU (0: none), and the time its runs took from go to end, an upper bound of
    /// the CPU time they used (the worker alone, one thread): a kept worker must not meet its
    /// CPU limit in a later run.
    uint32_t cpu_seconds_limit;
    int64_t busy;
    uint32_t runs;
    /// Fresh workers still to go unwatched, and how many watched runs in a row were not kept:
    /// a run that is watched and then not kept costs two more ptrace stops (before the code,
    /// at its first system call), so after such runs the next 1, 3, 7, then 15 fresh workers
    /// go unwatched (and cannot be kept).
    uint32_t unwatched_left;
    uint32_t not_kept;
    /// Its registers at the stop before its first run's code: the segment selectors and the
    /// fs and gs bases as every worker starts with them.
    struct user_regs_struct entry;
    /// Its whole extended state there (the request's, and for what the request leaves out,
    /// such as PKRU, what every worker starts with); 0 bytes when it could not be read whole.
    uint32_t xstate_size;
    _Alignas(64) uint8_t xstate[HELD_XSTATE_CAPACITY];
    /// Its extended state at the exit stub where it waits (as read for the outcome), and how
    /// many bytes of it.
    uint32_t last_size;
    _Alignas(64) uint8_t last[JITTER_XSTATE_CAPACITY];
    /// The CPU it is pinned to (see `struct run`).
    int32_t cpu;
};

/// Where a run stands, as the supervisor sees it.
struct run {
    long worker;
    /// The supervisor has sent SIGSTOP (time limit or interrupt).
    int stopping;
    int reaped;
    /// The run ended with the worker in a ptrace stop (it had not exited).
    int held;
    /// The worker made a process or a thread (a clone event of its tracing): the run may hold
    /// more than the worker, which must all be gone before the answer.
    int spawned;
    /// When to stop the code (or, once stopping, to give up on it); -1: no limit.
    int64_t deadline;
    /// The supervisor watches this run: a fresh worker stops before the code.
    int watched;
    /// The worker has stopped before the code (jitter_enter_trapped) and been let go with
    /// system calls watched, or it was a kept worker let go at the code's entry.
    int entered;
    /// Since then the worker made a system call, took a signal or an event: the run may have
    /// changed what a next run would see, so the worker is not kept.
    int dirty;
    /// Where the worker's state before the code is noted (a fresh worker's, at its stop there).
    struct held *kept;
    /// The CPU the worker is pinned to: -1 none (the CPUs this process started with), -2
    /// not known (a spare, or a pin the kernel refused).
    int32_t cpu;
};

/// How long a run's worker stays pinned to the caller's CPU: far more than a hand-off (some
/// microseconds), little enough that code which computes for long gets every CPU.
#define PINNED_NANOSECONDS 1000000

/// Whether `rip` lies in this module's code: a worker stopped there has not jumped into the
/// code yet (code that jumps back in there on purpose is reported as if it had not started).
JITTER_FREESTANDING static int before_entry(uint64_t rip) {
    return rip >= jitter_statics.text_start && rip < jitter_statics.text_end;
}

/// What one ptrace stop or exit of the worker means. Returns 1 when the run is over.
JITTER_FREESTANDING static int on_worker_event(struct jitter_control *control, struct run *run, int status) {
    long worker = run->worker;
    if (!WIFSTOPPED(status)) {
        control->wait_status = status;
        return 1;
    }
    int signal = WSTOPSIG(status);
    int event = status >> 16;
    if (signal == (SIGTRAP | 0x80)) {
        // The code's first system call (the worker is resumed with PTRACE_SYSCALL only until
        // it makes one): the run is not clean, and later calls need not stop.
        run->dirty = 1;
        jitter_syscall4(SYS_ptrace, PTRACE_CONT, worker, 0, 0);
        return 0;
    }
    if (event != 0) {
        run->dirty = 1;
        if (event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK || event == PTRACE_EVENT_CLONE) {
            // The first process or thread the code made: what it makes later need not stop
            // the worker (the child, traced from its birth, is let go where it first stops).
            run->spawned = 1;
            jitter_syscall4(SYS_ptrace, PTRACE_SETOPTIONS, worker, 0, TRACE_OPTIONS);
        }
        // Otherwise an exec: nothing to report, let it go on.
        jitter_syscall4(SYS_ptrace, PTRACE_CONT, worker, 0, 0);
        return 0;
    }
    if (signal == SIGTRAP) {
        // The exit stub, most likely: its `int3` leaves rip just past it.
        struct user_regs_struct regs;
        siginfo_t info;
        jitter_zero(&info, sizeof info);
        if (jitter_syscall4(SYS_ptrace, PTRACE_GETREGS, worker, 0, &regs) == 0
            && jitter_syscall4(SYS_ptrace, PTRACE_GETSIGINFO, worker, 0, &info) == 0
            && info.si_code == 0x80 /* SI_KERNEL: int3 */) {
            if (regs.rip == control->stub_address + JITTER_EXIT_STUB_SIZE) {
                if (capture(control, worker, &regs)) {
                    control->registers_out[JITTER_RIP_INDEX] = control->stub_address;
                    control->status = JITTER_STATUS_RETURNED;
                }
                return 1;
            }
            if (run->watched && !run->entered && regs.rip == (uint64_t)(uintptr_t)jitter_enter_trapped) {
                // A fresh worker about to jump into the code, everything loaded: note what a
                // kept worker is to be given back, then let it go with system calls watched.
                run->entered = 1;
                struct held *held = run->kept;
                jitter_copy(&held->entry, &regs, sizeof regs);
                struct iovec area;
                area.iov_base = held->xstate;
                area.iov_len = sizeof held->xstate;
                held->xstate_size = 0;
                if (jitter_syscall4(SYS_ptrace, PTRACE_GETREGSET, worker, 0x202 /* NT_X86_XSTATE */, &area) == 0
                    && area.iov_len >= 576 && area.iov_len < sizeof held->xstate) {
                    held->xstate_size = (uint32_t)area.iov_len;
                }
                jitter_syscall4(SYS_ptrace, PTRACE_SYSCALL, worker, 0, 0);
                return 0;
            }
        }
    }
    siginfo_t info;
    jitter_zero(&info, sizeof info);
    jitter_syscall4(SYS_ptrace, PTRACE_GETSIGINFO, worker, 0, &info);
    // Once the supervisor has sent its SIGSTOP, any SIGSTOP stop is that one: a SIGSTOP the
    // code sent itself may have absorbed it, since pending standard signals merge.
    if (signal == SIGSTOP && run->stopping) {
        if (capture(control, worker, 0)) {
            control->status = JITTER_STATUS_STOPPED;
            if (before_entry(control->registers_out[JITTER_RIP_INDEX])) {
                // Stopped before the jump into the code: nothing has run, and the state to
                // report is the one the code was to start with.
                jitter_copy(control->registers_out, control->registers_in, sizeof control->registers_out);
                uint32_t size = control->xstate_size <= JITTER_XSTATE_CAPACITY ? control->xstate_size
                                                                               : JITTER_XSTATE_CAPACITY;
                jitter_copy(control->xstate_out, control->xstate_in, size);
                control->xstate_out_size = size;
            }
        }
        return 1;
    }
    if (is_fault(signal)) {
        if (capture(control, worker, 0)) {
            control->status = JITTER_STATUS_SIGNALED;
            control->signal = signal;
            control->signal_code = info.si_code;
            control->fault_address = (uint64_t)(uintptr_t)info.si_addr;
            if (signal == SIGSYS) control->signal_syscall = info.si_syscall;
        }
        return 1;
    }
    // The code may not stop itself (nothing would resume it); other signals take their course.
    run->dirty = 1;
    jitter_syscall4(SYS_ptrace, PTRACE_CONT, worker, 0, is_stop(signal) ? 0 : signal);
    return 0;
}

/// A worker forked and prepared ahead of its run, waiting for its go.
struct spare {
    long pid;
    /// Which go socket pair it listens on (0 or 1).
    int pair;
    /// The policy it was made with: the control block's when it was forked (the caller may
    /// have been writing the next request's meanwhile), compared with each request's.
    struct jitter_policy policy;
};

/// Workers prepared ahead, the next to run first. Two when workers start as root (they wait
/// as root, so they do not count against the process limit of the user the code runs as):
/// while the code of one run goes, the worker for the run after it is ready already and the
/// one after that prepares, so that a caller that asks again as soon as it has its answer
/// finds one ready. One otherwise.
#define SPARES 2
struct spares {
    struct spare queue[SPARES];
    int count;
    int wanted;
    /// The worker kept from the last run (0: none), which waits for a run too, in its stop.
    long held;
};

/// The supervisor's end and a worker's end of go socket pair `pair`.
JITTER_FREESTANDING static int go_fd(int pair) {
    return pair ? GO_FD_2 : GO_FD;
}
JITTER_FREESTANDING static int worker_go_fd(int pair) {
    return pair ? WORKER_GO_FD_2 : WORKER_GO_FD;
}

/// A stop of a spare before its go: its first stop (it asked to be traced; its options are set
/// here), or a signal, which it does not get.
JITTER_FREESTANDING static void resume_spare(long pid, int status) {
    if (WSTOPSIG(status) == SIGSTOP && (status >> 16) == 0) {
        jitter_syscall4(SYS_ptrace, PTRACE_SETOPTIONS, pid, 0, TRACE_OPTIONS | TRACE_CLONES);
    }
    jitter_syscall4(SYS_ptrace, PTRACE_CONT, pid, 0, 0);
}

JITTER_FREESTANDING static int spare_index(const struct spares *spares, long pid) {
    for (int i = 0; i < spares->count; i++) {
        if (spares->queue[i].pid == pid) return i;
    }
    return -1;
}

JITTER_FREESTANDING static void remove_spare(struct spares *spares, int index) {
    // jitter_copy, not `=`: a struct assignment may become a call to memcpy, unmapped here.
    for (int i = index; i + 1 < spares->count; i++) {
        jitter_copy(&spares->queue[i], &spares->queue[i + 1], sizeof spares->queue[i]);
    }
    spares->count--;
}

/// Notes that `pid`, a child of this process, has ended and been reaped.
JITTER_FREESTANDING static void reaped(struct known *known, struct spares *spares, long pid) {
    forget(known, pid);
    int index = spare_index(spares, pid);
    if (index >= 0) remove_spare(spares, index);  // died waiting (or preparing)
    if (pid == spares->held) spares->held = 0;    // killed in its stop, from outside
}

/// What a child that is not the run's worker did: ended (reaped here), or stopped (a spare
/// goes on). Stops are reported only of traced processes: any other is the code's first
/// process or thread, traced from its birth (TRACE_CLONES) and let go at its first stop (its
/// SIGSTOP or event stop dropped), to run untraced as the code's processes always do.
JITTER_FREESTANDING static void other_child(struct known *known, struct spares *spares, long pid, int status) {
    if (!WIFSTOPPED(status)) {
        reaped(known, spares, pid);
    } else if (spare_index(spares, pid) >= 0) {
        resume_spare(pid, status);
    } else if (pid == spares->held) {
        // Stays where it is: it runs only when a run takes it.
    } else {
        // A signal that came first goes on with it (the event stop and SIGSTOP are the birth's).
        int signal = (status >> 16) == 0 && WSTOPSIG(status) != SIGSTOP ? WSTOPSIG(status) : 0;
        jitter_syscall4(SYS_ptrace, PTRACE_DETACH, pid, 0, signal);
    }
}

/// Reaps whatever has changed state; returns 1 when the worker's run is over (`run` nil: only
/// reaps what ended).
JITTER_FREESTANDING static int collect(struct jitter_control *control, struct run *run, struct known *known,
                                       struct spares *spares) {
    for (;;) {
        int status = 0;
        long pid = jitter_syscall4(SYS_wait4, -1, &status, WNOHANG | __WALL, 0);
        if (pid <= 0) return 0;
        if (!run || pid != run->worker) {
            other_child(known, spares, pid, status);
            continue;
        }
        if (!WIFSTOPPED(status)) run->reaped = 1;
        if (on_worker_event(control, run, status)) {
            run->held = WIFSTOPPED(status);
            return 1;
        }
    }
}

JITTER_FREESTANDING static void answer(char kind, long pid) {
    struct jitter_answer message;
    jitter_zero(&message, sizeof message);
    message.kind = kind;
    message.pid = (int32_t)pid;
    if (jitter_syscall6(SYS_sendto, COMMAND_FD, (long)&message, sizeof message, MSG_NOSIGNAL, 0, 0)
        != (long)sizeof message) {
        jitter_exit_group(0);
    }
}

/// Field by field: the struct's padding may hold anything.
JITTER_FREESTANDING static int same_policy(const struct jitter_policy *a, const struct jitter_policy *b) {
    if (a->unprivileged_id != b->unprivileged_id || a->rules != b->rules
        || a->address_space_limit != b->address_space_limit || a->file_size_limit != b->file_size_limit
        || a->process_limit != b->process_limit || a->open_files_limit != b->open_files_limit
        || a->denied_count != b->denied_count || a->denied_count > JITTER_MAX_DENIED) {
        return 0;
    }
    for (uint32_t i = 0; i < a->denied_count; i++) {
        if (a->denied[i] != b->denied[i]) return 0;
    }
    return 1;
}

JITTER_FREESTANDING static void discard_spares(struct spares *spares, struct known *known) {
    for (int i = 0; i < spares->count; i++) jitter_syscall2(SYS_kill, spares->queue[i].pid, SIGKILL);
    for (int i = 0; i < spares->count; i++) {
        while (jitter_syscall4(SYS_wait4, spares->queue[i].pid, 0, __WALL, 0) == -EINTR) {}
        forget(known, spares->queue[i].pid);
    }
    spares->count = 0;
}

/// Whether this process has CAP_SYS_PTRACE, with which it may seize (PTRACE_SEIZE) a worker
/// that is not dumpable.
JITTER_FREESTANDING static int may_trace_any(void) {
    struct {
        uint32_t version;
        int pid;
    } header = {0x20080522 /* _LINUX_CAPABILITY_VERSION_3 */, 0};
    struct {
        uint32_t effective, permitted, inheritable;
    } data[2];
    jitter_zero(data, sizeof data);
    if (jitter_syscall2(SYS_capget, &header, data) < 0) return 0;
    return (data[0].effective >> 19 /* CAP_SYS_PTRACE */) & 1;
}

/// fork(2): a child with nothing shared but what fork shares.
JITTER_FREESTANDING static long fork_worker(void) {
    return jitter_syscall6(SYS_clone, SIGCHLD, 0, 0, 0, 0, 0);
}

/// Takes back a go (and its descriptor) left on the workers' end of go socket pair `pair`.
JITTER_FREESTANDING static void discard_stale_go(int pair) {
    int input;
    while (jitter_receive_run_now(worker_go_fd(pair), JITTER_GO, &input)) {
        if (input >= 0) jitter_syscall1(SYS_close, input);
    }
}

/// Forks a worker with the control block's current policy, at the end of the queue, and lets
/// it prepare as far as it can before its run; it then says it is ready and waits for its go.
/// Returns whether it was forked and is traced.
JITTER_FREESTANDING static int prepare_spare(struct jitter_control *control, struct spares *spares,
                                             struct known *known, const struct jitter_placement *placement) {
    if (spares->count >= spares->wanted) return 1;
    struct jitter_worker_setup *worker_setup = &jitter_statics.worker;
    jitter_copy(&worker_setup->policy, &control->policy, sizeof worker_setup->policy);
    control->spare_failed_call[0] = 0;
    control->spare_failed_errno = 0;
    int pair = spares->count > 0 && spares->queue[0].pair == 0 ? 1 : 0;
    // A go that an earlier worker died before taking must not reach this one.
    discard_stale_go(pair);
    worker_setup->go_fd = worker_go_fd(pair);
    long self = jitter_syscall0(SYS_getpid);
    long worker = fork_worker();
    if (worker == 0) jitter_worker_main(worker_setup, self);
    if (worker < 0) {
        const char call[] = "clone";
        jitter_copy(control->spare_failed_call, call, sizeof call);
        control->spare_failed_errno = (int32_t)-worker;
        return 0;
    }
    if (worker_setup->seized) {
        // Traced from here on, with its options: if this process dies, the worker dies too,
        // and an exec does not pass for a trap. No stop: it goes on preparing meanwhile.
        long seized = jitter_syscall4(SYS_ptrace, PTRACE_SEIZE, worker, 0, TRACE_OPTIONS | TRACE_CLONES);
        if (seized < 0) {
            // Not allowed after all (a stricter ptrace policy): from now on, workers ask.
            worker_setup->seized = 0;
            jitter_syscall2(SYS_kill, worker, SIGKILL);
            while (jitter_syscall4(SYS_wait4, worker, 0, __WALL, 0) == -EINTR) {}
            return prepare_spare(control, spares, known, placement);
        }
    } else {
        // The worker's first stop, where it asks to be traced: its options are set there.
        int status = 0;
        while (jitter_syscall4(SYS_wait4, worker, &status, __WALL, 0) == -EINTR) {}
        if (!WIFSTOPPED(status)) return 0;
        resume_spare(worker, status);
    }
    // It prepares on any CPU, beside the caller rather than after it; its run pins it.
    if (placement->cpu >= 0) jitter_unpin(placement, worker);
    spares->queue[spares->count].pid = worker;
    spares->queue[spares->count].pair = pair;
    jitter_copy(&spares->queue[spares->count].policy, &worker_setup->policy, sizeof worker_setup->policy);
    spares->count++;
    know(known, worker);
    return 1;
}

/// Waits until the next spare says it is ready. Returns 0 when it died first (or the caller
/// went away).
JITTER_FREESTANDING static int await_ready(struct spares *spares, struct known *known) {
    if (spares->count == 0) return 0;
    long pid = spares->queue[0].pid;
    int fd = go_fd(spares->queue[0].pair);
    for (;;) {
        struct jitter_ready ready;
        long got = jitter_syscall6(SYS_recvfrom, fd, (long)&ready, sizeof ready, MSG_DONTWAIT, 0, 0);
        if (got == (long)sizeof ready && ready.kind == JITTER_READY && ready.pid == pid) return 1;
        if (got >= 0) continue;  // from a worker that died before its go
        if (got != -EAGAIN && got != -EINTR) return 0;
        struct pollfd watched[3] = {
            {.fd = fd, .events = POLLIN},
            {.fd = CHILD_SIGNAL_FD, .events = POLLIN},
            {.fd = COMMAND_FD, .events = 0},
        };
        long ready_count = jitter_syscall4(SYS_ppoll, watched, 3, 0, 0);
        if (ready_count < 0 && ready_count != -EINTR) return 0;
        if (watched[2].revents) return 0;
        if (watched[1].revents) {
            drain(CHILD_SIGNAL_FD);
            collect(0, 0, known, spares);
            if (spare_index(spares, pid) != 0) return 0;
        }
    }
}

/// Ends a run: kills its process group and reaps the worker and everything of the run, so
/// that when the caller hears of the outcome no process of the run is left.
JITTER_FREESTANDING static void end_run(struct jitter_control *control, struct run *run, struct known *known,
                                        struct spares *spares, int may_leave_group) {
    long worker = run->worker;
    // The worker is a zombie until reaped, so its pid still names its group.
    jitter_syscall2(SYS_kill, -worker, SIGKILL);
    jitter_syscall2(SYS_kill, worker, SIGKILL);
    while (!run->reaped) {
        // Any child, not the worker alone: a thread the code made that is still traced (its
        // first stop not collected yet) must be reaped here before the worker, its group's
        // leader, can be.
        int status = 0;
        long pid = jitter_syscall4(SYS_wait4, -1, &status, __WALL, 0);
        if (pid == -EINTR) continue;
        if (pid < 0) {
            run->reaped = 1;  // no child left: nothing more to wait for
            break;
        }
        if (pid != worker) {
            other_child(known, spares, pid, status);
            continue;
        }
        if (WIFSTOPPED(status)) continue;
        if (pid == worker && control->wait_status == 0 && control->status == JITTER_STATUS_NONE) {
            control->wait_status = status;
        }
        run->reaped = 1;
    }
    // Every other process of the run is in the group (the filter keeps them there), dying:
    // the supervisor, their subreaper, reaps them until the group is empty.
    while (jitter_syscall2(SYS_kill, -worker, 0) != -ESRCH) {
        int status = 0;
        long pid = jitter_syscall4(SYS_wait4, -1, &status, __WALL, 0);
        if (pid == -EINTR) continue;
        if (pid < 0) break;
        other_child(known, spares, pid, status);
    }
    // A policy that lets processes leave the group: look for them among this process's children.
    if (may_leave_group) kill_unknown_children(known);
}

/// Whether `policy` lets code take a process out of its process group (setsid, setpgid).
JITTER_FREESTANDING static int may_leave_group(const struct jitter_policy *policy) {
    int refuses_setsid = 0, refuses_setpgid = 0;
    uint32_t count = policy->denied_count < JITTER_MAX_DENIED ? policy->denied_count : JITTER_MAX_DENIED;
    for (uint32_t i = 0; i < count; i++) {
        if (policy->denied[i] == SYS_setsid) refuses_setsid = 1;
        if (policy->denied[i] == SYS_setpgid) refuses_setpgid = 1;
    }
    return !(refuses_setsid && refuses_setpgid);
}

/// Bytes of code pages a request's code takes (at least one page).
JITTER_FREESTANDING static uint64_t code_pages(uint64_t code_size) {
    uint64_t size = (code_size + 4095) & ~(uint64_t)4095;
    return size ? size : 4096;
}

/// Kills the kept worker, if any, and reaps it: a worker that made no system call holds no
/// robust futex list nor a thread id to clear, so its exit writes nothing.
JITTER_FREESTANDING static void discard_held(struct spares *spares, struct known *known) {
    long pid = spares->held;
    if (pid <= 0) return;
    spares->held = 0;
    jitter_syscall2(SYS_kill, pid, SIGKILL);
    while (jitter_syscall4(SYS_wait4, pid, 0, __WALL, 0) == -EINTR) {}
    forget(known, pid);
}

/// Whether the kept worker was prepared for what this request needs: the same policy, the same
/// regions and as many code pages, the same extended-state components and CPU limit with room
/// left under it, and no standard input of its own (a kept worker's fd 0 is /dev/null).
JITTER_FREESTANDING static int may_take_held(const struct jitter_control *control, const struct held *held,
                                             int input) {
    if (input >= 0 || control->record_maps || control->xstate_mask == 0 || held->xstate_size == 0) return 0;
    if (control->xstate_mask != held->xstate_mask || control->xstate_size > held->xstate_size
        || control->xstate_size > JITTER_XSTATE_CAPACITY) {
        return 0;
    }
    if (!same_policy(&held->policy, &control->policy)) return 0;
    if (control->region_count != held->region_count || control->region_count > JITTER_MAX_REGIONS) return 0;
    for (uint32_t i = 0; i < control->region_count; i++) {
        const struct jitter_region *a = &control->regions[i], *b = &held->regions[i];
        if (a->address != b->address || a->size != b->size || a->file_offset != b->file_offset) return 0;
    }
    if (code_pages(control->code_size) != held->code_pages) return 0;
    if (control->cpu_seconds_limit != held->cpu_seconds_limit) return 0;
    if (held->cpu_seconds_limit) {
        // Half a second to spare beyond this run's whole time limit.
        int64_t limit = control->timeout_nanoseconds;
        if (limit <= 0 || limit > (int64_t)held->cpu_seconds_limit * 1000000000) return 0;
        if (held->busy + limit + 500000000 > (int64_t)held->cpu_seconds_limit * 1000000000) return 0;
    }
    return 1;
}

/// Whether XRSTOR of `requested` (`requested_size` bytes, standard format) would give the
/// state a kernel dump `held` (`held_size` bytes, read with PTRACE_GETREGSET) describes. The
/// dump holds every component's values, its init values where XSTATE_BV is clear; the
/// request's values count only where its XSTATE_BV is set, init values elsewhere. So: the same
/// bytes, except what holds no state (MXCSR_MASK, the legacy area's bytes 464–511, XSTATE_BV
/// itself), and no component present in the dump that the request leaves to its init values.
JITTER_FREESTANDING static int same_xstate(const uint8_t *requested, uint32_t requested_size, const uint8_t *held,
                                           uint32_t held_size) {
    if (requested_size != held_size || requested_size < 576 || requested_size % 8 != 0
        || requested_size > JITTER_XSTATE_CAPACITY) {
        return 0;
    }
    // Every word, without an early exit: a loop that stops at the first difference may become
    // a call to memcmp, unmapped here.
    uint64_t difference = 0;
    for (uint32_t offset = 0; offset < requested_size; offset += 8) {
        if (offset == 24 || offset == 512 || (offset >= 464 && offset < 512)) continue;
        difference |= jitter_load64(requested + offset) ^ jitter_load64(held + offset);
    }
    uint32_t mxcsr_requested, mxcsr_held;
    jitter_copy(&mxcsr_requested, requested + 24, 4);
    jitter_copy(&mxcsr_held, held + 24, 4);
    uint64_t present_requested, present_held;
    jitter_copy(&present_requested, requested + 512, 8);
    jitter_copy(&present_held, held + 512, 8);
    return difference == 0 && mxcsr_requested == mxcsr_held && (present_held & ~present_requested) == 0;
}

/// Gives the kept worker, stopped at its last run's exit stub, this request's state: every
/// register (the segment selectors and fs/gs bases as it had them before its first run, rflags
/// reduced to what `jitter_enter` lets through) and the whole extended state. Returns whether
/// all of it was taken.
JITTER_FREESTANDING static int give_state(const struct jitter_control *control, struct held *held) {
    struct user_regs_struct regs;
    jitter_copy(&regs, &held->entry, sizeof regs);
    const uint64_t *in = control->registers_in;
    regs.rax = in[0];
    regs.rbx = in[1];
    regs.rcx = in[2];
    regs.rdx = in[3];
    regs.rsi = in[4];
    regs.rdi = in[5];
    regs.rbp = in[6];
    regs.rsp = in[7];
    regs.r8 = in[8];
    regs.r9 = in[9];
    regs.r10 = in[10];
    regs.r11 = in[11];
    regs.r12 = in[12];
    regs.r13 = in[13];
    regs.r14 = in[14];
    regs.r15 = in[15];
    regs.rip = in[16];
    regs.eflags = (in[17] & 0xCD5) | 0x202;
    regs.orig_rax = (unsigned long long)-1;  // not in a system call: nothing to restart
    if (jitter_syscall4(SYS_ptrace, PTRACE_SETREGS, held->pid, 0, &regs) < 0) return 0;
    if (control->xstate_size == held->xstate_size
        && same_xstate(control->xstate_in, control->xstate_size, held->last, held->last_size)) {
        // What the worker holds already (the usual case: the caller passes back the state it
        // got), and the request covers every component: the kernel's copy (a vmalloc per
        // call) is saved.
        return 1;
    }
    // The request's area over the worker's first (standard format, both), and of the header's
    // XSTATE_BV the request's components from the request, the others from the first.
    _Alignas(64) uint8_t area[HELD_XSTATE_CAPACITY];
    jitter_copy(area, held->xstate, held->xstate_size);
    jitter_copy(area, control->xstate_in, control->xstate_size);
    uint64_t requested, first;
    jitter_copy(&requested, control->xstate_in + 512, sizeof requested);
    jitter_copy(&first, held->xstate + 512, sizeof first);
    uint64_t present = (requested & control->xstate_mask) | (first & ~control->xstate_mask);
    jitter_copy(area + 512, &present, sizeof present);
    struct iovec vector;
    vector.iov_base = area;
    vector.iov_len = held->xstate_size;
    return jitter_syscall4(SYS_ptrace, PTRACE_SETREGSET, held->pid, 0x202 /* NT_X86_XSTATE */, &vector) == 0;
}

/// Zeroes the staged code's last page past the code and stub: code pages map the staging
/// area, and nothing an earlier run staged there may be executable now.
JITTER_FREESTANDING static void clear_staging_tail(const struct jitter_control *control,
                                                   const struct jitter_supervisor_setup *setup) {
    uint8_t *staging = (uint8_t *)setup->memory + setup->staging_offset;
    uint64_t end = code_pages(control->code_size);
    if (end > setup->staging_size) end = setup->staging_size;
    // jitter_zero, not a loop: the compiler may turn one into a call to memset, unmapped here.
    if (control->code_size < end) jitter_zero(staging + control->code_size, end - control->code_size);
}

/// What became of a run (see `run_once`).
enum run_end {
    /// Over, and nothing of it is left.
    RUN_OVER,
    /// To be ended (`end_run`) after the answer.
    RUN_END_AFTER_ANSWER,
    /// Over, its worker kept in its stop for the next run.
    RUN_KEPT,
};

/// Runs the request in the control block, on the kept worker when it may take it, else on a
/// spare. Returns RUN_END_AFTER_ANSWER, with the run in `*finished`, when the worker alone
/// made up the run (no clone of any kind), the outcome is read, and it was killed in a ptrace
/// stop, which a single-threaded process killed there never leaves: it runs no more code, so
/// it writes nothing more to the pipes and does nothing the caller could see but the end of
/// its exit (its robust futex list, which can touch the sandbox memory; the caller waits for
/// JITTER_ANSWER_DONE before it touches that). Returns RUN_KEPT when the run was clean (no
/// system call, signal or event from the entry to the exit stub) and its worker is kept, in
/// that stop, where it runs nothing; RUN_OVER when the run is over and nothing of it is left.
JITTER_FREESTANDING static enum run_end run_once(struct jitter_control *control,
                                                 const struct jitter_supervisor_setup *setup, int input,
                                                 struct spares *spares, struct known *known, struct held *held,
                                                 struct jitter_placement *placement, struct run *finished) {
    if (control->code_size > setup->staging_size) {
        discard_held(spares, known);
        const char call[] = "run request (code size)";
        jitter_copy(control->failed_call, call, sizeof call);
        control->failed_errno = EINVAL;
        control->ending = JITTER_ENDING_SPAWN_FAILED;
        return RUN_OVER;
    }
    control->taken_nanoseconds = now_nanoseconds();
    jitter_follow(placement, control->caller_cpu);
    // Reap what ended meanwhile, and let spares past their first stop.
    collect(0, 0, known, spares);
    clear_staging_tail(control, setup);
    struct run run;
    jitter_zero(&run, sizeof run);
    run.kept = held;
    run.cpu = -2;
    long worker = 0;
    if (spares->held > 0 && held->pid == spares->held && may_take_held(control, held, input)
        && give_state(control, held)) {
        worker = held->pid;
        spares->held = 0;
        forget(known, worker);
        held->runs++;
        run.watched = 1;
        run.entered = 1;
        run.cpu = held->cpu;
    } else {
        discard_held(spares, known);
        held->pid = 0;
        held->xstate_size = 0;
        held->runs = 1;
        held->busy = 0;
        run.watched = held->unwatched_left == 0;
        if (!run.watched) held->unwatched_left--;
    }
    int pair = -1;
    if (worker == 0) {
        // Workers prepared with another policy are no use (nor one that died waiting).
        for (int i = 0; i < spares->count; i++) {
            if (!same_policy(&spares->queue[i].policy, &control->policy)) {
                discard_spares(spares, known);
                break;
            }
        }
        if (spares->count == 0) prepare_spare(control, spares, known, placement);
        int ready = await_ready(spares, known);
        if (!ready) {
            discard_spares(spares, known);
            ready = prepare_spare(control, spares, known, placement) && await_ready(spares, known);
        }
        if (!ready) {
            discard_spares(spares, known);
            jitter_copy(control->failed_call, control->spare_failed_call, sizeof control->failed_call);
            control->failed_errno = control->spare_failed_errno;
            if (control->failed_call[0] == 0) {
                const char call[] = "worker set-up";
                jitter_copy(control->failed_call, call, sizeof call);
            }
            control->ending = JITTER_ENDING_SPAWN_FAILED;
            return RUN_OVER;
        }
        worker = spares->queue[0].pid;
        pair = spares->queue[0].pair;
        remove_spare(spares, 0);
        forget(known, worker);  // the run's worker now
    }
    // Said while the worker still waits for its go: a caller that finds this process dead
    // with no worker named knows that nothing ran and may ask again; one that finds a worker
    // named must not.
    control->worker_pid = (int32_t)worker;
    control->worker_runs = held->runs;
    run.cpu = jitter_pin_worker(placement, worker, run.cpu);
    // The go: for a spare, a message with the code's standard input, if it has one of its own
    // (a spare that cannot take it has died meanwhile; the loop below collects it); for the
    // kept worker, its resumption at the entry, watching for system calls. The time limit
    // counts from here.
    if (pair >= 0) {
        jitter_send_run(go_fd(pair), run.watched ? JITTER_GO_WATCHED : JITTER_GO, input);
    } else {
        jitter_syscall4(SYS_ptrace, PTRACE_SYSCALL, worker, 0, 0);
    }
    run.worker = worker;
    int64_t limit = control->timeout_nanoseconds;
    int64_t start = now_nanoseconds();
    run.deadline = limit > 0 && limit < INT64_MAX - start ? start + limit : -1;

    int64_t grace = control->stop_grace_nanoseconds > 0 && control->stop_grace_nanoseconds < 10000000000LL
        ? control->stop_grace_nanoseconds : 200000000;
    int64_t unpin_at = start + PINNED_NANOSECONDS;
    enum wake wake = WAKE_CHILD;
    for (;;) {
        if (collect(control, &run, known, spares)) break;
        int64_t wake_at = run.deadline;
        if (run.cpu >= 0 && (wake_at < 0 || unpin_at < wake_at)) wake_at = unpin_at;
        wake = wait_for(wake_at, !run.stopping);
        if (wake == WAKE_CALLER_GONE) break;
        if (wake == WAKE_DEADLINE && run.cpu >= 0 && (run.deadline < 0 || now_nanoseconds() < run.deadline)) {
            run.cpu = jitter_unpin(placement, worker);
            continue;
        }
        // This process may have slept past the deadline (a loaded machine): what happened
        // meanwhile counts first.
        if (wake == WAKE_DEADLINE && collect(control, &run, known, spares)) break;
        if (wake == WAKE_DEADLINE && run.stopping) break;  // would not stop: killed below
        if (wake == WAKE_DEADLINE || wake == WAKE_INTERRUPT) {
            control->ending = wake == WAKE_DEADLINE ? JITTER_ENDING_TIMED_OUT : JITTER_ENDING_INTERRUPTED;
            run.stopping = 1;
            jitter_syscall2(SYS_kill, worker, SIGSTOP);
            run.deadline = now_nanoseconds() + grace;
        }
    }
    if (wake == WAKE_CALLER_GONE) {
        end_run(control, &run, known, spares, may_leave_group(&control->policy));
        jitter_exit_group(0);
    }
    if (run.held && run.entered && !run.dirty && !run.spawned && !run.reaped && !run.stopping
        && control->status == JITTER_STATUS_RETURNED && control->ending == JITTER_ENDING_ENDED
        && input < 0 && !control->record_maps && control->xstate_mask != 0 && held->xstate_size != 0) {
        held->pid = worker;
        jitter_copy(&held->policy, &control->policy, sizeof held->policy);
        held->region_count = control->region_count < JITTER_MAX_REGIONS ? control->region_count : JITTER_MAX_REGIONS;
        jitter_copy(held->regions, control->regions, held->region_count * sizeof held->regions[0]);
        held->code_pages = code_pages(control->code_size);
        held->xstate_mask = control->xstate_mask;
        held->cpu_seconds_limit = control->cpu_seconds_limit;
        held->busy += now_nanoseconds() - start;
        held->cpu = run.cpu;
        held->last_size = control->xstate_out_size <= JITTER_XSTATE_CAPACITY ? control->xstate_out_size : 0;
        jitter_copy(held->last, control->xstate_out, held->last_size);
        spares->held = worker;
        know(known, worker);
        held->not_kept = 0;
        return RUN_KEPT;
    }
    if (run.watched) {
        if (held->not_kept < 4) held->not_kept++;
        held->unwatched_left = (1u << held->not_kept) - 1;
    }
    // Without an outcome, end_run may still write the wait status into the control block;
    // without the plain-clone rule, a clone (CLONE_UNTRACED, or clone3's) may have gone unseen.
    if (run.held && !run.spawned && !run.reaped && control->status != JITTER_STATUS_NONE
        && (control->policy.rules & JITTER_RULE_PLAIN_CLONE)) {
        jitter_syscall2(SYS_kill, worker, SIGKILL);
        jitter_copy(finished, &run, sizeof run);
        return RUN_END_AFTER_ANSWER;
    }
    end_run(control, &run, known, spares, may_leave_group(&control->policy));
    return RUN_OVER;
}

JITTER_FREESTANDING static _Noreturn void supervisor_main(void) {
    const struct jitter_supervisor_setup *setup = &jitter_statics.setup;
    int handlers_cleared = jitter_statics.handlers_cleared;
    struct jitter_control *control = setup->control;

    uint64_t all = ~(uint64_t)0;
    jitter_syscall4(SYS_rt_sigprocmask, SIG_SETMASK, &all, 0, sizeof all);
    if (!handlers_cleared) {
        // The caller's handlers point into code about to be unmapped; workers inherit them.
        for (int signal = 1; signal <= 64; signal++) {
            uint64_t action[4];
            jitter_zero(action, sizeof action);  // SIG_DFL is 0; no flags, no mask
            jitter_syscall4(SYS_rt_sigaction, signal, action, 0, 8);
        }
    }
    // A session of its own, without a controlling terminal, which every worker shares in a
    // process group of its own: the terminal's signals reach none of them, and no worker can
    // open the terminal (only a session leader could take it for its session). Should that
    // fail, every worker makes a session of its own, as a process group would not do.
    if (jitter_syscall0(SYS_setsid) < 0) {
        jitter_syscall2(SYS_setpgid, 0, 0);
        jitter_statics.worker.own_session = 1;
    }
    jitter_syscall2(SYS_prctl, PR_SET_CHILD_SUBREAPER, 1);
    // Neither the worker nor anything else of this user may trace this process or open its
    // memory through /proc.
    jitter_syscall2(SYS_prctl, PR_SET_DUMPABLE, 0);
    // If the caller dies, so does this process (and through PTRACE_O_EXITKILL, its workers).
    jitter_syscall2(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL);
    keep_descriptors(setup);
    uint64_t child_signal = (uint64_t)1 << (SIGCHLD - 1);
    long signal_fd = jitter_syscall4(SYS_signalfd4, -1, &child_signal, sizeof child_signal, SFD_NONBLOCK);
    if (signal_fd >= 0 && signal_fd != CHILD_SIGNAL_FD) {
        jitter_syscall2(SYS_dup2, signal_fd, CHILD_SIGNAL_FD);
        jitter_syscall1(SYS_close, signal_fd);
    }
    for (int pair = 0; pair < 2; pair++) {
        int go[2];
        if (jitter_syscall4(SYS_socketpair, AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, go) < 0) jitter_exit_group(0);
        int wanted[2] = {go_fd(pair), worker_go_fd(pair)};
        for (int end = 0; end < 2; end++) {
            if (go[end] == wanted[end]) continue;
            jitter_syscall3(SYS_dup3, go[end], wanted[end], O_CLOEXEC);
            jitter_syscall1(SYS_close, go[end]);
        }
    }
    drop_foreign_mappings(setup, !unregister_rseq(setup));

    // What every worker is prepared with besides its policy.
    struct jitter_worker_setup *worker_setup = &jitter_statics.worker;
    uint32_t persistent = setup->persistent_count < JITTER_MAX_REGIONS ? setup->persistent_count : JITTER_MAX_REGIONS;
    jitter_copy(worker_setup->persistent, setup->persistent, persistent * sizeof setup->persistent[0]);
    worker_setup->persistent_count = persistent;
    worker_setup->memory_fd = MEMORY_FD;
    worker_setup->control_offset = setup->control_offset;
    worker_setup->staging_offset = setup->staging_offset;
    worker_setup->staging_size = setup->staging_size;
    worker_setup->code_address = setup->code_address;
    worker_setup->seized = may_trace_any();
    worker_setup->pipe_size = jitter_syscall3(SYS_fcntl, OUTPUT_FD, F_GETPIPE_SZ, 0);
    // The caller's memory (the memory file and the control block) stays out of every fork:
    // workers read what they need of it from the file.
    jitter_syscall3(SYS_madvise, setup->memory, setup->memory_size, MADV_DONTFORK);

    // The refused calls this process never makes and the rules that name no process, for
    // itself and every worker it forks; the caller starts another supervisor when these change.
    struct jitter_filter filter;
    jitter_supervisor_filter(&filter, &control->policy);
    struct sock_fprog program;
    program.len = filter.length;
    program.filter = (struct sock_filter *)filter.code;
    jitter_syscall2(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1);
    if (jitter_syscall3(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program) < 0) jitter_exit_group(0);

    struct spares spares;
    jitter_zero(&spares, sizeof spares);
    spares.wanted = jitter_syscall0(SYS_geteuid) == 0 ? SPARES : 1;
    struct known known;
    jitter_zero(&known, sizeof known);
    // Big (an XSAVE area): on this stack rather than in the statics every worker copies.
    struct held held;
    jitter_zero(&held, sizeof held);
    struct jitter_placement placement;
    jitter_placement_start(&placement, setup);
    for (;;) {
        int input;
        if (!jitter_receive_run(COMMAND_FD, 'r', &input)) {
            // The session is over. A kept worker runs as the sandbox's user: reaped here, not
            // left to init, where it would count against that user's process limit (and so
            // against other sessions' code that forks) until init came round to it.
            discard_held(&spares, &known);
            jitter_exit_group(0);
        }
        struct run finished;
        enum run_end end = run_once(control, setup, input, &spares, &known, &held, &placement, &finished);
        if (input >= 0) jitter_syscall1(SYS_close, input);
        if (end == RUN_END_AFTER_ANSWER) {
            // The worker's exit (its memory torn down) goes on while the caller reads this.
            control->answered_nanoseconds = now_nanoseconds();
            answer(JITTER_ANSWER_OUTCOME, control->worker_pid);
            end_run(control, &finished, &known, &spares, 0);
        }
        if (end != RUN_END_AFTER_ANSWER) control->answered_nanoseconds = now_nanoseconds();
        answer(JITTER_ANSWER_DONE, control->worker_pid);
        // The next run's worker prepares while the caller reads this one's outcome.
        while (spares.count < spares.wanted && prepare_spare(control, &spares, &known, &placement)) {}
    }
}

// Where libc put this thread's rseq area (glibc 2.35 and later; weak, so older ones link too).
extern const ptrdiff_t __rseq_offset __attribute__((weak));
extern const unsigned int __rseq_size __attribute__((weak));

/// The supervisor's stack: a fresh one, so that no copy of the caller's stack stays in the
/// supervisor, nor in the workers it forks.
#define SUPERVISOR_STACK_SIZE (256 * 1024)

/// In the newly cloned supervisor: keeps `setup` in the statics (it lives in the caller's
/// memory, which is about to go) and moves to a stack of its own.
JITTER_FREESTANDING static _Noreturn void supervisor_start(const struct jitter_supervisor_setup *setup, int cleared) {
    jitter_copy(&jitter_statics.setup, setup, sizeof jitter_statics.setup);
    jitter_statics.handlers_cleared = cleared;
    long stack = jitter_syscall6(SYS_mmap, 0, SUPERVISOR_STACK_SIZE, PROT_READ | PROT_WRITE,
                                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack < 0) supervisor_main();  // the caller's stack then stays: only bigger to fork
    __asm__ volatile(
        "mov %0, %%rsp\n"
        "xor %%ebp, %%ebp\n"
        "call *%1\n"
        "ud2\n"
        :
        : "r"((uint64_t)stack + SUPERVISOR_STACK_SIZE), "r"(supervisor_main)
        : "memory");
    __builtin_unreachable();
}

pid_t jitter_supervisor_spawn(struct jitter_supervisor_setup *setup, int *pidfd) {
    setup->rseq_address = 0;
    setup->rseq_size = 0;
    if (&__rseq_offset && &__rseq_size && __rseq_size > 0) {
        setup->rseq_address = (uint64_t)(uintptr_t)((char *)__builtin_thread_pointer() + __rseq_offset);
        setup->rseq_size = __rseq_size;
    }
    // Default handlers from the start (the caller's are meaningless once its code is
    // unmapped), and every signal blocked until the supervisor has left the terminal's
    // process group: the clone inherits this thread's mask.
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    int descriptor = -1;
    int cleared;
    long pid = clone_with_pidfd(&descriptor, CLONE_CLEAR_SIGHAND_FLAG, &cleared);
    if (pid == 0) supervisor_start(setup, cleared);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    if (pid < 0) {
        errno = (int)-pid;
        return -1;
    }
    *pidfd = descriptor;
    return (pid_t)pid;
}
