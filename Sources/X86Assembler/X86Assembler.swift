// The X86Assembler module.
