; Lesson 3: memory and addressing
;
;   jitter test lessons/03-memory-addressing.asm
;
; Registers are few; memory is large. An instruction names a memory location with an
; address in square brackets, and a size when the other operand does not give one:
;   byte ptr [...]   1 byte      word ptr [...]   2 bytes
;   dword ptr [...]  4 bytes     qword ptr [...]  8 bytes
;
; Jitter gives your code a scratch region of 64 KiB at address 0x44000000, called
; `scratch`, which keeps its contents from run to run. `.mem scratch 32` shows it.

; An absolute address: the number itself is stored in the instruction (4 bytes, here
; 00 00 00 44, little-endian). Store 1000 there, then load it back.
        mov dword ptr [scratch], 1000
        mov eax, dword ptr [scratch]
        ret
; expect eax == 1000

; Base + displacement: a register holds an address and a constant is added to it.
; lea ("load effective address") computes an address without reading memory.
        lea rbx, [scratch]
        mov qword ptr [rbx + 8], 20
        mov rax, qword ptr [rbx + 8]
        ret
; expect rbx == 0x44000000
; expect rax == 20

; Base + index * scale: the shape of an array access. The scale (1, 2, 4 or 8) is the
; element size, so [rbx + rcx*8] is element rcx of an array of 8-byte numbers at rbx.
; This needs a SIB byte (scale, index, base) after the ModRM byte; try
; `.explain mov rax, qword ptr [rbx + rcx*8]`.
        mov qword ptr [rbx], 10
        mov qword ptr [rbx + 16], 30
        mov qword ptr [rbx + 24], 40
        mov ecx, 3
        mov rax, qword ptr [rbx + rcx*8]
        ret
; expect rax == 40

; The full form is base + index*scale + displacement: element 1 of an array that
; starts 8 bytes after rbx.
        mov ecx, 1
        mov rax, qword ptr [rbx + rcx*8 + 8]
        ret
; expect rax == 30

; lea only does the address arithmetic, so it doubles as a calculator: rcx + rcx*4.
        mov ecx, 5
        lea eax, [rcx + rcx*4]
        ret
; expect eax == 25

; Little-endian: the lowest byte of a number sits at the lowest address.
        mov dword ptr [rbx], 0x11223344
        movzx eax, byte ptr [rbx]
        movzx ecx, byte ptr [rbx + 3]
        ret
; expect eax == 0x44
; expect ecx == 0x11

; Arithmetic can work on memory directly: read, add, write back.
        add dword ptr [rbx], 0x100
        mov eax, dword ptr [rbx]
        ret
; expect eax == 0x11223444

; Data can also be written into a block: `section .data` switches to the data region,
; `dd` stores 4-byte numbers, and a label names their address. [rip + primes] is
; RIP-relative: the instruction stores the distance from itself to the data.
section .data
primes: dd 2, 3, 5, 7, 11
section .text
        lea rsi, [rip + primes]
        mov eax, dword ptr [rsi + 4*4]
        ret
; expect eax == 11
