; NASM macros. Expected bytes: nasm -f bin nasm-macros.asm -o o.bin
bits 64
%define SIZE 4
%define ADD(a,b) ((a)+(b))
%xdefine TWICE SIZE*2
%assign n 0
%macro prologue 0-1 16
    push rbp
    mov rbp, rsp
    sub rsp, %1
%endmacro
%macro loopit 2
%%top:
    dec %1
    jnz %%top
    mov %1, %2
%endmacro
%macro many 1+
    db %1
%endmacro
    prologue
    prologue 32
    loopit ecx, ADD(1,2)
    loopit edx, SIZE
%rep 3
    add eax, n
%assign n n+1
%endrep
    mov eax, TWICE
%if SIZE == 4
    nop
%elif SIZE == 8
    int3
%else
    hlt
%endif
%ifdef SIZE
    cld
%endif
%ifndef NOTDEF
    std
%endif
    many 1, 2, 3
%strlen len 'hello'
    mov eax, len
%substr ch 'xyz' 2
    mov al, ch
%undef SIZE
%ifdef SIZE
    ud2
%endif
struc point
  .x: resd 1
  .y: resw 1
  .z: resq 2
endstruc
    mov eax, point.y
    mov eax, point_size
p1: istruc point
    at point.x, dd 1
    at point.z, dq 2
iend
