; A boot-sector-shaped file: the padding depends on where the code ends.
        bits 64
start:
        jmp     main
        times 100 db 0x90
main:
        mov     eax, 1
        jz      start
        times 510 - ($ - $$) db 0
        dw      0xaa55
