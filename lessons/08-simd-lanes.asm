; Lesson 8: SIMD lanes
;
;   jitter test lessons/08-simd-lanes.asm
;
; One SSE instruction can work on several numbers at once: a 128-bit xmm register holds
; four 32-bit lanes (or two 64-bit, eight 16-bit, sixteen 8-bit), and a packed
; instruction does the same thing to every lane. The suffix says how the lanes are read:
; paddd adds doublewords (i32), addps adds packed singles (f32), addpd packed doubles.
; AVX doubles the width: ymm registers hold 256 bits. `.regs xmm0 i32` shows the lanes,
; lane 0 first (it is the lowest address when the register is stored to memory).

; Packed integers: four additions in one instruction. movdqa loads 16 aligned bytes.
section .data
align 16
a:      dd 1, 2, 3, 4
b:      dd 10, 20, 30, 40
section .text
        movdqa xmm0, xmmword ptr [rip + a]
        paddd xmm0, xmmword ptr [rip + b]
        ret
; expect xmm0.i32[0] == 11
; expect xmm0.i32[1] == 22
; expect xmm0.i32[2] == 33
; expect xmm0.i32[3] == 44

; Lanes wrap around on their own: a carry never crosses into the next lane. paddw adds
; 16-bit lanes; 0xffff + 1 = 0 in lane 0, and lane 1 stays 0.
        pcmpeqw xmm1, xmm1
        psrldq xmm1, 14
        mov eax, 1
        movd xmm2, eax
        paddw xmm1, xmm2
        ret
; expect xmm1.u16[0] == 0
; expect xmm1.u16[1] == 0

; Shuffles move lanes around. pshufd's immediate has two bits per destination lane,
; naming the source lane: 0x1b is 00 01 10 11, lanes 3 2 1 0, so the order reverses.
        pshufd xmm3, xmm0, 0x1b
        ret
; expect xmm3.i32[0] == 44
; expect xmm3.i32[3] == 11

; Packed floats. cvtdq2ps turns four i32 lanes into four floats; mulpd multiplies two
; doubles by two doubles. (Data written in one block is gone in the next, so this block
; writes its own.)
section .data
align 16
halves: dq 0.5, 0.25
section .text
        cvtdq2ps xmm4, xmm0
        movapd xmm5, xmmword ptr [rip + halves]
        mulpd xmm5, xmm5
        ret
; expect xmm4.f32[2] == 33.0
; expect xmm5.f64[0] == 0.25
; expect xmm5.f64[1] == 0.0625

; A 256-bit AVX loop over memory. First the numbers 1 to 16 go into the scratch region
; as floats, one at a time. Then the loop adds eight floats per instruction into ymm0,
; 32 bytes at a time, and the eight partial sums are folded: the high 128 bits onto the
; low, then two horizontal adds. After the loop lane i holds (i + 1) + (i + 9), so the
; high half starts with 18. 1 + 2 + ... + 16 = 136. vzeroupper at the end is what
; compilers put before returning from AVX code.
        lea rdi, [scratch]
        mov ecx, 1
fill:   cvtsi2ss xmm0, ecx
        movss dword ptr [rdi + rcx*4 - 4], xmm0
        inc ecx
        cmp ecx, 16
        jbe fill
        vxorps ymm0, ymm0, ymm0
        lea rsi, [scratch]
        mov ecx, 2
sum:    vaddps ymm0, ymm0, ymmword ptr [rsi]
        add rsi, 32
        dec ecx
        jnz sum
        vextractf128 xmm1, ymm0, 1
        vaddps xmm0, xmm0, xmm1
        vhaddps xmm0, xmm0, xmm0
        vhaddps xmm0, xmm0, xmm0
        vzeroupper
        ret
; expect xmm0.f32[0] == 136.0
; expect xmm1.f32[0] == 18.0
; expect ecx == 0
