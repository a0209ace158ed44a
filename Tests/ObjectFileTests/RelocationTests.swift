import Testing
import TestSupport

/// Hand-written sources, one construct each, assembled by Jitter and by GNU as: the objects
/// must agree (sections and their bytes, relocations, symbols; see ``ObjectSummary``).
@Suite struct RelocationTests {
    static let header = ".intel_syntax noprefix\n"

    static let cases: [(String, String)] = [
        ("branches to external, global, weak and other-section symbols", """
            .text
            .globl g
            .weak w
            g: ret
            w: ret
            l: ret
            call ext
            call ext@PLT
            jmp ext
            je ext
            call g
            jmp g
            jne g
            call w
            jmp w
            call l
            call .Lcold
            call g@PLT
            .section .text.unlikely,"ax",@progbits
            .Lcold:
            jmp l
            jmp g
            ret
            """),
        ("RIP-relative references: local, other section, global, mergeable strings", """
            .text
            lea rdi, .LC0[rip]
            lea rdi, .LC0+3[rip]
            lea rsi, loc[rip]
            lea rsi, gdata[rip]
            mov eax, DWORD PTR gdata[rip]
            mov DWORD PTR loc[rip], 7
            lea rax, .Lhere[rip]
            .Lhere: ret
            .section .rodata.str1.1,"aMS",@progbits,1
            .LC0: .string "hi there"
            .data
            loc: .long 1
            .globl gdata
            gdata: .long 2
            """),
        ("GOT references: GOTPCRELX with and without REX, plain GOTPCREL", """
            mov rax, QWORD PTR ext@GOTPCREL[rip]
            mov eax, DWORD PTR ext@GOTPCREL[rip]
            mov r9, QWORD PTR ext@GOTPCREL[rip]
            call [QWORD PTR ext@GOTPCREL[rip]]
            jmp [QWORD PTR ext@GOTPCREL[rip]]
            add rax, QWORD PTR ext@GOTPCREL[rip]
            test QWORD PTR ext@GOTPCREL[rip], rcx
            lea rax, ext@GOTPCREL[rip]
            """),
        ("thread-local references in every model", """
            mov eax, DWORD PTR fs:tv@tpoff
            mov rax, QWORD PTR fs:0
            lea rax, tv@tpoff[rax]
            mov rax, QWORD PTR tv@gottpoff[rip]
            data16 lea rdi, tv@tlsgd[rip]
            .value 0x6666
            rex64
            call __tls_get_addr@PLT
            lea rdi, tv@tlsld[rip]
            call __tls_get_addr@PLT
            mov eax, DWORD PTR tv@dtpoff[rax]
            mov ecx, DWORD PTR fs:extv@tpoff
            .section .tbss,"awT",@nobits
            tv: .zero 4
            """),
        ("absolute addresses: zero- and sign-extended immediates, displacements, movabs", """
            mov eax, OFFSET FLAT:loc
            mov rax, OFFSET FLAT:loc
            movabs rax, OFFSET FLAT:ext
            mov eax, DWORD PTR loc
            mov eax, DWORD PTR loc[rax*4]
            jmp [QWORD PTR .Ltable[0+rax*8]]
            push OFFSET FLAT:ext+8
            cmp rax, OFFSET FLAT:ext
            mov DWORD PTR ext+4, 1
            .data
            loc: .long 1
            .section .rodata
            .Ltable: .quad loc, ext
            """),
        ("data: addresses, PC-relative values, switch tables across sections", """
            .text
            .L1: nop
            .L2: nop
            ret
            .section .rodata
            .Ltab:
            .long .L1-.Ltab
            .long .L2-.Ltab
            .long .L2-.L1
            .quad ext
            .quad ext+16
            .long ext-.
            .quad .LC0
            .quad .LC0+1
            .long loc
            .byte 1, 2
            .value 300
            .section .rodata.str1.1,"aMS",@progbits,1
            .LC0: .string "abc"
            .data
            loc: .quad loc
            """),
        ("symbols: bindings, visibility, types, sizes, aliases, common storage", """
            .text
            .globl f
            .type f, @function
            f: ret
            .size f, .-f
            .globl h
            .hidden h
            h: ret
            .protected p
            .globl p
            p: ret
            .weak weakling
            .type weakling, @function
            weakling: ret
            .set f.localalias, f
            .set answer, 42
            call f.localalias
            .globl obj
            .data
            .align 8
            .type obj, @object
            .size obj, 8
            obj: .quad 0
            .comm shared, 16, 8
            .local mine
            .comm mine, 24, 16
            .lcomm scratch, 12
            .type tlsvar, @object
            .section .tdata,"awT",@progbits
            tlsvar: .long 3
            """),
        ("sections: flags, types, entry sizes, groups, the section stack", """
            .section .rodata.cst16,"aM",@progbits,16
            .align 16
            .quad 1, 2
            .section .init_array,"aw"
            .align 8
            .quad f
            .section .text.f,"axG",@progbits,f,comdat
            .globl f
            f: ret
            .section .data.rel.local.ref,"awG",@progbits,ref,comdat
            .hidden ref
            .weak ref
            ref: .quad f
            .pushsection .bss.extra,"aw",@nobits
            .zero 32
            .popsection
            .quad 5
            .text
            nop
            .previous
            .quad 6
            .section .note.GNU-stack,"",@progbits
            .ident "a compiler"
            .file "source.c"
            """),
        ("call frames: CIE, FDEs, advances of every size, personality and LSDA", """
            .text
            .globl f
            f:
            .cfi_startproc
            push rbp
            .cfi_def_cfa_offset 16
            .cfi_offset 6, -16
            mov rbp, rsp
            .cfi_def_cfa_register 6
            .fill 70, 1, 0x90
            .cfi_remember_state
            .fill 300, 1, 0x90
            pop rbp
            .cfi_def_cfa 7, 8
            ret
            .cfi_restore_state
            .fill 70000, 1, 0x90
            ret
            .cfi_endproc
            g:
            .cfi_startproc
            .cfi_personality 0x9b,DW.ref.__gxx_personality_v0
            .cfi_lsda 0x1b,.LLSDA0
            sub rsp, 8
            .cfi_adjust_cfa_offset 8
            .cfi_rel_offset rbx, 0
            call h
            add rsp, 8
            .cfi_adjust_cfa_offset -8
            .cfi_restore rbx
            ret
            .cfi_endproc
            h:
            .cfi_startproc
            .cfi_undefined rip
            .cfi_same_value rbx
            .cfi_register 3, 12
            .cfi_escape 0x2e, 0x10
            ret
            .cfi_endproc
            .section .gcc_except_table,"a",@progbits
            .LLSDA0:
            .byte 0xff
            .uleb128 .LEND-.LSTART
            .LSTART:
            .uleb128 g-f, 300, 70000
            .sleb128 -1, -200, 1000
            .LEND:
            .hidden DW.ref.__gxx_personality_v0
            .weak DW.ref.__gxx_personality_v0
            .section .data.rel.local.DW.ref.__gxx_personality_v0,"awG",@progbits,DW.ref.__gxx_personality_v0,comdat
            .align 8
            DW.ref.__gxx_personality_v0:
            .quad __gxx_personality_v0
            """),
        ("symbol versions, indirect functions, sizes", """
            .text
            .globl foo_v1
            .type foo_v1, @function
            foo_v1: ret
            .size foo_v1, .-foo_v1
            .symver foo_v1, foo@VERS_1
            .globl foo_v2
            foo_v2: ret
            .symver foo_v2, foo@@VERS_2
            loc: ret
            .symver loc, locv@V
            .symver bar_old, bar@VERS_1
            call bar_old
            .globl baz
            baz: ret
            .symver baz, baz@@@VERS_3
            .type resolver, %gnu_indirect_function
            .type resolver, @function
            resolver: ret
            call resolver
            jmp resolver
            .data
            .quad ext@SIZE
            .quad sized@SIZE
            .type sized, @object
            .size sized, 12
            sized: .zero 12
            """),
        ("local common storage at the end of .bss, in order", """
            .lcomm a, 4
            .local b
            .comm b,8,8
            .bss
            c: .zero 2
            .lcomm d, 1
            .lcomm e, 32
            .local h
            .comm h,5
            .text
            lea rax, a[rip]
            lea rax, h[rip]
            """),
        ("instructions GNU as writes its own way: rep bsf, xchg, ds:, aliases in mergeable sections", """
            rep bsf eax, ecx
            rep bsr rax, rcx
            xchg rbx, r13
            xchg bl, cl
            xchg eax, ebx
            mov rax, QWORD PTR ds:64
            mov rax, QWORD PTR ds:[rbp]
            movzx eax, WORD PTR .LC24[rip]
            lea rcx, .LC73[rip+4]
            .section .rodata.cst8,"aM",@progbits,8
            .LC13: .quad 5
            .set .LC24,.LC13
            .section .rodata.str1.1,"aMS",@progbits,1
            .string "ab"
            .LC73: .string "hello"
            """),
        ("alignment padding with GNU as's NOPs, and branches around it", """
            .text
            top: ret
            .p2align 4
            jmp top
            .p2align 4,,10
            .p2align 3
            .L3: nop
            .fill 100, 1, 0x90
            je .L3
            jmp .L4
            .fill 120, 1, 0x90
            .L4: ret
            .balign 32
            """),
        ("each RIP-relative and symbol-displacement shape twice: the second is laid out from the first's template", """
            .text
            lea rax, [rip + ext]
            lea rax, [rip + ext]
            add qword ptr [rip + loc], 5
            add qword ptr [rip + loc], 5
            mov dword ptr [rip + ext + 8], 0x12345678
            mov dword ptr [rip + ext + 8], 0x12345678
            cmp byte ptr [rip + .Lhere], 7
            cmp byte ptr [rip + .Lhere], 7
            vmovaps xmm9, xmmword ptr [rip + loc]
            vmovaps xmm9, xmmword ptr [rip + loc]
            movss xmm0, dword ptr [rip + ext]
            movss xmm0, dword ptr [rip + ext]
            mov r11d, dword ptr [rbx + loc]
            mov r11d, dword ptr [rbx + loc]
            imul r8, qword ptr [rcx + r9*8 + ext], 1000
            imul r8, qword ptr [rcx + r9*8 + ext], 1000
            .Lhere: ret
            .data
            loc: .quad 1
            """),
        ("LEB128 label differences that layout sizes, at the one-, two- and three-byte edges", """
            .text
            .La: jmp .Lz
            .fill 120, 1, 0x90
            .Lb: jmp .La
            .fill 8, 1, 0x90
            .Lc: ret
            .fill 16000, 1, 0x90
            .Lz: ret
            .section .rodata
            .uleb128 .Lb-.La, .Lc-.La, .Lz-.La, .Lz-.Lb
            .sleb128 .La-.Lb, .La-.Lc, .Lb-.Lc, .La-.Lz, .Lc-.Lb
            """),
    ]

