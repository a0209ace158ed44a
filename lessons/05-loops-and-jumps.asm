; Lesson 5: jumps and loops
;
;   jitter test lessons/05-loops-and-jumps.asm
;
; jmp always jumps. A conditional jump (jcc) jumps only when the flags say so; cc names
; the test: je/jz (ZF=1), jne/jnz (ZF=0), and after `cmp a, b`:
;   signed:    jl  jle  jg  jge    (less, less or equal, greater, greater or equal)
;   unsigned:  jb  jbe  ja  jae    (below, below or equal, above, above or equal)
; A jump stores the distance to its target, not the target itself: one byte when the
; target is within 127 bytes (eb/7x), four otherwise. `.explain jne 0x40` shows it.

; A counting loop: sum 10 + 9 + ... + 1. dec sets ZF when ecx reaches 0, and jnz jumps
; back while it has not.
        xor eax, eax
        mov ecx, 10
again:
        add eax, ecx
        dec ecx
        jnz again
        ret
; expect eax == 55
; expect ecx == 0

; `loop` does "dec rcx; jnz" in one instruction (and does not touch the flags).
; 5 factorial:
        mov eax, 1
        mov ecx, 5
multiply:
        imul eax, ecx
        loop multiply
        ret
; expect eax == 120

; if/else with cmp and a conditional jump: keep the larger of eax and ebx.
        mov eax, 17
        mov ebx, 42
        cmp eax, ebx
        jge keep
        mov eax, ebx
keep:
        ret
; expect eax == 42

; The same without a jump: cmov moves only when its condition holds.
        mov eax, 17
        mov ebx, 42
        cmp eax, ebx
        cmovl eax, ebx
        ret
; expect eax == 42

; Signed or unsigned is decided by the jump, not by the numbers: the bits 0xffffffff
; are -1 (less than 1) to jl, and 4294967295 (not below 1) to jb. setcc stores a
; condition as 0 or 1.
        mov eax, -1
        cmp eax, 1
        setl cl
        setb dl
        ret
; expect cl == 1
; expect dl == 0

; A while loop that tests first: count how many times 1000 can be halved before it
; reaches 0 (the number of significant bits).
        mov eax, 1000
        xor ecx, ecx
test_top:
        test eax, eax
        jz test_done
        shr eax, 1
        inc ecx
        jmp test_top
test_done:
        ret
; expect ecx == 10

; Walking an array: add up five numbers stored in the data region.
section .data
numbers: dd 3, 1, 4, 1, 5
section .text
        lea rsi, [rip + numbers]
        xor eax, eax
        xor ecx, ecx
sum:
        add eax, dword ptr [rsi + rcx*4]
        inc ecx
        cmp ecx, 5
        jb sum
        ret
; expect eax == 14
