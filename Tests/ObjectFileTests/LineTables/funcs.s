	.intel_syntax noprefix
	.file 1 "src/funcs.s"
	.text
	.globl f
	.type f, @function
f:
	.loc 1 5 0
	mov eax, 1
	jmp 1f
	.p2align 4
1:	ret
	.size f, .-f
	.type g, @function
g:
	.loc 1 9 0
	ret
	.size g, 1
	.weak w
	.type w, @function
w:	.loc 1 12 0
	ret
	.size w, .-w
