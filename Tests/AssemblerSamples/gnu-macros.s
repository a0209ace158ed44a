# GNU as macros. Expected bytes: as --64 gnu-macros.s -o o.o && objcopy -O binary -j .text o.o o.bin
.intel_syntax noprefix
.set COUNT, 3
.macro addn reg, val=1
    add \reg, \val
.endm
.macro pushall r:vararg
.irp x, \r
    push \x
.endr
.endm
.macro lab
L\@: nop
    jmp L\@
.endm
    addn rax
    addn rbx, 5
.rept COUNT
    inc eax
.endr
    pushall rax, rbx, rcx
.irpc c, 123
    mov eax, \c
.endr
.if COUNT > 2
    ret
.else
    int3
.endif
.ifdef COUNT
    nop
.endif
.ifndef NOPE
    hlt
.endif
.ifc abc, abc
    cld
.endif
.ifb
    std
.endif
    lab
    lab
.macro early x
.if \x == 0
.exitm
.endif
    mov ecx, \x
.endm
    early 0
    early 7
