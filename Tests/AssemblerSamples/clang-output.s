# Output of `clang -O2 -fno-vectorize -fno-slp-vectorize -S -masm=intel -fno-asynchronous-unwind-tables` for a small C file:
# what a compiler writes (jump tables, string sections, .comm, .type/.size).
	.intel_syntax noprefix
	.file	"t.c"
	.text
	.globl	table                           # -- Begin function table
	.p2align	4
	.type	table,@function
table:                                  # @table
# %bb.0:
	mov	eax, -1
	cmp	edi, 4
	ja	.LBB0_2
# %bb.1:
	mov	eax, edi
	lea	rcx, [rip + .Lswitch.table.table]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB0_2:
	ret
.Lfunc_end0:
	.size	table, .Lfunc_end0-table
                                        # -- End function
	.globl	sum                             # -- Begin function sum
	.p2align	4
	.type	sum,@function
sum:                                    # @sum
# %bb.0:
	test	rsi, rsi
	je	.LBB1_1
# %bb.2:
	mov	ecx, esi
	and	ecx, 3
	cmp	rsi, 4
	jae	.LBB1_8
# %bb.3:
	xor	edx, edx
	xor	eax, eax
	jmp	.LBB1_4
.LBB1_1:
	xor	eax, eax
	ret
.LBB1_8:
	and	rsi, -4
	xor	edx, edx
	xor	eax, eax
	.p2align	4
.LBB1_9:                                # =>This Inner Loop Header: Depth=1
	mov	r8, qword ptr [rdi + 8*rdx]
	mov	r9, qword ptr [rdi + 8*rdx + 8]
	lea	r8, [r8 + 2*r8]
	add	r8, rax
	lea	rax, [r9 + 2*r9]
	mov	r9, qword ptr [rdi + 8*rdx + 16]
	lea	r9, [r9 + 2*r9]
	add	r9, rax
	add	r9, r8
	mov	rax, qword ptr [rdi + 8*rdx + 24]
	lea	rax, [rax + 2*rax]
	add	rax, r9
	add	rdx, 4
	cmp	rsi, rdx
	jne	.LBB1_9
.LBB1_4:
	test	rcx, rcx
	je	.LBB1_7
# %bb.5:
	lea	rdx, [rdi + 8*rdx]
	xor	esi, esi
	.p2align	4
.LBB1_6:                                # =>This Inner Loop Header: Depth=1
	mov	rdi, qword ptr [rdx + 8*rsi]
	lea	rdi, [rdi + 2*rdi]
	add	rax, rdi
	inc	rsi
	cmp	rcx, rsi
	jne	.LBB1_6
.LBB1_7:
	ret
.Lfunc_end1:
	.size	sum, .Lfunc_end1-sum
                                        # -- End function
	.globl	name                            # -- Begin function name
	.p2align	4
	.type	name,@function
name:                                   # @name
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	and	edi, 3
	lea	rcx, [rip + names.rel]
	movsxd	rax, dword ptr [rcx + 4*rdi]
	add	rax, rcx
	ret
.Lfunc_end2:
	.size	name, .Lfunc_end2-name
                                        # -- End function
	.globl	fib                             # -- Begin function fib
	.p2align	4
	.type	fib,@function
fib:                                    # @fib
# %bb.0:
	push	r14
	push	rbx
	push	rax
	mov	r14d, edi
	xor	ebx, ebx
	cmp	edi, 2
	jge	.LBB3_2
# %bb.1:
	mov	ecx, r14d
	jmp	.LBB3_4
.LBB3_2:
	xor	ebx, ebx
	.p2align	4
.LBB3_3:                                # =>This Inner Loop Header: Depth=1
	lea	edi, [r14 - 1]
	call	fib
	lea	ecx, [r14 - 2]
	add	ebx, eax
	cmp	r14d, 3
	mov	r14d, ecx
	ja	.LBB3_3
.LBB3_4:
	add	ebx, ecx
	mov	eax, ebx
	add	rsp, 8
	pop	rbx
	pop	r14
	ret
.Lfunc_end3:
	.size	fib, .Lfunc_end3-fib
                                        # -- End function
	.globl	bump                            # -- Begin function bump
	.p2align	4
	.type	bump,@function
bump:                                   # @bump
# %bb.0:
	mov	eax, dword ptr [rip + counter]
	inc	eax
	mov	dword ptr [rip + counter], eax
	ret
.Lfunc_end4:
	.size	bump, .Lfunc_end4-bump
                                        # -- End function
	.type	names.rel,@object               # @names.rel
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
names.rel:
	.long	.L.str-names.rel
	.long	.L.str.1-names.rel
	.long	.L.str.2-names.rel
	.long	.L.str.3-names.rel
	.size	names.rel, 16

	.type	counter,@object                 # @counter
	.local	counter
	.comm	counter,4,4
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"zero"
	.size	.L.str, 5

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"one"
	.size	.L.str.1, 4

	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	"two"
	.size	.L.str.2, 4

	.type	.L.str.3,@object                # @.str.3
.L.str.3:
	.asciz	"three"
	.size	.L.str.3, 6

	.type	.Lswitch.table.table,@object    # @switch.table.table
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.Lswitch.table.table:
	.long	10                              # 0xa
	.long	22                              # 0x16
	.long	35                              # 0x23
	.long	47                              # 0x2f
	.long	51                              # 0x33
	.size	.Lswitch.table.table, 20

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
