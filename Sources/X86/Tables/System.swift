extension InstructionTables {
    /// Privileged and system instructions: ports, control registers, descriptor tables, model-specific
    /// registers, virtualization, shadow stacks.
    ///
    /// Columns as in ``generalPurpose``. An opcode column ending in a fixed ModRM byte (`0F 01 D0`)
    /// is an instruction with no operand in it.
    static let system = """
    # Interrupt flag, ports
    FA                     | CLI                            | ZO
    FB                     | STI                            | ZO
    E4 ib                  | IN AL, imm8                    | -I
    o16 E5 ib              | IN AX, imm8                    | -I
    E5 ib                  | IN EAX, imm8                   | -I
    EC                     | IN AL, DX                      | --
    o16 ED                 | IN AX, DX                      | --
    ED                     | IN EAX, DX                     | --
    E6 ib                  | OUT imm8, AL                   | I-
    o16 E7 ib              | OUT imm8, AX                   | I-
    E7 ib                  | OUT imm8, EAX                  | I-
    EE                     | OUT DX, AL                     | --
    o16 EF                 | OUT DX, AX                     | --
    EF                     | OUT DX, EAX                    | --
    # Control and debug registers: always 64 bits, the ModRM.mod bits ignored
    0F 20 /r               | MOV r64, CR0–CR8               | MR
    0F 22 /r               | MOV CR0–CR8, r64               | RM
    0F 21 /r               | MOV r64, DR0–DR7               | MR
    0F 23 /r               | MOV DR0–DR7, r64               | RM
    # Descriptor tables, task register, machine status word
    # LAR LSL: the selector operand is 16 bits in memory; a register of any width gives its low 16
    # Caches and TLB
    # Model-specific registers, segment bases
    F3 0F AE /0            | RDFSBASE r32                   | M
    F3 REX.W 0F AE /0      | RDFSBASE r64                   | M
    F3 0F AE /1            | RDGSBASE r32                   | M
    F3 REX.W 0F AE /1      | RDGSBASE r64                   | M
    F3 0F AE /2            | WRFSBASE r32                   | M
    F3 REX.W 0F AE /2      | WRFSBASE r64                   | M
    F3 0F AE /3            | WRGSBASE r32                   | M
    F3 REX.W 0F AE /3      | WRGSBASE r64                   | M
    # Monitor and wait
    # SMAP, system management, safer mode
    # Shadow stacks
    # VMX
    # SVM
    # SGX, TDX, SEV-SNP, PCONFIG, user interrupts, TSX suspend
    # Key Locker (the forms with an xmm operand wait for the SIMD registers)
    # VIA PadLock: the F3 of the block instructions is part of the opcode, `rep` or not
    """
}
