	.intel_syntax noprefix
	.file 1 "steps.c"
	.file 2 "include/steps.h"
	.text
	.globl f
f:
	.loc 1 3 1
	push rbp
	.loc 1 4 5 prologue_end
	mov eax, 1
	.loc 1 4 12 is_stmt 0
	add eax, 2
	.loc 1 5
	add eax, 3
	.loc 1 900 2 is_stmt 1
	.fill 40, 1, 0x90
	.loc 1 3 discriminator 3
	.fill 300, 1, 0x90
	.loc 2 7 1 basic_block
	nop
	.loc 2 6 1 isa 2
	.loc 2 8 1 epilogue_begin
	pop rbp
	.loc 1 20 1
	.fill 20, 1, 0x90
	ret
	.fill 16, 1, 0x90
	.section .text.unlikely,"ax",@progbits
g:
	.loc 1 30 7
	nop
	.loc 1 31 7
	ret
	.data
	.loc 1 40 1
	.long 1
	.text
	.loc 1 50 1
	ret
