# Data directives, constants and label arithmetic, GNU spelling.
        .intel_syntax noprefix
        .set    SIZE, 16
        count = 7
        .equ    MASK, 0xf0

        .data
table:
        .long   1, 2, 3, -1
        .quad   start, table_end, -2
table_end:
        .set    TABLE_WORDS, (table_end - table) / 4
        .byte   1, 0xff, -128, 'a', MASK
        .word   0x1234, -1
        .short  2
        .int    table_end - table
        .ascii  "ab\tc\n"
        .asciz  "zero\0end"
        .string "hi"
message:
        .zero   3
        .skip   2, 0xcc
        .space  2
        .fill   3, 2, 0x4142
        .fill   2
        .byte   . - message
        .quad   . - table

        .text
start:
        mov     eax, offset table
        mov     ecx, offset TABLE_WORDS         # computed from labels: the imm32 form
        add     ecx, offset TABLE_WORDS         # (llvm-mc resolves it after layout)
        add     ecx, SIZE                       # a plain number: the imm8 form
        mov     edx, count * 2 + 1
        lea     rsi, [rip + message]
        mov     rdi, qword ptr [rip + table + 8]
        add     eax, SIZE
        mov     ebx, 'A'
        mov     r8d, 0x1234 & 0xff | 1 << 8 ^ 3
        mov     r9d, -(~5 % 3) >> 1
        ret

