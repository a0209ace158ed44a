// The two doors between C and generated code: `jitter_enter` loads a full register state and
// jumps to the code; `jitter_exit` (reached through the exit stub) saves the full state
// without trusting rsp and hands over to `jitter_child_finish`. Both run only in the child.

#include "jitter_trampoline.h"
#include "jitter_child.h"

#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define HIDDEN __attribute__((visibility("hidden"), used))

// Written by `jitter_exit` with plain RIP-relative stores, so no register is needed to find it.
HIDDEN uint64_t jitter_saved[JITTER_REGISTER_COUNT];
// The entry address, read by the final indirect jump of `jitter_enter` once every register is loaded.
HIDDEN uint64_t jitter_entry_target;
// A stack of our own for the way out: the code may have left rsp anywhere, or smashed the C stack.
HIDDEN _Alignas(16) uint8_t jitter_exit_stack[16384];

pid_t jitter_child_pid;
struct jitter_control *jitter_child_control;
uint64_t jitter_child_stub_address;

// jitter_enter(const uint64_t *registers): rdi points at rax…r15, rip, rflags.
// rflags first (popfq on the C stack), then only movs, which leave the flags alone.
__asm__(
    ".intel_syntax noprefix\n"
    ".text\n"
    ".globl jitter_enter\n"
    ".hidden jitter_enter\n"
    ".type jitter_enter, @function\n"
    "jitter_enter:\n"
    "    push qword ptr [rdi + 17*8]\n"
    "    popfq\n"
    "    mov rax, [rdi + 16*8]\n"
    "    mov [rip + jitter_entry_target], rax\n"
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
    "    jmp qword ptr [rip + jitter_entry_target]\n"
    ".size jitter_enter, . - jitter_enter\n"
    "\n"
    // jitter_exit: stores first (movs keep the flags), then a known stack for pushfq, then
    // clean flags (DF, AC and TF cleared) before any C runs.
    ".globl jitter_exit\n"
    ".hidden jitter_exit\n"
    ".type jitter_exit, @function\n"
    "jitter_exit:\n"
    "    mov [rip + jitter_saved + 0*8], rax\n"
    "    mov [rip + jitter_saved + 1*8], rbx\n"
    "    mov [rip + jitter_saved + 2*8], rcx\n"
    "    mov [rip + jitter_saved + 3*8], rdx\n"
    "    mov [rip + jitter_saved + 4*8], rsi\n"
    "    mov [rip + jitter_saved + 5*8], rdi\n"
    "    mov [rip + jitter_saved + 6*8], rbp\n"
    "    mov [rip + jitter_saved + 7*8], rsp\n"
    "    mov [rip + jitter_saved + 8*8], r8\n"
    "    mov [rip + jitter_saved + 9*8], r9\n"
    "    mov [rip + jitter_saved + 10*8], r10\n"
    "    mov [rip + jitter_saved + 11*8], r11\n"
    "    mov [rip + jitter_saved + 12*8], r12\n"
    "    mov [rip + jitter_saved + 13*8], r13\n"
    "    mov [rip + jitter_saved + 14*8], r14\n"
    "    mov [rip + jitter_saved + 15*8], r15\n"
    "    lea rsp, [rip + jitter_exit_stack + 16384]\n"
    "    pushfq\n"
    "    pop rax\n"
    "    mov [rip + jitter_saved + 17*8], rax\n"
    "    push 2\n"
    "    popfq\n"
    "    call jitter_child_finish\n"
    "    ud2\n"
    ".size jitter_exit, . - jitter_exit\n"
    ".att_syntax prefix\n");

extern void jitter_exit(void);

uint64_t jitter_exit_address(void) {
    return (uint64_t)(uintptr_t)&jitter_exit;
}

// Called on the exit stack with clean flags. A process the code forked reaches here too, with
// a copy of our globals: only the child the parent spawned may report.
HIDDEN _Noreturn void jitter_child_finish(void) {
    if ((pid_t)syscall(SYS_getpid) != jitter_child_pid) {
        syscall(SYS_exit_group, 0);
    }
    struct jitter_control *control = jitter_child_control;
    jitter_saved[JITTER_RIP_INDEX] = jitter_child_stub_address;
    memcpy(control->registers_out, jitter_saved, sizeof jitter_saved);
    control->status = JITTER_STATUS_RETURNED;
    jitter_child_end();
}
