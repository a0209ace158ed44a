// The child side of a run: from the clone to the jump into the code, and the signal handler
// that reports faults and stops. Async-signal-safe calls only (see jitter_trampoline.h).

#define _GNU_SOURCE
#include "jitter_trampoline.h"
#include "jitter_child.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

// The handler runs here: the code's rsp cannot be trusted.
static _Alignas(16) uint8_t signal_stack[65536];

static const struct jitter_run_request *child_request;

_Noreturn void jitter_child_end(void) {
    syscall(SYS_exit_group, 0);
    __builtin_unreachable();
}

static _Noreturn void fail(const char *call, int error) {
    struct jitter_control *control = jitter_child_control;
    size_t length = strlen(call);
    if (length >= sizeof control->failed_call) length = sizeof control->failed_call - 1;
    memcpy(control->failed_call, call, length);
    control->failed_call[length] = 0;
    control->failed_errno = error;
    control->status = JITTER_STATUS_SETUP_FAILED;
    jitter_child_end();
}

// The register order of jitter_control, from the kernel's saved user context.
static void copy_context(const ucontext_t *context, uint64_t *out) {
    static const int order[JITTER_REGISTER_COUNT] = {
        REG_RAX, REG_RBX, REG_RCX, REG_RDX, REG_RSI, REG_RDI, REG_RBP, REG_RSP,
        REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
        REG_RIP, REG_EFL,
    };
    for (int i = 0; i < JITTER_REGISTER_COUNT; i++) {
        out[i] = (uint64_t)context->uc_mcontext.gregs[order[i]];
    }
}

static void on_signal(int signal, siginfo_t *info, void *context) {
    if ((pid_t)syscall(SYS_getpid) != jitter_child_pid) {
        jitter_child_end();
    }
    struct jitter_control *control = jitter_child_control;
    copy_context((const ucontext_t *)context, control->registers_out);
    control->signal = signal;
    control->signal_code = info->si_code;
    control->fault_address = (uint64_t)(uintptr_t)info->si_addr;
    int from_parent = signal == child_request->stop_signal && info->si_code == SI_USER
        && info->si_pid == child_request->parent_pid;
    control->status = from_parent ? JITTER_STATUS_STOPPED : JITTER_STATUS_SIGNALED;
    jitter_child_end();
}

static void set_disposition(int signal, void (*action)(int, siginfo_t *, void *)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigfillset(&sa.sa_mask);
    if (action) {
        sa.sa_sigaction = action;
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    } else {
        sa.sa_handler = SIG_DFL;
    }
    if (sigaction(signal, &sa, NULL) != 0) fail("sigaction", errno);
}

static void ignore(int signal) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_IGN;
    if (sigaction(signal, &sa, NULL) != 0) fail("sigaction", errno);
}

static void record_maps(char *buffer, uint32_t *size) {
    int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail("open /proc/self/maps", errno);
    uint32_t used = 0;
    while (used < JITTER_MAPS_CAPACITY) {
        ssize_t n = read(fd, buffer + used, JITTER_MAPS_CAPACITY - used);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail("read /proc/self/maps", errno);
        if (n == 0) break;
        used += (uint32_t)n;
    }
    close(fd);
    *size = used;
}

// MAP_FIXED_NOREPLACE, checked: the address must be free in the address space inherited from
// the parent, never taken over.
static void map_fixed(uint64_t address, uint64_t size, int protection, int flags, int fd,
                      uint64_t offset, const char *what) {
    void *wanted = (void *)(uintptr_t)address;
    void *got = mmap(wanted, size, protection, flags | MAP_FIXED_NOREPLACE, fd, (off_t)offset);
    if (got == MAP_FAILED) fail(what, errno);
    if (got != wanted) {
        munmap(got, size);
        fail(what, EEXIST);
    }
}

