extension InstructionTables {
    static let mmx = """
    66 0F 2D /r       | CVTPD2PI mm1, xmm2/m128 | RM
    NP 0F 2D /r       | CVTPS2PI mm1, xmm2/m64 | RM
    66 0F 2C /r       | CVTTPD2PI mm1, xmm2/m128 | RM
    NP 0F 2C /r       | CVTTPS2PI mm1, xmm2/m64 | RM
    NP 0F 77          | EMMS | ZO
    0F 0E             | FEMMS | ZO
    NP 0F F7 /r       | MASKMOVQ mm1, mm2 | RM
    NP 0F 6E /r       | MOVD mm1, r/m32 | RM
    NP REX.W 0F 6E /r | MOVD mm1, r64 | RM
    NP REX.W 0F 7E /r | MOVD r64, mm1 | MR
    NP 0F 7E /r       | MOVD r/m32, mm1 | MR
    F2 0F D6 /r       | MOVDQ2Q mm1, xmm2 | RM
    NP 0F E7 /r       | MOVNTQ m64, mm1 | MR
    NP 0F 7F /r       | MOVQ m64, mm1 | MR
    NP 0F 6F /r       | MOVQ mm1, mm2/m64 | RM
    NP REX.W 0F 6E /r | MOVQ mm1, r64 | RM
    NP REX.W 0F 7E /r | MOVQ r64, mm1 | MR
    F3 0F D6 /r       | MOVQ2DQ xmm1, mm2 | RM
    NP 0F 38 1C /r    | PABSB mm1, mm2/m64 | RM
    NP 0F 38 1E /r    | PABSD mm1, mm2/m64 | RM
    NP 0F 38 1D /r    | PABSW mm1, mm2/m64 | RM
    NP 0F 6B /r       | PACKSSDW mm1, mm2/m64 | RM
    NP 0F 63 /r       | PACKSSWB mm1, mm2/m64 | RM
    NP 0F 67 /r       | PACKUSWB mm1, mm2/m64 | RM
    NP 0F FC /r       | PADDB mm1, mm2/m64 | RM
    NP 0F FE /r       | PADDD mm1, mm2/m64 | RM
    NP 0F D4 /r       | PADDQ mm1, mm2/m64 | RM
    NP 0F EC /r       | PADDSB mm1, mm2/m64 | RM
    NP 0F ED /r       | PADDSW mm1, mm2/m64 | RM
    NP 0F DC /r       | PADDUSB mm1, mm2/m64 | RM
    NP 0F DD /r       | PADDUSW mm1, mm2/m64 | RM
    NP 0F FD /r       | PADDW mm1, mm2/m64 | RM
    NP 0F 3A 0F /r ib | PALIGNR mm1, mm2/m64, imm8 | RMI
    NP 0F DB /r       | PAND mm1, mm2/m64 | RM
    NP 0F DF /r       | PANDN mm1, mm2/m64 | RM
    NP 0F E0 /r       | PAVGB mm1, mm2/m64 | RM
    0F 0F /r BF       | PAVGUSB mm1, mm2/m64 | RM
    NP 0F E3 /r       | PAVGW mm1, mm2/m64 | RM
    NP 0F 74 /r       | PCMPEQB mm1, mm2/m64 | RM
    NP 0F 76 /r       | PCMPEQD mm1, mm2/m64 | RM
    NP 0F 75 /r       | PCMPEQW mm1, mm2/m64 | RM
    NP 0F 64 /r       | PCMPGTB mm1, mm2/m64 | RM
    NP 0F 66 /r       | PCMPGTD mm1, mm2/m64 | RM
    NP 0F 65 /r       | PCMPGTW mm1, mm2/m64 | RM
    NP 0F C5 /r ib    | PEXTRW r32, mm1, imm8 | RMI
    NP 0F C5 /r ib    | PEXTRW r64, mm1, imm8 | RMI
    0F 0F /r 1D       | PF2ID mm1, mm2/m64 | RM
    0F 0F /r 1C       | PF2IW mm1, mm2/m64 | RM
    0F 0F /r AE       | PFACC mm1, mm2/m64 | RM
    0F 0F /r 9E       | PFADD mm1, mm2/m64 | RM
    0F 0F /r B0       | PFCMPEQ mm1, mm2/m64 | RM
    0F 0F /r 90       | PFCMPGE mm1, mm2/m64 | RM
    0F 0F /r A0       | PFCMPGT mm1, mm2/m64 | RM
    0F 0F /r A4       | PFMAX mm1, mm2/m64 | RM
    0F 0F /r 94       | PFMIN mm1, mm2/m64 | RM
    0F 0F /r B4       | PFMUL mm1, mm2/m64 | RM
    0F 0F /r 8A       | PFNACC mm1, mm2/m64 | RM
    0F 0F /r 8E       | PFPNACC mm1, mm2/m64 | RM
    0F 0F /r 96       | PFRCP mm1, mm2/m64 | RM
    0F 0F /r A6       | PFRCPIT1 mm1, mm2/m64 | RM
    0F 0F /r B6       | PFRCPIT2 mm1, mm2/m64 | RM
    0F 0F /r A7       | PFRSQIT1 mm1, mm2/m64 | RM
    0F 0F /r 97       | PFRSQRT mm1, mm2/m64 | RM
    0F 0F /r 9A       | PFSUB mm1, mm2/m64 | RM
    0F 0F /r AA       | PFSUBR mm1, mm2/m64 | RM
    NP 0F 38 02 /r    | PHADDD mm1, mm2/m64 | RM
    NP 0F 38 03 /r    | PHADDSW mm1, mm2/m64 | RM
    NP 0F 38 01 /r    | PHADDW mm1, mm2/m64 | RM
    NP 0F 38 06 /r    | PHSUBD mm1, mm2/m64 | RM
    NP 0F 38 07 /r    | PHSUBSW mm1, mm2/m64 | RM
    NP 0F 38 05 /r    | PHSUBW mm1, mm2/m64 | RM
    0F 0F /r 0D       | PI2FD mm1, mm2/m64 | RM
    0F 0F /r 0C       | PI2FW mm1, mm2/m64 | RM
    NP 0F C4 /r ib    | PINSRW mm1, r32/m16, imm8 | RMI
    NP 0F C4 /r ib    | PINSRW mm1, r64, imm8 | RMI
    NP 0F 38 04 /r    | PMADDUBSW mm1, mm2/m64 | RM
    NP 0F F5 /r       | PMADDWD mm1, mm2/m64 | RM
    NP 0F EE /r       | PMAXSW mm1, mm2/m64 | RM
    NP 0F DE /r       | PMAXUB mm1, mm2/m64 | RM
    NP 0F EA /r       | PMINSW mm1, mm2/m64 | RM
    NP 0F DA /r       | PMINUB mm1, mm2/m64 | RM
    NP 0F D7 /r       | PMOVMSKB r32, mm1 | RM
    NP 0F D7 /r       | PMOVMSKB r64, mm1 | RM
    NP 0F 38 0B /r    | PMULHRSW mm1, mm2/m64 | RM
    0F 0F /r B7       | PMULHRW mm1, mm2/m64 | RM
    NP 0F E4 /r       | PMULHUW mm1, mm2/m64 | RM
    NP 0F E5 /r       | PMULHW mm1, mm2/m64 | RM
    NP 0F D5 /r       | PMULLW mm1, mm2/m64 | RM
    NP 0F F4 /r       | PMULUDQ mm1, mm2/m64 | RM
    NP 0F EB /r       | POR mm1, mm2/m64 | RM
    NP 0F F6 /r       | PSADBW mm1, mm2/m64 | RM
    NP 0F 38 00 /r    | PSHUFB mm1, mm2/m64 | RM
    NP 0F 70 /r ib    | PSHUFW mm1, mm2/m64, imm8 | RMI
    NP 0F 38 08 /r    | PSIGNB mm1, mm2/m64 | RM
    NP 0F 38 0A /r    | PSIGND mm1, mm2/m64 | RM
    NP 0F 38 09 /r    | PSIGNW mm1, mm2/m64 | RM
    NP 0F 72 /6 ib    | PSLLD mm1, imm8 | MI
    NP 0F F2 /r       | PSLLD mm1, mm2/m64 | RM
    NP 0F 73 /6 ib    | PSLLQ mm1, imm8 | MI
    NP 0F F3 /r       | PSLLQ mm1, mm2/m64 | RM
    NP 0F 71 /6 ib    | PSLLW mm1, imm8 | MI
    NP 0F F1 /r       | PSLLW mm1, mm2/m64 | RM
    NP 0F 72 /4 ib    | PSRAD mm1, imm8 | MI
    NP 0F E2 /r       | PSRAD mm1, mm2/m64 | RM
    NP 0F 71 /4 ib    | PSRAW mm1, imm8 | MI
    NP 0F E1 /r       | PSRAW mm1, mm2/m64 | RM
    NP 0F 72 /2 ib    | PSRLD mm1, imm8 | MI
    NP 0F D2 /r       | PSRLD mm1, mm2/m64 | RM
    NP 0F 73 /2 ib    | PSRLQ mm1, imm8 | MI
    NP 0F D3 /r       | PSRLQ mm1, mm2/m64 | RM
    NP 0F 71 /2 ib    | PSRLW mm1, imm8 | MI
    NP 0F D1 /r       | PSRLW mm1, mm2/m64 | RM
    NP 0F F8 /r       | PSUBB mm1, mm2/m64 | RM
    NP 0F FA /r       | PSUBD mm1, mm2/m64 | RM
    NP 0F FB /r       | PSUBQ mm1, mm2/m64 | RM
    NP 0F E8 /r       | PSUBSB mm1, mm2/m64 | RM
    NP 0F E9 /r       | PSUBSW mm1, mm2/m64 | RM
    NP 0F D8 /r       | PSUBUSB mm1, mm2/m64 | RM
    NP 0F D9 /r       | PSUBUSW mm1, mm2/m64 | RM
    NP 0F F9 /r       | PSUBW mm1, mm2/m64 | RM
    0F 0F /r BB       | PSWAPD mm1, mm2/m64 | RM
    NP 0F 68 /r       | PUNPCKHBW mm1, mm2/m64 | RM
    NP 0F 6A /r       | PUNPCKHDQ mm1, mm2/m64 | RM
    NP 0F 69 /r       | PUNPCKHWD mm1, mm2/m64 | RM
    NP 0F 60 /r       | PUNPCKLBW mm1, mm/m32 | RM
    NP 0F 62 /r       | PUNPCKLDQ mm1, mm/m32 | RM
    NP 0F 61 /r       | PUNPCKLWD mm1, mm/m32 | RM
    NP 0F EF /r       | PXOR mm1, mm2/m64 | RM
    """
}
