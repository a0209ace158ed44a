	.intel_syntax noprefix
	.file 1 "views.c"
	.text
	.globl f
	.type f, @function
f:
	.loc 1 1 1 view -0
	mov eax, 1
	movabs rax, 0x1122334455667788
	nop
	.loc 1 2 1 view .LVU1
	# Padding of no bytes: the next row is at the same address, one view on.
	.p2align 4,,10
	.p2align 3
.L2:
	.loc 1 3 1 view .LVU2
	.loc 1 4 1 view .LVU3
	nop
	.loc 1 5 1 view .LVU4
	# Padding of some bytes: a new address, view 0.
	.p2align 4,,10
	.p2align 3
	.loc 1 6 1 view .LVU5
	.loc 1 7 1 view .LVU6
	# The row before the next in .text is this one, not the one in .text.unlikely.
	.section .text.unlikely,"ax",@progbits
	.loc 1 8 1 view .LVU7
	nop
	.text
	.loc 1 9 1 view .LVU8
	ret
	.size f, .-f
	.section .debug_loclists,"",@progbits
	.uleb128 .LVU1
	.uleb128 .LVU2
	.uleb128 .LVU3
	.uleb128 .LVU4
	.uleb128 .LVU5
	.uleb128 .LVU6
	.uleb128 .LVU7
	.uleb128 .LVU8
	.byte .LVU3
	.quad .LVU3
