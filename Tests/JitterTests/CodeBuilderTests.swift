import Jitter
import Testing

/// The builder's spelling of operands, labels, data and alignment, against llvm-mc.
@Suite(.enabled(if: LLVMOracle.isAvailable)) struct CodeBuilderTests {
    @Test func operandsAsTheIssueWritesThem() throws {
        let a = CodeBuilder()
        a.mov(.eax, 50)
        a.add(.rax, .qword[.rbx + .rcx * 8 + 16])
        a.vaddps(.ymm0, .ymm1, .ymm2)
        a.lea(.r10, .mem[.r13 + .r12 * 2 - 8])
        a.mov(.byte[.rsp], .al)
        a.movzx(.eax, .word[.rbp])
        a.vpgatherdd(.ymm0, .dword[.rax + .ymm1 * 4 + 8], .ymm2)
        a.mov(.rax, .qword[absolute: 0x1000])
        a.mov(.qword[.rax].segment(.fs), 1)
        a.ret()
        let expected = try LLVMOracle.text("""
            mov eax, 50
            add rax, qword ptr [rbx + rcx*8 + 16]
            vaddps ymm0, ymm1, ymm2
            lea r10, [r13 + r12*2 - 8]
            mov byte ptr [rsp], al
            movzx eax, word ptr [rbp]
            vpgatherdd ymm0, [rax + ymm1*4 + 8], ymm2
            mov rax, qword ptr [0x1000]
            mov qword ptr fs:[rax], 1
            ret
            """)
        #expect(hex(try a.finish().code) == hex(expected))
    }

    @Test func labelsRelaxAsInText() throws {
        let a = CodeBuilder()
        let top = a.label("top")
        let far = a.label("far")
        a.mov(.ecx, 10)
        a.bind(top)
        a.dec(.ecx)
        a.jnz(top)
        a.jmp(far)
        a.zeros(200)
        a.bind(far)
        a.call(top)
        a.jmp(top)
        a.ret()
        let expected = try LLVMOracle.text("""
            mov ecx, 10
            top: dec ecx
            jnz top
            jmp far
            .zero 200
            far: call top
            jmp top
            ret
            """)
        #expect(hex(try a.finish().code) == hex(expected))
    }

    @Test func anExplicitWidthIsKept() throws {
        let a = CodeBuilder()
        let top = a.here("top")
        a.jmp(top, width: .near)
        a.jz(top, width: .short)
        let text = try Assembler.assemble("top: jmp near top\njz short top")
        #expect(hex(try a.finish().code) == hex(text.bytes))
        #expect(text.bytes.count == 7)
    }

    @Test func dataAlignmentAndLabelAddresses() throws {
        let a = CodeBuilder()
        let table = a.label("table")
        let one = a.label("one")
        let two = a.label("two")
        a.lea(.rax, .mem[table])
        a.mov(.rax, .qword[.rax + .rdi * 8])
        a.jmp(.rax)
        a.align(16)
        a.bind(one)
        a.mov(.eax, 1)
        a.ret()
        a.bind(two)
        a.mov(.eax, 2)
        a.ret()
        a.section(".data")
        a.align(8)
        a.bind(table)
        a.addresses(one, two)
        a.int32(-1, 2)
        a.string("hi")
        a.float64(1.5)
        let image = try a.finish(at: 0x40_0000)
        let expectedCode = try LLVMOracle.text("""
            lea rax, [rip + 0x400020 - 0x400007]
            mov rax, qword ptr [rax + rdi*8]
            jmp rax
            .p2align 4
            mov eax, 1
            ret
            mov eax, 2
            ret
            """, at: 0x40_0000)
        #expect(hex(image.code) == hex(expectedCode))
        #expect(image.dataAddress == 0x40_0020)
        #expect(image.symbols["one"] == 0x40_0010)
        #expect(Array(image.data.prefix(16)) == [0x10, 0, 0x40, 0, 0, 0, 0, 0, 0x16, 0, 0x40, 0, 0, 0, 0, 0])
        #expect(Array(image.data[16..<27]) == [0xff, 0xff, 0xff, 0xff, 2, 0, 0, 0, 0x68, 0x69, 0])
    }

    @Test func errorsNameTheCallAndTheOperand() throws {
        let a = CodeBuilder()
        a.mov(.eax, 1)
        a.mov(.al, 300); let line = #line
        a.add(.eax, .xmm0)
        a.jmp(a.label("nowhere"))
        do {
            _ = try a.finish()
            Issue.record("errors were not thrown")
        } catch {
            #expect(error.diagnostics.count == 3)
            #expect(error.diagnostics.first?.line == line)
            let lines = error.rendered.split(separator: "\n")
            #expect(lines.first?.hasPrefix("JitterTests/CodeBuilderTests.swift:\(line): error: immediate 300 is out of range") == true)
            #expect(lines.first?.hasSuffix("(operand 2)") == true)
            #expect(error.rendered.contains("no form of 'add' takes"))
            #expect(error.rendered.contains("nowhere"))
        }
    }

    @Test func prefixesAndDecorationsReachTheInstruction() throws {
        let a = CodeBuilder()
        a.prefix(.lock)
        a.add(.dword[.rax], 1)
        a.prefix(.rep)
        a.movsb()
        let expected = try LLVMOracle.text("lock add dword ptr [rax], 1\nrep movsb")
        #expect(hex(try a.finish().code) == hex(expected))
    }
}
