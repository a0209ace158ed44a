// The X86Encoder module.
