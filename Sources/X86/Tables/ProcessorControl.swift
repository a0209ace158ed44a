extension InstructionTables {
    /// Flags, processor identification, time stamps, random numbers, fences, cache control,
    /// extended-state saves and other unprivileged instructions that are not arithmetic.
    ///
    /// Columns as in ``generalPurpose``. `a32` and `a16` in the opcode column give the address size
    /// of a form whose register operand is an address (`UMONITOR r32`, `MOVDIR64B r16, m`): a 67
    /// where it is not the mode's; `m` is memory of any size.
    static let processorControl = """
    # Flags
    F8                     | CLC                        | ZO
    F9                     | STC                        | ZO
    F5                     | CMC                        | ZO
    FC                     | CLD                        | ZO
    FD                     | STD                        | ZO
    9F                     | LAHF                       | ZO
    9E                     | SAHF                       | ZO
    9C                     | PUSHF                      | ZO  | d64
    9C                     | PUSHFQ                     | ZO  | d64
    o16 9C                 | PUSHFW                     | ZO
    o32 9C                 | PUSHFD                     | ZO  | nolong
    9D                     | POPF                       | ZO  | d64
    9D                     | POPFQ                      | ZO  | d64
    o16 9D                 | POPFW                      | ZO
    o32 9D                 | POPFD                      | ZO  | nolong
    # Processor identification, time stamps, random numbers
    0F A2                  | CPUID                      | ZO
    0F 31                  | RDTSC                      | ZO
    0F 01 F9               | RDTSCP                     | ZO
    0F 33                  | RDPMC                      | ZO
    o16 0F C7 /6           | RDRAND r16                 | M
    0F C7 /6               | RDRAND r32                 | M
    REX.W 0F C7 /6         | RDRAND r64                 | M
    o16 0F C7 /7           | RDSEED r16                 | M
    0F C7 /7               | RDSEED r32                 | M
    REX.W 0F C7 /7         | RDSEED r64                 | M
    F3 0F C7 /7            | RDPID r64                  | M
    F3 0F C7 /7            | RDPID r32                  | M   | nolong nosize
    # Spinning, halting, trapping
    F3 90                  | PAUSE                      | ZO
    F4                     | HLT                        | ZO
    0F 0B                  | UD2                        | ZO
    o16 0F FF /r           | UD0 r16, r/m16             | RM
    0F FF /r               | UD0 r32, r/m32             | RM
    REX.W 0F FF /r         | UD0 r64, r/m64             | RM
    o16 0F B9 /r           | UD1 r16, r/m16             | RM
    0F B9 /r               | UD1 r32, r/m32             | RM
    REX.W 0F B9 /r         | UD1 r64, r/m64             | RM
    0F B9 /r               | UD2B r32, r/m32            | RM
    # Fences, cache lines, prefetches
    0F AE F0               | MFENCE                     | ZO
    0F AE E8               | LFENCE                     | ZO
    0F AE F8               | SFENCE                     | ZO
    0F AE /7               | CLFLUSH m8                 | M
    66 0F AE /7            | CLFLUSHOPT m8              | M
    66 0F AE /6            | CLWB m8                    | M
    0F 1C /0               | CLDEMOTE m8                | M
    0F 01 FC               | CLZERO                     | ZO
    0F 01 FC               | CLZERO RAX                 | -
    a32 0F 01 FC           | CLZERO EAX                 | -
    0F 18 /0               | PREFETCHNTA m8             | M
    0F 18 /1               | PREFETCHT0 m8              | M
    0F 18 /2               | PREFETCHT1 m8              | M
    0F 18 /3               | PREFETCHT2 m8              | M
    0F 0D /0               | PREFETCH m8                | M
    0F 0D /1               | PREFETCHW m8               | M
    0F 0D /2               | PREFETCHWT1 m8             | M
    # Extended state and protection keys
    0F 01 D0               | XGETBV                     | ZO
    0F 01 D1               | XSETBV                     | ZO
    0F 01 EE               | RDPKRU                     | ZO
    0F 01 EF               | WRPKRU                     | ZO
    0F AE /4               | XSAVE m                    | M
    REX.W 0F AE /4         | XSAVE64 m                  | M
    0F AE /5               | XRSTOR m                   | M
    REX.W 0F AE /5         | XRSTOR64 m                 | M
    0F AE /6               | XSAVEOPT m                 | M
    REX.W 0F AE /6         | XSAVEOPT64 m               | M
    0F C7 /4               | XSAVEC m                   | M
    REX.W 0F C7 /4         | XSAVEC64 m                 | M
    0F C7 /5               | XSAVES m                   | M
    REX.W 0F C7 /5         | XSAVES64 m                 | M
    0F C7 /3               | XRSTORS m                  | M
    REX.W 0F C7 /3         | XRSTORS64 m                | M
    0F AE /0               | FXSAVE m                   | M
    REX.W 0F AE /0         | FXSAVE64 m                 | M
    0F AE /1               | FXRSTOR m                  | M
    REX.W 0F AE /1         | FXRSTOR64 m                | M
    # Direct stores, user wait, trace
    0F 38 F9 /r            | MOVDIRI m32, r32           | MR  | nosize
    REX.W 0F 38 F9 /r      | MOVDIRI m64, r64           | MR
    66 0F 38 F8 /r         | MOVDIR64B r64, m           | RM
    a32 66 0F 38 F8 /r     | MOVDIR64B r32, m           | RM
    a16 66 0F 38 F8 /r     | MOVDIR64B r16, m           | RM  | nolong
    F2 0F 38 F8 /r         | ENQCMD r64, m              | RM
    a32 F2 0F 38 F8 /r     | ENQCMD r32, m              | RM  | nosize
    a16 F2 0F 38 F8 /r     | ENQCMD r16, m              | RM  | nolong
    F3 0F 38 F8 /r         | ENQCMDS r64, m             | RM
    a32 F3 0F 38 F8 /r     | ENQCMDS r32, m             | RM  | nosize
    a16 F3 0F 38 F8 /r     | ENQCMDS r16, m             | RM  | nolong
    F3 0F AE /6            | UMONITOR r64               | M
    a32 F3 0F AE /6        | UMONITOR r32               | M   | nosize
    a16 F3 0F AE /6        | UMONITOR r16               | M   | nolong
    F2 0F AE /6            | UMWAIT r32                 | M   | nosize
    66 0F AE /6            | TPAUSE r32                 | M
    F3 0F AE /4            | PTWRITE r/m32              | M   | nosize
    F3 REX.W 0F AE /4      | PTWRITE r/m64              | M
    F3 0F 1E FA            | ENDBR64                    | ZO
    F3 0F 1E FB            | ENDBR32                    | ZO
    0F 01 E8               | SERIALIZE                  | ZO
    """
}
