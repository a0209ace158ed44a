; Lesson 9: masks and AVX-512
;
;   jitter test lessons/09-masks-and-avx512.asm
;
; AVX-512 doubles the width again: zmm0-zmm31 hold 512 bits, sixteen f32 lanes. Its
; instructions are encoded with EVEX, a 4-byte prefix (62 ...) with room for what VEX
; lacked: a fifth register bit (registers 16-31), the vector length 512, and three new
; ideas this lesson is about:
;
;   masks      k1-k7 hold one bit per lane; `{k1}` after the destination writes only the
;              lanes whose bit is 1. The others keep their value (merging) or become 0
;              with `{z}` (zeroing). k0 means "no mask".
;   broadcast  `dword ptr [x]{1to16}` reads one element and uses it in every lane.
;   rounding   `{rz-sae}` rounds this one instruction toward zero, whatever MXCSR says.
;
; This lesson needs a CPU with AVX-512 (F, and BW/VL/VBMI2 for the last block).
; `.explain vaddps zmm1 {k1}{z}, zmm2, dword ptr [rax + 256]{1to16}` shows every bit.

; A mask register is set from a general register with kmovw (16 bits, one per lane).
; 0x00ff selects lanes 0-7.
        mov eax, 0x00ff
        kmovw k1, eax
        ret
; expect k1 == 0xff

; Merging: zmm0 starts as 100.0 in every lane; the masked add writes lanes 0-7 only,
; lanes 8-15 keep 100.0. The {1to16} broadcast adds the one float at `two` everywhere.
section .data
hundred: dd 100.0
two:     dd 2.0
section .text
        vbroadcastss zmm0, dword ptr [rip + hundred]
        vaddps zmm0 {k1}, zmm0, dword ptr [rip + two]{1to16}
        ret
; expect zmm0.f32[0] == 102.0
; expect zmm0.f32[7] == 102.0
; expect zmm0.f32[8] == 100.0
; expect zmm0.f32[15] == 100.0

; Zeroing: the same add with {z} clears the lanes the mask leaves out.
        vaddps zmm1 {k1} {z}, zmm0, zmm0
        ret
; expect zmm1.f32[0] == 204.0
; expect zmm1.f32[8] == 0.0

; Compares write masks, not vectors: vcmpps sets one bit per lane where the predicate
; holds (13 is "greater or equal"). Lanes 0-7 hold 102.0 and lanes 8-15 hold 100.0, so
; comparing against 101.0 sets the low eight bits.
section .data
limit:   dd 101.0
section .text
        vcmpps k2, zmm0, dword ptr [rip + limit]{1to16}, 13
        kmovw eax, k2
        ret
; expect k2 == 0xff
; expect eax == 0xff

; A loop's tail without a scalar loop: a mask with one bit per remaining element.
; Here 5 elements remain: bzhi makes 0b11111, and the masked load reads only those 5
; (the other lanes are zeroed, and memory past them is never touched).
section .data
tail:    dd 1, 2, 3, 4, 5
section .text
        mov ecx, 5
        mov eax, -1
        bzhi eax, eax, ecx
        kmovw k3, eax
        vmovdqu32 zmm2 {k3} {z}, zmmword ptr [rip + tail]
        ret
; expect k3 == 0x1f
; expect zmm2.i32[4] == 5
; expect zmm2.i32[5] == 0

; Compress packs the selected lanes together: with mask 0b1010 (lanes 1 and 3) the
; elements 20 and 40 land in lanes 0 and 1. Expand does the opposite.
section .data
four:    dd 10, 20, 30, 40
section .text
        mov eax, 0b1010
        kmovw k4, eax
        vmovdqu32 xmm5, xmmword ptr [rip + four]
        vpcompressd xmm6 {k4} {z}, xmm5
        ret
; expect xmm6.i32[0] == 20
; expect xmm6.i32[1] == 40
; expect xmm6.i32[2] == 0

; Registers 16-31 exist only with EVEX, and so does embedded rounding: 2.5 rounded toward
; zero is 2, to nearest even also 2, up 3 (vcvtps2dq converts with the rounding given).
section .data
twohalf: dd 2.5
section .text
        vbroadcastss zmm17, dword ptr [rip + twohalf]
        vcvtps2dq zmm18, zmm17, {rz-sae}
        vcvtps2dq zmm19, zmm17, {ru-sae}
        ret
; expect zmm18.i32[0] == 2
; expect zmm19.i32[15] == 3
