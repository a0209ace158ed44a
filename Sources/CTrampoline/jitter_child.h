#ifndef JITTER_CHILD_H
#define JITTER_CHILD_H

// What the child's pieces share. Private to CTrampoline.

#include "jitter_trampoline.h"

/// The spawned child's pid: a process forked by the code has another and must stay silent.
extern pid_t jitter_child_pid;
/// Where the child reports.
extern struct jitter_control *jitter_child_control;
/// Address of the exit stub, reported as rip when the code leaves through it.
extern uint64_t jitter_child_stub_address;

/// Loads `registers` (rax…r15, rip, rflags) and jumps to registers[rip]. Never returns.
_Noreturn void jitter_enter(const uint64_t *registers);

/// Ends the child after it has reported. Never returns.
_Noreturn void jitter_child_end(void);

#endif
