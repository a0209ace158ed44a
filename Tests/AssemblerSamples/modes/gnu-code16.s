# GNU as's .code16 and .code32, as a boot loader written for GNU tools would use them.
        .intel_syntax noprefix
        .code16
        .globl _start
_start:
        cli
        xor ax, ax
        mov ds, ax
        mov ss, ax
        mov sp, 0x7c00
        mov si, 0x7c50
        mov ah, 0x0e
1:      lodsb
        test al, al
        jz 2f
        int 0x10
        jmp 1b
2:      in al, 0x92
        or al, 2
        out 0x92, al
        lgdt [0x7c40]
        mov eax, cr0
        or eax, 1
        mov cr0, eax
        mov ax, [bx+si]
        mov ax, [bp]
        mov eax, [ebx+4]
        push es
        pusha
        popa
        jmp 3f
        .code32
3:      mov ax, 0x10
        mov ds, ax
        mov esp, 0x90000
        mov dword ptr [0xb8000], 0x2f4b2f4f
        mov eax, [ebx+ecx*4+8]
        mov ax, [bx]
        push eax
        pushfd
        inc eax
        dec ecx
        jmp 3b
