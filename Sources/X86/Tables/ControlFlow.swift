extension InstructionTables {
    /// Jumps, calls, returns, loops, stack frames and software interrupts.
    ///
    /// Columns as in ``generalPurpose``. Near branches and returns take `bnd` (F2), indirect ones
    /// `notrack` (3E); `rep ret` is the AMD-recommended two-byte return, so RET takes `rep` too.
    static let controlFlow = """
    # JMP CALL
    EB cb                 | JMP rel8                  | J
    o32 E9 cd             | JMP rel32                 | J   | bnd
    o16 E9 cw             | JMP rel16                 | J   | bnd nolong
    FF /4                 | JMP r/m64                 | M   | d64 bnd notrack
    o16 FF /4             | JMP r/m16                 | M   | d64 bnd notrack nolong
    FF /4                 | JMP r/m32                 | M   | d64 bnd notrack nolong
    o16 EA iw iw          | JMP ptr16:16              | I   | nolong
    o32 EA id iw          | JMP ptr16:32              | I   | nolong
    o16 FF /5             | JMP m16:16                | M
    FF /5                 | JMP m16:32                | M
    REX.W FF /5           | JMP m16:64                | M
    o32 E8 cd             | CALL rel32                | J   | bnd
    o16 E8 cw             | CALL rel16                | J   | bnd nolong
    FF /2                 | CALL r/m64                | M   | d64 bnd notrack
    o16 FF /2             | CALL r/m16                | M   | d64 bnd notrack nolong
    FF /2                 | CALL r/m32                | M   | d64 bnd notrack nolong
    o16 9A iw iw          | CALL ptr16:16             | I   | nolong
    o32 9A id iw          | CALL ptr16:32             | I   | nolong
    o16 FF /3             | CALL m16:16               | M
    FF /3                 | CALL m16:32               | M
    REX.W FF /3           | CALL m16:64               | M
    # LJMP LCALL: the far forms by name
    o16 FF /5             | LJMP m16:16               | M
    FF /5                 | LJMP m16:32               | M
    REX.W FF /5           | LJMP m16:64               | M
    o16 EA iw iw          | LJMP ptr16:16             | I   | nolong
    o32 EA id iw          | LJMP ptr16:32             | I   | nolong
    o16 FF /3             | LCALL m16:16              | M
    FF /3                 | LCALL m16:32              | M
    REX.W FF /3           | LCALL m16:64              | M
    o16 9A iw iw          | LCALL ptr16:16            | I   | nolong
    o32 9A id iw          | LCALL ptr16:32            | I   | nolong
    # Jcc
    70+cc cb              | Jcc rel8                  | J   | bnd
    o32 0F 80+cc cd       | Jcc rel32                 | J   | bnd
    o16 0F 80+cc cw       | Jcc rel16                 | J   | bnd nolong
    # JRCXZ JECXZ JCXZ LOOP: rel8 only; the count register is the address size's
    E3 cb                 | JRCXZ rel8                | J   | only64
    a16 E3 cb             | JCXZ rel8                 | J   | nolong
    a32 E3 cb             | JECXZ rel8                | J
    E2 cb                 | LOOP rel8                 | J
    E1 cb                 | LOOPE rel8                | J
    E1 cb                 | LOOPZ rel8                | J
    E0 cb                 | LOOPNE rel8               | J
    E0 cb                 | LOOPNZ rel8               | J
    # RET
    C3                    | RET                       | ZO  | bnd rep
    C2 iw                 | RET imm16                 | I   | bnd rep
    C3                    | RETQ                      | ZO  | bnd rep
    C2 iw                 | RETQ imm16                | I   | bnd rep
    # RETF: the far return pops a 32-bit offset unless REX.W says 64
    CB                    | RETF                      | ZO
    CA iw                 | RETF imm16                | I
    o16 CB                | RETFW                     | ZO
    o16 CA iw             | RETFW imm16               | I
    o32 CB                | RETFD                     | ZO
    o32 CA iw             | RETFD imm16               | I
    REX.W CB              | RETFQ                     | ZO
    REX.W CA iw           | RETFQ imm16               | I
    CB                    | LRET                      | ZO
    CA iw                 | LRET imm16                | I
    REX.W CB              | LRETQ                     | ZO
    REX.W CA iw           | LRETQ imm16               | I
    # ENTER LEAVE
    C8 iw ib              | ENTER imm16, imm8         | II  | d64
    C9                    | LEAVE                     | ZO  | d64
    o16 C9                | LEAVEW                    | ZO
    # Interrupts and system calls
    CC                    | INT3                      | ZO
    CC                    | INT 3                     | -
    CD ib                 | INT imm8                  | I
    CE                    | INTO                      | ZO  | nolong
    F1                    | INT1                      | ZO
    0F 05                 | SYSCALL                   | ZO
    0F 07                 | SYSRET                    | ZO
    REX.W 0F 07           | SYSRETQ                   | ZO
    0F 34                 | SYSENTER                  | ZO
    0F 35                 | SYSEXIT                   | ZO
    REX.W 0F 35           | SYSEXITQ                  | ZO
    CF                    | IRET                      | ZO  | nolong
    o16 CF                | IRET                      | ZO
    o16 CF                | IRETW                     | ZO
    o32 CF                | IRETD                     | ZO
    REX.W CF              | IRETQ                     | ZO
    # Transactional memory
    C7 F8 cd              | XBEGIN rel32              | J
    C6 F8 ib              | XABORT imm8               | I
    0F 01 D5              | XEND                      | ZO
    0F 01 D6              | XTEST                     | ZO
    """
}
