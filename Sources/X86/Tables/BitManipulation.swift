extension InstructionTables {
    /// Bit tests and scans, byte swaps, atomic exchanges, CRC32, ADX, BMI1 and BMI2.
    ///
    /// Columns as in ``generalPurpose``. The `F3`/`F2`/`66` before `0F` in the legacy rows are
    /// mandatory prefixes, part of the opcode (`F3 0F BC` is TZCNT, `0F BC` is BSF).
    static let bitManipulation = """
    # BT BTS BTR BTC: a register bit offset can reach outside the addressed operand; an immediate one cannot
    o16 0F A3 /r              | BT r/m16, r16                | MR
    0F A3 /r                  | BT r/m32, r32                | MR
    REX.W 0F A3 /r            | BT r/m64, r64                | MR
    o16 0F BA /4 ib           | BT r/m16, imm8               | MI
    0F BA /4 ib               | BT r/m32, imm8               | MI
    REX.W 0F BA /4 ib         | BT r/m64, imm8               | MI
    o16 0F AB /r              | BTS r/m16, r16               | MR  | lock hle
    0F AB /r                  | BTS r/m32, r32               | MR  | lock hle
    REX.W 0F AB /r            | BTS r/m64, r64               | MR  | lock hle
    o16 0F BA /5 ib           | BTS r/m16, imm8              | MI  | lock hle
    0F BA /5 ib               | BTS r/m32, imm8              | MI  | lock hle
    REX.W 0F BA /5 ib         | BTS r/m64, imm8              | MI  | lock hle
    o16 0F B3 /r              | BTR r/m16, r16               | MR  | lock hle
    0F B3 /r                  | BTR r/m32, r32               | MR  | lock hle
    REX.W 0F B3 /r            | BTR r/m64, r64               | MR  | lock hle
    o16 0F BA /6 ib           | BTR r/m16, imm8              | MI  | lock hle
    0F BA /6 ib               | BTR r/m32, imm8              | MI  | lock hle
    REX.W 0F BA /6 ib         | BTR r/m64, imm8              | MI  | lock hle
    o16 0F BB /r              | BTC r/m16, r16               | MR  | lock hle
    0F BB /r                  | BTC r/m32, r32               | MR  | lock hle
    REX.W 0F BB /r            | BTC r/m64, r64               | MR  | lock hle
    o16 0F BA /7 ib           | BTC r/m16, imm8              | MI  | lock hle
    0F BA /7 ib               | BTC r/m32, imm8              | MI  | lock hle
    REX.W 0F BA /7 ib         | BTC r/m64, imm8              | MI  | lock hle
    # BSF BSR, and their F3 twins LZCNT TZCNT, and POPCNT
    o16 0F BC /r              | BSF r16, r/m16               | RM
    0F BC /r                  | BSF r32, r/m32               | RM
    REX.W 0F BC /r            | BSF r64, r/m64               | RM
    o16 0F BD /r              | BSR r16, r/m16               | RM
    0F BD /r                  | BSR r32, r/m32               | RM
    REX.W 0F BD /r            | BSR r64, r/m64               | RM
    o16 F3 0F BC /r           | TZCNT r16, r/m16             | RM
    F3 0F BC /r               | TZCNT r32, r/m32             | RM
    F3 REX.W 0F BC /r         | TZCNT r64, r/m64             | RM
    o16 F3 0F BD /r           | LZCNT r16, r/m16             | RM
    F3 0F BD /r               | LZCNT r32, r/m32             | RM
    F3 REX.W 0F BD /r         | LZCNT r64, r/m64             | RM
    o16 F3 0F B8 /r           | POPCNT r16, r/m16            | RM
    F3 0F B8 /r               | POPCNT r32, r/m32            | RM
    F3 REX.W 0F B8 /r         | POPCNT r64, r/m64            | RM
    # BSWAP (on a 16-bit register the result is undefined, so there is no such form)
    0F C8+rd                  | BSWAP r32                    | O
    REX.W 0F C8+rd            | BSWAP r64                    | O
    # XADD CMPXCHG CMPXCHG8B CMPXCHG16B
    0F C0 /r                  | XADD r/m8, r8                | MR  | lock hle
    o16 0F C1 /r              | XADD r/m16, r16              | MR  | lock hle
    0F C1 /r                  | XADD r/m32, r32              | MR  | lock hle
    REX.W 0F C1 /r            | XADD r/m64, r64              | MR  | lock hle
    0F B0 /r                  | CMPXCHG r/m8, r8             | MR  | lock hle
    o16 0F B1 /r              | CMPXCHG r/m16, r16           | MR  | lock hle
    0F B1 /r                  | CMPXCHG r/m32, r32           | MR  | lock hle
    REX.W 0F B1 /r            | CMPXCHG r/m64, r64           | MR  | lock hle
    0F C7 /1                  | CMPXCHG8B m64                | M   | lock hle
    REX.W 0F C7 /1            | CMPXCHG16B m128              | M   | lock hle
    # MOVBE: a load or store with the bytes swapped; memory only
    o16 0F 38 F0 /r           | MOVBE r16, m16               | RM
    0F 38 F0 /r               | MOVBE r32, m32               | RM
    REX.W 0F 38 F0 /r         | MOVBE r64, m64               | RM
    o16 0F 38 F1 /r           | MOVBE m16, r16               | MR
    0F 38 F1 /r               | MOVBE m32, r32               | MR
    REX.W 0F 38 F1 /r         | MOVBE m64, r64               | MR
    # CRC32: the destination is 32 or 64 bits whatever the source
    F2 0F 38 F0 /r            | CRC32 r32, r/m8              | RM  | nosize
    F2 REX.W 0F 38 F0 /r      | CRC32 r64, r/m8              | RM
    o16 F2 0F 38 F1 /r        | CRC32 r32, r/m16             | RM
    F2 0F 38 F1 /r            | CRC32 r32, r/m32             | RM
    F2 REX.W 0F 38 F1 /r      | CRC32 r64, r/m64             | RM
    # ADCX ADOX
    66 0F 38 F6 /r            | ADCX r32, r/m32              | RM
    66 REX.W 0F 38 F6 /r      | ADCX r64, r/m64              | RM
    F3 0F 38 F6 /r            | ADOX r32, r/m32              | RM  | nosize
    F3 REX.W 0F 38 F6 /r      | ADOX r64, r/m64              | RM
    # BMI1
    VEX.LZ.0F38.W0 F2 /r      | ANDN r32, r32, r/m32         | RVM
    VEX.LZ.0F38.W1 F2 /r      | ANDN r64, r64, r/m64         | RVM
    VEX.LZ.0F38.W0 F7 /r      | BEXTR r32, r/m32, r32        | RMV
    VEX.LZ.0F38.W1 F7 /r      | BEXTR r64, r/m64, r64        | RMV
    VEX.LZ.0F38.W0 F3 /3      | BLSI r32, r/m32              | VM
    VEX.LZ.0F38.W1 F3 /3      | BLSI r64, r/m64              | VM
    VEX.LZ.0F38.W0 F3 /2      | BLSMSK r32, r/m32            | VM
    VEX.LZ.0F38.W1 F3 /2      | BLSMSK r64, r/m64            | VM
    VEX.LZ.0F38.W0 F3 /1      | BLSR r32, r/m32              | VM
    VEX.LZ.0F38.W1 F3 /1      | BLSR r64, r/m64              | VM
    # BMI2
    VEX.LZ.0F38.W0 F5 /r      | BZHI r32, r/m32, r32         | RMV
    VEX.LZ.0F38.W1 F5 /r      | BZHI r64, r/m64, r64         | RMV
    VEX.LZ.F2.0F38.W0 F6 /r   | MULX r32, r32, r/m32         | RVM
    VEX.LZ.F2.0F38.W1 F6 /r   | MULX r64, r64, r/m64         | RVM
    VEX.LZ.F2.0F38.W0 F5 /r   | PDEP r32, r32, r/m32         | RVM
    VEX.LZ.F2.0F38.W1 F5 /r   | PDEP r64, r64, r/m64         | RVM
    VEX.LZ.F3.0F38.W0 F5 /r   | PEXT r32, r32, r/m32         | RVM
    VEX.LZ.F3.0F38.W1 F5 /r   | PEXT r64, r64, r/m64         | RVM
    VEX.LZ.F2.0F3A.W0 F0 /r ib | RORX r32, r/m32, imm8        | RMI
    VEX.LZ.F2.0F3A.W1 F0 /r ib | RORX r64, r/m64, imm8        | RMI
    VEX.LZ.F3.0F38.W0 F7 /r   | SARX r32, r/m32, r32         | RMV
    VEX.LZ.F3.0F38.W1 F7 /r   | SARX r64, r/m64, r64         | RMV
    VEX.LZ.66.0F38.W0 F7 /r   | SHLX r32, r/m32, r32         | RMV
    VEX.LZ.66.0F38.W1 F7 /r   | SHLX r64, r/m64, r64         | RMV
    VEX.LZ.F2.0F38.W0 F7 /r   | SHRX r32, r/m32, r32         | RMV
    VEX.LZ.F2.0F38.W1 F7 /r   | SHRX r64, r/m64, r64         | RMV
    """
}
