# Included by gnu-include.s through -I Tests/AssemblerSamples/include.
.macro twice insn
    \insn
    \insn
.endm
