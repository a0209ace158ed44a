# Sections, references between them, and what a bare symbol means in GNU syntax.
        .intel_syntax noprefix
        .section .text
        .globl  main
main:
        lea     rax, [rip + greeting]
        mov     rbx, qword ptr [rip + counter]
        mov     ecx, dword ptr counter          # a bare symbol is memory, absolute
        mov     edx, offset counter             # `offset` is the address
        mov     rsi, offset greeting
        mov     eax, dword ptr [counter + 4]
        mov     eax, [rbx + counter]
        lea     rdi, buffer
        mov     byte ptr [rip + buffer + 3], 7
        cmp     qword ptr [rip + counter], 0
        call    helper
        ret
helper:
        mov     eax, dword ptr [rip + readonly]
        ret

        .section .rodata
readonly:
        .long   42
        .asciz  "constant"

        .data
counter:
        .quad   0x1122334455667788
greeting:
        .asciz  "hello"
        .quad   main, helper

        .bss
buffer:
        .zero   64
