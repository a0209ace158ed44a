# Symbol names as whole operands and as terms of an address, next to what only looks like
# them. GNU as is the oracle: llvm-mc 14 does not read `.` as the current address.
        .intel_syntax noprefix
        .text
names:
        jmp     .                       # the current address, not a symbol named '.'
        jmp     .+2
        jmp     names
        call    names + 1
        lea     rax, [rip + names]
        lea     rax, [rip + .Lafter]
        lea     rcx, [rip + names - 4]
        mov     eax, dword ptr [rip + .Lafter + 4]
        lea     rdx, [rip + 2*3 + names]
        jmp     [rip + .Lafter]
.Lafter:
        ret
