// The door from C into generated code. `jitter_enter` loads the extended state (XRSTOR), then
// rflags and the general registers, and jumps to the code's rip: everything from the worker's
// own statics, which the worker filled from the request before it unmapped the control block.
// There is no door back: the code ends at an `int3` (the exit stub), a fault or a stop, and
// the supervisor, its tracer, reads the registers of the stopped worker. In a run the
// supervisor watches, the worker stops at an `int3` of its own just before the jump, where the
// supervisor starts watching for system calls.
//
// XRSTOR runs inside the assembly, so no compiled C runs between it and the code: C compiled
// by clang may use vector registers for its own copies. From XRSTOR on only general
// registers and rflags change, each to its final value.

#include "freestanding.h"

#include <stddef.h>
#include <sys/syscall.h>

__attribute__((visibility("hidden"))) struct jitter_statics jitter_statics;

// Offsets used by the assembly below, checked against the struct.
#define XSAVE_MASK_OFFSET 0
#define REGISTERS_OFFSET 8
#define ENTRY_JUMP_OFFSET 152
#define ENTRY_STACK_OFFSET 160
#define XSAVE_AREA_OFFSET 192
_Static_assert(offsetof(struct jitter_statics, xsave_mask) == XSAVE_MASK_OFFSET, "xsave mask");
_Static_assert(offsetof(struct jitter_statics, registers) == REGISTERS_OFFSET, "registers");
_Static_assert(offsetof(struct jitter_statics, entry_jump) == ENTRY_JUMP_OFFSET, "entry jump");
_Static_assert(offsetof(struct jitter_statics, entry_stack) == ENTRY_STACK_OFFSET, "entry stack");
_Static_assert(offsetof(struct jitter_statics, xsave_area) == XSAVE_AREA_OFFSET, "xsave area");
_Static_assert(XSAVE_AREA_OFFSET % 64 == 0, "XRSTOR needs a 64-byte aligned area");
_Static_assert(JITTER_REGISTER_COUNT == 18 && JITTER_RSP_INDEX == 7 && JITTER_RIP_INDEX == 16
                   && JITTER_RFLAGS_INDEX == 17,
               "the register order written below");
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)
// registers[i], RIP-relative: the address needs no register.
#define REG(i) "[rip + jitter_statics + " STRINGIFY(REGISTERS_OFFSET) " + " #i " * 8]"

__asm__(
    ".intel_syntax noprefix\n"
    ".text\n"
    ".globl jitter_enter\n"
    ".hidden jitter_enter\n"
    ".type jitter_enter, @function\n"
    "jitter_enter:\n"
    "    lea rdi, [rip + jitter_statics]\n"
    "    mov eax, [rdi + " STRINGIFY(XSAVE_MASK_OFFSET) "]\n"
    "    mov edx, [rdi + " STRINGIFY(XSAVE_MASK_OFFSET) " + 4]\n"
    "    test rax, rax\n"
    "    jz 1f\n"
    "    xrstor64 [rdi + " STRINGIFY(XSAVE_AREA_OFFSET) "]\n"
    "    jmp 2f\n"
    "1:  fxrstor64 [rdi + " STRINGIFY(XSAVE_AREA_OFFSET) "]\n"
    // rflags through a stack of the worker's own (popfq is the only way to write them); the
    // moves after it leave the flags alone.
    "2:  lea rsp, [rdi + " STRINGIFY(ENTRY_STACK_OFFSET) " + 32]\n"
    "    push qword ptr " REG(17) "\n"
    "    popfq\n"
    "    mov rax, qword ptr " REG(0) "\n"
    "    mov rbx, qword ptr " REG(1) "\n"
    "    mov rcx, qword ptr " REG(2) "\n"
    "    mov rdx, qword ptr " REG(3) "\n"
    "    mov rsi, qword ptr " REG(4) "\n"
    "    mov rdi, qword ptr " REG(5) "\n"
    "    mov rbp, qword ptr " REG(6) "\n"
    "    mov rsp, qword ptr " REG(7) "\n"
    "    mov r8, qword ptr " REG(8) "\n"
    "    mov r9, qword ptr " REG(9) "\n"
    "    mov r10, qword ptr " REG(10) "\n"
    "    mov r11, qword ptr " REG(11) "\n"
    "    mov r12, qword ptr " REG(12) "\n"
    "    mov r13, qword ptr " REG(13) "\n"
    "    mov r14, qword ptr " REG(14) "\n"
    "    mov r15, qword ptr " REG(15) "\n"
    "    jmp qword ptr [rip + jitter_statics + " STRINGIFY(ENTRY_JUMP_OFFSET) "]\n"
    // The supervisor's cue, when it watches the run: from this stop on it watches for system
    // calls (PTRACE_SYSCALL), so that it knows whether the code made any.
    ".globl jitter_enter_trap\n"
    ".hidden jitter_enter_trap\n"
    "jitter_enter_trap:\n"
    "    int3\n"
    ".globl jitter_enter_trapped\n"
    ".hidden jitter_enter_trapped\n"
    "jitter_enter_trapped:\n"
    "    jmp qword ptr " REG(16) "\n"
    ".globl jitter_enter_end\n"
    ".hidden jitter_enter_end\n"
    "jitter_enter_end:\n"
    ".size jitter_enter, . - jitter_enter\n"
    ".att_syntax prefix\n");

JITTER_FREESTANDING _Noreturn void jitter_exit_group(int status) {
    for (;;) jitter_syscall1(SYS_exit_group, status);
}
