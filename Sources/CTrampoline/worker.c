// The worker: from the supervisor's fork to the jump into the code. It offers itself to the
// supervisor's tracing first, then builds the sandbox, gives up what the code must not have
// (privileges, descriptors, the caller's mappings, most system calls) and enters the code.
// It never reports anything after that: the supervisor reads the stopped worker's registers.
// Freestanding (see freestanding.h).

#define _GNU_SOURCE
#include "freestanding.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>

/// Records why setting up failed and ends the worker. Before the worker has been handed its
/// run (`spare`), the caller may be reading the control block's outcome: the failure goes to
/// fields only the supervisor reads.
JITTER_FREESTANDING static _Noreturn void fail(struct jitter_control *control, int spare, const char *call, long result) {
    char *name = spare ? control->spare_failed_call : control->failed_call;
    size_t length = 0;
    while (call[length] != 0 && length + 1 < sizeof control->failed_call) length++;
    jitter_copy(name, call, length);
    name[length] = 0;
    if (spare) {
        control->spare_failed_errno = (int32_t)-result;
    } else {
        control->failed_errno = (int32_t)-result;
        control->status = JITTER_STATUS_SETUP_FAILED;
    }
    jitter_exit_group(0);
}

#define CHECK(result, call)                                       \
    do {                                                          \
        long checked_ = (result);                                 \
        if (checked_ < 0) fail(control, spare, (call), checked_); \
    } while (0)

JITTER_FREESTANDING static void record_maps(struct jitter_control *control) {
    const int spare = 0;
    long fd = jitter_syscall3(SYS_open, "/proc/self/maps", O_RDONLY | O_CLOEXEC, 0);
    CHECK(fd, "open /proc/self/maps");
    uint32_t used = 0;
    while (used < JITTER_MAPS_CAPACITY) {
        long count = jitter_syscall3(SYS_read, fd, control->maps_filling + used, JITTER_MAPS_CAPACITY - used);
        if (count == -EINTR) continue;
        CHECK(count, "read /proc/self/maps");
        if (count == 0) break;
        used += (uint32_t)count;
    }
    jitter_syscall1(SYS_close, fd);
    control->maps_filling_size = used;
}

// MAP_FIXED_NOREPLACE, checked: the address must be free, never taken over.
JITTER_FREESTANDING static void map_fixed(struct jitter_control *control, uint64_t address, uint64_t size,
                                          int protection, int flags, long fd, uint64_t offset, const char *what) {
    const int spare = 0;
    long got = jitter_syscall6(SYS_mmap, (long)address, (long)size, protection, flags | MAP_FIXED_NOREPLACE, fd,
                               (long)offset);
    CHECK(got, what);
    if ((uint64_t)got != address) {
        jitter_syscall2(SYS_munmap, got, size);
        fail(control, spare, what, -EEXIST);
    }
}

JITTER_FREESTANDING static void limit(struct jitter_control *control, int spare, int resource, uint64_t value) {
    if (value == 0) return;
    struct rlimit bound;
    bound.rlim_cur = value;
    bound.rlim_max = value;
    CHECK(jitter_syscall4(SYS_prlimit64, 0, resource, &bound, 0), "prlimit");
}


