# hello, world for Linux x86-64 in GNU (llvm-mc / GNU as) Intel syntax.
#
#   as -msyntax=intel -mnaked-reg hello-gnu.asm     (or llvm-mc -x86-asm-syntax=intel)
# produce the same code bytes as `jitter asm hello-gnu.asm -o hello.bin`;
# `jitter hello-gnu.asm` runs it.

        .intel_syntax noprefix

        .text
        .globl _start
_start:
        mov eax, 1                      # write(
        mov edi, 1                      #   stdout,
        lea rsi, [rip + msg]            #   msg,
        mov edx, offset len             #   len)
        syscall
        mov eax, 60                     # exit(
        xor edi, edi                    #   0)
        syscall

        .data
msg:    .ascii "Hello, world!\n"
        .set len, . - msg
