; Lesson 6: system calls
;
;   jitter test lessons/06-syscalls.asm
;
; A program asks the Linux kernel to do things for it (write to a file, read the time,
; exit) with the `syscall` instruction. The call number goes in rax, the arguments in
; rdi, rsi, rdx, r10, r8 and r9, and the result comes back in rax: a count or a value
; on success, or a negative error number (-errno) on failure. syscall itself
; overwrites rcx and r11.
;
; Your code runs in a separate, sandboxed process, so it cannot hurt Jitter: a crash, an
; endless loop or an exit is reported, and Jitter carries on.

; write(fd, buffer, count) is call 1. File descriptor 1 is standard output, so this
; prints a line, and rax receives the number of bytes written.
section .data
message: db "Hello from a syscall!", 10
length equ $ - message
section .text
        mov eax, 1
        mov edi, 1
        lea rsi, [rip + message]
        mov edx, length
        syscall
        ret
; expect rax == 22

; getpid() is call 39: no arguments, and the result is the process id.
        mov eax, 39
        syscall
        ret
; expect rax > 0

; Errors come back as negative numbers. File descriptor 99 is not open, so write
; returns -9, which is -EBADF ("bad file descriptor").
        mov eax, 1
        mov edi, 99
        xor esi, esi
        xor edx, edx
        syscall
        ret
; expect rax == -9

; syscall saves the return address in rcx and rflags in r11, replacing what they held.
        mov ecx, 7
        mov r11d, 7
        mov eax, 39
        syscall
        ret
; expect rcx != 7
; expect r11 != 7

; exit(status) is call 60. It ends the process that runs the code, so there is no
; return value: Jitter reports "exited with status 3" and keeps the registers as they
; were before the run. (exit_group, call 231, ends every thread of the process.)
        mov eax, 60
        mov edi, 3
        syscall
        ret
; expect rax != 60
