; Expected bytes: nasm -f bin -i Tests/AssemblerSamples/include/ nasm-include.asm
bits 64
%include "nasm-defs.inc"
    twice nop
    mov eax, VALUE
