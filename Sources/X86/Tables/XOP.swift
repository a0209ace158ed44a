extension InstructionTables {
    static let xop = """
    XOP.L0.09.W0 01 /1               | BLCFILL r32, r/m32 | VM
    XOP.L0.09.W1 01 /1               | BLCFILL r64, r/m64 | VM
    XOP.L0.09.W0 02 /6               | BLCI r32, r/m32 | VM
    XOP.L0.09.W1 02 /6               | BLCI r64, r/m64 | VM
    XOP.L0.09.W0 01 /5               | BLCIC r32, r/m32 | VM
    XOP.L0.09.W1 01 /5               | BLCIC r64, r/m64 | VM
    XOP.L0.09.W0 02 /1               | BLCMSK r32, r/m32 | VM
    XOP.L0.09.W1 02 /1               | BLCMSK r64, r/m64 | VM
    XOP.L0.09.W0 01 /3               | BLCS r32, r/m32 | VM
    XOP.L0.09.W1 01 /3               | BLCS r64, r/m64 | VM
    XOP.L0.09.W0 01 /2               | BLSFILL r32, r/m32 | VM
    XOP.L0.09.W1 01 /2               | BLSFILL r64, r/m64 | VM
    XOP.L0.09.W0 01 /6               | BLSIC r32, r/m32 | VM
    XOP.L0.09.W1 01 /6               | BLSIC r64, r/m64 | VM
    XOP.L0.09.W0 12 /0               | LLWPCB r32 | M
    XOP.L0.09.W1 12 /0               | LLWPCB r64 | M
    XOP.L0.0A.W0 12 /0 id            | LWPINS r32, r/m32, imm32 | VMI
    XOP.L0.0A.W1 12 /0 id            | LWPINS r64, r/m32, imm32 | VMI
    XOP.L0.0A.W0 12 /1 id            | LWPVAL r32, r/m32, imm32 | VMI
    XOP.L0.0A.W1 12 /1 id            | LWPVAL r64, r/m32, imm32 | VMI
    XOP.L0.09.W0 12 /1               | SLWPCB r32 | M
    XOP.L0.09.W1 12 /1               | SLWPCB r64 | M
    XOP.L0.09.W0 01 /7               | T1MSKC r32, r/m32 | VM
    XOP.L0.09.W1 01 /7               | T1MSKC r64, r/m64 | VM
    XOP.L0.09.W0 01 /4               | TZMSK r32, r/m32 | VM
    XOP.L0.09.W1 01 /4               | TZMSK r64, r/m64 | VM
    VEX.128.66.0F3A.W0 69 /r /is4    | VFMADDPD xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 69 /r /is4    | VFMADDPD xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 69 /r /is4    | VFMADDPD ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 69 /r /is4    | VFMADDPD ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.128.66.0F3A.W0 68 /r /is4    | VFMADDPS xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 68 /r /is4    | VFMADDPS xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 68 /r /is4    | VFMADDPS ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 68 /r /is4    | VFMADDPS ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.LIG.66.0F3A.W0 6B /r /is4    | VFMADDSD xmm1, xmm2, m64, xmm3 | RVMH
    VEX.LIG.66.0F3A.W1 6B /r /is4    | VFMADDSD xmm1, xmm2, xmm3, xmm4/m64 | RVHM
    VEX.LIG.66.0F3A.W0 6A /r /is4    | VFMADDSS xmm1, xmm2, m32, xmm3 | RVMH
    VEX.LIG.66.0F3A.W1 6A /r /is4    | VFMADDSS xmm1, xmm2, xmm3, xmm4/m32 | RVHM
    VEX.128.66.0F3A.W0 5D /r /is4    | VFMADDSUBPD xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 5D /r /is4    | VFMADDSUBPD xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 5D /r /is4    | VFMADDSUBPD ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 5D /r /is4    | VFMADDSUBPD ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.128.66.0F3A.W0 5C /r /is4    | VFMADDSUBPS xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 5C /r /is4    | VFMADDSUBPS xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 5C /r /is4    | VFMADDSUBPS ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 5C /r /is4    | VFMADDSUBPS ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.128.66.0F3A.W0 5F /r /is4    | VFMSUBADDPD xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 5F /r /is4    | VFMSUBADDPD xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 5F /r /is4    | VFMSUBADDPD ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 5F /r /is4    | VFMSUBADDPD ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.128.66.0F3A.W0 5E /r /is4    | VFMSUBADDPS xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 5E /r /is4    | VFMSUBADDPS xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 5E /r /is4    | VFMSUBADDPS ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 5E /r /is4    | VFMSUBADDPS ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.128.66.0F3A.W0 6D /r /is4    | VFMSUBPD xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 6D /r /is4    | VFMSUBPD xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 6D /r /is4    | VFMSUBPD ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 6D /r /is4    | VFMSUBPD ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.128.66.0F3A.W0 6C /r /is4    | VFMSUBPS xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 6C /r /is4    | VFMSUBPS xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 6C /r /is4    | VFMSUBPS ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 6C /r /is4    | VFMSUBPS ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.LIG.66.0F3A.W0 6F /r /is4    | VFMSUBSD xmm1, xmm2, m64, xmm3 | RVMH
    VEX.LIG.66.0F3A.W1 6F /r /is4    | VFMSUBSD xmm1, xmm2, xmm3, xmm4/m64 | RVHM
    VEX.LIG.66.0F3A.W0 6E /r /is4    | VFMSUBSS xmm1, xmm2, m32, xmm3 | RVMH
    VEX.LIG.66.0F3A.W1 6E /r /is4    | VFMSUBSS xmm1, xmm2, xmm3, xmm4/m32 | RVHM
    VEX.128.66.0F3A.W0 79 /r /is4    | VFNMADDPD xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 79 /r /is4    | VFNMADDPD xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 79 /r /is4    | VFNMADDPD ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 79 /r /is4    | VFNMADDPD ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.128.66.0F3A.W0 78 /r /is4    | VFNMADDPS xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 78 /r /is4    | VFNMADDPS xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 78 /r /is4    | VFNMADDPS ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 78 /r /is4    | VFNMADDPS ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.LIG.66.0F3A.W0 7B /r /is4    | VFNMADDSD xmm1, xmm2, m64, xmm3 | RVMH
    VEX.LIG.66.0F3A.W1 7B /r /is4    | VFNMADDSD xmm1, xmm2, xmm3, xmm4/m64 | RVHM
    VEX.LIG.66.0F3A.W0 7A /r /is4    | VFNMADDSS xmm1, xmm2, m32, xmm3 | RVMH
    VEX.LIG.66.0F3A.W1 7A /r /is4    | VFNMADDSS xmm1, xmm2, xmm3, xmm4/m32 | RVHM
    VEX.128.66.0F3A.W0 7D /r /is4    | VFNMSUBPD xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 7D /r /is4    | VFNMSUBPD xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 7D /r /is4    | VFNMSUBPD ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 7D /r /is4    | VFNMSUBPD ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.128.66.0F3A.W0 7C /r /is4    | VFNMSUBPS xmm1, xmm2, m128, xmm3 | RVMH
    VEX.128.66.0F3A.W1 7C /r /is4    | VFNMSUBPS xmm1, xmm2, xmm3, xmm4/m128 | RVHM
    VEX.256.66.0F3A.W0 7C /r /is4    | VFNMSUBPS ymm1, ymm2, m256, ymm3 | RVMH
    VEX.256.66.0F3A.W1 7C /r /is4    | VFNMSUBPS ymm1, ymm2, ymm3, ymm4/m256 | RVHM
    VEX.LIG.66.0F3A.W0 7F /r /is4    | VFNMSUBSD xmm1, xmm2, m64, xmm3 | RVMH
    VEX.LIG.66.0F3A.W1 7F /r /is4    | VFNMSUBSD xmm1, xmm2, xmm3, xmm4/m64 | RVHM
    VEX.LIG.66.0F3A.W0 7E /r /is4    | VFNMSUBSS xmm1, xmm2, m32, xmm3 | RVMH
    VEX.LIG.66.0F3A.W1 7E /r /is4    | VFNMSUBSS xmm1, xmm2, xmm3, xmm4/m32 | RVHM
    XOP.128.09.W0 81 /r              | VFRCZPD xmm1, xmm2/m128 | RM
    XOP.256.09.W0 81 /r              | VFRCZPD ymm1, ymm2/m256 | RM
    XOP.128.09.W0 80 /r              | VFRCZPS xmm1, xmm2/m128 | RM
    XOP.256.09.W0 80 /r              | VFRCZPS ymm1, ymm2/m256 | RM
    XOP.128.09.W0 83 /r              | VFRCZSD xmm1, xmm2/m64 | RM
    XOP.128.09.W0 82 /r              | VFRCZSS xmm1, xmm2/m32 | RM
    XOP.128.08.W0 A2 /r /is4         | VPCMOV xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W1 A2 /r /is4         | VPCMOV xmm1, xmm2, xmm3, m128 | RVHM
    XOP.256.08.W0 A2 /r /is4         | VPCMOV ymm1, ymm2, ymm3/m256, ymm4 | RVMH
    XOP.256.08.W1 A2 /r /is4         | VPCMOV ymm1, ymm2, ymm3, m256 | RVHM
    XOP.128.08.W0 CC /r ib           | VPCOMB xmm1, xmm2, xmm3/m128, imm8 | RVMI
    XOP.128.08.W0 CE /r ib           | VPCOMD xmm1, xmm2, xmm3/m128, imm8 | RVMI
    XOP.128.08.W0 CC /r 04           | VPCOMEQB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CE /r 04           | VPCOMEQD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CF /r 04           | VPCOMEQQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EC /r 04           | VPCOMEQUB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EE /r 04           | VPCOMEQUD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EF /r 04           | VPCOMEQUQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 ED /r 04           | VPCOMEQUW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CD /r 04           | VPCOMEQW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CC /r 06           | VPCOMFALSEB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CE /r 06           | VPCOMFALSED xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CF /r 06           | VPCOMFALSEQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EC /r 06           | VPCOMFALSEUB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EE /r 06           | VPCOMFALSEUD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EF /r 06           | VPCOMFALSEUQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 ED /r 06           | VPCOMFALSEUW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CD /r 06           | VPCOMFALSEW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CC /r 03           | VPCOMGEB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CE /r 03           | VPCOMGED xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CF /r 03           | VPCOMGEQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EC /r 03           | VPCOMGEUB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EE /r 03           | VPCOMGEUD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EF /r 03           | VPCOMGEUQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 ED /r 03           | VPCOMGEUW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CD /r 03           | VPCOMGEW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CC /r 02           | VPCOMGTB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CE /r 02           | VPCOMGTD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CF /r 02           | VPCOMGTQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EC /r 02           | VPCOMGTUB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EE /r 02           | VPCOMGTUD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EF /r 02           | VPCOMGTUQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 ED /r 02           | VPCOMGTUW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CD /r 02           | VPCOMGTW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CC /r 01           | VPCOMLEB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CE /r 01           | VPCOMLED xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CF /r 01           | VPCOMLEQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EC /r 01           | VPCOMLEUB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EE /r 01           | VPCOMLEUD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EF /r 01           | VPCOMLEUQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 ED /r 01           | VPCOMLEUW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CD /r 01           | VPCOMLEW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CC /r 00           | VPCOMLTB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CE /r 00           | VPCOMLTD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CF /r 00           | VPCOMLTQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EC /r 00           | VPCOMLTUB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EE /r 00           | VPCOMLTUD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EF /r 00           | VPCOMLTUQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 ED /r 00           | VPCOMLTUW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CD /r 00           | VPCOMLTW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CC /r 05           | VPCOMNEQB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CE /r 05           | VPCOMNEQD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CF /r 05           | VPCOMNEQQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EC /r 05           | VPCOMNEQUB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EE /r 05           | VPCOMNEQUD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EF /r 05           | VPCOMNEQUQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 ED /r 05           | VPCOMNEQUW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CD /r 05           | VPCOMNEQW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CF /r ib           | VPCOMQ xmm1, xmm2, xmm3/m128, imm8 | RVMI
    XOP.128.08.W0 CC /r 07           | VPCOMTRUEB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CE /r 07           | VPCOMTRUED xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CF /r 07           | VPCOMTRUEQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EC /r 07           | VPCOMTRUEUB xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EE /r 07           | VPCOMTRUEUD xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EF /r 07           | VPCOMTRUEUQ xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 ED /r 07           | VPCOMTRUEUW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 CD /r 07           | VPCOMTRUEW xmm1, xmm2, xmm3/m128 | RVM
    XOP.128.08.W0 EC /r ib           | VPCOMUB xmm1, xmm2, xmm3/m128, imm8 | RVMI
    XOP.128.08.W0 EE /r ib           | VPCOMUD xmm1, xmm2, xmm3/m128, imm8 | RVMI
    XOP.128.08.W0 EF /r ib           | VPCOMUQ xmm1, xmm2, xmm3/m128, imm8 | RVMI
    XOP.128.08.W0 ED /r ib           | VPCOMUW xmm1, xmm2, xmm3/m128, imm8 | RVMI
    XOP.128.08.W0 CD /r ib           | VPCOMW xmm1, xmm2, xmm3/m128, imm8 | RVMI
    XOP.128.09.W0 C2 /r              | VPHADDBD xmm1, xmm2/m128 | RM
    XOP.128.09.W0 C3 /r              | VPHADDBQ xmm1, xmm2/m128 | RM
    XOP.128.09.W0 C1 /r              | VPHADDBW xmm1, xmm2/m128 | RM
    XOP.128.09.W0 CB /r              | VPHADDDQ xmm1, xmm2/m128 | RM
    XOP.128.09.W0 D2 /r              | VPHADDUBD xmm1, xmm2/m128 | RM
    XOP.128.09.W0 D3 /r              | VPHADDUBQ xmm1, xmm2/m128 | RM
    XOP.128.09.W0 D1 /r              | VPHADDUBW xmm1, xmm2/m128 | RM
    XOP.128.09.W0 DB /r              | VPHADDUDQ xmm1, xmm2/m128 | RM
    XOP.128.09.W0 D6 /r              | VPHADDUWD xmm1, xmm2/m128 | RM
    XOP.128.09.W0 D7 /r              | VPHADDUWQ xmm1, xmm2/m128 | RM
    XOP.128.09.W0 C6 /r              | VPHADDWD xmm1, xmm2/m128 | RM
    XOP.128.09.W0 C7 /r              | VPHADDWQ xmm1, xmm2/m128 | RM
    XOP.128.09.W0 E1 /r              | VPHSUBBW xmm1, xmm2/m128 | RM
    XOP.128.09.W0 E3 /r              | VPHSUBDQ xmm1, xmm2/m128 | RM
    XOP.128.09.W0 E2 /r              | VPHSUBWD xmm1, xmm2/m128 | RM
    XOP.128.08.W0 9E /r /is4         | VPMACSDD xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 9F /r /is4         | VPMACSDQH xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 97 /r /is4         | VPMACSDQL xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 8E /r /is4         | VPMACSSDD xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 8F /r /is4         | VPMACSSDQH xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 87 /r /is4         | VPMACSSDQL xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 86 /r /is4         | VPMACSSWD xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 85 /r /is4         | VPMACSSWW xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 96 /r /is4         | VPMACSWD xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 95 /r /is4         | VPMACSWW xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 A6 /r /is4         | VPMADCSSWD xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 B6 /r /is4         | VPMADCSWD xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W0 A3 /r /is4         | VPPERM xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    XOP.128.08.W1 A3 /r /is4         | VPPERM xmm1, xmm2, xmm3, m128 | RVHM
    XOP.128.08.W0 C0 /r ib           | VPROTB xmm1, xmm2/m128, imm8 | RMI
    XOP.128.09.W0 90 /r              | VPROTB xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.08.W0 C0 /r ib           | VPROTB xmm1, vm64x, imm8 | RMI
    XOP.128.09.W0 90 /r              | VPROTB xmm1, vm64x, xmm2 | RMV
    XOP.128.08.W0 C0 /r ib           | VPROTB xmm1, vm64y, imm8 | RMI
    XOP.128.09.W0 90 /r              | VPROTB xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 90 /r              | VPROTB xmm1, xmm2, m128 | RVM
    XOP.128.08.W0 C2 /r ib           | VPROTD xmm1, xmm2/m128, imm8 | RMI
    XOP.128.09.W0 92 /r              | VPROTD xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.08.W0 C2 /r ib           | VPROTD xmm1, vm64x, imm8 | RMI
    XOP.128.09.W0 92 /r              | VPROTD xmm1, vm64x, xmm2 | RMV
    XOP.128.08.W0 C2 /r ib           | VPROTD xmm1, vm64y, imm8 | RMI
    XOP.128.09.W0 92 /r              | VPROTD xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 92 /r              | VPROTD xmm1, xmm2, m128 | RVM
    XOP.128.08.W0 C3 /r ib           | VPROTQ xmm1, xmm2/m128, imm8 | RMI
    XOP.128.09.W0 93 /r              | VPROTQ xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.08.W0 C3 /r ib           | VPROTQ xmm1, vm64x, imm8 | RMI
    XOP.128.09.W0 93 /r              | VPROTQ xmm1, vm64x, xmm2 | RMV
    XOP.128.08.W0 C3 /r ib           | VPROTQ xmm1, vm64y, imm8 | RMI
    XOP.128.09.W0 93 /r              | VPROTQ xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 93 /r              | VPROTQ xmm1, xmm2, m128 | RVM
    XOP.128.08.W0 C1 /r ib           | VPROTW xmm1, xmm2/m128, imm8 | RMI
    XOP.128.09.W0 91 /r              | VPROTW xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.08.W0 C1 /r ib           | VPROTW xmm1, vm64x, imm8 | RMI
    XOP.128.09.W0 91 /r              | VPROTW xmm1, vm64x, xmm2 | RMV
    XOP.128.08.W0 C1 /r ib           | VPROTW xmm1, vm64y, imm8 | RMI
    XOP.128.09.W0 91 /r              | VPROTW xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 91 /r              | VPROTW xmm1, xmm2, m128 | RVM
    XOP.128.09.W0 98 /r              | VPSHAB xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.09.W0 98 /r              | VPSHAB xmm1, vm64x, xmm2 | RMV
    XOP.128.09.W0 98 /r              | VPSHAB xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 98 /r              | VPSHAB xmm1, xmm2, m128 | RVM
    XOP.128.09.W0 9A /r              | VPSHAD xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.09.W0 9A /r              | VPSHAD xmm1, vm64x, xmm2 | RMV
    XOP.128.09.W0 9A /r              | VPSHAD xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 9A /r              | VPSHAD xmm1, xmm2, m128 | RVM
    XOP.128.09.W0 9B /r              | VPSHAQ xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.09.W0 9B /r              | VPSHAQ xmm1, vm64x, xmm2 | RMV
    XOP.128.09.W0 9B /r              | VPSHAQ xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 9B /r              | VPSHAQ xmm1, xmm2, m128 | RVM
    XOP.128.09.W0 99 /r              | VPSHAW xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.09.W0 99 /r              | VPSHAW xmm1, vm64x, xmm2 | RMV
    XOP.128.09.W0 99 /r              | VPSHAW xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 99 /r              | VPSHAW xmm1, xmm2, m128 | RVM
    XOP.128.09.W0 94 /r              | VPSHLB xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.09.W0 94 /r              | VPSHLB xmm1, vm64x, xmm2 | RMV
    XOP.128.09.W0 94 /r              | VPSHLB xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 94 /r              | VPSHLB xmm1, xmm2, m128 | RVM
    XOP.128.09.W0 96 /r              | VPSHLD xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.09.W0 96 /r              | VPSHLD xmm1, vm64x, xmm2 | RMV
    XOP.128.09.W0 96 /r              | VPSHLD xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 96 /r              | VPSHLD xmm1, xmm2, m128 | RVM
    XOP.128.09.W0 97 /r              | VPSHLQ xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.09.W0 97 /r              | VPSHLQ xmm1, vm64x, xmm2 | RMV
    XOP.128.09.W0 97 /r              | VPSHLQ xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 97 /r              | VPSHLQ xmm1, xmm2, m128 | RVM
    XOP.128.09.W0 95 /r              | VPSHLW xmm1, xmm2/m128, xmm3 | RMV
    XOP.128.09.W0 95 /r              | VPSHLW xmm1, vm64x, xmm2 | RMV
    XOP.128.09.W0 95 /r              | VPSHLW xmm1, vm64y, xmm2 | RMV
    XOP.128.09.W1 95 /r              | VPSHLW xmm1, xmm2, m128 | RVM
    VEX.128.66.0F3A.W0 48 /r /is4 ib | VPERMIL2PS xmm1, xmm2, xmm3/m128, xmm4, imm8 | RVMHI
    VEX.128.66.0F3A.W1 48 /r /is4 ib | VPERMIL2PS xmm1, xmm2, xmm3, xmm4/m128, imm8 | RVHMI
    VEX.256.66.0F3A.W0 48 /r /is4 ib | VPERMIL2PS ymm1, ymm2, ymm3/m256, ymm4, imm8 | RVMHI
    VEX.256.66.0F3A.W1 48 /r /is4 ib | VPERMIL2PS ymm1, ymm2, ymm3, ymm4/m256, imm8 | RVHMI
    VEX.128.66.0F3A.W0 49 /r /is4 ib | VPERMIL2PD xmm1, xmm2, xmm3/m128, xmm4, imm8 | RVMHI
    VEX.128.66.0F3A.W1 49 /r /is4 ib | VPERMIL2PD xmm1, xmm2, xmm3, xmm4/m128, imm8 | RVHMI
    VEX.256.66.0F3A.W0 49 /r /is4 ib | VPERMIL2PD ymm1, ymm2, ymm3/m256, ymm4, imm8 | RVMHI
    VEX.256.66.0F3A.W1 49 /r /is4 ib | VPERMIL2PD ymm1, ymm2, ymm3, ymm4/m256, imm8 | RVHMI
    XOP.L0.0A.W0 10 /r id            | BEXTR r32, r/m32, imm32 | RMI
    XOP.L0.0A.W1 10 /r id            | BEXTR r64, r/m64, imm32 | RMI | sx
    """
}
