	.intel_syntax noprefix
	.file	"unit.c"
	.text
.Ltext0:
	.file 0 "/work/project" "src/unit.c" md5 0x0123456789abcdef0123456789abcdef
	.file 1 "src/unit.c" md5 0x0123456789abcdef0123456789abcdef
	.file 2 "/usr/include/stdio.h"
	.file 3 "/work/project/src/local.h"
	.file 4 "sub/dir/" "x.h"
	.globl main
main:
	.loc 1 3 1 view -0
	sub rsp, 8
	.loc 2 10 3 view .LVU1
	.loc 3 11 3 view .LVU2
	xor eax, eax
	.loc 4 12 3
	add rsp, 8
	ret
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x10
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.long	.Ldebug_line0
	.long	.LASF1
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/project"
.LASF0:
	.string	"src/unit.c"
