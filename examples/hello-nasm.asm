; hello, world for Linux x86-64 in NASM syntax.
;
;   nasm -f bin hello-nasm.asm      and      jitter asm hello-nasm.asm -o hello.bin
; produce the same bytes; `jitter hello-nasm.asm` runs it.

        bits 64
        default rel                 ; [msg] means [rip + msg]

        section .text
        global _start
_start:
        mov eax, 1                  ; write(
        mov edi, 1                  ;   stdout,
        lea rsi, [msg]              ;   msg,
        mov edx, len                ;   len)
        syscall
        mov eax, 60                 ; exit(
        xor edi, edi                ;   0)
        syscall

        section .data
msg     db "Hello, world!", 10
len     equ $ - msg
