extension InstructionTables {
    static let avx = """
    VEX.128.66.0F.WIG 58 /r        | VADDPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 58 /r        | VADDPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 58 /r           | VADDPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 58 /r           | VADDPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG 58 /r        | VADDSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG 58 /r        | VADDSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG D0 /r        | VADDSUBPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG D0 /r        | VADDSUBPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.WIG D0 /r        | VADDSUBPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.F2.0F.WIG D0 /r        | VADDSUBPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG DE /r      | VAESDEC xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG DE /r      | VAESDEC ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG DF /r      | VAESDECLAST xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG DF /r      | VAESDECLAST ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG DC /r      | VAESENC xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG DC /r      | VAESENC ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG DD /r      | VAESENCLAST xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG DD /r      | VAESENCLAST ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG DB /r      | VAESIMC xmm1, xmm2/m128 | RM
    VEX.128.66.0F3A.WIG DF /r ib   | VAESKEYGENASSIST xmm1, xmm2/m128, imm8 | RMI
    VEX.128.66.0F.WIG 55 /r        | VANDNPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 55 /r        | VANDNPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 55 /r           | VANDNPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 55 /r           | VANDNPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 54 /r        | VANDPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 54 /r        | VANDPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 54 /r           | VANDPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 54 /r           | VANDPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.WIG 0D /r ib   | VBLENDPD xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F3A.WIG 0D /r ib   | VBLENDPD ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.66.0F3A.WIG 0C /r ib   | VBLENDPS xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F3A.WIG 0C /r ib   | VBLENDPS ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.66.0F3A.W0 4B /r /is4 | VBLENDVPD xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    VEX.256.66.0F3A.W0 4B /r /is4 | VBLENDVPD ymm1, ymm2, ymm3/m256, ymm4 | RVMH
    VEX.128.66.0F3A.W0 4A /r /is4 | VBLENDVPS xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    VEX.256.66.0F3A.W0 4A /r /is4 | VBLENDVPS ymm1, ymm2, ymm3/m256, ymm4 | RVMH
    VEX.256.66.0F38.W0 1A /r      | VBROADCASTF128 ymm1, m128 | RM
    VEX.256.66.0F38.W0 5A /r      | VBROADCASTI128 ymm1, m128 | RM
    VEX.256.66.0F38.W0 19 /r      | VBROADCASTSD ymm1, xmm2/m64 | RM
    VEX.128.66.0F38.W0 18 /r      | VBROADCASTSS xmm1, xmm2/m32 | RM
    VEX.256.66.0F38.W0 18 /r      | VBROADCASTSS ymm1, xmm2/m32 | RM
    VEX.128.66.0F.W0 C2 /r 00     | VCMPEQ_OQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 00     | VCMPEQ_OQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 00        | VCMPEQ_OQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 00        | VCMPEQ_OQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 00     | VCMPEQ_OQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 00     | VCMPEQ_OQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 10     | VCMPEQ_OSPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 10     | VCMPEQ_OSPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 10        | VCMPEQ_OSPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 10        | VCMPEQ_OSPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 10     | VCMPEQ_OSSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 10     | VCMPEQ_OSSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 08     | VCMPEQ_UQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 08     | VCMPEQ_UQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 08        | VCMPEQ_UQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 08        | VCMPEQ_UQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 08     | VCMPEQ_UQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 08     | VCMPEQ_UQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 18     | VCMPEQ_USPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 18     | VCMPEQ_USPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 18        | VCMPEQ_USPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 18        | VCMPEQ_USPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 18     | VCMPEQ_USSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 18     | VCMPEQ_USSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 00     | VCMPEQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 00     | VCMPEQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 00        | VCMPEQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 00        | VCMPEQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 00     | VCMPEQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 00     | VCMPEQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 0B     | VCMPFALSE_OQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 0B     | VCMPFALSE_OQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 0B        | VCMPFALSE_OQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 0B        | VCMPFALSE_OQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 0B     | VCMPFALSE_OQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 0B     | VCMPFALSE_OQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 1B     | VCMPFALSE_OSPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 1B     | VCMPFALSE_OSPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 1B        | VCMPFALSE_OSPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 1B        | VCMPFALSE_OSPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 1B     | VCMPFALSE_OSSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 1B     | VCMPFALSE_OSSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 0B     | VCMPFALSEPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 0B     | VCMPFALSEPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 0B        | VCMPFALSEPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 0B        | VCMPFALSEPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 0B     | VCMPFALSESD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 0B     | VCMPFALSESS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 1D     | VCMPGE_OQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 1D     | VCMPGE_OQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 1D        | VCMPGE_OQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 1D        | VCMPGE_OQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 1D     | VCMPGE_OQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 1D     | VCMPGE_OQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 0D     | VCMPGE_OSPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 0D     | VCMPGE_OSPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 0D        | VCMPGE_OSPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 0D        | VCMPGE_OSPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 0D     | VCMPGE_OSSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 0D     | VCMPGE_OSSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 0D     | VCMPGEPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 0D     | VCMPGEPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 0D        | VCMPGEPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 0D        | VCMPGEPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 0D     | VCMPGESD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 0D     | VCMPGESS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 1E     | VCMPGT_OQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 1E     | VCMPGT_OQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 1E        | VCMPGT_OQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 1E        | VCMPGT_OQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 1E     | VCMPGT_OQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 1E     | VCMPGT_OQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 0E     | VCMPGT_OSPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 0E     | VCMPGT_OSPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 0E        | VCMPGT_OSPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 0E        | VCMPGT_OSPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 0E     | VCMPGT_OSSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 0E     | VCMPGT_OSSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 0E     | VCMPGTPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 0E     | VCMPGTPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 0E        | VCMPGTPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 0E        | VCMPGTPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 0E     | VCMPGTSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 0E     | VCMPGTSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 12     | VCMPLE_OQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 12     | VCMPLE_OQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 12        | VCMPLE_OQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 12        | VCMPLE_OQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 12     | VCMPLE_OQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 12     | VCMPLE_OQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 02     | VCMPLE_OSPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 02     | VCMPLE_OSPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 02        | VCMPLE_OSPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 02        | VCMPLE_OSPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 02     | VCMPLE_OSSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 02     | VCMPLE_OSSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 02     | VCMPLEPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 02     | VCMPLEPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 02        | VCMPLEPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 02        | VCMPLEPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 02     | VCMPLESD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 02     | VCMPLESS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 11     | VCMPLT_OQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 11     | VCMPLT_OQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 11        | VCMPLT_OQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 11        | VCMPLT_OQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 11     | VCMPLT_OQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 11     | VCMPLT_OQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 01     | VCMPLT_OSPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 01     | VCMPLT_OSPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 01        | VCMPLT_OSPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 01        | VCMPLT_OSPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 01     | VCMPLT_OSSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 01     | VCMPLT_OSSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 01     | VCMPLTPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 01     | VCMPLTPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 01        | VCMPLTPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 01        | VCMPLTPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 01     | VCMPLTSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 01     | VCMPLTSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 0C     | VCMPNEQ_OQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 0C     | VCMPNEQ_OQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 0C        | VCMPNEQ_OQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 0C        | VCMPNEQ_OQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 0C     | VCMPNEQ_OQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 0C     | VCMPNEQ_OQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 1C     | VCMPNEQ_OSPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 1C     | VCMPNEQ_OSPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 1C        | VCMPNEQ_OSPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 1C        | VCMPNEQ_OSPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 1C     | VCMPNEQ_OSSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 1C     | VCMPNEQ_OSSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 04     | VCMPNEQ_UQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 04     | VCMPNEQ_UQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 04        | VCMPNEQ_UQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 04        | VCMPNEQ_UQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 04     | VCMPNEQ_UQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 04     | VCMPNEQ_UQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 14     | VCMPNEQ_USPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 14     | VCMPNEQ_USPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 14        | VCMPNEQ_USPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 14        | VCMPNEQ_USPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 14     | VCMPNEQ_USSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 14     | VCMPNEQ_USSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 04     | VCMPNEQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 04     | VCMPNEQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 04        | VCMPNEQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 04        | VCMPNEQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 04     | VCMPNEQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 04     | VCMPNEQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 19     | VCMPNGE_UQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 19     | VCMPNGE_UQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 19        | VCMPNGE_UQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 19        | VCMPNGE_UQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 19     | VCMPNGE_UQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 19     | VCMPNGE_UQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 09     | VCMPNGE_USPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 09     | VCMPNGE_USPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 09        | VCMPNGE_USPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 09        | VCMPNGE_USPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 09     | VCMPNGE_USSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 09     | VCMPNGE_USSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 09     | VCMPNGEPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 09     | VCMPNGEPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 09        | VCMPNGEPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 09        | VCMPNGEPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 09     | VCMPNGESD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 09     | VCMPNGESS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 1A     | VCMPNGT_UQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 1A     | VCMPNGT_UQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 1A        | VCMPNGT_UQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 1A        | VCMPNGT_UQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 1A     | VCMPNGT_UQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 1A     | VCMPNGT_UQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 0A     | VCMPNGT_USPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 0A     | VCMPNGT_USPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 0A        | VCMPNGT_USPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 0A        | VCMPNGT_USPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 0A     | VCMPNGT_USSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 0A     | VCMPNGT_USSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 0A     | VCMPNGTPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 0A     | VCMPNGTPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 0A        | VCMPNGTPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 0A        | VCMPNGTPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 0A     | VCMPNGTSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 0A     | VCMPNGTSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 16     | VCMPNLE_UQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 16     | VCMPNLE_UQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 16        | VCMPNLE_UQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 16        | VCMPNLE_UQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 16     | VCMPNLE_UQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 16     | VCMPNLE_UQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 06     | VCMPNLE_USPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 06     | VCMPNLE_USPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 06        | VCMPNLE_USPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 06        | VCMPNLE_USPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 06     | VCMPNLE_USSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 06     | VCMPNLE_USSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 06     | VCMPNLEPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 06     | VCMPNLEPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 06        | VCMPNLEPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 06        | VCMPNLEPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 06     | VCMPNLESD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 06     | VCMPNLESS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 15     | VCMPNLT_UQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 15     | VCMPNLT_UQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 15        | VCMPNLT_UQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 15        | VCMPNLT_UQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 15     | VCMPNLT_UQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 15     | VCMPNLT_UQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 05     | VCMPNLT_USPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 05     | VCMPNLT_USPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 05        | VCMPNLT_USPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 05        | VCMPNLT_USPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 05     | VCMPNLT_USSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 05     | VCMPNLT_USSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 05     | VCMPNLTPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 05     | VCMPNLTPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 05        | VCMPNLTPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 05        | VCMPNLTPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 05     | VCMPNLTSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 05     | VCMPNLTSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 07     | VCMPORD_QPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 07     | VCMPORD_QPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 07        | VCMPORD_QPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 07        | VCMPORD_QPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 07     | VCMPORD_QSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 07     | VCMPORD_QSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 17     | VCMPORD_SPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 17     | VCMPORD_SPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 17        | VCMPORD_SPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 17        | VCMPORD_SPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 17     | VCMPORD_SSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 17     | VCMPORD_SSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 07     | VCMPORDPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 07     | VCMPORDPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 07        | VCMPORDPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 07        | VCMPORDPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 07     | VCMPORDSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 07     | VCMPORDSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r ib     | VCMPPD xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F.WIG C2 /r ib     | VCMPPD ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.0F.WIG C2 /r ib        | VCMPPS xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.0F.WIG C2 /r ib        | VCMPPS ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.LIG.F2.0F.WIG C2 /r ib     | VCMPSD xmm1, xmm2, xmm3/m64, imm8 | RVMI
    VEX.LIG.F3.0F.WIG C2 /r ib     | VCMPSS xmm1, xmm2, xmm3/m32, imm8 | RVMI
    VEX.128.66.0F.W0 C2 /r 0F     | VCMPTRUE_UQPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 0F     | VCMPTRUE_UQPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 0F        | VCMPTRUE_UQPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 0F        | VCMPTRUE_UQPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 0F     | VCMPTRUE_UQSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 0F     | VCMPTRUE_UQSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 1F     | VCMPTRUE_USPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 1F     | VCMPTRUE_USPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 1F        | VCMPTRUE_USPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 1F        | VCMPTRUE_USPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 1F     | VCMPTRUE_USSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 1F     | VCMPTRUE_USSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 0F     | VCMPTRUEPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 0F     | VCMPTRUEPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 0F        | VCMPTRUEPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 0F        | VCMPTRUEPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 0F     | VCMPTRUESD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 0F     | VCMPTRUESS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 03     | VCMPUNORD_QPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 03     | VCMPUNORD_QPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 03        | VCMPUNORD_QPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 03        | VCMPUNORD_QPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 03     | VCMPUNORD_QSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 03     | VCMPUNORD_QSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.W0 C2 /r 13     | VCMPUNORD_SPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.W0 C2 /r 13     | VCMPUNORD_SPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.W0 C2 /r 13        | VCMPUNORD_SPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.W0 C2 /r 13        | VCMPUNORD_SPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.W0 C2 /r 13     | VCMPUNORD_SSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.128.F3.0F.W0 C2 /r 13     | VCMPUNORD_SSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C2 /r 03     | VCMPUNORDPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG C2 /r 03     | VCMPUNORDPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG C2 /r 03        | VCMPUNORDPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG C2 /r 03        | VCMPUNORDPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG C2 /r 03     | VCMPUNORDSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG C2 /r 03     | VCMPUNORDSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.LIG.66.0F.WIG 2F /r        | VCOMISD xmm1, xmm2/m64 | RM
    VEX.LIG.0F.WIG 2F /r           | VCOMISS xmm1, xmm2/m32 | RM
    VEX.128.F3.0F.WIG E6 /r        | VCVTDQ2PD xmm1, xmm2/m64 | RM
    VEX.256.F3.0F.WIG E6 /r        | VCVTDQ2PD ymm1, xmm2/m128 | RM
    VEX.128.0F.WIG 5B /r           | VCVTDQ2PS xmm1, xmm2/m128 | RM
    VEX.256.0F.WIG 5B /r           | VCVTDQ2PS ymm1, ymm2/m256 | RM
    VEX.128.F2.0F.WIG E6 /r        | VCVTPD2DQ xmm1, xmm2/m128 | RM
    VEX.256.F2.0F.WIG E6 /r        | VCVTPD2DQ xmm1, ymm2/m256 | RM
    VEX.128.66.0F.WIG 5A /r        | VCVTPD2PS xmm1, xmm2/m128 | RM
    VEX.256.66.0F.WIG 5A /r        | VCVTPD2PS xmm1, ymm2/m256 | RM
    VEX.128.66.0F38.W0 13 /r      | VCVTPH2PS xmm1, xmm2/m64 | RM
    VEX.256.66.0F38.W0 13 /r      | VCVTPH2PS ymm1, xmm2/m128 | RM
    VEX.128.66.0F.WIG 5B /r        | VCVTPS2DQ xmm1, xmm2/m128 | RM
    VEX.256.66.0F.WIG 5B /r        | VCVTPS2DQ ymm1, ymm2/m256 | RM
    VEX.128.0F.WIG 5A /r           | VCVTPS2PD xmm1, xmm2/m64 | RM
    VEX.256.0F.WIG 5A /r           | VCVTPS2PD ymm1, xmm2/m128 | RM
    VEX.128.66.0F3A.W0 1D /r ib   | VCVTPS2PH xmm1/m64, xmm2, imm8 | MRI
    VEX.256.66.0F3A.W0 1D /r ib   | VCVTPS2PH xmm1/m128, ymm2, imm8 | MRI
    VEX.LIG.F2.0F.W0 2D /r         | VCVTSD2SI r32, m64 | RM
    VEX.LIG.F2.0F.W0 2D /r        | VCVTSD2SI r32, xmm1 | RM
    VEX.LIG.F2.0F.W1 2D /r         | VCVTSD2SI r64, m64 | RM
    VEX.LIG.F2.0F.W1 2D /r        | VCVTSD2SI r64, xmm1 | RM
    VEX.LIG.F2.0F.WIG 5A /r        | VCVTSD2SS xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F2.0F.W0 2A /r        | VCVTSI2SD xmm1, xmm2, r/m32 | RVM
    VEX.LIG.F2.0F.W1 2A /r        | VCVTSI2SD xmm1, xmm2, r/m64 | RVM
    VEX.LIG.F3.0F.W0 2A /r        | VCVTSI2SS xmm1, xmm2, r/m32 | RVM
    VEX.LIG.F3.0F.W1 2A /r        | VCVTSI2SS xmm1, xmm2, r/m64 | RVM
    VEX.LIG.F3.0F.WIG 5A /r        | VCVTSS2SD xmm1, xmm2, xmm3/m32 | RVM
    VEX.LIG.F3.0F.W0 2D /r         | VCVTSS2SI r32, m32 | RM
    VEX.LIG.F3.0F.W0 2D /r        | VCVTSS2SI r32, xmm1 | RM
    VEX.LIG.F3.0F.W1 2D /r         | VCVTSS2SI r64, m32 | RM
    VEX.LIG.F3.0F.W1 2D /r        | VCVTSS2SI r64, xmm1 | RM
    VEX.128.66.0F.WIG E6 /r        | VCVTTPD2DQ xmm1, xmm2/m128 | RM
    VEX.256.66.0F.WIG E6 /r        | VCVTTPD2DQ xmm1, ymm2/m256 | RM
    VEX.128.F3.0F.WIG 5B /r        | VCVTTPS2DQ xmm1, xmm2/m128 | RM
    VEX.256.F3.0F.WIG 5B /r        | VCVTTPS2DQ ymm1, ymm2/m256 | RM
    VEX.LIG.F2.0F.W0 2C /r         | VCVTTSD2SI r32, m64 | RM
    VEX.LIG.F2.0F.W0 2C /r        | VCVTTSD2SI r32, xmm1 | RM
    VEX.LIG.F2.0F.W1 2C /r         | VCVTTSD2SI r64, m64 | RM
    VEX.LIG.F2.0F.W1 2C /r        | VCVTTSD2SI r64, xmm1 | RM
    VEX.LIG.F3.0F.W0 2C /r         | VCVTTSS2SI r32, m32 | RM
    VEX.LIG.F3.0F.W0 2C /r        | VCVTTSS2SI r32, xmm1 | RM
    VEX.LIG.F3.0F.W1 2C /r         | VCVTTSS2SI r64, m32 | RM
    VEX.LIG.F3.0F.W1 2C /r        | VCVTTSS2SI r64, xmm1 | RM
    VEX.128.66.0F.WIG 5E /r        | VDIVPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 5E /r        | VDIVPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 5E /r           | VDIVPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 5E /r           | VDIVPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG 5E /r        | VDIVSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG 5E /r        | VDIVSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F3A.WIG 41 /r ib   | VDPPD xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.128.66.0F3A.WIG 40 /r ib   | VDPPS xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F3A.WIG 40 /r ib   | VDPPS ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.256.66.0F3A.W0 19 /r ib   | VEXTRACTF128 xmm1/m128, ymm2, imm8 | MRI
    VEX.256.66.0F3A.W0 39 /r ib   | VEXTRACTI128 xmm1/m128, ymm2, imm8 | MRI
    VEX.128.66.0F3A.WIG 17 /r ib   | VEXTRACTPS r64, xmm1, imm8 | MRI
    VEX.128.66.0F3A.WIG 17 /r ib   | VEXTRACTPS r/m32, xmm1, imm8 | MRI
    VEX.128.66.0F38.W1 98 /r      | VFMADD132PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 98 /r      | VFMADD132PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 98 /r      | VFMADD132PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 98 /r      | VFMADD132PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 99 /r      | VFMADD132SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 99 /r      | VFMADD132SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 A8 /r      | VFMADD213PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 A8 /r      | VFMADD213PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 A8 /r      | VFMADD213PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 A8 /r      | VFMADD213PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 A9 /r      | VFMADD213SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 A9 /r      | VFMADD213SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 B8 /r      | VFMADD231PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 B8 /r      | VFMADD231PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 B8 /r      | VFMADD231PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 B8 /r      | VFMADD231PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 B9 /r      | VFMADD231SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 B9 /r      | VFMADD231SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 96 /r      | VFMADDSUB132PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 96 /r      | VFMADDSUB132PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 96 /r      | VFMADDSUB132PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 96 /r      | VFMADDSUB132PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W1 A6 /r      | VFMADDSUB213PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 A6 /r      | VFMADDSUB213PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 A6 /r      | VFMADDSUB213PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 A6 /r      | VFMADDSUB213PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W1 B6 /r      | VFMADDSUB231PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 B6 /r      | VFMADDSUB231PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 B6 /r      | VFMADDSUB231PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 B6 /r      | VFMADDSUB231PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W1 9A /r      | VFMSUB132PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 9A /r      | VFMSUB132PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 9A /r      | VFMSUB132PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 9A /r      | VFMSUB132PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 9B /r      | VFMSUB132SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 9B /r      | VFMSUB132SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 AA /r      | VFMSUB213PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 AA /r      | VFMSUB213PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 AA /r      | VFMSUB213PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 AA /r      | VFMSUB213PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 AB /r      | VFMSUB213SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 AB /r      | VFMSUB213SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 BA /r      | VFMSUB231PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 BA /r      | VFMSUB231PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 BA /r      | VFMSUB231PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 BA /r      | VFMSUB231PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 BB /r      | VFMSUB231SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 BB /r      | VFMSUB231SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 97 /r      | VFMSUBADD132PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 97 /r      | VFMSUBADD132PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 97 /r      | VFMSUBADD132PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 97 /r      | VFMSUBADD132PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W1 A7 /r      | VFMSUBADD213PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 A7 /r      | VFMSUBADD213PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 A7 /r      | VFMSUBADD213PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 A7 /r      | VFMSUBADD213PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W1 B7 /r      | VFMSUBADD231PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 B7 /r      | VFMSUBADD231PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 B7 /r      | VFMSUBADD231PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 B7 /r      | VFMSUBADD231PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W1 9C /r      | VFNMADD132PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 9C /r      | VFNMADD132PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 9C /r      | VFNMADD132PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 9C /r      | VFNMADD132PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 9D /r      | VFNMADD132SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 9D /r      | VFNMADD132SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 AC /r      | VFNMADD213PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 AC /r      | VFNMADD213PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 AC /r      | VFNMADD213PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 AC /r      | VFNMADD213PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 AD /r      | VFNMADD213SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 AD /r      | VFNMADD213SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 BC /r      | VFNMADD231PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 BC /r      | VFNMADD231PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 BC /r      | VFNMADD231PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 BC /r      | VFNMADD231PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 BD /r      | VFNMADD231SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 BD /r      | VFNMADD231SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 9E /r      | VFNMSUB132PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 9E /r      | VFNMSUB132PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 9E /r      | VFNMSUB132PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 9E /r      | VFNMSUB132PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 9F /r      | VFNMSUB132SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 9F /r      | VFNMSUB132SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 AE /r      | VFNMSUB213PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 AE /r      | VFNMSUB213PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 AE /r      | VFNMSUB213PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 AE /r      | VFNMSUB213PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 AF /r      | VFNMSUB213SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 AF /r      | VFNMSUB213SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 BE /r      | VFNMSUB231PD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 BE /r      | VFNMSUB231PD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 BE /r      | VFNMSUB231PS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 BE /r      | VFNMSUB231PS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.66.0F38.W1 BF /r      | VFNMSUB231SD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.66.0F38.W0 BF /r      | VFNMSUB231SS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W1 92 /r      | VGATHERDPD xmm1, vm32x, xmm2 | RMV
    VEX.256.66.0F38.W1 92 /r      | VGATHERDPD ymm1, vm32x, ymm2 | RMV
    VEX.128.66.0F38.W0 92 /r      | VGATHERDPS xmm1, vm32x, xmm2 | RMV
    VEX.256.66.0F38.W0 92 /r      | VGATHERDPS ymm1, vm32y, ymm2 | RMV
    VEX.128.66.0F38.W1 93 /r      | VGATHERQPD xmm1, vm64x, xmm2 | RMV
    VEX.256.66.0F38.W1 93 /r      | VGATHERQPD ymm1, vm64y, ymm2 | RMV
    VEX.128.66.0F38.W0 93 /r      | VGATHERQPS xmm1, vm64x, xmm2 | RMV
    VEX.256.66.0F38.W0 93 /r      | VGATHERQPS xmm1, vm64y, xmm2 | RMV
    VEX.128.66.0F3A.W1 CF /r ib   | VGF2P8AFFINEINVQB xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F3A.W1 CF /r ib   | VGF2P8AFFINEINVQB ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.66.0F3A.W1 CE /r ib   | VGF2P8AFFINEQB xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F3A.W1 CE /r ib   | VGF2P8AFFINEQB ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.66.0F38.W0 CF /r      | VGF2P8MULB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 CF /r      | VGF2P8MULB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 7C /r        | VHADDPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 7C /r        | VHADDPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.WIG 7C /r        | VHADDPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.F2.0F.WIG 7C /r        | VHADDPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 7D /r        | VHSUBPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 7D /r        | VHSUBPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.F2.0F.WIG 7D /r        | VHSUBPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.F2.0F.WIG 7D /r        | VHSUBPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.256.66.0F3A.W0 18 /r ib   | VINSERTF128 ymm1, ymm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F3A.W0 38 /r ib   | VINSERTI128 ymm1, ymm2, xmm3/m128, imm8 | RVMI
    VEX.128.66.0F3A.WIG 21 /r ib   | VINSERTPS xmm1, xmm2, xmm3/m32, imm8 | RVMI
    VEX.128.F2.0F.WIG F0 /r        | VLDDQU xmm1, m128 | RM
    VEX.256.F2.0F.WIG F0 /r        | VLDDQU ymm1, m256 | RM
    VEX.L0.0F.WIG AE /2            | VLDMXCSR m32 | M
    VEX.128.66.0F.WIG F7 /r        | VMASKMOVDQU xmm1, xmm2 | RM
    VEX.128.66.0F38.W0 2F /r      | VMASKMOVPD m128, xmm1, xmm2 | MVR
    VEX.256.66.0F38.W0 2F /r      | VMASKMOVPD m256, ymm1, ymm2 | MVR
    VEX.128.66.0F38.W0 2D /r      | VMASKMOVPD xmm1, xmm2, m128 | RVM
    VEX.256.66.0F38.W0 2D /r      | VMASKMOVPD ymm1, ymm2, m256 | RVM
    VEX.128.66.0F38.W0 2E /r      | VMASKMOVPS m128, xmm1, xmm2 | MVR
    VEX.256.66.0F38.W0 2E /r      | VMASKMOVPS m256, ymm1, ymm2 | MVR
    VEX.128.66.0F38.W0 2C /r      | VMASKMOVPS xmm1, xmm2, m128 | RVM
    VEX.256.66.0F38.W0 2C /r      | VMASKMOVPS ymm1, ymm2, m256 | RVM
    VEX.128.66.0F.WIG 5F /r        | VMAXPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 5F /r        | VMAXPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 5F /r           | VMAXPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 5F /r           | VMAXPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG 5F /r        | VMAXSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG 5F /r        | VMAXSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG 5D /r        | VMINPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 5D /r        | VMINPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 5D /r           | VMINPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 5D /r           | VMINPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG 5D /r        | VMINSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG 5D /r        | VMINSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG 28 /r        | VMOVAPD xmm1, xmm2/m128 | RM
    VEX.256.66.0F.WIG 28 /r        | VMOVAPD ymm1, ymm2/m256 | RM
    VEX.128.66.0F.WIG 29 /r        | VMOVAPD xmm1/m128, xmm2 | MR
    VEX.256.66.0F.WIG 29 /r        | VMOVAPD ymm1/m256, ymm2 | MR
    VEX.128.0F.WIG 28 /r           | VMOVAPS xmm1, xmm2/m128 | RM
    VEX.256.0F.WIG 28 /r           | VMOVAPS ymm1, ymm2/m256 | RM
    VEX.128.0F.WIG 29 /r           | VMOVAPS xmm1/m128, xmm2 | MR
    VEX.256.0F.WIG 29 /r           | VMOVAPS ymm1/m256, ymm2 | MR
    VEX.128.66.0F.W1 7E /r        | VMOVD r64, xmm1 | MR
    VEX.128.66.0F.W0 6E /r        | VMOVD xmm1, r/m32 | RM
    VEX.128.66.0F.W1 6E /r        | VMOVD xmm1, r64 | RM
    VEX.128.66.0F.W0 7E /r        | VMOVD r/m32, xmm1 | MR
    VEX.128.F2.0F.WIG 12 /r        | VMOVDDUP xmm1, xmm2/m64 | RM
    VEX.256.F2.0F.WIG 12 /r        | VMOVDDUP ymm1, ymm2/m256 | RM
    VEX.128.66.0F.WIG 6F /r        | VMOVDQA xmm1, xmm2/m128 | RM
    VEX.256.66.0F.WIG 6F /r        | VMOVDQA ymm1, ymm2/m256 | RM
    VEX.128.66.0F.WIG 7F /r        | VMOVDQA xmm1/m128, xmm2 | MR
    VEX.256.66.0F.WIG 7F /r        | VMOVDQA ymm1/m256, ymm2 | MR
    VEX.128.F3.0F.WIG 6F /r        | VMOVDQU xmm1, xmm2/m128 | RM
    VEX.256.F3.0F.WIG 6F /r        | VMOVDQU ymm1, ymm2/m256 | RM
    VEX.128.F3.0F.WIG 7F /r        | VMOVDQU xmm1/m128, xmm2 | MR
    VEX.256.F3.0F.WIG 7F /r        | VMOVDQU ymm1/m256, ymm2 | MR
    VEX.128.0F.WIG 12 /r           | VMOVHLPS xmm1, xmm2, xmm3 | RVM
    VEX.128.66.0F.WIG 17 /r        | VMOVHPD m64, xmm1 | MR
    VEX.128.66.0F.WIG 16 /r        | VMOVHPD xmm1, xmm2, m64 | RVM
    VEX.128.0F.WIG 17 /r           | VMOVHPS m64, xmm1 | MR
    VEX.128.0F.WIG 16 /r           | VMOVHPS xmm1, xmm2, m64 | RVM
    VEX.128.0F.WIG 16 /r           | VMOVLHPS xmm1, xmm2, xmm3 | RVM
    VEX.128.66.0F.WIG 13 /r        | VMOVLPD m64, xmm1 | MR
    VEX.128.66.0F.WIG 12 /r        | VMOVLPD xmm1, xmm2, m64 | RVM
    VEX.128.0F.WIG 13 /r           | VMOVLPS m64, xmm1 | MR
    VEX.128.0F.WIG 12 /r           | VMOVLPS xmm1, xmm2, m64 | RVM
    VEX.128.66.0F.WIG 50 /r        | VMOVMSKPD r32, xmm1 | RM
    VEX.256.66.0F.WIG 50 /r        | VMOVMSKPD r32, ymm1 | RM
    VEX.128.66.0F.WIG 50 /r        | VMOVMSKPD r64, xmm1 | RM
    VEX.256.66.0F.WIG 50 /r        | VMOVMSKPD r64, ymm1 | RM
    VEX.128.0F.WIG 50 /r           | VMOVMSKPS r32, xmm1 | RM
    VEX.256.0F.WIG 50 /r           | VMOVMSKPS r32, ymm1 | RM
    VEX.128.0F.WIG 50 /r           | VMOVMSKPS r64, xmm1 | RM
    VEX.256.0F.WIG 50 /r           | VMOVMSKPS r64, ymm1 | RM
    VEX.128.66.0F.WIG E7 /r        | VMOVNTDQ m128, xmm1 | MR
    VEX.256.66.0F.WIG E7 /r        | VMOVNTDQ m256, ymm1 | MR
    VEX.128.66.0F38.WIG 2A /r      | VMOVNTDQA xmm1, m128 | RM
    VEX.256.66.0F38.WIG 2A /r      | VMOVNTDQA ymm1, m256 | RM
    VEX.128.66.0F.WIG 2B /r        | VMOVNTPD m128, xmm1 | MR
    VEX.256.66.0F.WIG 2B /r        | VMOVNTPD m256, ymm1 | MR
    VEX.128.0F.WIG 2B /r           | VMOVNTPS m128, xmm1 | MR
    VEX.256.0F.WIG 2B /r           | VMOVNTPS m256, ymm1 | MR
    VEX.128.66.0F.W1 7E /r        | VMOVQ r64, xmm1 | MR
    VEX.128.F3.0F.WIG 7E /r        | VMOVQ xmm1, xmm2/m64 | RM
    VEX.128.66.0F.W1 6E /r        | VMOVQ xmm1, r64 | RM
    VEX.128.66.0F.WIG D6 /r        | VMOVQ xmm1/m64, xmm2 | MR
    VEX.LIG.F2.0F.WIG 11 /r        | VMOVSD m64, xmm1 | MR
    VEX.LIG.F2.0F.WIG 10 /r        | VMOVSD xmm1, m64 | RM
    VEX.LIG.F2.0F.WIG 10 /r        | VMOVSD xmm1, xmm2, xmm3 | RVM
    VEX.LIG.F2.0F.WIG 11 /r        | VMOVSD xmm1, xmm2, xmm3 | MVR
    VEX.128.F3.0F.WIG 16 /r        | VMOVSHDUP xmm1, xmm2/m128 | RM
    VEX.256.F3.0F.WIG 16 /r        | VMOVSHDUP ymm1, ymm2/m256 | RM
    VEX.128.F3.0F.WIG 12 /r        | VMOVSLDUP xmm1, xmm2/m128 | RM
    VEX.256.F3.0F.WIG 12 /r        | VMOVSLDUP ymm1, ymm2/m256 | RM
    VEX.LIG.F3.0F.WIG 11 /r        | VMOVSS m32, xmm1 | MR
    VEX.LIG.F3.0F.WIG 10 /r        | VMOVSS xmm1, m32 | RM
    VEX.LIG.F3.0F.WIG 10 /r        | VMOVSS xmm1, xmm2, xmm3 | RVM
    VEX.LIG.F3.0F.WIG 11 /r        | VMOVSS xmm1, xmm2, xmm3 | MVR
    VEX.128.66.0F.WIG 10 /r        | VMOVUPD xmm1, xmm2/m128 | RM
    VEX.256.66.0F.WIG 10 /r        | VMOVUPD ymm1, ymm2/m256 | RM
    VEX.128.66.0F.WIG 11 /r        | VMOVUPD xmm1/m128, xmm2 | MR
    VEX.256.66.0F.WIG 11 /r        | VMOVUPD ymm1/m256, ymm2 | MR
    VEX.128.0F.WIG 10 /r           | VMOVUPS xmm1, xmm2/m128 | RM
    VEX.256.0F.WIG 10 /r           | VMOVUPS ymm1, ymm2/m256 | RM
    VEX.128.0F.WIG 11 /r           | VMOVUPS xmm1/m128, xmm2 | MR
    VEX.256.0F.WIG 11 /r           | VMOVUPS ymm1/m256, ymm2 | MR
    VEX.128.66.0F3A.WIG 42 /r ib   | VMPSADBW xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F3A.WIG 42 /r ib   | VMPSADBW ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.66.0F.WIG 59 /r        | VMULPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 59 /r        | VMULPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 59 /r           | VMULPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 59 /r           | VMULPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG 59 /r        | VMULSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG 59 /r        | VMULSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG 56 /r        | VORPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 56 /r        | VORPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 56 /r           | VORPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 56 /r           | VORPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 1C /r      | VPABSB xmm1, xmm2/m128 | RM
    VEX.256.66.0F38.WIG 1C /r      | VPABSB ymm1, ymm2/m256 | RM
    VEX.128.66.0F38.WIG 1E /r      | VPABSD xmm1, xmm2/m128 | RM
    VEX.256.66.0F38.WIG 1E /r      | VPABSD ymm1, ymm2/m256 | RM
    VEX.128.66.0F38.WIG 1D /r      | VPABSW xmm1, xmm2/m128 | RM
    VEX.256.66.0F38.WIG 1D /r      | VPABSW ymm1, ymm2/m256 | RM
    VEX.128.66.0F.WIG 6B /r        | VPACKSSDW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 6B /r        | VPACKSSDW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 63 /r        | VPACKSSWB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 63 /r        | VPACKSSWB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 2B /r      | VPACKUSDW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 2B /r      | VPACKUSDW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 67 /r        | VPACKUSWB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 67 /r        | VPACKUSWB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG FC /r        | VPADDB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG FC /r        | VPADDB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG FE /r        | VPADDD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG FE /r        | VPADDD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG D4 /r        | VPADDQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG D4 /r        | VPADDQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG EC /r        | VPADDSB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG EC /r        | VPADDSB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG ED /r        | VPADDSW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG ED /r        | VPADDSW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG DC /r        | VPADDUSB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG DC /r        | VPADDUSB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG DD /r        | VPADDUSW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG DD /r        | VPADDUSW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG FD /r        | VPADDW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG FD /r        | VPADDW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.WIG 0F /r ib   | VPALIGNR xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F3A.WIG 0F /r ib   | VPALIGNR ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.66.0F.WIG DB /r        | VPAND xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG DB /r        | VPAND ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG DF /r        | VPANDN xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG DF /r        | VPANDN ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG E0 /r        | VPAVGB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG E0 /r        | VPAVGB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG E3 /r        | VPAVGW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG E3 /r        | VPAVGW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.W0 02 /r ib   | VPBLENDD xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F3A.W0 02 /r ib   | VPBLENDD ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.66.0F3A.W0 4C /r /is4 | VPBLENDVB xmm1, xmm2, xmm3/m128, xmm4 | RVMH
    VEX.256.66.0F3A.W0 4C /r /is4 | VPBLENDVB ymm1, ymm2, ymm3/m256, ymm4 | RVMH
    VEX.128.66.0F3A.WIG 0E /r ib   | VPBLENDW xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F3A.WIG 0E /r ib   | VPBLENDW ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.66.0F38.W0 78 /r      | VPBROADCASTB xmm1, xmm2/m8 | RM
    VEX.256.66.0F38.W0 78 /r      | VPBROADCASTB ymm1, xmm2/m8 | RM
    VEX.128.66.0F38.W0 58 /r      | VPBROADCASTD xmm1, xmm2/m32 | RM
    VEX.256.66.0F38.W0 58 /r      | VPBROADCASTD ymm1, xmm2/m32 | RM
    VEX.128.66.0F38.W0 59 /r      | VPBROADCASTQ xmm1, xmm2/m64 | RM
    VEX.256.66.0F38.W0 59 /r      | VPBROADCASTQ ymm1, xmm2/m64 | RM
    VEX.128.66.0F38.W0 79 /r      | VPBROADCASTW xmm1, xmm2/m16 | RM
    VEX.256.66.0F38.W0 79 /r      | VPBROADCASTW ymm1, xmm2/m16 | RM
    VEX.128.66.0F3A.WIG 44 /r 11   | VPCLMULHQHQDQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F3A.WIG 44 /r 11   | VPCLMULHQHQDQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.WIG 44 /r 01   | VPCLMULHQLQDQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F3A.WIG 44 /r 01   | VPCLMULHQLQDQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.WIG 44 /r 10   | VPCLMULLQHQDQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F3A.WIG 44 /r 10   | VPCLMULLQHQDQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.WIG 44 /r 00   | VPCLMULLQLQDQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F3A.WIG 44 /r 00   | VPCLMULLQLQDQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.WIG 44 /r ib   | VPCLMULQDQ xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F3A.WIG 44 /r ib   | VPCLMULQDQ ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.66.0F.WIG 74 /r        | VPCMPEQB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 74 /r        | VPCMPEQB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 76 /r        | VPCMPEQD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 76 /r        | VPCMPEQD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 29 /r      | VPCMPEQQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 29 /r      | VPCMPEQQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 75 /r        | VPCMPEQW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 75 /r        | VPCMPEQW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.WIG 61 /r ib   | VPCMPESTRI xmm1, xmm2/m128, imm8 | RMI
    VEX.128.66.0F3A.WIG 60 /r ib   | VPCMPESTRM xmm1, xmm2/m128, imm8 | RMI
    VEX.128.66.0F.WIG 64 /r        | VPCMPGTB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 64 /r        | VPCMPGTB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 66 /r        | VPCMPGTD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 66 /r        | VPCMPGTD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 37 /r      | VPCMPGTQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 37 /r      | VPCMPGTQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 65 /r        | VPCMPGTW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 65 /r        | VPCMPGTW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.WIG 63 /r ib   | VPCMPISTRI xmm1, xmm2/m128, imm8 | RMI
    VEX.128.66.0F3A.WIG 62 /r ib   | VPCMPISTRM xmm1, xmm2/m128, imm8 | RMI
    VEX.256.66.0F3A.W0 06 /r ib   | VPERM2F128 ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.256.66.0F3A.W0 46 /r ib   | VPERM2I128 ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.256.66.0F38.W0 36 /r      | VPERMD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.W0 05 /r ib   | VPERMILPD xmm1, xmm2/m128, imm8 | RMI
    VEX.128.66.0F38.W0 0D /r      | VPERMILPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F3A.W0 05 /r ib   | VPERMILPD ymm1, ymm2/m256, imm8 | RMI
    VEX.256.66.0F38.W0 0D /r      | VPERMILPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.W0 04 /r ib   | VPERMILPS xmm1, xmm2/m128, imm8 | RMI
    VEX.128.66.0F38.W0 0C /r      | VPERMILPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F3A.W0 04 /r ib   | VPERMILPS ymm1, ymm2/m256, imm8 | RMI
    VEX.256.66.0F38.W0 0C /r      | VPERMILPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.256.66.0F3A.W1 01 /r ib   | VPERMPD ymm1, ymm2/m256, imm8 | RMI
    VEX.256.66.0F38.W0 16 /r      | VPERMPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.256.66.0F3A.W1 00 /r ib   | VPERMQ ymm1, ymm2/m256, imm8 | RMI
    VEX.128.66.0F3A.WIG 14 /r ib   | VPEXTRB r64, xmm1, imm8 | MRI
    VEX.128.66.0F3A.WIG 14 /r ib   | VPEXTRB r32/m8, xmm1, imm8 | MRI
    VEX.128.66.0F3A.W0 16 /r ib   | VPEXTRD r/m32, xmm1, imm8 | MRI
    VEX.128.66.0F3A.W1 16 /r ib   | VPEXTRQ r/m64, xmm1, imm8 | MRI
    VEX.128.66.0F3A.WIG 15 /r ib   | VPEXTRW m16, xmm1, imm8 | MRI
    VEX.128.66.0F.WIG C5 /r ib     | VPEXTRW r32, xmm1, imm8 | RMI
    VEX.128.66.0F.WIG C5 /r ib     | VPEXTRW r64, xmm1, imm8 | RMI
    VEX.128.66.0F38.W0 90 /r      | VPGATHERDD xmm1, vm32x, xmm2 | RMV
    VEX.256.66.0F38.W0 90 /r      | VPGATHERDD ymm1, vm32y, ymm2 | RMV
    VEX.128.66.0F38.W1 90 /r      | VPGATHERDQ xmm1, vm32x, xmm2 | RMV
    VEX.256.66.0F38.W1 90 /r      | VPGATHERDQ ymm1, vm32x, ymm2 | RMV
    VEX.128.66.0F38.W0 91 /r      | VPGATHERQD xmm1, vm64x, xmm2 | RMV
    VEX.256.66.0F38.W0 91 /r      | VPGATHERQD xmm1, vm64y, xmm2 | RMV
    VEX.128.66.0F38.W1 91 /r      | VPGATHERQQ xmm1, vm64x, xmm2 | RMV
    VEX.256.66.0F38.W1 91 /r      | VPGATHERQQ ymm1, vm64y, ymm2 | RMV
    VEX.128.66.0F38.WIG 02 /r      | VPHADDD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 02 /r      | VPHADDD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 03 /r      | VPHADDSW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 03 /r      | VPHADDSW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 01 /r      | VPHADDW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 01 /r      | VPHADDW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 41 /r      | VPHMINPOSUW xmm1, xmm2/m128 | RM
    VEX.128.66.0F38.WIG 06 /r      | VPHSUBD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 06 /r      | VPHSUBD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 07 /r      | VPHSUBSW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 07 /r      | VPHSUBSW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 05 /r      | VPHSUBW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 05 /r      | VPHSUBW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F3A.WIG 20 /r ib   | VPINSRB xmm1, xmm2, r32/m8, imm8 | RVMI
    VEX.128.66.0F3A.WIG 20 /r ib   | VPINSRB xmm1, xmm2, r64, imm8 | RVMI
    VEX.128.66.0F3A.W0 22 /r ib   | VPINSRD xmm1, xmm2, r/m32, imm8 | RVMI
    VEX.128.66.0F3A.W1 22 /r ib   | VPINSRQ xmm1, xmm2, r/m64, imm8 | RVMI
    VEX.128.66.0F.WIG C4 /r ib     | VPINSRW xmm1, xmm2, r32/m16, imm8 | RVMI
    VEX.128.66.0F.WIG C4 /r ib     | VPINSRW xmm1, xmm2, r64, imm8 | RVMI
    VEX.128.66.0F38.WIG 04 /r      | VPMADDUBSW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 04 /r      | VPMADDUBSW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG F5 /r        | VPMADDWD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG F5 /r        | VPMADDWD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W0 8E /r      | VPMASKMOVD m128, xmm1, xmm2 | MVR
    VEX.256.66.0F38.W0 8E /r      | VPMASKMOVD m256, ymm1, ymm2 | MVR
    VEX.128.66.0F38.W0 8C /r      | VPMASKMOVD xmm1, xmm2, m128 | RVM
    VEX.256.66.0F38.W0 8C /r      | VPMASKMOVD ymm1, ymm2, m256 | RVM
    VEX.128.66.0F38.W1 8E /r      | VPMASKMOVQ m128, xmm1, xmm2 | MVR
    VEX.256.66.0F38.W1 8E /r      | VPMASKMOVQ m256, ymm1, ymm2 | MVR
    VEX.128.66.0F38.W1 8C /r      | VPMASKMOVQ xmm1, xmm2, m128 | RVM
    VEX.256.66.0F38.W1 8C /r      | VPMASKMOVQ ymm1, ymm2, m256 | RVM
    VEX.128.66.0F38.WIG 3C /r      | VPMAXSB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 3C /r      | VPMAXSB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 3D /r      | VPMAXSD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 3D /r      | VPMAXSD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG EE /r        | VPMAXSW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG EE /r        | VPMAXSW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG DE /r        | VPMAXUB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG DE /r        | VPMAXUB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 3F /r      | VPMAXUD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 3F /r      | VPMAXUD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 3E /r      | VPMAXUW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 3E /r      | VPMAXUW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 38 /r      | VPMINSB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 38 /r      | VPMINSB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 39 /r      | VPMINSD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 39 /r      | VPMINSD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG EA /r        | VPMINSW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG EA /r        | VPMINSW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG DA /r        | VPMINUB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG DA /r        | VPMINUB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 3B /r      | VPMINUD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 3B /r      | VPMINUD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 3A /r      | VPMINUW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 3A /r      | VPMINUW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG D7 /r        | VPMOVMSKB r32, xmm1 | RM
    VEX.256.66.0F.WIG D7 /r        | VPMOVMSKB r32, ymm1 | RM
    VEX.128.66.0F.WIG D7 /r        | VPMOVMSKB r64, xmm1 | RM
    VEX.256.66.0F.WIG D7 /r        | VPMOVMSKB r64, ymm1 | RM
    VEX.128.66.0F38.WIG 21 /r      | VPMOVSXBD xmm1, xmm2/m32 | RM
    VEX.256.66.0F38.WIG 21 /r      | VPMOVSXBD ymm1, xmm2/m64 | RM
    VEX.128.66.0F38.WIG 22 /r      | VPMOVSXBQ xmm1, xmm2/m16 | RM
    VEX.256.66.0F38.WIG 22 /r      | VPMOVSXBQ ymm1, xmm2/m32 | RM
    VEX.128.66.0F38.WIG 20 /r      | VPMOVSXBW xmm1, xmm2/m64 | RM
    VEX.256.66.0F38.WIG 20 /r      | VPMOVSXBW ymm1, xmm2/m128 | RM
    VEX.128.66.0F38.WIG 25 /r      | VPMOVSXDQ xmm1, xmm2/m64 | RM
    VEX.256.66.0F38.WIG 25 /r      | VPMOVSXDQ ymm1, xmm2/m128 | RM
    VEX.128.66.0F38.WIG 23 /r      | VPMOVSXWD xmm1, xmm2/m64 | RM
    VEX.256.66.0F38.WIG 23 /r      | VPMOVSXWD ymm1, xmm2/m128 | RM
    VEX.128.66.0F38.WIG 24 /r      | VPMOVSXWQ xmm1, xmm2/m32 | RM
    VEX.256.66.0F38.WIG 24 /r      | VPMOVSXWQ ymm1, xmm2/m64 | RM
    VEX.128.66.0F38.WIG 31 /r      | VPMOVZXBD xmm1, xmm2/m32 | RM
    VEX.256.66.0F38.WIG 31 /r      | VPMOVZXBD ymm1, xmm2/m64 | RM
    VEX.128.66.0F38.WIG 32 /r      | VPMOVZXBQ xmm1, xmm2/m16 | RM
    VEX.256.66.0F38.WIG 32 /r      | VPMOVZXBQ ymm1, xmm2/m32 | RM
    VEX.128.66.0F38.WIG 30 /r      | VPMOVZXBW xmm1, xmm2/m64 | RM
    VEX.256.66.0F38.WIG 30 /r      | VPMOVZXBW ymm1, xmm2/m128 | RM
    VEX.128.66.0F38.WIG 35 /r      | VPMOVZXDQ xmm1, xmm2/m64 | RM
    VEX.256.66.0F38.WIG 35 /r      | VPMOVZXDQ ymm1, xmm2/m128 | RM
    VEX.128.66.0F38.WIG 33 /r      | VPMOVZXWD xmm1, xmm2/m64 | RM
    VEX.256.66.0F38.WIG 33 /r      | VPMOVZXWD ymm1, xmm2/m128 | RM
    VEX.128.66.0F38.WIG 34 /r      | VPMOVZXWQ xmm1, xmm2/m32 | RM
    VEX.256.66.0F38.WIG 34 /r      | VPMOVZXWQ ymm1, xmm2/m64 | RM
    VEX.128.66.0F38.WIG 28 /r      | VPMULDQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 28 /r      | VPMULDQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 0B /r      | VPMULHRSW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 0B /r      | VPMULHRSW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG E4 /r        | VPMULHUW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG E4 /r        | VPMULHUW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG E5 /r        | VPMULHW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG E5 /r        | VPMULHW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 40 /r      | VPMULLD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 40 /r      | VPMULLD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG D5 /r        | VPMULLW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG D5 /r        | VPMULLW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG F4 /r        | VPMULUDQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG F4 /r        | VPMULUDQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG EB /r        | VPOR xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG EB /r        | VPOR ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG F6 /r        | VPSADBW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG F6 /r        | VPSADBW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 00 /r      | VPSHUFB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 00 /r      | VPSHUFB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 70 /r ib     | VPSHUFD xmm1, xmm2/m128, imm8 | RMI
    VEX.256.66.0F.WIG 70 /r ib     | VPSHUFD ymm1, ymm2/m256, imm8 | RMI
    VEX.128.F3.0F.WIG 70 /r ib     | VPSHUFHW xmm1, xmm2/m128, imm8 | RMI
    VEX.256.F3.0F.WIG 70 /r ib     | VPSHUFHW ymm1, ymm2/m256, imm8 | RMI
    VEX.128.F2.0F.WIG 70 /r ib     | VPSHUFLW xmm1, xmm2/m128, imm8 | RMI
    VEX.256.F2.0F.WIG 70 /r ib     | VPSHUFLW ymm1, ymm2/m256, imm8 | RMI
    VEX.128.66.0F38.WIG 08 /r      | VPSIGNB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 08 /r      | VPSIGNB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 0A /r      | VPSIGND xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 0A /r      | VPSIGND ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 09 /r      | VPSIGNW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.WIG 09 /r      | VPSIGNW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 72 /6 ib     | VPSLLD xmm1, xmm2, imm8 | VMI
    VEX.128.66.0F.WIG F2 /r        | VPSLLD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 72 /6 ib     | VPSLLD ymm1, ymm2, imm8 | VMI
    VEX.256.66.0F.WIG F2 /r        | VPSLLD ymm1, ymm2, xmm3/m128 | RVM
    VEX.128.66.0F.WIG 73 /7 ib     | VPSLLDQ xmm1, xmm2, imm8 | VMI
    VEX.256.66.0F.WIG 73 /7 ib     | VPSLLDQ ymm1, ymm2, imm8 | VMI
    VEX.128.66.0F.WIG 73 /6 ib     | VPSLLQ xmm1, xmm2, imm8 | VMI
    VEX.128.66.0F.WIG F3 /r        | VPSLLQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 73 /6 ib     | VPSLLQ ymm1, ymm2, imm8 | VMI
    VEX.256.66.0F.WIG F3 /r        | VPSLLQ ymm1, ymm2, xmm3/m128 | RVM
    VEX.128.66.0F38.W0 47 /r      | VPSLLVD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 47 /r      | VPSLLVD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W1 47 /r      | VPSLLVQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 47 /r      | VPSLLVQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 71 /6 ib     | VPSLLW xmm1, xmm2, imm8 | VMI
    VEX.128.66.0F.WIG F1 /r        | VPSLLW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 71 /6 ib     | VPSLLW ymm1, ymm2, imm8 | VMI
    VEX.256.66.0F.WIG F1 /r        | VPSLLW ymm1, ymm2, xmm3/m128 | RVM
    VEX.128.66.0F.WIG 72 /4 ib     | VPSRAD xmm1, xmm2, imm8 | VMI
    VEX.128.66.0F.WIG E2 /r        | VPSRAD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 72 /4 ib     | VPSRAD ymm1, ymm2, imm8 | VMI
    VEX.256.66.0F.WIG E2 /r        | VPSRAD ymm1, ymm2, xmm3/m128 | RVM
    VEX.128.66.0F38.W0 46 /r      | VPSRAVD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 46 /r      | VPSRAVD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 71 /4 ib     | VPSRAW xmm1, xmm2, imm8 | VMI
    VEX.128.66.0F.WIG E1 /r        | VPSRAW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 71 /4 ib     | VPSRAW ymm1, ymm2, imm8 | VMI
    VEX.256.66.0F.WIG E1 /r        | VPSRAW ymm1, ymm2, xmm3/m128 | RVM
    VEX.128.66.0F.WIG 72 /2 ib     | VPSRLD xmm1, xmm2, imm8 | VMI
    VEX.128.66.0F.WIG D2 /r        | VPSRLD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 72 /2 ib     | VPSRLD ymm1, ymm2, imm8 | VMI
    VEX.256.66.0F.WIG D2 /r        | VPSRLD ymm1, ymm2, xmm3/m128 | RVM
    VEX.128.66.0F.WIG 73 /3 ib     | VPSRLDQ xmm1, xmm2, imm8 | VMI
    VEX.256.66.0F.WIG 73 /3 ib     | VPSRLDQ ymm1, ymm2, imm8 | VMI
    VEX.128.66.0F.WIG 73 /2 ib     | VPSRLQ xmm1, xmm2, imm8 | VMI
    VEX.128.66.0F.WIG D3 /r        | VPSRLQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 73 /2 ib     | VPSRLQ ymm1, ymm2, imm8 | VMI
    VEX.256.66.0F.WIG D3 /r        | VPSRLQ ymm1, ymm2, xmm3/m128 | RVM
    VEX.128.66.0F38.W0 45 /r      | VPSRLVD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W0 45 /r      | VPSRLVD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.W1 45 /r      | VPSRLVQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F38.W1 45 /r      | VPSRLVQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 71 /2 ib     | VPSRLW xmm1, xmm2, imm8 | VMI
    VEX.128.66.0F.WIG D1 /r        | VPSRLW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 71 /2 ib     | VPSRLW ymm1, ymm2, imm8 | VMI
    VEX.256.66.0F.WIG D1 /r        | VPSRLW ymm1, ymm2, xmm3/m128 | RVM
    VEX.128.66.0F.WIG F8 /r        | VPSUBB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG F8 /r        | VPSUBB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG FA /r        | VPSUBD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG FA /r        | VPSUBD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG FB /r        | VPSUBQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG FB /r        | VPSUBQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG E8 /r        | VPSUBSB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG E8 /r        | VPSUBSB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG E9 /r        | VPSUBSW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG E9 /r        | VPSUBSW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG D8 /r        | VPSUBUSB xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG D8 /r        | VPSUBUSB ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG D9 /r        | VPSUBUSW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG D9 /r        | VPSUBUSW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG F9 /r        | VPSUBW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG F9 /r        | VPSUBW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F38.WIG 17 /r      | VPTEST xmm1, xmm2/m128 | RM
    VEX.256.66.0F38.WIG 17 /r      | VPTEST ymm1, ymm2/m256 | RM
    VEX.128.66.0F.WIG 68 /r        | VPUNPCKHBW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 68 /r        | VPUNPCKHBW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 6A /r        | VPUNPCKHDQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 6A /r        | VPUNPCKHDQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 6D /r        | VPUNPCKHQDQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 6D /r        | VPUNPCKHQDQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 69 /r        | VPUNPCKHWD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 69 /r        | VPUNPCKHWD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 60 /r        | VPUNPCKLBW xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 60 /r        | VPUNPCKLBW ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 62 /r        | VPUNPCKLDQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 62 /r        | VPUNPCKLDQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 6C /r        | VPUNPCKLQDQ xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 6C /r        | VPUNPCKLQDQ ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 61 /r        | VPUNPCKLWD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 61 /r        | VPUNPCKLWD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG EF /r        | VPXOR xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG EF /r        | VPXOR ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 53 /r           | VRCPPS xmm1, xmm2/m128 | RM
    VEX.256.0F.WIG 53 /r           | VRCPPS ymm1, ymm2/m256 | RM
    VEX.LIG.F3.0F.WIG 53 /r        | VRCPSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F3A.WIG 09 /r ib   | VROUNDPD xmm1, xmm2/m128, imm8 | RMI
    VEX.256.66.0F3A.WIG 09 /r ib   | VROUNDPD ymm1, ymm2/m256, imm8 | RMI
    VEX.128.66.0F3A.WIG 08 /r ib   | VROUNDPS xmm1, xmm2/m128, imm8 | RMI
    VEX.256.66.0F3A.WIG 08 /r ib   | VROUNDPS ymm1, ymm2/m256, imm8 | RMI
    VEX.LIG.66.0F3A.WIG 0B /r ib   | VROUNDSD xmm1, xmm2, xmm3/m64, imm8 | RVMI
    VEX.LIG.66.0F3A.WIG 0A /r ib   | VROUNDSS xmm1, xmm2, xmm3/m32, imm8 | RVMI
    VEX.128.0F.WIG 52 /r           | VRSQRTPS xmm1, xmm2/m128 | RM
    VEX.256.0F.WIG 52 /r           | VRSQRTPS ymm1, ymm2/m256 | RM
    VEX.LIG.F3.0F.WIG 52 /r        | VRSQRTSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F.WIG C6 /r ib     | VSHUFPD xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.66.0F.WIG C6 /r ib     | VSHUFPD ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.0F.WIG C6 /r ib        | VSHUFPS xmm1, xmm2, xmm3/m128, imm8 | RVMI
    VEX.256.0F.WIG C6 /r ib        | VSHUFPS ymm1, ymm2, ymm3/m256, imm8 | RVMI
    VEX.128.66.0F.WIG 51 /r        | VSQRTPD xmm1, xmm2/m128 | RM
    VEX.256.66.0F.WIG 51 /r        | VSQRTPD ymm1, ymm2/m256 | RM
    VEX.128.0F.WIG 51 /r           | VSQRTPS xmm1, xmm2/m128 | RM
    VEX.256.0F.WIG 51 /r           | VSQRTPS ymm1, ymm2/m256 | RM
    VEX.LIG.F2.0F.WIG 51 /r        | VSQRTSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG 51 /r        | VSQRTSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.L0.0F.WIG AE /3            | VSTMXCSR m32 | M
    VEX.128.66.0F.WIG 5C /r        | VSUBPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 5C /r        | VSUBPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 5C /r           | VSUBPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 5C /r           | VSUBPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.LIG.F2.0F.WIG 5C /r        | VSUBSD xmm1, xmm2, xmm3/m64 | RVM
    VEX.LIG.F3.0F.WIG 5C /r        | VSUBSS xmm1, xmm2, xmm3/m32 | RVM
    VEX.128.66.0F38.W0 0F /r      | VTESTPD xmm1, xmm2/m128 | RM
    VEX.256.66.0F38.W0 0F /r      | VTESTPD ymm1, ymm2/m256 | RM
    VEX.128.66.0F38.W0 0E /r      | VTESTPS xmm1, xmm2/m128 | RM
    VEX.256.66.0F38.W0 0E /r      | VTESTPS ymm1, ymm2/m256 | RM
    VEX.LIG.66.0F.WIG 2E /r        | VUCOMISD xmm1, xmm2/m64 | RM
    VEX.LIG.0F.WIG 2E /r           | VUCOMISS xmm1, xmm2/m32 | RM
    VEX.128.66.0F.WIG 15 /r        | VUNPCKHPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 15 /r        | VUNPCKHPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 15 /r           | VUNPCKHPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 15 /r           | VUNPCKHPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 14 /r        | VUNPCKLPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 14 /r        | VUNPCKLPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 14 /r           | VUNPCKLPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 14 /r           | VUNPCKLPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.66.0F.WIG 57 /r        | VXORPD xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.66.0F.WIG 57 /r        | VXORPD ymm1, ymm2, ymm3/m256 | RVM
    VEX.128.0F.WIG 57 /r           | VXORPS xmm1, xmm2, xmm3/m128 | RVM
    VEX.256.0F.WIG 57 /r           | VXORPS ymm1, ymm2, ymm3/m256 | RVM
    VEX.256.0F.WIG 77              | VZEROALL | ZO
    VEX.L0.0F.WIG 77               | VZEROUPPER | ZO
    # AVX-VNNI: the VEX forms of AVX512-VNNI's dot products, taken only with {vex} (llvm-mc
    # and GNU as write EVEX otherwise)
    VEX.128.66.0F38.W0 50 /r       | VPDPBUSD xmm1, xmm2, xmm3/m128 | RVM | explicit
    VEX.256.66.0F38.W0 50 /r       | VPDPBUSD ymm1, ymm2, ymm3/m256 | RVM | explicit
    VEX.128.66.0F38.W0 51 /r       | VPDPBUSDS xmm1, xmm2, xmm3/m128 | RVM | explicit
    VEX.256.66.0F38.W0 51 /r       | VPDPBUSDS ymm1, ymm2, ymm3/m256 | RVM | explicit
    VEX.128.66.0F38.W0 52 /r       | VPDPWSSD xmm1, xmm2, xmm3/m128 | RVM | explicit
    VEX.256.66.0F38.W0 52 /r       | VPDPWSSD ymm1, ymm2, ymm3/m256 | RVM | explicit
    VEX.128.66.0F38.W0 53 /r       | VPDPWSSDS xmm1, xmm2, xmm3/m128 | RVM | explicit
    VEX.256.66.0F38.W0 53 /r       | VPDPWSSDS ymm1, ymm2, ymm3/m256 | RVM | explicit
    VEX.256.66.0F.W0 4A /r        | KADDB k1, k2, k3 | RVM
    VEX.256.66.0F.W1 4A /r        | KADDD k1, k2, k3 | RVM
    VEX.256.0F.W1 4A /r           | KADDQ k1, k2, k3 | RVM
    VEX.256.0F.W0 4A /r           | KADDW k1, k2, k3 | RVM
    VEX.256.66.0F.W0 41 /r        | KANDB k1, k2, k3 | RVM
    VEX.256.66.0F.W1 41 /r        | KANDD k1, k2, k3 | RVM
    VEX.256.66.0F.W0 42 /r        | KANDNB k1, k2, k3 | RVM
    VEX.256.66.0F.W1 42 /r        | KANDND k1, k2, k3 | RVM
    VEX.256.0F.W1 42 /r           | KANDNQ k1, k2, k3 | RVM
    VEX.256.0F.W0 42 /r           | KANDNW k1, k2, k3 | RVM
    VEX.256.0F.W1 41 /r           | KANDQ k1, k2, k3 | RVM
    VEX.256.0F.W0 41 /r           | KANDW k1, k2, k3 | RVM
    VEX.L0.66.0F.W0 90 /r         | KMOVB k1, k2 | RM
    VEX.L0.66.0F.W0 90 /r         | KMOVB k1, m8 | RM
    VEX.L0.66.0F.W0 92 /r         | KMOVB k1, r32 | RM
    VEX.L0.66.0F.W0 91 /r         | KMOVB m8, k1 | MR
    VEX.L0.66.0F.W0 93 /r         | KMOVB r32, k1 | RM
    VEX.L0.66.0F.W1 90 /r         | KMOVD k1, k2 | RM
    VEX.L0.66.0F.W1 90 /r         | KMOVD k1, m32 | RM
    VEX.L0.F2.0F.W0 92 /r         | KMOVD k1, r32 | RM
    VEX.L0.66.0F.W1 91 /r         | KMOVD m32, k1 | MR
    VEX.L0.F2.0F.W0 93 /r         | KMOVD r32, k1 | RM
    VEX.L0.0F.W1 90 /r            | KMOVQ k1, k2 | RM
    VEX.L0.0F.W1 90 /r            | KMOVQ k1, m64 | RM
    VEX.L0.F2.0F.W1 92 /r         | KMOVQ k1, r64 | RM
    VEX.L0.0F.W1 91 /r            | KMOVQ m64, k1 | MR
    VEX.L0.F2.0F.W1 93 /r         | KMOVQ r64, k1 | RM
    VEX.L0.0F.W0 90 /r            | KMOVW k1, k2 | RM
    VEX.L0.0F.W0 90 /r            | KMOVW k1, m16 | RM
    VEX.L0.0F.W0 92 /r            | KMOVW k1, r32 | RM
    VEX.L0.0F.W0 91 /r            | KMOVW m16, k1 | MR
    VEX.L0.0F.W0 93 /r            | KMOVW r32, k1 | RM
    VEX.L0.66.0F.W0 44 /r         | KNOTB k1, k2 | RM
    VEX.L0.66.0F.W1 44 /r         | KNOTD k1, k2 | RM
    VEX.L0.0F.W1 44 /r            | KNOTQ k1, k2 | RM
    VEX.L0.0F.W0 44 /r            | KNOTW k1, k2 | RM
    VEX.256.66.0F.W0 45 /r        | KORB k1, k2, k3 | RVM
    VEX.256.66.0F.W1 45 /r        | KORD k1, k2, k3 | RVM
    VEX.256.0F.W1 45 /r           | KORQ k1, k2, k3 | RVM
    VEX.L0.66.0F.W0 98 /r         | KORTESTB k1, k2 | RM
    VEX.L0.66.0F.W1 98 /r         | KORTESTD k1, k2 | RM
    VEX.L0.0F.W1 98 /r            | KORTESTQ k1, k2 | RM
    VEX.L0.0F.W0 98 /r            | KORTESTW k1, k2 | RM
    VEX.256.0F.W0 45 /r           | KORW k1, k2, k3 | RVM
    VEX.L0.66.0F3A.W0 32 /r ib    | KSHIFTLB k1, k2, imm8 | RMI
    VEX.L0.66.0F3A.W0 33 /r ib    | KSHIFTLD k1, k2, imm8 | RMI
    VEX.L0.66.0F3A.W1 33 /r ib    | KSHIFTLQ k1, k2, imm8 | RMI
    VEX.L0.66.0F3A.W1 32 /r ib    | KSHIFTLW k1, k2, imm8 | RMI
    VEX.L0.66.0F3A.W0 30 /r ib    | KSHIFTRB k1, k2, imm8 | RMI
    VEX.L0.66.0F3A.W0 31 /r ib    | KSHIFTRD k1, k2, imm8 | RMI
    VEX.L0.66.0F3A.W1 31 /r ib    | KSHIFTRQ k1, k2, imm8 | RMI
    VEX.L0.66.0F3A.W1 30 /r ib    | KSHIFTRW k1, k2, imm8 | RMI
    VEX.L0.66.0F.W0 99 /r         | KTESTB k1, k2 | RM
    VEX.L0.66.0F.W1 99 /r         | KTESTD k1, k2 | RM
    VEX.L0.0F.W1 99 /r            | KTESTQ k1, k2 | RM
    VEX.L0.0F.W0 99 /r            | KTESTW k1, k2 | RM
    VEX.256.66.0F.W0 4B /r        | KUNPCKBW k1, k2, k3 | RVM
    VEX.256.0F.W1 4B /r           | KUNPCKDQ k1, k2, k3 | RVM
    VEX.256.0F.W0 4B /r           | KUNPCKWD k1, k2, k3 | RVM
    VEX.256.66.0F.W0 46 /r        | KXNORB k1, k2, k3 | RVM
    VEX.256.66.0F.W1 46 /r        | KXNORD k1, k2, k3 | RVM
    VEX.256.0F.W1 46 /r           | KXNORQ k1, k2, k3 | RVM
    VEX.256.0F.W0 46 /r           | KXNORW k1, k2, k3 | RVM
    VEX.256.66.0F.W0 47 /r        | KXORB k1, k2, k3 | RVM
    VEX.256.66.0F.W1 47 /r        | KXORD k1, k2, k3 | RVM
    VEX.256.0F.W1 47 /r           | KXORQ k1, k2, k3 | RVM
    VEX.256.0F.W0 47 /r           | KXORW k1, k2, k3 | RVM
    """
}
