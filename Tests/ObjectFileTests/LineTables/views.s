	.intel_syntax noprefix
	.file 1 "views.c"
	.text
	.loc_mark_labels 1
f:
	.loc 1 2 1 view -0
	.loc 1 3 1 view .LVU1
	.loc 1 4 1 view .LVU2
	mov eax, 1
	test eax, eax
	je .L2
	.loc 1 5 3 view .LVU3
	add eax, 1
.L2:
	.loc 1 6 1 view .LVU4
	ret
	.p2align 4
g:
	.loc 1 10 1 view -0
	ret
	.loc 1 11 1 view .LVU6
	.p2align 4
h:
	.loc 1 12 1 view -0
	ret
	.loc_mark_labels 0
.L9:
	.loc 1 13 1 view -0
	nop
	.loc 1 14 1 view -0
	nop
