// Which CPU the supervisor and a run's worker run on. A run is four hand-offs (the caller's
// request wakes the supervisor, which resumes the worker, whose stop wakes the supervisor,
// whose answer wakes the caller), each of which wakes a process that sleeps. The scheduler
// puts a woken process on an idle CPU when there is one, and on a virtual machine waking an
// idle CPU costs tens of microseconds: on the 2-vCPU machine this was measured on, 3,000
// blocks took 0.36–0.45 s spread over both CPUs and 0.15–0.18 s held to one. So for the
// length of a run the caller pins its thread to its CPU (`jitter_pin_thread`), the supervisor
// follows it there and pins the worker there too, and each hand-off finds the next process
// on the CPU the last one is leaving. Bounds on that: a worker that runs longer than a
// hand-off gets back the CPUs the caller started with (`jitter_unpin`), so code that
// computes for a while is not held to one CPU; a caller that finds its CPU busy with other
// work (a slow wake-up) stops pinning for a while (Executor); and a real-time caller never
// pins, since a worker looping at the supervisor's priority on its CPU would never let it run.
// Freestanding (see freestanding.h).

#include "freestanding.h"

#include <sys/syscall.h>

JITTER_FREESTANDING void jitter_placement_start(struct jitter_placement *placement,
                                                const struct jitter_supervisor_setup *setup) {
    jitter_zero(placement, sizeof *placement);
    placement->cpu = -1;
    // The caller's thread may be pinned for a run as it spawns this process, which inherits that.
    if (setup->cpus_size > 0 && setup->cpus_size <= sizeof setup->cpus) {
        jitter_syscall3(SYS_sched_setaffinity, 0, setup->cpus_size, setup->cpus);
    }
    long size = jitter_syscall3(SYS_sched_getaffinity, 0, sizeof placement->allowed, placement->allowed);
    placement->allowed_size = size > 0 ? (uint32_t)size : 0;
}

/// Whether `cpu` is one this process may run on.
JITTER_FREESTANDING static int allowed(const struct jitter_placement *placement, int32_t cpu) {
    if (cpu < 0 || (uint32_t)cpu / 8 >= placement->allowed_size) return 0;
    return (placement->allowed[cpu / 64] >> (cpu % 64)) & 1;
}

/// sched_setaffinity(2) of `pid` (0: this process) to `cpu` alone, or to what this process
/// started with when `cpu` is -1. Returns whether the kernel took it.
JITTER_FREESTANDING static int pin(const struct jitter_placement *placement, long pid, int32_t cpu) {
    if (placement->allowed_size == 0) return 0;
    uint64_t mask[JITTER_CPU_WORDS];
    if (cpu < 0) {
        jitter_copy(mask, placement->allowed, sizeof mask);
    } else {
        jitter_zero(mask, sizeof mask);
        mask[cpu / 64] = (uint64_t)1 << (cpu % 64);
    }
    return jitter_syscall3(SYS_sched_setaffinity, pid, placement->allowed_size, mask) == 0;
}

JITTER_FREESTANDING void jitter_follow(struct jitter_placement *placement, int32_t caller_cpu) {
    int32_t cpu = allowed(placement, caller_cpu) ? caller_cpu : -1;
    if (cpu == placement->cpu) return;
    if (pin(placement, 0, cpu)) placement->cpu = cpu;
}

JITTER_FREESTANDING int32_t jitter_pin_worker(const struct jitter_placement *placement, long worker, int32_t cpu) {
    if (cpu == placement->cpu) return cpu;
    return pin(placement, worker, placement->cpu) ? placement->cpu : -2;
}

JITTER_FREESTANDING int32_t jitter_unpin(const struct jitter_placement *placement, long worker) {
    return pin(placement, worker, -1) ? -1 : -2;
}
