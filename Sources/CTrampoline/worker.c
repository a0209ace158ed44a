// The worker: from the supervisor's fork to the jump into the code. It offers itself to the
// supervisor's tracing first, then builds the sandbox and gives up what the code must not have
// (privileges, descriptors, most system calls) while it waits for its run; given its go, it
// reads the request from the memory file, maps the staged code and enters the code. It never
// maps the caller's memory (the supervisor's fork leaves that out: MADV_DONTFORK), and it
// reports nothing after its go: the supervisor reads the stopped worker's registers. A worker
// kept for further runs runs none of this again: the supervisor sets its registers and resumes
// it at the code. Freestanding (see freestanding.h).

#define _GNU_SOURCE
#include "freestanding.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>

/// pread(2) of `size` bytes of the control block at `offset` (within it) into `into`; whether
/// they all came.
JITTER_FREESTANDING static int read_control(const struct jitter_worker_setup *setup, void *into, size_t size,
                                            size_t offset) {
    return jitter_syscall4(SYS_pread64, setup->memory_fd, into, size, setup->control_offset + offset) == (long)size;
}

/// pwrite(2) of `size` bytes from `from` into the control block at `offset` (within it).
JITTER_FREESTANDING static void write_control(const struct jitter_worker_setup *setup, const void *from, size_t size,
                                              size_t offset) {
    jitter_syscall4(SYS_pwrite64, setup->memory_fd, from, size, setup->control_offset + offset);
}

#define CONTROL_FIELD(field) offsetof(struct jitter_control, field)
#define CONTROL_SIZE(field) sizeof(((struct jitter_control *)0)->field)

/// Records why setting up failed and ends the worker. Before the worker has been handed its
/// run (`spare`), the caller may be reading the control block's outcome: the failure goes to
/// fields only the supervisor reads.
JITTER_FREESTANDING static _Noreturn void fail(const struct jitter_worker_setup *setup, int spare, const char *call,
                                               long result) {
    char name[CONTROL_SIZE(failed_call)];
    size_t length = 0;
    while (call[length] != 0 && length + 1 < sizeof name) {
        name[length] = call[length];
        length++;
    }
    name[length] = 0;
    int32_t error = (int32_t)-result;
    if (spare) {
        write_control(setup, name, length + 1, CONTROL_FIELD(spare_failed_call));
        write_control(setup, &error, sizeof error, CONTROL_FIELD(spare_failed_errno));
    } else {
        uint32_t status = JITTER_STATUS_SETUP_FAILED;
        write_control(setup, name, length + 1, CONTROL_FIELD(failed_call));
        write_control(setup, &error, sizeof error, CONTROL_FIELD(failed_errno));
        write_control(setup, &status, sizeof status, CONTROL_FIELD(status));
    }
    jitter_exit_group(0);
}

#define CHECK(result, call)                                     \
    do {                                                        \
        long checked_ = (result);                               \
        if (checked_ < 0) fail(setup, spare, (call), checked_); \
    } while (0)

/// /proc/self/maps once the code pages are mapped, into `maps_filling`.
JITTER_FREESTANDING static void record_maps(const struct jitter_worker_setup *setup) {
    const int spare = 0;
    long fd = jitter_syscall3(SYS_open, "/proc/self/maps", O_RDONLY | O_CLOEXEC, 0);
    CHECK(fd, "open /proc/self/maps");
    char *text = jitter_statics.maps;
    uint32_t used = 0;
    while (used < JITTER_MAPS_CAPACITY) {
        long count = jitter_syscall3(SYS_read, fd, text + used, JITTER_MAPS_CAPACITY - used);
        if (count == -EINTR) continue;
        CHECK(count, "read /proc/self/maps");
        if (count == 0) break;
        used += (uint32_t)count;
    }
    jitter_syscall1(SYS_close, fd);
    write_control(setup, text, used, CONTROL_FIELD(maps_filling));
    write_control(setup, &used, sizeof used, CONTROL_FIELD(maps_filling_size));
}

