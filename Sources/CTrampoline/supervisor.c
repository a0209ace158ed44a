// The supervisor: a persistent child of the caller that forks one worker per run and traces
// it. It first drops every mapping except the code of this module, its own stack and statics,
// the control block and the memory file, because a fork costs in proportion to what the
// forking process has mapped: the caller's heap and libraries would otherwise be copied on
// every run. Freestanding (see freestanding.h) from `supervisor_main` on.

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

// Where the supervisor keeps its descriptors once it has closed all others.
enum { COMMAND_FD = 3, INTERRUPT_FD = 4, MEMORY_FD = 5, CHILD_SIGNAL_FD = 6 };

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

/// Unmaps everything except: the file this code was loaded from, the current stack, the
/// statics, and the two shared mappings in `setup`. What is above the user address range
/// ([vsyscall]) cannot be unmapped and costs nothing.
JITTER_FREESTANDING static void drop_foreign_mappings(const struct jitter_supervisor_setup *setup, int keep_rseq) {
    char *text;
    size_t capacity;
    size_t size = read_maps(&text, &capacity);
    if (size == 0) return;  // Still correct, only slower.
    uint64_t code = (uint64_t)(uintptr_t)&drop_foreign_mappings;
    uint64_t stack = (uint64_t)(uintptr_t)__builtin_frame_address(0);
    const char *own_file = 0;
    size_t own_file_length = 0;
    const char *cursor = text;
    struct mapping line;
    while (parse_mapping(&cursor, text + size, &line)) {
        if (code >= line.start && code < line.end) {
            own_file = line.file;
            own_file_length = line.file_length;
        }
    }
    cursor = text;
    while (parse_mapping(&cursor, text + size, &line)) {
        int keep = line.start >= 0x800000000000ULL
            || (own_file && same_text(line.file, line.file_length, own_file, own_file_length))
            || (stack >= line.start && stack < line.end)
            || (keep_rseq && overlaps(line.start, line.end, setup->rseq_address, setup->rseq_size))
            || overlaps(line.start, line.end, (uint64_t)(uintptr_t)&jitter_statics, sizeof jitter_statics)
            || overlaps(line.start, line.end, (uint64_t)(uintptr_t)setup->control, sizeof *setup->control)
            || overlaps(line.start, line.end, (uint64_t)(uintptr_t)setup->memory, setup->memory_size)
            || overlaps(line.start, line.end, (uint64_t)(uintptr_t)text, capacity);
        if (!keep) jitter_syscall2(SYS_munmap, line.start, line.end - line.start);
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

/// Keeps `fds` as COMMAND_FD, INTERRUPT_FD and MEMORY_FD, closes every other descriptor and
/// puts /dev/null on 0, 1 and 2 (each run brings the code's own).
JITTER_FREESTANDING static void keep_descriptors(int command, int interrupt, int memory) {
    long moved[3];
    int wanted[3] = {command, interrupt, memory};
    for (int i = 0; i < 3; i++) moved[i] = jitter_syscall3(SYS_fcntl, wanted[i], F_DUPFD, 100);
    for (int i = 0; i < 3; i++) jitter_syscall2(SYS_dup2, moved[i], COMMAND_FD + i);
    if (jitter_syscall3(SYS_close_range, MEMORY_FD + 1, ~0U, 0) < 0) {
        for (int fd = MEMORY_FD + 1; fd < 65536; fd++) jitter_syscall1(SYS_close, fd);
    }
    long null = jitter_syscall3(SYS_open, "/dev/null", O_RDWR, 0);
    if (null >= 0) {
        for (int fd = 0; fd < 3; fd++) jitter_syscall2(SYS_dup2, null, fd);
        if (null > 2) jitter_syscall1(SYS_close, null);
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

/// Kills every child of this process and reaps it, until none is left. Everything a run
/// forked ends up here: the supervisor is a subreaper, so orphans are reparented to it, even
/// those that left the worker's process group.
JITTER_FREESTANDING static void kill_all_children(void) {
    // Usually the worker was the only child: then there is nothing to look for.
    if (jitter_syscall4(SYS_wait4, -1, 0, WNOHANG | __WALL, 0) == -ECHILD) return;
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
            while (jitter_syscall4(SYS_wait4, -1, 0, WNOHANG | __WALL, 0) > 0) {}
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
                children[found++] = value;
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

/// Reads the registers and the extended state of the stopped worker into the outcome.
JITTER_FREESTANDING static int capture(struct jitter_control *control, long worker) {
    struct user_regs_struct regs;
    if (jitter_syscall4(SYS_ptrace, PTRACE_GETREGS, worker, 0, &regs) < 0) return 0;
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

/// Where a run stands, as the supervisor sees it.
struct run {
    long worker;
    long self;
    /// The worker stopped itself just before jumping into the code.
    int entered;
    /// The supervisor has sent SIGSTOP (time limit or interrupt).
    int stopping;
    int reaped;
    /// When to stop the code (or, once stopping, to give up on it); -1: no limit.
    int64_t deadline;
};

/// What one ptrace stop or exit of the worker means. Returns 1 when the run is over.
JITTER_FREESTANDING static int on_worker_event(struct jitter_control *control, struct run *run, int status) {
    long worker = run->worker;
    if (!WIFSTOPPED(status)) {
        control->wait_status = status;
        return 1;
    }
    int signal = WSTOPSIG(status);
    if ((status >> 16) != 0) {
        // A ptrace event (exec): nothing to report, let it go on.
        jitter_syscall4(SYS_ptrace, PTRACE_CONT, worker, 0, 0);
        return 0;
    }
    siginfo_t info;
    jitter_zero(&info, sizeof info);
    jitter_syscall4(SYS_ptrace, PTRACE_GETSIGINFO, worker, 0, &info);
    int sent_by_self = info.si_code == SI_USER && info.si_pid == worker;
    // Once the supervisor has sent its SIGSTOP, any SIGSTOP stop is that one: a SIGSTOP the
    // worker sent itself (at its entry, or the code's own) may have absorbed it, since pending
    // standard signals merge.
    if (signal == SIGSTOP && run->stopping) {
        if (capture(control, worker)) {
            control->status = JITTER_STATUS_STOPPED;
            if (!run->entered) {
                // Still setting up: nothing has run, so the state is the one it was to start with.
                jitter_copy(control->registers_out, control->registers_in, sizeof control->registers_out);
                uint32_t size = control->xstate_size <= JITTER_XSTATE_CAPACITY ? control->xstate_size
                                                                               : JITTER_XSTATE_CAPACITY;
                jitter_copy(control->xstate_out, control->xstate_in, size);
                control->xstate_out_size = size;
            }
        }
        return 1;
    }
    if (signal == SIGSTOP && !run->entered && sent_by_self) {
        // The worker's last step before the code: it stopped itself with the extended state
        // loaded. The registers the code starts with are written here, rip last of all, so the
        // next instruction the worker runs is the code's own; the time limit counts from here.
        struct user_regs_struct regs;
        if (jitter_syscall4(SYS_ptrace, PTRACE_GETREGS, worker, 0, &regs) < 0) return 1;
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
        regs.eflags = in[17];
        // Not a system call to restart: resume at rip as it is.
        regs.orig_rax = (unsigned long long)-1;
        if (jitter_syscall4(SYS_ptrace, PTRACE_SETREGS, worker, 0, &regs) < 0) return 1;
        run->entered = 1;
        int64_t limit = control->timeout_nanoseconds;
        int64_t now = now_nanoseconds();
        if (!run->stopping) run->deadline = limit > 0 && limit < INT64_MAX - now ? now + limit : -1;
        jitter_syscall4(SYS_ptrace, PTRACE_CONT, worker, 0, 0);
        return 0;
    }
    if (signal == SIGTRAP && info.si_code == 0x80 /* SI_KERNEL: int3 */) {
        struct user_regs_struct regs;
        if (jitter_syscall4(SYS_ptrace, PTRACE_GETREGS, worker, 0, &regs) == 0
            && regs.rip == control->stub_address + JITTER_EXIT_STUB_SIZE) {
            if (capture(control, worker)) {
                control->registers_out[JITTER_RIP_INDEX] = control->stub_address;
                control->status = JITTER_STATUS_RETURNED;
            }
            return 1;
        }
    }
    if (is_fault(signal)) {
        if (capture(control, worker)) {
            control->status = JITTER_STATUS_SIGNALED;
            control->signal = signal;
            control->signal_code = info.si_code;
            control->fault_address = (uint64_t)(uintptr_t)info.si_addr;
            if (signal == SIGSYS) control->signal_syscall = info.si_syscall;
        }
        return 1;
    }
    // The code may not stop itself (nothing would resume it); other signals take their course.
    jitter_syscall4(SYS_ptrace, PTRACE_CONT, worker, 0, is_stop(signal) ? 0 : signal);
    return 0;
}

/// Reaps whatever has changed state; returns 1 when the worker's run is over.
JITTER_FREESTANDING static int collect(struct jitter_control *control, struct run *run) {
    for (;;) {
        int status = 0;
        long pid = jitter_syscall4(SYS_wait4, -1, &status, WNOHANG | __WALL, 0);
        if (pid <= 0) return 0;
        if (pid != run->worker) continue;  // an orphan of the code's, reparented here
        if (!WIFSTOPPED(status)) run->reaped = 1;
        if (on_worker_event(control, run, status)) return 1;
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

/// A worker forked and prepared ahead of its run, waiting for its go.
struct spare {
    long pid;
    /// The supervisor's end of the socket the go and the descriptors travel on.
    int go_fd;
    int ready;
};

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

JITTER_FREESTANDING static void discard_spare(struct spare *spare) {
    if (!spare->ready) return;
    jitter_syscall2(SYS_kill, spare->pid, SIGKILL);
    while (jitter_syscall4(SYS_wait4, spare->pid, 0, __WALL, 0) == -EINTR) {}
    jitter_syscall1(SYS_close, spare->go_fd);
    spare->ready = 0;
}

/// Forks a worker with the control block's current policy and lets it prepare as far as it
/// can before its run; it then waits for its go. Returns whether it is ready.
JITTER_FREESTANDING static int prepare_spare(struct jitter_control *control, const struct jitter_supervisor_setup *setup,
                                             struct spare *spare) {
    spare->ready = 0;
    jitter_copy(&jitter_statics.policy, &control->policy, sizeof jitter_statics.policy);
    control->spare_failed_call[0] = 0;
    control->spare_failed_errno = 0;
    int ends[2];
    if (jitter_syscall4(SYS_socketpair, AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, ends) < 0) return 0;
    long self = jitter_syscall0(SYS_getpid);
    int pidfd = -1;
    int cleared;
    long worker = clone_with_pidfd(&pidfd, 0, &cleared);
    if (worker == 0) {
        jitter_syscall1(SYS_close, ends[0]);
        const void *staging = (const char *)setup->memory + setup->staging_offset;
        jitter_worker_main(control, &jitter_statics.policy, MEMORY_FD, ends[1], staging, setup->memory,
                           setup->memory_size, self);
    }
    jitter_syscall1(SYS_close, ends[1]);
    if (worker < 0) {
        const char call[] = "clone3";
        jitter_copy(control->spare_failed_call, call, sizeof call);
        control->spare_failed_errno = (int32_t)-worker;
        jitter_syscall1(SYS_close, ends[0]);
        return 0;
    }
    jitter_syscall1(SYS_close, pidfd);
    // The worker's first stop, where it asks to be traced: from here, if this process dies,
    // the worker dies too, and an exec does not pass for a trap.
    int status = 0;
    while (jitter_syscall4(SYS_wait4, worker, &status, __WALL, 0) == -EINTR) {}
    if (!WIFSTOPPED(status)) {
        jitter_syscall1(SYS_close, ends[0]);
        return 0;
    }
    jitter_syscall4(SYS_ptrace, PTRACE_SETOPTIONS, worker, 0, PTRACE_O_EXITKILL | PTRACE_O_TRACEEXEC);
    jitter_syscall4(SYS_ptrace, PTRACE_CONT, worker, 0, 0);
    spare->pid = worker;
    spare->go_fd = ends[0];
    spare->ready = 1;
    return 1;
}


JITTER_FREESTANDING static void run_once(struct jitter_control *control, const struct jitter_supervisor_setup *setup,
                                         const int streams[3], struct spare *spare) {
    if (control->code_size > setup->staging_size) {
        const char call[] = "run request (code size)";
        jitter_copy(control->failed_call, call, sizeof call);
        control->failed_errno = EINVAL;
        control->ending = JITTER_ENDING_SPAWN_FAILED;
        return;
    }
    long self = jitter_syscall0(SYS_getpid);
    // A worker prepared with another policy (or one that died waiting) is no use.
    if (spare->ready && !same_policy(&jitter_statics.policy, &control->policy)) discard_spare(spare);
    if (spare->ready && jitter_syscall4(SYS_wait4, spare->pid, 0, WNOHANG | __WALL, 0) != 0) {
        jitter_syscall1(SYS_close, spare->go_fd);
        spare->ready = 0;
    }
    if (!spare->ready && !prepare_spare(control, setup, spare)) {
        jitter_copy(control->failed_call, control->spare_failed_call, sizeof control->failed_call);
        control->failed_errno = control->spare_failed_errno;
        if (control->failed_call[0] == 0) {
            const char call[] = "worker set-up";
            jitter_copy(control->failed_call, call, sizeof call);
        }
        control->ending = JITTER_ENDING_SPAWN_FAILED;
        return;
    }
    long worker = spare->pid;
    spare->ready = 0;
    // Said while the worker still waits for its go: a caller that hears nothing from here on
    // (this process died) knows that nothing ran and may ask again; one that heard it must not.
    answer(JITTER_ANSWER_STARTED, worker);
    // The descriptors the code gets as fds 0, 1 and 2. A worker that cannot take its go has
    // died meanwhile; the loop below collects it.
    jitter_send_streams(spare->go_fd, 'g', streams);
    jitter_syscall1(SYS_close, spare->go_fd);
    control->worker_pid = (int32_t)worker;
    struct run run;
    jitter_zero(&run, sizeof run);
    run.worker = worker;
    run.self = self;
    run.deadline = -1;
    int status = 0;

    int64_t grace = control->stop_grace_nanoseconds > 0 && control->stop_grace_nanoseconds < 10000000000LL
        ? control->stop_grace_nanoseconds : 200000000;
    enum wake wake = WAKE_CHILD;
    for (;;) {
        if (collect(control, &run)) break;
        wake = wait_for(run.deadline, !run.stopping);
        if (wake == WAKE_CALLER_GONE) break;
        // This process may have slept past the deadline (a loaded machine): what happened
        // meanwhile counts first.
        if (wake == WAKE_DEADLINE && collect(control, &run)) break;
        if (wake == WAKE_DEADLINE && run.stopping) break;  // would not stop: killed below
        if (wake == WAKE_DEADLINE || wake == WAKE_INTERRUPT) {
            control->ending = wake == WAKE_DEADLINE ? JITTER_ENDING_TIMED_OUT : JITTER_ENDING_INTERRUPTED;
            run.stopping = 1;
            jitter_syscall2(SYS_kill, worker, SIGSTOP);
            run.deadline = now_nanoseconds() + grace;
        }
    }
    // The worker is a zombie until reaped, so its pid still names its group; no process of
    // the group can have left it (the filter refuses setsid and setpgid).
    jitter_syscall2(SYS_kill, -worker, SIGKILL);
    jitter_syscall2(SYS_kill, worker, SIGKILL);
    while (!run.reaped) {
        long pid = jitter_syscall4(SYS_wait4, worker, &status, __WALL, 0);
        if (pid == -EINTR) continue;
        if (pid == worker && WIFSTOPPED(status)) continue;
        if (pid == worker && control->wait_status == 0 && control->status == JITTER_STATUS_NONE) {
            control->wait_status = status;
        }
        run.reaped = 1;
    }
    kill_all_children();
    if (wake == WAKE_CALLER_GONE) jitter_exit_group(0);
}

JITTER_FREESTANDING static _Noreturn void supervisor_main(const struct jitter_supervisor_setup *setup,
                                                          int handlers_cleared) {
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
    jitter_syscall2(SYS_setpgid, 0, 0);
    jitter_syscall2(SYS_prctl, PR_SET_CHILD_SUBREAPER, 1);
    // Neither the worker nor anything else of this user may trace this process or open its
    // memory through /proc.
    jitter_syscall2(SYS_prctl, PR_SET_DUMPABLE, 0);
    // If the caller dies, so does this process (and through PTRACE_O_EXITKILL, its worker).
    jitter_syscall2(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL);
    keep_descriptors(setup->command_fd, setup->interrupt_fd, setup->memory_fd);
    uint64_t child_signal = (uint64_t)1 << (SIGCHLD - 1);
    long signal_fd = jitter_syscall4(SYS_signalfd4, -1, &child_signal, sizeof child_signal, SFD_NONBLOCK);
    if (signal_fd >= 0 && signal_fd != CHILD_SIGNAL_FD) {
        jitter_syscall2(SYS_dup2, signal_fd, CHILD_SIGNAL_FD);
        jitter_syscall1(SYS_close, signal_fd);
    }
    drop_foreign_mappings(setup, !unregister_rseq(setup));

    // The refused calls this process never makes, for itself and every worker it forks; the
    // caller starts another supervisor when the policy's list changes.
    struct jitter_filter filter;
    jitter_supervisor_filter(&filter, &control->policy);
    struct sock_fprog program;
    program.len = filter.length;
    program.filter = (struct sock_filter *)filter.code;
    jitter_syscall2(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1);
    if (jitter_syscall3(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program) < 0) jitter_exit_group(0);

    struct spare spare;
    jitter_zero(&spare, sizeof spare);
    for (;;) {
        int streams[3];
        if (!jitter_receive_streams(COMMAND_FD, streams)) jitter_exit_group(0);
        run_once(control, setup, streams, &spare);
        for (int i = 0; i < 3; i++) jitter_syscall1(SYS_close, streams[i]);
        answer(JITTER_ANSWER_DONE, control->worker_pid);
        // The next run's worker prepares while the caller reads this one's outcome.
        prepare_spare(control, setup, &spare);
    }
}

// Where libc put this thread's rseq area (glibc 2.35 and later; weak, so older ones link too).
extern const ptrdiff_t __rseq_offset __attribute__((weak));
extern const unsigned int __rseq_size __attribute__((weak));

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
    if (pid == 0) supervisor_main(setup, cleared);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    if (pid < 0) {
        errno = (int)-pid;
        return -1;
    }
    *pidfd = descriptor;
    return (pid_t)pid;
}