    @Test("Jitter's object matches GNU as's", arguments: cases)
    func matchesGNUAs(name: String, source: String) throws {
        let folder = TemporaryFolder.make()
        let path = folder + "/input.s"
        TemporaryFolder.write(path, contents: Self.header + source + "\n")
        try Toolchain.assembleWithJitter(path, to: folder + "/jitter.o")
        try Toolchain.run("as", [path, "-o", folder + "/gnu.o"])
        let ours = try ObjectSummary(path: folder + "/jitter.o")
        let theirs = try ObjectSummary(path: folder + "/gnu.o")
        #expect(ours == theirs, "\(name):\n\(ours.differences(from: theirs))")
    }

    @Test("NASM's global and extern spelling links and runs")
    func nasmSpelling() throws {
        let folder = TemporaryFolder.make()
        let path = folder + "/hello.asm"
        TemporaryFolder.write(path, contents: """
            default rel
            global main
            extern puts
            section .text
            main:
                sub rsp, 8
                lea rdi, [message]
                call puts
                xor eax, eax
                add rsp, 8
                ret
            section .rodata
            message: db "hello from an object", 0
            section .note.GNU-stack

            """)
        try Toolchain.assembleWithJitter(path, to: folder + "/hello.o")
        try Toolchain.run("gcc", ["-no-pie", folder + "/hello.o", "-o", folder + "/hello"])
        #expect(try Toolchain.run(folder + "/hello", []) == "hello from an object\n")
    }
}

