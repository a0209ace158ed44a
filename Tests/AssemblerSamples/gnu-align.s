# Alignment: NOPs in code exactly as llvm-mc pads, zeros or the fill byte in data.
        .intel_syntax noprefix
        .text
        nop
        .p2align 4
        ret
        .align  8
        inc     eax
        .balign 16
        xor     eax, eax
        .p2align 5
        int3
        .p2align 4, 0xcc
        ret
        .p2align 3,,7
        push    rbx
        .balign 32
        jmp     done
        .p2align 6
done:   ret

        .data
        .byte   1
        .align  4
        .byte   2
        .p2align 3
        .byte   3
        .balign 16, 0xee
        .byte   4
