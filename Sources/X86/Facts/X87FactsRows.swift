extension InstructionFacts {
    /// Rows for the x87 floating-point unit, in the format of ``InstructionFacts/rows``.
    ///
    /// x87 instructions leave rflags alone except the `FCOMI` family (which compares straight into
    /// ZF PF CF) and read them only in `FCMOVcc`. What they do to the register stack (push, pop)
    /// and to the condition codes C0–C3 of the FPU status word is in the note column. The SDM's
    /// usual C1 rule applies wherever a row says "C1 = rounding": C1 is 1 when the result was
    /// rounded up, and after a stack fault it says whether the stack overflowed (1) or underflowed (0).
    static let x87Rows = """
    # x87: loads and stores (st = st(0), the top of the register stack)
    FLD            | Load a float onto the x87 stack           | none | r | pushes; C1 = 1 on stack overflow; C0 C2 C3 undefined
    FILD           | Load an integer onto the x87 stack as a float | none | r | pushes; C1 = 1 on stack overflow; C0 C2 C3 undefined
    FBLD           | Load an 18-digit packed BCD integer onto the x87 stack | none | r | pushes; C1 = 1 on stack overflow; C0 C2 C3 undefined
    FST            | Store st to memory or another x87 register | none | w | C1 = rounding; C0 C2 C3 undefined
    FSTP           | Store st, then pop                        | none | w | pops; C1 = rounding; C0 C2 C3 undefined
    FIST           | Store st as an integer, rounded by the control word | none | w | C1 = rounding; C0 C2 C3 undefined; an out-of-range value stores the integer indefinite
    FISTP          | Store st as an integer, rounded by the control word, then pop | none | w | pops; C1 = rounding; C0 C2 C3 undefined
    FISTTP         | Store st as an integer, truncated, then pop (SSE3) | none | w | pops; C1 = 0 (rounding is toward zero whatever the control word says); C0 C2 C3 undefined
    FBSTP          | Store st as 18-digit packed BCD, then pop | none | w | pops; C1 = rounding; C0 C2 C3 undefined
    FXCH           | Exchange st with another x87 register     | none | - / rw / rw rw | without an operand exchanges st and st(1); C1 = 0 (1 on stack underflow); C0 C2 C3 undefined
    FCMOVB         | Copy st(i) to st if below (CF=1)          | reads CF | rw r | C1 = 0 (1 on stack underflow); C0 C2 C3 undefined
    FCMOVE         | Copy st(i) to st if equal (ZF=1)          | reads ZF | rw r | C1 = 0 (1 on stack underflow); C0 C2 C3 undefined
    FCMOVBE        | Copy st(i) to st if below or equal (CF=1 or ZF=1) | reads CF ZF | rw r | C1 = 0 (1 on stack underflow); C0 C2 C3 undefined
    FCMOVU         | Copy st(i) to st if unordered (PF=1)      | reads PF | rw r | C1 = 0 (1 on stack underflow); C0 C2 C3 undefined
    FCMOVNB        | Copy st(i) to st if not below (CF=0)      | reads CF | rw r | C1 = 0 (1 on stack underflow); C0 C2 C3 undefined
    FCMOVNE        | Copy st(i) to st if not equal (ZF=0)      | reads ZF | rw r | C1 = 0 (1 on stack underflow); C0 C2 C3 undefined
    FCMOVNBE       | Copy st(i) to st if above (CF=0 and ZF=0) | reads CF ZF | rw r | C1 = 0 (1 on stack underflow); C0 C2 C3 undefined
    FCMOVNU        | Copy st(i) to st if not unordered (PF=0)  | reads PF | rw r | C1 = 0 (1 on stack underflow); C0 C2 C3 undefined
    # x87: constants
    FLD1           | Push +1.0                                 | none | - | pushes; C1 = 1 on stack overflow; C0 C2 C3 undefined
    FLDZ           | Push +0.0                                 | none | - | pushes; C1 = 1 on stack overflow; C0 C2 C3 undefined
    FLDPI          | Push pi                                   | none | - | pushes; C1 = 1 on stack overflow; C0 C2 C3 undefined
    FLDL2E         | Push log2(e)                              | none | - | pushes; C1 = 1 on stack overflow; C0 C2 C3 undefined
    FLDL2T         | Push log2(10)                             | none | - | pushes; C1 = 1 on stack overflow; C0 C2 C3 undefined
    FLDLG2         | Push log10(2)                             | none | - | pushes; C1 = 1 on stack overflow; C0 C2 C3 undefined
    FLDLN2         | Push ln(2)                                | none | - | pushes; C1 = 1 on stack overflow; C0 C2 C3 undefined
    # x87: arithmetic
    FADD           | Add floats                                | none | - / r / rw r | one operand: st += memory; without operands: faddp; C1 = rounding; C0 C2 C3 undefined
    FADDP          | Add floats, then pop                      | none | - / rw / rw r | st(i) += st, then pops; C1 = rounding; C0 C2 C3 undefined
    FIADD          | Add an integer from memory to st          | none | r | C1 = rounding; C0 C2 C3 undefined
    FSUB           | Subtract floats                           | none | - / r / rw r | one operand: st -= memory; C1 = rounding; C0 C2 C3 undefined
    FSUBP          | Subtract floats, then pop                 | none | - / rw / rw r | st(i) -= st, then pops; C1 = rounding; C0 C2 C3 undefined
    FISUB          | Subtract an integer from memory from st   | none | r | C1 = rounding; C0 C2 C3 undefined
    FSUBR          | Reverse subtract floats: destination = source - destination | none | - / r / rw r | C1 = rounding; C0 C2 C3 undefined
    FSUBRP         | Reverse subtract floats, then pop         | none | - / rw / rw r | st(i) = st - st(i), then pops; C1 = rounding; C0 C2 C3 undefined
    FISUBR         | Reverse subtract: st = integer from memory - st | none | r | C1 = rounding; C0 C2 C3 undefined
    FMUL           | Multiply floats                           | none | - / r / rw r | C1 = rounding; C0 C2 C3 undefined
    FMULP          | Multiply floats, then pop                 | none | - / rw / rw r | st(i) *= st, then pops; C1 = rounding; C0 C2 C3 undefined
    FIMUL          | Multiply st by an integer from memory     | none | r | C1 = rounding; C0 C2 C3 undefined
    FDIV           | Divide floats                             | none | - / r / rw r | C1 = rounding; C0 C2 C3 undefined; division by zero gives an infinity (the zero-divide exception is masked by default)
    FDIVP          | Divide floats, then pop                   | none | - / rw / rw r | st(i) /= st, then pops; C1 = rounding; C0 C2 C3 undefined
    FIDIV          | Divide st by an integer from memory       | none | r | C1 = rounding; C0 C2 C3 undefined
    FDIVR          | Reverse divide floats: destination = source / destination | none | - / r / rw r | C1 = rounding; C0 C2 C3 undefined
    FDIVRP         | Reverse divide floats, then pop           | none | - / rw / rw r | st(i) = st / st(i), then pops; C1 = rounding; C0 C2 C3 undefined
    FIDIVR         | Reverse divide: st = integer from memory / st | none | r | C1 = rounding; C0 C2 C3 undefined
    FPREM          | Partial remainder of st / st(1), truncating (8087 fmod) | none | - | C2 = 1 when the reduction is incomplete (repeat it); else C0 C3 C1 = quotient bits 2 1 0
    FPREM1         | IEEE partial remainder of st / st(1), rounding to nearest | none | - | C2 = 1 when the reduction is incomplete (repeat it); else C0 C3 C1 = quotient bits 2 1 0
    FABS           | Absolute value of st                      | none | - | C1 = 0 (1 on stack underflow); C0 C2 C3 undefined
    FCHS           | Change the sign of st                     | none | - | C1 = 0 (1 on stack underflow); C0 C2 C3 undefined
    FRNDINT        | Round st to an integer, by the control word's rounding | none | - | C1 = rounding; C0 C2 C3 undefined
    FSCALE         | Scale st by 2 to the power of st(1), truncated to an integer | none | - | C1 = rounding; C0 C2 C3 undefined
    FSQRT          | Square root of st                         | none | - | C1 = rounding; C0 C2 C3 undefined
    FXTRACT        | Split st into exponent (left in st(1)) and significand (pushed) | none | - | pushes; C1 = 1 on stack overflow; C0 C2 C3 undefined
    # x87: comparisons
    FCOM           | Compare st with a float                   | none | - / r / r r | without an operand compares with st(1); C3 C2 C0 = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FCOMP          | Compare st with a float, then pop         | none | - / r / r r | pops; C3 C2 C0 = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FCOMPP         | Compare st with st(1), then pop twice     | none | - | pops twice; C3 C2 C0 = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FUCOM          | Compare st with st(i), unordered (quiet NaNs raise nothing) | none | - / r / r r | C3 C2 C0 = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FUCOMP         | Compare st with st(i), unordered, then pop | none | - / r / r r | pops; C3 C2 C0 = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FUCOMPP        | Compare st with st(1), unordered, then pop twice | none | - | pops twice; C3 C2 C0 = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FICOM          | Compare st with an integer from memory    | none | r | C3 C2 C0 = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FICOMP         | Compare st with an integer from memory, then pop | none | r | pops; C3 C2 C0 = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FCOMI          | Compare st with st(i) into rflags         | writes ZF PF CF; clears OF SF AF | r r / r | ZF PF CF = 000 greater, 001 less, 100 equal, 111 unordered (as after an unsigned cmp); C1 = 0
    FCOMIP FCOMPI  | Compare st with st(i) into rflags, then pop | writes ZF PF CF; clears OF SF AF | r r / r | pops; ZF PF CF = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FUCOMI         | Compare st with st(i) into rflags, unordered | writes ZF PF CF; clears OF SF AF | r r / r | only signaling NaNs raise invalid; ZF PF CF = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FUCOMIP FUCOMPI | Compare st with st(i) into rflags, unordered, then pop | writes ZF PF CF; clears OF SF AF | r r / r | pops; ZF PF CF = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FTST           | Compare st with 0.0                       | none | - | C3 C2 C0 = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0
    FXAM           | Classify the value in st                  | none | - | C1 = sign; C3 C2 C0 = 000 unsupported, 001 NaN, 010 normal, 011 infinity, 100 zero, 101 empty, 110 denormal
    # x87: transcendental
    FSIN           | Sine of st (radians)                      | none | - | C2 = 1 (st unchanged) when abs(st) >= 2^63; C1 = rounding; C0 C3 undefined
    FCOS           | Cosine of st (radians)                    | none | - | C2 = 1 (st unchanged) when abs(st) >= 2^63; C1 = rounding; C0 C3 undefined
    FSINCOS        | Sine and cosine of st: sine in st(1), cosine pushed | none | - | pushes; C2 = 1 (nothing pushed) when abs(st) >= 2^63; C1 = rounding; C0 C3 undefined
    FPTAN          | Partial tangent of st, then push 1.0      | none | - | pushes; C2 = 1 (nothing pushed) when abs(st) >= 2^63; C1 = rounding; C0 C3 undefined
    FPATAN         | Arctangent of st(1) / st into st(1), then pop | none | - | pops; C1 = rounding; C0 C2 C3 undefined
    F2XM1          | 2 to the power of st, minus 1 (st in -1..1) | none | - | C1 = rounding; C0 C2 C3 undefined
    FYL2X          | st(1) * log2(st) into st(1), then pop    | none | - | pops; C1 = rounding; C0 C2 C3 undefined
    FYL2XP1        | st(1) * log2(st + 1) into st(1), then pop | none | - | pops; C1 = rounding; C0 C2 C3 undefined
    # x87: control
    FINIT FNINIT   | Initialize the x87 FPU                    | none | - | empties the stack, control word 0x037f, clears C0-C3 and the exceptions; FINIT first waits for pending exceptions
    FCLEX FNCLEX   | Clear the x87 exception flags             | none | - | clears PE UE OE ZE DE IE, ES, SF and B; C0-C3 undefined; FCLEX first waits
    FSTSW FNSTSW   | Store the x87 status word                 | none | w | stores to memory or ax (C0-C3 are bits 8, 9, 10 and 14); FSTSW first waits
    FSTCW FNSTCW   | Store the x87 control word                | none | w | C0-C3 undefined; FSTCW first waits
    FLDCW          | Load the x87 control word                 | none | r | C0-C3 undefined; an unmasked pending exception is raised by the next x87 instruction
    FSTENV FNSTENV | Store the x87 environment (28 bytes) and mask all exceptions | none | w | C0-C3 unchanged; FSTENV first waits
    FLDENV         | Load the x87 environment (28 bytes)       | none | r | C0-C3 come from the loaded status word
    FSAVE FNSAVE   | Store the x87 state (108 bytes), then initialize the FPU | none | w | empties the stack and clears C0-C3, like finit; FSAVE first waits
    FRSTOR         | Load the x87 state (108 bytes)            | none | r | C0-C3 come from the loaded status word
    FFREE          | Mark an x87 register empty                | none | r | the stack top does not move; C0-C3 undefined
    FFREEP         | Mark an x87 register empty, then pop      | none | r | pops; undocumented by Intel; C0-C3 undefined
    FINCSTP        | Increment the x87 stack-top pointer       | none | - | nothing is marked empty; C1 = 0; C0 C2 C3 undefined
    FDECSTP        | Decrement the x87 stack-top pointer       | none | - | nothing is marked used; C1 = 0; C0 C2 C3 undefined
    FNOP           | x87 no operation                          | none | - | C0-C3 undefined
    FWAIT WAIT     | Wait for the x87 unit: raise pending unmasked x87 exceptions | none | - | also raises #NM when cr0.TS and cr0.MP are set
    FNDISI FNENI FNSETPM | 8087/80287 control instruction; a no-op on later processors | none | - | C0-C3 unchanged
    """
}