static _Noreturn void child_main(const struct jitter_run_request *request,
                                 struct jitter_control *control) {
    jitter_child_pid = (pid_t)syscall(SYS_getpid);
    jitter_child_control = control;
    child_request = request;
    jitter_child_stub_address = request->stub_address;

    // Nothing may interrupt the set-up; the handlers inherited were cleared by the clone.
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, &all, NULL);

    if (setpgid(0, 0) != 0) fail("setpgid", errno);
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) fail("prctl", errno);
    if (getppid() != request->parent_pid) jitter_child_end();
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);

    for (int fd = 0; fd < 3; fd++) {
        int source = request->standard_streams[fd];
        if (source != fd && dup2(source, fd) != fd) fail("dup2 (standard stream)", errno);
    }

    stack_t alternate = {.ss_sp = signal_stack, .ss_size = sizeof signal_stack, .ss_flags = 0};
    if (sigaltstack(&alternate, NULL) != 0) fail("sigaltstack", errno);
    // Ignored signals survive the clone; give the code the defaults a fresh process has.
    static const int defaults[] = {SIGPIPE, SIGCHLD, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGALRM};
    for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++) {
        set_disposition(defaults[i], NULL);
    }
    // The child is a background process group: terminal reads fail instead of stopping it.
    ignore(SIGTTIN);
    ignore(SIGTTOU);
    static const int caught[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGSYS};
    for (size_t i = 0; i < sizeof caught / sizeof caught[0]; i++) {
        set_disposition(caught[i], on_signal);
    }
    set_disposition(request->stop_signal, on_signal);

    for (uint32_t i = 0; i < request->region_count; i++) {
        const struct jitter_region *region = &request->regions[i];
        map_fixed(region->address, region->size, PROT_READ | PROT_WRITE, MAP_SHARED,
                  request->memory_fd, region->file_offset, "mmap (sandbox region)");
    }

    // Write-xor-execute: the code pages are filled while read-write, then made read-execute.
    uint64_t page = 4096;
    uint64_t code_size = (request->code_size + page - 1) & ~(page - 1);
    map_fixed(request->code_address, code_size, PROT_READ | PROT_WRITE,
              MAP_PRIVATE | MAP_ANONYMOUS, -1, 0, "mmap (code)");
    memcpy((void *)(uintptr_t)request->code_address, request->code, request->code_size);
    if (request->record_maps) record_maps(control->maps_filling, &control->maps_filling_size);
    if (mprotect((void *)(uintptr_t)request->code_address, code_size, PROT_READ | PROT_EXEC) != 0) {
        fail("mprotect", errno);
    }
    if (request->record_maps) record_maps(control->maps_entering, &control->maps_entering_size);

    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    jitter_enter(control->registers_in);
}

// clone3(2) arguments, spelled out to avoid mixing <linux/sched.h> with glibc's headers.
struct clone_arguments {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
    uint64_t set_tid, set_tid_size, cgroup;
};
#define CLONE_PIDFD_FLAG 0x00001000ULL
#define CLONE_CLEAR_SIGHAND_FLAG 0x100000000ULL
#ifndef SYS_clone3
#define SYS_clone3 435
#endif

pid_t jitter_spawn(const struct jitter_run_request *request, struct jitter_control *control,
                   int *pidfd) {
    int descriptor = -1;
    struct clone_arguments arguments;
    memset(&arguments, 0, sizeof arguments);
    arguments.flags = CLONE_PIDFD_FLAG | CLONE_CLEAR_SIGHAND_FLAG;
    arguments.pidfd = (uint64_t)(uintptr_t)&descriptor;
    arguments.exit_signal = SIGCHLD;
    long pid = syscall(SYS_clone3, &arguments, sizeof arguments);
    if (pid < 0) return -1;
    if (pid == 0) child_main(request, control);
    // Also set from here, so the group exists whichever side runs first.
    setpgid((pid_t)pid, (pid_t)pid);
    *pidfd = descriptor;
    return (pid_t)pid;
}
