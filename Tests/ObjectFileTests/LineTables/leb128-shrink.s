	.intel_syntax noprefix
	.text
	.globl f
	.type f, @function
f:
	# Short at first, then near: .Lb moves from 127 to 130, so .Lc - .Lb goes from 129
	# (two LEB128 bytes) to 126 (one).
	jmp .Lc
	.fill 125, 1, 0x90
.Lb:
	# 126 bytes of padding: GNU as jumps over them.
	.p2align 8
.Lc:
	ret
	.size f, .-f
	.section .debug_rnglists,"",@progbits
	.uleb128 .Lc - .Lb
	.byte 0xff
	.sleb128 .Lb - .Lc
	.byte 0xff
