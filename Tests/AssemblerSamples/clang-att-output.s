# Output of `clang -O1 -S -fno-asynchronous-unwind-tables -fno-pic` (clang 21, AT&T) for the
# same C file as gcc-att-output.s. The first directive is added so that the file says its syntax.
	.att_syntax prefix
	.file	"t.c"
	.text
	.globl	table                           # -- Begin function table
	.p2align	4
	.type	table,@function
table:                                  # @table
# %bb.0:
	movl	$-1, %eax
	cmpl	$4, %edi
	ja	.LBB0_2
# %bb.1:
	movl	%edi, %eax
	movl	.Lswitch.table.table(,%rax,4), %eax
.LBB0_2:
	retq
.Lfunc_end0:
	.size	table, .Lfunc_end0-table
                                        # -- End function
	.globl	message_length                  # -- Begin function message_length
	.p2align	4
	.type	message_length,@function
message_length:                         # @message_length
# %bb.0:
	movl	$11, %eax
	retq
.Lfunc_end1:
	.size	message_length, .Lfunc_end1-message_length
                                        # -- End function
	.globl	dot                             # -- Begin function dot
	.p2align	4
	.type	dot,@function
dot:                                    # @dot
# %bb.0:
	testl	%esi, %esi
	jle	.LBB2_1
# %bb.3:
	movl	%esi, %ecx
	shlq	$4, %rcx
	xorl	%edx, %edx
	xorl	%eax, %eax
	.p2align	4
.LBB2_4:                                # =>This Inner Loop Header: Depth=1
	movslq	(%rdi,%rdx), %rsi
	movslq	4(%rdi,%rdx), %r8
	addq	8(%rdi,%rdx), %rax
	imulq	%rsi, %r8
	addq	%r8, %rax
	addq	$16, %rdx
	cmpq	%rdx, %rcx
	jne	.LBB2_4
# %bb.2:
	retq
.LBB2_1:
	xorl	%eax, %eax
	retq
.Lfunc_end2:
	.size	dot, .Lfunc_end2-dot
                                        # -- End function
	.globl	mean                            # -- Begin function mean
	.p2align	4
	.type	mean,@function
mean:                                   # @mean
# %bb.0:
	xorpd	%xmm0, %xmm0
	xorpd	%xmm1, %xmm1
	testl	%esi, %esi
	jle	.LBB3_3
# %bb.1:
	movsd	scale(%rip), %xmm2              # xmm2 = mem[0],zero
	movl	%esi, %eax
	xorl	%ecx, %ecx
	.p2align	4
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	movsd	(%rdi,%rcx,8), %xmm3            # xmm3 = mem[0],zero
	mulsd	%xmm2, %xmm3
	addsd	%xmm3, %xmm1
	incq	%rcx
	cmpq	%rcx, %rax
	jne	.LBB3_2
.LBB3_3:
	testl	%esi, %esi
	je	.LBB3_5
# %bb.4:
	xorps	%xmm0, %xmm0
	cvtsi2sd	%esi, %xmm0
	divsd	%xmm0, %xmm1
	movapd	%xmm1, %xmm0
.LBB3_5:
	retq
.Lfunc_end3:
	.size	mean, .Lfunc_end3-mean
                                        # -- End function
	.globl	mix                             # -- Begin function mix
	.p2align	4
	.type	mix,@function
mix:                                    # @mix
# %bb.0:
	movq	%rdi, %rax
	shrq	$33, %rax
	xorq	%rdi, %rax
	movabsq	$-49064778989728563, %rdx       # imm = 0xFF51AFD7ED558CCD
	imulq	%rax, %rdx
	movq	%rsi, %rcx
	shlq	$7, %rcx
	xorq	%rdx, %rcx
	rolq	$13, %rcx
	orq	$1, %rsi
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	movq	%rax, %rsi
	movabsq	$2635249153387078803, %rdx      # imm = 0x2492492492492493
	movq	%rcx, %rax
	mulq	%rdx
	movq	%rcx, %rax
	subq	%rdx, %rax
	shrq	%rax
	addq	%rdx, %rax
	shrq	$2, %rax
	leaq	(,%rax,8), %rdx
	subq	%rdx, %rax
	addq	%rcx, %rax
	addq	%rsi, %rax
	retq
.Lfunc_end4:
	.size	mix, .Lfunc_end4-mix
                                        # -- End function
	.globl	count                           # -- Begin function count
	.p2align	4
	.type	count,@function
count:                                  # @count
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	movl	%edi, %ecx
	andl	$15, %edi
	movl	counts(,%rdi,4), %eax
	incl	%eax
	movl	%eax, counts(,%rdi,4)
	addq	%rcx, total(%rip)
	retq
.Lfunc_end5:
	.size	count, .Lfunc_end5-count
                                        # -- End function
	.globl	fib                             # -- Begin function fib
	.p2align	4
	.type	fib,@function
fib:                                    # @fib
# %bb.0:
	pushq	%rbp
	pushq	%rbx
	pushq	%rax
	movl	%edi, %ebx
	xorl	%ebp, %ebp
	cmpl	$2, %ebx
	jl	.LBB6_3
	.p2align	4
.LBB6_2:                                # =>This Inner Loop Header: Depth=1
	leal	-1(%rbx), %edi
	callq	fib
	addl	%eax, %ebp
	addl	$-2, %ebx
	cmpl	$2, %ebx
	jge	.LBB6_2
.LBB6_3:
	addl	%ebp, %ebx
	movl	%ebx, %eax
	addq	$8, %rsp
	popq	%rbx
	popq	%rbp
	retq
.Lfunc_end6:
	.size	fib, .Lfunc_end6-fib
                                        # -- End function
	.globl	narrow                          # -- Begin function narrow
	.p2align	4
	.type	narrow,@function
narrow:                                 # @narrow
# %bb.0:
	imull	%esi, %edi
	movswl	%di, %eax
	shrl	$2, %eax
                                        # kill: def $ax killed $ax killed $eax
	retq
.Lfunc_end7:
	.size	narrow, .Lfunc_end7-narrow
                                        # -- End function
	.globl	to_float                        # -- Begin function to_float
	.p2align	4
	.type	to_float,@function
to_float:                               # @to_float
# %bb.0:
	cvtsi2ss	%rdi, %xmm1
	movl	%esi, %eax
	cvtsi2ss	%rax, %xmm0
	addss	%xmm1, %xmm0
	retq
.Lfunc_end8:
	.size	to_float, .Lfunc_end8-to_float
                                        # -- End function
	.type	scale,@object                   # @scale
	.data
	.globl	scale
	.p2align	3, 0x0
scale:
	.quad	0x3ff8000000000000              # double 1.5
	.size	scale, 8

	.type	counts,@object                  # @counts
	.local	counts
	.comm	counts,64,16
	.type	total,@object                   # @total
	.bss
	.globl	total
	.p2align	3, 0x0
total:
	.quad	0                               # 0x0
	.size	total, 8

	.type	.Lswitch.table.table,@object    # @switch.table.table
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.Lswitch.table.table:
	.long	10                              # 0xa
	.long	20                              # 0x14
	.long	35                              # 0x23
	.long	47                              # 0x2f
	.long	51                              # 0x33
	.size	.Lswitch.table.table, 20

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
