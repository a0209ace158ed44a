// The two doors between C and generated code: `jitter_enter` loads a full register state and
// jumps to the code; `jitter_exit` (reached through the exit stub) saves the full state
// without trusting rsp and hands over to `jitter_worker_finish`. Both run only in the worker.
//
// The extended state (x87, MMX, SSE, AVX, AVX-512, MXCSR) is loaded by XRSTOR and saved by
// XSAVE inside the assembly, so no compiled C runs between them and the code: C compiled by
// clang may use vector registers for its own copies. XSAVE (not XSAVEOPT or XSAVEC) keeps the
// standard format, where every component sits at the offset CPUID reports.

#include "freestanding.h"

#include <signal.h>
#include <stddef.h>
#include <sys/syscall.h>

__attribute__((visibility("hidden"))) struct jitter_statics jitter_statics;

// Offsets used by the assembly below, checked against the struct.
#define ENTRY_TARGET_OFFSET 144
#define EXIT_STACK_TOP_OFFSET 16560
#define XSAVE_MASK_OFFSET 82096
#define XSAVE_AREA_OFFSET 82112
_Static_assert(offsetof(struct jitter_statics, saved) == 0, "saved registers first");
_Static_assert(offsetof(struct jitter_statics, entry_target) == ENTRY_TARGET_OFFSET, "entry target");
_Static_assert(offsetof(struct jitter_statics, exit_stack) + sizeof(jitter_statics.exit_stack)
                   == EXIT_STACK_TOP_OFFSET, "exit stack top");
_Static_assert(offsetof(struct jitter_statics, xsave_mask) == XSAVE_MASK_OFFSET, "xsave mask");
_Static_assert(offsetof(struct jitter_statics, xsave_area) == XSAVE_AREA_OFFSET, "xsave area");
_Static_assert(XSAVE_AREA_OFFSET % 64 == 0, "XSAVE needs a 64-byte aligned area");
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

