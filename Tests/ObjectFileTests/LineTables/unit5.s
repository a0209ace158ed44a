	.intel_syntax noprefix
	.file 0 "/work/project" "unit5.s"
	.text
	.globl main
	.type main, @function
main:
	.loc 0 3 1
	xor eax, eax
	ret
	.size main, .-main
	.section .text.unlikely,"ax",@progbits
	.type cold, @function
cold:
	.loc 0 8 1
	ud2
	.size cold, .-cold
