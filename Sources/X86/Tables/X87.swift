extension InstructionTables {
    static let x87 = """
    D9 F0    | F2XM1 | ZO
    D9 E1    | FABS | ZO
    DE C1    | FADD | ZO
    D8 /0    | FADD m32fp | M
    DC /0    | FADD m64fp | M
    D8 C0+i  | FADD ST(0), ST(i) | -O
    D8 C0+i  | FADD ST(i) | O
    DC C0+i  | FADD ST(i), ST(0) | O-
    DE C1    | FADDP | ZO
    DE C0+i  | FADDP ST(0), ST(i) | -O
    DE C0+i  | FADDP ST(i) | O
    DE C0+i  | FADDP ST(i), ST(0) | O-
    DF /4    | FBLD m80bcd | M
    DF /6    | FBSTP m80bcd | M
    D9 E0    | FCHS | ZO
    9B DB E2 | FCLEX | ZO
    DA C0+i  | FCMOVB ST(0), ST(i) | -O
    DA D0+i  | FCMOVBE ST(0), ST(i) | -O
    DA C8+i  | FCMOVE ST(0), ST(i) | -O
    DB C0+i  | FCMOVNB ST(0), ST(i) | -O
    DB D0+i  | FCMOVNBE ST(0), ST(i) | -O
    DB C8+i  | FCMOVNE ST(0), ST(i) | -O
    DB D8+i  | FCMOVNU ST(0), ST(i) | -O
    DA D8+i  | FCMOVU ST(0), ST(i) | -O
    D8 D1    | FCOM | ZO
    D8 /2    | FCOM m32fp | M
    DC /2    | FCOM m64fp | M
    D8 D0+i  | FCOM ST(i) | O
    DB F1    | FCOMI | ZO
    DB F0+i  | FCOMI ST(0), ST(i) | -O
    DB F0+i  | FCOMI ST(i) | O
    DF F1    | FCOMIP | ZO
    DF F0+i  | FCOMIP ST(0), ST(i) | -O
    DF F0+i  | FCOMIP ST(i) | O
    D8 D9    | FCOMP | ZO
    D8 /3    | FCOMP m32fp | M
    DC /3    | FCOMP m64fp | M
    D8 D8+i  | FCOMP ST(i) | O
    DF F1    | FCOMPI | ZO
    DF F0+i  | FCOMPI ST(0), ST(i) | -O
    DF F0+i  | FCOMPI ST(i) | O
    DE D9    | FCOMPP | ZO
    D9 FF    | FCOS | ZO
    D9 F6    | FDECSTP | ZO
    DE F9    | FDIV | ZO
    D8 /6    | FDIV m32fp | M
    DC /6    | FDIV m64fp | M
    D8 F0+i  | FDIV ST(0), ST(i) | -O
    D8 F0+i  | FDIV ST(i) | O
    DC F8+i  | FDIV ST(i), ST(0) | O-
    DE F9    | FDIVP | ZO
    DE F8+i  | FDIVP ST(0), ST(i) | -O
    DE F8+i  | FDIVP ST(i) | O
    DE F8+i  | FDIVP ST(i), ST(0) | O-
    DE F1    | FDIVR | ZO
    D8 /7    | FDIVR m32fp | M
    DC /7    | FDIVR m64fp | M
    D8 F8+i  | FDIVR ST(0), ST(i) | -O
    D8 F8+i  | FDIVR ST(i) | O
    DC F0+i  | FDIVR ST(i), ST(0) | O-
    DE F1    | FDIVRP | ZO
    DE F0+i  | FDIVRP ST(0), ST(i) | -O
    DE F0+i  | FDIVRP ST(i) | O
    DE F0+i  | FDIVRP ST(i), ST(0) | O-
    DD C0+i  | FFREE ST(i) | O
    DF C0+i  | FFREEP ST(i) | O
    DA /0    | FIADD m32int | M
    DE /0    | FIADD m16int | M
    DA /2    | FICOM m32int | M
    DE /2    | FICOM m16int | M
    DA /3    | FICOMP m32int | M
    DE /3    | FICOMP m16int | M
    DA /6    | FIDIV m32int | M
    DE /6    | FIDIV m16int | M
    DA /7    | FIDIVR m32int | M
    DE /7    | FIDIVR m16int | M
    DB /0    | FILD m32int | M
    DF /5    | FILD m64int | M
    DF /0    | FILD m16int | M
    DA /1    | FIMUL m32int | M
    DE /1    | FIMUL m16int | M
    D9 F7    | FINCSTP | ZO
    9B DB E3 | FINIT | ZO
    DB /2    | FIST m32int | M
    DF /2    | FIST m16int | M
    DB /3    | FISTP m32int | M
    DF /7    | FISTP m64int | M
    DF /3    | FISTP m16int | M
    DB /1    | FISTTP m32int | M
    DD /1    | FISTTP m64int | M
    DF /1    | FISTTP m16int | M
    DA /4    | FISUB m32int | M
    DE /4    | FISUB m16int | M
    DA /5    | FISUBR m32int | M
    DE /5    | FISUBR m16int | M
    D9 /0    | FLD m32fp | M
    DD /0    | FLD m64fp | M
    DB /5    | FLD m80fp | M
    D9 C0+i  | FLD ST(i) | O
    D9 E8    | FLD1 | ZO
    D9 /5    | FLDCW m2byte | M
    D9 /4    | FLDENV m14/28byte | M
    D9 EA    | FLDL2E | ZO
    D9 E9    | FLDL2T | ZO
    D9 EC    | FLDLG2 | ZO
    D9 ED    | FLDLN2 | ZO
    D9 EB    | FLDPI | ZO
    D9 EE    | FLDZ | ZO
    DE C9    | FMUL | ZO
    D8 /1    | FMUL m32fp | M
    DC /1    | FMUL m64fp | M
    D8 C8+i  | FMUL ST(0), ST(i) | -O
    D8 C8+i  | FMUL ST(i) | O
    DC C8+i  | FMUL ST(i), ST(0) | O-
    DE C9    | FMULP | ZO
    DE C8+i  | FMULP ST(0), ST(i) | -O
    DE C8+i  | FMULP ST(i) | O
    DE C8+i  | FMULP ST(i), ST(0) | O-
    DB E2    | FNCLEX | ZO
    DB E3    | FNINIT | ZO
    D9 D0    | FNOP | ZO
    DD /6    | FNSAVE m94/108byte | M
    D9 /7    | FNSTCW m2byte | M
    D9 /6    | FNSTENV m14/28byte | M
    DF E0    | FNSTSW | ZO
    DF E0    | FNSTSW AX | -
    DD /7    | FNSTSW m2byte | M
    D9 F3    | FPATAN | ZO
    D9 F8    | FPREM | ZO
    D9 F5    | FPREM1 | ZO
    D9 F2    | FPTAN | ZO
    D9 FC    | FRNDINT | ZO
    DD /4    | FRSTOR m94/108byte | M
    9B DD /6 | FSAVE m94/108byte | M
    D9 FD    | FSCALE | ZO
    D9 FE    | FSIN | ZO
    D9 FB    | FSINCOS | ZO
    D9 FA    | FSQRT | ZO
    D9 /2    | FST m32fp | M
    DD /2    | FST m64fp | M
    DD D0+i  | FST ST(i) | O
    9B D9 /7 | FSTCW m2byte | M
    9B D9 /6 | FSTENV m14/28byte | M
    D9 /3    | FSTP m32fp | M
    DD /3    | FSTP m64fp | M
    DB /7    | FSTP m80fp | M
    DD D8+i  | FSTP ST(i) | O
    9B DF E0 | FSTSW | ZO
    9B DF E0 | FSTSW AX | -
    9B DD /7 | FSTSW m2byte | M
    DE E9    | FSUB | ZO
    D8 /4    | FSUB m32fp | M
    DC /4    | FSUB m64fp | M
    D8 E0+i  | FSUB ST(0), ST(i) | -O
    D8 E0+i  | FSUB ST(i) | O
    DC E8+i  | FSUB ST(i), ST(0) | O-
    DE E9    | FSUBP | ZO
    DE E8+i  | FSUBP ST(0), ST(i) | -O
    DE E8+i  | FSUBP ST(i) | O
    DE E8+i  | FSUBP ST(i), ST(0) | O-
    DE E1    | FSUBR | ZO
    D8 /5    | FSUBR m32fp | M
    DC /5    | FSUBR m64fp | M
    D8 E8+i  | FSUBR ST(0), ST(i) | -O
    D8 E8+i  | FSUBR ST(i) | O
    DC E0+i  | FSUBR ST(i), ST(0) | O-
    DE E1    | FSUBRP | ZO
    DE E0+i  | FSUBRP ST(0), ST(i) | -O
    DE E0+i  | FSUBRP ST(i) | O
    DE E0+i  | FSUBRP ST(i), ST(0) | O-
    D9 E4    | FTST | ZO
    DD E1    | FUCOM | ZO
    DD E0+i  | FUCOM ST(i) | O
    DB E9    | FUCOMI | ZO
    DB E8+i  | FUCOMI ST(0), ST(i) | -O
    DB E8+i  | FUCOMI ST(i) | O
    DF E9    | FUCOMIP | ZO
    DF E8+i  | FUCOMIP ST(0), ST(i) | -O
    DF E8+i  | FUCOMIP ST(i) | O
    DD E9    | FUCOMP | ZO
    DD E8+i  | FUCOMP ST(i) | O
    DF E9    | FUCOMPI | ZO
    DF E8+i  | FUCOMPI ST(0), ST(i) | -O
    DF E8+i  | FUCOMPI ST(i) | O
    DA E9    | FUCOMPP | ZO
    9B       | FWAIT | ZO
    D9 E5    | FXAM | ZO
    D9 C9    | FXCH | ZO
    D9 C8+i  | FXCH ST(i) | O
    D9 F4    | FXTRACT | ZO
    D9 F1    | FYL2X | ZO
    D9 F9    | FYL2XP1 | ZO
    9B       | WAIT | ZO
    """
}
