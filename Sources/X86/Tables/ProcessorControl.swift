extension InstructionTables {
    /// Flags, processor identification, time stamps, random numbers, fences, cache control,
    /// extended-state saves and other unprivileged instructions that are not arithmetic.
    ///
    /// Columns as in ``generalPurpose``. `a32` in the opcode column is the 67 prefix of a form whose
    /// register operand is an address (`UMONITOR r32`); `m` is memory of any size.
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
    9D                     | POPF                       | ZO  | d64
    9D                     | POPFQ                      | ZO  | d64
    o16 9D                 | POPFW                      | ZO
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
    # Fences, cache lines, prefetches
    0F AE F0               | MFENCE                     | ZO
    0F AE E8               | LFENCE                     | ZO
    0F AE F8               | SFENCE                     | ZO
    0F AE /7               | CLFLUSH m8                 | M
    66 0F AE /7            | CLFLUSHOPT m8              | M
    66 0F AE /6            | CLWB m8                    | M
    0F 18 /0               | PREFETCHNTA m8             | M
    0F 18 /1               | PREFETCHT0 m8              | M
    0F 18 /2               | PREFETCHT1 m8              | M
    0F 18 /3               | PREFETCHT2 m8              | M
    0F 0D /1               | PREFETCHW m8               | M
    # Extended state and protection keys
    # Direct stores, user wait, trace
    F3 0F 1E FA            | ENDBR64                    | ZO
    F3 0F 1E FB            | ENDBR32                    | ZO
    """
}
