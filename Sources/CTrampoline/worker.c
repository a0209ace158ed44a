// The worker: from the supervisor's fork to the jump into the code, and the signal handler
// that reports faults and stops. Freestanding (see freestanding.h).

#define _GNU_SOURCE
#include "freestanding.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <ucontext.h>

#define SA_RESTORER_FLAG 0x04000000

/// The kernel's struct sigaction for rt_sigaction (not libc's).
struct kernel_sigaction {
    void *handler;
    unsigned long flags;
    void (*restorer)(void);
    uint64_t mask;
};

JITTER_FREESTANDING static _Noreturn void fail(const char *call, long result) {
    struct jitter_control *control = jitter_statics.control;
    size_t length = 0;
    while (call[length] != 0 && length + 1 < sizeof control->failed_call) length++;
    jitter_copy(control->failed_call, call, length);
    control->failed_call[length] = 0;
    control->failed_errno = (int32_t)-result;
    control->status = JITTER_STATUS_SETUP_FAILED;
    jitter_exit_group(0);
}

JITTER_FREESTANDING static void check(long result, const char *call) {
    if (result < 0) fail(call, result);
}

// The register order of jitter_control, from the kernel's saved user context.
JITTER_FREESTANDING static void copy_context(const ucontext_t *context, uint64_t *out) {
    const greg_t *gregs = context->uc_mcontext.gregs;
    out[0] = (uint64_t)gregs[REG_RAX];
    out[1] = (uint64_t)gregs[REG_RBX];
    out[2] = (uint64_t)gregs[REG_RCX];
    out[3] = (uint64_t)gregs[REG_RDX];
    out[4] = (uint64_t)gregs[REG_RSI];
    out[5] = (uint64_t)gregs[REG_RDI];
    out[6] = (uint64_t)gregs[REG_RBP];
    out[7] = (uint64_t)gregs[REG_RSP];
    out[8] = (uint64_t)gregs[REG_R8];
    out[9] = (uint64_t)gregs[REG_R9];
    out[10] = (uint64_t)gregs[REG_R10];
    out[11] = (uint64_t)gregs[REG_R11];
    out[12] = (uint64_t)gregs[REG_R12];
    out[13] = (uint64_t)gregs[REG_R13];
    out[14] = (uint64_t)gregs[REG_R14];
    out[15] = (uint64_t)gregs[REG_R15];
    out[16] = (uint64_t)gregs[REG_RIP];
    out[17] = (uint64_t)gregs[REG_EFL];
}

/// Where the kernel's signal frame says how much XSAVE state follows the legacy area
/// (struct _fpx_sw_bytes in the reserved bytes 464…511 of the FXSAVE image).
#define SW_BYTES_OFFSET 464
#define FP_XSTATE_MAGIC1_VALUE 0x46505853U

// The extended state at the signal, from the kernel's signal frame. Before the handler runs,
// the kernel saves the code's x87/SSE/AVX state there (XSAVE, standard format) and resets the
// registers, so an XSAVE here would see the handler's state, not the code's.
JITTER_FREESTANDING static void copy_extended_context(const ucontext_t *context, struct jitter_control *control) {
    const uint8_t *saved = (const uint8_t *)context->uc_mcontext.fpregs;
    control->xstate_out_size = 0;
    if (!saved) return;
    uint32_t available = 512;
    uint32_t magic, size;
    jitter_copy(&magic, saved + SW_BYTES_OFFSET, sizeof magic);
    jitter_copy(&size, saved + SW_BYTES_OFFSET + 16, sizeof size);  // xstate_size
    if (magic == FP_XSTATE_MAGIC1_VALUE && size >= 576) available = size;
    uint32_t count = available < control->xstate_size ? available : control->xstate_size;
    jitter_copy(control->xstate_out, saved, count);
    control->xstate_out_size = count;
}

JITTER_FREESTANDING static void on_signal(int signal, siginfo_t *info, void *context) {
    if (jitter_syscall0(SYS_getpid) != jitter_statics.worker_pid) jitter_exit_group(0);
    struct jitter_control *control = jitter_statics.control;
    int from_supervisor = signal == control->stop_signal && info->si_code == SI_USER
        && info->si_pid == (pid_t)jitter_syscall0(SYS_getppid);
    uint64_t rip = (uint64_t)((const ucontext_t *)context)->uc_mcontext.gregs[REG_RIP];
    uint64_t code_end = control->code_address + ((control->code_size + 4095) & ~(uint64_t)4095);
    int in_code = rip >= control->code_address && rip < code_end;
    if (from_supervisor && !in_code) {
        uint64_t exit_door = (uint64_t)(uintptr_t)&jitter_exit;
        // The code has returned and the exit door is saving its state: let it report that.
        if (rip >= exit_door && rip < (uint64_t)(uintptr_t)&jitter_signal_return) return;
        // Not entered yet: nothing has run, so the state is the one the code was to start with.
        jitter_copy(control->registers_out, control->registers_in, sizeof control->registers_out);
        uint32_t size = control->xstate_size <= JITTER_XSTATE_CAPACITY ? control->xstate_size : JITTER_XSTATE_CAPACITY;
        jitter_copy(control->xstate_out, control->xstate_in, size);
        control->xstate_out_size = size;
    } else {
        copy_context((const ucontext_t *)context, control->registers_out);
        copy_extended_context((const ucontext_t *)context, control);
    }
    control->signal = signal;
    control->signal_code = info->si_code;
    control->fault_address = (uint64_t)(uintptr_t)info->si_addr;
    control->status = from_supervisor ? JITTER_STATUS_STOPPED : JITTER_STATUS_SIGNALED;
    jitter_exit_group(0);
}

