import Testing
import X86
import X86Decoder

/// Bytes whose text llvm-objdump 14 (`-M intel --print-imm-hex`) prints as written here.
@Suite struct DecodeBasicsTests {
    @Test(arguments: [
        ("48 8b 44 cb 10", "mov rax, qword ptr [rbx + 8*rcx + 0x10]"),
        ("b2 fd", "mov dl, -0x3"),
        ("83 c0 fd", "add eax, -0x3"),
        ("b8 ff ff ff ff", "mov eax, 0xffffffff"),
        ("cd 80", "int 0x80"),
        ("66 0f 70 c0 ff", "pshufd xmm0, xmm0, 0xff"),
        ("62 f1 7c 2b 58 40 01", "vaddps ymm0 {k3}, ymm0, ymmword ptr [rax + 0x20]"),
        ("8f e8 78 a2 c1 20", "vpcmov xmm0, xmm0, xmm1, xmm2"),
        ("0f 0f c1 9e", "pfadd mm0, mm1"),
        ("d8 c1", "fadd st, st(1)"),
        ("64 8b 04 25 00 00 00 00", "mov eax, dword ptr fs:[0x0]"),
        // SETcc ignores ModRM.reg (SDM); llvm-objdump reads any value there.
        ("0f 94 c8", "sete al"),
        ("0f 9f 3b", "setg byte ptr [rbx]"),
        // VEX.L of a scalar (LIG) form and VEX.W of a WIG form are ignored.
        ("c5 fe 58 c1", "vaddss xmm0, xmm0, xmm1"),
        ("c4 e1 fa 10 c1", "vmovss xmm0, xmm0, xmm1"),
        ("c4 e1 f0 58 c2", "vaddps xmm0, xmm1, xmm2"),
        // The store forms of the moves with a register destination (GNU's `.s`).
        ("0f 29 e6", "movaps xmm6, xmm4"),
        ("66 0f 7f ca", "movdqa xmm2, xmm1"),
        ("66 0f d6 ca", "movq xmm2, xmm1"),
        ("f3 0f 11 c1", "movss xmm1, xmm0"),
        ("62 01 7c 48 29 ee", "vmovaps zmm30, zmm29"),
        ("62 01 7f 48 7f ee", "vmovdqu8 zmm30, zmm29"),
        ("62 01 97 07 11 e6", "vmovsd xmm30 {k7}, xmm29, xmm28"),
    ])
    func decodesAsLLVMObjdumpPrints(_ hex: String, _ expected: String) throws {
        let bytes = hex.split(separator: " ").compactMap { UInt8($0, radix: 16) }
        let decoded = try Decoder().decode(bytes)
        #expect(decoded.length == bytes.count)
        #expect(DisassemblyText.of(decoded) == expected)
    }
}
