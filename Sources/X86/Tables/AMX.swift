extension InstructionTables {
    static let amx = """
    F3 0F 38 DD /r                  | AESDEC128KL xmm1, m | RM
    F3 0F 38 DF /r                  | AESDEC256KL xmm1, m | RM
    F3 0F 38 DC /r                  | AESENC128KL xmm1, m | RM
    F3 0F 38 DE /r                  | AESENC256KL xmm1, m | RM
    VEX.L0.0F38.W0 49 /0            | LDTILECFG m | M
    F3 0F 38 DC /r                  | LOADIWKEY xmm1, xmm2 | RM
    VEX.L0.66.0F38.W0 49 /0         | STTILECFG m | M
    VEX.L0.F3.0F38.W0 5C /r         | TDPBF16PS tmm1, tmm2, tmm3 | RMV
    VEX.L0.F2.0F38.W0 5E /r         | TDPBSSD tmm1, tmm2, tmm3 | RMV
    VEX.L0.F3.0F38.W0 5E /r         | TDPBSUD tmm1, tmm2, tmm3 | RMV
    VEX.L0.66.0F38.W0 5E /r         | TDPBUSD tmm1, tmm2, tmm3 | RMV
    VEX.L0.0F38.W0 5E /r            | TDPBUUD tmm1, tmm2, tmm3 | RMV
    VEX.L0.F2.0F38.W0 4B /r         | TILELOADD tmm1, sibmem | RM
    VEX.L0.66.0F38.W0 4B /r         | TILELOADDT1 tmm1, sibmem | RM
    VEX.L0.0F38.W0 49 C0            | TILERELEASE | ZO
    VEX.L0.F3.0F38.W0 4B /r         | TILESTORED sibmem, tmm1 | MR
    VEX.L0.F2.0F38.W0 49 11:rrr:000 | TILEZERO tmm1 | R
    """
}