JITTER_FREESTANDING static void set_action(int signal, void *handler, unsigned long flags) {
    struct kernel_sigaction action;
    action.handler = handler;
    action.flags = flags | SA_RESTORER_FLAG;
    action.restorer = jitter_signal_return;
    action.mask = ~(uint64_t)0;
    check(jitter_syscall4(SYS_rt_sigaction, signal, &action, 0, sizeof action.mask), "rt_sigaction");
}

JITTER_FREESTANDING static void record_maps(char *buffer, uint32_t *size) {
    long fd = jitter_syscall3(SYS_open, "/proc/self/maps", O_RDONLY | O_CLOEXEC, 0);
    check(fd, "open /proc/self/maps");
    uint32_t used = 0;
    while (used < JITTER_MAPS_CAPACITY) {
        long count = jitter_syscall3(SYS_read, fd, buffer + used, JITTER_MAPS_CAPACITY - used);
        if (count == -EINTR) continue;
        check(count, "read /proc/self/maps");
        if (count == 0) break;
        used += (uint32_t)count;
    }
    jitter_syscall1(SYS_close, fd);
    *size = used;
}

// MAP_FIXED_NOREPLACE, checked: the address must be free, never taken over.
JITTER_FREESTANDING static void map_fixed(uint64_t address, uint64_t size, int protection, int flags,
                                          long fd, uint64_t offset, const char *what) {
    long got = jitter_syscall6(SYS_mmap, (long)address, (long)size, protection,
                               flags | MAP_FIXED_NOREPLACE, fd, (long)offset);
    check(got, what);
    if ((uint64_t)got != address) {
        jitter_syscall2(SYS_munmap, got, size);
        fail(what, -EEXIST);
    }
}

JITTER_FREESTANDING _Noreturn void jitter_worker_main(struct jitter_control *control, int memory_fd,
                                                      const int streams[3], void *memory,
                                                      uint64_t memory_size) {
    jitter_statics.worker_pid = jitter_syscall0(SYS_getpid);
    jitter_statics.control = control;

    check(jitter_syscall2(SYS_setpgid, 0, 0), "setpgid");
    check(jitter_syscall2(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL), "prctl (PR_SET_PDEATHSIG)");
    struct rlimit no_core;
    no_core.rlim_cur = 0;
    no_core.rlim_max = 0;
    jitter_syscall4(SYS_prlimit64, 0, RLIMIT_CORE, &no_core, 0);

    for (int fd = 0; fd < 3; fd++) {
        if (streams[fd] != fd) check(jitter_syscall2(SYS_dup2, streams[fd], fd), "dup2 (standard stream)");
    }

    stack_t alternate;
    alternate.ss_sp = jitter_statics.signal_stack;
    alternate.ss_size = sizeof jitter_statics.signal_stack;
    alternate.ss_flags = 0;
    check(jitter_syscall2(SYS_sigaltstack, &alternate, 0), "sigaltstack");
    // The worker is a background process group: terminal reads fail instead of stopping it.
    set_action(SIGTTIN, SIG_IGN, 0);
    set_action(SIGTTOU, SIG_IGN, 0);
    static const int caught[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGSYS};
    for (size_t i = 0; i < sizeof caught / sizeof caught[0]; i++) {
        set_action(caught[i], (void *)on_signal, SA_SIGINFO | SA_ONSTACK);
    }
    set_action(control->stop_signal, (void *)on_signal, SA_SIGINFO | SA_ONSTACK);

    for (uint32_t i = 0; i < control->region_count; i++) {
        const struct jitter_region *region = &control->regions[i];
        map_fixed(region->address, region->size, PROT_READ | PROT_WRITE, MAP_SHARED, memory_fd,
                  region->file_offset, "mmap (sandbox region)");
    }

    // Write-xor-execute: the code pages are filled while read-write, then made read-execute.
    uint64_t code_size = (control->code_size + 4095) & ~(uint64_t)4095;
    map_fixed(control->code_address, code_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
              -1, 0, "mmap (code)");
    jitter_copy((void *)(uintptr_t)control->code_address, (const void *)(uintptr_t)control->code_source,
                control->code_size);
    if (control->record_maps) record_maps(control->maps_filling, &control->maps_filling_size);
    check(jitter_syscall3(SYS_mprotect, control->code_address, code_size, PROT_READ | PROT_EXEC),
          "mprotect");

    // Nothing of the caller's is left to the code but the control block: not the staging
    // copy of the memory file, not a descriptor beyond 0, 1 and 2.
    jitter_syscall2(SYS_munmap, memory, memory_size);
    if (jitter_syscall3(SYS_close_range, 3, ~0U, 0) < 0) {
        for (int fd = 3; fd < 1024; fd++) jitter_syscall1(SYS_close, fd);
    }
    if (control->record_maps) record_maps(control->maps_entering, &control->maps_entering_size);

    // The extended state goes to the aligned area jitter_enter restores it from.
    jitter_statics.xsave_mask = control->xstate_mask;
    jitter_copy(jitter_statics.xsave_area, control->xstate_in,
                control->xstate_size <= JITTER_XSTATE_CAPACITY ? control->xstate_size : JITTER_XSTATE_CAPACITY);

    uint64_t none = 0;
    jitter_syscall4(SYS_rt_sigprocmask, SIG_SETMASK, &none, 0, sizeof none);
    jitter_enter(control->registers_in);
}
