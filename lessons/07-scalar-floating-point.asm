; Lesson 7: floating point with SSE
;
;   jitter test lessons/07-scalar-floating-point.asm
;
; On x86-64, floating-point arithmetic happens in the SSE registers xmm0-xmm15, not in
; the general registers. Each holds 128 bits; the scalar instructions use only the low
; 64 bits as a double (suffix sd, "scalar double") or the low 32 bits as a float (ss,
; "scalar single"), and leave the rest of the register alone. The System V ABI passes
; double arguments in xmm0, xmm1, ... and returns a double in xmm0, as rax returns an
; integer: that is why Jitter shows xmm0 beside rax when a run leaves a double there.
; `.regs xmm0 f64` shows a register as two doubles, `.regs xmm0 hex` as bits.

; There is no "mov xmm0, 1.5": constants live in memory. dq stores a double. (Each run is
; its own block: data and labels written in one are gone in the next, so every block below
; writes the constants it uses.)
section .data
three:  dq 3.0
half:   dq 0.5
section .text
        movsd xmm0, qword ptr [rip + three]
        movsd xmm1, qword ptr [rip + half]
        addsd xmm0, xmm1
        ret
; expect xmm0.f64[0] == 3.5
; expect xmm1.f64[0] == 0.5

; The other operand may be memory. 3.5 * 10 = 35, then 35 / 0.5 = 70, and 70 - 30 = 40.
; Every result is rounded to the nearest double: the square root of 40 is not a fraction a
; double can hold exactly, so its check has a tolerance.
section .data
ten:    dq 10.0
thirty: dq 30.0
section .text
        mulsd xmm0, qword ptr [rip + ten]
        divsd xmm0, xmm1
        subsd xmm0, qword ptr [rip + thirty]
        sqrtsd xmm2, xmm0
        ret
; expect xmm0.f64[0] == 40.0
; expect xmm2.f64[0] == 6.324555320336759 ~ 1e-15

; Conversions. cvtsi2sd turns an integer into a double; cvttsd2si truncates toward zero
; (what C's (int) cast does); cvtsd2si rounds the way MXCSR says: by default to the nearest
; integer, and a tie to the even one. 2.5 gives 2 and 2; 5.5 gives 5 and 6.
        mov eax, 5
        cvtsi2sd xmm3, eax
        mulsd xmm3, xmm1
        cvttsd2si ecx, xmm3
        cvtsd2si edx, xmm3
        ret
; expect xmm3.f64[0] == 2.5
; expect ecx == 2
; expect edx == 2
        mov eax, 3
        cvtsi2sd xmm4, eax
        addsd xmm3, xmm4
        cvttsd2si ecx, xmm3
        cvtsd2si edx, xmm3
        ret
; expect xmm3.f64[0] == 5.5
; expect ecx == 5
; expect edx == 6

; Most decimals have no exact binary form: 0.1 + 0.2 is the double just above 0.3.
; Compare floating-point results with a tolerance (`~`) unless the values are exact.
section .data
tenth:  dq 0.1
fifth:  dq 0.2
section .text
        movsd xmm0, qword ptr [rip + tenth]
        addsd xmm0, qword ptr [rip + fifth]
        ret
; expect xmm0.f64[0] != 0.3
; expect xmm0.f64[0] == 0.30000000000000004
; expect xmm0.f64[0] == 0.3 ~ 1e-15

; comisd compares two doubles and sets ZF, PF and CF as an unsigned compare does, and
; clears OF, SF and AF: so after it use ja, jb, jae, jbe (not jg, jl). Less: CF=1.
; xmm4 still holds 3.0 and xmm1 0.5.
        comisd xmm1, xmm4
        ret
; expect cf == 1
; expect zf == 0
; expect pf == 0
        comisd xmm4, xmm4
        ret
; expect zf == 1
; expect cf == 0

; MXCSR controls SSE rounding and collects sticky exception flags. Clear the six flags
; (bits 0-5), then divide zero by zero: the result is a NaN and the invalid-operation
; flag IE (bit 0) is set. A NaN is "unordered": comisd sets ZF, PF and CF all to 1, and
; PF=1 is how code tells a NaN from an equal value.
        stmxcsr dword ptr [scratch]
        and dword ptr [scratch], 0xffffffc0
        ldmxcsr dword ptr [scratch]
        xorpd xmm1, xmm1
        divsd xmm1, xmm1
        comisd xmm1, xmm1
        ret
; expect mxcsr == 0x1f81
; expect xmm1.f64[0] == nan
; expect zf == 1
; expect pf == 1
; expect cf == 1
