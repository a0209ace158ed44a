	.att_syntax
	.file 1 "att.c"
	.text
	.globl	f
	.type	f, @function
f:
	.loc 1 2 1
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	.loc 1 3 5 prologue_end
	movl	$1, %eax
	.loc 1 4 1
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.size	f, .-f