// MAP_FIXED_NOREPLACE, checked: the address must be free, never taken over.
JITTER_FREESTANDING static void map_fixed(const struct jitter_worker_setup *setup, int spare, uint64_t address,
                                          uint64_t size, int protection, int flags, long fd, uint64_t offset,
                                          const char *what) {
    long got = jitter_syscall6(SYS_mmap, (long)address, (long)size, protection, flags | MAP_FIXED_NOREPLACE, fd,
                               (long)offset);
    CHECK(got, what);
    if ((uint64_t)got != address) {
        jitter_syscall2(SYS_munmap, got, size);
        fail(setup, spare, what, -EEXIST);
    }
}

JITTER_FREESTANDING static void limit(const struct jitter_worker_setup *setup, int spare, int resource,
                                      uint64_t value) {
    if (value == 0) return;
    struct rlimit bound;
    bound.rlim_cur = value;
    bound.rlim_max = value;
    CHECK(jitter_syscall4(SYS_prlimit64, 0, resource, &bound, 0), "prlimit");
}

JITTER_FREESTANDING _Noreturn void jitter_worker_main(const struct jitter_worker_setup *setup, long supervisor) {
    // Prepared ahead of its run: everything that does not depend on the request.
    int spare = 1;
    const struct jitter_policy *policy = &setup->policy;
    CHECK(jitter_syscall2(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL), "prctl (PR_SET_PDEATHSIG)");
    // The supervisor died before the line above: nobody would trace or reap this process.
    if (jitter_syscall0(SYS_getppid) != supervisor) jitter_exit_group(0);
    long pid = jitter_syscall0(SYS_getpid);
    if (!setup->seized) {
        // Traced from here on; the supervisor sets its options at this first stop (among them,
        // that this process dies with it: the death signal above does not outlive a change
        // of user). A supervisor that may trace any process of its user seizes this one
        // instead, options and all, and saves the stop.
        CHECK(jitter_syscall4(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0), "ptrace (PTRACE_TRACEME)");
        jitter_syscall2(SYS_kill, pid, SIGSTOP);
    }

    // Of the supervisor's descriptors, the worker keeps its /dev/null as fd 0 (the code's
    // standard input unless the run brings its own), the output pipes as fds 1 and 2, the
    // memory file and its end of the go socket; not the command socket (the caller's sign
    // that the supervisor is alive) nor anything else.
    jitter_syscall2(SYS_dup2, JITTER_OUTPUT_FD, 1);
    jitter_syscall2(SYS_dup2, JITTER_ERROR_FD, 2);
    jitter_syscall1(SYS_close, JITTER_OUTPUT_FD);
    jitter_syscall1(SYS_close, JITTER_ERROR_FD);
    jitter_syscall1(SYS_close, JITTER_COMMAND_FD);
    jitter_syscall1(SYS_close, JITTER_INTERRUPT_FD);
    jitter_syscall1(SYS_close, JITTER_CHILD_SIGNAL_FD);
    jitter_syscall1(SYS_close, JITTER_GO_FD);
    jitter_syscall1(SYS_close, JITTER_GO_FD_2);
    jitter_syscall1(SYS_close, setup->go_fd == JITTER_WORKER_GO_FD ? JITTER_WORKER_GO_FD_2 : JITTER_WORKER_GO_FD);
    // A process group of its own, which the filter keeps every descendant in, in the
    // supervisor's session: no controlling terminal to open, read or push input into.
    if (setup->own_session) {
        CHECK(jitter_syscall0(SYS_setsid), "setsid");
    } else {
        CHECK(jitter_syscall2(SYS_setpgid, 0, 0), "setpgid");
    }

    // Field by field: an aggregate initialiser of zeros may become a call to memset, which is
    // not mapped here.
    struct rlimit no_core;
    no_core.rlim_cur = 0;
    no_core.rlim_max = 0;
    jitter_syscall4(SYS_prlimit64, 0, RLIMIT_CORE, &no_core, 0);
    limit(setup, spare, RLIMIT_AS, policy->address_space_limit);
    limit(setup, spare, RLIMIT_FSIZE, policy->file_size_limit);
    limit(setup, spare, RLIMIT_NPROC, policy->process_limit);
    limit(setup, spare, RLIMIT_NOFILE, policy->open_files_limit);

    struct jitter_filter filter;
    jitter_worker_filter(&filter, policy, (uint32_t)pid);
    struct sock_fprog program;
    program.len = filter.length;
    program.filter = (struct sock_filter *)filter.code;
    // A worker started as root becomes an unprivileged user once it has its go (below): while
    // it waits it does not count against that user's process limit, which the code's own
    // processes need (and the run's code, of that user, cannot reach it).
    int as_root = jitter_syscall0(SYS_geteuid) == 0;
    CHECK(jitter_syscall2(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1), "prctl (PR_SET_NO_NEW_PRIVS)");
    // What the worker does from here on the filters allow (recvmsg, setresuid, pread, dup2,
    // mmap without PROT_EXEC, mprotect to read-execute, munmap, close_range).
    CHECK(jitter_syscall3(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program), "seccomp");

    // The regions that persist from run to run are the same for every run.
    for (uint32_t i = 0; i < setup->persistent_count && i < JITTER_MAX_REGIONS; i++) {
        const struct jitter_region *region = &setup->persistent[i];
        map_fixed(setup, spare, region->address, region->size, PROT_READ | PROT_WRITE, MAP_SHARED, setup->memory_fd,
                  region->file_offset, "mmap (sandbox region)");
    }

    // The pages of the statics this process writes when it enters: the faults happen before
    // the go.
    for (size_t offset = 0; offset < offsetof(struct jitter_statics, maps); offset += 4096) {
        ((volatile char *)&jitter_statics)[offset] = ((volatile char *)&jitter_statics)[offset];
    }

    // Ready; the supervisor sends the go, with the code's standard input if the run has one.
    struct jitter_ready ready;
    ready.kind = JITTER_READY;
    ready.pid = (int32_t)pid;
    if (jitter_syscall6(SYS_sendto, setup->go_fd, (long)&ready, sizeof ready, MSG_NOSIGNAL, 0, 0) != sizeof ready) {
        jitter_exit_group(0);
    }
    int input;
    int go = jitter_receive_go(setup->go_fd, &input);
    if (!go) jitter_exit_group(0);

    // The run: what the request says.
    spare = 0;
    // The pipes outlive runs: what an earlier run's code changed about them is undone here,
    // at the go, when no earlier run's process is alive (not while waiting: a worker prepared
    // ahead waits through the run before it). A run's code cannot change what the caller's
    // ends do: those are open files of their own.
    for (int fd = 1; fd <= 2; fd++) {
        jitter_syscall3(SYS_fcntl, fd, F_SETFL, 0);
        jitter_syscall3(SYS_fcntl, fd, F_SETOWN, 0);
        jitter_syscall3(SYS_fcntl, fd, F_SETSIG, 0);
        if (jitter_syscall3(SYS_fcntl, fd, F_GETPIPE_SZ, 0) != setup->pipe_size) {
            jitter_syscall3(SYS_fcntl, fd, F_SETPIPE_SZ, setup->pipe_size);
        }
    }
    if (as_root) {
        // Root's processes (the caller's and the supervisor's among them) and root-only files
        // are out of reach of any other user, and a user's process limit binds only then.
        uint32_t id = policy->unprivileged_id;
        CHECK(jitter_syscall2(SYS_setgroups, 0, 0), "setgroups");
        CHECK(jitter_syscall3(SYS_setresgid, id, id, id), "setresgid");
        CHECK(jitter_syscall3(SYS_setresuid, id, id, id), "setresuid");
    }
    // Only the request part of this struct is there (JITTER_REQUEST_SIZE bytes).
    const struct jitter_control *request = (const struct jitter_control *)(void *)jitter_statics.request;
    if (!read_control(setup, jitter_statics.request, JITTER_REQUEST_SIZE, 0)) fail(setup, spare, "pread (request)", -EIO);
    if (input >= 0) CHECK(jitter_syscall2(SYS_dup2, input, 0), "dup2 (standard input)");
    if (request->cpu_seconds_limit) {
        // SIGXCPU at the soft limit, SIGKILL a second later.
        struct rlimit cpu;
        cpu.rlim_cur = request->cpu_seconds_limit;
        cpu.rlim_max = (uint64_t)request->cpu_seconds_limit + 1;
        CHECK(jitter_syscall4(SYS_prlimit64, 0, RLIMIT_CPU, &cpu, 0), "prlimit (RLIMIT_CPU)");
    }
    for (uint32_t i = 0; i < request->region_count && i < JITTER_MAX_REGIONS; i++) {
        const struct jitter_region *region = &request->regions[i];
        map_fixed(setup, spare, region->address, region->size, PROT_READ | PROT_WRITE, MAP_SHARED, setup->memory_fd,
                  region->file_offset, "mmap (sandbox region)");
    }

    // Write-xor-execute: the code pages are a private, read-execute mapping of the staged
    // code, never writable here. Until a process writes a private page (which needs an
    // mprotect first, a system call) it is the file's page, so a worker kept for another run
    // sees the code staged for that run where the last run's was (the supervisor zeroes what
    // follows the exit stub on the last page). The code region is exactly as large as the code:
    // pages beyond it are not mapped.
    uint64_t code_size = (request->code_size + 4095) & ~(uint64_t)4095;
    if (code_size == 0) code_size = 4096;
    if (request->code_address != setup->code_address || request->code_size > setup->staging_size) {
        fail(setup, spare, "code address or size", -EINVAL);
    }
    map_fixed(setup, spare, setup->code_address, code_size, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_POPULATE,
              setup->memory_fd, setup->staging_offset, "mmap (code)");
    if (request->record_maps) {
        record_maps(setup);
        // The supervisor reads the maps of the stopped worker; without CAP_SYS_PTRACE it may
        // only if this process is dumpable, which it is not (inherited from the supervisor,
        // which hides itself) while it waits: another run's code could open its memory then.
        jitter_syscall2(SYS_prctl, PR_SET_DUMPABLE, 1);
    }
    // What `jitter_enter` loads: the extended state, and the registers with the flags the
    // code may be entered with (the status flags and DF; bit 1 and IF read as set anyway).
    jitter_statics.xsave_mask = request->xstate_mask;
    uint32_t xstate_size = request->xstate_size <= JITTER_XSTATE_CAPACITY ? request->xstate_size : JITTER_XSTATE_CAPACITY;
    if (!read_control(setup, jitter_statics.xsave_area, xstate_size, CONTROL_FIELD(xstate_in))) {
        fail(setup, spare, "pread (extended state)", -EIO);
    }
    jitter_copy(jitter_statics.registers, request->registers_in, sizeof jitter_statics.registers);
    jitter_statics.registers[JITTER_RFLAGS_INDEX] = (jitter_statics.registers[JITTER_RFLAGS_INDEX] & 0xCD5) | 0x202;
    jitter_statics.entry_jump = go == JITTER_GO_WATCHED ? (uint64_t)(uintptr_t)jitter_enter_trap
                                                        : jitter_statics.registers[JITTER_RIP_INDEX];

    // Nothing of the caller's is left to the code (none of its memory was ever mapped here):
    // not a descriptor beyond 0, 1 and 2.
    if (jitter_syscall3(SYS_close_range, 3, ~0U, 0) < 0) {
        for (int fd = 3; fd < 1024; fd++) jitter_syscall1(SYS_close, fd);
    }

    uint64_t none = 0;
    jitter_syscall4(SYS_rt_sigprocmask, SIG_SETMASK, &none, 0, sizeof none);
    jitter_enter();
}
