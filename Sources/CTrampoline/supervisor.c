// The supervisor: a persistent child of the caller that forks one worker per run. It first
// drops every mapping except the code of this module, its own stack and statics, the control
// block and the memory file, because a fork costs in proportion to what the forking process
// has mapped: the caller's heap and libraries would otherwise be copied on every run.
// Freestanding (see freestanding.h) from `supervisor_main` on.

#define _GNU_SOURCE
#include "freestanding.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>

// Where the supervisor keeps its descriptors once it has closed all others.
enum { COMMAND_FD = 3, INTERRUPT_FD = 4, MEMORY_FD = 5 };

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

/// Waits for one message; stores the three descriptors it carries. 0 when the caller is gone.
JITTER_FREESTANDING static int receive_command(int streams[3]) {
    char byte;
    struct iovec vector = {.iov_base = &byte, .iov_len = 1};
    union {
        char buffer[CMSG_SPACE(3 * sizeof(int))];
        struct cmsghdr align;
    } control;
    for (;;) {
        struct msghdr message;
        jitter_zero(&message, sizeof message);
        message.msg_iov = &vector;
        message.msg_iovlen = 1;
        message.msg_control = control.buffer;
        message.msg_controllen = sizeof control.buffer;
        long received = jitter_syscall3(SYS_recvmsg, COMMAND_FD, &message, 0);
        if (received == -EINTR) continue;
        if (received <= 0) return 0;
        struct cmsghdr *header = CMSG_FIRSTHDR(&message);
        if (header && header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_RIGHTS
            && header->cmsg_len == CMSG_LEN(3 * sizeof(int))) {
            jitter_copy(streams, CMSG_DATA(header), 3 * sizeof(int));
            return 1;
        }
        // A message without descriptors is not from our caller's `jitter_request_run`.
        return 0;
    }
}

JITTER_FREESTANDING static void drain_interrupts(void) {
    char buffer[64];
    while (jitter_syscall3(SYS_read, INTERRUPT_FD, buffer, sizeof buffer) > 0) {}
}

/// Waits until the worker ends (1), `deadline` passes (0), an interrupt arrives (2) or the
/// caller goes away (3). A negative deadline waits without limit.
JITTER_FREESTANDING static int wait_for(int pidfd, int64_t deadline, int watch_interrupts) {
    for (;;) {
        struct pollfd watched[3] = {
            {.fd = pidfd, .events = POLLIN},
            {.fd = COMMAND_FD, .events = POLLIN},
            {.fd = watch_interrupts ? INTERRUPT_FD : -1, .events = POLLIN},
        };
        struct timespec timeout;
        struct timespec *limit = 0;
        if (deadline >= 0) {
            int64_t left = deadline - now_nanoseconds();
            if (left <= 0) return 0;
            timeout.tv_sec = left / 1000000000;
            timeout.tv_nsec = left % 1000000000;
            limit = &timeout;
        }
        long ready = jitter_syscall4(SYS_ppoll, watched, 3, limit, 0);
        if (ready < 0 && ready != -EINTR) return 3;
        if (ready <= 0) continue;
        if (watched[0].revents) return 1;
        if (watched[1].revents) return 3;
        if (watched[2].revents) {
            drain_interrupts();
            return 2;
        }
    }
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
    long pid = jitter_syscall0(SYS_getpid);
    char digits[20];
    int count = 0;
    do {
        digits[count++] = (char)('0' + pid % 10);
        pid /= 10;
    } while (pid > 0);
    while (count > 0) path[length++] = digits[--count];
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

JITTER_FREESTANDING static void run_once(struct jitter_control *control, void *memory, uint64_t memory_size,
                                         const int streams[3]) {
    int pidfd = -1;
    int cleared;
    long worker = clone_with_pidfd(&pidfd, 0, &cleared);
    if (worker == 0) jitter_worker_main(control, MEMORY_FD, streams, memory, memory_size);
    if (worker < 0) {
        const char call[] = "clone3";
        jitter_copy(control->failed_call, call, sizeof call);
        control->failed_errno = (int32_t)-worker;
        control->ending = JITTER_ENDING_SPAWN_FAILED;
        return;
    }
    // Also from here, so the group exists whichever side runs first.
    jitter_syscall2(SYS_setpgid, worker, worker);
    control->worker_pid = (int32_t)worker;

    int64_t start = now_nanoseconds();
    int64_t limit = control->timeout_nanoseconds;
    int64_t deadline = limit > 0 && limit < INT64_MAX - start ? start + limit : -1;
    int waited = wait_for(pidfd, deadline, 1);
    if (waited != 1) {
        // Ask for the registers first; kill only code that will not listen.
        jitter_syscall2(SYS_kill, worker, control->stop_signal);
        if (waited != 3) wait_for(pidfd, now_nanoseconds() + control->stop_grace_nanoseconds, 0);
    }
    control->ending = waited == 0 ? JITTER_ENDING_TIMED_OUT
        : waited == 2             ? JITTER_ENDING_INTERRUPTED
                                  : JITTER_ENDING_ENDED;
    // The worker is a zombie until reaped, so its pid still names its group.
    jitter_syscall2(SYS_kill, -worker, SIGKILL);
    int status = 0;
    while (jitter_syscall4(SYS_wait4, worker, &status, __WALL, 0) == -EINTR) {}
    control->wait_status = status;
    jitter_syscall1(SYS_close, pidfd);
    kill_all_children();
    if (waited == 3) jitter_exit_group(0);
}

JITTER_FREESTANDING static _Noreturn void supervisor_main(const struct jitter_supervisor_setup *setup,
                                                          int handlers_cleared) {
    struct jitter_control *control = setup->control;
    void *memory = setup->memory;
    uint64_t memory_size = setup->memory_size;

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
    keep_descriptors(setup->command_fd, setup->interrupt_fd, setup->memory_fd);
    drop_foreign_mappings(setup, !unregister_rseq(setup));

    for (;;) {
        int streams[3];
        if (!receive_command(streams)) jitter_exit_group(0);
        run_once(control, memory, memory_size, streams);
        for (int i = 0; i < 3; i++) jitter_syscall1(SYS_close, streams[i]);
        char done = 1;
        if (jitter_syscall6(SYS_sendto, COMMAND_FD, (long)&done, 1, MSG_NOSIGNAL, 0, 0) != 1) jitter_exit_group(0);
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
