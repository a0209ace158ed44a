extension InstructionTables {
    /// EVEX (AVX-512) forms, derived by Scripts/derive-evex-rows from llvm-mc 14.
    static let avx512 = """
    EVEX.512.F2.0F38.W0 9A /r    | V4FMADDPS zmm1 {k1}{z}, zmm2, m128 | RVM T1_4X
    EVEX.128.F2.0F38.W0 9B /r    | V4FMADDSS xmm1 {k1}{z}, xmm2, m128 | RVM FVM
    EVEX.512.F2.0F38.W0 AA /r    | V4FNMADDPS zmm1 {k1}{z}, zmm2, m128 | RVM T1_4X
    EVEX.128.F2.0F38.W0 AB /r    | V4FNMADDSS xmm1 {k1}{z}, xmm2, m128 | RVM FVM
    EVEX.128.66.0F.W1 58 /r      | VADDPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 58 /r      | VADDPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 58 /r      | VADDPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.MAP5.W0 58 /r       | VADDPH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.MAP5.W0 58 /r       | VADDPH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.MAP5.W0 58 /r       | VADDPH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.0F.W0 58 /r         | VADDPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 58 /r         | VADDPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 58 /r         | VADDPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.F2.0F.W1 58 /r      | VADDSD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.F3.MAP5.W0 58 /r    | VADDSH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.F3.0F.W0 58 /r      | VADDSS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W0 DE /r    | VAESDEC xmm1, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 DE /r    | VAESDEC ymm1, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 DE /r    | VAESDEC zmm1, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 DF /r    | VAESDECLAST xmm1, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 DF /r    | VAESDECLAST ymm1, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 DF /r    | VAESDECLAST zmm1, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 DC /r    | VAESENC xmm1, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 DC /r    | VAESENC ymm1, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 DC /r    | VAESENC zmm1, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 DD /r    | VAESENCLAST xmm1, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 DD /r    | VAESENCLAST ymm1, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 DD /r    | VAESENCLAST zmm1, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 03 /r ib | VALIGND xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W0 03 /r ib | VALIGND ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W0 03 /r ib | VALIGND zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | RVMI FV
    EVEX.128.66.0F3A.W1 03 /r ib | VALIGNQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 03 /r ib | VALIGNQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 03 /r ib | VALIGNQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | RVMI FV
    EVEX.128.66.0F.W1 55 /r      | VANDNPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 55 /r      | VANDNPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 55 /r      | VANDNPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.0F.W0 55 /r         | VANDNPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 55 /r         | VANDNPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 55 /r         | VANDNPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W1 54 /r      | VANDPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 54 /r      | VANDPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 54 /r      | VANDPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.0F.W0 54 /r         | VANDPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 54 /r         | VANDPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 54 /r         | VANDPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 65 /r    | VBLENDMPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 65 /r    | VBLENDMPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 65 /r    | VBLENDMPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W0 65 /r    | VBLENDMPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 65 /r    | VBLENDMPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 65 /r    | VBLENDMPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 19 /r    | VBROADCASTF32X2 ymm1 {k1}{z}, xmm2/m64 | RM T2
    EVEX.512.66.0F38.W0 19 /r    | VBROADCASTF32X2 zmm1 {k1}{z}, xmm2/m64 | RM T2
    EVEX.256.66.0F38.W0 1A /r    | VBROADCASTF32X4 ymm1 {k1}{z}, m128 | RM T4
    EVEX.512.66.0F38.W0 1A /r    | VBROADCASTF32X4 zmm1 {k1}{z}, m128 | RM T4
    EVEX.512.66.0F38.W0 1B /r    | VBROADCASTF32X8 zmm1 {k1}{z}, m256 | RM T8
    EVEX.256.66.0F38.W1 1A /r    | VBROADCASTF64X2 ymm1 {k1}{z}, m128 | RM T2
    EVEX.512.66.0F38.W1 1A /r    | VBROADCASTF64X2 zmm1 {k1}{z}, m128 | RM T2
    EVEX.512.66.0F38.W1 1B /r    | VBROADCASTF64X4 zmm1 {k1}{z}, m256 | RM T4
    EVEX.128.66.0F38.W0 59 /r    | VBROADCASTI32X2 xmm1 {k1}{z}, xmm2/m64 | RM T2
    EVEX.256.66.0F38.W0 59 /r    | VBROADCASTI32X2 ymm1 {k1}{z}, xmm2/m64 | RM T2
    EVEX.512.66.0F38.W0 59 /r    | VBROADCASTI32X2 zmm1 {k1}{z}, xmm2/m64 | RM T2
    EVEX.256.66.0F38.W0 5A /r    | VBROADCASTI32X4 ymm1 {k1}{z}, m128 | RM T4
    EVEX.512.66.0F38.W0 5A /r    | VBROADCASTI32X4 zmm1 {k1}{z}, m128 | RM T4
    EVEX.512.66.0F38.W0 5B /r    | VBROADCASTI32X8 zmm1 {k1}{z}, m256 | RM T8
    EVEX.256.66.0F38.W1 5A /r    | VBROADCASTI64X2 ymm1 {k1}{z}, m128 | RM T2
    EVEX.512.66.0F38.W1 5A /r    | VBROADCASTI64X2 zmm1 {k1}{z}, m128 | RM T2
    EVEX.512.66.0F38.W1 5B /r    | VBROADCASTI64X4 zmm1 {k1}{z}, m256 | RM T4
    EVEX.256.66.0F38.W1 19 /r    | VBROADCASTSD ymm1 {k1}{z}, xmm2/m64 | RM T1S64
    EVEX.512.66.0F38.W1 19 /r    | VBROADCASTSD zmm1 {k1}{z}, xmm2/m64 | RM T1S64
    EVEX.128.66.0F38.W0 18 /r    | VBROADCASTSS xmm1 {k1}{z}, xmm2/m32 | RM T1S32
    EVEX.256.66.0F38.W0 18 /r    | VBROADCASTSS ymm1 {k1}{z}, xmm2/m32 | RM T1S32
    EVEX.512.66.0F38.W0 18 /r    | VBROADCASTSS zmm1 {k1}{z}, xmm2/m32 | RM T1S32
    EVEX.128.66.0F.W1 C2 /r 00   | VCMPEQ_OQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 00   | VCMPEQ_OQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 00   | VCMPEQ_OQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 00      | VCMPEQ_OQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 00      | VCMPEQ_OQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 00      | VCMPEQ_OQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 00   | VCMPEQ_OQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 00   | VCMPEQ_OQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 10   | VCMPEQ_OSPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 10   | VCMPEQ_OSPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 10   | VCMPEQ_OSPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 10      | VCMPEQ_OSPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 10      | VCMPEQ_OSPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 10      | VCMPEQ_OSPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 10   | VCMPEQ_OSSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 10   | VCMPEQ_OSSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 08   | VCMPEQ_UQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 08   | VCMPEQ_UQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 08   | VCMPEQ_UQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 08      | VCMPEQ_UQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 08      | VCMPEQ_UQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 08      | VCMPEQ_UQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 08   | VCMPEQ_UQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 08   | VCMPEQ_UQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 18   | VCMPEQ_USPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 18   | VCMPEQ_USPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 18   | VCMPEQ_USPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 18      | VCMPEQ_USPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 18      | VCMPEQ_USPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 18      | VCMPEQ_USPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 18   | VCMPEQ_USSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 18   | VCMPEQ_USSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 00   | VCMPEQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 00   | VCMPEQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 00   | VCMPEQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 00      | VCMPEQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 00      | VCMPEQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 00      | VCMPEQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 00   | VCMPEQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 00   | VCMPEQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 0B   | VCMPFALSE_OQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 0B   | VCMPFALSE_OQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 0B   | VCMPFALSE_OQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 0B      | VCMPFALSE_OQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 0B      | VCMPFALSE_OQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 0B      | VCMPFALSE_OQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 0B   | VCMPFALSE_OQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 0B   | VCMPFALSE_OQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 1B   | VCMPFALSE_OSPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 1B   | VCMPFALSE_OSPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 1B   | VCMPFALSE_OSPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 1B      | VCMPFALSE_OSPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 1B      | VCMPFALSE_OSPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 1B      | VCMPFALSE_OSPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 1B   | VCMPFALSE_OSSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 1B   | VCMPFALSE_OSSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 0B   | VCMPFALSEPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 0B   | VCMPFALSEPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 0B   | VCMPFALSEPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 0B      | VCMPFALSEPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 0B      | VCMPFALSEPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 0B      | VCMPFALSEPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 0B   | VCMPFALSESD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 0B   | VCMPFALSESS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 1D   | VCMPGE_OQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 1D   | VCMPGE_OQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 1D   | VCMPGE_OQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 1D      | VCMPGE_OQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 1D      | VCMPGE_OQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 1D      | VCMPGE_OQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 1D   | VCMPGE_OQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 1D   | VCMPGE_OQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 0D   | VCMPGE_OSPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 0D   | VCMPGE_OSPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 0D   | VCMPGE_OSPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 0D      | VCMPGE_OSPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 0D      | VCMPGE_OSPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 0D      | VCMPGE_OSPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 0D   | VCMPGE_OSSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 0D   | VCMPGE_OSSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 0D   | VCMPGEPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 0D   | VCMPGEPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 0D   | VCMPGEPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 0D      | VCMPGEPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 0D      | VCMPGEPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 0D      | VCMPGEPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 0D   | VCMPGESD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 0D   | VCMPGESS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 1E   | VCMPGT_OQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 1E   | VCMPGT_OQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 1E   | VCMPGT_OQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 1E      | VCMPGT_OQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 1E      | VCMPGT_OQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 1E      | VCMPGT_OQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 1E   | VCMPGT_OQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 1E   | VCMPGT_OQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 0E   | VCMPGT_OSPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 0E   | VCMPGT_OSPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 0E   | VCMPGT_OSPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 0E      | VCMPGT_OSPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 0E      | VCMPGT_OSPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 0E      | VCMPGT_OSPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 0E   | VCMPGT_OSSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 0E   | VCMPGT_OSSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 0E   | VCMPGTPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 0E   | VCMPGTPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 0E   | VCMPGTPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 0E      | VCMPGTPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 0E      | VCMPGTPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 0E      | VCMPGTPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 0E   | VCMPGTSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 0E   | VCMPGTSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 12   | VCMPLE_OQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 12   | VCMPLE_OQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 12   | VCMPLE_OQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 12      | VCMPLE_OQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 12      | VCMPLE_OQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 12      | VCMPLE_OQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 12   | VCMPLE_OQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 12   | VCMPLE_OQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 02   | VCMPLE_OSPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 02   | VCMPLE_OSPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 02   | VCMPLE_OSPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 02      | VCMPLE_OSPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 02      | VCMPLE_OSPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 02      | VCMPLE_OSPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 02   | VCMPLE_OSSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 02   | VCMPLE_OSSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 02   | VCMPLEPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 02   | VCMPLEPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 02   | VCMPLEPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 02      | VCMPLEPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 02      | VCMPLEPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 02      | VCMPLEPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 02   | VCMPLESD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 02   | VCMPLESS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 11   | VCMPLT_OQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 11   | VCMPLT_OQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 11   | VCMPLT_OQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 11      | VCMPLT_OQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 11      | VCMPLT_OQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 11      | VCMPLT_OQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 11   | VCMPLT_OQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 11   | VCMPLT_OQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 01   | VCMPLT_OSPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 01   | VCMPLT_OSPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 01   | VCMPLT_OSPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 01      | VCMPLT_OSPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 01      | VCMPLT_OSPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 01      | VCMPLT_OSPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 01   | VCMPLT_OSSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 01   | VCMPLT_OSSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 01   | VCMPLTPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 01   | VCMPLTPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 01   | VCMPLTPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 01      | VCMPLTPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 01      | VCMPLTPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 01      | VCMPLTPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 01   | VCMPLTSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 01   | VCMPLTSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 0C   | VCMPNEQ_OQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 0C   | VCMPNEQ_OQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 0C   | VCMPNEQ_OQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 0C      | VCMPNEQ_OQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 0C      | VCMPNEQ_OQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 0C      | VCMPNEQ_OQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 0C   | VCMPNEQ_OQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 0C   | VCMPNEQ_OQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 1C   | VCMPNEQ_OSPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 1C   | VCMPNEQ_OSPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 1C   | VCMPNEQ_OSPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 1C      | VCMPNEQ_OSPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 1C      | VCMPNEQ_OSPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 1C      | VCMPNEQ_OSPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 1C   | VCMPNEQ_OSSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 1C   | VCMPNEQ_OSSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 04   | VCMPNEQ_UQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 04   | VCMPNEQ_UQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 04   | VCMPNEQ_UQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 04      | VCMPNEQ_UQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 04      | VCMPNEQ_UQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 04      | VCMPNEQ_UQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 04   | VCMPNEQ_UQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 04   | VCMPNEQ_UQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 14   | VCMPNEQ_USPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 14   | VCMPNEQ_USPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 14   | VCMPNEQ_USPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 14      | VCMPNEQ_USPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 14      | VCMPNEQ_USPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 14      | VCMPNEQ_USPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 14   | VCMPNEQ_USSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 14   | VCMPNEQ_USSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 04   | VCMPNEQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 04   | VCMPNEQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 04   | VCMPNEQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 04      | VCMPNEQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 04      | VCMPNEQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 04      | VCMPNEQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 04   | VCMPNEQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 04   | VCMPNEQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 19   | VCMPNGE_UQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 19   | VCMPNGE_UQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 19   | VCMPNGE_UQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 19      | VCMPNGE_UQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 19      | VCMPNGE_UQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 19      | VCMPNGE_UQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 19   | VCMPNGE_UQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 19   | VCMPNGE_UQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 09   | VCMPNGE_USPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 09   | VCMPNGE_USPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 09   | VCMPNGE_USPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 09      | VCMPNGE_USPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 09      | VCMPNGE_USPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 09      | VCMPNGE_USPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 09   | VCMPNGE_USSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 09   | VCMPNGE_USSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 09   | VCMPNGEPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 09   | VCMPNGEPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 09   | VCMPNGEPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 09      | VCMPNGEPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 09      | VCMPNGEPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 09      | VCMPNGEPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 09   | VCMPNGESD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 09   | VCMPNGESS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 1A   | VCMPNGT_UQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 1A   | VCMPNGT_UQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 1A   | VCMPNGT_UQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 1A      | VCMPNGT_UQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 1A      | VCMPNGT_UQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 1A      | VCMPNGT_UQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 1A   | VCMPNGT_UQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 1A   | VCMPNGT_UQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 0A   | VCMPNGT_USPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 0A   | VCMPNGT_USPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 0A   | VCMPNGT_USPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 0A      | VCMPNGT_USPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 0A      | VCMPNGT_USPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 0A      | VCMPNGT_USPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 0A   | VCMPNGT_USSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 0A   | VCMPNGT_USSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 0A   | VCMPNGTPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 0A   | VCMPNGTPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 0A   | VCMPNGTPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 0A      | VCMPNGTPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 0A      | VCMPNGTPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 0A      | VCMPNGTPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 0A   | VCMPNGTSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 0A   | VCMPNGTSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 16   | VCMPNLE_UQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 16   | VCMPNLE_UQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 16   | VCMPNLE_UQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 16      | VCMPNLE_UQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 16      | VCMPNLE_UQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 16      | VCMPNLE_UQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 16   | VCMPNLE_UQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 16   | VCMPNLE_UQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 06   | VCMPNLE_USPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 06   | VCMPNLE_USPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 06   | VCMPNLE_USPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 06      | VCMPNLE_USPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 06      | VCMPNLE_USPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 06      | VCMPNLE_USPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 06   | VCMPNLE_USSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 06   | VCMPNLE_USSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 06   | VCMPNLEPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 06   | VCMPNLEPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 06   | VCMPNLEPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 06      | VCMPNLEPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 06      | VCMPNLEPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 06      | VCMPNLEPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 06   | VCMPNLESD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 06   | VCMPNLESS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 15   | VCMPNLT_UQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 15   | VCMPNLT_UQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 15   | VCMPNLT_UQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 15      | VCMPNLT_UQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 15      | VCMPNLT_UQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 15      | VCMPNLT_UQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 15   | VCMPNLT_UQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 15   | VCMPNLT_UQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 05   | VCMPNLT_USPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 05   | VCMPNLT_USPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 05   | VCMPNLT_USPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 05      | VCMPNLT_USPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 05      | VCMPNLT_USPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 05      | VCMPNLT_USPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 05   | VCMPNLT_USSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 05   | VCMPNLT_USSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 05   | VCMPNLTPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 05   | VCMPNLTPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 05   | VCMPNLTPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 05      | VCMPNLTPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 05      | VCMPNLTPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 05      | VCMPNLTPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 05   | VCMPNLTSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 05   | VCMPNLTSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 07   | VCMPORD_QPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 07   | VCMPORD_QPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 07   | VCMPORD_QPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 07      | VCMPORD_QPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 07      | VCMPORD_QPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 07      | VCMPORD_QPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 07   | VCMPORD_QSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 07   | VCMPORD_QSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 17   | VCMPORD_SPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 17   | VCMPORD_SPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 17   | VCMPORD_SPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 17      | VCMPORD_SPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 17      | VCMPORD_SPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 17      | VCMPORD_SPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 17   | VCMPORD_SSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 17   | VCMPORD_SSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 07   | VCMPORDPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 07   | VCMPORDPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 07   | VCMPORDPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 07      | VCMPORDPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 07      | VCMPORDPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 07      | VCMPORDPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 07   | VCMPORDSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 07   | VCMPORDSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r ib   | VCMPPD k1 {k2}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F.W1 C2 /r ib   | VCMPPD k1 {k2}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F.W1 C2 /r ib   | VCMPPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae}, imm8 | RVMI FV
    EVEX.128.0F3A.W0 C2 /r ib    | VCMPPH k1 {k2}, xmm2, xmm3/m128/m16bcst, imm8 | RVMI FV
    EVEX.256.0F3A.W0 C2 /r ib    | VCMPPH k1 {k2}, ymm2, ymm3/m256/m16bcst, imm8 | RVMI FV
    EVEX.512.0F3A.W0 C2 /r ib    | VCMPPH k1 {k2}, zmm2, zmm3/m512/m16bcst {sae}, imm8 | RVMI FV
    EVEX.128.0F.W0 C2 /r ib      | VCMPPS k1 {k2}, xmm2, xmm3/m128/m32bcst, imm8 | RVMI FV
    EVEX.256.0F.W0 C2 /r ib      | VCMPPS k1 {k2}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.0F.W0 C2 /r ib      | VCMPPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae}, imm8 | RVMI FV
    EVEX.LIG.F2.0F.W1 C2 /r ib   | VCMPSD k1 {k2}, xmm2, xmm3/m64 {sae}, imm8 | RVMI T1S64
    EVEX.LIG.F3.0F3A.W0 C2 /r ib | VCMPSH k1 {k2}, xmm2, xmm3/m16 {sae}, imm8 | RVMI T1S16
    EVEX.LIG.F3.0F.W0 C2 /r ib   | VCMPSS k1 {k2}, xmm2, xmm3/m32 {sae}, imm8 | RVMI T1S32
    EVEX.128.66.0F.W1 C2 /r 0F   | VCMPTRUE_UQPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 0F   | VCMPTRUE_UQPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 0F   | VCMPTRUE_UQPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 0F      | VCMPTRUE_UQPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 0F      | VCMPTRUE_UQPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 0F      | VCMPTRUE_UQPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 0F   | VCMPTRUE_UQSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 0F   | VCMPTRUE_UQSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 1F   | VCMPTRUE_USPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 1F   | VCMPTRUE_USPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 1F   | VCMPTRUE_USPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 1F      | VCMPTRUE_USPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 1F      | VCMPTRUE_USPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 1F      | VCMPTRUE_USPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 1F   | VCMPTRUE_USSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 1F   | VCMPTRUE_USSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 0F   | VCMPTRUEPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 0F   | VCMPTRUEPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 0F   | VCMPTRUEPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 0F      | VCMPTRUEPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 0F      | VCMPTRUEPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 0F      | VCMPTRUEPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 0F   | VCMPTRUESD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 0F   | VCMPTRUESS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 03   | VCMPUNORD_QPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 03   | VCMPUNORD_QPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 03   | VCMPUNORD_QPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 03      | VCMPUNORD_QPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 03      | VCMPUNORD_QPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 03      | VCMPUNORD_QPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 03   | VCMPUNORD_QSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 03   | VCMPUNORD_QSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 13   | VCMPUNORD_SPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 13   | VCMPUNORD_SPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 13   | VCMPUNORD_SPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 13      | VCMPUNORD_SPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 13      | VCMPUNORD_SPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 13      | VCMPUNORD_SPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 13   | VCMPUNORD_SSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 13   | VCMPUNORD_SSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 C2 /r 03   | VCMPUNORDPD k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 C2 /r 03   | VCMPUNORDPD k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 C2 /r 03   | VCMPUNORDPD k1 {k2}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.0F.W0 C2 /r 03      | VCMPUNORDPS k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 C2 /r 03      | VCMPUNORDPS k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 C2 /r 03      | VCMPUNORDPS k1 {k2}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 C2 /r 03   | VCMPUNORDSD k1 {k2}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.0F.W0 C2 /r 03   | VCMPUNORDSS k1 {k2}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.LIG.66.0F.W1 2F /r      | VCOMISD xmm1, xmm2/m64 {sae} | RM T1S64
    EVEX.LIG.MAP5.W0 2F /r       | VCOMISH xmm1, xmm2/m16 {sae} | RM T1S16
    EVEX.LIG.0F.W0 2F /r         | VCOMISS xmm1, xmm2/m32 {sae} | RM T1S32
    EVEX.128.66.0F38.W1 8A /r    | VCOMPRESSPD xmm1/m128 {k1}{z}, xmm2 | MR T1S64
    EVEX.256.66.0F38.W1 8A /r    | VCOMPRESSPD ymm1/m256 {k1}{z}, ymm2 | MR T1S64
    EVEX.512.66.0F38.W1 8A /r    | VCOMPRESSPD zmm1/m512 {k1}{z}, zmm2 | MR T1S64
    EVEX.128.66.0F38.W0 8A /r    | VCOMPRESSPS xmm1/m128 {k1}{z}, xmm2 | MR T1S32
    EVEX.256.66.0F38.W0 8A /r    | VCOMPRESSPS ymm1/m256 {k1}{z}, ymm2 | MR T1S32
    EVEX.512.66.0F38.W0 8A /r    | VCOMPRESSPS zmm1/m512 {k1}{z}, zmm2 | MR T1S32
    EVEX.128.F3.0F.W0 E6 /r      | VCVTDQ2PD xmm1 {k1}{z}, xmm2/m64/m32bcst | RM HV
    EVEX.256.F3.0F.W0 E6 /r      | VCVTDQ2PD ymm1 {k1}{z}, xmm2/m128/m32bcst | RM HV
    EVEX.512.F3.0F.W0 E6 /r      | VCVTDQ2PD zmm1 {k1}{z}, ymm2/m256/m32bcst | RM HV
    EVEX.128.MAP5.W0 5B /r       | VCVTDQ2PH xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.MAP5.W0 5B /r       | VCVTDQ2PH xmm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.MAP5.W0 5B /r       | VCVTDQ2PH ymm1 {k1}{z}, zmm2/m512/m32bcst {er} | RM FV
    EVEX.128.0F.W0 5B /r         | VCVTDQ2PS xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.0F.W0 5B /r         | VCVTDQ2PS ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.0F.W0 5B /r         | VCVTDQ2PS zmm1 {k1}{z}, zmm2/m512/m32bcst {er} | RM FV
    EVEX.128.F2.0F38.W0 72 /r    | VCVTNE2PS2BF16 xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.F2.0F38.W0 72 /r    | VCVTNE2PS2BF16 ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.F2.0F38.W0 72 /r    | VCVTNE2PS2BF16 zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.F3.0F38.W0 72 /r    | VCVTNEPS2BF16 xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.F3.0F38.W0 72 /r    | VCVTNEPS2BF16 xmm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.F3.0F38.W0 72 /r    | VCVTNEPS2BF16 ymm1 {k1}{z}, zmm2/m512/m32bcst | RM FV
    EVEX.128.F2.0F.W1 E6 /r      | VCVTPD2DQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.F2.0F.W1 E6 /r      | VCVTPD2DQ xmm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.F2.0F.W1 E6 /r      | VCVTPD2DQ ymm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.66.MAP5.W1 5A /r    | VCVTPD2PH xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.MAP5.W1 5A /r    | VCVTPD2PH xmm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.MAP5.W1 5A /r    | VCVTPD2PH xmm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.66.0F.W1 5A /r      | VCVTPD2PS xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F.W1 5A /r      | VCVTPD2PS xmm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F.W1 5A /r      | VCVTPD2PS ymm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.66.0F.W1 7B /r      | VCVTPD2QQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F.W1 7B /r      | VCVTPD2QQ ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F.W1 7B /r      | VCVTPD2QQ zmm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.0F.W1 79 /r         | VCVTPD2UDQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.0F.W1 79 /r         | VCVTPD2UDQ xmm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.0F.W1 79 /r         | VCVTPD2UDQ ymm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.66.0F.W1 79 /r      | VCVTPD2UQQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F.W1 79 /r      | VCVTPD2UQQ ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F.W1 79 /r      | VCVTPD2UQQ zmm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.66.MAP5.W0 5B /r    | VCVTPH2DQ xmm1 {k1}{z}, xmm2/m64/m16bcst | RM HV
    EVEX.256.66.MAP5.W0 5B /r    | VCVTPH2DQ ymm1 {k1}{z}, xmm2/m128/m16bcst | RM HV
    EVEX.512.66.MAP5.W0 5B /r    | VCVTPH2DQ zmm1 {k1}{z}, ymm2/m256/m16bcst {er} | RM HV
    EVEX.128.MAP5.W0 5A /r       | VCVTPH2PD xmm1 {k1}{z}, xmm2/m32/m16bcst | RM QV
    EVEX.256.MAP5.W0 5A /r       | VCVTPH2PD ymm1 {k1}{z}, xmm2/m64/m16bcst | RM QV
    EVEX.512.MAP5.W0 5A /r       | VCVTPH2PD zmm1 {k1}{z}, xmm2/m128/m16bcst {sae} | RM QV
    EVEX.128.66.0F38.W0 13 /r    | VCVTPH2PS xmm1 {k1}{z}, xmm2/m64 | RM HVM
    EVEX.256.66.0F38.W0 13 /r    | VCVTPH2PS ymm1 {k1}{z}, xmm2/m128 | RM HVM
    EVEX.512.66.0F38.W0 13 /r    | VCVTPH2PS zmm1 {k1}{z}, ymm2/m256 {sae} | RM HVM
    EVEX.128.66.MAP6.W0 13 /r    | VCVTPH2PSX xmm1 {k1}{z}, xmm2/m64/m16bcst | RM HV
    EVEX.256.66.MAP6.W0 13 /r    | VCVTPH2PSX ymm1 {k1}{z}, xmm2/m128/m16bcst | RM HV
    EVEX.512.66.MAP6.W0 13 /r    | VCVTPH2PSX zmm1 {k1}{z}, ymm2/m256/m16bcst {sae} | RM HV
    EVEX.128.66.MAP5.W0 7B /r    | VCVTPH2QQ xmm1 {k1}{z}, xmm2/m32/m16bcst | RM QV
    EVEX.256.66.MAP5.W0 7B /r    | VCVTPH2QQ ymm1 {k1}{z}, xmm2/m64/m16bcst | RM QV
    EVEX.512.66.MAP5.W0 7B /r    | VCVTPH2QQ zmm1 {k1}{z}, xmm2/m128/m16bcst {er} | RM QV
    EVEX.128.MAP5.W0 79 /r       | VCVTPH2UDQ xmm1 {k1}{z}, xmm2/m64/m16bcst | RM HV
    EVEX.256.MAP5.W0 79 /r       | VCVTPH2UDQ ymm1 {k1}{z}, xmm2/m128/m16bcst | RM HV
    EVEX.512.MAP5.W0 79 /r       | VCVTPH2UDQ zmm1 {k1}{z}, ymm2/m256/m16bcst {er} | RM HV
    EVEX.128.66.MAP5.W0 79 /r    | VCVTPH2UQQ xmm1 {k1}{z}, xmm2/m32/m16bcst | RM QV
    EVEX.256.66.MAP5.W0 79 /r    | VCVTPH2UQQ ymm1 {k1}{z}, xmm2/m64/m16bcst | RM QV
    EVEX.512.66.MAP5.W0 79 /r    | VCVTPH2UQQ zmm1 {k1}{z}, xmm2/m128/m16bcst {er} | RM QV
    EVEX.128.MAP5.W0 7D /r       | VCVTPH2UW xmm1 {k1}{z}, xmm2/m128/m16bcst | RM FV
    EVEX.256.MAP5.W0 7D /r       | VCVTPH2UW ymm1 {k1}{z}, ymm2/m256/m16bcst | RM FV
    EVEX.512.MAP5.W0 7D /r       | VCVTPH2UW zmm1 {k1}{z}, zmm2/m512/m16bcst {er} | RM FV
    EVEX.128.66.MAP5.W0 7D /r    | VCVTPH2W xmm1 {k1}{z}, xmm2/m128/m16bcst | RM FV
    EVEX.256.66.MAP5.W0 7D /r    | VCVTPH2W ymm1 {k1}{z}, ymm2/m256/m16bcst | RM FV
    EVEX.512.66.MAP5.W0 7D /r    | VCVTPH2W zmm1 {k1}{z}, zmm2/m512/m16bcst {er} | RM FV
    EVEX.128.66.0F.W0 5B /r      | VCVTPS2DQ xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.66.0F.W0 5B /r      | VCVTPS2DQ ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.66.0F.W0 5B /r      | VCVTPS2DQ zmm1 {k1}{z}, zmm2/m512/m32bcst {er} | RM FV
    EVEX.128.0F.W0 5A /r         | VCVTPS2PD xmm1 {k1}{z}, xmm2/m64/m32bcst | RM HV
    EVEX.256.0F.W0 5A /r         | VCVTPS2PD ymm1 {k1}{z}, xmm2/m128/m32bcst | RM HV
    EVEX.512.0F.W0 5A /r         | VCVTPS2PD zmm1 {k1}{z}, ymm2/m256/m32bcst {sae} | RM HV
    EVEX.128.66.0F3A.W0 1D /r ib | VCVTPS2PH xmm1/m64 {k1}{z}, xmm2, imm8 | MRI HVM
    EVEX.256.66.0F3A.W0 1D /r ib | VCVTPS2PH xmm1/m128 {k1}{z}, ymm2, imm8 | MRI HVM
    EVEX.512.66.0F3A.W0 1D /r ib | VCVTPS2PH ymm1/m256 {k1}{z}, zmm2 {sae}, imm8 | MRI HVM
    EVEX.128.66.MAP5.W0 1D /r    | VCVTPS2PHX xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.66.MAP5.W0 1D /r    | VCVTPS2PHX xmm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.66.MAP5.W0 1D /r    | VCVTPS2PHX ymm1 {k1}{z}, zmm2/m512/m32bcst {er} | RM FV
    EVEX.128.66.0F.W0 7B /r      | VCVTPS2QQ xmm1 {k1}{z}, xmm2/m64/m32bcst | RM HV
    EVEX.256.66.0F.W0 7B /r      | VCVTPS2QQ ymm1 {k1}{z}, xmm2/m128/m32bcst | RM HV
    EVEX.512.66.0F.W0 7B /r      | VCVTPS2QQ zmm1 {k1}{z}, ymm2/m256/m32bcst {er} | RM HV
    EVEX.128.0F.W0 79 /r         | VCVTPS2UDQ xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.0F.W0 79 /r         | VCVTPS2UDQ ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.0F.W0 79 /r         | VCVTPS2UDQ zmm1 {k1}{z}, zmm2/m512/m32bcst {er} | RM FV
    EVEX.128.66.0F.W0 79 /r      | VCVTPS2UQQ xmm1 {k1}{z}, xmm2/m64/m32bcst | RM HV
    EVEX.256.66.0F.W0 79 /r      | VCVTPS2UQQ ymm1 {k1}{z}, xmm2/m128/m32bcst | RM HV
    EVEX.512.66.0F.W0 79 /r      | VCVTPS2UQQ zmm1 {k1}{z}, ymm2/m256/m32bcst {er} | RM HV
    EVEX.128.F3.0F.W1 E6 /r      | VCVTQQ2PD xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.F3.0F.W1 E6 /r      | VCVTQQ2PD ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.F3.0F.W1 E6 /r      | VCVTQQ2PD zmm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.MAP5.W1 5B /r       | VCVTQQ2PH xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.MAP5.W1 5B /r       | VCVTQQ2PH xmm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.MAP5.W1 5B /r       | VCVTQQ2PH xmm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.0F.W1 5B /r         | VCVTQQ2PS xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.0F.W1 5B /r         | VCVTQQ2PS xmm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.0F.W1 5B /r         | VCVTQQ2PS ymm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.LIG.F2.MAP5.W1 5A /r    | VCVTSD2SH xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.F2.0F.W0 2D /r      | VCVTSD2SI r32, xmm2 {er} | RM
    EVEX.LIG.F2.0F.W1 2D /r      | VCVTSD2SI r64, xmm2 {er} | RM
    EVEX.LIG.F2.0F.W1 5A /r      | VCVTSD2SS xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.F2.0F.W0 79 /r      | VCVTSD2USI r32, xmm2/m64 {er} | RM T1S64
    EVEX.LIG.F2.0F.W1 79 /r      | VCVTSD2USI r64, xmm2/m64 {er} | RM T1S64
    EVEX.LIG.F3.MAP5.W0 5A /r    | VCVTSH2SD xmm1 {k1}{z}, xmm2, xmm3/m16 {sae} | RVM T1S16
    EVEX.LIG.F3.MAP5.W0 2D /r    | VCVTSH2SI r32, xmm2/m16 {er} | RM T1S16
    EVEX.LIG.F3.MAP5.W1 2D /r    | VCVTSH2SI r64, xmm2/m16 {er} | RM T1S16
    EVEX.LIG.MAP6.W0 13 /r       | VCVTSH2SS xmm1 {k1}{z}, xmm2, xmm3/m16 {sae} | RVM T1S16
    EVEX.LIG.F3.MAP5.W0 79 /r    | VCVTSH2USI r32, xmm2/m16 {er} | RM T1S16
    EVEX.LIG.F3.MAP5.W1 79 /r    | VCVTSH2USI r64, xmm2/m16 {er} | RM T1S16
    EVEX.128.F2.0F.W0 2A /r      | VCVTSI2SD xmm1, xmm2, r/m32 | RVM T1S32
    EVEX.LIG.F2.0F.W1 2A /r      | VCVTSI2SD xmm1, xmm2, r/m64 {er} | RVM T1S64
    EVEX.LIG.F3.MAP5.W0 2A /r    | VCVTSI2SH xmm1, xmm2, r/m32 {er} | RVM T1S32
    EVEX.LIG.F3.MAP5.W1 2A /r    | VCVTSI2SH xmm1, xmm2, r/m64 {er} | RVM T1S64
    EVEX.LIG.F3.0F.W0 2A /r      | VCVTSI2SS xmm1, xmm2, r/m32 {er} | RVM T1S32
    EVEX.LIG.F3.0F.W1 2A /r      | VCVTSI2SS xmm1, xmm2, r/m64 {er} | RVM T1S64
    EVEX.LIG.F3.0F.W0 5A /r      | VCVTSS2SD xmm1 {k1}{z}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.LIG.MAP5.W0 1D /r       | VCVTSS2SH xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.LIG.F3.0F.W0 2D /r      | VCVTSS2SI r32, xmm2 {er} | RM
    EVEX.LIG.F3.0F.W1 2D /r      | VCVTSS2SI r64, xmm2 {er} | RM
    EVEX.LIG.F3.0F.W0 79 /r      | VCVTSS2USI r32, xmm2/m32 {er} | RM T1S32
    EVEX.LIG.F3.0F.W1 79 /r      | VCVTSS2USI r64, xmm2/m32 {er} | RM T1S32
    EVEX.128.66.0F.W1 E6 /r      | VCVTTPD2DQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F.W1 E6 /r      | VCVTTPD2DQ xmm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F.W1 E6 /r      | VCVTTPD2DQ ymm1 {k1}{z}, zmm2/m512/m64bcst {sae} | RM FV
    EVEX.128.66.0F.W1 7A /r      | VCVTTPD2QQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F.W1 7A /r      | VCVTTPD2QQ ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F.W1 7A /r      | VCVTTPD2QQ zmm1 {k1}{z}, zmm2/m512/m64bcst {sae} | RM FV
    EVEX.128.0F.W1 78 /r         | VCVTTPD2UDQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.0F.W1 78 /r         | VCVTTPD2UDQ xmm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.0F.W1 78 /r         | VCVTTPD2UDQ ymm1 {k1}{z}, zmm2/m512/m64bcst {sae} | RM FV
    EVEX.128.66.0F.W1 78 /r      | VCVTTPD2UQQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F.W1 78 /r      | VCVTTPD2UQQ ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F.W1 78 /r      | VCVTTPD2UQQ zmm1 {k1}{z}, zmm2/m512/m64bcst {sae} | RM FV
    EVEX.128.F3.MAP5.W0 5B /r    | VCVTTPH2DQ xmm1 {k1}{z}, xmm2/m64/m16bcst | RM HV
    EVEX.256.F3.MAP5.W0 5B /r    | VCVTTPH2DQ ymm1 {k1}{z}, xmm2/m128/m16bcst | RM HV
    EVEX.512.F3.MAP5.W0 5B /r    | VCVTTPH2DQ zmm1 {k1}{z}, ymm2/m256/m16bcst {sae} | RM HV
    EVEX.128.66.MAP5.W0 7A /r    | VCVTTPH2QQ xmm1 {k1}{z}, xmm2/m32/m16bcst | RM QV
    EVEX.256.66.MAP5.W0 7A /r    | VCVTTPH2QQ ymm1 {k1}{z}, xmm2/m64/m16bcst | RM QV
    EVEX.512.66.MAP5.W0 7A /r    | VCVTTPH2QQ zmm1 {k1}{z}, xmm2/m128/m16bcst {sae} | RM QV
    EVEX.128.MAP5.W0 78 /r       | VCVTTPH2UDQ xmm1 {k1}{z}, xmm2/m64/m16bcst | RM HV
    EVEX.256.MAP5.W0 78 /r       | VCVTTPH2UDQ ymm1 {k1}{z}, xmm2/m128/m16bcst | RM HV
    EVEX.512.MAP5.W0 78 /r       | VCVTTPH2UDQ zmm1 {k1}{z}, ymm2/m256/m16bcst {sae} | RM HV
    EVEX.128.66.MAP5.W0 78 /r    | VCVTTPH2UQQ xmm1 {k1}{z}, xmm2/m32/m16bcst | RM QV
    EVEX.256.66.MAP5.W0 78 /r    | VCVTTPH2UQQ ymm1 {k1}{z}, xmm2/m64/m16bcst | RM QV
    EVEX.512.66.MAP5.W0 78 /r    | VCVTTPH2UQQ zmm1 {k1}{z}, xmm2/m128/m16bcst {sae} | RM QV
    EVEX.128.MAP5.W0 7C /r       | VCVTTPH2UW xmm1 {k1}{z}, xmm2/m128/m16bcst | RM FV
    EVEX.256.MAP5.W0 7C /r       | VCVTTPH2UW ymm1 {k1}{z}, ymm2/m256/m16bcst | RM FV
    EVEX.512.MAP5.W0 7C /r       | VCVTTPH2UW zmm1 {k1}{z}, zmm2/m512/m16bcst {sae} | RM FV
    EVEX.128.66.MAP5.W0 7C /r    | VCVTTPH2W xmm1 {k1}{z}, xmm2/m128/m16bcst | RM FV
    EVEX.256.66.MAP5.W0 7C /r    | VCVTTPH2W ymm1 {k1}{z}, ymm2/m256/m16bcst | RM FV
    EVEX.512.66.MAP5.W0 7C /r    | VCVTTPH2W zmm1 {k1}{z}, zmm2/m512/m16bcst {sae} | RM FV
    EVEX.128.F3.0F.W0 5B /r      | VCVTTPS2DQ xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.F3.0F.W0 5B /r      | VCVTTPS2DQ ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.F3.0F.W0 5B /r      | VCVTTPS2DQ zmm1 {k1}{z}, zmm2/m512/m32bcst {sae} | RM FV
    EVEX.128.66.0F.W0 7A /r      | VCVTTPS2QQ xmm1 {k1}{z}, xmm2/m64/m32bcst | RM HV
    EVEX.256.66.0F.W0 7A /r      | VCVTTPS2QQ ymm1 {k1}{z}, xmm2/m128/m32bcst | RM HV
    EVEX.512.66.0F.W0 7A /r      | VCVTTPS2QQ zmm1 {k1}{z}, ymm2/m256/m32bcst {sae} | RM HV
    EVEX.128.0F.W0 78 /r         | VCVTTPS2UDQ xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.0F.W0 78 /r         | VCVTTPS2UDQ ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.0F.W0 78 /r         | VCVTTPS2UDQ zmm1 {k1}{z}, zmm2/m512/m32bcst {sae} | RM FV
    EVEX.128.66.0F.W0 78 /r      | VCVTTPS2UQQ xmm1 {k1}{z}, xmm2/m64/m32bcst | RM HV
    EVEX.256.66.0F.W0 78 /r      | VCVTTPS2UQQ ymm1 {k1}{z}, xmm2/m128/m32bcst | RM HV
    EVEX.512.66.0F.W0 78 /r      | VCVTTPS2UQQ zmm1 {k1}{z}, ymm2/m256/m32bcst {sae} | RM HV
    EVEX.LIG.F2.0F.W0 2C /r      | VCVTTSD2SI r32, xmm2 {sae} | RM
    EVEX.LIG.F2.0F.W1 2C /r      | VCVTTSD2SI r64, xmm2 {sae} | RM
    EVEX.LIG.F2.0F.W0 78 /r      | VCVTTSD2USI r32, xmm2/m64 {sae} | RM T1S64
    EVEX.LIG.F2.0F.W1 78 /r      | VCVTTSD2USI r64, xmm2/m64 {sae} | RM T1S64
    EVEX.LIG.F3.MAP5.W0 2C /r    | VCVTTSH2SI r32, xmm2/m16 {sae} | RM T1S16
    EVEX.LIG.F3.MAP5.W1 2C /r    | VCVTTSH2SI r64, xmm2/m16 {sae} | RM T1S16
    EVEX.LIG.F3.MAP5.W0 78 /r    | VCVTTSH2USI r32, xmm2/m16 {sae} | RM T1S16
    EVEX.LIG.F3.MAP5.W1 78 /r    | VCVTTSH2USI r64, xmm2/m16 {sae} | RM T1S16
    EVEX.LIG.F3.0F.W0 2C /r      | VCVTTSS2SI r32, xmm2 {sae} | RM
    EVEX.LIG.F3.0F.W1 2C /r      | VCVTTSS2SI r64, xmm2 {sae} | RM
    EVEX.LIG.F3.0F.W0 78 /r      | VCVTTSS2USI r32, xmm2/m32 {sae} | RM T1S32
    EVEX.LIG.F3.0F.W1 78 /r      | VCVTTSS2USI r64, xmm2/m32 {sae} | RM T1S32
    EVEX.128.F3.0F.W0 7A /r      | VCVTUDQ2PD xmm1 {k1}{z}, xmm2/m64/m32bcst | RM HV
    EVEX.256.F3.0F.W0 7A /r      | VCVTUDQ2PD ymm1 {k1}{z}, xmm2/m128/m32bcst | RM HV
    EVEX.512.F3.0F.W0 7A /r      | VCVTUDQ2PD zmm1 {k1}{z}, ymm2/m256/m32bcst | RM HV
    EVEX.128.F2.MAP5.W0 7A /r    | VCVTUDQ2PH xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.F2.MAP5.W0 7A /r    | VCVTUDQ2PH xmm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.F2.MAP5.W0 7A /r    | VCVTUDQ2PH ymm1 {k1}{z}, zmm2/m512/m32bcst {er} | RM FV
    EVEX.128.F2.0F.W0 7A /r      | VCVTUDQ2PS xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.F2.0F.W0 7A /r      | VCVTUDQ2PS ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.F2.0F.W0 7A /r      | VCVTUDQ2PS zmm1 {k1}{z}, zmm2/m512/m32bcst {er} | RM FV
    EVEX.128.F3.0F.W1 7A /r      | VCVTUQQ2PD xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.F3.0F.W1 7A /r      | VCVTUQQ2PD ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.F3.0F.W1 7A /r      | VCVTUQQ2PD zmm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.F2.MAP5.W1 7A /r    | VCVTUQQ2PH xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.F2.MAP5.W1 7A /r    | VCVTUQQ2PH xmm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.F2.MAP5.W1 7A /r    | VCVTUQQ2PH xmm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.F2.0F.W1 7A /r      | VCVTUQQ2PS xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.F2.0F.W1 7A /r      | VCVTUQQ2PS xmm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.F2.0F.W1 7A /r      | VCVTUQQ2PS ymm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.F2.0F.W0 7B /r      | VCVTUSI2SD xmm1, xmm2, r/m32 | RVM T1S32
    EVEX.LIG.F2.0F.W1 7B /r      | VCVTUSI2SD xmm1, xmm2, r/m64 {er} | RVM T1S64
    EVEX.LIG.F3.MAP5.W0 7B /r    | VCVTUSI2SH xmm1, xmm2, r/m32 {er} | RVM T1S32
    EVEX.LIG.F3.MAP5.W1 7B /r    | VCVTUSI2SH xmm1, xmm2, r/m64 {er} | RVM T1S64
    EVEX.LIG.F3.0F.W0 7B /r      | VCVTUSI2SS xmm1, xmm2, r/m32 {er} | RVM T1S32
    EVEX.LIG.F3.0F.W1 7B /r      | VCVTUSI2SS xmm1, xmm2, r/m64 {er} | RVM T1S64
    EVEX.128.F2.MAP5.W0 7D /r    | VCVTUW2PH xmm1 {k1}{z}, xmm2/m128/m16bcst | RM FV
    EVEX.256.F2.MAP5.W0 7D /r    | VCVTUW2PH ymm1 {k1}{z}, ymm2/m256/m16bcst | RM FV
    EVEX.512.F2.MAP5.W0 7D /r    | VCVTUW2PH zmm1 {k1}{z}, zmm2/m512/m16bcst {er} | RM FV
    EVEX.128.F3.MAP5.W0 7D /r    | VCVTW2PH xmm1 {k1}{z}, xmm2/m128/m16bcst | RM FV
    EVEX.256.F3.MAP5.W0 7D /r    | VCVTW2PH ymm1 {k1}{z}, ymm2/m256/m16bcst | RM FV
    EVEX.512.F3.MAP5.W0 7D /r    | VCVTW2PH zmm1 {k1}{z}, zmm2/m512/m16bcst {er} | RM FV
    EVEX.128.66.0F3A.W0 42 /r ib | VDBPSADBW xmm1 {k1}{z}, xmm2, xmm3/m128, imm8 | RVMI FVM
    EVEX.256.66.0F3A.W0 42 /r ib | VDBPSADBW ymm1 {k1}{z}, ymm2, ymm3/m256, imm8 | RVMI FVM
    EVEX.512.66.0F3A.W0 42 /r ib | VDBPSADBW zmm1 {k1}{z}, zmm2, zmm3/m512, imm8 | RVMI FVM
    EVEX.128.66.0F.W1 5E /r      | VDIVPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 5E /r      | VDIVPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 5E /r      | VDIVPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.MAP5.W0 5E /r       | VDIVPH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.MAP5.W0 5E /r       | VDIVPH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.MAP5.W0 5E /r       | VDIVPH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.0F.W0 5E /r         | VDIVPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 5E /r         | VDIVPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 5E /r         | VDIVPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.F2.0F.W1 5E /r      | VDIVSD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.F3.MAP5.W0 5E /r    | VDIVSH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.F3.0F.W0 5E /r      | VDIVSS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.F3.0F38.W0 52 /r    | VDPBF16PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.F3.0F38.W0 52 /r    | VDPBF16PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.F3.0F38.W0 52 /r    | VDPBF16PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.512.66.0F38.W1 C8 /r    | VEXP2PD zmm1 {k1}{z}, zmm2/m512/m64bcst {sae} | RM FV
    EVEX.512.66.0F38.W0 C8 /r    | VEXP2PS zmm1 {k1}{z}, zmm2/m512/m32bcst {sae} | RM FV
    EVEX.128.66.0F38.W1 88 /r    | VEXPANDPD xmm1 {k1}{z}, xmm2/m128 | RM T1S64
    EVEX.256.66.0F38.W1 88 /r    | VEXPANDPD ymm1 {k1}{z}, ymm2/m256 | RM T1S64
    EVEX.512.66.0F38.W1 88 /r    | VEXPANDPD zmm1 {k1}{z}, zmm2/m512 | RM T1S64
    EVEX.128.66.0F38.W0 88 /r    | VEXPANDPS xmm1 {k1}{z}, xmm2/m128 | RM T1S32
    EVEX.256.66.0F38.W0 88 /r    | VEXPANDPS ymm1 {k1}{z}, ymm2/m256 | RM T1S32
    EVEX.512.66.0F38.W0 88 /r    | VEXPANDPS zmm1 {k1}{z}, zmm2/m512 | RM T1S32
    EVEX.256.66.0F3A.W0 19 /r ib | VEXTRACTF32X4 xmm1/m128 {k1}{z}, ymm2, imm8 | MRI T4
    EVEX.512.66.0F3A.W0 19 /r ib | VEXTRACTF32X4 xmm1/m128 {k1}{z}, zmm2, imm8 | MRI T4
    EVEX.512.66.0F3A.W0 1B /r ib | VEXTRACTF32X8 ymm1/m256 {k1}{z}, zmm2, imm8 | MRI T8
    EVEX.256.66.0F3A.W1 19 /r ib | VEXTRACTF64X2 xmm1/m128 {k1}{z}, ymm2, imm8 | MRI T2
    EVEX.512.66.0F3A.W1 19 /r ib | VEXTRACTF64X2 xmm1/m128 {k1}{z}, zmm2, imm8 | MRI T2
    EVEX.512.66.0F3A.W1 1B /r ib | VEXTRACTF64X4 ymm1/m256 {k1}{z}, zmm2, imm8 | MRI T4
    EVEX.256.66.0F3A.W0 39 /r ib | VEXTRACTI32X4 xmm1/m128 {k1}{z}, ymm2, imm8 | MRI T4
    EVEX.512.66.0F3A.W0 39 /r ib | VEXTRACTI32X4 xmm1/m128 {k1}{z}, zmm2, imm8 | MRI T4
    EVEX.512.66.0F3A.W0 3B /r ib | VEXTRACTI32X8 ymm1/m256 {k1}{z}, zmm2, imm8 | MRI T8
    EVEX.256.66.0F3A.W1 39 /r ib | VEXTRACTI64X2 xmm1/m128 {k1}{z}, ymm2, imm8 | MRI T2
    EVEX.512.66.0F3A.W1 39 /r ib | VEXTRACTI64X2 xmm1/m128 {k1}{z}, zmm2, imm8 | MRI T2
    EVEX.512.66.0F3A.W1 3B /r ib | VEXTRACTI64X4 ymm1/m256 {k1}{z}, zmm2, imm8 | MRI T4
    EVEX.128.66.0F3A.W0 17 /r ib | VEXTRACTPS r/m32, xmm2, imm8 | MRI T1S32
    EVEX.128.66.0F3A.W0 17 /r ib | VEXTRACTPS r64, xmm2, imm8 | MRI
    EVEX.128.F2.MAP6.W0 56 /r    | VFCMADDCPH xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.F2.MAP6.W0 56 /r    | VFCMADDCPH ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.F2.MAP6.W0 56 /r    | VFCMADDCPH zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.F2.MAP6.W0 57 /r    | VFCMADDCSH xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.F2.MAP6.W0 D6 /r    | VFCMULCPH xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.F2.MAP6.W0 D6 /r    | VFCMULCPH ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.F2.MAP6.W0 D6 /r    | VFCMULCPH zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.F2.MAP6.W0 D7 /r    | VFCMULCSH xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F3A.W1 54 /r ib | VFIXUPIMMPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 54 /r ib | VFIXUPIMMPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 54 /r ib | VFIXUPIMMPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {sae}, imm8 | RVMI FV
    EVEX.128.66.0F3A.W0 54 /r ib | VFIXUPIMMPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W0 54 /r ib | VFIXUPIMMPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W0 54 /r ib | VFIXUPIMMPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {sae}, imm8 | RVMI FV
    EVEX.LIG.66.0F3A.W1 55 /r ib | VFIXUPIMMSD xmm1 {k1}{z}, xmm2, xmm3/m64 {sae}, imm8 | RVMI T1S64
    EVEX.LIG.66.0F3A.W0 55 /r ib | VFIXUPIMMSS xmm1 {k1}{z}, xmm2, xmm3/m32 {sae}, imm8 | RVMI T1S32
    EVEX.128.66.0F38.W1 98 /r    | VFMADD132PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 98 /r    | VFMADD132PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 98 /r    | VFMADD132PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 98 /r    | VFMADD132PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 98 /r    | VFMADD132PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 98 /r    | VFMADD132PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 98 /r    | VFMADD132PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 98 /r    | VFMADD132PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 98 /r    | VFMADD132PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 99 /r    | VFMADD132SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 99 /r    | VFMADD132SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 99 /r    | VFMADD132SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 A8 /r    | VFMADD213PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 A8 /r    | VFMADD213PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 A8 /r    | VFMADD213PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 A8 /r    | VFMADD213PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 A8 /r    | VFMADD213PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 A8 /r    | VFMADD213PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 A8 /r    | VFMADD213PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 A8 /r    | VFMADD213PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 A8 /r    | VFMADD213PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 A9 /r    | VFMADD213SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 A9 /r    | VFMADD213SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 A9 /r    | VFMADD213SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 B8 /r    | VFMADD231PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 B8 /r    | VFMADD231PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 B8 /r    | VFMADD231PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 B8 /r    | VFMADD231PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 B8 /r    | VFMADD231PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 B8 /r    | VFMADD231PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 B8 /r    | VFMADD231PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 B8 /r    | VFMADD231PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 B8 /r    | VFMADD231PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 B9 /r    | VFMADD231SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 B9 /r    | VFMADD231SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 B9 /r    | VFMADD231SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.F3.MAP6.W0 56 /r    | VFMADDCPH xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.F3.MAP6.W0 56 /r    | VFMADDCPH ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.F3.MAP6.W0 56 /r    | VFMADDCPH zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.F3.MAP6.W0 57 /r    | VFMADDCSH xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 96 /r    | VFMADDSUB132PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 96 /r    | VFMADDSUB132PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 96 /r    | VFMADDSUB132PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 96 /r    | VFMADDSUB132PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 96 /r    | VFMADDSUB132PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 96 /r    | VFMADDSUB132PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 96 /r    | VFMADDSUB132PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 96 /r    | VFMADDSUB132PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 96 /r    | VFMADDSUB132PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.128.66.0F38.W1 A6 /r    | VFMADDSUB213PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 A6 /r    | VFMADDSUB213PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 A6 /r    | VFMADDSUB213PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 A6 /r    | VFMADDSUB213PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 A6 /r    | VFMADDSUB213PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 A6 /r    | VFMADDSUB213PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 A6 /r    | VFMADDSUB213PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 A6 /r    | VFMADDSUB213PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 A6 /r    | VFMADDSUB213PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.128.66.0F38.W1 B6 /r    | VFMADDSUB231PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 B6 /r    | VFMADDSUB231PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 B6 /r    | VFMADDSUB231PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 B6 /r    | VFMADDSUB231PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 B6 /r    | VFMADDSUB231PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 B6 /r    | VFMADDSUB231PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 B6 /r    | VFMADDSUB231PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 B6 /r    | VFMADDSUB231PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 B6 /r    | VFMADDSUB231PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.128.66.0F38.W1 9A /r    | VFMSUB132PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 9A /r    | VFMSUB132PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 9A /r    | VFMSUB132PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 9A /r    | VFMSUB132PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 9A /r    | VFMSUB132PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 9A /r    | VFMSUB132PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 9A /r    | VFMSUB132PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 9A /r    | VFMSUB132PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 9A /r    | VFMSUB132PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 9B /r    | VFMSUB132SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 9B /r    | VFMSUB132SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 9B /r    | VFMSUB132SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 AA /r    | VFMSUB213PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 AA /r    | VFMSUB213PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 AA /r    | VFMSUB213PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 AA /r    | VFMSUB213PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 AA /r    | VFMSUB213PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 AA /r    | VFMSUB213PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 AA /r    | VFMSUB213PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 AA /r    | VFMSUB213PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 AA /r    | VFMSUB213PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 AB /r    | VFMSUB213SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 AB /r    | VFMSUB213SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 AB /r    | VFMSUB213SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 BA /r    | VFMSUB231PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 BA /r    | VFMSUB231PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 BA /r    | VFMSUB231PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 BA /r    | VFMSUB231PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 BA /r    | VFMSUB231PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 BA /r    | VFMSUB231PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 BA /r    | VFMSUB231PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 BA /r    | VFMSUB231PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 BA /r    | VFMSUB231PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 BB /r    | VFMSUB231SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 BB /r    | VFMSUB231SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 BB /r    | VFMSUB231SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 97 /r    | VFMSUBADD132PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 97 /r    | VFMSUBADD132PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 97 /r    | VFMSUBADD132PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 97 /r    | VFMSUBADD132PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 97 /r    | VFMSUBADD132PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 97 /r    | VFMSUBADD132PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 97 /r    | VFMSUBADD132PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 97 /r    | VFMSUBADD132PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 97 /r    | VFMSUBADD132PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.128.66.0F38.W1 A7 /r    | VFMSUBADD213PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 A7 /r    | VFMSUBADD213PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 A7 /r    | VFMSUBADD213PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 A7 /r    | VFMSUBADD213PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 A7 /r    | VFMSUBADD213PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 A7 /r    | VFMSUBADD213PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 A7 /r    | VFMSUBADD213PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 A7 /r    | VFMSUBADD213PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 A7 /r    | VFMSUBADD213PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.128.66.0F38.W1 B7 /r    | VFMSUBADD231PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 B7 /r    | VFMSUBADD231PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 B7 /r    | VFMSUBADD231PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 B7 /r    | VFMSUBADD231PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 B7 /r    | VFMSUBADD231PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 B7 /r    | VFMSUBADD231PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 B7 /r    | VFMSUBADD231PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 B7 /r    | VFMSUBADD231PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 B7 /r    | VFMSUBADD231PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.128.F3.MAP6.W0 D6 /r    | VFMULCPH xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.F3.MAP6.W0 D6 /r    | VFMULCPH ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.F3.MAP6.W0 D6 /r    | VFMULCPH zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.F3.MAP6.W0 D7 /r    | VFMULCSH xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 9C /r    | VFNMADD132PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 9C /r    | VFNMADD132PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 9C /r    | VFNMADD132PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 9C /r    | VFNMADD132PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 9C /r    | VFNMADD132PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 9C /r    | VFNMADD132PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 9C /r    | VFNMADD132PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 9C /r    | VFNMADD132PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 9C /r    | VFNMADD132PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 9D /r    | VFNMADD132SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 9D /r    | VFNMADD132SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 9D /r    | VFNMADD132SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 AC /r    | VFNMADD213PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 AC /r    | VFNMADD213PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 AC /r    | VFNMADD213PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 AC /r    | VFNMADD213PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 AC /r    | VFNMADD213PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 AC /r    | VFNMADD213PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 AC /r    | VFNMADD213PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 AC /r    | VFNMADD213PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 AC /r    | VFNMADD213PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 AD /r    | VFNMADD213SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 AD /r    | VFNMADD213SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 AD /r    | VFNMADD213SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 BC /r    | VFNMADD231PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 BC /r    | VFNMADD231PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 BC /r    | VFNMADD231PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 BC /r    | VFNMADD231PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 BC /r    | VFNMADD231PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 BC /r    | VFNMADD231PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 BC /r    | VFNMADD231PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 BC /r    | VFNMADD231PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 BC /r    | VFNMADD231PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 BD /r    | VFNMADD231SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 BD /r    | VFNMADD231SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 BD /r    | VFNMADD231SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 9E /r    | VFNMSUB132PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 9E /r    | VFNMSUB132PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 9E /r    | VFNMSUB132PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 9E /r    | VFNMSUB132PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 9E /r    | VFNMSUB132PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 9E /r    | VFNMSUB132PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 9E /r    | VFNMSUB132PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 9E /r    | VFNMSUB132PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 9E /r    | VFNMSUB132PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 9F /r    | VFNMSUB132SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 9F /r    | VFNMSUB132SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 9F /r    | VFNMSUB132SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 AE /r    | VFNMSUB213PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 AE /r    | VFNMSUB213PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 AE /r    | VFNMSUB213PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 AE /r    | VFNMSUB213PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 AE /r    | VFNMSUB213PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 AE /r    | VFNMSUB213PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 AE /r    | VFNMSUB213PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 AE /r    | VFNMSUB213PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 AE /r    | VFNMSUB213PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 AF /r    | VFNMSUB213SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 AF /r    | VFNMSUB213SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 AF /r    | VFNMSUB213SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 BE /r    | VFNMSUB231PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 BE /r    | VFNMSUB231PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 BE /r    | VFNMSUB231PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 BE /r    | VFNMSUB231PH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 BE /r    | VFNMSUB231PH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 BE /r    | VFNMSUB231PH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 BE /r    | VFNMSUB231PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 BE /r    | VFNMSUB231PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 BE /r    | VFNMSUB231PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 BF /r    | VFNMSUB231SD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 BF /r    | VFNMSUB231SH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 BF /r    | VFNMSUB231SS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F3A.W1 66 /r ib | VFPCLASSPD k1 {k2}, xmm2/m128/m64bcst, imm8 | RMI FV
    EVEX.256.66.0F3A.W1 66 /r ib | VFPCLASSPD k1 {k2}, ymm2/m256/m64bcst, imm8 | RMI FV
    EVEX.512.66.0F3A.W1 66 /r ib | VFPCLASSPD k1 {k2}, zmm2/m512/m64bcst, imm8 | RMI FV
    EVEX.128.0F3A.W0 66 /r ib    | VFPCLASSPH k1 {k2}, xmm2/m128/m16bcst, imm8 | RMI FV
    EVEX.256.0F3A.W0 66 /r ib    | VFPCLASSPH k1 {k2}, ymm2/m256/m16bcst, imm8 | RMI FV
    EVEX.512.0F3A.W0 66 /r ib    | VFPCLASSPH k1 {k2}, zmm2/m512/m16bcst, imm8 | RMI FV
    EVEX.128.66.0F3A.W0 66 /r ib | VFPCLASSPS k1 {k2}, xmm2/m128/m32bcst, imm8 | RMI FV
    EVEX.256.66.0F3A.W0 66 /r ib | VFPCLASSPS k1 {k2}, ymm2/m256/m32bcst, imm8 | RMI FV
    EVEX.512.66.0F3A.W0 66 /r ib | VFPCLASSPS k1 {k2}, zmm2/m512/m32bcst, imm8 | RMI FV
    EVEX.128.66.0F3A.W1 67 /r ib | VFPCLASSSD k1 {k2}, xmm2/m64, imm8 | RMI T1S64
    EVEX.128.0F3A.W0 67 /r ib    | VFPCLASSSH k1 {k2}, xmm2/m16, imm8 | RMI T1S16
    EVEX.128.66.0F3A.W0 67 /r ib | VFPCLASSSS k1 {k2}, xmm2/m32, imm8 | RMI T1S32
    EVEX.128.66.0F38.W1 92 /r    | VGATHERDPD xmm1 {k1}, vm32x | RM T1S64
    EVEX.256.66.0F38.W1 92 /r    | VGATHERDPD ymm1 {k1}, vm32x | RM T1S64
    EVEX.512.66.0F38.W1 92 /r    | VGATHERDPD zmm1 {k1}, vm32y | RM T1S64
    EVEX.128.66.0F38.W0 92 /r    | VGATHERDPS xmm1 {k1}, vm32x | RM T1S32
    EVEX.256.66.0F38.W0 92 /r    | VGATHERDPS ymm1 {k1}, vm32y | RM T1S32
    EVEX.512.66.0F38.W0 92 /r    | VGATHERDPS zmm1 {k1}, vm32z | RM T1S32
    EVEX.128.66.0F38.W1 93 /r    | VGATHERQPD xmm1 {k1}, vm64x | RM T1S64
    EVEX.256.66.0F38.W1 93 /r    | VGATHERQPD ymm1 {k1}, vm64y | RM T1S64
    EVEX.512.66.0F38.W1 93 /r    | VGATHERQPD zmm1 {k1}, vm64z | RM T1S64
    EVEX.128.66.0F38.W0 93 /r    | VGATHERQPS xmm1 {k1}, vm64x | RM T1S32
    EVEX.256.66.0F38.W0 93 /r    | VGATHERQPS xmm1 {k1}, vm64y | RM T1S32
    EVEX.512.66.0F38.W0 93 /r    | VGATHERQPS ymm1 {k1}, vm64z | RM T1S32
    EVEX.128.66.0F38.W1 42 /r    | VGETEXPPD xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F38.W1 42 /r    | VGETEXPPD ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F38.W1 42 /r    | VGETEXPPD zmm1 {k1}{z}, zmm2/m512/m64bcst {sae} | RM FV
    EVEX.128.66.MAP6.W0 42 /r    | VGETEXPPH xmm1 {k1}{z}, xmm2/m128/m16bcst | RM FV
    EVEX.256.66.MAP6.W0 42 /r    | VGETEXPPH ymm1 {k1}{z}, ymm2/m256/m16bcst | RM FV
    EVEX.512.66.MAP6.W0 42 /r    | VGETEXPPH zmm1 {k1}{z}, zmm2/m512/m16bcst {sae} | RM FV
    EVEX.128.66.0F38.W0 42 /r    | VGETEXPPS xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.66.0F38.W0 42 /r    | VGETEXPPS ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.66.0F38.W0 42 /r    | VGETEXPPS zmm1 {k1}{z}, zmm2/m512/m32bcst {sae} | RM FV
    EVEX.LIG.66.0F38.W1 43 /r    | VGETEXPSD xmm1 {k1}{z}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 43 /r    | VGETEXPSH xmm1 {k1}{z}, xmm2, xmm3/m16 {sae} | RVM T1S16
    EVEX.LIG.66.0F38.W0 43 /r    | VGETEXPSS xmm1 {k1}{z}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F3A.W1 26 /r ib | VGETMANTPD xmm1 {k1}{z}, xmm2/m128/m64bcst, imm8 | RMI FV
    EVEX.256.66.0F3A.W1 26 /r ib | VGETMANTPD ymm1 {k1}{z}, ymm2/m256/m64bcst, imm8 | RMI FV
    EVEX.512.66.0F3A.W1 26 /r ib | VGETMANTPD zmm1 {k1}{z}, zmm2/m512/m64bcst {sae}, imm8 | RMI FV
    EVEX.128.0F3A.W0 26 /r ib    | VGETMANTPH xmm1 {k1}{z}, xmm2/m128/m16bcst, imm8 | RMI FV
    EVEX.256.0F3A.W0 26 /r ib    | VGETMANTPH ymm1 {k1}{z}, ymm2/m256/m16bcst, imm8 | RMI FV
    EVEX.512.0F3A.W0 26 /r ib    | VGETMANTPH zmm1 {k1}{z}, zmm2/m512/m16bcst {sae}, imm8 | RMI FV
    EVEX.128.66.0F3A.W0 26 /r ib | VGETMANTPS xmm1 {k1}{z}, xmm2/m128/m32bcst, imm8 | RMI FV
    EVEX.256.66.0F3A.W0 26 /r ib | VGETMANTPS ymm1 {k1}{z}, ymm2/m256/m32bcst, imm8 | RMI FV
    EVEX.512.66.0F3A.W0 26 /r ib | VGETMANTPS zmm1 {k1}{z}, zmm2/m512/m32bcst {sae}, imm8 | RMI FV
    EVEX.LIG.66.0F3A.W1 27 /r ib | VGETMANTSD xmm1 {k1}{z}, xmm2, xmm3/m64 {sae}, imm8 | RVMI T1S64
    EVEX.LIG.0F3A.W0 27 /r ib    | VGETMANTSH xmm1 {k1}{z}, xmm2, xmm3/m16 {sae}, imm8 | RVMI T1S16
    EVEX.LIG.66.0F3A.W0 27 /r ib | VGETMANTSS xmm1 {k1}{z}, xmm2, xmm3/m32 {sae}, imm8 | RVMI T1S32
    EVEX.128.66.0F3A.W1 CF /r ib | VGF2P8AFFINEINVQB xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 CF /r ib | VGF2P8AFFINEINVQB ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 CF /r ib | VGF2P8AFFINEINVQB zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | RVMI FV
    EVEX.128.66.0F3A.W1 CE /r ib | VGF2P8AFFINEQB xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 CE /r ib | VGF2P8AFFINEQB ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 CE /r ib | VGF2P8AFFINEQB zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | RVMI FV
    EVEX.128.66.0F38.W0 CF /r    | VGF2P8MULB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 CF /r    | VGF2P8MULB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 CF /r    | VGF2P8MULB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.256.66.0F3A.W0 18 /r ib | VINSERTF32X4 ymm1 {k1}{z}, ymm2, xmm3/m128, imm8 | RVMI T4
    EVEX.512.66.0F3A.W0 18 /r ib | VINSERTF32X4 zmm1 {k1}{z}, zmm2, xmm3/m128, imm8 | RVMI T4
    EVEX.512.66.0F3A.W0 1A /r ib | VINSERTF32X8 zmm1 {k1}{z}, zmm2, ymm3/m256, imm8 | RVMI T8
    EVEX.256.66.0F3A.W1 18 /r ib | VINSERTF64X2 ymm1 {k1}{z}, ymm2, xmm3/m128, imm8 | RVMI T2
    EVEX.512.66.0F3A.W1 18 /r ib | VINSERTF64X2 zmm1 {k1}{z}, zmm2, xmm3/m128, imm8 | RVMI T2
    EVEX.512.66.0F3A.W1 1A /r ib | VINSERTF64X4 zmm1 {k1}{z}, zmm2, ymm3/m256, imm8 | RVMI T4
    EVEX.256.66.0F3A.W0 38 /r ib | VINSERTI32X4 ymm1 {k1}{z}, ymm2, xmm3/m128, imm8 | RVMI T4
    EVEX.512.66.0F3A.W0 38 /r ib | VINSERTI32X4 zmm1 {k1}{z}, zmm2, xmm3/m128, imm8 | RVMI T4
    EVEX.512.66.0F3A.W0 3A /r ib | VINSERTI32X8 zmm1 {k1}{z}, zmm2, ymm3/m256, imm8 | RVMI T8
    EVEX.256.66.0F3A.W1 38 /r ib | VINSERTI64X2 ymm1 {k1}{z}, ymm2, xmm3/m128, imm8 | RVMI T2
    EVEX.512.66.0F3A.W1 38 /r ib | VINSERTI64X2 zmm1 {k1}{z}, zmm2, xmm3/m128, imm8 | RVMI T2
    EVEX.512.66.0F3A.W1 3A /r ib | VINSERTI64X4 zmm1 {k1}{z}, zmm2, ymm3/m256, imm8 | RVMI T4
    EVEX.128.66.0F3A.W0 21 /r ib | VINSERTPS xmm1, xmm2, xmm3/m32, imm8 | RVMI T1S32
    EVEX.128.66.0F.W1 5F /r      | VMAXPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 5F /r      | VMAXPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 5F /r      | VMAXPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.MAP5.W0 5F /r       | VMAXPH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.MAP5.W0 5F /r       | VMAXPH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.MAP5.W0 5F /r       | VMAXPH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {sae} | RVM FV
    EVEX.128.0F.W0 5F /r         | VMAXPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 5F /r         | VMAXPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 5F /r         | VMAXPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 5F /r      | VMAXSD xmm1 {k1}{z}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.MAP5.W0 5F /r    | VMAXSH xmm1 {k1}{z}, xmm2, xmm3/m16 {sae} | RVM T1S16
    EVEX.LIG.F3.0F.W0 5F /r      | VMAXSS xmm1 {k1}{z}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 5D /r      | VMINPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 5D /r      | VMINPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 5D /r      | VMINPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {sae} | RVM FV
    EVEX.128.MAP5.W0 5D /r       | VMINPH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.MAP5.W0 5D /r       | VMINPH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.MAP5.W0 5D /r       | VMINPH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {sae} | RVM FV
    EVEX.128.0F.W0 5D /r         | VMINPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 5D /r         | VMINPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 5D /r         | VMINPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {sae} | RVM FV
    EVEX.LIG.F2.0F.W1 5D /r      | VMINSD xmm1 {k1}{z}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.F3.MAP5.W0 5D /r    | VMINSH xmm1 {k1}{z}, xmm2, xmm3/m16 {sae} | RVM T1S16
    EVEX.LIG.F3.0F.W0 5D /r      | VMINSS xmm1 {k1}{z}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.0F.W1 29 /r      | VMOVAPD m128 {k1}, xmm2 | MR FVM
    EVEX.256.66.0F.W1 29 /r      | VMOVAPD m256 {k1}, ymm2 | MR FVM
    EVEX.512.66.0F.W1 29 /r      | VMOVAPD m512 {k1}, zmm2 | MR FVM
    EVEX.128.66.0F.W1 28 /r      | VMOVAPD xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.66.0F.W1 28 /r      | VMOVAPD ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.66.0F.W1 28 /r      | VMOVAPD zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.66.0F.W1 29 /r      | VMOVAPD xmm2 {k1}{z}, xmm1 | MR
    EVEX.256.66.0F.W1 29 /r      | VMOVAPD ymm2 {k1}{z}, ymm1 | MR
    EVEX.512.66.0F.W1 29 /r      | VMOVAPD zmm2 {k1}{z}, zmm1 | MR
    EVEX.128.0F.W0 29 /r         | VMOVAPS m128 {k1}, xmm2 | MR FVM
    EVEX.256.0F.W0 29 /r         | VMOVAPS m256 {k1}, ymm2 | MR FVM
    EVEX.512.0F.W0 29 /r         | VMOVAPS m512 {k1}, zmm2 | MR FVM
    EVEX.128.0F.W0 28 /r         | VMOVAPS xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.0F.W0 28 /r         | VMOVAPS ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.0F.W0 28 /r         | VMOVAPS zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.0F.W0 29 /r         | VMOVAPS xmm2 {k1}{z}, xmm1 | MR
    EVEX.256.0F.W0 29 /r         | VMOVAPS ymm2 {k1}{z}, ymm1 | MR
    EVEX.512.0F.W0 29 /r         | VMOVAPS zmm2 {k1}{z}, zmm1 | MR
    EVEX.128.66.0F.W0 7E /r      | VMOVD r/m32, xmm2 | MR T1S32
    EVEX.128.66.0F.W1 7E /r      | VMOVD r64, xmm2 | MR
    EVEX.128.66.0F.W0 6E /r      | VMOVD xmm1, r/m32 | RM T1S32
    EVEX.128.66.0F.W1 6E /r      | VMOVD xmm1, r64 | RM
    EVEX.128.F2.0F.W1 12 /r      | VMOVDDUP xmm1 {k1}{z}, xmm2/m64 | RM DUP
    EVEX.256.F2.0F.W1 12 /r      | VMOVDDUP ymm1 {k1}{z}, ymm2/m256 | RM DUP
    EVEX.512.F2.0F.W1 12 /r      | VMOVDDUP zmm1 {k1}{z}, zmm2/m512 | RM DUP
    EVEX.128.66.0F.W0 7F /r      | VMOVDQA32 m128 {k1}, xmm2 | MR FVM
    EVEX.256.66.0F.W0 7F /r      | VMOVDQA32 m256 {k1}, ymm2 | MR FVM
    EVEX.512.66.0F.W0 7F /r      | VMOVDQA32 m512 {k1}, zmm2 | MR FVM
    EVEX.128.66.0F.W0 6F /r      | VMOVDQA32 xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.66.0F.W0 6F /r      | VMOVDQA32 ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.66.0F.W0 6F /r      | VMOVDQA32 zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.66.0F.W0 7F /r      | VMOVDQA32 xmm2 {k1}{z}, xmm1 | MR
    EVEX.256.66.0F.W0 7F /r      | VMOVDQA32 ymm2 {k1}{z}, ymm1 | MR
    EVEX.512.66.0F.W0 7F /r      | VMOVDQA32 zmm2 {k1}{z}, zmm1 | MR
    EVEX.128.66.0F.W1 7F /r      | VMOVDQA64 m128 {k1}, xmm2 | MR FVM
    EVEX.256.66.0F.W1 7F /r      | VMOVDQA64 m256 {k1}, ymm2 | MR FVM
    EVEX.512.66.0F.W1 7F /r      | VMOVDQA64 m512 {k1}, zmm2 | MR FVM
    EVEX.128.66.0F.W1 6F /r      | VMOVDQA64 xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.66.0F.W1 6F /r      | VMOVDQA64 ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.66.0F.W1 6F /r      | VMOVDQA64 zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.66.0F.W1 7F /r      | VMOVDQA64 xmm2 {k1}{z}, xmm1 | MR
    EVEX.256.66.0F.W1 7F /r      | VMOVDQA64 ymm2 {k1}{z}, ymm1 | MR
    EVEX.512.66.0F.W1 7F /r      | VMOVDQA64 zmm2 {k1}{z}, zmm1 | MR
    EVEX.128.F2.0F.W1 7F /r      | VMOVDQU16 m128 {k1}, xmm2 | MR FVM
    EVEX.256.F2.0F.W1 7F /r      | VMOVDQU16 m256 {k1}, ymm2 | MR FVM
    EVEX.512.F2.0F.W1 7F /r      | VMOVDQU16 m512 {k1}, zmm2 | MR FVM
    EVEX.128.F2.0F.W1 6F /r      | VMOVDQU16 xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.F2.0F.W1 6F /r      | VMOVDQU16 ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.F2.0F.W1 6F /r      | VMOVDQU16 zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.F2.0F.W1 7F /r      | VMOVDQU16 xmm2 {k1}{z}, xmm1 | MR
    EVEX.256.F2.0F.W1 7F /r      | VMOVDQU16 ymm2 {k1}{z}, ymm1 | MR
    EVEX.512.F2.0F.W1 7F /r      | VMOVDQU16 zmm2 {k1}{z}, zmm1 | MR
    EVEX.128.F3.0F.W0 7F /r      | VMOVDQU32 m128 {k1}, xmm2 | MR FVM
    EVEX.256.F3.0F.W0 7F /r      | VMOVDQU32 m256 {k1}, ymm2 | MR FVM
    EVEX.512.F3.0F.W0 7F /r      | VMOVDQU32 m512 {k1}, zmm2 | MR FVM
    EVEX.128.F3.0F.W0 6F /r      | VMOVDQU32 xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.F3.0F.W0 6F /r      | VMOVDQU32 ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.F3.0F.W0 6F /r      | VMOVDQU32 zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.F3.0F.W0 7F /r      | VMOVDQU32 xmm2 {k1}{z}, xmm1 | MR
    EVEX.256.F3.0F.W0 7F /r      | VMOVDQU32 ymm2 {k1}{z}, ymm1 | MR
    EVEX.512.F3.0F.W0 7F /r      | VMOVDQU32 zmm2 {k1}{z}, zmm1 | MR
    EVEX.128.F3.0F.W1 7F /r      | VMOVDQU64 m128 {k1}, xmm2 | MR FVM
    EVEX.256.F3.0F.W1 7F /r      | VMOVDQU64 m256 {k1}, ymm2 | MR FVM
    EVEX.512.F3.0F.W1 7F /r      | VMOVDQU64 m512 {k1}, zmm2 | MR FVM
    EVEX.128.F3.0F.W1 6F /r      | VMOVDQU64 xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.F3.0F.W1 6F /r      | VMOVDQU64 ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.F3.0F.W1 6F /r      | VMOVDQU64 zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.F3.0F.W1 7F /r      | VMOVDQU64 xmm2 {k1}{z}, xmm1 | MR
    EVEX.256.F3.0F.W1 7F /r      | VMOVDQU64 ymm2 {k1}{z}, ymm1 | MR
    EVEX.512.F3.0F.W1 7F /r      | VMOVDQU64 zmm2 {k1}{z}, zmm1 | MR
    EVEX.128.F2.0F.W0 7F /r      | VMOVDQU8 m128 {k1}, xmm2 | MR FVM
    EVEX.256.F2.0F.W0 7F /r      | VMOVDQU8 m256 {k1}, ymm2 | MR FVM
    EVEX.512.F2.0F.W0 7F /r      | VMOVDQU8 m512 {k1}, zmm2 | MR FVM
    EVEX.128.F2.0F.W0 6F /r      | VMOVDQU8 xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.F2.0F.W0 6F /r      | VMOVDQU8 ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.F2.0F.W0 6F /r      | VMOVDQU8 zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.F2.0F.W0 7F /r      | VMOVDQU8 xmm2 {k1}{z}, xmm1 | MR
    EVEX.256.F2.0F.W0 7F /r      | VMOVDQU8 ymm2 {k1}{z}, ymm1 | MR
    EVEX.512.F2.0F.W0 7F /r      | VMOVDQU8 zmm2 {k1}{z}, zmm1 | MR
    EVEX.128.0F.W0 12 /r         | VMOVHLPS xmm1, xmm2, xmm3 | RVM
    EVEX.128.66.0F.W1 17 /r      | VMOVHPD m64, xmm2 | MR T1S64
    EVEX.128.66.0F.W1 16 /r      | VMOVHPD xmm1, xmm2, m64 | RVM T1S64
    EVEX.128.0F.W0 17 /r         | VMOVHPS m64, xmm2 | MR T1S64
    EVEX.128.0F.W0 16 /r         | VMOVHPS xmm1, xmm2, m64 | RVM T1S64
    EVEX.128.0F.W0 16 /r         | VMOVLHPS xmm1, xmm2, xmm3 | RVM
    EVEX.128.66.0F.W1 13 /r      | VMOVLPD m64, xmm2 | MR T1S64
    EVEX.128.66.0F.W1 12 /r      | VMOVLPD xmm1, xmm2, m64 | RVM T1S64
    EVEX.128.0F.W0 13 /r         | VMOVLPS m64, xmm2 | MR T1S64
    EVEX.128.0F.W0 12 /r         | VMOVLPS xmm1, xmm2, m64 | RVM T1S64
    EVEX.128.66.0F.W0 E7 /r      | VMOVNTDQ m128, xmm2 | MR FVM
    EVEX.256.66.0F.W0 E7 /r      | VMOVNTDQ m256, ymm2 | MR FVM
    EVEX.512.66.0F.W0 E7 /r      | VMOVNTDQ m512, zmm2 | MR FVM
    EVEX.128.66.0F38.W0 2A /r    | VMOVNTDQA xmm1, m128 | RM FVM
    EVEX.256.66.0F38.W0 2A /r    | VMOVNTDQA ymm1, m256 | RM FVM
    EVEX.512.66.0F38.W0 2A /r    | VMOVNTDQA zmm1, m512 | RM FVM
    EVEX.128.66.0F.W1 2B /r      | VMOVNTPD m128, xmm2 | MR FVM
    EVEX.256.66.0F.W1 2B /r      | VMOVNTPD m256, ymm2 | MR FVM
    EVEX.512.66.0F.W1 2B /r      | VMOVNTPD m512, zmm2 | MR FVM
    EVEX.128.0F.W0 2B /r         | VMOVNTPS m128, xmm2 | MR FVM
    EVEX.256.0F.W0 2B /r         | VMOVNTPS m256, ymm2 | MR FVM
    EVEX.512.0F.W0 2B /r         | VMOVNTPS m512, zmm2 | MR FVM
    EVEX.128.66.0F.W1 7E /r      | VMOVQ r64, xmm2 | MR
    EVEX.128.66.0F.W1 6E /r      | VMOVQ xmm1, r64 | RM
    EVEX.128.F3.0F.W1 7E /r      | VMOVQ xmm1, xmm2/m64 | RM T1S64
    EVEX.128.66.0F.W1 D6 /r      | VMOVQ xmm1/m64, xmm2 | MR T1S64
    EVEX.128.F2.0F.W1 11 /r      | VMOVSD m64 {k1}, xmm2 | MR T1S64
    EVEX.128.F2.0F.W1 10 /r      | VMOVSD xmm1 {k1}{z}, m64 | RM T1S64
    EVEX.128.F2.0F.W1 10 /r      | VMOVSD xmm1 {k1}{z}, xmm2, xmm3 | RVM
    EVEX.128.F2.0F.W1 11 /r      | VMOVSD xmm1 {k1}{z}, xmm2, xmm3 | MVR
    EVEX.128.F3.MAP5.W0 11 /r    | VMOVSH m16 {k1}, xmm2 | MR T1S16
    EVEX.128.F3.MAP5.W0 10 /r    | VMOVSH xmm1 {k1}{z}, m16 | RM T1S16
    EVEX.128.F3.MAP5.W0 10 /r    | VMOVSH xmm1 {k1}{z}, xmm2, xmm3 | RVM
    EVEX.128.F3.MAP5.W0 11 /r    | VMOVSH xmm1 {k1}{z}, xmm2, xmm3 | MVR
    EVEX.128.F3.0F.W0 16 /r      | VMOVSHDUP xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.F3.0F.W0 16 /r      | VMOVSHDUP ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.F3.0F.W0 16 /r      | VMOVSHDUP zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.F3.0F.W0 12 /r      | VMOVSLDUP xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.F3.0F.W0 12 /r      | VMOVSLDUP ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.F3.0F.W0 12 /r      | VMOVSLDUP zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.F3.0F.W0 11 /r      | VMOVSS m32 {k1}, xmm2 | MR T1S32
    EVEX.128.F3.0F.W0 10 /r      | VMOVSS xmm1 {k1}{z}, m32 | RM T1S32
    EVEX.128.F3.0F.W0 10 /r      | VMOVSS xmm1 {k1}{z}, xmm2, xmm3 | RVM
    EVEX.128.F3.0F.W0 11 /r      | VMOVSS xmm1 {k1}{z}, xmm2, xmm3 | MVR
    EVEX.128.66.0F.W1 11 /r      | VMOVUPD m128 {k1}, xmm2 | MR FVM
    EVEX.256.66.0F.W1 11 /r      | VMOVUPD m256 {k1}, ymm2 | MR FVM
    EVEX.512.66.0F.W1 11 /r      | VMOVUPD m512 {k1}, zmm2 | MR FVM
    EVEX.128.66.0F.W1 10 /r      | VMOVUPD xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.66.0F.W1 10 /r      | VMOVUPD ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.66.0F.W1 10 /r      | VMOVUPD zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.66.0F.W1 11 /r      | VMOVUPD xmm2 {k1}{z}, xmm1 | MR
    EVEX.256.66.0F.W1 11 /r      | VMOVUPD ymm2 {k1}{z}, ymm1 | MR
    EVEX.512.66.0F.W1 11 /r      | VMOVUPD zmm2 {k1}{z}, zmm1 | MR
    EVEX.128.0F.W0 11 /r         | VMOVUPS m128 {k1}, xmm2 | MR FVM
    EVEX.256.0F.W0 11 /r         | VMOVUPS m256 {k1}, ymm2 | MR FVM
    EVEX.512.0F.W0 11 /r         | VMOVUPS m512 {k1}, zmm2 | MR FVM
    EVEX.128.0F.W0 10 /r         | VMOVUPS xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.0F.W0 10 /r         | VMOVUPS ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.0F.W0 10 /r         | VMOVUPS zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.0F.W0 11 /r         | VMOVUPS xmm2 {k1}{z}, xmm1 | MR
    EVEX.256.0F.W0 11 /r         | VMOVUPS ymm2 {k1}{z}, ymm1 | MR
    EVEX.512.0F.W0 11 /r         | VMOVUPS zmm2 {k1}{z}, zmm1 | MR
    EVEX.128.66.MAP5.W0 7E /r    | VMOVW r32/m16, xmm2 | MR T1S16
    EVEX.128.66.MAP5.W1 7E /r    | VMOVW r64, xmm2 | MR
    EVEX.128.66.MAP5.W0 6E /r    | VMOVW xmm1, r32/m16 | RM T1S16
    EVEX.128.66.MAP5.W1 6E /r    | VMOVW xmm1, r64 | RM
    EVEX.128.66.0F.W1 59 /r      | VMULPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 59 /r      | VMULPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 59 /r      | VMULPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.MAP5.W0 59 /r       | VMULPH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.MAP5.W0 59 /r       | VMULPH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.MAP5.W0 59 /r       | VMULPH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.0F.W0 59 /r         | VMULPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 59 /r         | VMULPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 59 /r         | VMULPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.F2.0F.W1 59 /r      | VMULSD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.F3.MAP5.W0 59 /r    | VMULSH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.F3.0F.W0 59 /r      | VMULSS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F.W1 56 /r      | VORPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 56 /r      | VORPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 56 /r      | VORPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.0F.W0 56 /r         | VORPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 56 /r         | VORPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 56 /r         | VORPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.F2.0F38.W0 68 /r    | VP2INTERSECTD k1, xmm2, xmm3/m128/m32bcst | RVM FV | kpair
    EVEX.256.F2.0F38.W0 68 /r    | VP2INTERSECTD k1, ymm2, ymm3/m256/m32bcst | RVM FV | kpair
    EVEX.512.F2.0F38.W0 68 /r    | VP2INTERSECTD k1, zmm2, zmm3/m512/m32bcst | RVM FV | kpair
    EVEX.128.F2.0F38.W1 68 /r    | VP2INTERSECTQ k1, xmm2, xmm3/m128/m64bcst | RVM FV | kpair
    EVEX.256.F2.0F38.W1 68 /r    | VP2INTERSECTQ k1, ymm2, ymm3/m256/m64bcst | RVM FV | kpair
    EVEX.512.F2.0F38.W1 68 /r    | VP2INTERSECTQ k1, zmm2, zmm3/m512/m64bcst | RVM FV | kpair
    EVEX.512.F2.0F38.W0 52 /r    | VP4DPWSSD zmm1 {k1}{z}, zmm2, m128 | RVM T1_4X
    EVEX.512.F2.0F38.W0 53 /r    | VP4DPWSSDS zmm1 {k1}{z}, zmm2, m128 | RVM T1_4X
    EVEX.128.66.0F38.W0 1C /r    | VPABSB xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.66.0F38.W0 1C /r    | VPABSB ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.66.0F38.W0 1C /r    | VPABSB zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.66.0F38.W0 1E /r    | VPABSD xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.66.0F38.W0 1E /r    | VPABSD ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.66.0F38.W0 1E /r    | VPABSD zmm1 {k1}{z}, zmm2/m512/m32bcst | RM FV
    EVEX.128.66.0F38.W1 1F /r    | VPABSQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F38.W1 1F /r    | VPABSQ ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F38.W1 1F /r    | VPABSQ zmm1 {k1}{z}, zmm2/m512/m64bcst | RM FV
    EVEX.128.66.0F38.W0 1D /r    | VPABSW xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.66.0F38.W0 1D /r    | VPABSW ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.66.0F38.W0 1D /r    | VPABSW zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.66.0F.W0 6B /r      | VPACKSSDW xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F.W0 6B /r      | VPACKSSDW ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F.W0 6B /r      | VPACKSSDW zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W0 63 /r      | VPACKSSWB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 63 /r      | VPACKSSWB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 63 /r      | VPACKSSWB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 2B /r    | VPACKUSDW xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 2B /r    | VPACKUSDW ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 2B /r    | VPACKUSDW zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W0 67 /r      | VPACKUSWB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 67 /r      | VPACKUSWB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 67 /r      | VPACKUSWB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 FC /r      | VPADDB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 FC /r      | VPADDB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 FC /r      | VPADDB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 FE /r      | VPADDD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F.W0 FE /r      | VPADDD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F.W0 FE /r      | VPADDD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W1 D4 /r      | VPADDQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 D4 /r      | VPADDQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 D4 /r      | VPADDQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 EC /r      | VPADDSB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 EC /r      | VPADDSB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 EC /r      | VPADDSB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 ED /r      | VPADDSW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 ED /r      | VPADDSW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 ED /r      | VPADDSW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 DC /r      | VPADDUSB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 DC /r      | VPADDUSB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 DC /r      | VPADDUSB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 DD /r      | VPADDUSW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 DD /r      | VPADDUSW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 DD /r      | VPADDUSW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 FD /r      | VPADDW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 FD /r      | VPADDW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 FD /r      | VPADDW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 0F /r ib | VPALIGNR xmm1 {k1}{z}, xmm2, xmm3/m128, imm8 | RVMI FVM
    EVEX.256.66.0F3A.W0 0F /r ib | VPALIGNR ymm1 {k1}{z}, ymm2, ymm3/m256, imm8 | RVMI FVM
    EVEX.512.66.0F3A.W0 0F /r ib | VPALIGNR zmm1 {k1}{z}, zmm2, zmm3/m512, imm8 | RVMI FVM
    EVEX.128.66.0F.W0 DB /r      | VPANDD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F.W0 DB /r      | VPANDD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F.W0 DB /r      | VPANDD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W0 DF /r      | VPANDND xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F.W0 DF /r      | VPANDND ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F.W0 DF /r      | VPANDND zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W1 DF /r      | VPANDNQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 DF /r      | VPANDNQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 DF /r      | VPANDNQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W1 DB /r      | VPANDQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 DB /r      | VPANDQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 DB /r      | VPANDQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 E0 /r      | VPAVGB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 E0 /r      | VPAVGB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 E0 /r      | VPAVGB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 E3 /r      | VPAVGW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 E3 /r      | VPAVGW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 E3 /r      | VPAVGW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 66 /r    | VPBLENDMB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 66 /r    | VPBLENDMB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 66 /r    | VPBLENDMB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 64 /r    | VPBLENDMD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 64 /r    | VPBLENDMD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 64 /r    | VPBLENDMD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 64 /r    | VPBLENDMQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 64 /r    | VPBLENDMQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 64 /r    | VPBLENDMQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W1 66 /r    | VPBLENDMW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W1 66 /r    | VPBLENDMW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W1 66 /r    | VPBLENDMW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 7A /r    | VPBROADCASTB xmm1 {k1}{z}, r32 | RM
    EVEX.128.66.0F38.W0 78 /r    | VPBROADCASTB xmm1 {k1}{z}, xmm2/m8 | RM T1S8
    EVEX.256.66.0F38.W0 7A /r    | VPBROADCASTB ymm1 {k1}{z}, r32 | RM
    EVEX.256.66.0F38.W0 78 /r    | VPBROADCASTB ymm1 {k1}{z}, xmm2/m8 | RM T1S8
    EVEX.512.66.0F38.W0 7A /r    | VPBROADCASTB zmm1 {k1}{z}, r32 | RM
    EVEX.512.66.0F38.W0 78 /r    | VPBROADCASTB zmm1 {k1}{z}, xmm2/m8 | RM T1S8
    EVEX.128.66.0F38.W0 7C /r    | VPBROADCASTD xmm1 {k1}{z}, r32 | RM
    EVEX.128.66.0F38.W0 58 /r    | VPBROADCASTD xmm1 {k1}{z}, xmm2/m32 | RM T1S32
    EVEX.256.66.0F38.W0 7C /r    | VPBROADCASTD ymm1 {k1}{z}, r32 | RM
    EVEX.256.66.0F38.W0 58 /r    | VPBROADCASTD ymm1 {k1}{z}, xmm2/m32 | RM T1S32
    EVEX.512.66.0F38.W0 7C /r    | VPBROADCASTD zmm1 {k1}{z}, r32 | RM
    EVEX.512.66.0F38.W0 58 /r    | VPBROADCASTD zmm1 {k1}{z}, xmm2/m32 | RM T1S32
    EVEX.128.F3.0F38.W1 2A /r    | VPBROADCASTMB2Q xmm1, k2 | RM
    EVEX.256.F3.0F38.W1 2A /r    | VPBROADCASTMB2Q ymm1, k2 | RM
    EVEX.512.F3.0F38.W1 2A /r    | VPBROADCASTMB2Q zmm1, k2 | RM
    EVEX.128.F3.0F38.W0 3A /r    | VPBROADCASTMW2D xmm1, k2 | RM
    EVEX.256.F3.0F38.W0 3A /r    | VPBROADCASTMW2D ymm1, k2 | RM
    EVEX.512.F3.0F38.W0 3A /r    | VPBROADCASTMW2D zmm1, k2 | RM
    EVEX.128.66.0F38.W1 7C /r    | VPBROADCASTQ xmm1 {k1}{z}, r64 | RM
    EVEX.128.66.0F38.W1 59 /r    | VPBROADCASTQ xmm1 {k1}{z}, xmm2/m64 | RM T1S64
    EVEX.256.66.0F38.W1 7C /r    | VPBROADCASTQ ymm1 {k1}{z}, r64 | RM
    EVEX.256.66.0F38.W1 59 /r    | VPBROADCASTQ ymm1 {k1}{z}, xmm2/m64 | RM T1S64
    EVEX.512.66.0F38.W1 7C /r    | VPBROADCASTQ zmm1 {k1}{z}, r64 | RM
    EVEX.512.66.0F38.W1 59 /r    | VPBROADCASTQ zmm1 {k1}{z}, xmm2/m64 | RM T1S64
    EVEX.128.66.0F38.W0 7B /r    | VPBROADCASTW xmm1 {k1}{z}, r32 | RM
    EVEX.128.66.0F38.W0 79 /r    | VPBROADCASTW xmm1 {k1}{z}, xmm2/m16 | RM T1S16
    EVEX.256.66.0F38.W0 7B /r    | VPBROADCASTW ymm1 {k1}{z}, r32 | RM
    EVEX.256.66.0F38.W0 79 /r    | VPBROADCASTW ymm1 {k1}{z}, xmm2/m16 | RM T1S16
    EVEX.512.66.0F38.W0 7B /r    | VPBROADCASTW zmm1 {k1}{z}, r32 | RM
    EVEX.512.66.0F38.W0 79 /r    | VPBROADCASTW zmm1 {k1}{z}, xmm2/m16 | RM T1S16
    EVEX.128.66.0F3A.W0 44 /r ib | VPCLMULQDQ xmm1, xmm2, xmm3/m128, imm8 | RVMI FVM
    EVEX.256.66.0F3A.W0 44 /r ib | VPCLMULQDQ ymm1, ymm2, ymm3/m256, imm8 | RVMI FVM
    EVEX.512.66.0F3A.W0 44 /r ib | VPCLMULQDQ zmm1, zmm2, zmm3/m512, imm8 | RVMI FVM
    EVEX.128.66.0F3A.W0 3F /r ib | VPCMPB k1 {k2}, xmm2, xmm3/m128, imm8 | RVMI FVM
    EVEX.256.66.0F3A.W0 3F /r ib | VPCMPB k1 {k2}, ymm2, ymm3/m256, imm8 | RVMI FVM
    EVEX.512.66.0F3A.W0 3F /r ib | VPCMPB k1 {k2}, zmm2, zmm3/m512, imm8 | RVMI FVM
    EVEX.128.66.0F3A.W0 1F /r ib | VPCMPD k1 {k2}, xmm2, xmm3/m128/m32bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W0 1F /r ib | VPCMPD k1 {k2}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W0 1F /r ib | VPCMPD k1 {k2}, zmm2, zmm3/m512/m32bcst, imm8 | RVMI FV
    EVEX.128.66.0F.W0 74 /r      | VPCMPEQB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 74 /r      | VPCMPEQB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 74 /r      | VPCMPEQB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 76 /r      | VPCMPEQD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F.W0 76 /r      | VPCMPEQD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F.W0 76 /r      | VPCMPEQD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 29 /r    | VPCMPEQQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 29 /r    | VPCMPEQQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 29 /r    | VPCMPEQQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W0 3E /r 00 | VPCMPEQUB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W0 3E /r 00 | VPCMPEQUB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W0 3E /r 00 | VPCMPEQUB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 1E /r 00 | VPCMPEQUD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 1E /r 00 | VPCMPEQUD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 1E /r 00 | VPCMPEQUD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F3A.W1 1E /r 00 | VPCMPEQUQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 1E /r 00 | VPCMPEQUQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 1E /r 00 | VPCMPEQUQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W1 3E /r 00 | VPCMPEQUW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W1 3E /r 00 | VPCMPEQUW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W1 3E /r 00 | VPCMPEQUW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 75 /r      | VPCMPEQW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 75 /r      | VPCMPEQW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 75 /r      | VPCMPEQW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 64 /r      | VPCMPGTB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 64 /r      | VPCMPGTB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 64 /r      | VPCMPGTB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 66 /r      | VPCMPGTD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F.W0 66 /r      | VPCMPGTD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F.W0 66 /r      | VPCMPGTD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 37 /r    | VPCMPGTQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 37 /r    | VPCMPGTQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 37 /r    | VPCMPGTQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 65 /r      | VPCMPGTW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 65 /r      | VPCMPGTW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 65 /r      | VPCMPGTW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 3F /r 02 | VPCMPLEB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W0 3F /r 02 | VPCMPLEB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W0 3F /r 02 | VPCMPLEB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 1F /r 02 | VPCMPLED k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 1F /r 02 | VPCMPLED k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 1F /r 02 | VPCMPLED k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F3A.W1 1F /r 02 | VPCMPLEQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 1F /r 02 | VPCMPLEQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 1F /r 02 | VPCMPLEQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W0 3E /r 02 | VPCMPLEUB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W0 3E /r 02 | VPCMPLEUB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W0 3E /r 02 | VPCMPLEUB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 1E /r 02 | VPCMPLEUD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 1E /r 02 | VPCMPLEUD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 1E /r 02 | VPCMPLEUD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F3A.W1 1E /r 02 | VPCMPLEUQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 1E /r 02 | VPCMPLEUQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 1E /r 02 | VPCMPLEUQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W1 3E /r 02 | VPCMPLEUW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W1 3E /r 02 | VPCMPLEUW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W1 3E /r 02 | VPCMPLEUW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W1 3F /r 02 | VPCMPLEW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W1 3F /r 02 | VPCMPLEW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W1 3F /r 02 | VPCMPLEW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 3F /r 01 | VPCMPLTB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W0 3F /r 01 | VPCMPLTB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W0 3F /r 01 | VPCMPLTB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 1F /r 01 | VPCMPLTD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 1F /r 01 | VPCMPLTD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 1F /r 01 | VPCMPLTD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F3A.W1 1F /r 01 | VPCMPLTQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 1F /r 01 | VPCMPLTQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 1F /r 01 | VPCMPLTQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W0 3E /r 01 | VPCMPLTUB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W0 3E /r 01 | VPCMPLTUB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W0 3E /r 01 | VPCMPLTUB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 1E /r 01 | VPCMPLTUD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 1E /r 01 | VPCMPLTUD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 1E /r 01 | VPCMPLTUD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F3A.W1 1E /r 01 | VPCMPLTUQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 1E /r 01 | VPCMPLTUQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 1E /r 01 | VPCMPLTUQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W1 3E /r 01 | VPCMPLTUW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W1 3E /r 01 | VPCMPLTUW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W1 3E /r 01 | VPCMPLTUW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W1 3F /r 01 | VPCMPLTW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W1 3F /r 01 | VPCMPLTW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W1 3F /r 01 | VPCMPLTW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 3F /r 04 | VPCMPNEQB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W0 3F /r 04 | VPCMPNEQB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W0 3F /r 04 | VPCMPNEQB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 1F /r 04 | VPCMPNEQD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 1F /r 04 | VPCMPNEQD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 1F /r 04 | VPCMPNEQD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F3A.W1 1F /r 04 | VPCMPNEQQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 1F /r 04 | VPCMPNEQQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 1F /r 04 | VPCMPNEQQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W0 3E /r 04 | VPCMPNEQUB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W0 3E /r 04 | VPCMPNEQUB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W0 3E /r 04 | VPCMPNEQUB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 1E /r 04 | VPCMPNEQUD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 1E /r 04 | VPCMPNEQUD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 1E /r 04 | VPCMPNEQUD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F3A.W1 1E /r 04 | VPCMPNEQUQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 1E /r 04 | VPCMPNEQUQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 1E /r 04 | VPCMPNEQUQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W1 3E /r 04 | VPCMPNEQUW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W1 3E /r 04 | VPCMPNEQUW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W1 3E /r 04 | VPCMPNEQUW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W1 3F /r 04 | VPCMPNEQW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W1 3F /r 04 | VPCMPNEQW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W1 3F /r 04 | VPCMPNEQW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 3F /r 06 | VPCMPNLEB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W0 3F /r 06 | VPCMPNLEB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W0 3F /r 06 | VPCMPNLEB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 1F /r 06 | VPCMPNLED k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 1F /r 06 | VPCMPNLED k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 1F /r 06 | VPCMPNLED k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F3A.W1 1F /r 06 | VPCMPNLEQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 1F /r 06 | VPCMPNLEQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 1F /r 06 | VPCMPNLEQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W0 3E /r 06 | VPCMPNLEUB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W0 3E /r 06 | VPCMPNLEUB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W0 3E /r 06 | VPCMPNLEUB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 1E /r 06 | VPCMPNLEUD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 1E /r 06 | VPCMPNLEUD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 1E /r 06 | VPCMPNLEUD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F3A.W1 1E /r 06 | VPCMPNLEUQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 1E /r 06 | VPCMPNLEUQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 1E /r 06 | VPCMPNLEUQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W1 3E /r 06 | VPCMPNLEUW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W1 3E /r 06 | VPCMPNLEUW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W1 3E /r 06 | VPCMPNLEUW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W1 3F /r 06 | VPCMPNLEW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W1 3F /r 06 | VPCMPNLEW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W1 3F /r 06 | VPCMPNLEW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 3F /r 05 | VPCMPNLTB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W0 3F /r 05 | VPCMPNLTB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W0 3F /r 05 | VPCMPNLTB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 1F /r 05 | VPCMPNLTD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 1F /r 05 | VPCMPNLTD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 1F /r 05 | VPCMPNLTD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F3A.W1 1F /r 05 | VPCMPNLTQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 1F /r 05 | VPCMPNLTQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 1F /r 05 | VPCMPNLTQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W0 3E /r 05 | VPCMPNLTUB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W0 3E /r 05 | VPCMPNLTUB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W0 3E /r 05 | VPCMPNLTUB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 1E /r 05 | VPCMPNLTUD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 1E /r 05 | VPCMPNLTUD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 1E /r 05 | VPCMPNLTUD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F3A.W1 1E /r 05 | VPCMPNLTUQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 1E /r 05 | VPCMPNLTUQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 1E /r 05 | VPCMPNLTUQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W1 3E /r 05 | VPCMPNLTUW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W1 3E /r 05 | VPCMPNLTUW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W1 3E /r 05 | VPCMPNLTUW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W1 3F /r 05 | VPCMPNLTW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F3A.W1 3F /r 05 | VPCMPNLTW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F3A.W1 3F /r 05 | VPCMPNLTW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W1 1F /r ib | VPCMPQ k1 {k2}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 1F /r ib | VPCMPQ k1 {k2}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 1F /r ib | VPCMPQ k1 {k2}, zmm2, zmm3/m512/m64bcst, imm8 | RVMI FV
    EVEX.128.66.0F3A.W0 3E /r ib | VPCMPUB k1 {k2}, xmm2, xmm3/m128, imm8 | RVMI FVM
    EVEX.256.66.0F3A.W0 3E /r ib | VPCMPUB k1 {k2}, ymm2, ymm3/m256, imm8 | RVMI FVM
    EVEX.512.66.0F3A.W0 3E /r ib | VPCMPUB k1 {k2}, zmm2, zmm3/m512, imm8 | RVMI FVM
    EVEX.128.66.0F3A.W0 1E /r ib | VPCMPUD k1 {k2}, xmm2, xmm3/m128/m32bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W0 1E /r ib | VPCMPUD k1 {k2}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W0 1E /r ib | VPCMPUD k1 {k2}, zmm2, zmm3/m512/m32bcst, imm8 | RVMI FV
    EVEX.128.66.0F3A.W1 1E /r ib | VPCMPUQ k1 {k2}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 1E /r ib | VPCMPUQ k1 {k2}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 1E /r ib | VPCMPUQ k1 {k2}, zmm2, zmm3/m512/m64bcst, imm8 | RVMI FV
    EVEX.128.66.0F3A.W1 3E /r ib | VPCMPUW k1 {k2}, xmm2, xmm3/m128, imm8 | RVMI FVM
    EVEX.256.66.0F3A.W1 3E /r ib | VPCMPUW k1 {k2}, ymm2, ymm3/m256, imm8 | RVMI FVM
    EVEX.512.66.0F3A.W1 3E /r ib | VPCMPUW k1 {k2}, zmm2, zmm3/m512, imm8 | RVMI FVM
    EVEX.128.66.0F3A.W1 3F /r ib | VPCMPW k1 {k2}, xmm2, xmm3/m128, imm8 | RVMI FVM
    EVEX.256.66.0F3A.W1 3F /r ib | VPCMPW k1 {k2}, ymm2, ymm3/m256, imm8 | RVMI FVM
    EVEX.512.66.0F3A.W1 3F /r ib | VPCMPW k1 {k2}, zmm2, zmm3/m512, imm8 | RVMI FVM
    EVEX.128.66.0F38.W0 63 /r    | VPCOMPRESSB xmm1/m128 {k1}{z}, xmm2 | MR T1S8
    EVEX.256.66.0F38.W0 63 /r    | VPCOMPRESSB ymm1/m256 {k1}{z}, ymm2 | MR T1S8
    EVEX.512.66.0F38.W0 63 /r    | VPCOMPRESSB zmm1/m512 {k1}{z}, zmm2 | MR T1S8
    EVEX.128.66.0F38.W0 8B /r    | VPCOMPRESSD xmm1/m128 {k1}{z}, xmm2 | MR T1S32
    EVEX.256.66.0F38.W0 8B /r    | VPCOMPRESSD ymm1/m256 {k1}{z}, ymm2 | MR T1S32
    EVEX.512.66.0F38.W0 8B /r    | VPCOMPRESSD zmm1/m512 {k1}{z}, zmm2 | MR T1S32
    EVEX.128.66.0F38.W1 8B /r    | VPCOMPRESSQ xmm1/m128 {k1}{z}, xmm2 | MR T1S64
    EVEX.256.66.0F38.W1 8B /r    | VPCOMPRESSQ ymm1/m256 {k1}{z}, ymm2 | MR T1S64
    EVEX.512.66.0F38.W1 8B /r    | VPCOMPRESSQ zmm1/m512 {k1}{z}, zmm2 | MR T1S64
    EVEX.128.66.0F38.W1 63 /r    | VPCOMPRESSW xmm1/m128 {k1}{z}, xmm2 | MR T1S16
    EVEX.256.66.0F38.W1 63 /r    | VPCOMPRESSW ymm1/m256 {k1}{z}, ymm2 | MR T1S16
    EVEX.512.66.0F38.W1 63 /r    | VPCOMPRESSW zmm1/m512 {k1}{z}, zmm2 | MR T1S16
    EVEX.128.66.0F38.W0 C4 /r    | VPCONFLICTD xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.66.0F38.W0 C4 /r    | VPCONFLICTD ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.66.0F38.W0 C4 /r    | VPCONFLICTD zmm1 {k1}{z}, zmm2/m512/m32bcst | RM FV
    EVEX.128.66.0F38.W1 C4 /r    | VPCONFLICTQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F38.W1 C4 /r    | VPCONFLICTQ ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F38.W1 C4 /r    | VPCONFLICTQ zmm1 {k1}{z}, zmm2/m512/m64bcst | RM FV
    EVEX.128.66.0F38.W0 50 /r    | VPDPBUSD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 50 /r    | VPDPBUSD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 50 /r    | VPDPBUSD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W0 51 /r    | VPDPBUSDS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 51 /r    | VPDPBUSDS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 51 /r    | VPDPBUSDS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W0 52 /r    | VPDPWSSD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 52 /r    | VPDPWSSD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 52 /r    | VPDPWSSD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W0 53 /r    | VPDPWSSDS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 53 /r    | VPDPWSSDS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 53 /r    | VPDPWSSDS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W0 8D /r    | VPERMB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 8D /r    | VPERMB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 8D /r    | VPERMB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.256.66.0F38.W0 36 /r    | VPERMD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 36 /r    | VPERMD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W0 75 /r    | VPERMI2B xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 75 /r    | VPERMI2B ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 75 /r    | VPERMI2B zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 76 /r    | VPERMI2D xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 76 /r    | VPERMI2D ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 76 /r    | VPERMI2D zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 77 /r    | VPERMI2PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 77 /r    | VPERMI2PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 77 /r    | VPERMI2PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W0 77 /r    | VPERMI2PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 77 /r    | VPERMI2PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 77 /r    | VPERMI2PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 76 /r    | VPERMI2Q xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 76 /r    | VPERMI2Q ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 76 /r    | VPERMI2Q zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W1 75 /r    | VPERMI2W xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W1 75 /r    | VPERMI2W ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W1 75 /r    | VPERMI2W zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W1 05 /r ib | VPERMILPD xmm1 {k1}{z}, xmm2/m128/m64bcst, imm8 | RMI FV
    EVEX.128.66.0F38.W1 0D /r    | VPERMILPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F3A.W1 05 /r ib | VPERMILPD ymm1 {k1}{z}, ymm2/m256/m64bcst, imm8 | RMI FV
    EVEX.256.66.0F38.W1 0D /r    | VPERMILPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 05 /r ib | VPERMILPD zmm1 {k1}{z}, zmm2/m512/m64bcst, imm8 | RMI FV
    EVEX.512.66.0F38.W1 0D /r    | VPERMILPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W0 04 /r ib | VPERMILPS xmm1 {k1}{z}, xmm2/m128/m32bcst, imm8 | RMI FV
    EVEX.128.66.0F38.W0 0C /r    | VPERMILPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F3A.W0 04 /r ib | VPERMILPS ymm1 {k1}{z}, ymm2/m256/m32bcst, imm8 | RMI FV
    EVEX.256.66.0F38.W0 0C /r    | VPERMILPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F3A.W0 04 /r ib | VPERMILPS zmm1 {k1}{z}, zmm2/m512/m32bcst, imm8 | RMI FV
    EVEX.512.66.0F38.W0 0C /r    | VPERMILPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.256.66.0F3A.W1 01 /r ib | VPERMPD ymm1 {k1}{z}, ymm2/m256/m64bcst, imm8 | RMI FV
    EVEX.256.66.0F38.W1 16 /r    | VPERMPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 01 /r ib | VPERMPD zmm1 {k1}{z}, zmm2/m512/m64bcst, imm8 | RMI FV
    EVEX.512.66.0F38.W1 16 /r    | VPERMPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.256.66.0F38.W0 16 /r    | VPERMPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 16 /r    | VPERMPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.256.66.0F3A.W1 00 /r ib | VPERMQ ymm1 {k1}{z}, ymm2/m256/m64bcst, imm8 | RMI FV
    EVEX.256.66.0F38.W1 36 /r    | VPERMQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F3A.W1 00 /r ib | VPERMQ zmm1 {k1}{z}, zmm2/m512/m64bcst, imm8 | RMI FV
    EVEX.512.66.0F38.W1 36 /r    | VPERMQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W0 7D /r    | VPERMT2B xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 7D /r    | VPERMT2B ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 7D /r    | VPERMT2B zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 7E /r    | VPERMT2D xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 7E /r    | VPERMT2D ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 7E /r    | VPERMT2D zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 7F /r    | VPERMT2PD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 7F /r    | VPERMT2PD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 7F /r    | VPERMT2PD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W0 7F /r    | VPERMT2PS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 7F /r    | VPERMT2PS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 7F /r    | VPERMT2PS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 7E /r    | VPERMT2Q xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 7E /r    | VPERMT2Q ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 7E /r    | VPERMT2Q zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W1 7D /r    | VPERMT2W xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W1 7D /r    | VPERMT2W ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W1 7D /r    | VPERMT2W zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W1 8D /r    | VPERMW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W1 8D /r    | VPERMW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W1 8D /r    | VPERMW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 62 /r    | VPEXPANDB xmm1 {k1}{z}, xmm2/m128 | RM T1S8
    EVEX.256.66.0F38.W0 62 /r    | VPEXPANDB ymm1 {k1}{z}, ymm2/m256 | RM T1S8
    EVEX.512.66.0F38.W0 62 /r    | VPEXPANDB zmm1 {k1}{z}, zmm2/m512 | RM T1S8
    EVEX.128.66.0F38.W0 89 /r    | VPEXPANDD xmm1 {k1}{z}, xmm2/m128 | RM T1S32
    EVEX.256.66.0F38.W0 89 /r    | VPEXPANDD ymm1 {k1}{z}, ymm2/m256 | RM T1S32
    EVEX.512.66.0F38.W0 89 /r    | VPEXPANDD zmm1 {k1}{z}, zmm2/m512 | RM T1S32
    EVEX.128.66.0F38.W1 89 /r    | VPEXPANDQ xmm1 {k1}{z}, xmm2/m128 | RM T1S64
    EVEX.256.66.0F38.W1 89 /r    | VPEXPANDQ ymm1 {k1}{z}, ymm2/m256 | RM T1S64
    EVEX.512.66.0F38.W1 89 /r    | VPEXPANDQ zmm1 {k1}{z}, zmm2/m512 | RM T1S64
    EVEX.128.66.0F38.W1 62 /r    | VPEXPANDW xmm1 {k1}{z}, xmm2/m128 | RM T1S16
    EVEX.256.66.0F38.W1 62 /r    | VPEXPANDW ymm1 {k1}{z}, ymm2/m256 | RM T1S16
    EVEX.512.66.0F38.W1 62 /r    | VPEXPANDW zmm1 {k1}{z}, zmm2/m512 | RM T1S16
    EVEX.128.66.0F3A.W0 14 /r ib | VPEXTRB r32/m8, xmm2, imm8 | MRI T1S8
    EVEX.128.66.0F3A.W0 14 /r ib | VPEXTRB r64, xmm2, imm8 | MRI
    EVEX.128.66.0F3A.W0 16 /r ib | VPEXTRD r/m32, xmm2, imm8 | MRI T1S32
    EVEX.128.66.0F3A.W1 16 /r ib | VPEXTRQ r/m64, xmm2, imm8 | MRI T1S64
    EVEX.128.66.0F3A.W0 15 /r ib | VPEXTRW m16, xmm2, imm8 | MRI T1S16
    EVEX.128.66.0F.W0 C5 /r ib   | VPEXTRW r32, xmm2, imm8 | RMI
    EVEX.128.66.0F.W0 C5 /r ib   | VPEXTRW r64, xmm2, imm8 | RMI
    EVEX.128.66.0F38.W0 90 /r    | VPGATHERDD xmm1 {k1}, vm32x | RM T1S32
    EVEX.256.66.0F38.W0 90 /r    | VPGATHERDD ymm1 {k1}, vm32y | RM T1S32
    EVEX.512.66.0F38.W0 90 /r    | VPGATHERDD zmm1 {k1}, vm32z | RM T1S32
    EVEX.128.66.0F38.W1 90 /r    | VPGATHERDQ xmm1 {k1}, vm32x | RM T1S64
    EVEX.256.66.0F38.W1 90 /r    | VPGATHERDQ ymm1 {k1}, vm32x | RM T1S64
    EVEX.512.66.0F38.W1 90 /r    | VPGATHERDQ zmm1 {k1}, vm32y | RM T1S64
    EVEX.128.66.0F38.W0 91 /r    | VPGATHERQD xmm1 {k1}, vm64x | RM T1S32
    EVEX.256.66.0F38.W0 91 /r    | VPGATHERQD xmm1 {k1}, vm64y | RM T1S32
    EVEX.512.66.0F38.W0 91 /r    | VPGATHERQD ymm1 {k1}, vm64z | RM T1S32
    EVEX.128.66.0F38.W1 91 /r    | VPGATHERQQ xmm1 {k1}, vm64x | RM T1S64
    EVEX.256.66.0F38.W1 91 /r    | VPGATHERQQ ymm1 {k1}, vm64y | RM T1S64
    EVEX.512.66.0F38.W1 91 /r    | VPGATHERQQ zmm1 {k1}, vm64z | RM T1S64
    EVEX.128.66.0F3A.W0 20 /r ib | VPINSRB xmm1, xmm2, r32/m8, imm8 | RVMI T1S8
    EVEX.128.66.0F3A.W0 20 /r ib | VPINSRB xmm1, xmm2, r64, imm8 | RVMI
    EVEX.128.66.0F3A.W0 22 /r ib | VPINSRD xmm1, xmm2, r/m32, imm8 | RVMI T1S32
    EVEX.128.66.0F3A.W1 22 /r ib | VPINSRQ xmm1, xmm2, r/m64, imm8 | RVMI T1S64
    EVEX.128.66.0F.W0 C4 /r ib   | VPINSRW xmm1, xmm2, r32/m16, imm8 | RVMI T1S16
    EVEX.128.66.0F.W0 C4 /r ib   | VPINSRW xmm1, xmm2, r64, imm8 | RVMI
    EVEX.128.66.0F38.W0 44 /r    | VPLZCNTD xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.66.0F38.W0 44 /r    | VPLZCNTD ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.66.0F38.W0 44 /r    | VPLZCNTD zmm1 {k1}{z}, zmm2/m512/m32bcst | RM FV
    EVEX.128.66.0F38.W1 44 /r    | VPLZCNTQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F38.W1 44 /r    | VPLZCNTQ ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F38.W1 44 /r    | VPLZCNTQ zmm1 {k1}{z}, zmm2/m512/m64bcst | RM FV
    EVEX.128.66.0F38.W1 B5 /r    | VPMADD52HUQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 B5 /r    | VPMADD52HUQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 B5 /r    | VPMADD52HUQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W1 B4 /r    | VPMADD52LUQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 B4 /r    | VPMADD52LUQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 B4 /r    | VPMADD52LUQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W0 04 /r    | VPMADDUBSW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 04 /r    | VPMADDUBSW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 04 /r    | VPMADDUBSW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 F5 /r      | VPMADDWD xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 F5 /r      | VPMADDWD ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 F5 /r      | VPMADDWD zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 3C /r    | VPMAXSB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 3C /r    | VPMAXSB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 3C /r    | VPMAXSB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 3D /r    | VPMAXSD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 3D /r    | VPMAXSD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 3D /r    | VPMAXSD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 3D /r    | VPMAXSQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 3D /r    | VPMAXSQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 3D /r    | VPMAXSQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 EE /r      | VPMAXSW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 EE /r      | VPMAXSW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 EE /r      | VPMAXSW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 DE /r      | VPMAXUB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 DE /r      | VPMAXUB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 DE /r      | VPMAXUB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 3F /r    | VPMAXUD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 3F /r    | VPMAXUD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 3F /r    | VPMAXUD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 3F /r    | VPMAXUQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 3F /r    | VPMAXUQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 3F /r    | VPMAXUQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W0 3E /r    | VPMAXUW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 3E /r    | VPMAXUW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 3E /r    | VPMAXUW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 38 /r    | VPMINSB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 38 /r    | VPMINSB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 38 /r    | VPMINSB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 39 /r    | VPMINSD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 39 /r    | VPMINSD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 39 /r    | VPMINSD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 39 /r    | VPMINSQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 39 /r    | VPMINSQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 39 /r    | VPMINSQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 EA /r      | VPMINSW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 EA /r      | VPMINSW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 EA /r      | VPMINSW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 DA /r      | VPMINUB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 DA /r      | VPMINUB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 DA /r      | VPMINUB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 3B /r    | VPMINUD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 3B /r    | VPMINUD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 3B /r    | VPMINUD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 3B /r    | VPMINUQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 3B /r    | VPMINUQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 3B /r    | VPMINUQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W0 3A /r    | VPMINUW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 3A /r    | VPMINUW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 3A /r    | VPMINUW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.F3.0F38.W0 29 /r    | VPMOVB2M k1, xmm2 | RM
    EVEX.256.F3.0F38.W0 29 /r    | VPMOVB2M k1, ymm2 | RM
    EVEX.512.F3.0F38.W0 29 /r    | VPMOVB2M k1, zmm2 | RM
    EVEX.128.F3.0F38.W0 39 /r    | VPMOVD2M k1, xmm2 | RM
    EVEX.256.F3.0F38.W0 39 /r    | VPMOVD2M k1, ymm2 | RM
    EVEX.512.F3.0F38.W0 39 /r    | VPMOVD2M k1, zmm2 | RM
    EVEX.128.F3.0F38.W0 31 /r    | VPMOVDB xmm1/m32 {k1}{z}, xmm2 | MR QVM
    EVEX.256.F3.0F38.W0 31 /r    | VPMOVDB xmm1/m64 {k1}{z}, ymm2 | MR QVM
    EVEX.512.F3.0F38.W0 31 /r    | VPMOVDB xmm1/m128 {k1}{z}, zmm2 | MR QVM
    EVEX.128.F3.0F38.W0 33 /r    | VPMOVDW xmm1/m64 {k1}{z}, xmm2 | MR HVM
    EVEX.256.F3.0F38.W0 33 /r    | VPMOVDW xmm1/m128 {k1}{z}, ymm2 | MR HVM
    EVEX.512.F3.0F38.W0 33 /r    | VPMOVDW ymm1/m256 {k1}{z}, zmm2 | MR HVM
    EVEX.128.F3.0F38.W0 28 /r    | VPMOVM2B xmm1, k2 | RM
    EVEX.256.F3.0F38.W0 28 /r    | VPMOVM2B ymm1, k2 | RM
    EVEX.512.F3.0F38.W0 28 /r    | VPMOVM2B zmm1, k2 | RM
    EVEX.128.F3.0F38.W0 38 /r    | VPMOVM2D xmm1, k2 | RM
    EVEX.256.F3.0F38.W0 38 /r    | VPMOVM2D ymm1, k2 | RM
    EVEX.512.F3.0F38.W0 38 /r    | VPMOVM2D zmm1, k2 | RM
    EVEX.128.F3.0F38.W1 38 /r    | VPMOVM2Q xmm1, k2 | RM
    EVEX.256.F3.0F38.W1 38 /r    | VPMOVM2Q ymm1, k2 | RM
    EVEX.512.F3.0F38.W1 38 /r    | VPMOVM2Q zmm1, k2 | RM
    EVEX.128.F3.0F38.W1 28 /r    | VPMOVM2W xmm1, k2 | RM
    EVEX.256.F3.0F38.W1 28 /r    | VPMOVM2W ymm1, k2 | RM
    EVEX.512.F3.0F38.W1 28 /r    | VPMOVM2W zmm1, k2 | RM
    EVEX.128.F3.0F38.W1 39 /r    | VPMOVQ2M k1, xmm2 | RM
    EVEX.256.F3.0F38.W1 39 /r    | VPMOVQ2M k1, ymm2 | RM
    EVEX.512.F3.0F38.W1 39 /r    | VPMOVQ2M k1, zmm2 | RM
    EVEX.128.F3.0F38.W0 32 /r    | VPMOVQB xmm1/m16 {k1}{z}, xmm2 | MR OVM
    EVEX.256.F3.0F38.W0 32 /r    | VPMOVQB xmm1/m32 {k1}{z}, ymm2 | MR OVM
    EVEX.512.F3.0F38.W0 32 /r    | VPMOVQB xmm1/m64 {k1}{z}, zmm2 | MR OVM
    EVEX.128.F3.0F38.W0 35 /r    | VPMOVQD xmm1/m64 {k1}{z}, xmm2 | MR HVM
    EVEX.256.F3.0F38.W0 35 /r    | VPMOVQD xmm1/m128 {k1}{z}, ymm2 | MR HVM
    EVEX.512.F3.0F38.W0 35 /r    | VPMOVQD ymm1/m256 {k1}{z}, zmm2 | MR HVM
    EVEX.128.F3.0F38.W0 34 /r    | VPMOVQW xmm1/m32 {k1}{z}, xmm2 | MR QVM
    EVEX.256.F3.0F38.W0 34 /r    | VPMOVQW xmm1/m64 {k1}{z}, ymm2 | MR QVM
    EVEX.512.F3.0F38.W0 34 /r    | VPMOVQW xmm1/m128 {k1}{z}, zmm2 | MR QVM
    EVEX.128.F3.0F38.W0 21 /r    | VPMOVSDB xmm1/m32 {k1}{z}, xmm2 | MR QVM
    EVEX.256.F3.0F38.W0 21 /r    | VPMOVSDB xmm1/m64 {k1}{z}, ymm2 | MR QVM
    EVEX.512.F3.0F38.W0 21 /r    | VPMOVSDB xmm1/m128 {k1}{z}, zmm2 | MR QVM
    EVEX.128.F3.0F38.W0 23 /r    | VPMOVSDW xmm1/m64 {k1}{z}, xmm2 | MR HVM
    EVEX.256.F3.0F38.W0 23 /r    | VPMOVSDW xmm1/m128 {k1}{z}, ymm2 | MR HVM
    EVEX.512.F3.0F38.W0 23 /r    | VPMOVSDW ymm1/m256 {k1}{z}, zmm2 | MR HVM
    EVEX.128.F3.0F38.W0 22 /r    | VPMOVSQB xmm1/m16 {k1}{z}, xmm2 | MR OVM
    EVEX.256.F3.0F38.W0 22 /r    | VPMOVSQB xmm1/m32 {k1}{z}, ymm2 | MR OVM
    EVEX.512.F3.0F38.W0 22 /r    | VPMOVSQB xmm1/m64 {k1}{z}, zmm2 | MR OVM
    EVEX.128.F3.0F38.W0 25 /r    | VPMOVSQD xmm1/m64 {k1}{z}, xmm2 | MR HVM
    EVEX.256.F3.0F38.W0 25 /r    | VPMOVSQD xmm1/m128 {k1}{z}, ymm2 | MR HVM
    EVEX.512.F3.0F38.W0 25 /r    | VPMOVSQD ymm1/m256 {k1}{z}, zmm2 | MR HVM
    EVEX.128.F3.0F38.W0 24 /r    | VPMOVSQW xmm1/m32 {k1}{z}, xmm2 | MR QVM
    EVEX.256.F3.0F38.W0 24 /r    | VPMOVSQW xmm1/m64 {k1}{z}, ymm2 | MR QVM
    EVEX.512.F3.0F38.W0 24 /r    | VPMOVSQW xmm1/m128 {k1}{z}, zmm2 | MR QVM
    EVEX.128.F3.0F38.W0 20 /r    | VPMOVSWB xmm1/m64 {k1}{z}, xmm2 | MR HVM
    EVEX.256.F3.0F38.W0 20 /r    | VPMOVSWB xmm1/m128 {k1}{z}, ymm2 | MR HVM
    EVEX.512.F3.0F38.W0 20 /r    | VPMOVSWB ymm1/m256 {k1}{z}, zmm2 | MR HVM
    EVEX.128.66.0F38.W0 21 /r    | VPMOVSXBD xmm1 {k1}{z}, xmm2/m32 | RM QVM
    EVEX.256.66.0F38.W0 21 /r    | VPMOVSXBD ymm1 {k1}{z}, xmm2/m64 | RM QVM
    EVEX.512.66.0F38.W0 21 /r    | VPMOVSXBD zmm1 {k1}{z}, xmm2/m128 | RM QVM
    EVEX.128.66.0F38.W0 22 /r    | VPMOVSXBQ xmm1 {k1}{z}, xmm2/m16 | RM OVM
    EVEX.256.66.0F38.W0 22 /r    | VPMOVSXBQ ymm1 {k1}{z}, xmm2/m32 | RM OVM
    EVEX.512.66.0F38.W0 22 /r    | VPMOVSXBQ zmm1 {k1}{z}, xmm2/m64 | RM OVM
    EVEX.128.66.0F38.W0 20 /r    | VPMOVSXBW xmm1 {k1}{z}, xmm2/m64 | RM HVM
    EVEX.256.66.0F38.W0 20 /r    | VPMOVSXBW ymm1 {k1}{z}, xmm2/m128 | RM HVM
    EVEX.512.66.0F38.W0 20 /r    | VPMOVSXBW zmm1 {k1}{z}, ymm2/m256 | RM HVM
    EVEX.128.66.0F38.W0 25 /r    | VPMOVSXDQ xmm1 {k1}{z}, xmm2/m64 | RM HVM
    EVEX.256.66.0F38.W0 25 /r    | VPMOVSXDQ ymm1 {k1}{z}, xmm2/m128 | RM HVM
    EVEX.512.66.0F38.W0 25 /r    | VPMOVSXDQ zmm1 {k1}{z}, ymm2/m256 | RM HVM
    EVEX.128.66.0F38.W0 23 /r    | VPMOVSXWD xmm1 {k1}{z}, xmm2/m64 | RM HVM
    EVEX.256.66.0F38.W0 23 /r    | VPMOVSXWD ymm1 {k1}{z}, xmm2/m128 | RM HVM
    EVEX.512.66.0F38.W0 23 /r    | VPMOVSXWD zmm1 {k1}{z}, ymm2/m256 | RM HVM
    EVEX.128.66.0F38.W0 24 /r    | VPMOVSXWQ xmm1 {k1}{z}, xmm2/m32 | RM QVM
    EVEX.256.66.0F38.W0 24 /r    | VPMOVSXWQ ymm1 {k1}{z}, xmm2/m64 | RM QVM
    EVEX.512.66.0F38.W0 24 /r    | VPMOVSXWQ zmm1 {k1}{z}, xmm2/m128 | RM QVM
    EVEX.128.F3.0F38.W0 11 /r    | VPMOVUSDB xmm1/m32 {k1}{z}, xmm2 | MR QVM
    EVEX.256.F3.0F38.W0 11 /r    | VPMOVUSDB xmm1/m64 {k1}{z}, ymm2 | MR QVM
    EVEX.512.F3.0F38.W0 11 /r    | VPMOVUSDB xmm1/m128 {k1}{z}, zmm2 | MR QVM
    EVEX.128.F3.0F38.W0 13 /r    | VPMOVUSDW xmm1/m64 {k1}{z}, xmm2 | MR HVM
    EVEX.256.F3.0F38.W0 13 /r    | VPMOVUSDW xmm1/m128 {k1}{z}, ymm2 | MR HVM
    EVEX.512.F3.0F38.W0 13 /r    | VPMOVUSDW ymm1/m256 {k1}{z}, zmm2 | MR HVM
    EVEX.128.F3.0F38.W0 12 /r    | VPMOVUSQB xmm1/m16 {k1}{z}, xmm2 | MR OVM
    EVEX.256.F3.0F38.W0 12 /r    | VPMOVUSQB xmm1/m32 {k1}{z}, ymm2 | MR OVM
    EVEX.512.F3.0F38.W0 12 /r    | VPMOVUSQB xmm1/m64 {k1}{z}, zmm2 | MR OVM
    EVEX.128.F3.0F38.W0 15 /r    | VPMOVUSQD xmm1/m64 {k1}{z}, xmm2 | MR HVM
    EVEX.256.F3.0F38.W0 15 /r    | VPMOVUSQD xmm1/m128 {k1}{z}, ymm2 | MR HVM
    EVEX.512.F3.0F38.W0 15 /r    | VPMOVUSQD ymm1/m256 {k1}{z}, zmm2 | MR HVM
    EVEX.128.F3.0F38.W0 14 /r    | VPMOVUSQW xmm1/m32 {k1}{z}, xmm2 | MR QVM
    EVEX.256.F3.0F38.W0 14 /r    | VPMOVUSQW xmm1/m64 {k1}{z}, ymm2 | MR QVM
    EVEX.512.F3.0F38.W0 14 /r    | VPMOVUSQW xmm1/m128 {k1}{z}, zmm2 | MR QVM
    EVEX.128.F3.0F38.W0 10 /r    | VPMOVUSWB xmm1/m64 {k1}{z}, xmm2 | MR HVM
    EVEX.256.F3.0F38.W0 10 /r    | VPMOVUSWB xmm1/m128 {k1}{z}, ymm2 | MR HVM
    EVEX.512.F3.0F38.W0 10 /r    | VPMOVUSWB ymm1/m256 {k1}{z}, zmm2 | MR HVM
    EVEX.128.F3.0F38.W1 29 /r    | VPMOVW2M k1, xmm2 | RM
    EVEX.256.F3.0F38.W1 29 /r    | VPMOVW2M k1, ymm2 | RM
    EVEX.512.F3.0F38.W1 29 /r    | VPMOVW2M k1, zmm2 | RM
    EVEX.128.F3.0F38.W0 30 /r    | VPMOVWB xmm1/m64 {k1}{z}, xmm2 | MR HVM
    EVEX.256.F3.0F38.W0 30 /r    | VPMOVWB xmm1/m128 {k1}{z}, ymm2 | MR HVM
    EVEX.512.F3.0F38.W0 30 /r    | VPMOVWB ymm1/m256 {k1}{z}, zmm2 | MR HVM
    EVEX.128.66.0F38.W0 31 /r    | VPMOVZXBD xmm1 {k1}{z}, xmm2/m32 | RM QVM
    EVEX.256.66.0F38.W0 31 /r    | VPMOVZXBD ymm1 {k1}{z}, xmm2/m64 | RM QVM
    EVEX.512.66.0F38.W0 31 /r    | VPMOVZXBD zmm1 {k1}{z}, xmm2/m128 | RM QVM
    EVEX.128.66.0F38.W0 32 /r    | VPMOVZXBQ xmm1 {k1}{z}, xmm2/m16 | RM OVM
    EVEX.256.66.0F38.W0 32 /r    | VPMOVZXBQ ymm1 {k1}{z}, xmm2/m32 | RM OVM
    EVEX.512.66.0F38.W0 32 /r    | VPMOVZXBQ zmm1 {k1}{z}, xmm2/m64 | RM OVM
    EVEX.128.66.0F38.W0 30 /r    | VPMOVZXBW xmm1 {k1}{z}, xmm2/m64 | RM HVM
    EVEX.256.66.0F38.W0 30 /r    | VPMOVZXBW ymm1 {k1}{z}, xmm2/m128 | RM HVM
    EVEX.512.66.0F38.W0 30 /r    | VPMOVZXBW zmm1 {k1}{z}, ymm2/m256 | RM HVM
    EVEX.128.66.0F38.W0 35 /r    | VPMOVZXDQ xmm1 {k1}{z}, xmm2/m64 | RM HVM
    EVEX.256.66.0F38.W0 35 /r    | VPMOVZXDQ ymm1 {k1}{z}, xmm2/m128 | RM HVM
    EVEX.512.66.0F38.W0 35 /r    | VPMOVZXDQ zmm1 {k1}{z}, ymm2/m256 | RM HVM
    EVEX.128.66.0F38.W0 33 /r    | VPMOVZXWD xmm1 {k1}{z}, xmm2/m64 | RM HVM
    EVEX.256.66.0F38.W0 33 /r    | VPMOVZXWD ymm1 {k1}{z}, xmm2/m128 | RM HVM
    EVEX.512.66.0F38.W0 33 /r    | VPMOVZXWD zmm1 {k1}{z}, ymm2/m256 | RM HVM
    EVEX.128.66.0F38.W0 34 /r    | VPMOVZXWQ xmm1 {k1}{z}, xmm2/m32 | RM QVM
    EVEX.256.66.0F38.W0 34 /r    | VPMOVZXWQ ymm1 {k1}{z}, xmm2/m64 | RM QVM
    EVEX.512.66.0F38.W0 34 /r    | VPMOVZXWQ zmm1 {k1}{z}, xmm2/m128 | RM QVM
    EVEX.128.66.0F38.W1 28 /r    | VPMULDQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 28 /r    | VPMULDQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 28 /r    | VPMULDQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W0 0B /r    | VPMULHRSW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 0B /r    | VPMULHRSW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 0B /r    | VPMULHRSW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 E4 /r      | VPMULHUW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 E4 /r      | VPMULHUW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 E4 /r      | VPMULHUW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 E5 /r      | VPMULHW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 E5 /r      | VPMULHW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 E5 /r      | VPMULHW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 40 /r    | VPMULLD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 40 /r    | VPMULLD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 40 /r    | VPMULLD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 40 /r    | VPMULLQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 40 /r    | VPMULLQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 40 /r    | VPMULLQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 D5 /r      | VPMULLW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 D5 /r      | VPMULLW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 D5 /r      | VPMULLW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W1 83 /r    | VPMULTISHIFTQB xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 83 /r    | VPMULTISHIFTQB ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 83 /r    | VPMULTISHIFTQB zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W1 F4 /r      | VPMULUDQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 F4 /r      | VPMULUDQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 F4 /r      | VPMULUDQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W0 54 /r    | VPOPCNTB xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.66.0F38.W0 54 /r    | VPOPCNTB ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.66.0F38.W0 54 /r    | VPOPCNTB zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.66.0F38.W0 55 /r    | VPOPCNTD xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.66.0F38.W0 55 /r    | VPOPCNTD ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.66.0F38.W0 55 /r    | VPOPCNTD zmm1 {k1}{z}, zmm2/m512/m32bcst | RM FV
    EVEX.128.66.0F38.W1 55 /r    | VPOPCNTQ xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F38.W1 55 /r    | VPOPCNTQ ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F38.W1 55 /r    | VPOPCNTQ zmm1 {k1}{z}, zmm2/m512/m64bcst | RM FV
    EVEX.128.66.0F38.W1 54 /r    | VPOPCNTW xmm1 {k1}{z}, xmm2/m128 | RM FVM
    EVEX.256.66.0F38.W1 54 /r    | VPOPCNTW ymm1 {k1}{z}, ymm2/m256 | RM FVM
    EVEX.512.66.0F38.W1 54 /r    | VPOPCNTW zmm1 {k1}{z}, zmm2/m512 | RM FVM
    EVEX.128.66.0F.W0 EB /r      | VPORD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F.W0 EB /r      | VPORD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F.W0 EB /r      | VPORD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W1 EB /r      | VPORQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 EB /r      | VPORQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 EB /r      | VPORQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 72 /1 ib   | VPROLD xmm1 {k1}{z}, xmm2/m128/m32bcst, imm8 | VMI FV
    EVEX.256.66.0F.W0 72 /1 ib   | VPROLD ymm1 {k1}{z}, ymm2/m256/m32bcst, imm8 | VMI FV
    EVEX.512.66.0F.W0 72 /1 ib   | VPROLD zmm1 {k1}{z}, zmm2/m512/m32bcst, imm8 | VMI FV
    EVEX.128.66.0F.W1 72 /1 ib   | VPROLQ xmm1 {k1}{z}, xmm2/m128/m64bcst, imm8 | VMI FV
    EVEX.256.66.0F.W1 72 /1 ib   | VPROLQ ymm1 {k1}{z}, ymm2/m256/m64bcst, imm8 | VMI FV
    EVEX.512.66.0F.W1 72 /1 ib   | VPROLQ zmm1 {k1}{z}, zmm2/m512/m64bcst, imm8 | VMI FV
    EVEX.128.66.0F38.W0 15 /r    | VPROLVD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 15 /r    | VPROLVD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 15 /r    | VPROLVD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 15 /r    | VPROLVQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 15 /r    | VPROLVQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 15 /r    | VPROLVQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 72 /0 ib   | VPRORD xmm1 {k1}{z}, xmm2/m128/m32bcst, imm8 | VMI FV
    EVEX.256.66.0F.W0 72 /0 ib   | VPRORD ymm1 {k1}{z}, ymm2/m256/m32bcst, imm8 | VMI FV
    EVEX.512.66.0F.W0 72 /0 ib   | VPRORD zmm1 {k1}{z}, zmm2/m512/m32bcst, imm8 | VMI FV
    EVEX.128.66.0F.W1 72 /0 ib   | VPRORQ xmm1 {k1}{z}, xmm2/m128/m64bcst, imm8 | VMI FV
    EVEX.256.66.0F.W1 72 /0 ib   | VPRORQ ymm1 {k1}{z}, ymm2/m256/m64bcst, imm8 | VMI FV
    EVEX.512.66.0F.W1 72 /0 ib   | VPRORQ zmm1 {k1}{z}, zmm2/m512/m64bcst, imm8 | VMI FV
    EVEX.128.66.0F38.W0 14 /r    | VPRORVD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 14 /r    | VPRORVD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 14 /r    | VPRORVD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 14 /r    | VPRORVQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 14 /r    | VPRORVQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 14 /r    | VPRORVQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 F6 /r      | VPSADBW xmm1, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 F6 /r      | VPSADBW ymm1, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 F6 /r      | VPSADBW zmm1, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 A0 /r    | VPSCATTERDD vm32x {k1}, xmm2 | MR T1S32
    EVEX.256.66.0F38.W0 A0 /r    | VPSCATTERDD vm32y {k1}, ymm2 | MR T1S32
    EVEX.512.66.0F38.W0 A0 /r    | VPSCATTERDD vm32z {k1}, zmm2 | MR T1S32
    EVEX.128.66.0F38.W1 A0 /r    | VPSCATTERDQ vm32x {k1}, xmm2 | MR T1S64
    EVEX.256.66.0F38.W1 A0 /r    | VPSCATTERDQ vm32x {k1}, ymm2 | MR T1S64
    EVEX.512.66.0F38.W1 A0 /r    | VPSCATTERDQ vm32y {k1}, zmm2 | MR T1S64
    EVEX.128.66.0F38.W0 A1 /r    | VPSCATTERQD vm64x {k1}, xmm2 | MR T1S32
    EVEX.256.66.0F38.W0 A1 /r    | VPSCATTERQD vm64y {k1}, xmm2 | MR T1S32
    EVEX.512.66.0F38.W0 A1 /r    | VPSCATTERQD vm64z {k1}, ymm2 | MR T1S32
    EVEX.128.66.0F38.W1 A1 /r    | VPSCATTERQQ vm64x {k1}, xmm2 | MR T1S64
    EVEX.256.66.0F38.W1 A1 /r    | VPSCATTERQQ vm64y {k1}, ymm2 | MR T1S64
    EVEX.512.66.0F38.W1 A1 /r    | VPSCATTERQQ vm64z {k1}, zmm2 | MR T1S64
    EVEX.128.66.0F3A.W0 71 /r ib | VPSHLDD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W0 71 /r ib | VPSHLDD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W0 71 /r ib | VPSHLDD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | RVMI FV
    EVEX.128.66.0F3A.W1 71 /r ib | VPSHLDQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 71 /r ib | VPSHLDQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 71 /r ib | VPSHLDQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | RVMI FV
    EVEX.128.66.0F38.W0 71 /r    | VPSHLDVD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 71 /r    | VPSHLDVD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 71 /r    | VPSHLDVD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 71 /r    | VPSHLDVQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 71 /r    | VPSHLDVQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 71 /r    | VPSHLDVQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W1 70 /r    | VPSHLDVW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W1 70 /r    | VPSHLDVW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W1 70 /r    | VPSHLDVW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W1 70 /r ib | VPSHLDW xmm1 {k1}{z}, xmm2, xmm3/m128, imm8 | RVMI FVM
    EVEX.256.66.0F3A.W1 70 /r ib | VPSHLDW ymm1 {k1}{z}, ymm2, ymm3/m256, imm8 | RVMI FVM
    EVEX.512.66.0F3A.W1 70 /r ib | VPSHLDW zmm1 {k1}{z}, zmm2, zmm3/m512, imm8 | RVMI FVM
    EVEX.128.66.0F3A.W0 73 /r ib | VPSHRDD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W0 73 /r ib | VPSHRDD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W0 73 /r ib | VPSHRDD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | RVMI FV
    EVEX.128.66.0F3A.W1 73 /r ib | VPSHRDQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 73 /r ib | VPSHRDQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 73 /r ib | VPSHRDQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | RVMI FV
    EVEX.128.66.0F38.W0 73 /r    | VPSHRDVD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 73 /r    | VPSHRDVD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 73 /r    | VPSHRDVD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 73 /r    | VPSHRDVQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 73 /r    | VPSHRDVQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 73 /r    | VPSHRDVQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W1 72 /r    | VPSHRDVW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W1 72 /r    | VPSHRDVW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W1 72 /r    | VPSHRDVW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W1 72 /r ib | VPSHRDW xmm1 {k1}{z}, xmm2, xmm3/m128, imm8 | RVMI FVM
    EVEX.256.66.0F3A.W1 72 /r ib | VPSHRDW ymm1 {k1}{z}, ymm2, ymm3/m256, imm8 | RVMI FVM
    EVEX.512.66.0F3A.W1 72 /r ib | VPSHRDW zmm1 {k1}{z}, zmm2, zmm3/m512, imm8 | RVMI FVM
    EVEX.128.66.0F38.W0 00 /r    | VPSHUFB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 00 /r    | VPSHUFB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 00 /r    | VPSHUFB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 8F /r    | VPSHUFBITQMB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 8F /r    | VPSHUFBITQMB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 8F /r    | VPSHUFBITQMB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 70 /r ib   | VPSHUFD xmm1 {k1}{z}, xmm2/m128/m32bcst, imm8 | RMI FV
    EVEX.256.66.0F.W0 70 /r ib   | VPSHUFD ymm1 {k1}{z}, ymm2/m256/m32bcst, imm8 | RMI FV
    EVEX.512.66.0F.W0 70 /r ib   | VPSHUFD zmm1 {k1}{z}, zmm2/m512/m32bcst, imm8 | RMI FV
    EVEX.128.F3.0F.W0 70 /r ib   | VPSHUFHW xmm1 {k1}{z}, xmm2/m128, imm8 | RMI FVM
    EVEX.256.F3.0F.W0 70 /r ib   | VPSHUFHW ymm1 {k1}{z}, ymm2/m256, imm8 | RMI FVM
    EVEX.512.F3.0F.W0 70 /r ib   | VPSHUFHW zmm1 {k1}{z}, zmm2/m512, imm8 | RMI FVM
    EVEX.128.F2.0F.W0 70 /r ib   | VPSHUFLW xmm1 {k1}{z}, xmm2/m128, imm8 | RMI FVM
    EVEX.256.F2.0F.W0 70 /r ib   | VPSHUFLW ymm1 {k1}{z}, ymm2/m256, imm8 | RMI FVM
    EVEX.512.F2.0F.W0 70 /r ib   | VPSHUFLW zmm1 {k1}{z}, zmm2/m512, imm8 | RMI FVM
    EVEX.128.66.0F.W0 72 /6 ib   | VPSLLD xmm1 {k1}{z}, xmm2/m128/m32bcst, imm8 | VMI FV
    EVEX.128.66.0F.W0 F2 /r      | VPSLLD xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM M128
    EVEX.256.66.0F.W0 72 /6 ib   | VPSLLD ymm1 {k1}{z}, ymm2/m256/m32bcst, imm8 | VMI FV
    EVEX.256.66.0F.W0 F2 /r      | VPSLLD ymm1 {k1}{z}, ymm2, xmm3/m128 | RVM M128
    EVEX.512.66.0F.W0 72 /6 ib   | VPSLLD zmm1 {k1}{z}, zmm2/m512/m32bcst, imm8 | VMI FV
    EVEX.512.66.0F.W0 F2 /r      | VPSLLD zmm1 {k1}{z}, zmm2, xmm3/m128 | RVM M128
    EVEX.128.66.0F.W0 73 /7 ib   | VPSLLDQ xmm1, xmm2/m128, imm8 | VMI FVM
    EVEX.256.66.0F.W0 73 /7 ib   | VPSLLDQ ymm1, ymm2/m256, imm8 | VMI FVM
    EVEX.512.66.0F.W0 73 /7 ib   | VPSLLDQ zmm1, zmm2/m512, imm8 | VMI FVM
    EVEX.128.66.0F.W1 73 /6 ib   | VPSLLQ xmm1 {k1}{z}, xmm2/m128/m64bcst, imm8 | VMI FV
    EVEX.128.66.0F.W1 F3 /r      | VPSLLQ xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM M128
    EVEX.256.66.0F.W1 73 /6 ib   | VPSLLQ ymm1 {k1}{z}, ymm2/m256/m64bcst, imm8 | VMI FV
    EVEX.256.66.0F.W1 F3 /r      | VPSLLQ ymm1 {k1}{z}, ymm2, xmm3/m128 | RVM M128
    EVEX.512.66.0F.W1 73 /6 ib   | VPSLLQ zmm1 {k1}{z}, zmm2/m512/m64bcst, imm8 | VMI FV
    EVEX.512.66.0F.W1 F3 /r      | VPSLLQ zmm1 {k1}{z}, zmm2, xmm3/m128 | RVM M128
    EVEX.128.66.0F38.W0 47 /r    | VPSLLVD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 47 /r    | VPSLLVD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 47 /r    | VPSLLVD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 47 /r    | VPSLLVQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 47 /r    | VPSLLVQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 47 /r    | VPSLLVQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W1 12 /r    | VPSLLVW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W1 12 /r    | VPSLLVW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W1 12 /r    | VPSLLVW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 71 /6 ib   | VPSLLW xmm1 {k1}{z}, xmm2/m128, imm8 | VMI M128
    EVEX.128.66.0F.W0 F1 /r      | VPSLLW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM M128
    EVEX.256.66.0F.W0 71 /6 ib   | VPSLLW ymm1 {k1}{z}, ymm2/m256, imm8 | VMI FVM
    EVEX.256.66.0F.W0 F1 /r      | VPSLLW ymm1 {k1}{z}, ymm2, xmm3/m128 | RVM M128
    EVEX.512.66.0F.W0 71 /6 ib   | VPSLLW zmm1 {k1}{z}, zmm2/m512, imm8 | VMI FVM
    EVEX.512.66.0F.W0 F1 /r      | VPSLLW zmm1 {k1}{z}, zmm2, xmm3/m128 | RVM M128
    EVEX.128.66.0F.W0 72 /4 ib   | VPSRAD xmm1 {k1}{z}, xmm2/m128/m32bcst, imm8 | VMI FV
    EVEX.128.66.0F.W0 E2 /r      | VPSRAD xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM M128
    EVEX.256.66.0F.W0 72 /4 ib   | VPSRAD ymm1 {k1}{z}, ymm2/m256/m32bcst, imm8 | VMI FV
    EVEX.256.66.0F.W0 E2 /r      | VPSRAD ymm1 {k1}{z}, ymm2, xmm3/m128 | RVM M128
    EVEX.512.66.0F.W0 72 /4 ib   | VPSRAD zmm1 {k1}{z}, zmm2/m512/m32bcst, imm8 | VMI FV
    EVEX.512.66.0F.W0 E2 /r      | VPSRAD zmm1 {k1}{z}, zmm2, xmm3/m128 | RVM M128
    EVEX.128.66.0F.W1 72 /4 ib   | VPSRAQ xmm1 {k1}{z}, xmm2/m128/m64bcst, imm8 | VMI FV
    EVEX.128.66.0F.W1 E2 /r      | VPSRAQ xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM M128
    EVEX.256.66.0F.W1 72 /4 ib   | VPSRAQ ymm1 {k1}{z}, ymm2/m256/m64bcst, imm8 | VMI FV
    EVEX.256.66.0F.W1 E2 /r      | VPSRAQ ymm1 {k1}{z}, ymm2, xmm3/m128 | RVM M128
    EVEX.512.66.0F.W1 72 /4 ib   | VPSRAQ zmm1 {k1}{z}, zmm2/m512/m64bcst, imm8 | VMI FV
    EVEX.512.66.0F.W1 E2 /r      | VPSRAQ zmm1 {k1}{z}, zmm2, xmm3/m128 | RVM M128
    EVEX.128.66.0F38.W0 46 /r    | VPSRAVD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 46 /r    | VPSRAVD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 46 /r    | VPSRAVD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 46 /r    | VPSRAVQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 46 /r    | VPSRAVQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 46 /r    | VPSRAVQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W1 11 /r    | VPSRAVW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W1 11 /r    | VPSRAVW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W1 11 /r    | VPSRAVW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 71 /4 ib   | VPSRAW xmm1 {k1}{z}, xmm2/m128, imm8 | VMI M128
    EVEX.128.66.0F.W0 E1 /r      | VPSRAW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM M128
    EVEX.256.66.0F.W0 71 /4 ib   | VPSRAW ymm1 {k1}{z}, ymm2/m256, imm8 | VMI FVM
    EVEX.256.66.0F.W0 E1 /r      | VPSRAW ymm1 {k1}{z}, ymm2, xmm3/m128 | RVM M128
    EVEX.512.66.0F.W0 71 /4 ib   | VPSRAW zmm1 {k1}{z}, zmm2/m512, imm8 | VMI FVM
    EVEX.512.66.0F.W0 E1 /r      | VPSRAW zmm1 {k1}{z}, zmm2, xmm3/m128 | RVM M128
    EVEX.128.66.0F.W0 72 /2 ib   | VPSRLD xmm1 {k1}{z}, xmm2/m128/m32bcst, imm8 | VMI FV
    EVEX.128.66.0F.W0 D2 /r      | VPSRLD xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM M128
    EVEX.256.66.0F.W0 72 /2 ib   | VPSRLD ymm1 {k1}{z}, ymm2/m256/m32bcst, imm8 | VMI FV
    EVEX.256.66.0F.W0 D2 /r      | VPSRLD ymm1 {k1}{z}, ymm2, xmm3/m128 | RVM M128
    EVEX.512.66.0F.W0 72 /2 ib   | VPSRLD zmm1 {k1}{z}, zmm2/m512/m32bcst, imm8 | VMI FV
    EVEX.512.66.0F.W0 D2 /r      | VPSRLD zmm1 {k1}{z}, zmm2, xmm3/m128 | RVM M128
    EVEX.128.66.0F.W0 73 /3 ib   | VPSRLDQ xmm1, xmm2/m128, imm8 | VMI FVM
    EVEX.256.66.0F.W0 73 /3 ib   | VPSRLDQ ymm1, ymm2/m256, imm8 | VMI FVM
    EVEX.512.66.0F.W0 73 /3 ib   | VPSRLDQ zmm1, zmm2/m512, imm8 | VMI FVM
    EVEX.128.66.0F.W1 73 /2 ib   | VPSRLQ xmm1 {k1}{z}, xmm2/m128/m64bcst, imm8 | VMI FV
    EVEX.128.66.0F.W1 D3 /r      | VPSRLQ xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM M128
    EVEX.256.66.0F.W1 73 /2 ib   | VPSRLQ ymm1 {k1}{z}, ymm2/m256/m64bcst, imm8 | VMI FV
    EVEX.256.66.0F.W1 D3 /r      | VPSRLQ ymm1 {k1}{z}, ymm2, xmm3/m128 | RVM M128
    EVEX.512.66.0F.W1 73 /2 ib   | VPSRLQ zmm1 {k1}{z}, zmm2/m512/m64bcst, imm8 | VMI FV
    EVEX.512.66.0F.W1 D3 /r      | VPSRLQ zmm1 {k1}{z}, zmm2, xmm3/m128 | RVM M128
    EVEX.128.66.0F38.W0 45 /r    | VPSRLVD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 45 /r    | VPSRLVD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 45 /r    | VPSRLVD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 45 /r    | VPSRLVQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 45 /r    | VPSRLVQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 45 /r    | VPSRLVQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W1 10 /r    | VPSRLVW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W1 10 /r    | VPSRLVW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W1 10 /r    | VPSRLVW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 71 /2 ib   | VPSRLW xmm1 {k1}{z}, xmm2/m128, imm8 | VMI M128
    EVEX.128.66.0F.W0 D1 /r      | VPSRLW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM M128
    EVEX.256.66.0F.W0 71 /2 ib   | VPSRLW ymm1 {k1}{z}, ymm2/m256, imm8 | VMI FVM
    EVEX.256.66.0F.W0 D1 /r      | VPSRLW ymm1 {k1}{z}, ymm2, xmm3/m128 | RVM M128
    EVEX.512.66.0F.W0 71 /2 ib   | VPSRLW zmm1 {k1}{z}, zmm2/m512, imm8 | VMI FVM
    EVEX.512.66.0F.W0 D1 /r      | VPSRLW zmm1 {k1}{z}, zmm2, xmm3/m128 | RVM M128
    EVEX.128.66.0F.W0 F8 /r      | VPSUBB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 F8 /r      | VPSUBB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 F8 /r      | VPSUBB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 FA /r      | VPSUBD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F.W0 FA /r      | VPSUBD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F.W0 FA /r      | VPSUBD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W1 FB /r      | VPSUBQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 FB /r      | VPSUBQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 FB /r      | VPSUBQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 E8 /r      | VPSUBSB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 E8 /r      | VPSUBSB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 E8 /r      | VPSUBSB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 E9 /r      | VPSUBSW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 E9 /r      | VPSUBSW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 E9 /r      | VPSUBSW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 D8 /r      | VPSUBUSB xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 D8 /r      | VPSUBUSB ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 D8 /r      | VPSUBUSB zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 D9 /r      | VPSUBUSW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 D9 /r      | VPSUBUSW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 D9 /r      | VPSUBUSW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 F9 /r      | VPSUBW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 F9 /r      | VPSUBW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 F9 /r      | VPSUBW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F3A.W0 25 /r ib | VPTERNLOGD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W0 25 /r ib | VPTERNLOGD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W0 25 /r ib | VPTERNLOGD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | RVMI FV
    EVEX.128.66.0F3A.W1 25 /r ib | VPTERNLOGQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 25 /r ib | VPTERNLOGQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 25 /r ib | VPTERNLOGQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | RVMI FV
    EVEX.128.66.0F38.W0 26 /r    | VPTESTMB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W0 26 /r    | VPTESTMB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W0 26 /r    | VPTESTMB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F38.W0 27 /r    | VPTESTMD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 27 /r    | VPTESTMD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 27 /r    | VPTESTMD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F38.W1 27 /r    | VPTESTMQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 27 /r    | VPTESTMQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 27 /r    | VPTESTMQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F38.W1 26 /r    | VPTESTMW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F38.W1 26 /r    | VPTESTMW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F38.W1 26 /r    | VPTESTMW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.F3.0F38.W0 26 /r    | VPTESTNMB k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.F3.0F38.W0 26 /r    | VPTESTNMB k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.F3.0F38.W0 26 /r    | VPTESTNMB k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.F3.0F38.W0 27 /r    | VPTESTNMD k1 {k2}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.F3.0F38.W0 27 /r    | VPTESTNMD k1 {k2}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.F3.0F38.W0 27 /r    | VPTESTNMD k1 {k2}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.F3.0F38.W1 27 /r    | VPTESTNMQ k1 {k2}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.F3.0F38.W1 27 /r    | VPTESTNMQ k1 {k2}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.F3.0F38.W1 27 /r    | VPTESTNMQ k1 {k2}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.F3.0F38.W1 26 /r    | VPTESTNMW k1 {k2}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.F3.0F38.W1 26 /r    | VPTESTNMW k1 {k2}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.F3.0F38.W1 26 /r    | VPTESTNMW k1 {k2}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 68 /r      | VPUNPCKHBW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 68 /r      | VPUNPCKHBW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 68 /r      | VPUNPCKHBW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 6A /r      | VPUNPCKHDQ xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F.W0 6A /r      | VPUNPCKHDQ ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F.W0 6A /r      | VPUNPCKHDQ zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W1 6D /r      | VPUNPCKHQDQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 6D /r      | VPUNPCKHQDQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 6D /r      | VPUNPCKHQDQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 69 /r      | VPUNPCKHWD xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 69 /r      | VPUNPCKHWD ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 69 /r      | VPUNPCKHWD zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 60 /r      | VPUNPCKLBW xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 60 /r      | VPUNPCKLBW ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 60 /r      | VPUNPCKLBW zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 62 /r      | VPUNPCKLDQ xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F.W0 62 /r      | VPUNPCKLDQ ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F.W0 62 /r      | VPUNPCKLDQ zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W1 6C /r      | VPUNPCKLQDQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 6C /r      | VPUNPCKLQDQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 6C /r      | VPUNPCKLQDQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F.W0 61 /r      | VPUNPCKLWD xmm1 {k1}{z}, xmm2, xmm3/m128 | RVM FVM
    EVEX.256.66.0F.W0 61 /r      | VPUNPCKLWD ymm1 {k1}{z}, ymm2, ymm3/m256 | RVM FVM
    EVEX.512.66.0F.W0 61 /r      | VPUNPCKLWD zmm1 {k1}{z}, zmm2, zmm3/m512 | RVM FVM
    EVEX.128.66.0F.W0 EF /r      | VPXORD xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F.W0 EF /r      | VPXORD ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F.W0 EF /r      | VPXORD zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W1 EF /r      | VPXORQ xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 EF /r      | VPXORQ ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 EF /r      | VPXORQ zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.66.0F3A.W1 50 /r ib | VRANGEPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 50 /r ib | VRANGEPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 50 /r ib | VRANGEPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {sae}, imm8 | RVMI FV
    EVEX.128.66.0F3A.W0 50 /r ib | VRANGEPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W0 50 /r ib | VRANGEPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W0 50 /r ib | VRANGEPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {sae}, imm8 | RVMI FV
    EVEX.LIG.66.0F3A.W1 51 /r ib | VRANGESD xmm1 {k1}{z}, xmm2, xmm3/m64 {sae}, imm8 | RVMI T1S64
    EVEX.LIG.66.0F3A.W0 51 /r ib | VRANGESS xmm1 {k1}{z}, xmm2, xmm3/m32 {sae}, imm8 | RVMI T1S32
    EVEX.128.66.0F38.W1 4C /r    | VRCP14PD xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F38.W1 4C /r    | VRCP14PD ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F38.W1 4C /r    | VRCP14PD zmm1 {k1}{z}, zmm2/m512/m64bcst | RM FV
    EVEX.128.66.0F38.W0 4C /r    | VRCP14PS xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.66.0F38.W0 4C /r    | VRCP14PS ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.66.0F38.W0 4C /r    | VRCP14PS zmm1 {k1}{z}, zmm2/m512/m32bcst | RM FV
    EVEX.128.66.0F38.W1 4D /r    | VRCP14SD xmm1 {k1}{z}, xmm2, xmm3/m64 | RVM T1S64
    EVEX.128.66.0F38.W0 4D /r    | VRCP14SS xmm1 {k1}{z}, xmm2, xmm3/m32 | RVM T1S32
    EVEX.512.66.0F38.W1 CA /r    | VRCP28PD zmm1 {k1}{z}, zmm2/m512/m64bcst {sae} | RM FV
    EVEX.512.66.0F38.W0 CA /r    | VRCP28PS zmm1 {k1}{z}, zmm2/m512/m32bcst {sae} | RM FV
    EVEX.LIG.66.0F38.W1 CB /r    | VRCP28SD xmm1 {k1}{z}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.66.0F38.W0 CB /r    | VRCP28SS xmm1 {k1}{z}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.MAP6.W0 4C /r    | VRCPPH xmm1 {k1}{z}, xmm2/m128/m16bcst | RM FV
    EVEX.256.66.MAP6.W0 4C /r    | VRCPPH ymm1 {k1}{z}, ymm2/m256/m16bcst | RM FV
    EVEX.512.66.MAP6.W0 4C /r    | VRCPPH zmm1 {k1}{z}, zmm2/m512/m16bcst | RM FV
    EVEX.128.66.MAP6.W0 4D /r    | VRCPSH xmm1 {k1}{z}, xmm2, xmm3/m16 | RVM T1S16
    EVEX.128.66.0F3A.W1 56 /r ib | VREDUCEPD xmm1 {k1}{z}, xmm2/m128/m64bcst, imm8 | RMI FV
    EVEX.256.66.0F3A.W1 56 /r ib | VREDUCEPD ymm1 {k1}{z}, ymm2/m256/m64bcst, imm8 | RMI FV
    EVEX.512.66.0F3A.W1 56 /r ib | VREDUCEPD zmm1 {k1}{z}, zmm2/m512/m64bcst {sae}, imm8 | RMI FV
    EVEX.128.0F3A.W0 56 /r ib    | VREDUCEPH xmm1 {k1}{z}, xmm2/m128/m16bcst, imm8 | RMI FV
    EVEX.256.0F3A.W0 56 /r ib    | VREDUCEPH ymm1 {k1}{z}, ymm2/m256/m16bcst, imm8 | RMI FV
    EVEX.512.0F3A.W0 56 /r ib    | VREDUCEPH zmm1 {k1}{z}, zmm2/m512/m16bcst {sae}, imm8 | RMI FV
    EVEX.128.66.0F3A.W0 56 /r ib | VREDUCEPS xmm1 {k1}{z}, xmm2/m128/m32bcst, imm8 | RMI FV
    EVEX.256.66.0F3A.W0 56 /r ib | VREDUCEPS ymm1 {k1}{z}, ymm2/m256/m32bcst, imm8 | RMI FV
    EVEX.512.66.0F3A.W0 56 /r ib | VREDUCEPS zmm1 {k1}{z}, zmm2/m512/m32bcst {sae}, imm8 | RMI FV
    EVEX.LIG.66.0F3A.W1 57 /r ib | VREDUCESD xmm1 {k1}{z}, xmm2, xmm3/m64 {sae}, imm8 | RVMI T1S64
    EVEX.LIG.0F3A.W0 57 /r ib    | VREDUCESH xmm1 {k1}{z}, xmm2, xmm3/m16 {sae}, imm8 | RVMI T1S16
    EVEX.LIG.66.0F3A.W0 57 /r ib | VREDUCESS xmm1 {k1}{z}, xmm2, xmm3/m32 {sae}, imm8 | RVMI T1S32
    EVEX.128.66.0F3A.W1 09 /r ib | VRNDSCALEPD xmm1 {k1}{z}, xmm2/m128/m64bcst, imm8 | RMI FV
    EVEX.256.66.0F3A.W1 09 /r ib | VRNDSCALEPD ymm1 {k1}{z}, ymm2/m256/m64bcst, imm8 | RMI FV
    EVEX.512.66.0F3A.W1 09 /r ib | VRNDSCALEPD zmm1 {k1}{z}, zmm2/m512/m64bcst {sae}, imm8 | RMI FV
    EVEX.128.0F3A.W0 08 /r ib    | VRNDSCALEPH xmm1 {k1}{z}, xmm2/m128/m16bcst, imm8 | RMI FV
    EVEX.256.0F3A.W0 08 /r ib    | VRNDSCALEPH ymm1 {k1}{z}, ymm2/m256/m16bcst, imm8 | RMI FV
    EVEX.512.0F3A.W0 08 /r ib    | VRNDSCALEPH zmm1 {k1}{z}, zmm2/m512/m16bcst {sae}, imm8 | RMI FV
    EVEX.128.66.0F3A.W0 08 /r ib | VRNDSCALEPS xmm1 {k1}{z}, xmm2/m128/m32bcst, imm8 | RMI FV
    EVEX.256.66.0F3A.W0 08 /r ib | VRNDSCALEPS ymm1 {k1}{z}, ymm2/m256/m32bcst, imm8 | RMI FV
    EVEX.512.66.0F3A.W0 08 /r ib | VRNDSCALEPS zmm1 {k1}{z}, zmm2/m512/m32bcst {sae}, imm8 | RMI FV
    EVEX.LIG.66.0F3A.W1 0B /r ib | VRNDSCALESD xmm1 {k1}{z}, xmm2, xmm3/m64 {sae}, imm8 | RVMI T1S64
    EVEX.LIG.0F3A.W0 0A /r ib    | VRNDSCALESH xmm1 {k1}{z}, xmm2, xmm3/m16 {sae}, imm8 | RVMI T1S16
    EVEX.LIG.66.0F3A.W0 0A /r ib | VRNDSCALESS xmm1 {k1}{z}, xmm2, xmm3/m32 {sae}, imm8 | RVMI T1S32
    EVEX.128.66.0F38.W1 4E /r    | VRSQRT14PD xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F38.W1 4E /r    | VRSQRT14PD ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F38.W1 4E /r    | VRSQRT14PD zmm1 {k1}{z}, zmm2/m512/m64bcst | RM FV
    EVEX.128.66.0F38.W0 4E /r    | VRSQRT14PS xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.66.0F38.W0 4E /r    | VRSQRT14PS ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.66.0F38.W0 4E /r    | VRSQRT14PS zmm1 {k1}{z}, zmm2/m512/m32bcst | RM FV
    EVEX.128.66.0F38.W1 4F /r    | VRSQRT14SD xmm1 {k1}{z}, xmm2, xmm3/m64 | RVM T1S64
    EVEX.128.66.0F38.W0 4F /r    | VRSQRT14SS xmm1 {k1}{z}, xmm2, xmm3/m32 | RVM T1S32
    EVEX.512.66.0F38.W1 CC /r    | VRSQRT28PD zmm1 {k1}{z}, zmm2/m512/m64bcst {sae} | RM FV
    EVEX.512.66.0F38.W0 CC /r    | VRSQRT28PS zmm1 {k1}{z}, zmm2/m512/m32bcst {sae} | RM FV
    EVEX.LIG.66.0F38.W1 CD /r    | VRSQRT28SD xmm1 {k1}{z}, xmm2, xmm3/m64 {sae} | RVM T1S64
    EVEX.LIG.66.0F38.W0 CD /r    | VRSQRT28SS xmm1 {k1}{z}, xmm2, xmm3/m32 {sae} | RVM T1S32
    EVEX.128.66.MAP6.W0 4E /r    | VRSQRTPH xmm1 {k1}{z}, xmm2/m128/m16bcst | RM FV
    EVEX.256.66.MAP6.W0 4E /r    | VRSQRTPH ymm1 {k1}{z}, ymm2/m256/m16bcst | RM FV
    EVEX.512.66.MAP6.W0 4E /r    | VRSQRTPH zmm1 {k1}{z}, zmm2/m512/m16bcst | RM FV
    EVEX.128.66.MAP6.W0 4F /r    | VRSQRTSH xmm1 {k1}{z}, xmm2, xmm3/m16 | RVM T1S16
    EVEX.128.66.0F38.W1 2C /r    | VSCALEFPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F38.W1 2C /r    | VSCALEFPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F38.W1 2C /r    | VSCALEFPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.66.MAP6.W0 2C /r    | VSCALEFPH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.66.MAP6.W0 2C /r    | VSCALEFPH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.66.MAP6.W0 2C /r    | VSCALEFPH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.66.0F38.W0 2C /r    | VSCALEFPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.66.0F38.W0 2C /r    | VSCALEFPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.66.0F38.W0 2C /r    | VSCALEFPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.66.0F38.W1 2D /r    | VSCALEFSD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.66.MAP6.W0 2D /r    | VSCALEFSH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.66.0F38.W0 2D /r    | VSCALEFSS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F38.W1 A2 /r    | VSCATTERDPD vm32x {k1}, xmm2 | MR T1S64
    EVEX.256.66.0F38.W1 A2 /r    | VSCATTERDPD vm32x {k1}, ymm2 | MR T1S64
    EVEX.512.66.0F38.W1 A2 /r    | VSCATTERDPD vm32y {k1}, zmm2 | MR T1S64
    EVEX.128.66.0F38.W0 A2 /r    | VSCATTERDPS vm32x {k1}, xmm2 | MR T1S32
    EVEX.256.66.0F38.W0 A2 /r    | VSCATTERDPS vm32y {k1}, ymm2 | MR T1S32
    EVEX.512.66.0F38.W0 A2 /r    | VSCATTERDPS vm32z {k1}, zmm2 | MR T1S32
    EVEX.128.66.0F38.W1 A3 /r    | VSCATTERQPD vm64x {k1}, xmm2 | MR T1S64
    EVEX.256.66.0F38.W1 A3 /r    | VSCATTERQPD vm64y {k1}, ymm2 | MR T1S64
    EVEX.512.66.0F38.W1 A3 /r    | VSCATTERQPD vm64z {k1}, zmm2 | MR T1S64
    EVEX.128.66.0F38.W0 A3 /r    | VSCATTERQPS vm64x {k1}, xmm2 | MR T1S32
    EVEX.256.66.0F38.W0 A3 /r    | VSCATTERQPS vm64y {k1}, xmm2 | MR T1S32
    EVEX.512.66.0F38.W0 A3 /r    | VSCATTERQPS vm64z {k1}, ymm2 | MR T1S32
    EVEX.256.66.0F3A.W0 23 /r ib | VSHUFF32X4 ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W0 23 /r ib | VSHUFF32X4 zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 23 /r ib | VSHUFF64X2 ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 23 /r ib | VSHUFF64X2 zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W0 43 /r ib | VSHUFI32X4 ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W0 43 /r ib | VSHUFI32X4 zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | RVMI FV
    EVEX.256.66.0F3A.W1 43 /r ib | VSHUFI64X2 ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F3A.W1 43 /r ib | VSHUFI64X2 zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | RVMI FV
    EVEX.128.66.0F.W1 C6 /r ib   | VSHUFPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | RVMI FV
    EVEX.256.66.0F.W1 C6 /r ib   | VSHUFPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | RVMI FV
    EVEX.512.66.0F.W1 C6 /r ib   | VSHUFPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | RVMI FV
    EVEX.128.0F.W0 C6 /r ib      | VSHUFPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | RVMI FV
    EVEX.256.0F.W0 C6 /r ib      | VSHUFPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | RVMI FV
    EVEX.512.0F.W0 C6 /r ib      | VSHUFPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | RVMI FV
    EVEX.128.66.0F.W1 51 /r      | VSQRTPD xmm1 {k1}{z}, xmm2/m128/m64bcst | RM FV
    EVEX.256.66.0F.W1 51 /r      | VSQRTPD ymm1 {k1}{z}, ymm2/m256/m64bcst | RM FV
    EVEX.512.66.0F.W1 51 /r      | VSQRTPD zmm1 {k1}{z}, zmm2/m512/m64bcst {er} | RM FV
    EVEX.128.MAP5.W0 51 /r       | VSQRTPH xmm1 {k1}{z}, xmm2/m128/m16bcst | RM FV
    EVEX.256.MAP5.W0 51 /r       | VSQRTPH ymm1 {k1}{z}, ymm2/m256/m16bcst | RM FV
    EVEX.512.MAP5.W0 51 /r       | VSQRTPH zmm1 {k1}{z}, zmm2/m512/m16bcst {er} | RM FV
    EVEX.128.0F.W0 51 /r         | VSQRTPS xmm1 {k1}{z}, xmm2/m128/m32bcst | RM FV
    EVEX.256.0F.W0 51 /r         | VSQRTPS ymm1 {k1}{z}, ymm2/m256/m32bcst | RM FV
    EVEX.512.0F.W0 51 /r         | VSQRTPS zmm1 {k1}{z}, zmm2/m512/m32bcst {er} | RM FV
    EVEX.LIG.F2.0F.W1 51 /r      | VSQRTSD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.F3.MAP5.W0 51 /r    | VSQRTSH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.F3.0F.W0 51 /r      | VSQRTSS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.128.66.0F.W1 5C /r      | VSUBPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 5C /r      | VSUBPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 5C /r      | VSUBPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst {er} | RVM FV
    EVEX.128.MAP5.W0 5C /r       | VSUBPH xmm1 {k1}{z}, xmm2, xmm3/m128/m16bcst | RVM FV
    EVEX.256.MAP5.W0 5C /r       | VSUBPH ymm1 {k1}{z}, ymm2, ymm3/m256/m16bcst | RVM FV
    EVEX.512.MAP5.W0 5C /r       | VSUBPH zmm1 {k1}{z}, zmm2, zmm3/m512/m16bcst {er} | RVM FV
    EVEX.128.0F.W0 5C /r         | VSUBPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 5C /r         | VSUBPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 5C /r         | VSUBPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst {er} | RVM FV
    EVEX.LIG.F2.0F.W1 5C /r      | VSUBSD xmm1 {k1}{z}, xmm2, xmm3/m64 {er} | RVM T1S64
    EVEX.LIG.F3.MAP5.W0 5C /r    | VSUBSH xmm1 {k1}{z}, xmm2, xmm3/m16 {er} | RVM T1S16
    EVEX.LIG.F3.0F.W0 5C /r      | VSUBSS xmm1 {k1}{z}, xmm2, xmm3/m32 {er} | RVM T1S32
    EVEX.LIG.66.0F.W1 2E /r      | VUCOMISD xmm1, xmm2/m64 {sae} | RM T1S64
    EVEX.LIG.MAP5.W0 2E /r       | VUCOMISH xmm1, xmm2/m16 {sae} | RM T1S16
    EVEX.LIG.0F.W0 2E /r         | VUCOMISS xmm1, xmm2/m32 {sae} | RM T1S32
    EVEX.128.66.0F.W1 15 /r      | VUNPCKHPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 15 /r      | VUNPCKHPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 15 /r      | VUNPCKHPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.0F.W0 15 /r         | VUNPCKHPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 15 /r         | VUNPCKHPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 15 /r         | VUNPCKHPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W1 14 /r      | VUNPCKLPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 14 /r      | VUNPCKLPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 14 /r      | VUNPCKLPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.0F.W0 14 /r         | VUNPCKLPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 14 /r         | VUNPCKLPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 14 /r         | VUNPCKLPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    EVEX.128.66.0F.W1 57 /r      | VXORPD xmm1 {k1}{z}, xmm2, xmm3/m128/m64bcst | RVM FV
    EVEX.256.66.0F.W1 57 /r      | VXORPD ymm1 {k1}{z}, ymm2, ymm3/m256/m64bcst | RVM FV
    EVEX.512.66.0F.W1 57 /r      | VXORPD zmm1 {k1}{z}, zmm2, zmm3/m512/m64bcst | RVM FV
    EVEX.128.0F.W0 57 /r         | VXORPS xmm1 {k1}{z}, xmm2, xmm3/m128/m32bcst | RVM FV
    EVEX.256.0F.W0 57 /r         | VXORPS ymm1 {k1}{z}, ymm2, ymm3/m256/m32bcst | RVM FV
    EVEX.512.0F.W0 57 /r         | VXORPS zmm1 {k1}{z}, zmm2, zmm3/m512/m32bcst | RVM FV
    """
}
