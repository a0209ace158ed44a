// The caller's side of the C boundary: what Swift cannot express (SCM_RIGHTS messages,
// process-wide SIGINT forwarding) and what must be async-signal-safe.

#define _GNU_SOURCE
#include "freestanding.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/falloc.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

int jitter_request_run(int command_fd, int input) {
    long sent = jitter_send_run(command_fd, 'r', input);
    if (sent < 0) {
        errno = (int)-sent;
        return -1;
    }
    return sent == 1 ? 0 : -1;
}

int jitter_command_socketpair(int ends[2]) {
    return socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, ends);
}

static int write_byte(int fd) {
    char byte = 1;
    ssize_t written;
    do {
        written = write(fd, &byte, 1);
    } while (written < 0 && errno == EINTR);
    return written == 1 || (written < 0 && errno == EAGAIN);
}

int jitter_interrupt(int fd, int notice_fd) {
    int saved = errno;
    int ok = write_byte(fd);
    if (notice_fd >= 0) ok &= write_byte(notice_fd);
    errno = saved;
    return ok ? 0 : -1;
}

static atomic_int forward_fd = -1;
static atomic_int forward_notice_fd = -1;
static struct sigaction saved_sigint;

static void forward_sigint(int signal) {
    (void)signal;
    int fd = atomic_load(&forward_fd);
    if (fd >= 0) jitter_interrupt(fd, atomic_load(&forward_notice_fd));
}

int jitter_sigint_forward_begin(int fd, int notice_fd) {
    int expected = -1;
    if (fd < 0 || !atomic_compare_exchange_strong(&forward_fd, &expected, fd)) {
        errno = EBUSY;
        return -1;
    }
    atomic_store(&forward_notice_fd, notice_fd);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = forward_sigint;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGINT, &action, &saved_sigint) != 0) {
        int error = errno;
        atomic_store(&forward_fd, -1);
        errno = error;
        return -1;
    }
    return 0;
}

void jitter_sigint_forward_end(void) {
    sigaction(SIGINT, &saved_sigint, NULL);
    atomic_store(&forward_fd, -1);
}

int32_t jitter_pin_thread(struct jitter_thread_cpus *saved) {
    saved->saved = 0;
    // A real-time thread (which its supervisor and workers inherit) is never pinned: a worker
    // looping on the CPU of a supervisor of the same priority would never let it run, and so
    // never be stopped.
    int policy = sched_getscheduler(0);
    if (policy != SCHED_OTHER && policy != SCHED_BATCH && policy != SCHED_IDLE) return -1;
    int cpu = sched_getcpu();
    if (cpu < 0 || cpu >= CPU_SETSIZE) return -1;
    if (sched_getaffinity(0, sizeof saved->mask, (cpu_set_t *)saved->mask) != 0) return cpu;
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    if (sched_setaffinity(0, sizeof one, &one) == 0) saved->saved = 1;
    return cpu;
}

void jitter_unpin_thread(const struct jitter_thread_cpus *saved) {
    if (saved->saved) sched_setaffinity(0, sizeof saved->mask, (const cpu_set_t *)saved->mask);
}

int jitter_memfd_create(const char *name) {
    return memfd_create(name, MFD_CLOEXEC);
}

int jitter_pipe(int ends[2], int flags) {
    return pipe2(ends, flags | O_CLOEXEC);
}

int jitter_protect_process(void) {
    return prctl(PR_SET_DUMPABLE, 0);
}

int jitter_punch_hole(int fd, int64_t offset, int64_t length) {
    return fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, offset, length);
}

int64_t jitter_seek(int fd, int64_t offset, int data) {
    return lseek(fd, offset, data ? SEEK_DATA : SEEK_HOLE);
}
