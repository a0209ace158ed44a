// A mapped source file that another process truncates while it is being read raises SIGBUS on
// the next read past the new end, which would end the process. Swift cannot handle a signal,
// so this small handler does: it puts a page of zeros where the file's page was, counts it, and
// lets the read go on; the caller then reports the file as changed. Faults outside a guarded
// range go to whatever handled SIGBUS before.

#include "jitter_file_guard.h"

#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

enum { slot_count = 64 };

struct guarded_range {
    _Atomic uintptr_t base;   // 0: a free slot
    _Atomic size_t length;
    _Atomic unsigned long faults;
};

static struct guarded_range ranges[slot_count];
static struct sigaction previous;
/// 0: not installed, 1: being installed, 2: installed, 3: could not be.
static _Atomic int state;
static uintptr_t page_size;

static void on_bus_error(int signal, siginfo_t *info, void *context) {
    uintptr_t address = (uintptr_t)info->si_addr;
    for (int i = 0; i < slot_count; i++) {
        uintptr_t base = atomic_load(&ranges[i].base);
        if (base == 0 || address < base || address - base >= atomic_load(&ranges[i].length)) continue;
        // MAP_FIXED replaces just this page of the mapping; mmap is safe to call here.
        void *page = (void *)(address & ~(page_size - 1));
        if (mmap(page, page_size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED) break;
        atomic_fetch_add(&ranges[i].faults, 1);
        return;
    }
    // Not a guarded page: as if this handler had never been installed.
    if (previous.sa_flags & SA_SIGINFO) {
        if (previous.sa_sigaction) {
            previous.sa_sigaction(signal, info, context);
            return;
        }
    } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
        previous.sa_handler(signal);
        return;
    }
    // The default action: restored, it ends the process when the read is retried.
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(SIGBUS, &fallback, NULL);
}

static int install(void) {
    int expected = 0;
    if (atomic_compare_exchange_strong(&state, &expected, 1)) {
        page_size = (uintptr_t)sysconf(_SC_PAGESIZE);
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = on_bus_error;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        atomic_store(&state, sigaction(SIGBUS, &action, &previous) == 0 ? 2 : 3);
    }
    while (atomic_load(&state) == 1) {}
    return atomic_load(&state) == 2 ? 0 : -1;
}

int jitter_guard_mapping(const void *base, size_t length) {
    if (base == NULL || length == 0 || install() != 0) return -1;
    for (int i = 0; i < slot_count; i++) {
        uintptr_t expected = 0;
        // The slot's length is 0 while it is free, so a fault meanwhile matches nothing.
        if (atomic_compare_exchange_strong(&ranges[i].base, &expected, (uintptr_t)base)) {
            atomic_store(&ranges[i].faults, 0);
            atomic_store(&ranges[i].length, length);
            return 0;
        }
    }
    return -1;
}

void jitter_unguard_mapping(const void *base) {
    for (int i = 0; i < slot_count; i++) {
        if (atomic_load(&ranges[i].base) != (uintptr_t)base) continue;
        atomic_store(&ranges[i].length, 0);
        atomic_store(&ranges[i].base, 0);
        return;
    }
}

unsigned long jitter_guarded_faults(const void *base) {
    for (int i = 0; i < slot_count; i++) {
        if (atomic_load(&ranges[i].base) == (uintptr_t)base) return atomic_load(&ranges[i].faults);
    }
    return 0;
}
