# Expected bytes: as --64 -I Tests/AssemblerSamples/include gnu-include.s
.intel_syntax noprefix
.include "gnu-defs.s"
    twice nop
    twice "mov eax, 1"
