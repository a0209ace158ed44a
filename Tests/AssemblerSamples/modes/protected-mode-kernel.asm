; 32-bit kernel code in the style of the OS tutorials: VGA text output, port I/O, an IDT
; with interrupt stubs, the PIC, and a GDT reload with a far jump.
bits 32
org 0x100000

VIDEO equ 0xb8000
WHITE equ 0x0f

kernel_main:
        mov esp, stack_top
        call clear_screen
        mov esi, hello
        mov edi, VIDEO
        call print
        call remap_pic
        lidt [idt_descriptor]
        lgdt [gdt_descriptor]
        jmp 0x08:.reload
.reload:
        mov ax, 0x10
        mov ds, ax
        mov es, ax
        mov ss, ax
        sti
.idle:  hlt
        jmp .idle

clear_screen:
        push edi
        push ecx
        mov edi, VIDEO
        mov ecx, 80 * 25
        mov ax, (WHITE << 8) | ' '
        rep stosw
        pop ecx
        pop edi
        ret

print:
        mov ah, WHITE
.loop:  lodsb
        test al, al
        jz .end
        stosw
        jmp .loop
.end:   ret

remap_pic:
        mov al, 0x11
        out 0x20, al
        out 0xa0, al
        mov al, 0x20
        out 0x21, al
        mov al, 0x28
        out 0xa1, al
        mov al, 4
        out 0x21, al
        mov al, 2
        out 0xa1, al
        mov al, 1
        out 0x21, al
        out 0xa1, al
        xor al, al
        out 0x21, al
        out 0xa1, al
        ret

isr_common:
        pushad
        push ds
        push es
        push fs
        push gs
        mov ax, 0x10
        mov ds, ax
        mov es, ax
        push esp
        call handler
        add esp, 4
        pop gs
        pop fs
        pop es
        pop ds
        popad
        add esp, 8
        iretd

isr0:   push byte 0
        push byte 0
        jmp isr_common
isr13:  push byte 13
        jmp isr_common

handler:
        push ebp
        mov ebp, esp
        mov eax, [ebp+8]
        mov ecx, [eax+4*12]
        movzx edx, byte [eax+ecx]
        movsx ebx, word [eax+edx*2+0x100]
        lea esi, [ebx+ecx*8+16]
        mov [counter], esi
        inc dword [counter]
        cmp dword [ticks], 1000
        jae .done
        add dword [ticks], 1
.done:  mov al, 0x20
        out 0x20, al
        mov eax, cr2
        mov dr0, eax
        pushfd
        popfd
        bswap eax
        cpuid
        rdtsc
        invlpg [eax]
        mov esp, ebp
        pop ebp
        ret

hello:  db "Kernel up", 0
counter: dd 0
ticks:  dd 0
idt_descriptor:
        dw 256 * 8 - 1
        dd idt
gdt_descriptor:
        dw 3 * 8 - 1
        dd gdt
gdt:    dq 0, 0x00cf9a000000ffff, 0x00cf92000000ffff
idt:    times 16 dd 0
stack:  times 64 db 0
stack_top:
