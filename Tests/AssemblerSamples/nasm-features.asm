; NASM spelling: data, constants, $ and $$, local labels, times, sections.
; Every instruction here is one NASM and llvm-mc encode alike, so `nasm -f bin` is the oracle.
        bits 64
        default rel

BUFFER_SIZE equ 64
NEWLINE     equ 10
FLAGS       equ 1 << 4 | 3

        section .text
        global _start
_start:
        lea rsi, [msg]
        mov edx, msg_len
        mov ecx, BUFFER_SIZE / 8
        add ecx, FLAGS
        mov eax, [counter]
        mov [rel counter], eax
        lea rdi, [abs 0x1000]
        mov al, 'A'
        mov bx, 0x1234
        mov r8d, 7fh
        mov r9d, 1010b
        mov r10d, 17q
        mov r11d, 1_000_000
.loop:
        dec ecx
        jnz .loop
        call helper
        jmp .done
.done:
        ret

helper:
.loop:                          ; helper.loop, not _start.loop
        inc eax
        cmp eax, 10
        jl .loop
        times 3 nop
        ret

        section .data
msg:    db "Hello", ", ", 'world', NEWLINE, 0
msg_len equ $ - msg
words:  dw 1, 2, 'ab', -1
dwords: dd 0x12345678, msg_len, ?
quads:  dq 0x1122334455667788, -2
table:  times 4 db 0xAA
counter dd 0
here:   dd $ - $$
pad:    db 1
        align 8, db 0
        dq 7

        section .bss
buffer: resb BUFFER_SIZE
more:   resq 2
