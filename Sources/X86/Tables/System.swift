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
    0F 20 /r               | MOV r32, CR0–CR7               | MR  | nolong nosize
    0F 22 /r               | MOV CR0–CR7, r32               | RM  | nolong nosize
    0F 21 /r               | MOV r32, DR0–DR7               | MR  | nolong nosize
    0F 23 /r               | MOV DR0–DR7, r32               | RM  | nolong nosize
    # Descriptor tables, task register, machine status word
    0F 01 /0               | SGDT m                         | M
    0F 01 /1               | SIDT m                         | M
    0F 01 /2               | LGDT m                         | M
    0F 01 /3               | LIDT m                         | M
    0F 00 /0               | SLDT m16                       | M
    o16 0F 00 /0           | SLDT r16                       | M
    0F 00 /0               | SLDT r32                       | M
    REX.W 0F 00 /0         | SLDT r64                       | M
    0F 00 /1               | STR m16                        | M
    o16 0F 00 /1           | STR r16                        | M
    0F 00 /1               | STR r32                        | M
    REX.W 0F 00 /1         | STR r64                        | M
    0F 00 /2               | LLDT r/m16                     | M
    0F 00 /3               | LTR r/m16                      | M
    0F 00 /4               | VERR r/m16                     | M
    0F 00 /5               | VERW r/m16                     | M
    0F 01 /4               | SMSW m16                       | M
    o16 0F 01 /4           | SMSW r16                       | M
    0F 01 /4               | SMSW r32                       | M
    REX.W 0F 01 /4         | SMSW r64                       | M
    0F 01 /6               | LMSW r/m16                     | M
    # LAR LSL: the selector operand is 16 bits in memory; a register of any width gives its low 16
    o16 0F 02 /r           | LAR r16, r16/m16               | RM
    0F 02 /r               | LAR r32, r32/m16               | RM
    0F 02 /r               | LAR r32, r16                   | RM
    REX.W 0F 02 /r         | LAR r64, r64/m16               | RM
    REX.W 0F 02 /r         | LAR r64, r16                   | RM
    REX.W 0F 02 /r         | LAR r64, r32                   | RM
    o16 0F 03 /r           | LSL r16, r16/m16               | RM
    0F 03 /r               | LSL r32, r32/m16               | RM
    0F 03 /r               | LSL r32, r16                   | RM
    REX.W 0F 03 /r         | LSL r64, r64/m16               | RM
    REX.W 0F 03 /r         | LSL r64, r16                   | RM
    REX.W 0F 03 /r         | LSL r64, r32                   | RM
    0F 06                  | CLTS                           | ZO
    # Caches and TLB
    0F 08                  | INVD                           | ZO
    0F 09                  | WBINVD                         | ZO
    F3 0F 09               | WBNOINVD                       | ZO
    0F 01 /7               | INVLPG m8                      | M
    66 0F 38 82 /r         | INVPCID r64, m128              | RM
    66 0F 38 82 /r         | INVPCID r32, m128              | RM  | nolong
    0F 01 DF               | INVLPGA                        | ZO
    0F 01 DF               | INVLPGA RAX, ECX               | --
    0F 01 FF               | TLBSYNC                        | ZO
    # Model-specific registers, segment bases
    0F 30                  | WRMSR                          | ZO
    0F 32                  | RDMSR                          | ZO
    0F 01 F8               | SWAPGS                         | ZO  | only64
    F3 0F AE /0            | RDFSBASE r32                   | M   | only64
    F3 REX.W 0F AE /0      | RDFSBASE r64                   | M
    F3 0F AE /1            | RDGSBASE r32                   | M   | only64
    F3 REX.W 0F AE /1      | RDGSBASE r64                   | M
    F3 0F AE /2            | WRFSBASE r32                   | M   | only64
    F3 REX.W 0F AE /2      | WRFSBASE r64                   | M
    F3 0F AE /3            | WRGSBASE r32                   | M   | only64
    F3 REX.W 0F AE /3      | WRGSBASE r64                   | M
    # Monitor and wait
    0F 01 C8               | MONITOR                        | ZO
    0F 01 C8               | MONITOR RAX, ECX, EDX          | ---
    0F 01 C9               | MWAIT                          | ZO
    0F 01 C9               | MWAIT EAX, ECX                 | --
    0F 01 FA               | MONITORX                       | ZO
    0F 01 FA               | MONITORX RAX, ECX, EDX         | ---
    0F 01 FB               | MWAITX                         | ZO
    0F 01 FB               | MWAITX EAX, ECX, EBX           | ---
    # SMAP, system management, safer mode
    0F 01 CA               | CLAC                           | ZO
    0F 01 CB               | STAC                           | ZO
    0F AA                  | RSM                            | ZO
    0F 37                  | GETSEC                         | ZO
    # Shadow stacks
    F3 0F AE /5            | INCSSPD r32                    | M   | nosize
    F3 REX.W 0F AE /5      | INCSSPQ r64                    | M
    F3 0F 1E /1            | RDSSPD r32                     | M   | nosize
    F3 REX.W 0F 1E /1      | RDSSPQ r64                     | M
    F3 0F 01 EA            | SAVEPREVSSP                    | ZO
    F3 0F 01 /5            | RSTORSSP m64                   | M
    F3 0F 01 E8            | SETSSBSY                       | ZO
    F3 0F AE /6            | CLRSSBSY m64                   | M
    0F 38 F6 /r            | WRSSD m32, r32                 | MR  | nosize
    REX.W 0F 38 F6 /r      | WRSSQ m64, r64                 | MR
    66 0F 38 F5 /r         | WRUSSD m32, r32                | MR
    66 REX.W 0F 38 F5 /r   | WRUSSQ m64, r64                | MR
    # VMX
    0F 01 C1               | VMCALL                         | ZO
    0F 01 C2               | VMLAUNCH                       | ZO
    0F 01 C3               | VMRESUME                       | ZO
    0F 01 C4               | VMXOFF                         | ZO
    0F 01 D4               | VMFUNC                         | ZO
    0F C7 /6               | VMPTRLD m64                    | M
    0F C7 /7               | VMPTRST m64                    | M
    66 0F C7 /6            | VMCLEAR m64                    | M
    F3 0F C7 /6            | VMXON m64                      | M
    0F 78 /r               | VMREAD r/m64, r64              | MR  | d64
    0F 79 /r               | VMWRITE r64, r/m64             | RM  | d64
    0F 78 /r               | VMREAD r/m32, r32              | MR  | nolong nosize
    0F 79 /r               | VMWRITE r32, r/m32             | RM  | nolong nosize
    66 0F 38 80 /r         | INVEPT r64, m128               | RM
    66 0F 38 81 /r         | INVVPID r64, m128              | RM
    66 0F 38 80 /r         | INVEPT r32, m128               | RM  | nolong
    66 0F 38 81 /r         | INVVPID r32, m128              | RM  | nolong
    # SVM
    0F 01 D8               | VMRUN                          | ZO
    0F 01 D8               | VMRUN RAX                      | -
    0F 01 D9               | VMMCALL                        | ZO
    0F 01 DA               | VMLOAD                         | ZO
    0F 01 DA               | VMLOAD RAX                     | -
    0F 01 DB               | VMSAVE                         | ZO
    0F 01 DB               | VMSAVE RAX                     | -
    0F 01 DC               | STGI                           | ZO
    0F 01 DD               | CLGI                           | ZO
    0F 01 DE               | SKINIT                         | ZO
    0F 01 DE               | SKINIT EAX                     | -
    # SGX, TDX, SEV-SNP, PCONFIG, user interrupts, TSX suspend
    0F 01 CF               | ENCLS                          | ZO
    0F 01 D7               | ENCLU                          | ZO
    0F 01 C0               | ENCLV                          | ZO
    0F 01 C5               | PCONFIG                        | ZO
    66 0F 01 CC            | TDCALL                         | ZO
    66 0F 01 CD            | SEAMRET                        | ZO
    66 0F 01 CE            | SEAMOPS                        | ZO
    66 0F 01 CF            | SEAMCALL                       | ZO
    F3 0F 01 FE            | RMPADJUST                      | ZO
    F2 0F 01 FE            | RMPUPDATE                      | ZO
    F3 0F 01 FF            | PSMASH                         | ZO
    F2 0F 01 FF            | PVALIDATE                      | ZO
    F2 0F 01 FF            | PVALIDATE RAX                  | -
    F3 0F 01 EC            | UIRET                          | ZO
    F3 0F 01 ED            | TESTUI                         | ZO
    F3 0F 01 EE            | CLUI                           | ZO
    F3 0F 01 EF            | STUI                           | ZO
    F3 0F C7 /6            | SENDUIPI r64                   | M
    F2 0F 01 E8            | XSUSLDTRK                      | ZO
    F2 0F 01 E9            | XRESLDTRK                      | ZO
    F3 0F 3A F0 C0 ib      | HRESET imm8                    | I
    # Key Locker (the forms with an xmm operand wait for the SIMD registers)
    F3 0F 38 FA /r         | ENCODEKEY128 r32, r32          | RM  | nosize
    F3 0F 38 FB /r         | ENCODEKEY256 r32, r32          | RM  | nosize
    F3 0F 38 D8 /0         | AESENCWIDE128KL m              | M
    F3 0F 38 D8 /1         | AESDECWIDE128KL m              | M
    F3 0F 38 D8 /2         | AESENCWIDE256KL m              | M
    F3 0F 38 D8 /3         | AESDECWIDE256KL m              | M
    # VIA PadLock: the F3 of the block instructions is part of the opcode, `rep` or not
    0F A7 C0               | XSTORE                         | ZO  | rep
    0F A7 C0               | XSTORERNG                      | ZO  | rep
    F3 0F A7 C8            | XCRYPTECB                      | ZO  | rep
    F3 0F A7 D0            | XCRYPTCBC                      | ZO  | rep
    F3 0F A7 D8            | XCRYPTCTR                      | ZO  | rep
    F3 0F A7 E0            | XCRYPTCFB                      | ZO  | rep
    F3 0F A7 E8            | XCRYPTOFB                      | ZO  | rep
    F3 0F A6 C0            | MONTMUL                        | ZO  | rep
    F3 0F A6 C8            | XSHA1                          | ZO  | rep
    F3 0F A6 D0            | XSHA256                        | ZO  | rep
    """
}
