extension InstructionTables {
    static let sse = """
    66 0F 58 /r             | ADDPD xmm1, xmm2/m128 | RM
    NP 0F 58 /r             | ADDPS xmm1, xmm2/m128 | RM
    F2 0F 58 /r             | ADDSD xmm1, xmm2/m64 | RM
    F3 0F 58 /r             | ADDSS xmm1, xmm2/m32 | RM
    66 0F D0 /r             | ADDSUBPD xmm1, xmm2/m128 | RM
    F2 0F D0 /r             | ADDSUBPS xmm1, xmm2/m128 | RM
    66 0F 38 DE /r          | AESDEC xmm1, xmm2/m128 | RM
    66 0F 38 DF /r          | AESDECLAST xmm1, xmm2/m128 | RM
    66 0F 38 DC /r          | AESENC xmm1, xmm2/m128 | RM
    66 0F 38 DD /r          | AESENCLAST xmm1, xmm2/m128 | RM
    66 0F 38 DB /r          | AESIMC xmm1, xmm2/m128 | RM
    66 0F 3A DF /r ib       | AESKEYGENASSIST xmm1, xmm2/m128, imm8 | RMI
    66 0F 55 /r             | ANDNPD xmm1, xmm2/m128 | RM
    NP 0F 55 /r             | ANDNPS xmm1, xmm2/m128 | RM
    66 0F 54 /r             | ANDPD xmm1, xmm2/m128 | RM
    NP 0F 54 /r             | ANDPS xmm1, xmm2/m128 | RM
    66 0F 3A 0D /r ib       | BLENDPD xmm1, xmm2/m128, imm8 | RMI
    66 0F 3A 0C /r ib       | BLENDPS xmm1, xmm2/m128, imm8 | RMI
    66 0F 38 15 /r          | BLENDVPD xmm1, xmm2/m128 | RM
    66 0F 38 15 /r          | BLENDVPD xmm1, xmm2/m128, <XMM0> | RM-
    66 0F 38 14 /r          | BLENDVPS xmm1, xmm2/m128 | RM
    66 0F 38 14 /r          | BLENDVPS xmm1, xmm2/m128, <XMM0> | RM-
    66 0F C2 /r 00          | CMPEQ_OQPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 00          | CMPEQ_OQPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 00          | CMPEQ_OQSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 00          | CMPEQ_OQSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 00          | CMPEQPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 00          | CMPEQPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 00          | CMPEQSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 00          | CMPEQSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 02          | CMPLE_OSPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 02          | CMPLE_OSPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 02          | CMPLE_OSSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 02          | CMPLE_OSSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 02          | CMPLEPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 02          | CMPLEPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 02          | CMPLESD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 02          | CMPLESS xmm1, xmm2/m32 | RM
    66 0F C2 /r 01          | CMPLT_OSPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 01          | CMPLT_OSPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 01          | CMPLT_OSSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 01          | CMPLT_OSSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 01          | CMPLTPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 01          | CMPLTPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 01          | CMPLTSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 01          | CMPLTSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 04          | CMPNEQ_UQPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 04          | CMPNEQ_UQPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 04          | CMPNEQ_UQSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 04          | CMPNEQ_UQSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 04          | CMPNEQPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 04          | CMPNEQPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 04          | CMPNEQSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 04          | CMPNEQSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 06          | CMPNLE_USPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 06          | CMPNLE_USPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 06          | CMPNLE_USSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 06          | CMPNLE_USSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 06          | CMPNLEPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 06          | CMPNLEPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 06          | CMPNLESD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 06          | CMPNLESS xmm1, xmm2/m32 | RM
    66 0F C2 /r 05          | CMPNLT_USPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 05          | CMPNLT_USPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 05          | CMPNLT_USSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 05          | CMPNLT_USSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 05          | CMPNLTPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 05          | CMPNLTPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 05          | CMPNLTSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 05          | CMPNLTSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 07          | CMPORD_QPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 07          | CMPORD_QPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 07          | CMPORD_QSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 07          | CMPORD_QSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 07          | CMPORDPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 07          | CMPORDPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 07          | CMPORDSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 07          | CMPORDSS xmm1, xmm2/m32 | RM
    66 0F C2 /r ib          | CMPPD xmm1, xmm2/m128, imm8 | RMI
    NP 0F C2 /r ib          | CMPPS xmm1, xmm2/m128, imm8 | RMI
    F2 0F C2 /r ib          | CMPSD xmm1, xmm2/m64, imm8 | RMI
    F3 0F C2 /r ib          | CMPSS xmm1, xmm2/m32, imm8 | RMI
    66 0F C2 /r 03          | CMPUNORD_QPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 03          | CMPUNORD_QPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 03          | CMPUNORD_QSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 03          | CMPUNORD_QSS xmm1, xmm2/m32 | RM
    66 0F C2 /r 03          | CMPUNORDPD xmm1, xmm2/m128 | RM
    NP 0F C2 /r 03          | CMPUNORDPS xmm1, xmm2/m128 | RM
    F2 0F C2 /r 03          | CMPUNORDSD xmm1, xmm2/m64 | RM
    F3 0F C2 /r 03          | CMPUNORDSS xmm1, xmm2/m32 | RM
    66 0F 2F /r             | COMISD xmm1, xmm2/m64 | RM
    NP 0F 2F /r             | COMISS xmm1, xmm2/m32 | RM
    F3 0F E6 /r             | CVTDQ2PD xmm1, xmm2/m64 | RM
    NP 0F 5B /r             | CVTDQ2PS xmm1, xmm2/m128 | RM
    F2 0F E6 /r             | CVTPD2DQ xmm1, xmm2/m128 | RM
    66 0F 5A /r             | CVTPD2PS xmm1, xmm2/m128 | RM
    66 0F 2A /r             | CVTPI2PD xmm1, mm2/m64 | RM
    NP 0F 2A /r             | CVTPI2PS xmm1, mm2/m64 | RM
    66 0F 5B /r             | CVTPS2DQ xmm1, xmm2/m128 | RM
    NP 0F 5A /r             | CVTPS2PD xmm1, xmm2/m64 | RM
    F2 0F 5A /r             | CVTSD2SS xmm1, xmm2/m64 | RM
    F2 0F 2A /r             | CVTSI2SD xmm1, r/m32 | RM
    F2 REX.W 0F 2A /r       | CVTSI2SD xmm1, r/m64 | RM
    F3 0F 2A /r             | CVTSI2SS xmm1, r/m32 | RM
    F3 REX.W 0F 2A /r       | CVTSI2SS xmm1, r/m64 | RM
    F3 0F 5A /r             | CVTSS2SD xmm1, xmm2/m32 | RM
    66 0F E6 /r             | CVTTPD2DQ xmm1, xmm2/m128 | RM
    F3 0F 5B /r             | CVTTPS2DQ xmm1, xmm2/m128 | RM
    66 0F 5E /r             | DIVPD xmm1, xmm2/m128 | RM
    NP 0F 5E /r             | DIVPS xmm1, xmm2/m128 | RM
    F2 0F 5E /r             | DIVSD xmm1, xmm2/m64 | RM
    F3 0F 5E /r             | DIVSS xmm1, xmm2/m32 | RM
    66 0F 3A 41 /r ib       | DPPD xmm1, xmm2/m128, imm8 | RMI
    66 0F 3A 40 /r ib       | DPPS xmm1, xmm2/m128, imm8 | RMI
    66 0F 3A 17 /r ib       | EXTRACTPS r64, xmm1, imm8 | MRI
    66 0F 3A 17 /r ib       | EXTRACTPS r/m32, xmm1, imm8 | MRI
    66 0F 78 /0 ib ib       | EXTRQ xmm1, imm8, imm8 | MII
    66 0F 79 /r             | EXTRQ xmm1, xmm2 | RM
    66 0F 3A CF /r ib       | GF2P8AFFINEINVQB xmm1, xmm2/m128, imm8 | RMI
    66 0F 3A CE /r ib       | GF2P8AFFINEQB xmm1, xmm2/m128, imm8 | RMI
    66 0F 38 CF /r          | GF2P8MULB xmm1, xmm2/m128 | RM
    66 0F 7C /r             | HADDPD xmm1, xmm2/m128 | RM
    F2 0F 7C /r             | HADDPS xmm1, xmm2/m128 | RM
    66 0F 7D /r             | HSUBPD xmm1, xmm2/m128 | RM
    F2 0F 7D /r             | HSUBPS xmm1, xmm2/m128 | RM
    66 0F 3A 21 /r ib       | INSERTPS xmm1, xmm2/m32, imm8 | RMI
    F2 0F 79 /r             | INSERTQ xmm1, xmm2 | RM
    F2 0F 78 /r ib ib       | INSERTQ xmm1, xmm2, imm8, imm8 | RMII
    F2 0F F0 /r             | LDDQU xmm1, m128 | RM
    NP 0F AE /2             | LDMXCSR m32 | M
    66 0F F7 /r             | MASKMOVDQU xmm1, xmm2 | RM
    66 0F 5F /r             | MAXPD xmm1, xmm2/m128 | RM
    NP 0F 5F /r             | MAXPS xmm1, xmm2/m128 | RM
    F2 0F 5F /r             | MAXSD xmm1, xmm2/m64 | RM
    F3 0F 5F /r             | MAXSS xmm1, xmm2/m32 | RM
    66 0F 5D /r             | MINPD xmm1, xmm2/m128 | RM
    NP 0F 5D /r             | MINPS xmm1, xmm2/m128 | RM
    F2 0F 5D /r             | MINSD xmm1, xmm2/m64 | RM
    F3 0F 5D /r             | MINSS xmm1, xmm2/m32 | RM
    66 0F 28 /r             | MOVAPD xmm1, xmm2/m128 | RM
    66 0F 29 /r             | MOVAPD xmm2/m128, xmm1 | MR
    NP 0F 28 /r             | MOVAPS xmm1, xmm2/m128 | RM
    NP 0F 29 /r             | MOVAPS xmm2/m128, xmm1 | MR
    66 REX.W 0F 7E /r       | MOVD r64, xmm1 | MR
    66 0F 6E /r             | MOVD xmm1, r/m32 | RM
    66 REX.W 0F 6E /r       | MOVD xmm1, r64 | RM
    66 0F 7E /r             | MOVD r/m32, xmm1 | MR
    F2 0F 12 /r             | MOVDDUP xmm1, xmm2/m64 | RM
    66 0F 6F /r             | MOVDQA xmm1, xmm2/m128 | RM
    66 0F 7F /r             | MOVDQA xmm2/m128, xmm1 | MR
    F3 0F 6F /r             | MOVDQU xmm1, xmm2/m128 | RM
    F3 0F 7F /r             | MOVDQU xmm2/m128, xmm1 | MR
    NP 0F 12 /r             | MOVHLPS xmm1, xmm2 | RM
    66 0F 17 /r             | MOVHPD m64, xmm1 | MR
    66 0F 16 /r             | MOVHPD xmm1, m64 | RM
    NP 0F 17 /r             | MOVHPS m64, xmm1 | MR
    NP 0F 16 /r             | MOVHPS xmm1, m64 | RM
    NP 0F 16 /r             | MOVLHPS xmm1, xmm2 | RM
    66 0F 13 /r             | MOVLPD m64, xmm1 | MR
    66 0F 12 /r             | MOVLPD xmm1, m64 | RM
    NP 0F 13 /r             | MOVLPS m64, xmm1 | MR
    NP 0F 12 /r             | MOVLPS xmm1, m64 | RM
    66 0F 50 /r             | MOVMSKPD r32, xmm1 | RM
    66 0F 50 /r             | MOVMSKPD r64, xmm1 | RM
    NP 0F 50 /r             | MOVMSKPS r32, xmm1 | RM
    NP 0F 50 /r             | MOVMSKPS r64, xmm1 | RM
    66 0F E7 /r             | MOVNTDQ m128, xmm1 | MR
    66 0F 38 2A /r          | MOVNTDQA xmm1, m128 | RM
    66 0F 2B /r             | MOVNTPD m128, xmm1 | MR
    NP 0F 2B /r             | MOVNTPS m128, xmm1 | MR
    F2 0F 2B /r             | MOVNTSD m64, xmm1 | MR
    F3 0F 2B /r             | MOVNTSS m32, xmm1 | MR
    66 REX.W 0F 7E /r       | MOVQ r64, xmm1 | MR
    F3 0F 7E /r             | MOVQ xmm1, xmm2/m64 | RM
    66 0F D6 /r             | MOVQ xmm2/m64, xmm1 | MR
    66 REX.W 0F 6E /r       | MOVQ xmm1, r64 | RM
    F2 0F 10 /r             | MOVSD xmm1, xmm2/m64 | RM
    F2 0F 11 /r             | MOVSD xmm2/m64, xmm1 | MR
    F3 0F 16 /r             | MOVSHDUP xmm1, xmm2/m128 | RM
    F3 0F 12 /r             | MOVSLDUP xmm1, xmm2/m128 | RM
    F3 0F 10 /r             | MOVSS xmm1, xmm2/m32 | RM
    F3 0F 11 /r             | MOVSS xmm2/m32, xmm1 | MR
    66 0F 10 /r             | MOVUPD xmm1, xmm2/m128 | RM
    66 0F 11 /r             | MOVUPD xmm2/m128, xmm1 | MR
    NP 0F 10 /r             | MOVUPS xmm1, xmm2/m128 | RM
    NP 0F 11 /r             | MOVUPS xmm2/m128, xmm1 | MR
    66 0F 3A 42 /r ib       | MPSADBW xmm1, xmm2/m128, imm8 | RMI
    66 0F 59 /r             | MULPD xmm1, xmm2/m128 | RM
    NP 0F 59 /r             | MULPS xmm1, xmm2/m128 | RM
    F2 0F 59 /r             | MULSD xmm1, xmm2/m64 | RM
    F3 0F 59 /r             | MULSS xmm1, xmm2/m32 | RM
    66 0F 56 /r             | ORPD xmm1, xmm2/m128 | RM
    NP 0F 56 /r             | ORPS xmm1, xmm2/m128 | RM
    66 0F 38 1C /r          | PABSB xmm1, xmm2/m128 | RM
    66 0F 38 1E /r          | PABSD xmm1, xmm2/m128 | RM
    66 0F 38 1D /r          | PABSW xmm1, xmm2/m128 | RM
    66 0F 6B /r             | PACKSSDW xmm1, xmm2/m128 | RM
    66 0F 63 /r             | PACKSSWB xmm1, xmm2/m128 | RM
    66 0F 38 2B /r          | PACKUSDW xmm1, xmm2/m128 | RM
    66 0F 67 /r             | PACKUSWB xmm1, xmm2/m128 | RM
    66 0F FC /r             | PADDB xmm1, xmm2/m128 | RM
    66 0F FE /r             | PADDD xmm1, xmm2/m128 | RM
    66 0F D4 /r             | PADDQ xmm1, xmm2/m128 | RM
    66 0F EC /r             | PADDSB xmm1, xmm2/m128 | RM
    66 0F ED /r             | PADDSW xmm1, xmm2/m128 | RM
    66 0F DC /r             | PADDUSB xmm1, xmm2/m128 | RM
    66 0F DD /r             | PADDUSW xmm1, xmm2/m128 | RM
    66 0F FD /r             | PADDW xmm1, xmm2/m128 | RM
    66 0F 3A 0F /r ib       | PALIGNR xmm1, xmm2/m128, imm8 | RMI
    66 0F DB /r             | PAND xmm1, xmm2/m128 | RM
    66 0F DF /r             | PANDN xmm1, xmm2/m128 | RM
    66 0F E0 /r             | PAVGB xmm1, xmm2/m128 | RM
    66 0F E3 /r             | PAVGW xmm1, xmm2/m128 | RM
    66 0F 38 10 /r          | PBLENDVB xmm1, xmm2/m128 | RM
    66 0F 38 10 /r          | PBLENDVB xmm1, xmm2/m128, <XMM0> | RM-
    66 0F 3A 0E /r ib       | PBLENDW xmm1, xmm2/m128, imm8 | RMI
    66 0F 3A 44 /r 11       | PCLMULHQHQDQ xmm1, xmm2/m128 | RM
    66 0F 3A 44 /r 01       | PCLMULHQLQDQ xmm1, xmm2/m128 | RM
    66 0F 3A 44 /r 10       | PCLMULLQHQDQ xmm1, xmm2/m128 | RM
    66 0F 3A 44 /r 00       | PCLMULLQLQDQ xmm1, xmm2/m128 | RM
    66 0F 3A 44 /r ib       | PCLMULQDQ xmm1, xmm2/m128, imm8 | RMI
    66 0F 74 /r             | PCMPEQB xmm1, xmm2/m128 | RM
    66 0F 76 /r             | PCMPEQD xmm1, xmm2/m128 | RM
    66 0F 38 29 /r          | PCMPEQQ xmm1, xmm2/m128 | RM
    66 0F 75 /r             | PCMPEQW xmm1, xmm2/m128 | RM
    66 0F 3A 61 /r ib       | PCMPESTRI xmm1, xmm2/m128, imm8 | RMI
    66 0F 3A 60 /r ib       | PCMPESTRM xmm1, xmm2/m128, imm8 | RMI
    66 0F 64 /r             | PCMPGTB xmm1, xmm2/m128 | RM
    66 0F 66 /r             | PCMPGTD xmm1, xmm2/m128 | RM
    66 0F 38 37 /r          | PCMPGTQ xmm1, xmm2/m128 | RM
    66 0F 65 /r             | PCMPGTW xmm1, xmm2/m128 | RM
    66 0F 3A 63 /r ib       | PCMPISTRI xmm1, xmm2/m128, imm8 | RMI
    66 0F 3A 62 /r ib       | PCMPISTRM xmm1, xmm2/m128, imm8 | RMI
    66 0F 3A 14 /r ib       | PEXTRB r64, xmm1, imm8 | MRI
    66 0F 3A 14 /r ib       | PEXTRB r32/m8, xmm1, imm8 | MRI
    66 0F 3A 16 /r ib       | PEXTRD r/m32, xmm1, imm8 | MRI
    66 REX.W 0F 3A 16 /r ib | PEXTRQ r/m64, xmm1, imm8 | MRI
    66 0F 3A 15 /r ib       | PEXTRW m16, xmm1, imm8 | MRI
    66 0F C5 /r ib          | PEXTRW r32, xmm1, imm8 | RMI
    66 0F C5 /r ib          | PEXTRW r64, xmm1, imm8 | RMI
    66 0F 38 02 /r          | PHADDD xmm1, xmm2/m128 | RM
    66 0F 38 03 /r          | PHADDSW xmm1, xmm2/m128 | RM
    66 0F 38 01 /r          | PHADDW xmm1, xmm2/m128 | RM
    66 0F 38 41 /r          | PHMINPOSUW xmm1, xmm2/m128 | RM
    66 0F 38 06 /r          | PHSUBD xmm1, xmm2/m128 | RM
    66 0F 38 07 /r          | PHSUBSW xmm1, xmm2/m128 | RM
    66 0F 38 05 /r          | PHSUBW xmm1, xmm2/m128 | RM
    66 0F 3A 20 /r ib       | PINSRB xmm1, r32/m8, imm8 | RMI
    66 0F 3A 20 /r ib       | PINSRB xmm1, r64, imm8 | RMI
    66 0F 3A 22 /r ib       | PINSRD xmm1, r/m32, imm8 | RMI
    66 REX.W 0F 3A 22 /r ib | PINSRQ xmm1, r/m64, imm8 | RMI
    66 0F C4 /r ib          | PINSRW xmm1, r32/m16, imm8 | RMI
    66 0F C4 /r ib          | PINSRW xmm1, r64, imm8 | RMI
    66 0F 38 04 /r          | PMADDUBSW xmm1, xmm2/m128 | RM
    66 0F F5 /r             | PMADDWD xmm1, xmm2/m128 | RM
    66 0F 38 3C /r          | PMAXSB xmm1, xmm2/m128 | RM
    66 0F 38 3D /r          | PMAXSD xmm1, xmm2/m128 | RM
    66 0F EE /r             | PMAXSW xmm1, xmm2/m128 | RM
    66 0F DE /r             | PMAXUB xmm1, xmm2/m128 | RM
    66 0F 38 3F /r          | PMAXUD xmm1, xmm2/m128 | RM
    66 0F 38 3E /r          | PMAXUW xmm1, xmm2/m128 | RM
    66 0F 38 38 /r          | PMINSB xmm1, xmm2/m128 | RM
    66 0F 38 39 /r          | PMINSD xmm1, xmm2/m128 | RM
    66 0F EA /r             | PMINSW xmm1, xmm2/m128 | RM
    66 0F DA /r             | PMINUB xmm1, xmm2/m128 | RM
    66 0F 38 3B /r          | PMINUD xmm1, xmm2/m128 | RM
    66 0F 38 3A /r          | PMINUW xmm1, xmm2/m128 | RM
    66 0F D7 /r             | PMOVMSKB r32, xmm1 | RM
    66 0F D7 /r             | PMOVMSKB r64, xmm1 | RM
    66 0F 38 21 /r          | PMOVSXBD xmm1, xmm2/m32 | RM
    66 0F 38 22 /r          | PMOVSXBQ xmm1, xmm2/m16 | RM
    66 0F 38 20 /r          | PMOVSXBW xmm1, xmm2/m64 | RM
    66 0F 38 25 /r          | PMOVSXDQ xmm1, xmm2/m64 | RM
    66 0F 38 23 /r          | PMOVSXWD xmm1, xmm2/m64 | RM
    66 0F 38 24 /r          | PMOVSXWQ xmm1, xmm2/m32 | RM
    66 0F 38 31 /r          | PMOVZXBD xmm1, xmm2/m32 | RM
    66 0F 38 32 /r          | PMOVZXBQ xmm1, xmm2/m16 | RM
    66 0F 38 30 /r          | PMOVZXBW xmm1, xmm2/m64 | RM
    66 0F 38 35 /r          | PMOVZXDQ xmm1, xmm2/m64 | RM
    66 0F 38 33 /r          | PMOVZXWD xmm1, xmm2/m64 | RM
    66 0F 38 34 /r          | PMOVZXWQ xmm1, xmm2/m32 | RM
    66 0F 38 28 /r          | PMULDQ xmm1, xmm2/m128 | RM
    66 0F 38 0B /r          | PMULHRSW xmm1, xmm2/m128 | RM
    66 0F E4 /r             | PMULHUW xmm1, xmm2/m128 | RM
    66 0F E5 /r             | PMULHW xmm1, xmm2/m128 | RM
    66 0F 38 40 /r          | PMULLD xmm1, xmm2/m128 | RM
    66 0F D5 /r             | PMULLW xmm1, xmm2/m128 | RM
    66 0F F4 /r             | PMULUDQ xmm1, xmm2/m128 | RM
    66 0F EB /r             | POR xmm1, xmm2/m128 | RM
    66 0F F6 /r             | PSADBW xmm1, xmm2/m128 | RM
    66 0F 38 00 /r          | PSHUFB xmm1, xmm2/m128 | RM
    66 0F 70 /r ib          | PSHUFD xmm1, xmm2/m128, imm8 | RMI
    F3 0F 70 /r ib          | PSHUFHW xmm1, xmm2/m128, imm8 | RMI
    F2 0F 70 /r ib          | PSHUFLW xmm1, xmm2/m128, imm8 | RMI
    66 0F 38 08 /r          | PSIGNB xmm1, xmm2/m128 | RM
    66 0F 38 0A /r          | PSIGND xmm1, xmm2/m128 | RM
    66 0F 38 09 /r          | PSIGNW xmm1, xmm2/m128 | RM
    66 0F 72 /6 ib          | PSLLD xmm1, imm8 | MI
    66 0F F2 /r             | PSLLD xmm1, xmm2/m128 | RM
    66 0F 73 /7 ib          | PSLLDQ xmm1, imm8 | MI
    66 0F 73 /6 ib          | PSLLQ xmm1, imm8 | MI
    66 0F F3 /r             | PSLLQ xmm1, xmm2/m128 | RM
    66 0F 71 /6 ib          | PSLLW xmm1, imm8 | MI
    66 0F F1 /r             | PSLLW xmm1, xmm2/m128 | RM
    66 0F 72 /4 ib          | PSRAD xmm1, imm8 | MI
    66 0F E2 /r             | PSRAD xmm1, xmm2/m128 | RM
    66 0F 71 /4 ib          | PSRAW xmm1, imm8 | MI
    66 0F E1 /r             | PSRAW xmm1, xmm2/m128 | RM
    66 0F 72 /2 ib          | PSRLD xmm1, imm8 | MI
    66 0F D2 /r             | PSRLD xmm1, xmm2/m128 | RM
    66 0F 73 /3 ib          | PSRLDQ xmm1, imm8 | MI
    66 0F 73 /2 ib          | PSRLQ xmm1, imm8 | MI
    66 0F D3 /r             | PSRLQ xmm1, xmm2/m128 | RM
    66 0F 71 /2 ib          | PSRLW xmm1, imm8 | MI
    66 0F D1 /r             | PSRLW xmm1, xmm2/m128 | RM
    66 0F F8 /r             | PSUBB xmm1, xmm2/m128 | RM
    66 0F FA /r             | PSUBD xmm1, xmm2/m128 | RM
    66 0F FB /r             | PSUBQ xmm1, xmm2/m128 | RM
    66 0F E8 /r             | PSUBSB xmm1, xmm2/m128 | RM
    66 0F E9 /r             | PSUBSW xmm1, xmm2/m128 | RM
    66 0F D8 /r             | PSUBUSB xmm1, xmm2/m128 | RM
    66 0F D9 /r             | PSUBUSW xmm1, xmm2/m128 | RM
    66 0F F9 /r             | PSUBW xmm1, xmm2/m128 | RM
    66 0F 38 17 /r          | PTEST xmm1, xmm2/m128 | RM
    66 0F 68 /r             | PUNPCKHBW xmm1, xmm2/m128 | RM
    66 0F 6A /r             | PUNPCKHDQ xmm1, xmm2/m128 | RM
    66 0F 6D /r             | PUNPCKHQDQ xmm1, xmm2/m128 | RM
    66 0F 69 /r             | PUNPCKHWD xmm1, xmm2/m128 | RM
    66 0F 60 /r             | PUNPCKLBW xmm1, xmm2/m128 | RM
    66 0F 62 /r             | PUNPCKLDQ xmm1, xmm2/m128 | RM
    66 0F 6C /r             | PUNPCKLQDQ xmm1, xmm2/m128 | RM
    66 0F 61 /r             | PUNPCKLWD xmm1, xmm2/m128 | RM
    66 0F EF /r             | PXOR xmm1, xmm2/m128 | RM
    NP 0F 53 /r             | RCPPS xmm1, xmm2/m128 | RM
    F3 0F 53 /r             | RCPSS xmm1, xmm2/m32 | RM
    66 0F 3A 09 /r ib       | ROUNDPD xmm1, xmm2/m128, imm8 | RMI
    66 0F 3A 08 /r ib       | ROUNDPS xmm1, xmm2/m128, imm8 | RMI
    66 0F 3A 0B /r ib       | ROUNDSD xmm1, xmm2/m64, imm8 | RMI
    66 0F 3A 0A /r ib       | ROUNDSS xmm1, xmm2/m32, imm8 | RMI
    NP 0F 52 /r             | RSQRTPS xmm1, xmm2/m128 | RM
    F3 0F 52 /r             | RSQRTSS xmm1, xmm2/m32 | RM
    NP 0F 38 C9 /r          | SHA1MSG1 xmm1, xmm2/m128 | RM
    NP 0F 38 CA /r          | SHA1MSG2 xmm1, xmm2/m128 | RM
    NP 0F 38 C8 /r          | SHA1NEXTE xmm1, xmm2/m128 | RM
    NP 0F 3A CC /r ib       | SHA1RNDS4 xmm1, xmm2/m128, imm8 | RMI
    NP 0F 38 CC /r          | SHA256MSG1 xmm1, xmm2/m128 | RM
    NP 0F 38 CD /r          | SHA256MSG2 xmm1, xmm2/m128 | RM
    NP 0F 38 CB /r          | SHA256RNDS2 xmm1, xmm2/m128 | RM
    NP 0F 38 CB /r          | SHA256RNDS2 xmm1, xmm2/m128, <XMM0> | RM-
    66 0F C6 /r ib          | SHUFPD xmm1, xmm2/m128, imm8 | RMI
    NP 0F C6 /r ib          | SHUFPS xmm1, xmm2/m128, imm8 | RMI
    66 0F 51 /r             | SQRTPD xmm1, xmm2/m128 | RM
    NP 0F 51 /r             | SQRTPS xmm1, xmm2/m128 | RM
    F2 0F 51 /r             | SQRTSD xmm1, xmm2/m64 | RM
    F3 0F 51 /r             | SQRTSS xmm1, xmm2/m32 | RM
    NP 0F AE /3             | STMXCSR m32 | M
    66 0F 5C /r             | SUBPD xmm1, xmm2/m128 | RM
    NP 0F 5C /r             | SUBPS xmm1, xmm2/m128 | RM
    F2 0F 5C /r             | SUBSD xmm1, xmm2/m64 | RM
    F3 0F 5C /r             | SUBSS xmm1, xmm2/m32 | RM
    66 0F 2E /r             | UCOMISD xmm1, xmm2/m64 | RM
    NP 0F 2E /r             | UCOMISS xmm1, xmm2/m32 | RM
    66 0F 15 /r             | UNPCKHPD xmm1, xmm2/m128 | RM
    NP 0F 15 /r             | UNPCKHPS xmm1, xmm2/m128 | RM
    66 0F 14 /r             | UNPCKLPD xmm1, xmm2/m128 | RM
    NP 0F 14 /r             | UNPCKLPS xmm1, xmm2/m128 | RM
    66 0F 57 /r             | XORPD xmm1, xmm2/m128 | RM
    NP 0F 57 /r             | XORPS xmm1, xmm2/m128 | RM
    F3 0F 2D /r             | CVTSS2SI r32, xmm1/m32 | RM
    F3 REX.W 0F 2D /r       | CVTSS2SI r64, xmm1/m32 | RM
    F3 0F 2C /r             | CVTTSS2SI r32, xmm1/m32 | RM
    F3 REX.W 0F 2C /r       | CVTTSS2SI r64, xmm1/m32 | RM
    F2 0F 2D /r             | CVTSD2SI r32, xmm1/m64 | RM
    F2 REX.W 0F 2D /r       | CVTSD2SI r64, xmm1/m64 | RM
    F2 0F 2C /r             | CVTTSD2SI r32, xmm1/m64 | RM
    F2 REX.W 0F 2C /r       | CVTTSD2SI r64, xmm1/m64 | RM
    """
}
