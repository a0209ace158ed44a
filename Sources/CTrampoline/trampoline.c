// The door from C into generated code. `jitter_enter` loads the extended state (XRSTOR) and
// stops the worker; at that stop the tracing supervisor writes the general registers (rip
// included) into the stopped worker, so the first instruction the worker runs after it is the
// code's own. There is no door back: the code ends at an `int3` (the exit stub), a fault or a
// stop, and the supervisor reads the registers of the stopped worker.
//
// XRSTOR runs inside the assembly, so no compiled C runs between it and the code: C compiled
// by clang may use vector registers for its own copies. The system call that stops the worker
// uses general registers only, which the supervisor overwrites.

#include "freestanding.h"

#include <signal.h>
#include <stddef.h>
#include <sys/syscall.h>

__attribute__((visibility("hidden"))) struct jitter_statics jitter_statics;

// Offsets used by the assembly below, checked against the struct.
#define XSAVE_MASK_OFFSET 0
#define XSAVE_AREA_OFFSET 64
_Static_assert(offsetof(struct jitter_statics, xsave_mask) == XSAVE_MASK_OFFSET, "xsave mask");
_Static_assert(offsetof(struct jitter_statics, xsave_area) == XSAVE_AREA_OFFSET, "xsave area");
_Static_assert(XSAVE_AREA_OFFSET % 64 == 0, "XRSTOR needs a 64-byte aligned area");
_Static_assert(SYS_kill == 62 && SIGSTOP == 19, "the numbers written below");
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

// jitter_enter(pid): edi is the worker's pid.
__asm__(
    ".intel_syntax noprefix\n"
    ".text\n"
    ".globl jitter_enter\n"
    ".hidden jitter_enter\n"
    ".type jitter_enter, @function\n"
    "jitter_enter:\n"
    "    mov r8d, edi\n"
    "    lea rdi, [rip + jitter_statics]\n"
    "    mov eax, [rdi + " STRINGIFY(XSAVE_MASK_OFFSET) "]\n"
    "    mov edx, [rdi + " STRINGIFY(XSAVE_MASK_OFFSET) " + 4]\n"
    "    test rax, rax\n"
    "    jz 1f\n"
    "    xrstor64 [rdi + " STRINGIFY(XSAVE_AREA_OFFSET) "]\n"
    "    jmp 2f\n"
    "1:  fxrstor64 [rdi + " STRINGIFY(XSAVE_AREA_OFFSET) "]\n"
    "2:  mov edi, r8d\n"
    "    mov esi, 19\n"
    "    mov eax, 62\n"
    "    syscall\n"
    // Never reached: the supervisor moved rip to the code.
    "    ud2\n"
    ".size jitter_enter, . - jitter_enter\n"
    ".att_syntax prefix\n");

JITTER_FREESTANDING _Noreturn void jitter_exit_group(int status) {
    for (;;) jitter_syscall1(SYS_exit_group, status);
}
