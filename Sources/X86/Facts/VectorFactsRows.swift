extension InstructionFacts {
    /// Rows for the SIMD and coprocessor extensions (MMX, 3DNow!, SSE to SSE4.2, SSE4a, AVX, AVX2,
    /// F16C, FMA3, FMA4, XOP, AES, SHA, PCLMULQDQ, GFNI, the VEX forms of VNNI and IFMA, AVX-512
    /// opmask registers, AMX, Key Locker) and a few bit-manipulation and system extensions (TBM,
    /// LWP, CMPccXADD, MPX), in the format of ``InstructionFacts/rows``.
    ///
    /// Legacy SSE forms take two operands and the VEX forms three, so one row covers both: its
    /// access column gives `rw r` for the first and `w r r` for the second. Almost none of these
    /// touch rflags; for floating-point instructions the note names the MXCSR exceptions
    /// (SDM "SIMD Floating-Point Exceptions"), which are masked by default and only set flags in MXCSR.
    static let vectorRows = """
    # SSE/AVX: floating-point arithmetic (ps = 4/8 singles, pd = 2/4 doubles, ss/sd = the low element only)
    ADDPS VADDPS   | Add packed single-precision floats        | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    ADDPD VADDPD   | Add packed double-precision floats        | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    ADDSS VADDSS   | Add the low single-precision floats       | none | rw r / w r r | the other elements come from the (first) source; MXCSR: invalid, denormal, overflow, underflow, precision
    ADDSD VADDSD   | Add the low double-precision floats       | none | rw r / w r r | the upper element comes from the (first) source; MXCSR: invalid, denormal, overflow, underflow, precision
    SUBPS VSUBPS   | Subtract packed single-precision floats   | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    SUBPD VSUBPD   | Subtract packed double-precision floats   | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    SUBSS VSUBSS   | Subtract the low single-precision floats  | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    SUBSD VSUBSD   | Subtract the low double-precision floats  | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    MULPS VMULPS   | Multiply packed single-precision floats   | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    MULPD VMULPD   | Multiply packed double-precision floats   | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    MULSS VMULSS   | Multiply the low single-precision floats  | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    MULSD VMULSD   | Multiply the low double-precision floats  | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    DIVPS VDIVPS   | Divide packed single-precision floats     | none | rw r / w r r | MXCSR: invalid, divide-by-zero, denormal, overflow, underflow, precision
    DIVPD VDIVPD   | Divide packed double-precision floats     | none | rw r / w r r | MXCSR: invalid, divide-by-zero, denormal, overflow, underflow, precision
    DIVSS VDIVSS   | Divide the low single-precision floats    | none | rw r / w r r | MXCSR: invalid, divide-by-zero, denormal, overflow, underflow, precision
    DIVSD VDIVSD   | Divide the low double-precision floats    | none | rw r / w r r | MXCSR: invalid, divide-by-zero, denormal, overflow, underflow, precision
    SQRTPS VSQRTPS | Square root of packed single-precision floats | none | w r | MXCSR: invalid, denormal, precision
    SQRTPD VSQRTPD | Square root of packed double-precision floats | none | w r | MXCSR: invalid, denormal, precision
    SQRTSS VSQRTSS | Square root of the low single-precision float | none | rw r / w r r | MXCSR: invalid, denormal, precision
    SQRTSD VSQRTSD | Square root of the low double-precision float | none | rw r / w r r | MXCSR: invalid, denormal, precision
    MAXPS VMAXPS   | Maximum of packed single-precision floats | none | rw r / w r r | with a NaN (or two zeros) the second source is returned; MXCSR: invalid (any NaN), denormal
    MAXPD VMAXPD   | Maximum of packed double-precision floats | none | rw r / w r r | with a NaN (or two zeros) the second source is returned; MXCSR: invalid (any NaN), denormal
    MAXSS VMAXSS   | Maximum of the low single-precision floats | none | rw r / w r r | with a NaN (or two zeros) the second source is returned; MXCSR: invalid (any NaN), denormal
    MAXSD VMAXSD   | Maximum of the low double-precision floats | none | rw r / w r r | with a NaN (or two zeros) the second source is returned; MXCSR: invalid (any NaN), denormal
    MINPS VMINPS   | Minimum of packed single-precision floats | none | rw r / w r r | with a NaN (or two zeros) the second source is returned; MXCSR: invalid (any NaN), denormal
    MINPD VMINPD   | Minimum of packed double-precision floats | none | rw r / w r r | with a NaN (or two zeros) the second source is returned; MXCSR: invalid (any NaN), denormal
    MINSS VMINSS   | Minimum of the low single-precision floats | none | rw r / w r r | with a NaN (or two zeros) the second source is returned; MXCSR: invalid (any NaN), denormal
    MINSD VMINSD   | Minimum of the low double-precision floats | none | rw r / w r r | with a NaN (or two zeros) the second source is returned; MXCSR: invalid (any NaN), denormal
    RCPPS VRCPPS   | Approximate reciprocals of packed single-precision floats | none | w r | relative error at most 1.5 * 2^-12; raises no floating-point exception
    RCPSS VRCPSS   | Approximate reciprocal of the low single-precision float | none | rw r / w r r | relative error at most 1.5 * 2^-12; raises no floating-point exception
    RSQRTPS VRSQRTPS | Approximate reciprocal square roots of packed singles | none | w r | relative error at most 1.5 * 2^-12; raises no floating-point exception
    RSQRTSS VRSQRTSS | Approximate reciprocal square root of the low single | none | rw r / w r r | relative error at most 1.5 * 2^-12; raises no floating-point exception
    ADDSUBPS VADDSUBPS | Subtract in even lanes, add in odd lanes (singles) | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    ADDSUBPD VADDSUBPD | Subtract in the even lane, add in the odd lane (doubles) | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    HADDPS VHADDPS | Add adjacent pairs of single-precision floats (horizontal) | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    HADDPD VHADDPD | Add adjacent pairs of double-precision floats (horizontal) | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    HSUBPS VHSUBPS | Subtract adjacent pairs of single-precision floats (horizontal) | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    HSUBPD VHSUBPD | Subtract adjacent pairs of double-precision floats (horizontal) | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    DPPS VDPPS     | Dot product of single-precision floats selected by imm8 | none | rw r r / w r r r | imm8 bits 7:4 pick the products, bits 3:0 the lanes that receive the sum; MXCSR: invalid, denormal, overflow, underflow, precision
    DPPD VDPPD     | Dot product of double-precision floats selected by imm8 | none | rw r r / w r r r | imm8 bits 5:4 pick the products, bits 1:0 the lanes that receive the sum; MXCSR: invalid, denormal, overflow, underflow, precision
    ROUNDPS VROUNDPS | Round packed single-precision floats to integers | none | w r r | imm8 bits 1:0 the rounding (unless bit 2 says MXCSR's), bit 3 suppresses precision; MXCSR: invalid, precision
    ROUNDPD VROUNDPD | Round packed double-precision floats to integers | none | w r r | imm8 bits 1:0 the rounding (unless bit 2 says MXCSR's), bit 3 suppresses precision; MXCSR: invalid, precision
    ROUNDSS VROUNDSS | Round the low single-precision float to an integer | none | rw r r / w r r r | imm8 bits 1:0 the rounding (unless bit 2 says MXCSR's), bit 3 suppresses precision; MXCSR: invalid, precision
    ROUNDSD VROUNDSD | Round the low double-precision float to an integer | none | rw r r / w r r r | imm8 bits 1:0 the rounding (unless bit 2 says MXCSR's), bit 3 suppresses precision; MXCSR: invalid, precision
    # SSE/AVX: floating-point comparisons
    CMPPS VCMPPS   | Compare packed singles by the predicate in imm8: all ones where true | none | rw r r / w r r r | SSE takes predicates 0-7, VEX 0-31; MXCSR: invalid (NaN; quiet NaNs too for signaling predicates), denormal
    CMPPD VCMPPD   | Compare packed doubles by the predicate in imm8: all ones where true | none | rw r r / w r r r | SSE takes predicates 0-7, VEX 0-31; MXCSR: invalid (NaN; quiet NaNs too for signaling predicates), denormal
    CMPSS VCMPSS   | Compare the low singles by the predicate in imm8: all ones if true | none | rw r r / w r r r | SSE takes predicates 0-7, VEX 0-31; MXCSR: invalid (NaN; quiet NaNs too for signaling predicates), denormal
    VCMPSD         | Compare the low doubles by the predicate in imm8: all ones if true | none | w r r r | predicates 0-31; MXCSR: invalid (NaN; quiet NaNs too for signaling predicates), denormal
    COMISS VCOMISS | Compare the low singles into rflags (any NaN raises invalid) | writes ZF PF CF; clears OF SF AF | r r | ZF PF CF = 000 greater, 001 less, 100 equal, 111 unordered: test them as after an unsigned cmp (ja, jb, jp); MXCSR: invalid, denormal
    COMISD VCOMISD | Compare the low doubles into rflags (any NaN raises invalid) | writes ZF PF CF; clears OF SF AF | r r | ZF PF CF = 000 greater, 001 less, 100 equal, 111 unordered: test them as after an unsigned cmp (ja, jb, jp); MXCSR: invalid, denormal
    UCOMISS VUCOMISS | Compare the low singles into rflags, unordered (quiet NaNs are silent) | writes ZF PF CF; clears OF SF AF | r r | ZF PF CF = 000 greater, 001 less, 100 equal, 111 unordered; MXCSR: invalid (signaling NaN only), denormal
    UCOMISD VUCOMISD | Compare the low doubles into rflags, unordered (quiet NaNs are silent) | writes ZF PF CF; clears OF SF AF | r r | ZF PF CF = 000 greater, 001 less, 100 equal, 111 unordered; MXCSR: invalid (signaling NaN only), denormal
    # SSE/AVX: logic on floats (bitwise, no floating-point exceptions)
    ANDPS VANDPS   | Bitwise AND of packed singles             | none | rw r / w r r
    ANDPD VANDPD   | Bitwise AND of packed doubles             | none | rw r / w r r | andpd with a mask that clears the sign bits computes absolute values
    ANDNPS VANDNPS | Bitwise AND NOT of packed singles: NOT first AND second | none | rw r / w r r
    ANDNPD VANDNPD | Bitwise AND NOT of packed doubles: NOT first AND second | none | rw r / w r r
    ORPS VORPS     | Bitwise OR of packed singles              | none | rw r / w r r
    ORPD VORPD     | Bitwise OR of packed doubles              | none | rw r / w r r
    XORPS VXORPS   | Bitwise XOR of packed singles             | none | rw r / w r r | xorps of a register with itself zeroes it
    XORPD VXORPD   | Bitwise XOR of packed doubles             | none | rw r / w r r | xorpd with a sign-bit mask negates
    # SSE/AVX: moves
    MOVAPS VMOVAPS | Move aligned packed singles               | none | w r | a memory operand must be 16-byte aligned (32 for ymm), else a general-protection fault (SIGSEGV)
    MOVAPD VMOVAPD | Move aligned packed doubles               | none | w r | a memory operand must be 16-byte aligned (32 for ymm), else a general-protection fault (SIGSEGV)
    MOVUPS VMOVUPS | Move unaligned packed singles             | none | w r
    MOVUPD VMOVUPD | Move unaligned packed doubles             | none | w r
    MOVDQA VMOVDQA | Move an aligned double quadword (integer vector) | none | w r | a memory operand must be 16-byte aligned (32 for ymm), else a general-protection fault (SIGSEGV)
    MOVDQU VMOVDQU | Move an unaligned double quadword (integer vector) | none | w r
    MOVSS          | Move a scalar single-precision float      | none | w r | between registers only the low element changes; a load zeroes bits 127:32
    VMOVSS         | Move a scalar single-precision float      | none | w r / w r r | three operands: low element from the third, the rest from the second; a load zeroes the rest
    VMOVSD         | Move a scalar double-precision float      | none | w r / w r r | three operands: low element from the third, the rest from the second; a load zeroes the rest
    MOVHPS VMOVHPS | Move two singles to or from the high half of xmm | none | rw r / w r r
    MOVHPD VMOVHPD | Move a double to or from the high half of xmm | none | rw r / w r r
    MOVLPS VMOVLPS | Move two singles to or from the low half of xmm | none | rw r / w r r
    MOVLPD VMOVLPD | Move a double to or from the low half of xmm | none | rw r / w r r
    MOVHLPS VMOVHLPS | Move the high two singles of the source to the low half | none | rw r / w r r
    MOVLHPS VMOVLHPS | Move the low two singles of the source to the high half | none | rw r / w r r
    MOVMSKPS VMOVMSKPS | Gather the sign bits of packed singles into a general register | none | w r
    MOVMSKPD VMOVMSKPD | Gather the sign bits of packed doubles into a general register | none | w r
    MOVDDUP VMOVDDUP | Duplicate the even doubles                | none | w r
    MOVSHDUP VMOVSHDUP | Duplicate the odd singles                | none | w r
    MOVSLDUP VMOVSLDUP | Duplicate the even singles               | none | w r
    MOVD VMOVD     | Move a doubleword between a general register or memory and mm/xmm | none | w r | a move into xmm zeroes the rest of the register
    MOVQ VMOVQ     | Move a quadword between registers or memory | none | w r | a move into xmm zeroes the rest of the register
    MOVQ2DQ        | Move a quadword from mm to the low half of xmm | none | w r | the upper half is zeroed; leaves x87 stack top 0 and all tags valid
    MOVDQ2Q        | Move the low quadword of xmm to mm        | none | w r
    MOVNTPS VMOVNTPS | Store packed singles, bypassing the caches | none | w r | the memory operand must be 16-byte aligned (32 for ymm); order with sfence
    MOVNTPD VMOVNTPD | Store packed doubles, bypassing the caches | none | w r | the memory operand must be 16-byte aligned (32 for ymm); order with sfence
    MOVNTDQ VMOVNTDQ | Store a double quadword, bypassing the caches | none | w r | the memory operand must be 16-byte aligned (32 for ymm); order with sfence
    MOVNTDQA VMOVNTDQA | Load a double quadword with a non-temporal hint | none | w r | the memory operand must be 16-byte aligned (32 for ymm)
    MOVNTQ         | Store a quadword from mm, bypassing the caches | none | w r
    MOVNTSS        | Store the low single, bypassing the caches (SSE4a) | none | w r
    MOVNTSD        | Store the low double, bypassing the caches (SSE4a) | none | w r
    MASKMOVQ       | Store the bytes of mm selected by a mask to [rdi] | none | r r | byte i is stored when bit 7 of mask byte i is set; non-temporal hint
    MASKMOVDQU VMASKMOVDQU | Store the bytes of xmm selected by a mask to [rdi] | none | r r | byte i is stored when bit 7 of mask byte i is set; non-temporal hint
    LDDQU VLDDQU   | Load an unaligned double quadword (may read a whole aligned block) | none | w r
    # SSE/AVX: shuffles, blends, inserts and extracts of floats
    SHUFPS VSHUFPS | Shuffle singles by imm8, two from each source | none | rw r r / w r r r | the low two come from the first source, the high two from the second
    SHUFPD VSHUFPD | Shuffle doubles: one from each source, by imm8 | none | rw r r / w r r r
    UNPCKLPS VUNPCKLPS | Interleave the low singles of two sources | none | rw r / w r r
    UNPCKHPS VUNPCKHPS | Interleave the high singles of two sources | none | rw r / w r r
    UNPCKLPD VUNPCKLPD | Interleave the low doubles of two sources | none | rw r / w r r
    UNPCKHPD VUNPCKHPD | Interleave the high doubles of two sources | none | rw r / w r r
    BLENDPS VBLENDPS | Blend singles: imm8 bit i picks the second source for lane i | none | rw r r / w r r r
    BLENDPD VBLENDPD | Blend doubles: imm8 bit i picks the second source for lane i | none | rw r r / w r r r
    BLENDVPS VBLENDVPS | Blend singles by the sign bits of a mask register | none | rw r / rw r r / w r r r | the SSE form's mask is xmm0 (implicit, or written as the third operand)
    BLENDVPD VBLENDVPD | Blend doubles by the sign bits of a mask register | none | rw r / rw r r / w r r r | the SSE form's mask is xmm0 (implicit, or written as the third operand)
    INSERTPS VINSERTPS | Insert a single into a lane chosen by imm8, zeroing lanes by mask | none | rw r r / w r r r | imm8 bits 7:6 source lane (register source), 5:4 destination lane, 3:0 lanes to zero
    EXTRACTPS VEXTRACTPS | Extract the single in lane imm8 to a general register or memory | none | w r r
    # SSE/AVX: conversions
    CVTPS2PD VCVTPS2PD | Convert packed singles to doubles       | none | w r | MXCSR: invalid, denormal
    CVTPD2PS VCVTPD2PS | Convert packed doubles to singles       | none | w r | the upper half of the destination is zeroed; MXCSR: invalid, denormal, overflow, underflow, precision
    CVTSS2SD VCVTSS2SD | Convert the low single to a double      | none | rw r / w r r | MXCSR: invalid, denormal
    CVTSD2SS VCVTSD2SS | Convert the low double to a single      | none | rw r / w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    CVTDQ2PS VCVTDQ2PS | Convert packed signed doublewords to singles | none | w r | MXCSR: precision
    CVTDQ2PD VCVTDQ2PD | Convert packed signed doublewords to doubles | none | w r | exact: raises no floating-point exception
    CVTPS2DQ VCVTPS2DQ | Convert packed singles to signed doublewords, rounding by MXCSR | none | w r | NaN or out of range gives 0x80000000; MXCSR: invalid, precision
    CVTPD2DQ VCVTPD2DQ | Convert packed doubles to signed doublewords, rounding by MXCSR | none | w r | NaN or out of range gives 0x80000000; MXCSR: invalid, precision
    CVTTPS2DQ VCVTTPS2DQ | Convert packed singles to signed doublewords, truncating | none | w r | NaN or out of range gives 0x80000000; MXCSR: invalid, precision
    CVTTPD2DQ VCVTTPD2DQ | Convert packed doubles to signed doublewords, truncating | none | w r | NaN or out of range gives 0x80000000; MXCSR: invalid, precision
    CVTSI2SS CVTSI2SSL CVTSI2SSQ CVTSI2SSD VCVTSI2SS VCVTSI2SSL VCVTSI2SSQ | Convert a signed integer to a single | none | rw r / w r r | MXCSR: precision
    CVTSI2SD CVTSI2SDL CVTSI2SDQ CVTSI2SDD VCVTSI2SD VCVTSI2SDL VCVTSI2SDQ | Convert a signed integer to a double | none | rw r / w r r | exact from 32 bits; MXCSR: precision (64-bit source)
    CVTSS2SI VCVTSS2SI | Convert the low single to a signed integer, rounding by MXCSR | none | w r | NaN or out of range gives the integer indefinite (0x80000000 or 0x8000000000000000); MXCSR: invalid, precision
    CVTSD2SI VCVTSD2SI | Convert the low double to a signed integer, rounding by MXCSR | none | w r | NaN or out of range gives the integer indefinite (0x80000000 or 0x8000000000000000); MXCSR: invalid, precision
    CVTTSS2SI VCVTTSS2SI | Convert the low single to a signed integer, truncating | none | w r | NaN or out of range gives the integer indefinite (0x80000000 or 0x8000000000000000); MXCSR: invalid, precision
    CVTTSD2SI VCVTTSD2SI | Convert the low double to a signed integer, truncating | none | w r | NaN or out of range gives the integer indefinite (0x80000000 or 0x8000000000000000); MXCSR: invalid, precision
    CVTPI2PS       | Convert two signed doublewords in mm to singles | none | rw r | the upper half of xmm is kept; MXCSR: precision
    CVTPI2PD       | Convert two signed doublewords in mm to doubles | none | w r | exact: raises no floating-point exception
    CVTPS2PI       | Convert two singles to signed doublewords in mm, rounding by MXCSR | none | w r | MXCSR: invalid, precision
    CVTPD2PI       | Convert two doubles to signed doublewords in mm, rounding by MXCSR | none | w r | MXCSR: invalid, precision
    CVTTPS2PI      | Convert two singles to signed doublewords in mm, truncating | none | w r | MXCSR: invalid, precision
    CVTTPD2PI      | Convert two doubles to signed doublewords in mm, truncating | none | w r | MXCSR: invalid, precision
    VCVTPH2PS      | Convert packed half-precision floats to singles (F16C) | none | w r | MXCSR: invalid
    VCVTPS2PH      | Convert packed singles to half-precision floats (F16C) | none | w r r | imm8 bits 1:0 the rounding (unless bit 2 says MXCSR's); MXCSR: invalid, denormal, overflow, underflow, precision
    # MXCSR
    LDMXCSR VLDMXCSR | Load MXCSR from memory                    | none | r | setting a reserved bit raises a general-protection fault (SIGSEGV)
    STMXCSR VSTMXCSR | Store MXCSR to memory                     | none | w
    # MMX/SSE/AVX: integer arithmetic (b = bytes, w = words, d = doublewords, q = quadwords)
    PADDB VPADDB   | Add packed bytes, wrapping around         | none | rw r / w r r
    PADDW VPADDW   | Add packed words, wrapping around         | none | rw r / w r r
    PADDD VPADDD   | Add packed doublewords, wrapping around   | none | rw r / w r r
    PADDQ VPADDQ   | Add packed quadwords, wrapping around     | none | rw r / w r r
    PADDSB VPADDSB | Add packed signed bytes, saturating       | none | rw r / w r r
    PADDSW VPADDSW | Add packed signed words, saturating       | none | rw r / w r r
    PADDUSB VPADDUSB | Add packed unsigned bytes, saturating    | none | rw r / w r r
    PADDUSW VPADDUSW | Add packed unsigned words, saturating    | none | rw r / w r r
    PSUBB VPSUBB   | Subtract packed bytes, wrapping around    | none | rw r / w r r
    PSUBW VPSUBW   | Subtract packed words, wrapping around    | none | rw r / w r r
    PSUBD VPSUBD   | Subtract packed doublewords, wrapping around | none | rw r / w r r
    PSUBQ VPSUBQ   | Subtract packed quadwords, wrapping around | none | rw r / w r r
    PSUBSB VPSUBSB | Subtract packed signed bytes, saturating  | none | rw r / w r r
    PSUBSW VPSUBSW | Subtract packed signed words, saturating  | none | rw r / w r r
    PSUBUSB VPSUBUSB | Subtract packed unsigned bytes, saturating at 0 | none | rw r / w r r
    PSUBUSW VPSUBUSW | Subtract packed unsigned words, saturating at 0 | none | rw r / w r r
    PMULLW VPMULLW | Multiply packed words, keep the low 16 bits of each product | none | rw r / w r r
    PMULLD VPMULLD | Multiply packed doublewords, keep the low 32 bits of each product | none | rw r / w r r
    PMULHW VPMULHW | Multiply packed signed words, keep the high 16 bits of each product | none | rw r / w r r
    PMULHUW VPMULHUW | Multiply packed unsigned words, keep the high 16 bits | none | rw r / w r r
    PMULHRSW VPMULHRSW | Multiply signed words, keep bits 30:15 of each product, rounded | none | rw r / w r r | (a * b + 0x4000) >> 15: Q15 fixed-point multiply
    PMULUDQ VPMULUDQ | Multiply the even unsigned doublewords into quadwords | none | rw r / w r r
    PMULDQ VPMULDQ | Multiply the even signed doublewords into quadwords | none | rw r / w r r
    PMADDWD VPMADDWD | Multiply signed words, add adjacent products into doublewords | none | rw r / w r r
    PMADDUBSW VPMADDUBSW | Multiply unsigned by signed bytes, add pairs into words, saturating | none | rw r / w r r | the first source is unsigned, the second signed
    PSADBW VPSADBW | Sum of absolute differences of unsigned bytes, per 8 bytes | none | rw r / w r r | each 8-byte group gives a 16-bit sum in the low word of its quadword
    MPSADBW VMPSADBW | Sums of absolute differences of 4-byte groups at eight offsets | none | rw r r / w r r r | imm8 chooses the 4-byte block of the second source and the starting offset in the first
    PAVGB VPAVGB   | Average packed unsigned bytes, rounding up | none | rw r / w r r
    PAVGW VPAVGW   | Average packed unsigned words, rounding up | none | rw r / w r r
    PABSB VPABSB   | Absolute value of packed signed bytes     | none | w r | -128 stays 0x80 (128 unsigned)
    PABSW VPABSW   | Absolute value of packed signed words     | none | w r
    PABSD VPABSD   | Absolute value of packed signed doublewords | none | w r
    PSIGNB VPSIGNB | Negate, keep or zero bytes by the sign of the second source | none | rw r / w r r
    PSIGNW VPSIGNW | Negate, keep or zero words by the sign of the second source | none | rw r / w r r
    PSIGND VPSIGND | Negate, keep or zero doublewords by the sign of the second source | none | rw r / w r r
    PHADDW VPHADDW | Add adjacent pairs of words (horizontal), wrapping | none | rw r / w r r
    PHADDD VPHADDD | Add adjacent pairs of doublewords (horizontal), wrapping | none | rw r / w r r
    PHADDSW VPHADDSW | Add adjacent pairs of signed words (horizontal), saturating | none | rw r / w r r
    PHSUBW VPHSUBW | Subtract adjacent pairs of words (horizontal), wrapping | none | rw r / w r r
    PHSUBD VPHSUBD | Subtract adjacent pairs of doublewords (horizontal), wrapping | none | rw r / w r r
    PHSUBSW VPHSUBSW | Subtract adjacent pairs of signed words (horizontal), saturating | none | rw r / w r r
    PHMINPOSUW VPHMINPOSUW | Find the minimum unsigned word and its index | none | w r | word 0 = the minimum, bits 18:16 = its index, the rest zeroed
    PMAXSB VPMAXSB | Maximum of packed signed bytes           | none | rw r / w r r
    PMAXSW VPMAXSW | Maximum of packed signed words           | none | rw r / w r r
    PMAXSD VPMAXSD | Maximum of packed signed doublewords     | none | rw r / w r r
    PMAXUB VPMAXUB | Maximum of packed unsigned bytes         | none | rw r / w r r
    PMAXUW VPMAXUW | Maximum of packed unsigned words         | none | rw r / w r r
    PMAXUD VPMAXUD | Maximum of packed unsigned doublewords   | none | rw r / w r r
    PMINSB VPMINSB | Minimum of packed signed bytes           | none | rw r / w r r
    PMINSW VPMINSW | Minimum of packed signed words           | none | rw r / w r r
    PMINSD VPMINSD | Minimum of packed signed doublewords     | none | rw r / w r r
    PMINUB VPMINUB | Minimum of packed unsigned bytes         | none | rw r / w r r
    PMINUW VPMINUW | Minimum of packed unsigned words         | none | rw r / w r r
    PMINUD VPMINUD | Minimum of packed unsigned doublewords   | none | rw r / w r r
    # MMX/SSE/AVX: integer comparisons (all ones in each lane where true)
    PCMPEQB VPCMPEQB | Compare packed bytes for equality       | none | rw r / w r r | pcmpeqb of a register with itself sets every bit
    PCMPEQW VPCMPEQW | Compare packed words for equality       | none | rw r / w r r
    PCMPEQD VPCMPEQD | Compare packed doublewords for equality | none | rw r / w r r
    PCMPEQQ VPCMPEQQ | Compare packed quadwords for equality   | none | rw r / w r r
    PCMPGTB VPCMPGTB | Compare packed signed bytes for greater than | none | rw r / w r r
    PCMPGTW VPCMPGTW | Compare packed signed words for greater than | none | rw r / w r r
    PCMPGTD VPCMPGTD | Compare packed signed doublewords for greater than | none | rw r / w r r
    PCMPGTQ VPCMPGTQ | Compare packed signed quadwords for greater than | none | rw r / w r r
    PTEST VPTEST   | Test bits: ZF from AND, CF from AND NOT of two vectors | writes ZF CF; clears OF SF AF PF | r r | ZF=1 when first AND second is 0; CF=1 when NOT first AND second is 0
    VTESTPS        | Test sign bits of singles: ZF from AND, CF from AND NOT | writes ZF CF; clears OF SF AF PF | r r | only the sign bit of each element is tested
    VTESTPD        | Test sign bits of doubles: ZF from AND, CF from AND NOT | writes ZF CF; clears OF SF AF PF | r r | only the sign bit of each element is tested
    # MMX/SSE/AVX: integer logic and shifts
    PAND VPAND     | Bitwise AND                               | none | rw r / w r r
    PANDN VPANDN   | Bitwise AND NOT: NOT first AND second     | none | rw r / w r r
    POR VPOR       | Bitwise OR                                | none | rw r / w r r
    PXOR VPXOR     | Bitwise XOR                               | none | rw r / w r r | pxor of a register with itself zeroes it
    PSLLW VPSLLW   | Shift packed words left logically         | none | rw r / w r r | the count is an immediate or the low quadword of a register; counts above 15 give 0
    PSLLD VPSLLD   | Shift packed doublewords left logically   | none | rw r / w r r | counts above 31 give 0
    PSLLQ VPSLLQ   | Shift packed quadwords left logically     | none | rw r / w r r | counts above 63 give 0
    PSRLW VPSRLW   | Shift packed words right logically        | none | rw r / w r r | counts above 15 give 0
    PSRLD VPSRLD   | Shift packed doublewords right logically  | none | rw r / w r r | counts above 31 give 0
    PSRLQ VPSRLQ   | Shift packed quadwords right logically    | none | rw r / w r r | counts above 63 give 0
    PSRAW VPSRAW   | Shift packed words right arithmetically   | none | rw r / w r r | counts above 15 fill with the sign bit
    PSRAD VPSRAD   | Shift packed doublewords right arithmetically | none | rw r / w r r | counts above 31 fill with the sign bit
    PSLLDQ VPSLLDQ | Shift a double quadword left by imm8 bytes | none | rw r / w r r | per 128-bit lane for ymm
    PSRLDQ VPSRLDQ | Shift a double quadword right by imm8 bytes | none | rw r / w r r | per 128-bit lane for ymm
    VPSLLVD        | Shift doublewords left, each by its own count (AVX2) | none | w r r | counts above 31 give 0
    VPSLLVQ        | Shift quadwords left, each by its own count (AVX2) | none | w r r | counts above 63 give 0
    VPSRLVD        | Shift doublewords right logically, each by its own count (AVX2) | none | w r r | counts above 31 give 0
    VPSRLVQ        | Shift quadwords right logically, each by its own count (AVX2) | none | w r r | counts above 63 give 0
    VPSRAVD        | Shift doublewords right arithmetically, each by its own count (AVX2) | none | w r r | counts above 31 fill with the sign bit
    # MMX/SSE/AVX: packing, unpacking and shuffling integers
    PACKSSWB VPACKSSWB | Pack signed words into signed bytes, saturating | none | rw r / w r r
    PACKSSDW VPACKSSDW | Pack signed doublewords into signed words, saturating | none | rw r / w r r
    PACKUSWB VPACKUSWB | Pack signed words into unsigned bytes, saturating | none | rw r / w r r
    PACKUSDW VPACKUSDW | Pack signed doublewords into unsigned words, saturating | none | rw r / w r r
    PUNPCKLBW VPUNPCKLBW | Interleave the low bytes of two sources | none | rw r / w r r | with a zeroed second source, zero-extends bytes to words
    PUNPCKLWD VPUNPCKLWD | Interleave the low words of two sources | none | rw r / w r r
    PUNPCKLDQ VPUNPCKLDQ | Interleave the low doublewords of two sources | none | rw r / w r r
    PUNPCKLQDQ VPUNPCKLQDQ | Interleave the low quadwords of two sources | none | rw r / w r r
    PUNPCKHBW VPUNPCKHBW | Interleave the high bytes of two sources | none | rw r / w r r
    PUNPCKHWD VPUNPCKHWD | Interleave the high words of two sources | none | rw r / w r r
    PUNPCKHDQ VPUNPCKHDQ | Interleave the high doublewords of two sources | none | rw r / w r r
    PUNPCKHQDQ VPUNPCKHQDQ | Interleave the high quadwords of two sources | none | rw r / w r r
    PSHUFB VPSHUFB | Shuffle bytes by the indexes in the second source | none | rw r / w r r | an index byte with bit 7 set gives 0; per 128-bit lane for ymm
    PSHUFW         | Shuffle words of mm by imm8               | none | w r r
    PSHUFD VPSHUFD | Shuffle doublewords by imm8               | none | w r r
    PSHUFHW VPSHUFHW | Shuffle the high four words by imm8, copy the low quadword | none | w r r
    PSHUFLW VPSHUFLW | Shuffle the low four words by imm8, copy the high quadword | none | w r r
    PALIGNR VPALIGNR | Concatenate two sources and extract bytes at offset imm8 | none | rw r r / w r r r
    PBLENDW VPBLENDW | Blend words: imm8 bit i picks the second source for word i | none | rw r r / w r r r
    PBLENDVB VPBLENDVB | Blend bytes by the sign bits of a mask register | none | rw r / rw r r / w r r r | the SSE form's mask is xmm0 (implicit, or written as the third operand)
    VPBLENDD       | Blend doublewords: imm8 bit i picks the second source (AVX2) | none | w r r r
    PMOVMSKB VPMOVMSKB | Gather the sign bits of the bytes into a general register | none | w r
    PEXTRB VPEXTRB | Extract the byte at index imm8           | none | w r r | to a general register, zero-extended, or to memory
    PEXTRW VPEXTRW | Extract the word at index imm8           | none | w r r | to a general register, zero-extended, or to memory
    PEXTRD VPEXTRD | Extract the doubleword at index imm8     | none | w r r
    PEXTRQ VPEXTRQ | Extract the quadword at index imm8       | none | w r r
    PINSRB VPINSRB | Insert a byte at index imm8              | none | rw r r / w r r r
    PINSRW VPINSRW | Insert a word at index imm8              | none | rw r r / w r r r
    PINSRD VPINSRD | Insert a doubleword at index imm8        | none | rw r r / w r r r
    PINSRQ VPINSRQ | Insert a quadword at index imm8          | none | rw r r / w r r r
    PMOVSXBW VPMOVSXBW | Sign-extend packed bytes to words      | none | w r
    PMOVSXBD VPMOVSXBD | Sign-extend packed bytes to doublewords | none | w r
    PMOVSXBQ VPMOVSXBQ | Sign-extend packed bytes to quadwords  | none | w r
    PMOVSXWD VPMOVSXWD | Sign-extend packed words to doublewords | none | w r
    PMOVSXWQ VPMOVSXWQ | Sign-extend packed words to quadwords  | none | w r
    PMOVSXDQ VPMOVSXDQ | Sign-extend packed doublewords to quadwords | none | w r
    PMOVZXBW VPMOVZXBW | Zero-extend packed bytes to words      | none | w r
    PMOVZXBD VPMOVZXBD | Zero-extend packed bytes to doublewords | none | w r
    PMOVZXBQ VPMOVZXBQ | Zero-extend packed bytes to quadwords  | none | w r
    PMOVZXWD VPMOVZXWD | Zero-extend packed words to doublewords | none | w r
    PMOVZXWQ VPMOVZXWQ | Zero-extend packed words to quadwords  | none | w r
    PMOVZXDQ VPMOVZXDQ | Zero-extend packed doublewords to quadwords | none | w r
    # MMX state
    EMMS           | Empty the MMX state: mark every x87 register empty | none | - | needed before x87 code runs after MMX code
    FEMMS          | Fast empty of the MMX state (3DNow!)     | none | - | AMD 3DNow!, not on current processors
    # SSE4.2 string comparisons (imm8 picks the element type, the comparison and the result form)
    PCMPESTRI VPCMPESTRI PCMPESTRIQ VPCMPESTRIQ | Compare explicit-length strings, index into ecx | writes CF ZF SF OF; clears AF PF | r r r | lengths in eax and edx (rax and rdx with REX.W); CF = any match, ZF/SF = the second/first string is shorter than the register, OF = bit 0 of the result
    PCMPESTRM VPCMPESTRM PCMPESTRMQ VPCMPESTRMQ | Compare explicit-length strings, mask into xmm0 | writes CF ZF SF OF; clears AF PF | r r r | lengths in eax and edx (rax and rdx with REX.W); CF = any match, ZF/SF = the second/first string is shorter than the register, OF = bit 0 of the result
    PCMPISTRI VPCMPISTRI | Compare zero-terminated strings, index into ecx | writes CF ZF SF OF; clears AF PF | r r r | CF = any match, ZF/SF = the second/first operand holds a zero element, OF = bit 0 of the result
    PCMPISTRM VPCMPISTRM | Compare zero-terminated strings, mask into xmm0 | writes CF ZF SF OF; clears AF PF | r r r | CF = any match, ZF/SF = the second/first operand holds a zero element, OF = bit 0 of the result
    # SSE4a
    EXTRQ          | Extract a bit field from the low quadword of xmm (SSE4a) | none | rw r / rw r r | length and index come from two immediates or from the source register
    INSERTQ        | Insert a bit field into the low quadword of xmm (SSE4a) | none | rw r / rw r r r | length and index come from two immediates or from the source register
    # AES, carry-less multiplication, Galois field, SHA
    AESENC VAESENC | One round of AES encryption              | none | rw r / w r r | the second source is the round key; VEX ymm forms (VAES) do two blocks
    AESENCLAST VAESENCLAST | The last round of AES encryption | none | rw r / w r r | the second source is the round key
    AESDEC VAESDEC | One round of AES decryption              | none | rw r / w r r | the second source is the round key
    AESDECLAST VAESDECLAST | The last round of AES decryption | none | rw r / w r r | the second source is the round key
    AESIMC VAESIMC | AES inverse mix columns of a round key    | none | w r
    AESKEYGENASSIST VAESKEYGENASSIST | AES round-key generation assist, with round constant imm8 | none | w r r
    PCLMULQDQ VPCLMULQDQ | Carry-less multiply of two quadwords chosen by imm8 | none | rw r r / w r r r | imm8 bit 0 picks the quadword of the first source, bit 4 that of the second; the 128-bit product is the result
    PCLMULLQLQDQ VPCLMULLQLQDQ | Carry-less multiply of the low quadwords (imm8 0x00) | none | rw r / w r r
    PCLMULHQLQDQ VPCLMULHQLQDQ | Carry-less multiply: first source high, second low (imm8 0x01) | none | rw r / w r r
    PCLMULLQHQDQ VPCLMULLQHQDQ | Carry-less multiply: first source low, second high (imm8 0x10) | none | rw r / w r r
    PCLMULHQHQDQ VPCLMULHQHQDQ | Carry-less multiply of the high quadwords (imm8 0x11) | none | rw r / w r r
    GF2P8AFFINEQB VGF2P8AFFINEQB | Affine transform of bytes in GF(2^8): matrix times byte, XOR imm8 | none | rw r r / w r r r
    GF2P8AFFINEINVQB VGF2P8AFFINEINVQB | Affine transform of byte inverses in GF(2^8), XOR imm8 | none | rw r r / w r r r
    GF2P8MULB VGF2P8MULB | Multiply bytes in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1 | none | rw r / w r r
    SHA1RNDS4      | Four rounds of SHA-1; imm8 selects the round function and constant | none | rw r r
    SHA1NEXTE      | Compute SHA-1 state variable E after four rounds | none | rw r
    SHA1MSG1       | First step of the SHA-1 message schedule  | none | rw r
    SHA1MSG2       | Second step of the SHA-1 message schedule | none | rw r
    SHA256RNDS2    | Two rounds of SHA-256; xmm0 holds the message plus constants | none | rw r / rw r r
    SHA256MSG1     | First step of the SHA-256 message schedule | none | rw r
    SHA256MSG2     | Second step of the SHA-256 message schedule | none | rw r
    # AVX/AVX2: broadcasts, 128-bit lanes, permutes, masked moves and gathers
    VBROADCASTSS   | Broadcast a single to every lane          | none | w r
    VBROADCASTSD   | Broadcast a double to every lane of ymm  | none | w r
    VBROADCASTF128 | Broadcast 128 bits of floats from memory to both ymm lanes | none | w r
    VBROADCASTI128 | Broadcast 128 bits of integers from memory to both ymm lanes (AVX2) | none | w r
    VPBROADCASTB   | Broadcast a byte to every lane (AVX2)    | none | w r
    VPBROADCASTW   | Broadcast a word to every lane (AVX2)    | none | w r
    VPBROADCASTD   | Broadcast a doubleword to every lane (AVX2) | none | w r
    VPBROADCASTQ   | Broadcast a quadword to every lane (AVX2) | none | w r
    VINSERTF128    | Insert 128 bits of floats into the ymm lane chosen by imm8 | none | w r r r
    VINSERTI128    | Insert 128 bits of integers into the ymm lane chosen by imm8 (AVX2) | none | w r r r
    VEXTRACTF128   | Extract the 128-bit ymm lane chosen by imm8 (floats) | none | w r r
    VEXTRACTI128   | Extract the 128-bit ymm lane chosen by imm8 (integers, AVX2) | none | w r r
    VPERM2F128     | Pick each 128-bit lane from either source, or zero, by imm8 | none | w r r r
    VPERM2I128     | Pick each 128-bit lane from either source, or zero, by imm8 (AVX2) | none | w r r r
    VPERMILPS      | Permute singles within each 128-bit lane, by imm8 or a vector | none | w r r
    VPERMILPD      | Permute doubles within each 128-bit lane, by imm8 or a vector | none | w r r
    VPERMD         | Permute doublewords across lanes by indexes in the first source (AVX2) | none | w r r
    VPERMPS        | Permute singles across lanes by indexes in the first source (AVX2) | none | w r r
    VPERMQ         | Permute quadwords across lanes by imm8 (AVX2) | none | w r r
    VPERMPD        | Permute doubles across lanes by imm8 (AVX2) | none | w r r
    VMASKMOVPS     | Load or store singles under the sign bits of a mask | none | w r r | masked-off elements are not accessed (no fault) and load as 0
    VMASKMOVPD     | Load or store doubles under the sign bits of a mask | none | w r r | masked-off elements are not accessed (no fault) and load as 0
    VPMASKMOVD     | Load or store doublewords under the sign bits of a mask (AVX2) | none | w r r | masked-off elements are not accessed (no fault) and load as 0
    VPMASKMOVQ     | Load or store quadwords under the sign bits of a mask (AVX2) | none | w r r | masked-off elements are not accessed (no fault) and load as 0
    VGATHERDPS     | Gather singles from memory at doubleword indexes, under a mask (AVX2) | none | rw r rw | the mask (third operand) is cleared element by element as loads complete
    VGATHERDPD     | Gather doubles from memory at doubleword indexes, under a mask (AVX2) | none | rw r rw | the mask (third operand) is cleared element by element as loads complete
    VGATHERQPS     | Gather singles from memory at quadword indexes, under a mask (AVX2) | none | rw r rw | the mask (third operand) is cleared element by element as loads complete
    VGATHERQPD     | Gather doubles from memory at quadword indexes, under a mask (AVX2) | none | rw r rw | the mask (third operand) is cleared element by element as loads complete
    VPGATHERDD     | Gather doublewords at doubleword indexes, under a mask (AVX2) | none | rw r rw | the mask (third operand) is cleared element by element as loads complete
    VPGATHERDQ     | Gather quadwords at doubleword indexes, under a mask (AVX2) | none | rw r rw | the mask (third operand) is cleared element by element as loads complete
    VPGATHERQD     | Gather doublewords at quadword indexes, under a mask (AVX2) | none | rw r rw | the mask (third operand) is cleared element by element as loads complete
    VPGATHERQQ     | Gather quadwords at quadword indexes, under a mask (AVX2) | none | rw r rw | the mask (third operand) is cleared element by element as loads complete
    VZEROUPPER     | Zero bits 255:128 of every ymm register   | none | - | avoids the penalty of mixing VEX and legacy SSE code
    VZEROALL       | Zero every ymm register                   | none | -
    # FMA3: fused multiply-add, one rounding (132/213/231 name which operands are multiplied and which added)
    VFMADD132PS VFMADD213PS VFMADD231PS VFMADD132PD VFMADD213PD VFMADD231PD | Fused multiply-add of packed floats: a * b + c | none | rw r r | 132: op1 = op1 * op3 + op2; 213: op1 = op2 * op1 + op3; 231: op1 = op2 * op3 + op1; MXCSR: invalid, denormal, overflow, underflow, precision
    VFMADD132SS VFMADD213SS VFMADD231SS VFMADD132SD VFMADD213SD VFMADD231SD | Fused multiply-add of the low floats: a * b + c | none | rw r r | 132: op1 = op1 * op3 + op2; 213: op1 = op2 * op1 + op3; 231: op1 = op2 * op3 + op1; MXCSR: invalid, denormal, overflow, underflow, precision
    VFMSUB132PS VFMSUB213PS VFMSUB231PS VFMSUB132PD VFMSUB213PD VFMSUB231PD | Fused multiply-subtract of packed floats: a * b - c | none | rw r r | operand order as in vfmadd; MXCSR: invalid, denormal, overflow, underflow, precision
    VFMSUB132SS VFMSUB213SS VFMSUB231SS VFMSUB132SD VFMSUB213SD VFMSUB231SD | Fused multiply-subtract of the low floats: a * b - c | none | rw r r | operand order as in vfmadd; MXCSR: invalid, denormal, overflow, underflow, precision
    VFNMADD132PS VFNMADD213PS VFNMADD231PS VFNMADD132PD VFNMADD213PD VFNMADD231PD | Fused negated multiply-add of packed floats: -(a * b) + c | none | rw r r | operand order as in vfmadd; MXCSR: invalid, denormal, overflow, underflow, precision
    VFNMADD132SS VFNMADD213SS VFNMADD231SS VFNMADD132SD VFNMADD213SD VFNMADD231SD | Fused negated multiply-add of the low floats: -(a * b) + c | none | rw r r | operand order as in vfmadd; MXCSR: invalid, denormal, overflow, underflow, precision
    VFNMSUB132PS VFNMSUB213PS VFNMSUB231PS VFNMSUB132PD VFNMSUB213PD VFNMSUB231PD | Fused negated multiply-subtract of packed floats: -(a * b) - c | none | rw r r | operand order as in vfmadd; MXCSR: invalid, denormal, overflow, underflow, precision
    VFNMSUB132SS VFNMSUB213SS VFNMSUB231SS VFNMSUB132SD VFNMSUB213SD VFNMSUB231SD | Fused negated multiply-subtract of the low floats: -(a * b) - c | none | rw r r | operand order as in vfmadd; MXCSR: invalid, denormal, overflow, underflow, precision
    VFMADDSUB132PS VFMADDSUB213PS VFMADDSUB231PS VFMADDSUB132PD VFMADDSUB213PD VFMADDSUB231PD | Fused multiply, then subtract in even lanes and add in odd lanes | none | rw r r | operand order as in vfmadd; MXCSR: invalid, denormal, overflow, underflow, precision
    VFMSUBADD132PS VFMSUBADD213PS VFMSUBADD231PS VFMSUBADD132PD VFMSUBADD213PD VFMSUBADD231PD | Fused multiply, then add in even lanes and subtract in odd lanes | none | rw r r | operand order as in vfmadd; MXCSR: invalid, denormal, overflow, underflow, precision
    # FMA4 (AMD): four operands, the destination separate
    VFMADDPS VFMADDPD | Fused multiply-add of packed floats: op2 * op3 + op4 (FMA4) | none | w r r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VFMADDSS VFMADDSD | Fused multiply-add of the low floats: op2 * op3 + op4 (FMA4) | none | w r r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VFMSUBPS VFMSUBPD | Fused multiply-subtract of packed floats: op2 * op3 - op4 (FMA4) | none | w r r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VFMSUBSS VFMSUBSD | Fused multiply-subtract of the low floats: op2 * op3 - op4 (FMA4) | none | w r r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VFNMADDPS VFNMADDPD | Fused negated multiply-add of packed floats (FMA4) | none | w r r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VFNMADDSS VFNMADDSD | Fused negated multiply-add of the low floats (FMA4) | none | w r r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VFNMSUBPS VFNMSUBPD | Fused negated multiply-subtract of packed floats (FMA4) | none | w r r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VFNMSUBSS VFNMSUBSD | Fused negated multiply-subtract of the low floats (FMA4) | none | w r r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VFMADDSUBPS VFMADDSUBPD | Fused multiply, subtract in even lanes, add in odd lanes (FMA4) | none | w r r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VFMSUBADDPS VFMSUBADDPD | Fused multiply, add in even lanes, subtract in odd lanes (FMA4) | none | w r r r | MXCSR: invalid, denormal, overflow, underflow, precision
    # XOP (AMD)
    VFRCZPS VFRCZPD | Extract the fractional part of packed floats (XOP) | none | w r | MXCSR: invalid, denormal, underflow, precision
    VFRCZSS VFRCZSD | Extract the fractional part of the low float (XOP) | none | w r | MXCSR: invalid, denormal, underflow, precision
    VPCMOV         | Bitwise select between two sources by a selector (XOP) | none | w r r r | bits of the first source where the selector (fourth operand) is 1, else of the second
    VPPERM         | Select and transform bytes from two sources by a control vector (XOP) | none | w r r r
    VPERMIL2PS     | Permute singles from two sources by a selector, zeroing by imm (XOP) | none | w r r r r
    VPERMIL2PD     | Permute doubles from two sources by a selector, zeroing by imm (XOP) | none | w r r r r
    VPROTB VPROTW VPROTD VPROTQ | Rotate packed integers, each by its own signed count (XOP) | none | w r r | a positive count rotates left, a negative one right
    VPSHLB VPSHLW VPSHLD VPSHLQ | Shift packed integers logically, each by a signed count (XOP) | none | w r r | a positive count shifts left, a negative one right
    VPSHAB VPSHAW VPSHAD VPSHAQ | Shift packed integers arithmetically, each by a signed count (XOP) | none | w r r | a positive count shifts left, a negative one right
    VPHADDBW VPHADDBD VPHADDBQ VPHADDWD VPHADDWQ VPHADDDQ | Add adjacent signed integers into wider lanes (XOP) | none | w r
    VPHADDUBW VPHADDUBD VPHADDUBQ VPHADDUWD VPHADDUWQ VPHADDUDQ | Add adjacent unsigned integers into wider lanes (XOP) | none | w r
    VPHSUBBW VPHSUBWD VPHSUBDQ | Subtract adjacent signed integers into wider lanes (XOP) | none | w r
    VPMACSWW VPMACSWD VPMACSDD VPMACSDQL VPMACSDQH | Multiply signed integers and add an accumulator, wrapping (XOP) | none | w r r r
    VPMACSSWW VPMACSSWD VPMACSSDD VPMACSSDQL VPMACSSDQH | Multiply signed integers and add an accumulator, saturating (XOP) | none | w r r r
    VPMADCSWD      | Multiply signed words, add pairs and an accumulator (XOP) | none | w r r r
    VPMADCSSWD     | Multiply signed words, add pairs and an accumulator, saturating (XOP) | none | w r r r
    VPCOMB VPCOMW VPCOMD VPCOMQ | Compare packed signed integers by the predicate in imm8 (XOP) | none | w r r r | predicates: 0 lt, 1 le, 2 gt, 3 ge, 4 eq, 5 neq, 6 false, 7 true
    VPCOMUB VPCOMUW VPCOMUD VPCOMUQ | Compare packed unsigned integers by the predicate in imm8 (XOP) | none | w r r r | predicates: 0 lt, 1 le, 2 gt, 3 ge, 4 eq, 5 neq, 6 false, 7 true
    # AVX-VNNI, AVX-IFMA, AVX-NE-CONVERT (VEX forms of AVX-512 operations)
    VPDPBUSD       | Multiply unsigned by signed bytes, add fours to doublewords | none | rw r r | wrapping
    VPDPBUSDS      | Multiply unsigned by signed bytes, add fours into dwords, saturating | none | rw r r
    VPDPWSSD       | Multiply signed words, add pairs to doublewords | none | rw r r | wrapping
    VPDPWSSDS      | Multiply signed words, add pairs to doublewords, saturating | none | rw r r
    VPDPBSSD VPDPBSUD VPDPBUUD | Multiply bytes (signed/unsigned), add groups of four to doublewords | none | rw r r | ss: both signed, su: signed by unsigned, uu: both unsigned; wrapping
    VPDPBSSDS VPDPBSUDS VPDPBUUDS | Multiply bytes, add groups of four to doublewords, saturating | none | rw r r | ss: both signed, su: signed by unsigned, uu: both unsigned
    VPDPWSUD VPDPWUSD VPDPWUUD | Multiply words (signed/unsigned), add pairs to doublewords | none | rw r r | wrapping
    VPDPWSUDS VPDPWUSDS VPDPWUUDS | Multiply words (signed/unsigned), add pairs to doublewords, saturating | none | rw r r
    VPMADD52LUQ    | Multiply 52-bit unsigned integers, add the low 52 bits of the product | none | rw r r
    VPMADD52HUQ    | Multiply 52-bit unsigned integers, add the high 52 bits of the product | none | rw r r
    VBCSTNEBF162PS | Broadcast a bfloat16 from memory, converted to single | none | w r
    VBCSTNESH2PS   | Broadcast a half-precision float from memory, converted to single | none | w r
    VCVTNEEBF162PS | Convert the even bfloat16 elements in memory to singles | none | w r
    VCVTNEEPH2PS   | Convert the even half-precision elements in memory to singles | none | w r
    VCVTNEOBF162PS | Convert the odd bfloat16 elements in memory to singles | none | w r
    VCVTNEOPH2PS   | Convert the odd half-precision elements in memory to singles | none | w r
    VCVTNEPS2BF16  | Convert packed singles to bfloat16, rounding to nearest even | none | w r | denormals are flushed to zero; raises no floating-point exception
    # 3DNow! (AMD, not on current processors; it raises no floating-point exceptions)
    PFADD          | Add packed singles in mm (3DNow!)         | none | rw r
    PFSUB          | Subtract packed singles in mm (3DNow!)    | none | rw r
    PFSUBR         | Reverse subtract packed singles in mm (3DNow!) | none | rw r
    PFMUL          | Multiply packed singles in mm (3DNow!)    | none | rw r
    PFMAX          | Maximum of packed singles in mm (3DNow!)  | none | rw r
    PFMIN          | Minimum of packed singles in mm (3DNow!)  | none | rw r
    PFACC          | Add the pairs within each source (3DNow!) | none | rw r
    PFNACC         | Subtract the pairs within each source (3DNow!) | none | rw r
    PFPNACC        | Subtract the destination's pair, add the source's pair (3DNow!) | none | rw r
    PFCMPEQ        | Compare packed singles for equality (3DNow!) | none | rw r
    PFCMPGE        | Compare packed singles for greater or equal (3DNow!) | none | rw r
    PFCMPGT        | Compare packed singles for greater than (3DNow!) | none | rw r
    PFRCP          | Approximate reciprocal of a single, 14 bits (3DNow!) | none | w r
    PFRCPIT1       | First Newton-Raphson step refining a reciprocal (3DNow!) | none | rw r
    PFRCPIT2       | Second Newton-Raphson step refining a reciprocal or root (3DNow!) | none | rw r
    PFRSQRT        | Approximate reciprocal square root of a single (3DNow!) | none | w r
    PFRSQIT1       | First Newton-Raphson step refining a reciprocal square root (3DNow!) | none | rw r
    PF2ID          | Convert packed singles to doublewords, truncating (3DNow!) | none | w r
    PF2IW          | Convert packed singles to words, truncating, sign-extended (3DNow!) | none | w r
    PI2FD          | Convert packed doublewords to singles (3DNow!) | none | w r
    PI2FW          | Convert packed words to singles (3DNow!)  | none | w r
    PSWAPD         | Swap the two doublewords of mm (3DNow!)  | none | w r
    PAVGUSB        | Average packed unsigned bytes, rounding up (3DNow!) | none | rw r
    PMULHRW        | Multiply packed signed words, keep the high 16 bits, rounded (3DNow!) | none | rw r
    # AVX-512 opmask registers (VEX-encoded; k0-k7)
    KADDB KADDW KADDD KADDQ | Add opmask registers              | none | w r r
    KANDB KANDW KANDD KANDQ | Bitwise AND of opmask registers   | none | w r r
    KANDNB KANDNW KANDND KANDNQ | Bitwise AND NOT of opmask registers | none | w r r
    KORB KORW KORD KORQ | Bitwise OR of opmask registers        | none | w r r
    KXORB KXORW KXORD KXORQ | Bitwise XOR of opmask registers   | none | w r r
    KXNORB KXNORW KXNORD KXNORQ | Bitwise XNOR of opmask registers | none | w r r
    KNOTB KNOTW KNOTD KNOTQ | Bitwise NOT of an opmask register | none | w r
    KMOVB KMOVW KMOVD KMOVQ | Move to or from an opmask register | none | w r
    KSHIFTLB KSHIFTLW KSHIFTLD KSHIFTLQ | Shift an opmask register left by imm8 | none | w r r
    KSHIFTRB KSHIFTRW KSHIFTRD KSHIFTRQ | Shift an opmask register right by imm8 | none | w r r
    KUNPCKBW KUNPCKWD KUNPCKDQ | Concatenate the low halves of two opmask registers | none | w r r
    KORTESTB KORTESTW KORTESTD KORTESTQ | OR two opmask registers into flags | writes ZF CF; clears OF SF AF PF | r r | ZF=1 when the OR is all zeros, CF=1 when it is all ones
    KTESTB KTESTW KTESTD KTESTQ | Test two opmask registers: ZF from AND, CF from AND NOT | writes ZF CF; clears OF SF AF PF | r r | ZF=1 when first AND second is 0; CF=1 when NOT first AND second is 0
    # AMX (tile registers tmm0-tmm7)
    LDTILECFG      | Load the tile configuration (64 bytes) from memory | none | r
    STTILECFG      | Store the tile configuration (64 bytes) to memory | none | w
    TILERELEASE    | Release all tiles to the initial state    | none | -
    TILEZERO       | Zero a tile register                      | none | w
    TILELOADD      | Load a tile from memory rows (base + index = stride) | none | w r
    TILELOADDT1    | Load a tile from memory rows, with a hint not to keep it cached | none | w r
    TILESTORED     | Store a tile to memory rows (base + index = stride) | none | w r
    TDPBSSD TDPBSUD TDPBUSD TDPBUUD | Tile dot product of bytes into doubleword accumulators | none | rw r r | ss: both signed, su: signed by unsigned, us: unsigned by signed, uu: both unsigned
    TDPBF16PS      | Tile dot product of bfloat16 pairs into single accumulators | none | rw r r
    TDPFP16PS      | Tile dot product of half-precision pairs into single accumulators | none | rw r r
    TCMMIMFP16PS TCMMRLFP16PS | Tile complex multiply of half-precision pairs (imaginary or real part) | none | rw r r
    # Key Locker (128/256-bit AES keys wrapped in handles)
    LOADIWKEY      | Load the internal wrapping key from xmm0, xmm1 and xmm2 | writes ZF; clears OF SF AF CF PF | r r | privileged; eax selects options; ZF=1 when the key could not be loaded
    AESENC128KL AESENC256KL | AES-encrypt xmm with a Key Locker handle in memory | writes ZF; clears OF SF AF CF PF | rw r | ZF=1 when the handle was not valid
    AESDEC128KL AESDEC256KL | AES-decrypt xmm with a Key Locker handle in memory | writes ZF; clears OF SF AF CF PF | rw r | ZF=1 when the handle was not valid
    # TBM (AMD): trailing-bit manipulation
    BLCFILL        | Fill from the lowest clear bit: source AND (source + 1) (TBM) | writes SF ZF CF; clears OF; undefined AF PF | w r
    BLCI           | Isolate the lowest clear bit, inverted: src OR NOT (src + 1) (TBM) | writes SF ZF CF; clears OF; undefined AF PF | w r
    BLCIC          | Isolate the lowest clear bit: NOT source AND (source + 1) (TBM) | writes SF ZF CF; clears OF; undefined AF PF | w r
    BLCMSK         | Mask up to the lowest clear bit: source XOR (source + 1) (TBM) | writes SF ZF CF; clears OF; undefined AF PF | w r
    BLCS           | Set the lowest clear bit: source OR (source + 1) (TBM) | writes SF ZF CF; clears OF; undefined AF PF | w r
    BLSFILL        | Fill from the lowest set bit: source OR (source - 1) (TBM) | writes SF ZF CF; clears OF; undefined AF PF | w r
    BLSIC          | Isolate the lowest set bit, inverted: NOT source OR (source - 1) (TBM) | writes SF ZF CF; clears OF; undefined AF PF | w r
    T1MSKC         | Mask of trailing ones, inverted: NOT source OR (source + 1) (TBM) | writes SF ZF CF; clears OF; undefined AF PF | w r
    TZMSK          | Mask of trailing zeros: NOT source AND (source - 1) (TBM) | writes SF ZF CF; clears OF; undefined AF PF | w r
    # LWP (AMD): lightweight profiling
    LLWPCB         | Load the address of the lightweight-profiling control block | none | r
    SLWPCB         | Store the address of the lightweight-profiling control block | none | w
    LWPINS         | Insert a user event record into the profiling ring buffer | writes CF | r r r | a no-op unless lightweight profiling is enabled
    LWPVAL         | Count a value-sample event for lightweight profiling | none | r r r | a no-op unless lightweight profiling is enabled
    # Compare and add (CMPccXADD): atomic on memory; the memory value is compared with the first register
    CMPOXADD CMPNOXADD CMPBXADD CMPCXADD CMPNAEXADD CMPAEXADD CMPNBXADD CMPNCXADD CMPEXADD CMPZXADD CMPNEXADD CMPNZXADD CMPBEXADD CMPNAXADD CMPAXADD CMPNBEXADD CMPSXADD CMPNSXADD CMPPXADD CMPPEXADD CMPNPXADD CMPPOXADD CMPLXADD CMPNGEXADD CMPGEXADD CMPNLXADD CMPLEXADD CMPNGXADD CMPGXADD CMPNLEXADD | Compare memory with a register; if the condition holds, add to memory | writes OF SF ZF AF CF PF | rw rw r | atomic; the flags are those of cmp memory, first register; the first register receives the old memory value
    # Memory protection extensions (MPX; bnd0-bnd3)
    BNDMK          | Make bounds from an address expression     | none | w r
    BNDCL          | Check an address against the lower bound   | none | r r | raises #BR when below
    BNDCU BNDCN    | Check an address against the upper bound   | none | r r | raises #BR when above
    BNDMOV         | Move bounds                                | none | w r
    BNDLDX         | Load bounds from the bound table           | none | w r
    BNDSTX         | Store bounds to the bound table            | none | w r
    # Other recent system and hint instructions
    PREFETCHIT0 PREFETCHIT1 | Prefetch code into the caches (instruction prefetch hint) | none | r
    MCOMMIT        | Commit stores to persistent memory (AMD)   | writes CF; clears OF SF ZF AF PF | -
    RDPRU          | Read a processor register selected by ecx into edx:eax (AMD) | writes CF; clears OF SF ZF AF PF | - | CF=1 when the register could be read
    RDMSRLIST      | Read the model-specific registers listed at [rsi] to [rdi] | none | - | privileged
    WRMSRLIST      | Write the model-specific registers listed at [rsi] from [rdi] | none | - | privileged
    WRMSRNS        | Write edx:eax to a model-specific register, non-serializing | none | - | privileged; ecx selects the register
    VMGEXIT        | Exit to the hypervisor from an encrypted guest (AMD SEV-ES) | none | -
    REX.W          | Prefix byte 48 (REX.W) on its own          | none | -
    # SSE/AVX comparison predicates as mnemonics (cmp<predicate>ps = cmpps with that imm8); each lane
    # becomes all ones where true. Signaling predicates raise invalid on any NaN, quiet ones on signaling NaNs only.
    CMPEQPS CMPEQPD CMPEQSS CMPEQSD VCMPEQPS VCMPEQPD VCMPEQSS VCMPEQSD CMPEQ_OQPS CMPEQ_OQPD CMPEQ_OQSS CMPEQ_OQSD VCMPEQ_OQPS VCMPEQ_OQPD VCMPEQ_OQSS VCMPEQ_OQSD | Compare floats: equal, ordered, quiet (imm8 0) | none | rw r / w r r | MXCSR: invalid, denormal
    CMPLTPS CMPLTPD CMPLTSS CMPLTSD VCMPLTPS VCMPLTPD VCMPLTSS VCMPLTSD CMPLT_OSPS CMPLT_OSPD CMPLT_OSSS CMPLT_OSSD VCMPLT_OSPS VCMPLT_OSPD VCMPLT_OSSS VCMPLT_OSSD | Compare floats: less than, ordered, signaling (imm8 1) | none | rw r / w r r | MXCSR: invalid, denormal
    CMPLEPS CMPLEPD CMPLESS CMPLESD VCMPLEPS VCMPLEPD VCMPLESS VCMPLESD CMPLE_OSPS CMPLE_OSPD CMPLE_OSSS CMPLE_OSSD VCMPLE_OSPS VCMPLE_OSPD VCMPLE_OSSS VCMPLE_OSSD | Compare floats: less or equal, ordered, signaling (imm8 2) | none | rw r / w r r | MXCSR: invalid, denormal
    CMPUNORDPS CMPUNORDPD CMPUNORDSS CMPUNORDSD VCMPUNORDPS VCMPUNORDPD VCMPUNORDSS VCMPUNORDSD CMPUNORD_QPS CMPUNORD_QPD CMPUNORD_QSS CMPUNORD_QSD VCMPUNORD_QPS VCMPUNORD_QPD VCMPUNORD_QSS VCMPUNORD_QSD | Compare floats: unordered, quiet (imm8 3) | none | rw r / w r r | MXCSR: invalid, denormal
    CMPNEQPS CMPNEQPD CMPNEQSS CMPNEQSD VCMPNEQPS VCMPNEQPD VCMPNEQSS VCMPNEQSD CMPNEQ_UQPS CMPNEQ_UQPD CMPNEQ_UQSS CMPNEQ_UQSD VCMPNEQ_UQPS VCMPNEQ_UQPD VCMPNEQ_UQSS VCMPNEQ_UQSD | Compare floats: not equal, unordered, quiet (imm8 4) | none | rw r / w r r | MXCSR: invalid, denormal
    CMPNLTPS CMPNLTPD CMPNLTSS CMPNLTSD VCMPNLTPS VCMPNLTPD VCMPNLTSS VCMPNLTSD CMPNLT_USPS CMPNLT_USPD CMPNLT_USSS CMPNLT_USSD VCMPNLT_USPS VCMPNLT_USPD VCMPNLT_USSS VCMPNLT_USSD | Compare floats: not less than, unordered, signaling (imm8 5) | none | rw r / w r r | MXCSR: invalid, denormal
    CMPNLEPS CMPNLEPD CMPNLESS CMPNLESD VCMPNLEPS VCMPNLEPD VCMPNLESS VCMPNLESD CMPNLE_USPS CMPNLE_USPD CMPNLE_USSS CMPNLE_USSD VCMPNLE_USPS VCMPNLE_USPD VCMPNLE_USSS VCMPNLE_USSD | Compare floats: not less or equal, unordered, signaling (imm8 6) | none | rw r / w r r | MXCSR: invalid, denormal
    CMPORDPS CMPORDPD CMPORDSS CMPORDSD VCMPORDPS VCMPORDPD VCMPORDSS VCMPORDSD CMPORD_QPS CMPORD_QPD CMPORD_QSS CMPORD_QSD VCMPORD_QPS VCMPORD_QPD VCMPORD_QSS VCMPORD_QSD | Compare floats: ordered, quiet (imm8 7) | none | rw r / w r r | MXCSR: invalid, denormal
    VCMPEQ_UQPS VCMPEQ_UQPD VCMPEQ_UQSS VCMPEQ_UQSD | Compare floats: equal, unordered, quiet (imm8 8) | none | w r r | MXCSR: invalid, denormal
    VCMPNGEPS VCMPNGEPD VCMPNGESS VCMPNGESD VCMPNGE_USPS VCMPNGE_USPD VCMPNGE_USSS VCMPNGE_USSD | Compare floats: not greater or equal, unordered, signaling (imm8 9) | none | w r r | MXCSR: invalid, denormal
    VCMPNGTPS VCMPNGTPD VCMPNGTSS VCMPNGTSD VCMPNGT_USPS VCMPNGT_USPD VCMPNGT_USSS VCMPNGT_USSD | Compare floats: not greater than, unordered, signaling (imm8 10) | none | w r r | MXCSR: invalid, denormal
    VCMPFALSEPS VCMPFALSEPD VCMPFALSESS VCMPFALSESD VCMPFALSE_OQPS VCMPFALSE_OQPD VCMPFALSE_OQSS VCMPFALSE_OQSD | Compare floats: always false, quiet (imm8 11) | none | w r r | MXCSR: invalid, denormal
    VCMPNEQ_OQPS VCMPNEQ_OQPD VCMPNEQ_OQSS VCMPNEQ_OQSD | Compare floats: not equal, ordered, quiet (imm8 12) | none | w r r | MXCSR: invalid, denormal
    VCMPGEPS VCMPGEPD VCMPGESS VCMPGESD VCMPGE_OSPS VCMPGE_OSPD VCMPGE_OSSS VCMPGE_OSSD | Compare floats: greater or equal, ordered, signaling (imm8 13) | none | w r r | MXCSR: invalid, denormal
    VCMPGTPS VCMPGTPD VCMPGTSS VCMPGTSD VCMPGT_OSPS VCMPGT_OSPD VCMPGT_OSSS VCMPGT_OSSD | Compare floats: greater than, ordered, signaling (imm8 14) | none | w r r | MXCSR: invalid, denormal
    VCMPTRUEPS VCMPTRUEPD VCMPTRUESS VCMPTRUESD VCMPTRUE_UQPS VCMPTRUE_UQPD VCMPTRUE_UQSS VCMPTRUE_UQSD | Compare floats: always true, quiet (imm8 15) | none | w r r | MXCSR: invalid, denormal
    VCMPEQ_OSPS VCMPEQ_OSPD VCMPEQ_OSSS VCMPEQ_OSSD | Compare floats: equal, ordered, signaling (imm8 16) | none | w r r | MXCSR: invalid, denormal
    VCMPLT_OQPS VCMPLT_OQPD VCMPLT_OQSS VCMPLT_OQSD | Compare floats: less than, ordered, quiet (imm8 17) | none | w r r | MXCSR: invalid, denormal
    VCMPLE_OQPS VCMPLE_OQPD VCMPLE_OQSS VCMPLE_OQSD | Compare floats: less or equal, ordered, quiet (imm8 18) | none | w r r | MXCSR: invalid, denormal
    VCMPUNORD_SPS VCMPUNORD_SPD VCMPUNORD_SSS VCMPUNORD_SSD | Compare floats: unordered, signaling (imm8 19) | none | w r r | MXCSR: invalid, denormal
    VCMPNEQ_USPS VCMPNEQ_USPD VCMPNEQ_USSS VCMPNEQ_USSD | Compare floats: not equal, unordered, signaling (imm8 20) | none | w r r | MXCSR: invalid, denormal
    VCMPNLT_UQPS VCMPNLT_UQPD VCMPNLT_UQSS VCMPNLT_UQSD | Compare floats: not less than, unordered, quiet (imm8 21) | none | w r r | MXCSR: invalid, denormal
    VCMPNLE_UQPS VCMPNLE_UQPD VCMPNLE_UQSS VCMPNLE_UQSD | Compare floats: not less or equal, unordered, quiet (imm8 22) | none | w r r | MXCSR: invalid, denormal
    VCMPORD_SPS VCMPORD_SPD VCMPORD_SSS VCMPORD_SSD | Compare floats: ordered, signaling (imm8 23) | none | w r r | MXCSR: invalid, denormal
    VCMPEQ_USPS VCMPEQ_USPD VCMPEQ_USSS VCMPEQ_USSD | Compare floats: equal, unordered, signaling (imm8 24) | none | w r r | MXCSR: invalid, denormal
    VCMPNGE_UQPS VCMPNGE_UQPD VCMPNGE_UQSS VCMPNGE_UQSD | Compare floats: not greater or equal, unordered, quiet (imm8 25) | none | w r r | MXCSR: invalid, denormal
    VCMPNGT_UQPS VCMPNGT_UQPD VCMPNGT_UQSS VCMPNGT_UQSD | Compare floats: not greater than, unordered, quiet (imm8 26) | none | w r r | MXCSR: invalid, denormal
    VCMPFALSE_OSPS VCMPFALSE_OSPD VCMPFALSE_OSSS VCMPFALSE_OSSD | Compare floats: always false, signaling (imm8 27) | none | w r r | MXCSR: invalid, denormal
    VCMPNEQ_OSPS VCMPNEQ_OSPD VCMPNEQ_OSSS VCMPNEQ_OSSD | Compare floats: not equal, ordered, signaling (imm8 28) | none | w r r | MXCSR: invalid, denormal
    VCMPGE_OQPS VCMPGE_OQPD VCMPGE_OQSS VCMPGE_OQSD | Compare floats: greater or equal, ordered, quiet (imm8 29) | none | w r r | MXCSR: invalid, denormal
    VCMPGT_OQPS VCMPGT_OQPD VCMPGT_OQSS VCMPGT_OQSD | Compare floats: greater than, ordered, quiet (imm8 30) | none | w r r | MXCSR: invalid, denormal
    VCMPTRUE_USPS VCMPTRUE_USPD VCMPTRUE_USSS VCMPTRUE_USSD | Compare floats: always true, signaling (imm8 31) | none | w r r | MXCSR: invalid, denormal
    # XOP integer comparison predicates as mnemonics (vpcom<predicate><type> = vpcom<type> with that imm8)
    VPCOMLTB VPCOMLTW VPCOMLTD VPCOMLTQ VPCOMLTUB VPCOMLTUW VPCOMLTUD VPCOMLTUQ | Compare packed integers: less than (XOP, imm8 0) | none | w r r | u: unsigned elements; all ones in each lane where true
    VPCOMLEB VPCOMLEW VPCOMLED VPCOMLEQ VPCOMLEUB VPCOMLEUW VPCOMLEUD VPCOMLEUQ | Compare packed integers: less or equal (XOP, imm8 1) | none | w r r | u: unsigned elements; all ones in each lane where true
    VPCOMGTB VPCOMGTW VPCOMGTD VPCOMGTQ VPCOMGTUB VPCOMGTUW VPCOMGTUD VPCOMGTUQ | Compare packed integers: greater than (XOP, imm8 2) | none | w r r | u: unsigned elements; all ones in each lane where true
    VPCOMGEB VPCOMGEW VPCOMGED VPCOMGEQ VPCOMGEUB VPCOMGEUW VPCOMGEUD VPCOMGEUQ | Compare packed integers: greater or equal (XOP, imm8 3) | none | w r r | u: unsigned elements; all ones in each lane where true
    VPCOMEQB VPCOMEQW VPCOMEQD VPCOMEQQ VPCOMEQUB VPCOMEQUW VPCOMEQUD VPCOMEQUQ | Compare packed integers: equal (XOP, imm8 4) | none | w r r | u: unsigned elements; all ones in each lane where true
    VPCOMNEQB VPCOMNEQW VPCOMNEQD VPCOMNEQQ VPCOMNEQUB VPCOMNEQUW VPCOMNEQUD VPCOMNEQUQ | Compare packed integers: not equal (XOP, imm8 5) | none | w r r | u: unsigned elements; all ones in each lane where true
    VPCOMFALSEB VPCOMFALSEW VPCOMFALSED VPCOMFALSEQ VPCOMFALSEUB VPCOMFALSEUW VPCOMFALSEUD VPCOMFALSEUQ | Compare packed integers: always false (XOP, imm8 6) | none | w r r | u: unsigned elements; all ones in each lane where true
    VPCOMTRUEB VPCOMTRUEW VPCOMTRUED VPCOMTRUEQ VPCOMTRUEUB VPCOMTRUEUW VPCOMTRUEUD VPCOMTRUEUQ | Compare packed integers: always true (XOP, imm8 7) | none | w r r | u: unsigned elements; all ones in each lane where true
    """
}
