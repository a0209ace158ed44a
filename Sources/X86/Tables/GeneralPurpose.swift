extension InstructionTables {
    /// General-purpose instructions valid in 64-bit mode.
    ///
    /// Columns: opcode (SDM notation; `o16` = the 66 operand-size prefix) | instruction (SDM
    /// notation) | operand roles, one letter per operand (R = ModRM.reg, M = ModRM.rm,
    /// B = both ModRM.reg and ModRM.rm, V = VEX.vvvv, O = opcode low bits, I = immediate,
    /// J = relative, F = memory offset, - = implicit; ZO = no operands) | attributes (sx lock rep
    /// repne d64 hle bnd notrack nolong explicit notacc). When several forms match, the shortest
    /// encoding wins and, between equally short ones, the earlier row.
    static let generalPurpose = """
    # MOV
    88 /r                 | MOV r/m8, r8              | MR  | xrelease
    o16 89 /r             | MOV r/m16, r16            | MR  | xrelease
    89 /r                 | MOV r/m32, r32            | MR  | xrelease
    REX.W 89 /r           | MOV r/m64, r64            | MR  | xrelease
    8A /r                 | MOV r8, r/m8              | RM
    o16 8B /r             | MOV r16, r/m16            | RM
    8B /r                 | MOV r32, r/m32            | RM
    REX.W 8B /r           | MOV r64, r/m64            | RM
    B0+rb ib              | MOV r8, imm8              | OI
    o16 B8+rw iw          | MOV r16, imm16            | OI
    B8+rd id              | MOV r32, imm32            | OI
    REX.W C7 /0 id        | MOV r/m64, imm32          | MI  | sx xrelease
    REX.W B8+rd io        | MOV r64, imm64            | OI
    C6 /0 ib              | MOV r/m8, imm8            | MI  | xrelease
    o16 C7 /0 iw          | MOV r/m16, imm16          | MI  | xrelease
    C7 /0 id              | MOV r/m32, imm32          | MI  | xrelease
    A0                    | MOV AL, moffs8            | -F
    o16 A1                | MOV AX, moffs16           | -F
    A1                    | MOV EAX, moffs32          | -F
    REX.W A1              | MOV RAX, moffs64          | -F
    A2                    | MOV moffs8, AL            | F-
    o16 A3                | MOV moffs16, AX           | F-
    A3                    | MOV moffs32, EAX          | F-
    REX.W A3              | MOV moffs64, RAX          | F-
    8C /r                 | MOV m16, Sreg             | MR
    o16 8C /r             | MOV r16, Sreg             | MR
    8C /r                 | MOV r32, Sreg             | MR
    REX.W 8C /r           | MOV r64, Sreg             | MR
    8E /r                 | MOV Sreg, r/m16           | RM
    8E /r                 | MOV Sreg, r32             | RM
    REX.W 8E /r           | MOV Sreg, r64             | RM
    # MOVABS: the 64-bit immediate and 64-bit offset forms, by name
    REX.W B8+rd io        | MOVABS r64, imm64         | OI
    A0                    | MOVABS AL, moffs8         | -F
    o16 A1                | MOVABS AX, moffs16        | -F
    A1                    | MOVABS EAX, moffs32       | -F
    REX.W A1              | MOVABS RAX, moffs64       | -F
    A2                    | MOVABS moffs8, AL         | F-
    o16 A3                | MOVABS moffs16, AX        | F-
    A3                    | MOVABS moffs32, EAX       | F-
    REX.W A3              | MOVABS moffs64, RAX       | F-
    # MOVNTI: a store that bypasses the caches
    0F C3 /r              | MOVNTI m32, r32           | MR  | nosize
    REX.W 0F C3 /r        | MOVNTI m64, r64           | MR
    # LEA
    o16 8D /r             | LEA r16, m                | RM
    8D /r                 | LEA r32, m                | RM
    REX.W 8D /r           | LEA r64, m                | RM
    # LSS LFS LGS: load a far pointer into a segment register and a general one
    o16 C5 /r             | LDS r16, m16:16           | RM  | nolong
    C5 /r                 | LDS r32, m16:32           | RM  | nolong
    o16 C4 /r             | LES r16, m16:16           | RM  | nolong
    C4 /r                 | LES r32, m16:32           | RM  | nolong
    o16 0F B2 /r          | LSS r16, m16:16           | RM
    0F B2 /r              | LSS r32, m16:32           | RM
    REX.W 0F B2 /r        | LSS r64, m16:64           | RM
    o16 0F B4 /r          | LFS r16, m16:16           | RM
    0F B4 /r              | LFS r32, m16:32           | RM
    REX.W 0F B4 /r        | LFS r64, m16:64           | RM
    o16 0F B5 /r          | LGS r16, m16:16           | RM
    0F B5 /r              | LGS r32, m16:32           | RM
    REX.W 0F B5 /r        | LGS r64, m16:64           | RM
    # MOVZX MOVSX MOVSXD
    o16 0F B6 /r          | MOVZX r16, r/m8           | RM
    0F B6 /r              | MOVZX r32, r/m8           | RM
    REX.W 0F B6 /r        | MOVZX r64, r/m8           | RM
    o16 0F B7 /r          | MOVZX r16, r/m16          | RM
    0F B7 /r              | MOVZX r32, r/m16          | RM
    REX.W 0F B7 /r        | MOVZX r64, r/m16          | RM
    o16 0F BE /r          | MOVSX r16, r/m8           | RM
    0F BE /r              | MOVSX r32, r/m8           | RM
    REX.W 0F BE /r        | MOVSX r64, r/m8           | RM
    o16 0F BF /r          | MOVSX r16, r/m16          | RM
    0F BF /r              | MOVSX r32, r/m16          | RM
    REX.W 0F BF /r        | MOVSX r64, r/m16          | RM
    REX.W 63 /r           | MOVSX r64, r/m32          | RM
    REX.W 63 /r           | MOVSXD r64, r/m32         | RM
    63 /r                 | MOVSXD r32, r/m32         | RM  | only64
    # XCHG: the one-byte forms cannot exchange eax with itself (90 is NOP, which would not zero bits 63:32);
    # rax with itself changes nothing, so it is the one-byte NOP. Between two registers the first goes
    # in ModRM.reg, as llvm-mc does it.
    90                    | XCHG RAX, RAX             | --
    o16 90+rw             | XCHG AX, r16              | -O
    o16 90+rw             | XCHG r16, AX              | O-
    90+rd                 | XCHG EAX, r32             | -O  | notacc
    90+rd                 | XCHG r32, EAX             | O-  | notacc
    REX.W 90+rd           | XCHG RAX, r64             | -O
    REX.W 90+rd           | XCHG r64, RAX             | O-
    86 /r                 | XCHG r8, r/m8             | RM  | lock hle locked
    86 /r                 | XCHG r/m8, r8             | MR  | lock hle locked
    o16 87 /r             | XCHG r16, r/m16           | RM  | lock hle locked
    o16 87 /r             | XCHG r/m16, r16           | MR  | lock hle locked
    87 /r                 | XCHG r32, r/m32           | RM  | lock hle locked
    87 /r                 | XCHG r/m32, r32           | MR  | lock hle locked
    REX.W 87 /r           | XCHG r64, r/m64           | RM  | lock hle locked
    REX.W 87 /r           | XCHG r/m64, r64           | MR  | lock hle locked

    # ADD
    00 /r                 | ADD r/m8, r8              | MR  | lock hle
    o16 01 /r             | ADD r/m16, r16            | MR  | lock hle
    01 /r                 | ADD r/m32, r32            | MR  | lock hle
    REX.W 01 /r           | ADD r/m64, r64            | MR  | lock hle
    02 /r                 | ADD r8, r/m8              | RM
    o16 03 /r             | ADD r16, r/m16            | RM
    03 /r                 | ADD r32, r/m32            | RM
    REX.W 03 /r           | ADD r64, r/m64            | RM
    o16 83 /0 ib          | ADD r/m16, imm8           | MI  | sx lock hle
    83 /0 ib              | ADD r/m32, imm8           | MI  | sx lock hle
    REX.W 83 /0 ib        | ADD r/m64, imm8           | MI  | sx lock hle
    04 ib                 | ADD AL, imm8              | -I
    o16 05 iw             | ADD AX, imm16             | -I
    05 id                 | ADD EAX, imm32            | -I
    REX.W 05 id           | ADD RAX, imm32            | -I  | sx
    80 /0 ib              | ADD r/m8, imm8            | MI  | lock hle
    o16 81 /0 iw          | ADD r/m16, imm16          | MI  | lock hle
    81 /0 id              | ADD r/m32, imm32          | MI  | lock hle
    REX.W 81 /0 id        | ADD r/m64, imm32          | MI  | sx lock hle
    # OR
    08 /r                 | OR r/m8, r8               | MR  | lock hle
    o16 09 /r             | OR r/m16, r16             | MR  | lock hle
    09 /r                 | OR r/m32, r32             | MR  | lock hle
    REX.W 09 /r           | OR r/m64, r64             | MR  | lock hle
    0A /r                 | OR r8, r/m8               | RM
    o16 0B /r             | OR r16, r/m16             | RM
    0B /r                 | OR r32, r/m32             | RM
    REX.W 0B /r           | OR r64, r/m64             | RM
    o16 83 /1 ib          | OR r/m16, imm8            | MI  | sx lock hle
    83 /1 ib              | OR r/m32, imm8            | MI  | sx lock hle
    REX.W 83 /1 ib        | OR r/m64, imm8            | MI  | sx lock hle
    0C ib                 | OR AL, imm8               | -I
    o16 0D iw             | OR AX, imm16              | -I
    0D id                 | OR EAX, imm32             | -I
    REX.W 0D id           | OR RAX, imm32             | -I  | sx
    80 /1 ib              | OR r/m8, imm8             | MI  | lock hle
    o16 81 /1 iw          | OR r/m16, imm16           | MI  | lock hle
    81 /1 id              | OR r/m32, imm32           | MI  | lock hle
    REX.W 81 /1 id        | OR r/m64, imm32           | MI  | sx lock hle
    # ADC
    10 /r                 | ADC r/m8, r8              | MR  | lock hle
    o16 11 /r             | ADC r/m16, r16            | MR  | lock hle
    11 /r                 | ADC r/m32, r32            | MR  | lock hle
    REX.W 11 /r           | ADC r/m64, r64            | MR  | lock hle
    12 /r                 | ADC r8, r/m8              | RM
    o16 13 /r             | ADC r16, r/m16            | RM
    13 /r                 | ADC r32, r/m32            | RM
    REX.W 13 /r           | ADC r64, r/m64            | RM
    o16 83 /2 ib          | ADC r/m16, imm8           | MI  | sx lock hle
    83 /2 ib              | ADC r/m32, imm8           | MI  | sx lock hle
    REX.W 83 /2 ib        | ADC r/m64, imm8           | MI  | sx lock hle
    14 ib                 | ADC AL, imm8              | -I
    o16 15 iw             | ADC AX, imm16             | -I
    15 id                 | ADC EAX, imm32            | -I
    REX.W 15 id           | ADC RAX, imm32            | -I  | sx
    80 /2 ib              | ADC r/m8, imm8            | MI  | lock hle
    o16 81 /2 iw          | ADC r/m16, imm16          | MI  | lock hle
    81 /2 id              | ADC r/m32, imm32          | MI  | lock hle
    REX.W 81 /2 id        | ADC r/m64, imm32          | MI  | sx lock hle
    # SBB
    18 /r                 | SBB r/m8, r8              | MR  | lock hle
    o16 19 /r             | SBB r/m16, r16            | MR  | lock hle
    19 /r                 | SBB r/m32, r32            | MR  | lock hle
    REX.W 19 /r           | SBB r/m64, r64            | MR  | lock hle
    1A /r                 | SBB r8, r/m8              | RM
    o16 1B /r             | SBB r16, r/m16            | RM
    1B /r                 | SBB r32, r/m32            | RM
    REX.W 1B /r           | SBB r64, r/m64            | RM
    o16 83 /3 ib          | SBB r/m16, imm8           | MI  | sx lock hle
    83 /3 ib              | SBB r/m32, imm8           | MI  | sx lock hle
    REX.W 83 /3 ib        | SBB r/m64, imm8           | MI  | sx lock hle
    1C ib                 | SBB AL, imm8              | -I
    o16 1D iw             | SBB AX, imm16             | -I
    1D id                 | SBB EAX, imm32            | -I
    REX.W 1D id           | SBB RAX, imm32            | -I  | sx
    80 /3 ib              | SBB r/m8, imm8            | MI  | lock hle
    o16 81 /3 iw          | SBB r/m16, imm16          | MI  | lock hle
    81 /3 id              | SBB r/m32, imm32          | MI  | lock hle
    REX.W 81 /3 id        | SBB r/m64, imm32          | MI  | sx lock hle
    # AND
    20 /r                 | AND r/m8, r8              | MR  | lock hle
    o16 21 /r             | AND r/m16, r16            | MR  | lock hle
    21 /r                 | AND r/m32, r32            | MR  | lock hle
    REX.W 21 /r           | AND r/m64, r64            | MR  | lock hle
    22 /r                 | AND r8, r/m8              | RM
    o16 23 /r             | AND r16, r/m16            | RM
    23 /r                 | AND r32, r/m32            | RM
    REX.W 23 /r           | AND r64, r/m64            | RM
    o16 83 /4 ib          | AND r/m16, imm8           | MI  | sx lock hle
    83 /4 ib              | AND r/m32, imm8           | MI  | sx lock hle
    REX.W 83 /4 ib        | AND r/m64, imm8           | MI  | sx lock hle
    24 ib                 | AND AL, imm8              | -I
    o16 25 iw             | AND AX, imm16             | -I
    25 id                 | AND EAX, imm32            | -I
    REX.W 25 id           | AND RAX, imm32            | -I  | sx
    80 /4 ib              | AND r/m8, imm8            | MI  | lock hle
    o16 81 /4 iw          | AND r/m16, imm16          | MI  | lock hle
    81 /4 id              | AND r/m32, imm32          | MI  | lock hle
    REX.W 81 /4 id        | AND r/m64, imm32          | MI  | sx lock hle
    # SUB
    28 /r                 | SUB r/m8, r8              | MR  | lock hle
    o16 29 /r             | SUB r/m16, r16            | MR  | lock hle
    29 /r                 | SUB r/m32, r32            | MR  | lock hle
    REX.W 29 /r           | SUB r/m64, r64            | MR  | lock hle
    2A /r                 | SUB r8, r/m8              | RM
    o16 2B /r             | SUB r16, r/m16            | RM
    2B /r                 | SUB r32, r/m32            | RM
    REX.W 2B /r           | SUB r64, r/m64            | RM
    o16 83 /5 ib          | SUB r/m16, imm8           | MI  | sx lock hle
    83 /5 ib              | SUB r/m32, imm8           | MI  | sx lock hle
    REX.W 83 /5 ib        | SUB r/m64, imm8           | MI  | sx lock hle
    2C ib                 | SUB AL, imm8              | -I
    o16 2D iw             | SUB AX, imm16             | -I
    2D id                 | SUB EAX, imm32            | -I
    REX.W 2D id           | SUB RAX, imm32            | -I  | sx
    80 /5 ib              | SUB r/m8, imm8            | MI  | lock hle
    o16 81 /5 iw          | SUB r/m16, imm16          | MI  | lock hle
    81 /5 id              | SUB r/m32, imm32          | MI  | lock hle
    REX.W 81 /5 id        | SUB r/m64, imm32          | MI  | sx lock hle
    # XOR
    30 /r                 | XOR r/m8, r8              | MR  | lock hle
    o16 31 /r             | XOR r/m16, r16            | MR  | lock hle
    31 /r                 | XOR r/m32, r32            | MR  | lock hle
    REX.W 31 /r           | XOR r/m64, r64            | MR  | lock hle
    32 /r                 | XOR r8, r/m8              | RM
    o16 33 /r             | XOR r16, r/m16            | RM
    33 /r                 | XOR r32, r/m32            | RM
    REX.W 33 /r           | XOR r64, r/m64            | RM
    o16 83 /6 ib          | XOR r/m16, imm8           | MI  | sx lock hle
    83 /6 ib              | XOR r/m32, imm8           | MI  | sx lock hle
    REX.W 83 /6 ib        | XOR r/m64, imm8           | MI  | sx lock hle
    34 ib                 | XOR AL, imm8              | -I
    o16 35 iw             | XOR AX, imm16             | -I
    35 id                 | XOR EAX, imm32            | -I
    REX.W 35 id           | XOR RAX, imm32            | -I  | sx
    80 /6 ib              | XOR r/m8, imm8            | MI  | lock hle
    o16 81 /6 iw          | XOR r/m16, imm16          | MI  | lock hle
    81 /6 id              | XOR r/m32, imm32          | MI  | lock hle
    REX.W 81 /6 id        | XOR r/m64, imm32          | MI  | sx lock hle
    # CMP
    38 /r                 | CMP r/m8, r8              | MR
    o16 39 /r             | CMP r/m16, r16            | MR
    39 /r                 | CMP r/m32, r32            | MR
    REX.W 39 /r           | CMP r/m64, r64            | MR
    3A /r                 | CMP r8, r/m8              | RM
    o16 3B /r             | CMP r16, r/m16            | RM
    3B /r                 | CMP r32, r/m32            | RM
    REX.W 3B /r           | CMP r64, r/m64            | RM
    o16 83 /7 ib          | CMP r/m16, imm8           | MI  | sx
    83 /7 ib              | CMP r/m32, imm8           | MI  | sx
    REX.W 83 /7 ib        | CMP r/m64, imm8           | MI  | sx
    3C ib                 | CMP AL, imm8              | -I
    o16 3D iw             | CMP AX, imm16             | -I
    3D id                 | CMP EAX, imm32            | -I
    REX.W 3D id           | CMP RAX, imm32            | -I  | sx
    80 /7 ib              | CMP r/m8, imm8            | MI
    o16 81 /7 iw          | CMP r/m16, imm16          | MI
    81 /7 id              | CMP r/m32, imm32          | MI
    REX.W 81 /7 id        | CMP r/m64, imm32          | MI  | sx
    # TEST
    84 /r                 | TEST r/m8, r8             | MR
    o16 85 /r             | TEST r/m16, r16           | MR
    85 /r                 | TEST r/m32, r32           | MR
    REX.W 85 /r           | TEST r/m64, r64           | MR
    84 /r                 | TEST r8, r/m8             | RM
    o16 85 /r             | TEST r16, r/m16           | RM
    85 /r                 | TEST r32, r/m32           | RM
    REX.W 85 /r           | TEST r64, r/m64           | RM
    A8 ib                 | TEST AL, imm8             | -I
    o16 A9 iw             | TEST AX, imm16            | -I
    A9 id                 | TEST EAX, imm32           | -I
    REX.W A9 id           | TEST RAX, imm32           | -I  | sx
    F6 /0 ib              | TEST r/m8, imm8           | MI
    o16 F7 /0 iw          | TEST r/m16, imm16         | MI
    F7 /0 id              | TEST r/m32, imm32         | MI
    REX.W F7 /0 id        | TEST r/m64, imm32         | MI  | sx
    # INC
    FE /0                 | INC r/m8                  | M   | lock hle
    o16 FF /0             | INC r/m16                 | M   | lock hle
    FF /0                 | INC r/m32                 | M   | lock hle
    REX.W FF /0           | INC r/m64                 | M   | lock hle
    o16 40+rw             | INC r16                   | O   | nolong
    o32 40+rd             | INC r32                   | O   | nolong
    # DEC
    FE /1                 | DEC r/m8                  | M   | lock hle
    o16 FF /1             | DEC r/m16                 | M   | lock hle
    FF /1                 | DEC r/m32                 | M   | lock hle
    REX.W FF /1           | DEC r/m64                 | M   | lock hle
    o16 48+rw             | DEC r16                   | O   | nolong
    o32 48+rd             | DEC r32                   | O   | nolong
    # NOT
    F6 /2                 | NOT r/m8                  | M   | lock hle
    o16 F7 /2             | NOT r/m16                 | M   | lock hle
    F7 /2                 | NOT r/m32                 | M   | lock hle
    REX.W F7 /2           | NOT r/m64                 | M   | lock hle
    # NEG
    F6 /3                 | NEG r/m8                  | M   | lock hle
    o16 F7 /3             | NEG r/m16                 | M   | lock hle
    F7 /3                 | NEG r/m32                 | M   | lock hle
    REX.W F7 /3           | NEG r/m64                 | M   | lock hle
    # MUL
    F6 /4                 | MUL r/m8                  | M
    o16 F7 /4             | MUL r/m16                 | M
    F7 /4                 | MUL r/m32                 | M
    REX.W F7 /4           | MUL r/m64                 | M
    # IMUL
    F6 /5                 | IMUL r/m8                 | M
    o16 F7 /5             | IMUL r/m16                | M
    F7 /5                 | IMUL r/m32                | M
    REX.W F7 /5           | IMUL r/m64                | M
    # DIV
    F6 /6                 | DIV r/m8                  | M
    o16 F7 /6             | DIV r/m16                 | M
    F7 /6                 | DIV r/m32                 | M
    REX.W F7 /6           | DIV r/m64                 | M
    # IDIV
    F6 /7                 | IDIV r/m8                 | M
    o16 F7 /7             | IDIV r/m16                | M
    F7 /7                 | IDIV r/m32                | M
    REX.W F7 /7           | IDIV r/m64                | M
    # IMUL with two and three operands
    o16 0F AF /r          | IMUL r16, r/m16           | RM
    0F AF /r              | IMUL r32, r/m32           | RM
    REX.W 0F AF /r        | IMUL r64, r/m64           | RM
    o16 6B /r ib          | IMUL r16, r/m16, imm8     | RMI | sx
    6B /r ib              | IMUL r32, r/m32, imm8     | RMI | sx
    REX.W 6B /r ib        | IMUL r64, r/m64, imm8     | RMI | sx
    o16 69 /r iw          | IMUL r16, r/m16, imm16    | RMI
    69 /r id              | IMUL r32, r/m32, imm32    | RMI
    REX.W 69 /r id        | IMUL r64, r/m64, imm32    | RMI | sx
    o16 6B /r ib          | IMUL r16, imm8            | BI  | sx
    6B /r ib              | IMUL r32, imm8            | BI  | sx
    REX.W 6B /r ib        | IMUL r64, imm8            | BI  | sx
    o16 69 /r iw          | IMUL r16, imm16           | BI
    69 /r id              | IMUL r32, imm32           | BI
    REX.W 69 /r id        | IMUL r64, imm32           | BI  | sx
    # ROL
    D0 /0                 | ROL r/m8                | M
    o16 D1 /0             | ROL r/m16               | M
    D1 /0                 | ROL r/m32               | M
    REX.W D1 /0           | ROL r/m64               | M
    D0 /0                 | ROL r/m8, 1               | M-
    o16 D1 /0             | ROL r/m16, 1              | M-
    D1 /0                 | ROL r/m32, 1              | M-
    REX.W D1 /0           | ROL r/m64, 1              | M-
    D2 /0                 | ROL r/m8, CL              | M-
    o16 D3 /0             | ROL r/m16, CL             | M-
    D3 /0                 | ROL r/m32, CL             | M-
    REX.W D3 /0           | ROL r/m64, CL             | M-
    C0 /0 ib              | ROL r/m8, imm8            | MI
    o16 C1 /0 ib          | ROL r/m16, imm8           | MI
    C1 /0 ib              | ROL r/m32, imm8           | MI
    REX.W C1 /0 ib        | ROL r/m64, imm8           | MI
    # ROR
    D0 /1                 | ROR r/m8                | M
    o16 D1 /1             | ROR r/m16               | M
    D1 /1                 | ROR r/m32               | M
    REX.W D1 /1           | ROR r/m64               | M
    D0 /1                 | ROR r/m8, 1               | M-
    o16 D1 /1             | ROR r/m16, 1              | M-
    D1 /1                 | ROR r/m32, 1              | M-
    REX.W D1 /1           | ROR r/m64, 1              | M-
    D2 /1                 | ROR r/m8, CL              | M-
    o16 D3 /1             | ROR r/m16, CL             | M-
    D3 /1                 | ROR r/m32, CL             | M-
    REX.W D3 /1           | ROR r/m64, CL             | M-
    C0 /1 ib              | ROR r/m8, imm8            | MI
    o16 C1 /1 ib          | ROR r/m16, imm8           | MI
    C1 /1 ib              | ROR r/m32, imm8           | MI
    REX.W C1 /1 ib        | ROR r/m64, imm8           | MI
    # RCL
    D0 /2                 | RCL r/m8                | M
    o16 D1 /2             | RCL r/m16               | M
    D1 /2                 | RCL r/m32               | M
    REX.W D1 /2           | RCL r/m64               | M
    D0 /2                 | RCL r/m8, 1               | M-
    o16 D1 /2             | RCL r/m16, 1              | M-
    D1 /2                 | RCL r/m32, 1              | M-
    REX.W D1 /2           | RCL r/m64, 1              | M-
    D2 /2                 | RCL r/m8, CL              | M-
    o16 D3 /2             | RCL r/m16, CL             | M-
    D3 /2                 | RCL r/m32, CL             | M-
    REX.W D3 /2           | RCL r/m64, CL             | M-
    C0 /2 ib              | RCL r/m8, imm8            | MI
    o16 C1 /2 ib          | RCL r/m16, imm8           | MI
    C1 /2 ib              | RCL r/m32, imm8           | MI
    REX.W C1 /2 ib        | RCL r/m64, imm8           | MI
    # RCR
    D0 /3                 | RCR r/m8                | M
    o16 D1 /3             | RCR r/m16               | M
    D1 /3                 | RCR r/m32               | M
    REX.W D1 /3           | RCR r/m64               | M
    D0 /3                 | RCR r/m8, 1               | M-
    o16 D1 /3             | RCR r/m16, 1              | M-
    D1 /3                 | RCR r/m32, 1              | M-
    REX.W D1 /3           | RCR r/m64, 1              | M-
    D2 /3                 | RCR r/m8, CL              | M-
    o16 D3 /3             | RCR r/m16, CL             | M-
    D3 /3                 | RCR r/m32, CL             | M-
    REX.W D3 /3           | RCR r/m64, CL             | M-
    C0 /3 ib              | RCR r/m8, imm8            | MI
    o16 C1 /3 ib          | RCR r/m16, imm8           | MI
    C1 /3 ib              | RCR r/m32, imm8           | MI
    REX.W C1 /3 ib        | RCR r/m64, imm8           | MI
    # SHL
    D0 /4                 | SHL r/m8                | M
    o16 D1 /4             | SHL r/m16               | M
    D1 /4                 | SHL r/m32               | M
    REX.W D1 /4           | SHL r/m64               | M
    D0 /4                 | SHL r/m8, 1               | M-
    o16 D1 /4             | SHL r/m16, 1              | M-
    D1 /4                 | SHL r/m32, 1              | M-
    REX.W D1 /4           | SHL r/m64, 1              | M-
    D2 /4                 | SHL r/m8, CL              | M-
    o16 D3 /4             | SHL r/m16, CL             | M-
    D3 /4                 | SHL r/m32, CL             | M-
    REX.W D3 /4           | SHL r/m64, CL             | M-
    C0 /4 ib              | SHL r/m8, imm8            | MI
    o16 C1 /4 ib          | SHL r/m16, imm8           | MI
    C1 /4 ib              | SHL r/m32, imm8           | MI
    REX.W C1 /4 ib        | SHL r/m64, imm8           | MI
    # SHR
    D0 /5                 | SHR r/m8                | M
    o16 D1 /5             | SHR r/m16               | M
    D1 /5                 | SHR r/m32               | M
    REX.W D1 /5           | SHR r/m64               | M
    D0 /5                 | SHR r/m8, 1               | M-
    o16 D1 /5             | SHR r/m16, 1              | M-
    D1 /5                 | SHR r/m32, 1              | M-
    REX.W D1 /5           | SHR r/m64, 1              | M-
    D2 /5                 | SHR r/m8, CL              | M-
    o16 D3 /5             | SHR r/m16, CL             | M-
    D3 /5                 | SHR r/m32, CL             | M-
    REX.W D3 /5           | SHR r/m64, CL             | M-
    C0 /5 ib              | SHR r/m8, imm8            | MI
    o16 C1 /5 ib          | SHR r/m16, imm8           | MI
    C1 /5 ib              | SHR r/m32, imm8           | MI
    REX.W C1 /5 ib        | SHR r/m64, imm8           | MI
    # SAL
    D0 /4                 | SAL r/m8                | M
    o16 D1 /4             | SAL r/m16               | M
    D1 /4                 | SAL r/m32               | M
    REX.W D1 /4           | SAL r/m64               | M
    D0 /4                 | SAL r/m8, 1               | M-
    o16 D1 /4             | SAL r/m16, 1              | M-
    D1 /4                 | SAL r/m32, 1              | M-
    REX.W D1 /4           | SAL r/m64, 1              | M-
    D2 /4                 | SAL r/m8, CL              | M-
    o16 D3 /4             | SAL r/m16, CL             | M-
    D3 /4                 | SAL r/m32, CL             | M-
    REX.W D3 /4           | SAL r/m64, CL             | M-
    C0 /4 ib              | SAL r/m8, imm8            | MI
    o16 C1 /4 ib          | SAL r/m16, imm8           | MI
    C1 /4 ib              | SAL r/m32, imm8           | MI
    REX.W C1 /4 ib        | SAL r/m64, imm8           | MI
    # SAR
    D0 /7                 | SAR r/m8                | M
    o16 D1 /7             | SAR r/m16               | M
    D1 /7                 | SAR r/m32               | M
    REX.W D1 /7           | SAR r/m64               | M
    D0 /7                 | SAR r/m8, 1               | M-
    o16 D1 /7             | SAR r/m16, 1              | M-
    D1 /7                 | SAR r/m32, 1              | M-
    REX.W D1 /7           | SAR r/m64, 1              | M-
    D2 /7                 | SAR r/m8, CL              | M-
    o16 D3 /7             | SAR r/m16, CL             | M-
    D3 /7                 | SAR r/m32, CL             | M-
    REX.W D3 /7           | SAR r/m64, CL             | M-
    C0 /7 ib              | SAR r/m8, imm8            | MI
    o16 C1 /7 ib          | SAR r/m16, imm8           | MI
    C1 /7 ib              | SAR r/m32, imm8           | MI
    REX.W C1 /7 ib        | SAR r/m64, imm8           | MI
    # SHLD SHRD: shift in the bits of a second register
    o16 0F A4 /r ib       | SHLD r/m16, r16, imm8     | MRI
    0F A4 /r ib           | SHLD r/m32, r32, imm8     | MRI
    REX.W 0F A4 /r ib     | SHLD r/m64, r64, imm8     | MRI
    o16 0F A5 /r          | SHLD r/m16, r16, CL       | MR-
    0F A5 /r              | SHLD r/m32, r32, CL       | MR-
    REX.W 0F A5 /r        | SHLD r/m64, r64, CL       | MR-
    o16 0F AC /r ib       | SHRD r/m16, r16, imm8     | MRI
    0F AC /r ib           | SHRD r/m32, r32, imm8     | MRI
    REX.W 0F AC /r ib     | SHRD r/m64, r64, imm8     | MRI
    o16 0F AD /r          | SHRD r/m16, r16, CL       | MR-
    0F AD /r              | SHRD r/m32, r32, CL       | MR-
    REX.W 0F AD /r        | SHRD r/m64, r64, CL       | MR-
    # PUSH POP
    50+rd                 | PUSH r64                  | O   | d64
    o16 50+rw             | PUSH r16                  | O
    o32 50+rd             | PUSH r32                  | O   | nolong
    FF /6                 | PUSH r/m64                | M   | d64
    o16 FF /6             | PUSH r/m16                | M   | d64
    FF /6                 | PUSH r/m32                | M   | d64 nolong
    6A ib                 | PUSH imm8                 | I   | sx d64
    68 id                 | PUSH imm32                | I   | sx d64
    o16 68 iw             | PUSH imm16                | I   | explicit
    0F A0                 | PUSH FS                   | -
    0F A8                 | PUSH GS                   | -
    58+rd                 | POP r64                   | O   | d64
    o16 58+rw             | POP r16                   | O
    o32 58+rd             | POP r32                   | O   | nolong
    8F /0                 | POP r/m64                 | M   | d64
    o16 8F /0             | POP r/m16                 | M   | d64
    8F /0                 | POP r/m32                 | M   | d64 nolong
    0F A1                 | POP FS                    | -
    0F A9                 | POP GS                    | -
    # The other segment registers have no push or pop in 64-bit mode
    0E                    | PUSH CS                   | -   | nolong
    16                    | PUSH SS                   | -   | nolong
    1E                    | PUSH DS                   | -   | nolong
    06                    | PUSH ES                   | -   | nolong
    17                    | POP SS                    | -   | nolong
    1F                    | POP DS                    | -   | nolong
    07                    | POP ES                    | -   | nolong
    # CMOVcc SETcc
    o16 0F 40+cc /r       | CMOVcc r16, r/m16         | RM
    0F 40+cc /r           | CMOVcc r32, r/m32         | RM
    REX.W 0F 40+cc /r     | CMOVcc r64, r/m64         | RM
    0F 90+cc /0           | SETcc r/m8                | M
    # Conversions and NOP
    o16 98                | CBW                       | ZO
    o32 98                | CWDE                      | ZO
    REX.W 98              | CDQE                      | ZO
    o16 99                | CWD                       | ZO
    o32 99                | CDQ                       | ZO
    REX.W 99              | CQO                       | ZO
    90                    | NOP                       | ZO  | rep
    o16 0F 1F /0          | NOP r/m16                 | M
    0F 1F /0              | NOP r/m32                 | M
    REX.W 0F 1F /0        | NOP r/m64                 | M
    # Legacy instructions, invalid in 64-bit mode: kept so an error can say so
    37                    | AAA                       | ZO  | nolong
    3F                    | AAS                       | ZO  | nolong
    D4 0A                 | AAM                       | ZO  | nolong
    D4 ib                 | AAM imm8                  | I   | nolong
    D5 0A                 | AAD                       | ZO  | nolong
    D5 ib                 | AAD imm8                  | I   | nolong
    27                    | DAA                       | ZO  | nolong
    2F                    | DAS                       | ZO  | nolong
    60                    | PUSHA                     | ZO  | nolong
    o32 60                | PUSHAD                    | ZO  | nolong
    o16 60                | PUSHAW                    | ZO  | nolong
    61                    | POPA                      | ZO  | nolong
    o32 61                | POPAD                     | ZO  | nolong
    o16 61                | POPAW                     | ZO  | nolong
    o16 62 /r             | BOUND r16, m32            | RM  | nolong
    62 /r                 | BOUND r32, m64            | RM  | nolong
    63 /r                 | ARPL r/m16, r16           | MR  | nolong
    D6                    | SALC                      | ZO  | nolong
    """
}