JITTER_FREESTANDING _Noreturn void jitter_worker_main(struct jitter_control *control, const struct jitter_policy *policy,
                                                      int memory_fd, int go_fd, const void *staging, void *memory,
                                                      uint64_t memory_size, long supervisor) {
    // Prepared ahead of its run: everything that does not depend on the request.
    int spare = 1;
    CHECK(jitter_syscall2(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL), "prctl (PR_SET_PDEATHSIG)");
    // The supervisor died before the line above: nobody would trace or reap this process.
    if (jitter_syscall0(SYS_getppid) != supervisor) jitter_exit_group(0);
    // Traced from here on; the supervisor sets its options at this first stop.
    CHECK(jitter_syscall4(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0), "ptrace (PTRACE_TRACEME)");
    long pid = jitter_syscall0(SYS_getpid);
    jitter_syscall2(SYS_kill, pid, SIGSTOP);

    // A session of its own: no controlling terminal to open, read or push input into, and a
    // process group the filter keeps every descendant in.
    CHECK(jitter_syscall0(SYS_setsid), "setsid");

    // Field by field: an aggregate initialiser of zeros may become a call to memset, which is
    // not mapped here.
    struct rlimit no_core;
    no_core.rlim_cur = 0;
    no_core.rlim_max = 0;
    jitter_syscall4(SYS_prlimit64, 0, RLIMIT_CORE, &no_core, 0);
    limit(control, spare, RLIMIT_AS, policy->address_space_limit);
    limit(control, spare, RLIMIT_FSIZE, policy->file_size_limit);
    limit(control, spare, RLIMIT_NPROC, policy->process_limit);
    limit(control, spare, RLIMIT_NOFILE, policy->open_files_limit);

    struct jitter_filter filter;
    jitter_worker_filter(&filter, policy, (uint32_t)pid);
    struct sock_fprog program;
    program.len = filter.length;
    program.filter = (struct sock_filter *)filter.code;
    if (jitter_syscall0(SYS_geteuid) == 0) {
        // Root's processes (the caller's and the supervisor's among them) and root-only files
        // are out of reach of any other user, and a user's process limit binds only then.
        uint32_t id = policy->unprivileged_id;
        CHECK(jitter_syscall2(SYS_setgroups, 0, 0), "setgroups");
        CHECK(jitter_syscall3(SYS_setresgid, id, id, id), "setresgid");
        CHECK(jitter_syscall3(SYS_setresuid, id, id, id), "setresuid");
    } else {
        // Inherited from the supervisor, which hides itself; the supervisor must be able to
        // read this process's maps.
        jitter_syscall2(SYS_prctl, PR_SET_DUMPABLE, 1);
    }
    CHECK(jitter_syscall2(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1), "prctl (PR_SET_NO_NEW_PRIVS)");
    // What the worker does from here on the filter allows (recvmsg, dup2, mmap without
    // PROT_EXEC, mprotect to read-execute, munmap, close_range, kill of itself).
    CHECK(jitter_syscall3(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program), "seccomp");

    int streams[3];
    // The supervisor's go: the descriptors the code gets as fds 0, 1 and 2.
    if (!jitter_receive_streams(go_fd, streams)) jitter_exit_group(0);

    // The run: what the request says.
    spare = 0;
    for (int fd = 0; fd < 3; fd++) {
        if (streams[fd] != fd) CHECK(jitter_syscall2(SYS_dup2, streams[fd], fd), "dup2 (standard stream)");
    }
    if (control->cpu_seconds_limit) {
        // SIGXCPU at the soft limit, SIGKILL a second later.
        struct rlimit cpu;
        cpu.rlim_cur = control->cpu_seconds_limit;
        cpu.rlim_max = (uint64_t)control->cpu_seconds_limit + 1;
        CHECK(jitter_syscall4(SYS_prlimit64, 0, RLIMIT_CPU, &cpu, 0), "prlimit (RLIMIT_CPU)");
    }
    for (uint32_t i = 0; i < control->region_count && i < JITTER_MAX_REGIONS; i++) {
        const struct jitter_region *region = &control->regions[i];
        map_fixed(control, region->address, region->size, PROT_READ | PROT_WRITE, MAP_SHARED, memory_fd,
                  region->file_offset, "mmap (sandbox region)");
    }

    // Write-xor-execute: the code pages are filled while read-write, then made read-execute.
    uint64_t code_size = (control->code_size + 4095) & ~(uint64_t)4095;
    map_fixed(control, control->code_address, code_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1,
              0, "mmap (code)");
    jitter_copy((void *)(uintptr_t)control->code_address, staging, control->code_size);
    if (control->record_maps) record_maps(control);
    CHECK(jitter_syscall3(SYS_mprotect, control->code_address, code_size, PROT_READ | PROT_EXEC), "mprotect");

    jitter_statics.xsave_mask = control->xstate_mask;
    jitter_copy(jitter_statics.xsave_area, control->xstate_in,
                control->xstate_size <= JITTER_XSTATE_CAPACITY ? control->xstate_size : JITTER_XSTATE_CAPACITY);

    // Nothing of the caller's is left to the code: not the control block, not the staging copy
    // of the memory file, not a descriptor beyond 0, 1 and 2.
    long control_size = (long)((sizeof *control + 4095) & ~(size_t)4095);
    jitter_syscall2(SYS_munmap, memory, memory_size);
    jitter_syscall2(SYS_munmap, control, control_size);
    if (jitter_syscall3(SYS_close_range, 3, ~0U, 0) < 0) {
        for (int fd = 3; fd < 1024; fd++) jitter_syscall1(SYS_close, fd);
    }

    uint64_t none = 0;
    jitter_syscall4(SYS_rt_sigprocmask, SIG_SETMASK, &none, 0, sizeof none);
    jitter_enter(pid);
}
