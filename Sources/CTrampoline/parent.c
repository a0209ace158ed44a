// The parent side's few needs that Swift cannot meet: process-wide state shared by every
// executor (subreaper count, SIGINT forwarding) and calls that must be async-signal-safe.

#define _GNU_SOURCE
#include "jitter_trampoline.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

static pthread_mutex_t subreaper_lock = PTHREAD_MUTEX_INITIALIZER;
static int subreaper_holders;
static int subreaper_was_set;

int jitter_subreaper_acquire(void) {
    pthread_mutex_lock(&subreaper_lock);
    int result = 0;
    if (subreaper_holders == 0) {
        // Leave the process as we found it: if someone else made it a subreaper, keep that.
        int current = 0;
        if (prctl(PR_GET_CHILD_SUBREAPER, &current) != 0) {
            result = -1;
        } else {
            subreaper_was_set = current != 0;
            if (!subreaper_was_set && prctl(PR_SET_CHILD_SUBREAPER, 1) != 0) result = -1;
        }
    }
    if (result == 0) subreaper_holders += 1;
    pthread_mutex_unlock(&subreaper_lock);
    return result;
}

void jitter_subreaper_release(void) {
    pthread_mutex_lock(&subreaper_lock);
    subreaper_holders -= 1;
    if (subreaper_holders == 0 && !subreaper_was_set) prctl(PR_SET_CHILD_SUBREAPER, 0);
    pthread_mutex_unlock(&subreaper_lock);
}

int jitter_interrupt(int fd) {
    int saved = errno;
    char byte = 1;
    ssize_t written;
    do {
        written = write(fd, &byte, 1);
    } while (written < 0 && errno == EINTR);
    int ok = written == 1 || (written < 0 && errno == EAGAIN);
    errno = saved;
    return ok ? 0 : -1;
}

static atomic_int forward_fd = -1;
static struct sigaction saved_sigint;

static void forward_sigint(int signal) {
    (void)signal;
    int fd = atomic_load(&forward_fd);
    if (fd >= 0) jitter_interrupt(fd);
}

int jitter_sigint_forward_begin(int fd) {
    int expected = -1;
    if (fd < 0 || !atomic_compare_exchange_strong(&forward_fd, &expected, fd)) {
        errno = EBUSY;
        return -1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = forward_sigint;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGINT, &sa, &saved_sigint) != 0) {
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

int jitter_memfd_create(const char *name) {
    return memfd_create(name, MFD_CLOEXEC);
}
