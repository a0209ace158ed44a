	.intel_syntax noprefix
	# GNU as pads code with NOPs of up to 11 bytes; past seven of them (88 bytes or more) it
	# jumps over the padding: jmp rel8 while the rest is within 127 bytes, else jmp rel32.
	.text
	.fill 169, 1, 0xcc
	.p2align 8
	ret
	.fill 167, 1, 0xcc
	.p2align 8
	ret
	.fill 126, 1, 0xcc
	.p2align 8
	ret
	.fill 124, 1, 0xcc
	.p2align 8
	ret
	.p2align 10
	ret
