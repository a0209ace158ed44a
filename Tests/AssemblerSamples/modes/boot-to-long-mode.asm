; A boot sector in the style of the OS tutorials: print with the BIOS, load more sectors,
; enable A20, load a GDT, switch to protected mode with a far jump into 32-bit code, build
; identity page tables and go on into long mode.
[bits 16]
[org 0x7c00]

CODE_SEG equ gdt_code - gdt_start
DATA_SEG equ gdt_data - gdt_start
CODE64_SEG equ gdt_code64 - gdt_start

start:
        cli
        xor ax, ax
        mov ds, ax
        mov es, ax
        mov ss, ax
        mov sp, 0x7c00
        sti
        mov [boot_drive], dl
        mov si, banner
        call print_string
        ; read 2 sectors after this one to 0x7e00
        mov ah, 0x02
        mov al, 2
        mov ch, 0
        mov cl, 2
        mov dh, 0
        mov dl, [boot_drive]
        mov bx, 0x7e00
        int 0x13
        jc disk_error
        ; fast A20
        in al, 0x92
        or al, 2
        out 0x92, al
        cli
        lgdt [gdt_descriptor]
        mov eax, cr0
        or eax, 1
        mov cr0, eax
        jmp CODE_SEG:init_pm

disk_error:
        mov si, disk_message
        call print_string
.hang:  hlt
        jmp .hang

print_string:
        pusha
        mov ah, 0x0e
.next:  lodsb
        test al, al
        jz .done
        int 0x10
        jmp .next
.done:  popa
        ret

[bits 32]
init_pm:
        mov ax, DATA_SEG
        mov ds, ax
        mov ss, ax
        mov es, ax
        mov fs, ax
        mov gs, ax
        mov ebp, 0x90000
        mov esp, ebp
        ; identity-map the first 2 MiB: PML4 at 0x1000, PDPT at 0x2000, PD at 0x3000
        mov edi, 0x1000
        mov cr3, edi
        xor eax, eax
        mov ecx, 4096
        rep stosd
        mov edi, cr3
        mov dword [edi], 0x2003
        add edi, 0x1000
        mov dword [edi], 0x3003
        add edi, 0x1000
        mov dword [edi], 0x83
        mov eax, cr4
        or eax, 1 << 5
        mov cr4, eax
        mov ecx, 0xC0000080
        rdmsr
        or eax, 1 << 8
        wrmsr
        mov eax, cr0
        or eax, 1 << 31
        mov cr0, eax
        jmp CODE64_SEG:long_mode

[bits 64]
long_mode:
        mov rax, 0x2f592f412f4b2f4f
        mov qword [0xb8000], rax
        hlt

boot_drive:   db 0
banner:       db "Booting", 13, 10, 0
disk_message: db "Disk error", 0

gdt_start:
        dq 0
gdt_code:
        dw 0xffff, 0
        db 0, 10011010b, 11001111b, 0
gdt_data:
        dw 0xffff, 0
        db 0, 10010010b, 11001111b, 0
gdt_code64:
        dw 0, 0
        db 0, 10011010b, 00100000b, 0
gdt_end:
gdt_descriptor:
        dw gdt_end - gdt_start - 1
        dd gdt_start

        times 510 - ($ - $$) db 0
        dw 0xaa55
