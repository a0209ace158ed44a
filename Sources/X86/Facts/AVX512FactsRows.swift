extension InstructionFacts {
    /// Rows for the mnemonics only EVEX encodes (AVX-512 F, CD, ER, BW, DQ, VL, IFMA, VBMI,
    /// VBMI2, VNNI, BITALG, VPOPCNTDQ, BF16, FP16, VP2INTERSECT, 4FMAPS, 4VNNIW), in the format of
    /// ``InstructionFacts/rows``. The AVX-512 forms of SSE/AVX mnemonics (`vaddps zmm…`) share
    /// the rows in ``vectorRows``.
    ///
    /// Every EVEX form may take an opmask (`{k1}`: elements whose mask bit is 0 are left as they
    /// were, or zeroed with `{z}`), so "the destination" below means its selected elements.
    static let avx512Rows = """
    # Moves, broadcasts, inserts and extracts
    VMOVDQA32 VMOVDQA64 | Move aligned packed dword/qword integers (the mask's element size) | none | w r | a memory operand must be aligned to the vector's width
    VMOVDQU8 VMOVDQU16 VMOVDQU32 VMOVDQU64 | Move unaligned packed integers, masked per byte/word/dword/qword | none | w r
    VBROADCASTF32X2 VBROADCASTI32X2 | Broadcast two dwords to every 64-bit lane | none | w r
    VBROADCASTF32X4 VBROADCASTI32X4 VBROADCASTF64X2 VBROADCASTI64X2 | Broadcast 128 bits to every 128-bit lane | none | w r
    VBROADCASTF32X8 VBROADCASTI32X8 VBROADCASTF64X4 VBROADCASTI64X4 | Broadcast 256 bits to both 256-bit halves | none | w r
    VPBROADCASTMB2Q VPBROADCASTMW2D | Broadcast an opmask register to every qword/dword | none | w r
    VINSERTF32X4 VINSERTI32X4 VINSERTF64X2 VINSERTI64X2 | Insert 128 bits at the lane imm8 selects | none | w r r r
    VINSERTF32X8 VINSERTI32X8 VINSERTF64X4 VINSERTI64X4 | Insert 256 bits at the half imm8 selects | none | w r r r
    VEXTRACTF32X4 VEXTRACTI32X4 VEXTRACTF64X2 VEXTRACTI64X2 | Extract the 128-bit lane imm8 selects | none | w r r
    VEXTRACTF32X8 VEXTRACTI32X8 VEXTRACTF64X4 VEXTRACTI64X4 | Extract the 256-bit half imm8 selects | none | w r r
    VCOMPRESSPS VCOMPRESSPD VPCOMPRESSB VPCOMPRESSW VPCOMPRESSD VPCOMPRESSQ | Store the mask-selected elements contiguously (compress) | none | w r | to memory only the selected elements are written
    VEXPANDPS VEXPANDPD VPEXPANDB VPEXPANDW VPEXPANDD VPEXPANDQ | Spread contiguous elements to the mask-selected places (expand) | none | w r
    VPMOVM2B VPMOVM2W VPMOVM2D VPMOVM2Q | Set each element to all ones or zero from an opmask bit | none | w r
    VPMOVB2M VPMOVW2M VPMOVD2M VPMOVQ2M | Copy each element's sign bit to an opmask register | none | w r
    VPMOVDB VPMOVDW VPMOVQB VPMOVQW VPMOVQD VPMOVWB | Narrow packed integers by truncation | none | w r
    VPMOVSDB VPMOVSDW VPMOVSQB VPMOVSQW VPMOVSQD VPMOVSWB | Narrow packed integers with signed saturation | none | w r
    VPMOVUSDB VPMOVUSDW VPMOVUSQB VPMOVUSQW VPMOVUSQD VPMOVUSWB | Narrow packed integers with unsigned saturation | none | w r
    VMOVSH | Move a half-precision float (the low element) | none | w r / w r r
    VMOVW | Move a word between a general register or memory and xmm | none | w r
    # Blends, permutes, shuffles, alignment
    VBLENDMPS VBLENDMPD VPBLENDMB VPBLENDMW VPBLENDMD VPBLENDMQ | Blend two sources by an opmask (set bit: second source) | none | w r r
    VALIGND VALIGNQ | Shift the concatenation of two vectors right by imm8 elements | none | w r r r
    VPERMB VPERMW | Permute bytes/words across the whole vector by indices | none | w r r
    VPERMI2B VPERMI2W VPERMI2D VPERMI2Q VPERMI2PS VPERMI2PD | Permute from two tables, indices in the destination (overwritten) | none | rw r r
    VPERMT2B VPERMT2W VPERMT2D VPERMT2Q VPERMT2PS VPERMT2PD | Permute from two tables, the first in the destination (overwritten) | none | rw r r
    VSHUFF32X4 VSHUFF64X2 VSHUFI32X4 VSHUFI64X2 | Shuffle 128-bit lanes of two sources by imm8 | none | w r r r
    VPMULTISHIFTQB | Select unaligned bytes from each qword by bit offsets | none | w r r
    VPSHUFBITQMB | Gather bits of each qword into an opmask by byte indices | none | w r r
    # Integer arithmetic and logic
    VPABSQ | Absolute value of packed signed qwords | none | w r
    VPMAXSQ VPMAXUQ VPMINSQ VPMINUQ | Maximum or minimum of packed signed/unsigned qwords | none | w r r
    VPMULLQ | Multiply packed qwords, keep the low 64 bits | none | w r r
    VPANDD VPANDQ | Bitwise AND, masked per dword/qword | none | w r r
    VPANDND VPANDNQ | Bitwise AND NOT (NOT first source), masked per dword/qword | none | w r r
    VPORD VPORQ | Bitwise OR, masked per dword/qword | none | w r r
    VPXORD VPXORQ | Bitwise XOR, masked per dword/qword | none | w r r
    VPTERNLOGD VPTERNLOGQ | Any three-input bitwise function, imm8 its truth table | none | rw r r r | imm8 bit number 4a+2b+c is the result for destination bit a and source bits b, c
    VPCONFLICTD VPCONFLICTQ | For each element, a bit mask of the earlier elements equal to it | none | w r
    VPLZCNTD VPLZCNTQ | Count leading zero bits of packed dwords/qwords | none | w r
    VPOPCNTB VPOPCNTW VPOPCNTD VPOPCNTQ | Count set bits of each packed element | none | w r
    VPROLD VPROLQ VPRORD VPRORQ | Rotate packed dwords/qwords left/right by imm8 | none | w r r
    VPROLVD VPROLVQ VPRORVD VPRORVQ | Rotate packed dwords/qwords left/right by per-element counts | none | w r r
    VPSRAQ | Shift packed qwords right arithmetically | none | w r r
    VPSRAVQ VPSRAVW | Shift packed qwords/words right arithmetically by per-element counts | none | w r r
    VPSLLVW VPSRLVW | Shift packed words left/right logically by per-element counts | none | w r r
    VPSHLDW VPSHLDD VPSHLDQ | Shift two concatenated elements left by imm8, keep the high half | none | w r r r
    VPSHRDW VPSHRDD VPSHRDQ | Shift two concatenated elements right by imm8, keep the low half | none | w r r r
    VPSHLDVW VPSHLDVD VPSHLDVQ | Concatenated shift left by per-element counts | none | rw r r
    VPSHRDVW VPSHRDVD VPSHRDVQ | Concatenated shift right by per-element counts | none | rw r r
    VDBPSADBW | Double-block sums of absolute byte differences, blocks chosen by imm8 | none | w r r r
    VP4DPWSSD VP4DPWSSDS | Four iterations of word dot products into dwords (4VNNIW) | none | rw r r | the second operand names the first of four consecutive registers
    # Compares into opmask registers
    VPCMPB VPCMPW VPCMPD VPCMPQ | Compare packed signed integers by predicate imm8 into an opmask | none | w r r r | imm8: 0 eq, 1 lt, 2 le, 4 ne, 5 nlt, 6 nle
    VPCMPUB VPCMPUW VPCMPUD VPCMPUQ | Compare packed unsigned integers by predicate imm8 into an opmask | none | w r r r | imm8: 0 eq, 1 lt, 2 le, 4 ne, 5 nlt, 6 nle
    VPCMPEQUB VPCMPEQUW VPCMPEQUD VPCMPEQUQ VPCMPNEQB VPCMPNEQW VPCMPNEQD VPCMPNEQQ | Compare packed integers for (in)equality into an opmask | none | w r r | vpcmp/vpcmpu with the predicate in the name
    VPCMPNEQUB VPCMPNEQUW VPCMPNEQUD VPCMPNEQUQ | Compare packed unsigned integers for inequality into an opmask | none | w r r | vpcmpu with imm8 4
    VPCMPLTB VPCMPLTW VPCMPLTD VPCMPLTQ VPCMPLEB VPCMPLEW VPCMPLED VPCMPLEQ | Compare packed signed integers (less, less or equal) into an opmask | none | w r r | vpcmp with imm8 1 or 2
    VPCMPNLTB VPCMPNLTW VPCMPNLTD VPCMPNLTQ VPCMPNLEB VPCMPNLEW VPCMPNLED VPCMPNLEQ | Compare packed signed integers (not less, not less-or-equal) to mask | none | w r r | vpcmp with imm8 5 or 6
    VPCMPLTUB VPCMPLTUW VPCMPLTUD VPCMPLTUQ VPCMPLEUB VPCMPLEUW VPCMPLEUD VPCMPLEUQ | Compare packed unsigned integers (less, less or equal) into an opmask | none | w r r | vpcmpu with imm8 1 or 2
    VPCMPNLTUB VPCMPNLTUW VPCMPNLTUD VPCMPNLTUQ VPCMPNLEUB VPCMPNLEUW VPCMPNLEUD VPCMPNLEUQ | Compare packed unsigned integers (not less, not less-or-equal) to mask | none | w r r | vpcmpu with imm8 5 or 6
    VPTESTMB VPTESTMW VPTESTMD VPTESTMQ | Set an opmask bit where the AND of two elements is nonzero | none | w r r
    VPTESTNMB VPTESTNMW VPTESTNMD VPTESTNMQ | Set an opmask bit where the AND of two elements is zero | none | w r r
    VFPCLASSPS VFPCLASSPD VFPCLASSPH VFPCLASSSS VFPCLASSSD VFPCLASSSH | Test floats for the classes imm8 selects (NaN, ±0, ±inf…) into a mask | none | w r r | imm8 bits: QNaN, +0, -0, +inf, -inf, denormal, negative, SNaN
    # Floating point: conversions
    VCVTPD2QQ VCVTPS2QQ VCVTPD2UQQ VCVTPS2UQQ | Convert packed floats to signed/unsigned qwords | none | w r | MXCSR: invalid, precision
    VCVTTPD2QQ VCVTTPS2QQ VCVTTPD2UQQ VCVTTPS2UQQ | Convert packed floats to signed/unsigned qwords, truncating | none | w r | MXCSR: invalid, precision
    VCVTPD2UDQ VCVTPS2UDQ | Convert packed floats to unsigned dwords | none | w r | MXCSR: invalid, precision
    VCVTTPD2UDQ VCVTTPS2UDQ | Convert packed floats to unsigned dwords, truncating | none | w r | MXCSR: invalid, precision
    VCVTQQ2PD VCVTQQ2PS VCVTUQQ2PD VCVTUQQ2PS | Convert packed signed/unsigned qwords to floats | none | w r | MXCSR: precision
    VCVTUDQ2PD VCVTUDQ2PS | Convert packed unsigned dwords to floats | none | w r | MXCSR: precision
    VCVTSD2USI VCVTSS2USI | Convert the low float to an unsigned integer | none | w r | MXCSR: invalid, precision
    VCVTTSD2USI VCVTTSS2USI | Convert the low float to an unsigned integer, truncating | none | w r | MXCSR: invalid, precision
    VCVTUSI2SD VCVTUSI2SS | Convert an unsigned integer to the low float | none | w r r | MXCSR: precision
    VCVTNE2PS2BF16 | Convert two vectors of singles to bfloat16, rounding to nearest even | none | w r r
    VCVTPH2PSX | Convert packed half floats to singles (FP16) | none | w r | MXCSR: invalid, denormal
    VCVTPS2PHX | Convert packed singles to half floats (FP16) | none | w r | MXCSR: invalid, denormal, overflow, underflow, precision
    VCVTPH2PD VCVTPD2PH | Convert between packed half floats and doubles | none | w r | MXCSR: invalid, denormal, overflow, underflow, precision
    VCVTPH2DQ VCVTPH2UDQ VCVTPH2QQ VCVTPH2UQQ VCVTPH2W VCVTPH2UW | Convert packed half floats to integers | none | w r | MXCSR: invalid, precision
    VCVTTPH2DQ VCVTTPH2UDQ VCVTTPH2QQ VCVTTPH2UQQ VCVTTPH2W VCVTTPH2UW | Convert packed half floats to integers, truncating | none | w r | MXCSR: invalid, precision
    VCVTDQ2PH VCVTUDQ2PH VCVTQQ2PH VCVTUQQ2PH VCVTW2PH VCVTUW2PH | Convert packed integers to half floats | none | w r | MXCSR: overflow, precision
    VCVTSH2SD VCVTSH2SS VCVTSD2SH VCVTSS2SH | Convert the low float between half and single/double precision | none | w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VCVTSH2SI VCVTSH2USI | Convert the low half float to a signed/unsigned integer | none | w r | MXCSR: invalid, precision
    VCVTTSH2SI VCVTTSH2USI | Convert the low half float to a signed/unsigned integer, truncating | none | w r | MXCSR: invalid, precision
    VCVTSI2SH VCVTUSI2SH | Convert a signed/unsigned integer to the low half float | none | w r r | MXCSR: overflow, precision
    # Floating point: arithmetic (FP16: ph = packed halves, sh = the low half)
    VADDPH VSUBPH VMULPH VDIVPH | Add, subtract, multiply or divide packed half floats | none | w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VADDSH VSUBSH VMULSH VDIVSH | Add, subtract, multiply or divide the low half floats | none | w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VMAXPH VMINPH VMAXSH VMINSH | Maximum or minimum of half floats | none | w r r | with a NaN (or two zeros) the second source is returned
    VSQRTPH VSQRTSH | Square root of half floats | none | w r / w r r | MXCSR: invalid, denormal, precision
    VRCPPH VRCPSH VRSQRTPH VRSQRTSH | Approximate reciprocal or reciprocal square root of half floats | none | w r / w r r
    VCMPPH VCMPSH | Compare half floats by predicate imm8 into an opmask | none | w r r r
    VCOMISH VUCOMISH | Compare the low half floats into rflags | writes ZF PF CF; clears OF SF AF | r r | ZF PF CF = 000 greater, 001 less, 100 equal, 111 unordered
    VFMADD132PH VFMADD213PH VFMADD231PH VFMADD132SH VFMADD213SH VFMADD231SH | Fused multiply-add of half floats (132/213/231: the operand order) | none | rw r r | one rounding
    VFMSUB132PH VFMSUB213PH VFMSUB231PH VFMSUB132SH VFMSUB213SH VFMSUB231SH | Fused multiply-subtract of half floats | none | rw r r | one rounding
    VFNMADD132PH VFNMADD213PH VFNMADD231PH VFNMADD132SH VFNMADD213SH VFNMADD231SH | Fused negated multiply-add of half floats | none | rw r r | one rounding
    VFNMSUB132PH VFNMSUB213PH VFNMSUB231PH VFNMSUB132SH VFNMSUB213SH VFNMSUB231SH | Fused negated multiply-subtract of half floats | none | rw r r | one rounding
    VFMADDSUB132PH VFMADDSUB213PH VFMADDSUB231PH | Fused multiply, alternately subtract and add, of half floats | none | rw r r
    VFMSUBADD132PH VFMSUBADD213PH VFMSUBADD231PH | Fused multiply, alternately add and subtract, of half floats | none | rw r r
    VFMULCPH VFMULCSH VFCMULCPH VFCMULCSH | Multiply complex half floats (c: by the conjugate) | none | w r r
    VFMADDCPH VFMADDCSH VFCMADDCPH VFCMADDCSH | Multiply-add complex half floats (c: by the conjugate) | none | rw r r
    V4FMADDPS V4FMADDSS V4FNMADDPS V4FNMADDSS | Four fused multiply-adds of singles from a register block (4FMAPS) | none | rw r r | the second operand names the first of four consecutive registers
    VDPBF16PS | Dot products of bfloat16 pairs added into singles | none | rw r r
    # Floating point: special functions
    VGETEXPPS VGETEXPPD VGETEXPPH VGETEXPSS VGETEXPSD VGETEXPSH | The unbiased exponent of floats, as a float (floor of log2 of x) | none | w r / w r r | MXCSR: invalid, denormal
    VGETMANTPS VGETMANTPD VGETMANTPH VGETMANTSS VGETMANTSD VGETMANTSH | The mantissa of floats, normalised to the interval imm8 selects | none | w r r / w r r r | MXCSR: invalid, denormal
    VFIXUPIMMPS VFIXUPIMMPD VFIXUPIMMSS VFIXUPIMMSD | Replace special float values (NaN, ±0, ±inf…) by a per-class table | none | rw r r r | MXCSR: invalid, divide-by-zero
    VRANGEPS VRANGEPD VRANGESS VRANGESD | Minimum, maximum or by absolute value of two floats, as imm8 selects | none | w r r r | MXCSR: invalid
    VREDUCEPS VREDUCEPD VREDUCEPH VREDUCESS VREDUCESD VREDUCESH | The float minus itself rounded to imm8's fraction bits (reduction) | none | w r r / w r r r | MXCSR: invalid, precision
    VRNDSCALEPS VRNDSCALEPD VRNDSCALEPH VRNDSCALESS VRNDSCALESD VRNDSCALESH | Round floats to the number of fraction bits imm8 gives | none | w r r / w r r r | MXCSR: invalid, precision
    VSCALEFPS VSCALEFPD VSCALEFPH VSCALEFSS VSCALEFSD VSCALEFSH | Multiply floats by 2 to the floor of the second source | none | w r r | MXCSR: invalid, denormal, overflow, underflow, precision
    VRCP14PS VRCP14PD VRCP14SS VRCP14SD | Approximate reciprocal of floats (relative error below 2^-14) | none | w r / w r r
    VRSQRT14PS VRSQRT14PD VRSQRT14SS VRSQRT14SD | Approximate reciprocal square root (error below 2^-14) | none | w r / w r r
    VRCP28PS VRCP28PD VRCP28SS VRCP28SD | Approximate reciprocal of floats (error below 2^-28; AVX512ER) | none | w r / w r r
    VRSQRT28PS VRSQRT28PD VRSQRT28SS VRSQRT28SD | Approximate reciprocal square root (error below 2^-28; AVX512ER) | none | w r / w r r
    VEXP2PS VEXP2PD | Approximate 2^x of packed floats (error below 2^-23; AVX512ER) | none | w r
    VP2INTERSECTD VP2INTERSECTQ | Mark equal elements of two vectors in a pair of opmask registers | none | w r r | the destination names an even/odd pair: k0/k1, k2/k3…
    # Prefetches (AVX512PF)
    VGATHERPF0DPS VGATHERPF0DPD VGATHERPF0QPS VGATHERPF0QPD | Prefetch to L1 what a vector index addresses, under a mask (AVX512PF) | none | r | the mask is cleared
    VGATHERPF1DPS VGATHERPF1DPD VGATHERPF1QPS VGATHERPF1QPD | Prefetch to L2 what a vector index addresses, under a mask (AVX512PF) | none | r | the mask is cleared
    VSCATTERPF0DPS VSCATTERPF0DPD VSCATTERPF0QPS VSCATTERPF0QPD | Prefetch to L1 for a write what a vector index addresses (AVX512PF) | none | r | the mask is cleared
    VSCATTERPF1DPS VSCATTERPF1DPD VSCATTERPF1QPS VSCATTERPF1QPD | Prefetch to L2 for a write what a vector index addresses (AVX512PF) | none | r | the mask is cleared
    # Scatters
    VPSCATTERDD VPSCATTERDQ VPSCATTERQD VPSCATTERQQ | Store elements to the addresses of a vector index, as the mask selects | none | w r | the mask is cleared element by element as the stores complete
    VSCATTERDPS VSCATTERDPD VSCATTERQPS VSCATTERQPD | Store floats to the addresses of a vector index, as the mask selects | none | w r | the mask is cleared element by element as the stores complete
    """
}
