# Output of `gcc -O1 -fno-pic -fno-pie -S -masm=intel -fno-asynchronous-unwind-tables` for a small C file:
# absolute addresses, GCC's `OFFSET FLAT:` and `QWORD PTR names[0+rax*8]`.
	.file	"t.c"
	.intel_syntax noprefix
	.text
	.globl	table
	.type	table, @function
table:
	cmp	edi, 4
	ja	.L2
	mov	edi, edi
	jmp	[QWORD PTR .L4[0+rdi*8]]
	.section	.rodata
	.align 8
	.align 4
.L4:
	.quad	.L8
	.quad	.L9
	.quad	.L6
	.quad	.L5
	.quad	.L3
	.text
.L8:
	mov	eax, 10
	ret
.L6:
	mov	eax, 35
	ret
.L5:
	mov	eax, 47
	ret
.L3:
	mov	eax, 51
	ret
.L2:
	mov	eax, -1
	ret
.L9:
	mov	eax, 22
	ret
	.size	table, .-table
	.globl	sum
	.type	sum, @function
sum:
	test	rsi, rsi
	je	.L13
	mov	rax, rdi
	lea	rsi, [rdi+rsi*8]
	mov	ecx, 0
.L12:
	mov	rdx, QWORD PTR [rax]
	lea	rdx, [rdx+rdx*2]
	add	rcx, rdx
	add	rax, 8
	cmp	rax, rsi
	jne	.L12
.L10:
	mov	rax, rcx
	ret
.L13:
	mov	ecx, 0
	jmp	.L10
	.size	sum, .-sum
	.globl	name
	.type	name, @function
name:
	and	edi, 3
	mov	rax, QWORD PTR names[0+rdi*8]
	ret
	.size	name, .-name
	.globl	fib
	.type	fib, @function
fib:
	push	rbp
	push	rbx
	sub	rsp, 8
	mov	ebx, edi
	cmp	edi, 1
	jg	.L19
.L17:
	mov	eax, ebx
	add	rsp, 8
	pop	rbx
	pop	rbp
	ret
.L19:
	lea	edi, [rdi-1]
	call	fib
	mov	ebp, eax
	lea	edi, [rbx-2]
	call	fib
	lea	ebx, [rbp+0+rax]
	jmp	.L17
	.size	fib, .-fib
	.globl	bump
	.type	bump, @function
bump:
	mov	eax, DWORD PTR counter[rip]
	add	eax, 1
	mov	DWORD PTR counter[rip], eax
	ret
	.size	bump, .-bump
	.local	counter
	.comm	counter,4,4
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"zero"
.LC1:
	.string	"one"
.LC2:
	.string	"two"
.LC3:
	.string	"three"
	.section	.rodata
	.align 32
	.type	names, @object
	.size	names, 32
names:
	.quad	.LC0
	.quad	.LC1
	.quad	.LC2
	.quad	.LC3
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
