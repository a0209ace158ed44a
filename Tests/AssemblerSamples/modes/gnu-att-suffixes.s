# AT&T suffixes that name the operand size outside 64-bit mode, as GNU as reads them:
# the stack, return and far-branch forms, lgdt, les, bound and sized pushes; and EVEX
# displacements in 16-bit addresses, counted in units of N as in 32-bit ones.
        .att_syntax
        entry = 0x1000
        .code16
start16:
        pushl %fs
        pushw %fs
        pushw %es
        pushl %es
        popl %ds
        retl
        retw
        retl $4
        retw $4
        lretw
        lretl
        calll *%eax
        callw *%ax
        jmpl *%eax
        jmpw *%ax
        calll *(%ebx)
        callw *(%bx)
        jmpw *(%bx)
        jmpl *(%bx)
        lcallw *(%bx)
        lcalll *(%bx)
        ljmpw *(%bx)
        ljmpl *(%bx)
        pushw $-1
        pushl $-1
        pushw $0x1234
        pushl $0x1234
        iretl
        iretw
        lgdtw (%bx)
        lgdtl (%bx)
        sidtl (%bx)
        pushal
        pushaw
        popal
        popaw
        pushfl
        pushfw
        popfl
        popfw
        lesw (%bx), %ax
        lesl (%bx), %eax
        ldsl (%bx), %eax
        bound %ax, (%bx)
        bound %eax, (%bx)
        ljmpw $0x8, $entry
        ljmpl $0x8, $entry
        lcallw $0x8, $entry
        lcalll $0x8, $entry
        ljmp $0x8, $entry
        lcall $0x8, $entry
        pushw (%bx)
        pushl (%bx)
        leavew
        leavel
        cbtw
        cwtl
        enterw $16, $0
        .code32
        vcvtusi2sdl 0x4(%bx,%si), %xmm6, %xmm2
        vaddps 0x40(%bx), %zmm1, %zmm2
        vaddps 0x44(%bx), %zmm1, %zmm2
        vaddps 0x4000(%bx), %zmm1, %zmm2
        vaddps (%bp), %zmm1, %zmm2
start32:
        pushl %fs
        pushw %fs
        pushw %es
        pushl %es
        popl %ds
        retl
        retw
        retl $4
        retw $4
        lretw
        lretl
        calll *%eax
        callw *%ax
        jmpl *%eax
        jmpw *%ax
        calll *(%ebx)
        callw *(%bx)
        jmpw *(%bx)
        jmpl *(%bx)
        lcallw *(%bx)
        lcalll *(%bx)
        ljmpw *(%bx)
        ljmpl *(%bx)
        pushw $-1
        pushl $-1
        pushw $0x1234
        pushl $0x1234
        iretl
        iretw
        lgdtw (%bx)
        lgdtl (%bx)
        sidtl (%bx)
        pushal
        pushaw
        popal
        popaw
        pushfl
        pushfw
        popfl
        popfw
        lesw (%bx), %ax
        lesl (%bx), %eax
        ldsl (%bx), %eax
        bound %ax, (%bx)
        bound %eax, (%bx)
        ljmpw $0x8, $entry
        ljmpl $0x8, $entry
        lcallw $0x8, $entry
        lcalll $0x8, $entry
        ljmp $0x8, $entry
        lcall $0x8, $entry
        pushw (%bx)
        pushl (%bx)
        leavew
        leavel
        cbtw
        cwtl
        enterw $16, $0