/// Errors that only object files have, each at its place.
@Suite struct ObjectDiagnosticTests {
    @Test("an unknown directive is an error at its word")
    func unknownDirective() {
        #expect(Toolchain.jitterDiagnostics("nop\n.frobnicate 3\n").contains("input.s:2:1: error: unknown directive '.frobnicate'"))
    }

    @Test("a value no relocation can hold is an error at the value")
    func notRelocatable() {
        let text = Toolchain.jitterDiagnostics("a: nop\n.quad ext * 2\n")
        #expect(text.contains("input.s:2:7: error: this expression cannot be written as a relocation"))
    }

    @Test("a difference of labels in another section than the field is an error")
    func foreignDifference() {
        let text = Toolchain.jitterDiagnostics(".text\na: nop\nb: nop\n.data\n.long ext - a\n")
        #expect(text.contains("input.s:5:"))
        #expect(text.contains("cannot be written as a relocation"))
    }

    @Test("call frame rules outside a frame, and an unclosed frame, are errors")
    func callFrames() {
        #expect(Toolchain.jitterDiagnostics(".cfi_def_cfa_offset 16\n").contains("input.s:1:1: error: a '.cfi_' rule outside"))
        #expect(Toolchain.jitterDiagnostics(".cfi_endproc\n").contains("'.cfi_endproc' without '.cfi_startproc'"))
        #expect(Toolchain.jitterDiagnostics(".cfi_startproc\nret\n").contains("'.cfi_startproc' without '.cfi_endproc'"))
    }

    @Test("a call frame must stay in the section it started in")
    func callFrameAcrossSections() {
        let text = Toolchain.jitterDiagnostics(".text\n.cfi_startproc\nret\n.data\n.cfi_def_cfa_offset 16\n.cfi_endproc\n")
        #expect(text.contains("input.s:5:1: error: a '.cfi_' rule in another section than its '.cfi_startproc'"))
        #expect(text.contains("input.s:6:1: error: '.cfi_endproc' is in another section than its '.cfi_startproc'"))
    }

    @Test("an unknown section flag or type is an error")
    func sectionFlags() {
        #expect(Toolchain.jitterDiagnostics(".section .x,\"aq\"\n").contains("input.s:1:13: error: unknown section flag 'q'"))
        #expect(Toolchain.jitterDiagnostics(".section .x,\"a\",@bits\n").contains("unknown section type 'bits'"))
        #expect(Toolchain.jitterDiagnostics(".section .x,\"aM\",@progbits\n").contains("needs its entry size"))
    }

    @Test("@GOTPCREL in a flat binary points at object files")
    func modifierInFlatBinary() {
        let text = Toolchain.jitterDiagnostics("mov rax, [rip + x@GOTPCREL]\n", relocatable: false)
        #expect(text.contains("input.s:1:17: error: 'x@GOTPCREL' is for the linker"))
    }
}
