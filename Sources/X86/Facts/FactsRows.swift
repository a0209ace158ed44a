extension InstructionFacts {
    /// One row per mnemonic (aliases share a row): what it does and what it does to rflags,
    /// from the SDM's instruction pages ("Description", "Flags Affected", "Op/En").
    ///
    /// Columns: mnemonics | one-line summary | flags (`none`, or `;`-separated clauses: `reads`,
    /// `writes` = set or cleared by the result, `sets` = always 1, `clears` = always 0, `undefined`;
    /// `reads cc` = the flags of the row's condition code) | operand access per operand count,
    /// `/`-separated (`r` read, `w` written, `rw` both, `-` no operands) | optional note.
    /// Every mnemonic of the instruction table must have a row here, in ``x87Rows`` or in
    /// ``vectorRows`` (a test checks it).
    static let rows = """
    # Data movement
    MOV            | Move                                      | none | w r
    MOVABS         | Move a 64-bit immediate, or to/from a 64-bit absolute address | none | w r
    LEA            | Load effective address                    | none | w r | computes the address only; no memory is read
    MOVZX          | Move with zero-extension                  | none | w r
    MOVSX          | Move with sign-extension                  | none | w r
    MOVSXD         | Move doubleword with sign-extension       | none | w r
    XCHG           | Exchange                                  | none | rw rw | with a memory operand the exchange is atomic, even without lock
    XADD           | Exchange and add                          | writes OF SF ZF AF CF PF | rw rw
    CMPXCHG        | Compare with the accumulator and exchange | writes OF SF ZF AF CF PF | rw r | compares rax/eax/ax/al with the destination; if equal, ZF=1 and the source is stored, else ZF=0 and the destination is loaded into the accumulator
    CMPXCHG8B      | Compare and exchange 8 bytes              | writes ZF | rw | compares edx:eax with the memory operand; if equal, stores ecx:ebx
    CMPXCHG16B     | Compare and exchange 16 bytes             | writes ZF | rw | compares rdx:rax with the memory operand (16-byte aligned); if equal, stores rcx:rbx
    PUSH           | Push onto the stack                       | none | r | rsp is decreased first, then the value is stored at [rsp]
    POP            | Pop from the stack                        | none | w | the value is loaded from [rsp], then rsp is increased
    BSWAP          | Byte swap                                 | none | rw
    MOVBE          | Move with the bytes swapped               | none | w r
    XLAT XLATB     | Table look-up translation                 | none | r / - | al = byte [rbx + al]
    CBW            | Sign-extend al into ax                    | none | -
    CWDE           | Sign-extend ax into eax                   | none | - | writing eax zeroes bits 63:32 of rax
    CDQE           | Sign-extend eax into rax                  | none | -
    CWD            | Sign-extend ax into dx:ax                 | none | - | usually placed before a 16-bit idiv
    CDQ            | Sign-extend eax into edx:eax              | none | - | usually placed before a 32-bit idiv
    CQO            | Sign-extend rax into rdx:rax              | none | - | usually placed before a 64-bit idiv
    CMOVcc         | Conditional move                          | reads cc | rw r | with a 32-bit destination, bits 63:32 are zeroed even when the condition is false
    SETcc          | Set byte to 1 if the condition holds, else to 0 | reads cc | w
    LFS LGS LSS LDS LES | Load a far pointer into a segment register and a register | none | w r
    MOVNTI         | Store with a non-temporal hint            | none | w r
    # Integer arithmetic
    ADD            | Add                                       | writes OF SF ZF AF CF PF | rw r
    ADC            | Add with carry                            | reads CF; writes OF SF ZF AF CF PF | rw r
    SUB            | Subtract                                  | writes OF SF ZF AF CF PF | rw r
    SBB            | Subtract with borrow                      | reads CF; writes OF SF ZF AF CF PF | rw r
    CMP            | Compare: subtract and keep only the flags | writes OF SF ZF AF CF PF | r r
    NEG            | Two's complement negation                 | writes OF SF ZF AF CF PF | rw | CF=0 when the operand was 0, else 1
    INC            | Increment by 1                            | writes OF SF ZF AF PF | rw | CF is not affected
    DEC            | Decrement by 1                            | writes OF SF ZF AF PF | rw | CF is not affected
    MUL            | Unsigned multiply                         | writes OF CF; undefined SF ZF AF PF | r | rdx:rax = rax * operand (edx:eax, dx:ax or ax for narrower operands); OF=CF=1 when the upper half is not zero
    IMUL           | Signed multiply                           | writes OF CF; undefined SF ZF AF PF | r / rw r / w r r | one operand: rdx:rax = rax * operand; OF=CF=1 when the result had to be truncated
    DIV            | Unsigned divide                           | undefined OF SF ZF AF CF PF | r | rax = rdx:rax / operand, rdx = remainder (narrower: edx:eax, dx:ax, ax); divide error (SIGFPE) on a zero divisor or a quotient that does not fit
    IDIV           | Signed divide                             | undefined OF SF ZF AF CF PF | r | rax = rdx:rax / operand, rdx = remainder, rounding toward zero; divide error (SIGFPE) on a zero divisor or a quotient that does not fit
    # Logic
    AND            | Logical AND                               | writes SF ZF PF; clears OF CF; undefined AF | rw r
    OR             | Logical inclusive OR                      | writes SF ZF PF; clears OF CF; undefined AF | rw r
    XOR            | Logical exclusive OR                      | writes SF ZF PF; clears OF CF; undefined AF | rw r | xor of a register with itself is the shortest way to zero it
    NOT            | One's complement negation                 | none | rw
    TEST           | Logical compare: AND and keep only the flags | writes SF ZF PF; clears OF CF; undefined AF | r r
    # Shifts and rotates
    SHL SAL        | Shift left                                | writes CF OF SF ZF PF; undefined AF | rw r / rw | a count of 0 changes no flag; OF is defined only for 1-bit shifts; the count is masked to 5 bits (6 with a 64-bit operand)
    SHR            | Shift logical right                       | writes CF OF SF ZF PF; undefined AF | rw r / rw | a count of 0 changes no flag; OF is defined only for 1-bit shifts; zeros shift in
    SAR            | Shift arithmetic right                    | writes CF OF SF ZF PF; undefined AF | rw r / rw | a count of 0 changes no flag; OF is defined only for 1-bit shifts; copies of the sign bit shift in
    ROL            | Rotate left                               | writes CF OF | rw r / rw | a count of 0 changes no flag; OF is defined only for 1-bit rotates
    ROR            | Rotate right                              | writes CF OF | rw r / rw | a count of 0 changes no flag; OF is defined only for 1-bit rotates
    RCL            | Rotate left through carry                 | reads CF; writes CF OF | rw r / rw | a count of 0 changes no flag; OF is defined only for 1-bit rotates
    RCR            | Rotate right through carry                | reads CF; writes CF OF | rw r / rw | a count of 0 changes no flag; OF is defined only for 1-bit rotates
    SHLD           | Double-precision shift left               | writes CF OF SF ZF PF; undefined AF | rw r r | a count of 0 changes no flag; OF is defined only for 1-bit shifts
    SHRD           | Double-precision shift right              | writes CF OF SF ZF PF; undefined AF | rw r r | a count of 0 changes no flag; OF is defined only for 1-bit shifts
    # Bits and bytes
    BT             | Bit test                                  | writes CF; undefined OF SF AF PF | r r | CF = the selected bit; ZF is not affected
    BTS            | Bit test and set                          | writes CF; undefined OF SF AF PF | rw r | CF = the selected bit, which is then set
    BTR            | Bit test and reset                        | writes CF; undefined OF SF AF PF | rw r | CF = the selected bit, which is then cleared
    BTC            | Bit test and complement                   | writes CF; undefined OF SF AF PF | rw r | CF = the selected bit, which is then inverted
    BSF            | Bit scan forward                          | writes ZF; undefined OF SF AF CF PF | w r | ZF=1 and the destination is left unchanged when the source is 0
    BSR            | Bit scan reverse                          | writes ZF; undefined OF SF AF CF PF | w r | ZF=1 and the destination is left unchanged when the source is 0
    LZCNT          | Count leading zero bits                   | writes ZF CF; undefined OF SF AF PF | w r | CF=1 when the source is 0; ZF=1 when the result is 0
    TZCNT          | Count trailing zero bits                  | writes ZF CF; undefined OF SF AF PF | w r | CF=1 when the source is 0; ZF=1 when the result is 0
    POPCNT         | Count the set bits                        | writes ZF; clears OF SF AF CF PF | w r
    ANDN           | Logical AND NOT (BMI1)                    | writes SF ZF; clears OF CF; undefined AF PF | w r r | destination = NOT first source AND second source
    BEXTR          | Bit field extract (BMI1)                  | writes ZF; clears OF CF; undefined AF SF PF | w r r | the third operand gives the start (bits 7:0) and the length (bits 15:8)
    BLSI           | Extract the lowest set bit (BMI1)         | writes SF ZF CF; clears OF; undefined AF PF | w r | CF=1 when the source is not 0
    BLSMSK         | Mask up to the lowest set bit (BMI1)      | writes SF CF; clears ZF OF; undefined AF PF | w r | CF=1 when the source is 0
    BLSR           | Reset the lowest set bit (BMI1)           | writes SF ZF CF; clears OF; undefined AF PF | w r | CF=1 when the source is 0
    BZHI           | Zero the high bits from an index (BMI2)   | writes SF ZF CF; clears OF; undefined AF PF | w r r | CF=1 when the index is not below the operand size
    MULX           | Unsigned multiply without affecting flags (BMI2) | none | w w r | multiplies rdx (edx) by the source; high half to the first operand, low half to the second
    PDEP           | Parallel bits deposit (BMI2)              | none | w r r
    PEXT           | Parallel bits extract (BMI2)              | none | w r r
    RORX           | Rotate right without affecting flags (BMI2) | none | w r r
    SARX           | Shift arithmetic right without affecting flags (BMI2) | none | w r r
    SHLX           | Shift left without affecting flags (BMI2) | none | w r r
    SHRX           | Shift logical right without affecting flags (BMI2) | none | w r r
    ADCX           | Unsigned add with carry, touching only CF (ADX) | reads CF; writes CF | rw r
    ADOX           | Unsigned add with overflow, touching only OF (ADX) | reads OF; writes OF | rw r | uses OF as its carry, so two add chains can run interleaved
    CRC32          | Accumulate a CRC-32C checksum             | none | rw r
    # Control transfer
    JMP            | Jump                                      | none | r
    LJMP           | Far jump: load the code segment and jump  | none | r / r r
    LCALL          | Far call: push the return address and code segment, then jump | none | r / r r
    Jcc            | Jump if the condition holds               | reads cc | r
    CALL           | Call a procedure: push the return address and jump | none | r
    RET RETQ       | Return: pop the return address and jump to it | none | - / r | ret imm16 also releases imm16 bytes of arguments from the stack
    RETF RETFW RETFD RETFQ LRET LRETW LRETL LRETQ | Far return: pop the return address and the code segment | none | - / r
    IRET IRETW IRETD IRETQ | Return from an interrupt                | writes OF DF IF TF SF ZF AF PF CF AC ID | -
    LOOP           | Decrement rcx; jump if rcx is not 0       | none | r | the decrement does not affect the flags
    LOOPE LOOPZ    | Decrement rcx; jump if rcx is not 0 and ZF=1 | reads ZF | r | the decrement does not affect the flags
    LOOPNE LOOPNZ  | Decrement rcx; jump if rcx is not 0 and ZF=0 | reads ZF | r | the decrement does not affect the flags
    JRCXZ          | Jump if rcx is 0                          | none | r
    JECXZ          | Jump if ecx is 0                          | none | r
    JCXZ           | Jump if cx is 0 (16- and 32-bit code)     | none | r
    ENTER          | Make a stack frame for a procedure        | none | r r
    LEAVE LEAVEW   | Release a stack frame: mov rsp, rbp; pop rbp | none | -
    INT            | Software interrupt                        | none | r
    INT3           | Breakpoint trap                           | none | - | raises SIGTRAP in a user process
    INT1 ICEBP     | Debug trap                                | none | -
    INTO           | Interrupt on overflow                     | reads OF | - | not valid in 64-bit mode
    UD0 UD1 UD2 UD2B | Undefined instruction: always raises an invalid-opcode fault | none | - / r r | raises SIGILL in a user process
    HLT            | Halt                                      | none | - | privileged: faults in a user process
    SYSCALL        | Fast system call                          | none | - | rax = call number, arguments in rdi rsi rdx r10 r8 r9; the result comes back in rax; rcx and r11 are overwritten
    SYSRET SYSRETQ | Return from a fast system call            | writes OF DF IF TF SF ZF AF PF CF AC ID | - | privileged
    SYSENTER       | Fast system call (legacy)                 | clears IF | -
    SYSEXIT SYSEXITQ | Return from a legacy fast system call     | none | - | privileged
    NOP            | No operation                              | none | - / r | the operand of a multi-byte nop is never accessed
    PAUSE          | Spin-wait loop hint                       | none | -
    ENDBR64 ENDBR32 | End of an indirect branch (CET)          | none | -
    # Flags
    CLC            | Clear the carry flag                      | clears CF | -
    STC            | Set the carry flag                        | sets CF | -
    CMC            | Complement the carry flag                 | reads CF; writes CF | -
    CLD            | Clear the direction flag: strings go up   | clears DF | -
    STD            | Set the direction flag: strings go down   | sets DF | -
    CLI            | Clear the interrupt flag                  | clears IF | - | privileged: faults in a user process
    STI            | Set the interrupt flag                    | sets IF | - | privileged: faults in a user process
    LAHF           | Load the status flags into ah             | reads SF ZF AF PF CF | -
    SAHF           | Store ah into the status flags            | writes SF ZF AF PF CF | -
    PUSHF PUSHFQ PUSHFW PUSHFD | Push rflags                   | reads OF DF IF TF SF ZF AF PF CF AC ID | -
    POPF POPFQ POPFW POPFD | Pop rflags                        | writes OF DF TF SF ZF AF PF CF AC ID | - | IF and IOPL cannot be changed from user mode
    # Strings (rep/repe/repne repeat them rcx times)
    MOVS MOVSB MOVSW MOVSQ | Move string: [rdi] = [rsi], then advance rsi and rdi | reads DF | - / w r
    # MOVSD and CMPSD name a string instruction and, with xmm operands, an SSE2 one
    MOVSD          | Move a string doubleword, or (xmm) a scalar double | reads DF | - / w r | with xmm operands: SSE2 movsd, which reads no flag; between registers only the low double changes, a load zeroes the upper one
    CMPS CMPSB CMPSW CMPSQ | Compare strings [rsi] and [rdi], then advance rsi and rdi | reads DF; writes OF SF ZF AF CF PF | - / r r
    CMPSD          | Compare string doublewords, or (xmm) scalar doubles by imm8 | reads DF; writes OF SF ZF AF CF PF | - / r r / rw r r | with xmm operands: SSE2 cmpsd, which leaves rflags alone and sets the low double to all ones where the predicate holds; MXCSR: invalid, denormal
    SCAS SCASB SCASW SCASD SCASQ | Scan string: compare the accumulator with [rdi], then advance rdi | reads DF; writes OF SF ZF AF CF PF | - / r
    LODS LODSB LODSW LODSD LODSQ | Load string: accumulator = [rsi], then advance rsi | reads DF | - / r
    STOS STOSB STOSW STOSD STOSQ | Store string: [rdi] = accumulator, then advance rdi | reads DF | - / w
    INS INSB INSW INSD | Input string from a port                | reads DF | - / w r | privileged unless I/O permission is granted
    OUTS OUTSB OUTSW OUTSD | Output string to a port             | reads DF | - / r r | privileged unless I/O permission is granted
    IN             | Input from a port                         | none | w r | privileged unless I/O permission is granted
    OUT            | Output to a port                          | none | r r | privileged unless I/O permission is granted
    # Processor information and hints
    CPUID          | CPU identification                        | none | - | reads eax (and ecx); writes eax ebx ecx edx
    RDTSC          | Read the time-stamp counter into edx:eax  | none | -
    RDTSCP         | Read the time-stamp counter and processor id | none | - | edx:eax = counter, ecx = processor id
    RDPID          | Read the processor id                     | none | w
    RDRAND         | Read a hardware random number             | writes CF; clears OF SF ZF AF PF | w | CF=1 when a random value was delivered
    RDSEED         | Read a hardware random seed               | writes CF; clears OF SF ZF AF PF | w | CF=1 when a random value was delivered
    RDPMC          | Read a performance-monitoring counter     | none | -
    RDFSBASE RDGSBASE | Read the fs or gs segment base         | none | w
    WRFSBASE WRGSBASE | Write the fs or gs segment base        | none | r
    LFENCE         | Load fence                                | none | -
    SFENCE         | Store fence                               | none | -
    MFENCE         | Memory fence                              | none | -
    CLFLUSH CLFLUSHOPT CLWB | Flush a cache line               | none | r
    PREFETCH PREFETCHT0 PREFETCHT1 PREFETCHT2 PREFETCHNTA PREFETCHW PREFETCHWT1 | Prefetch a cache line | none | r
    XBEGIN         | Begin a transaction (RTM)                 | none | r
    XEND           | End a transaction (RTM)                   | none | -
    XABORT         | Abort a transaction (RTM)                 | none | r
    XTEST          | Test whether a transaction is executing   | writes ZF; clears OF SF AF CF PF | -
    # Processor state, caches and waiting
    FXSAVE FXSAVE64 | Save the x87, MMX and SSE state to memory | none | w
    FXRSTOR FXRSTOR64 | Restore the x87, MMX and SSE state from memory | none | r
    XSAVE XSAVE64 XSAVEC XSAVEC64 XSAVEOPT XSAVEOPT64 XSAVES XSAVES64 | Save extended processor state to memory | none | w | edx:eax selects the state components
    XRSTOR XRSTOR64 XRSTORS XRSTORS64 | Restore extended processor state from memory | none | r | edx:eax selects the state components
    XGETBV         | Read an extended control register into edx:eax | none | - | ecx selects the register
    XSETBV         | Write edx:eax to an extended control register | none | - | privileged: faults in a user process
    RDPKRU         | Read the protection-key rights register into eax | none | - | ecx must be 0; edx is zeroed
    WRPKRU         | Write eax to the protection-key rights register | none | - | ecx and edx must be 0
    CLDEMOTE       | Hint: move a cache line away from this core | none | r
    CLZERO         | Zero a cache line (AMD)                   | none | - / r | the address is in rax
    MOVDIRI        | Store a doubleword or quadword as a direct store | none | w r
    MOVDIR64B      | Store 64 bytes as one direct store        | none | r r
    ENQCMD ENQCMDS | Enqueue a 64-byte command to a device     | writes ZF; clears OF SF AF CF PF | r r | ZF=1 when the device asked to retry
    PTWRITE        | Write a value into the processor trace    | none | r
    SERIALIZE      | Wait until every earlier instruction has completed | none | -
    HRESET         | Reset the processor's prediction history  | none | r
    UMONITOR       | Arm a user-level monitor on an address    | none | r
    UMWAIT         | Wait for a store to the monitored address, or a deadline | writes CF; clears OF SF ZF AF PF | r | edx:eax is the deadline; CF=1 when the OS time limit ended the wait
    TPAUSE         | Pause until a deadline                    | writes CF; clears OF SF ZF AF PF | r | edx:eax is the deadline; CF=1 when the OS time limit ended the wait
    MONITOR MONITORX | Arm a monitor on an address (privileged unless enabled) | none | - / r r r
    MWAIT MWAITX   | Wait for a store to the monitored address (privileged unless enabled) | none | - / r r / r r r
    # Shadow stacks (CET)
    INCSSPD INCSSPQ | Pop shadow-stack entries                 | none | r
    RDSSPD RDSSPQ  | Read the shadow-stack pointer             | none | w
    SAVEPREVSSP    | Save the previous shadow-stack pointer    | none | -
    RSTORSSP       | Switch to another shadow stack            | writes CF; clears OF SF ZF AF PF | r
    WRSSD WRSSQ    | Write to the shadow stack                 | none | w r
    WRUSSD WRUSSQ  | Write to a user shadow stack (privileged) | none | w r
    SETSSBSY       | Mark the shadow-stack token busy (privileged) | none | -
    CLRSSBSY       | Clear the busy flag of a shadow-stack token (privileged) | writes CF; clears OF SF ZF AF PF | r
    # User interrupts
    CLUI           | Clear the user-interrupt flag             | none | -
    STUI           | Set the user-interrupt flag               | none | -
    TESTUI         | Copy the user-interrupt flag into CF      | writes CF; clears OF SF ZF AF PF | -
    UIRET          | Return from a user-interrupt handler      | writes OF DF TF SF ZF AF CF PF AC ID | -
    SENDUIPI       | Send a user interprocessor interrupt      | none | r
    # System (privileged: each faults in a user process, as in Jitter's sandbox)
    LGDT LIDT LLDT LTR LMSW | Load a system register (GDTR, IDTR, LDTR, TR, MSW) | none | r | privileged
    SGDT SIDT SLDT STR SMSW | Store a system register (GDTR, IDTR, LDTR, TR, MSW) | none | w | faults in user mode when UMIP is on
    LAR            | Load the access rights of a segment selector | writes ZF | w r | ZF=1 when the selector was valid
    LSL            | Load the limit of a segment selector      | writes ZF | w r | ZF=1 when the selector was valid
    VERR VERW      | Check that a segment can be read or written | writes ZF | r | ZF=1 when it can
    CLAC           | Clear the alignment-check flag            | clears AC | - | privileged
    STAC           | Set the alignment-check flag              | sets AC | - | privileged
    CLTS           | Clear the task-switched flag in cr0       | none | - | privileged
    INVD WBINVD WBNOINVD | Write back and/or invalidate the caches | none | - | privileged
    INVLPG         | Invalidate the TLB entry of a page        | none | r | privileged
    INVLPGA        | Invalidate the TLB entry of a page in an address space (AMD) | none | - / r r | privileged
    INVPCID        | Invalidate TLB entries by process-context id | none | r r | privileged
    RDMSR          | Read a model-specific register into edx:eax | none | - | privileged; ecx selects the register
    WRMSR          | Write edx:eax to a model-specific register | none | - | privileged; ecx selects the register
    SWAPGS         | Swap the gs base with the kernel's        | none | - | privileged
    RSM            | Resume from system management mode        | writes OF DF IF TF SF ZF AF CF PF AC ID | -
    CLGI           | Clear the global interrupt flag (AMD SVM) | none | - | privileged
    STGI           | Set the global interrupt flag (AMD SVM)   | none | - | privileged
    SKINIT         | Secure init and jump (AMD)                | none | - / r | privileged
    INVEPT INVVPID | Invalidate EPT or VPID translations (VMX) | writes CF ZF; clears OF SF AF PF | r r | privileged; CF=1 or ZF=1 report a failure
    VMCALL VMCLEAR VMFUNC VMLAUNCH VMPTRLD VMPTRST VMREAD VMRESUME VMWRITE VMXOFF VMXON | Virtual-machine extensions (VMX) | writes CF ZF; clears OF SF AF PF | - / r / r r | privileged; CF=1 or ZF=1 report a failure
    VMLOAD VMMCALL VMRUN VMSAVE | Secure virtual machine (AMD SVM)  | none | - / r | privileged
    TLBSYNC        | Wait for broadcast TLB invalidations (AMD) | none | - | privileged
    PSMASH RMPADJUST RMPUPDATE PVALIDATE | Manage the reverse map of encrypted pages (AMD SEV-SNP) | writes OF SF ZF AF CF PF | - | privileged; the status comes back in rax
    ENCLS ENCLU ENCLV | Software Guard Extensions: run the leaf function in eax | writes OF SF ZF AF CF PF | - | the leaf function decides what each flag reports
    GETSEC         | Safer-mode extensions: run the leaf function in eax | none | - | privileged
    PCONFIG        | Configure platform features: run the leaf function in eax | writes ZF; clears OF SF AF CF PF | - | privileged
    SEAMCALL SEAMOPS SEAMRET TDCALL | Trust domain extensions (TDX) calls | writes OF SF ZF AF CF PF | - | privileged; the status comes back in rax
    XRESLDTRK XSUSLDTRK | Resume or suspend load-address tracking (TSX) | none | -
    # Key Locker
    ENCODEKEY128 ENCODEKEY256 | Wrap an AES key into a Key Locker handle | clears OF SF ZF AF CF PF | w r
    AESENCWIDE128KL AESENCWIDE256KL AESDECWIDE128KL AESDECWIDE256KL | AES-encrypt or -decrypt xmm0-xmm7 with a Key Locker handle | writes ZF; clears OF SF AF CF PF | r | ZF=1 when the handle was not valid
    # VIA PadLock (with rep)
    XSTORE XSTORERNG | Store random bytes (VIA PadLock)      | none | -
    XCRYPTECB XCRYPTCBC XCRYPTCTR XCRYPTCFB XCRYPTOFB | Encrypt or decrypt with AES (VIA PadLock) | none | -
    XSHA1 XSHA256  | Hash with SHA-1 or SHA-256 (VIA PadLock)  | none | -
    MONTMUL        | Montgomery multiplication (VIA PadLock)   | none | -
    # A prefix written alone on its line is that byte by itself
    LOCK           | Prefix byte F0 on its own                 | none | -
    REP REPE REPZ  | Prefix byte F3 on its own                 | none | -
    REPNE REPNZ    | Prefix byte F2 on its own                 | none | -
    XACQUIRE       | Prefix byte F2 on its own                 | none | -
    XRELEASE       | Prefix byte F3 on its own                 | none | -
    BND            | Prefix byte F2 on its own                 | none | -
    NOTRACK DS     | Prefix byte 3E on its own                 | none | -
    DATA16         | Prefix byte 66 on its own                 | none | -
    ADDR32         | Prefix byte 67 on its own                 | none | -
    REX            | Prefix byte 40 (an empty REX) on its own  | none | -
    REX64          | Prefix byte 48 (REX.W) on its own         | none | -
    CS             | Prefix byte 2E on its own                 | none | -
    ES             | Prefix byte 26 on its own                 | none | -
    SS             | Prefix byte 36 on its own                 | none | -
    FS             | Prefix byte 64 on its own                 | none | -
    GS             | Prefix byte 65 on its own                 | none | -
    # Legacy forms, invalid in 64-bit mode (kept so errors can name them)
    AAA            | ASCII adjust after addition               | writes AF CF; undefined OF SF ZF PF | - | not valid in 64-bit mode
    AAS            | ASCII adjust after subtraction            | writes AF CF; undefined OF SF ZF PF | - | not valid in 64-bit mode
    AAM            | ASCII adjust after multiplication         | writes SF ZF PF; undefined OF AF CF | - / r | not valid in 64-bit mode
    AAD            | ASCII adjust before division              | writes SF ZF PF; undefined OF AF CF | - / r | not valid in 64-bit mode
    DAA            | Decimal adjust after addition             | writes SF ZF AF CF PF; undefined OF | - | not valid in 64-bit mode
    DAS            | Decimal adjust after subtraction          | writes SF ZF AF CF PF; undefined OF | - | not valid in 64-bit mode
    PUSHA PUSHAD PUSHAW | Push all general-purpose registers   | none | - | not valid in 64-bit mode
    POPA POPAD POPAW | Pop all general-purpose registers       | none | - | not valid in 64-bit mode
    BOUND          | Check an array index against bounds       | none | r r | not valid in 64-bit mode
    ARPL           | Adjust the RPL field of a selector        | writes ZF | rw r | not valid in 64-bit mode
    SALC           | Set al from the carry flag                | reads CF | - | undocumented; not valid in 64-bit mode
    """
}
