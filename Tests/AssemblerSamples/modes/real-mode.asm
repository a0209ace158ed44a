; Real-mode routines: 16-bit addressing in every shape, string instructions, BCD, far
; pointers, segment registers, the short inc/dec forms, loops and BIOS calls.
bits 16
org 0x100

        mov ax, 0x0003
        int 0x10
        push cs
        pop ds
        push es
        mov ax, 0xb800
        mov es, ax
        xor di, di
        mov si, message
        mov cx, message_end - message
        jcxz .skip
        cld
.copy:  lodsb
        stosb
        mov al, 0x1f
        stosb
        loop .copy
.skip:  pop es
        mov bx, table
        mov al, 3
        xlatb
        mov ax, [bx+si]
        mov ax, [bx+di+4]
        mov ax, [bp+si-2]
        mov ax, [bp+di+0x1234]
        mov ax, [si]
        mov ax, [di]
        mov ax, [bp]
        mov ax, [bx]
        mov ax, [bp+8]
        mov word [0x500], 0x1234
        mov byte [es:di], 7
        mov [ss:bp+2], dx
        add word [bx+si+0x10], 5
        les di, [bx]
        lds si, [bp+4]
        mov eax, [ebx+ecx*4+8]
        mov dx, [esp+4]
        lea di, [bx+si+3]
        inc ax
        inc di
        dec cx
        inc ecx
        dec word [bx]
        push ax
        push eax
        push word 0x1234
        push 5
        pop bx
        pop ecx
        pushf
        popf
        pusha
        popa
        pushad
        popad
        aaa
        aas
        daa
        das
        aam
        aad
        aam 16
        into
        salc
        cbw
        cwd
        cwde
        cdq
        movsb
        movsw
        movsd
        rep stosw
        repne scasb
        in al, 0x60
        out 0x20, al
        in ax, dx
        out dx, eax
        shl ax, 1
        shr bx, cl
        rol word [bx], 4
        mul cx
        imul ax, bx, 10
        div word [si]
        xchg ax, bx
        test byte [bx+di], 0x80
        bound ax, [bx]
        arpl [bx], ax
        call far [bx]
        jmp far [bp+si]
        call 0x1000:0x0020
        jmp 0xf000:0xfff0
        call near_routine
        jz near_routine
        jmp near_routine
        retf
        iret
near_routine:
        enter 8, 0
        leave
        ret 4
table:  db 0, 1, 4, 9, 16
message: db "Hello from real mode"
message_end:
