; Lesson 2: arithmetic and flags
;
;   jitter test lessons/02-arithmetic-and-flags.asm
;
; Arithmetic instructions store their result and also describe it in rflags, one bit
; per fact. The four you will use most:
;   ZF  zero flag      the result is zero
;   SF  sign flag      the result is negative (its top bit is 1)
;   CF  carry flag     an unsigned result did not fit: a carry out, or a borrow
;   OF  overflow flag  a signed result did not fit
; Jitter shows the flags after every run. `.explain add eax, 10` lists, for any
; instruction, which flags it reads, writes, sets, clears or leaves undefined.

; add: 40 + 10 = 50. Not zero, not negative, no carry, no overflow.
        mov eax, 40
        add eax, 10
        ret
; expect rax == 50
; expect zf == 0
; expect sf == 0
; expect cf == 0
; expect of == 0

; sub: 50 - 50 = 0, so ZF is set.
        sub eax, 50
        ret
; expect rax == 0
; expect zf == 1

; 0 - 1 borrows: as an unsigned number the result wraps around to 0xffffffff and CF
; records the borrow; as a signed number it is -1, negative, so SF is set too.
        sub eax, 1
        ret
; expect eax == 0xffffffff
; expect eax == -1
; expect cf == 1
; expect sf == 1

; Signed overflow: the largest signed 32-bit number plus one. The bits are right for
; unsigned arithmetic (no carry), but a positive plus a positive gave a negative: OF.
        mov eax, 0x7fffffff
        add eax, 1
        ret
; expect eax == 0x80000000
; expect of == 1
; expect sf == 1
; expect cf == 0

; Unsigned carry: 0xffffffff + 1 does not fit in 32 bits. The result is 0 with CF set,
; and no signed overflow (-1 + 1 = 0 is fine for signed numbers).
        mov eax, 0xffffffff
        add eax, 1
        ret
; expect eax == 0
; expect cf == 1
; expect zf == 1
; expect of == 0

; cmp subtracts without storing the result: only the flags change. This is how code
; compares numbers before a conditional jump (lesson 5). 5 - 7 borrows, so CF says
; "below" for unsigned numbers; SF != OF says "less" for signed numbers.
        mov eax, 5
        cmp eax, 7
        ret
; expect rax == 5
; expect cf == 1
; expect zf == 0
; expect sf == 1

; inc and dec add or subtract one but leave CF alone, unlike add and sub. stc sets CF
; so you can see it survive.
        stc
        mov ecx, 9
        inc ecx
        ret
; expect ecx == 10
; expect cf == 1

; neg computes 0 - x.
        mov edx, 5
        neg edx
        ret
; expect edx == -5

; imul multiplies signed numbers; with two operands the result goes in the first.
        mov eax, 6
        mov ecx, -7
        imul eax, ecx
        ret
; expect eax == -42

; div divides the 128-bit number rdx:rax (edx:eax for 32-bit operands) by its operand:
; the quotient goes to eax and the remainder to edx. Clear edx first! (Dividing by zero
; raises SIGFPE; Jitter reports it and carries on.)
        mov eax, 100
        xor edx, edx
        mov ecx, 7
        div ecx
        ret
; expect eax == 14
; expect edx == 2

; xor of a register with itself is the usual way to zero it: 2 bytes instead of the 5 of
; `mov eax, 0`. and, or and xor clear CF and OF and set ZF/SF from the result.
        xor eax, eax
        ret
; expect rax == 0
; expect zf == 1
; expect cf == 0

; adc adds the carry flag too, which chains additions into wider numbers. Here two
; 64-bit halves make one 128-bit number, rdx:rax = 0xffffffffffffffff + 1.
        mov rax, -1
        xor edx, edx
        add rax, 1
        adc rdx, 0
        ret
; expect rax == 0
; expect rdx == 1