// jitter_enter(const uint64_t *registers): rdi points at rax…r15, rip, rflags.
// The extended state first (its test of the mask changes flags), then rflags (popfq on the
// current stack), then only movs, which leave the flags and the vector registers alone.
__asm__(
    ".intel_syntax noprefix\n"
    ".text\n"
    ".globl jitter_enter\n"
    ".hidden jitter_enter\n"
    ".type jitter_enter, @function\n"
    "jitter_enter:\n"
    "    mov eax, [rip + jitter_statics + " STRINGIFY(XSAVE_MASK_OFFSET) "]\n"
    "    mov edx, [rip + jitter_statics + " STRINGIFY(XSAVE_MASK_OFFSET) " + 4]\n"
    "    test rax, rax\n"
    "    jz 1f\n"
    "    xrstor64 [rip + jitter_statics + " STRINGIFY(XSAVE_AREA_OFFSET) "]\n"
    "    jmp 2f\n"
    "1:  fxrstor64 [rip + jitter_statics + " STRINGIFY(XSAVE_AREA_OFFSET) "]\n"
    "2:  push qword ptr [rdi + 17*8]\n"
    "    popfq\n"
    "    mov rax, [rdi + 16*8]\n"
    "    mov [rip + jitter_statics + " STRINGIFY(ENTRY_TARGET_OFFSET) "], rax\n"
    "    mov rax, [rdi + 0*8]\n"
    "    mov rbx, [rdi + 1*8]\n"
    "    mov rcx, [rdi + 2*8]\n"
    "    mov rdx, [rdi + 3*8]\n"
    "    mov rsi, [rdi + 4*8]\n"
    "    mov rbp, [rdi + 6*8]\n"
    "    mov rsp, [rdi + 7*8]\n"
    "    mov r8,  [rdi + 8*8]\n"
    "    mov r9,  [rdi + 9*8]\n"
    "    mov r10, [rdi + 10*8]\n"
    "    mov r11, [rdi + 11*8]\n"
    "    mov r12, [rdi + 12*8]\n"
    "    mov r13, [rdi + 13*8]\n"
    "    mov r14, [rdi + 14*8]\n"
    "    mov r15, [rdi + 15*8]\n"
    "    mov rdi, [rdi + 5*8]\n"
    "    jmp qword ptr [rip + jitter_statics + " STRINGIFY(ENTRY_TARGET_OFFSET) "]\n"
    ".size jitter_enter, . - jitter_enter\n"
    "\n"
    // jitter_exit: stores first (movs keep the flags), then a known stack for pushfq, then
    // clean flags (DF, AC and TF cleared) before any C runs.
    ".globl jitter_exit\n"
    ".hidden jitter_exit\n"
    ".type jitter_exit, @function\n"
    "jitter_exit:\n"
    "    mov [rip + jitter_statics + 0*8], rax\n"
    "    mov [rip + jitter_statics + 1*8], rbx\n"
    "    mov [rip + jitter_statics + 2*8], rcx\n"
    "    mov [rip + jitter_statics + 3*8], rdx\n"
    "    mov [rip + jitter_statics + 4*8], rsi\n"
    "    mov [rip + jitter_statics + 5*8], rdi\n"
    "    mov [rip + jitter_statics + 6*8], rbp\n"
    "    mov [rip + jitter_statics + 7*8], rsp\n"
    "    mov [rip + jitter_statics + 8*8], r8\n"
    "    mov [rip + jitter_statics + 9*8], r9\n"
    "    mov [rip + jitter_statics + 10*8], r10\n"
    "    mov [rip + jitter_statics + 11*8], r11\n"
    "    mov [rip + jitter_statics + 12*8], r12\n"
    "    mov [rip + jitter_statics + 13*8], r13\n"
    "    mov [rip + jitter_statics + 14*8], r14\n"
    "    mov [rip + jitter_statics + 15*8], r15\n"
    "    lea rsp, [rip + jitter_statics + " STRINGIFY(EXIT_STACK_TOP_OFFSET) "]\n"
    "    pushfq\n"
    "    pop rax\n"
    "    mov [rip + jitter_statics + 17*8], rax\n"
    "    push 2\n"
    "    popfq\n"
    "    mov eax, [rip + jitter_statics + " STRINGIFY(XSAVE_MASK_OFFSET) "]\n"
    "    mov edx, [rip + jitter_statics + " STRINGIFY(XSAVE_MASK_OFFSET) " + 4]\n"
    "    test rax, rax\n"
    "    jz 1f\n"
    "    xsave64 [rip + jitter_statics + " STRINGIFY(XSAVE_AREA_OFFSET) "]\n"
    "    jmp 2f\n"
    "1:  fxsave64 [rip + jitter_statics + " STRINGIFY(XSAVE_AREA_OFFSET) "]\n"
    "2:  call jitter_worker_finish\n"
    "    ud2\n"
    ".size jitter_exit, . - jitter_exit\n"
    "\n"
    // The signal return trampoline the kernel needs as sa_restorer (there is no libc to lend one).
    ".globl jitter_signal_return\n"
    ".hidden jitter_signal_return\n"
    ".type jitter_signal_return, @function\n"
    "jitter_signal_return:\n"
    "    mov eax, 15\n"
    "    syscall\n"
    "    ud2\n"
    ".size jitter_signal_return, . - jitter_signal_return\n"
    ".att_syntax prefix\n");

uint64_t jitter_exit_address(void) {
    return (uint64_t)(uintptr_t)&jitter_exit;
}

JITTER_FREESTANDING _Noreturn void jitter_exit_group(int status) {
    for (;;) jitter_syscall1(SYS_exit_group, status);
}

// Called on the exit stack with clean flags. A process the code forked reaches here too, with
// a copy of the statics: only the worker itself may report.
JITTER_FREESTANDING __attribute__((used)) _Noreturn void jitter_worker_finish(void) {
    if (jitter_syscall0(SYS_getpid) != jitter_statics.worker_pid) jitter_exit_group(0);
    // A stop from now on would find the state half copied: it waits, and dies with the worker.
    uint64_t all = ~(uint64_t)0;
    jitter_syscall4(SYS_rt_sigprocmask, SIG_BLOCK, &all, 0, sizeof all);
    struct jitter_control *control = jitter_statics.control;
    jitter_statics.saved[JITTER_RIP_INDEX] = control->stub_address;
    jitter_copy(control->registers_out, jitter_statics.saved, sizeof jitter_statics.saved);
    uint32_t size = control->xstate_size <= JITTER_XSTATE_CAPACITY ? control->xstate_size : JITTER_XSTATE_CAPACITY;
    jitter_copy(control->xstate_out, jitter_statics.xsave_area, size);
    control->xstate_out_size = size;
    control->status = JITTER_STATUS_RETURNED;
    jitter_exit_group(0);
}
