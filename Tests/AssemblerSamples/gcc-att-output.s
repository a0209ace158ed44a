# Output of `gcc -O1 -S -fno-asynchronous-unwind-tables -fno-pic -fno-stack-protector` (GCC 12, AT&T:
# its default) for a small C file: a jump table, strings, loops, SSE arithmetic, .comm.
# The first directive is added so that the file says its syntax.
	.att_syntax prefix
	.file	"t.c"
	.text
	.globl	table
	.type	table, @function
table:
	cmpl	$4, %edi
	ja	.L2
	movl	%edi, %edi
	jmp	*.L4(,%rdi,8)
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
	movl	$10, %eax
	ret
.L6:
	movl	$35, %eax
	ret
.L5:
	movl	$47, %eax
	ret
.L3:
	movl	$51, %eax
	ret
.L2:
	movl	$-1, %eax
	ret
.L9:
	movl	$20, %eax
	ret
	.size	table, .-table
	.globl	message_length
	.type	message_length, @function
message_length:
	movl	$1, %edx
.L11:
	movq	%rdx, %rax
	addq	$1, %rdx
	cmpb	$0, message-1(%rdx)
	jne	.L11
	ret
	.size	message_length, .-message_length
	.globl	dot
	.type	dot, @function
dot:
	testl	%esi, %esi
	jle	.L16
	movq	%rdi, %rax
	movslq	%esi, %rsi
	salq	$4, %rsi
	addq	%rsi, %rdi
	movl	$0, %ecx
.L15:
	movslq	(%rax), %rdx
	movslq	4(%rax), %rsi
	imulq	%rsi, %rdx
	addq	8(%rax), %rdx
	addq	%rdx, %rcx
	addq	$16, %rax
	cmpq	%rdi, %rax
	jne	.L15
.L13:
	movq	%rcx, %rax
	ret
.L16:
	movl	$0, %ecx
	jmp	.L13
	.size	dot, .-dot
	.globl	mean
	.type	mean, @function
mean:
	testl	%esi, %esi
	jle	.L19
	movsd	scale(%rip), %xmm2
	movq	%rdi, %rax
	movslq	%esi, %rdx
	leaq	(%rdi,%rdx,8), %rdx
	pxor	%xmm0, %xmm0
.L20:
	movapd	%xmm2, %xmm1
	mulsd	(%rax), %xmm1
	addsd	%xmm1, %xmm0
	addq	$8, %rax
	cmpq	%rdx, %rax
	jne	.L20
.L21:
	pxor	%xmm1, %xmm1
	cvtsi2sdl	%esi, %xmm1
	divsd	%xmm1, %xmm0
	ret
.L19:
	jne	.L25
	pxor	%xmm0, %xmm0
	ret
.L25:
	pxor	%xmm0, %xmm0
	jmp	.L21
	.size	mean, .-mean
	.globl	mix
	.type	mix, @function
mix:
	movq	%rdi, %rax
	shrq	$33, %rax
	xorq	%rdi, %rax
	movabsq	$-49064778989728563, %rdx
	imulq	%rdx, %rax
	movq	%rsi, %rcx
	salq	$7, %rcx
	xorq	%rax, %rcx
	rolq	$13, %rcx
	orq	$1, %rsi
	movq	%rcx, %rax
	movl	$0, %edx
	divq	%rsi
	movq	%rax, %rsi
	movabsq	$2635249153387078803, %rdx
	movq	%rcx, %rax
	mulq	%rdx
	movq	%rcx, %rax
	subq	%rdx, %rax
	shrq	%rax
	addq	%rax, %rdx
	shrq	$2, %rdx
	leaq	0(,%rdx,8), %rax
	subq	%rdx, %rax
	subq	%rax, %rcx
	leaq	(%rsi,%rcx), %rax
	ret
	.size	mix, .-mix
	.globl	count
	.type	count, @function
count:
	movl	%edi, %edx
	andl	$15, %edx
	movl	counts(,%rdx,4), %eax
	addl	$1, %eax
	movl	%eax, counts(,%rdx,4)
	movzbl	%dil, %edi
	addq	%rdi, total(%rip)
	ret
	.size	count, .-count
	.globl	fib
	.type	fib, @function
fib:
	pushq	%rbp
	pushq	%rbx
	subq	$8, %rsp
	movl	%edi, %ebx
	cmpl	$1, %edi
	jg	.L31
.L29:
	movl	%ebx, %eax
	addq	$8, %rsp
	popq	%rbx
	popq	%rbp
	ret
.L31:
	leal	-1(%rdi), %edi
	call	fib
	movl	%eax, %ebp
	leal	-2(%rbx), %edi
	call	fib
	leal	0(%rbp,%rax), %ebx
	jmp	.L29
	.size	fib, .-fib
	.globl	narrow
	.type	narrow, @function
narrow:
	movsbw	%dil, %di
	imull	%esi, %edi
	movl	%edi, %eax
	sarw	$2, %ax
	ret
	.size	narrow, .-narrow
	.globl	to_float
	.type	to_float, @function
to_float:
	pxor	%xmm0, %xmm0
	cvtsi2ssq	%rdi, %xmm0
	movl	%esi, %esi
	pxor	%xmm1, %xmm1
	cvtsi2ssq	%rsi, %xmm1
	addss	%xmm1, %xmm0
	ret
	.size	to_float, .-to_float
	.globl	scale
	.data
	.align 8
	.type	scale, @object
	.size	scale, 8
scale:
	.long	0
	.long	1073217536
	.globl	total
	.bss
	.align 8
	.type	total, @object
	.size	total, 8
total:
	.zero	8
	.local	counts
	.comm	counts,64,32
	.section	.rodata
	.align 8
	.type	message, @object
	.size	message, 12
message:
	.string	"hello, AT&T"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
