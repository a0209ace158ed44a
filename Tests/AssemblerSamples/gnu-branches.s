# Branches to labels: short where they reach, rel32 where they must, decided the way
# llvm-mc and GNU as decide (start short, grow until nothing changes).
        .intel_syntax noprefix
        .text
        .globl _start
_start:
        jmp     .Lforward_short         # 2 bytes away
        nop
        nop
.Lforward_short:
        je      .Lexactly_127           # +127: the last distance a rel8 reaches
        .fill   127, 1, 0x90
.Lexactly_127:
        jne     .Lexactly_128           # +128: one too far, rel32
        .fill   128, 1, 0x90
.Lexactly_128:
        .fill   126, 1, 0x90
        jb      .Lforward_short2
.Lforward_short2:
        jmp     .Lexactly_127           # backwards, far
back:
        .fill   120, 1, 0x90
        ja      back                    # -122: short
        jg      back                    # -124: short
        jl      back                    # -126: short
        jle     back                    # -128: the last short one
        jge     back                    # -130: rel32
# A chain: each branch's size decides whether the next one reaches.
chain:
        jmp     c1
        jmp     c2
        jmp     c3
        .fill   120, 1, 0x90
c1:     nop
        .fill   2, 1, 0x90
c2:     nop
        .fill   2, 1, 0x90
c3:     ret
# Every condition, numeric labels, calls.
1:      jo 1f
        jno 1b
        jb 1f
        jnae 1b
        jc 1f
        jae 1f
        jnb 1b
        jnc 1f
        je 1f
        jz 1b
        jne 1f
        jnz 1b
        jbe 1f
        jna 1b
        ja 1f
        jnbe 1b
        js 1f
        jns 1b
        jp 1f
        jpe 1b
        jnp 1f
        jpo 1b
        jl 1f
        jnge 1b
        jge 1f
        jnl 1b
        jle 1f
        jng 1b
        jg 1f
        jnle 1b
1:      call    chain
        call    1f
        loop    1b
        loope   1b
        loopne  1b
        jrcxz   1b
        jecxz   1b
1:      jmp     _start
        call    _start
        ret
