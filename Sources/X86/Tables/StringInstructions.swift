extension InstructionTables {
    /// String instructions and XLAT, with their operands left out (`movsb`) or written out
    /// (`movs byte ptr [rdi], byte ptr [rsi]`).
    ///
    /// Columns as in ``generalPurpose``. `m8[rsi]` is a byte at `[rsi]` (or `[esi]`, with 67): the
    /// address is fixed by the opcode, so a written operand only gives the size, a segment override
    /// for the `[rsi]`/`[rbx]` side (`[rdi]` is always ES) and the address size.
    static let stringInstructions = """
    # MOVS: [rsi] to [rdi]
    A4           | MOVS m8[rdi], m8[rsi]            | --  | rep repne
    o16 A5       | MOVS m16[rdi], m16[rsi]          | --  | rep repne
    o32 A5       | MOVS m32[rdi], m32[rsi]          | --  | rep repne
    REX.W A5     | MOVS m64[rdi], m64[rsi]          | --  | rep repne
    A4           | MOVSB                            | ZO  | rep repne
    A4           | MOVSB m8[rdi], m8[rsi]           | --  | rep repne
    o16 A5       | MOVSW                            | ZO  | rep repne
    o16 A5       | MOVSW m16[rdi], m16[rsi]         | --  | rep repne
    o32 A5       | MOVSD                            | ZO  | rep repne
    o32 A5       | MOVSD m32[rdi], m32[rsi]         | --  | rep repne
    REX.W A5     | MOVSQ                            | ZO  | rep repne
    REX.W A5     | MOVSQ m64[rdi], m64[rsi]         | --  | rep repne
    # CMPS: [rsi] with [rdi]
    A6           | CMPS m8[rsi], m8[rdi]            | --  | rep repne
    o16 A7       | CMPS m16[rsi], m16[rdi]          | --  | rep repne
    o32 A7       | CMPS m32[rsi], m32[rdi]          | --  | rep repne
    REX.W A7     | CMPS m64[rsi], m64[rdi]          | --  | rep repne
    A6           | CMPSB                            | ZO  | rep repne
    A6           | CMPSB m8[rsi], m8[rdi]           | --  | rep repne
    o16 A7       | CMPSW                            | ZO  | rep repne
    o16 A7       | CMPSW m16[rsi], m16[rdi]         | --  | rep repne
    o32 A7       | CMPSD                            | ZO  | rep repne
    o32 A7       | CMPSD m32[rsi], m32[rdi]         | --  | rep repne
    REX.W A7     | CMPSQ                            | ZO  | rep repne
    REX.W A7     | CMPSQ m64[rsi], m64[rdi]         | --  | rep repne
    # LODS
    AC           | LODS AL, m8[rsi]                 | --  | rep repne
    AC           | LODS m8[rsi]                     | -   | rep repne
    o16 AD       | LODS AX, m16[rsi]                | --  | rep repne
    o16 AD       | LODS m16[rsi]                    | -   | rep repne
    o32 AD       | LODS EAX, m32[rsi]               | --  | rep repne
    o32 AD       | LODS m32[rsi]                    | -   | rep repne
    REX.W AD     | LODS RAX, m64[rsi]               | --  | rep repne
    REX.W AD     | LODS m64[rsi]                    | -   | rep repne
    AC           | LODSB                            | ZO  | rep repne
    AC           | LODSB AL, m8[rsi]                | --  | rep repne
    AC           | LODSB m8[rsi]                    | -   | rep repne
    o16 AD       | LODSW                            | ZO  | rep repne
    o16 AD       | LODSW AX, m16[rsi]               | --  | rep repne
    o16 AD       | LODSW m16[rsi]                   | -   | rep repne
    o32 AD       | LODSD                            | ZO  | rep repne
    o32 AD       | LODSD EAX, m32[rsi]              | --  | rep repne
    o32 AD       | LODSD m32[rsi]                   | -   | rep repne
    REX.W AD     | LODSQ                            | ZO  | rep repne
    REX.W AD     | LODSQ RAX, m64[rsi]              | --  | rep repne
    REX.W AD     | LODSQ m64[rsi]                   | -   | rep repne
    # STOS
    AA           | STOS m8[rdi], AL                 | --  | rep repne
    AA           | STOS m8[rdi]                     | -   | rep repne
    o16 AB       | STOS m16[rdi], AX                | --  | rep repne
    o16 AB       | STOS m16[rdi]                    | -   | rep repne
    o32 AB       | STOS m32[rdi], EAX               | --  | rep repne
    o32 AB       | STOS m32[rdi]                    | -   | rep repne
    REX.W AB     | STOS m64[rdi], RAX               | --  | rep repne
    REX.W AB     | STOS m64[rdi]                    | -   | rep repne
    AA           | STOSB                            | ZO  | rep repne
    AA           | STOSB m8[rdi], AL                | --  | rep repne
    AA           | STOSB m8[rdi]                    | -   | rep repne
    o16 AB       | STOSW                            | ZO  | rep repne
    o16 AB       | STOSW m16[rdi], AX               | --  | rep repne
    o16 AB       | STOSW m16[rdi]                   | -   | rep repne
    o32 AB       | STOSD                            | ZO  | rep repne
    o32 AB       | STOSD m32[rdi], EAX              | --  | rep repne
    o32 AB       | STOSD m32[rdi]                   | -   | rep repne
    REX.W AB     | STOSQ                            | ZO  | rep repne
    REX.W AB     | STOSQ m64[rdi], RAX              | --  | rep repne
    REX.W AB     | STOSQ m64[rdi]                   | -   | rep repne
    # SCAS
    AE           | SCAS AL, m8[rdi]                 | --  | rep repne
    AE           | SCAS m8[rdi]                     | -   | rep repne
    o16 AF       | SCAS AX, m16[rdi]                | --  | rep repne
    o16 AF       | SCAS m16[rdi]                    | -   | rep repne
    o32 AF       | SCAS EAX, m32[rdi]               | --  | rep repne
    o32 AF       | SCAS m32[rdi]                    | -   | rep repne
    REX.W AF     | SCAS RAX, m64[rdi]               | --  | rep repne
    REX.W AF     | SCAS m64[rdi]                    | -   | rep repne
    AE           | SCASB                            | ZO  | rep repne
    AE           | SCASB AL, m8[rdi]                | --  | rep repne
    AE           | SCASB m8[rdi]                    | -   | rep repne
    o16 AF       | SCASW                            | ZO  | rep repne
    o16 AF       | SCASW AX, m16[rdi]               | --  | rep repne
    o16 AF       | SCASW m16[rdi]                   | -   | rep repne
    o32 AF       | SCASD                            | ZO  | rep repne
    o32 AF       | SCASD EAX, m32[rdi]              | --  | rep repne
    o32 AF       | SCASD m32[rdi]                   | -   | rep repne
    REX.W AF     | SCASQ                            | ZO  | rep repne
    REX.W AF     | SCASQ RAX, m64[rdi]              | --  | rep repne
    REX.W AF     | SCASQ m64[rdi]                   | -   | rep repne
    # INS OUTS: port DX, no 64-bit form
    6C           | INS m8[rdi], DX                  | --  | rep repne
    o16 6D       | INS m16[rdi], DX                 | --  | rep repne
    o32 6D       | INS m32[rdi], DX                 | --  | rep repne
    6C           | INSB                             | ZO  | rep repne
    6C           | INSB m8[rdi], DX                 | --  | rep repne
    o16 6D       | INSW                             | ZO  | rep repne
    o16 6D       | INSW m16[rdi], DX                | --  | rep repne
    o32 6D       | INSD                             | ZO  | rep repne
    o32 6D       | INSD m32[rdi], DX                | --  | rep repne
    6E           | OUTS DX, m8[rsi]                 | --  | rep repne
    o16 6F       | OUTS DX, m16[rsi]                | --  | rep repne
    o32 6F       | OUTS DX, m32[rsi]                | --  | rep repne
    6E           | OUTSB                            | ZO  | rep repne
    6E           | OUTSB DX, m8[rsi]                | --  | rep repne
    o16 6F       | OUTSW                            | ZO  | rep repne
    o16 6F       | OUTSW DX, m16[rsi]               | --  | rep repne
    o32 6F       | OUTSD                            | ZO  | rep repne
    o32 6F       | OUTSD DX, m32[rsi]               | --  | rep repne
    # XLAT: al = [rbx + al]
    D7           | XLAT m8[rbx]                     | -
    D7           | XLATB                            | ZO
    D7           | XLATB m8[rbx]                    | -
    """
}
