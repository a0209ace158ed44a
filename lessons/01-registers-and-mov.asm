; Lesson 1: registers and mov
;
;   jitter lessons/01-registers-and-mov.asm        runs the lesson, showing every step
;   jitter test lessons/01-registers-and-mov.asm   checks the `; expect` lines
;
; Or type the lines yourself at the `jitter>` prompt. Jitter prints the bytes of each
; instruction as soon as you type it, collects the lines into a block, and runs the block
; when you type `ret`. The value left in rax is the block's return value, and every
; register keeps its value from one run to the next.
;
; An `; expect` line checks the registers after the most recent run above it.

; x86-64 has sixteen 64-bit general-purpose registers:
;   rax rbx rcx rdx rsi rdi rbp rsp r8 r9 r10 r11 r12 r13 r14 r15
; `mov` copies a value into a register. Here the value is an immediate, a number stored
; inside the instruction itself: the bytes are b8 32 00 00 00. b8 means "mov eax, imm32"
; and 32 00 00 00 is 50 (0x32) written lowest byte first: x86 is little-endian.
; (Type `.explain mov eax, 50` to see every field.)
        mov eax, 50
        ret
; expect rax == 50

; A register can be used in smaller pieces. eax is the low 32 bits of rax, ax the low
; 16 bits, al the low 8 bits, and ah bits 8 to 15.
        mov rax, 0x1122334455667788
        ret
; expect eax == 0x55667788
; expect ax == 0x7788
; expect al == 0x88
; expect ah == 0x77

; A rule worth remembering: writing a 32-bit register zeroes the upper 32 bits of the
; 64-bit register...
        mov eax, 1
        ret
; expect rax == 1

; ...while writing 8 or 16 bits leaves the other bits as they were.
        mov rax, -1
        mov al, 0
        mov ah, 0x12
        ret
; expect rax == 0xffffffffffff1200

; mov also copies from register to register; the source stays unchanged.
        mov rbx, rax
        mov ecx, 7
        mov rdx, rcx
        ret
; expect rbx == 0xffffffffffff1200
; expect rdx == 7
; expect rcx == 7

; r8 to r15 exist only in 64-bit mode. Naming them costs a REX prefix byte: the bytes
; of the next line start with 41, a REX prefix whose B bit adds 8 to the register
; number stored in the opcode.
        mov r8d, 1234
        ret
; expect r8 == 1234

; xchg swaps two registers.
        mov eax, 1
        mov ebx, 2
        xchg eax, ebx
        ret
; expect eax == 2
; expect ebx == 1

; movzx and movsx copy a small value into a bigger register. movzx fills the new bits
; with zeros; movsx copies the sign bit into them, so a negative number stays negative.
        mov cl, -2
        movzx eax, cl
        movsx rdx, cl
        ret
; expect cl == 0xfe
; expect rax == 254
; expect rdx == -2
