import Explain
import Testing
import X86
import X86Encoder

/// Explanations of the vector encodings: which VEX form and why, XOP, /is4, mandatory prefixes
/// and suffix opcode bytes. Rows from the SDM (AMD's manual for XOP and 3DNow!); bytes from
/// `llvm-mc -x86-asm-syntax=intel -show-encoding`.
@Suite struct VectorExplanationTests {
    private func explain(_ row: String, _ operands: [Operand]) throws -> Explanation {
        let set = InstructionSet(tables: [row])
        #expect(set.errors.isEmpty, "\(set.errors)")
        return try Explanation.explain(Instruction(Mnemonic(id: 0), OperandList(operands)), encoder: Encoder(instructionSet: set))
    }

    private func xmm(_ n: UInt8) -> Operand { .register(Register(.xmm, n)) }

    // vaddps xmm0, xmm1, xmm2 → c5 f0 58 c2: map 0F, W ignored, no extended rm: two bytes.
    @Test func twoByteVEXWhenItFits() throws {
        let explanation = try explain("VEX.128.0F.WIG 58 /r | VADDPS xmm1, xmm2, xmm3/m128 | RVM", [xmm(0), xmm(1), xmm(2)])
        #expect(explanation.bytes == bytes("c5 f0 58 c2"))
        let vex = try #require(explanation.field(.vex))
        #expect(vex.name == "VEX2")
        #expect(vex.meaning.contains("the 2-byte form fits"))
        #expect(vex.part("v̄v̄v̄v̄")?.meaning == "register 1 inverted: xmm1")
    }

    // vaddps xmm0, xmm1, xmm8 → c4 c1 70 58 c0: xmm8 in ModRM.rm needs B, which only C4 has.
    @Test func threeByteVEXForAnExtendedRMRegister() throws {
        let explanation = try explain("VEX.128.0F.WIG 58 /r | VADDPS xmm1, xmm2, xmm3/m128 | RVM", [xmm(0), xmm(1), xmm(8)])
        #expect(explanation.bytes == bytes("c4 c1 70 58 c0"))
        let vex = try #require(explanation.field(.vex))
        #expect(vex.name == "VEX3")
        #expect(vex.meaning.contains("B̄=0"))
        #expect(vex.part("W")?.meaning == "ignored by this form (WIG)")
        #expect(vex.part("B̄")?.operand == 2)
    }

    // vprotd xmm1, xmm2, xmm3 (XOP.128.09.W0 92 /r) → 8f e9 60 92 ca.
    @Test func xopPrefix() throws {
        let explanation = try explain("XOP.128.09.W0 92 /r | VPROTD xmm1, xmm2/m128, xmm3 | RMV", [xmm(1), xmm(2), xmm(3)])
        #expect(explanation.bytes == bytes("8f e9 60 92 ca"))
        let xop = try #require(explanation.field(.vex))
        #expect(xop.name == "XOP")
        #expect(xop.part("mmmmm")?.meaning == "opcode map XOP 09")
        #expect(xop.part("W")?.meaning == "part of the opcode (W0)")
    }

    // vblendvps xmm0, xmm1, xmm2, xmm3 → c4 e3 71 4a c2 30: xmm3 is the 3 in imm8[7:4].
    @Test func registerInTheImmediate() throws {
        let explanation = try explain(
            "VEX.128.66.0F3A.W0 4A /r /is4 | VBLENDVPS xmm1, xmm2, xmm3/m128, xmm4 | RVMH", [xmm(0), xmm(1), xmm(2), xmm(3)])
        #expect(explanation.bytes == bytes("c4 e3 71 4a c2 30"))
        let is4 = try #require(explanation.field(.immediate))
        #expect(is4.name == "is4")
        #expect(is4.operand == 3)
        #expect(is4.meaning.contains("xmm3"))
    }

    // addsd xmm1, xmm2 → f2 0f 58 ca: the F2 is the opcode's, not a repeat prefix.
    @Test func mandatoryPrefix() throws {
        let explanation = try explain("F2 0F 58 /r | ADDSD xmm1, xmm2/m64 | RM", [xmm(1), xmm(2)])
        #expect(explanation.bytes == bytes("f2 0f 58 ca"))
        let prefix = try #require(explanation.field(.mandatoryPrefix))
        #expect(prefix.bytes == [0xF2])
        #expect(prefix.meaning.contains("mandatory prefix"))
    }

    // pfadd mm0, mm1 → 0f 0f c1 9e: 3DNow! names the operation after ModRM.
    @Test func suffixOpcodeByte() throws {
        let explanation = try explain("0F 0F /r 9E | PFADD mm1, mm2/m64 | RM", [.register(Register(.mmx, 0)), .register(Register(.mmx, 1))])
        #expect(explanation.bytes == bytes("0f 0f c1 9e"))
        let suffix = try #require(explanation.fields.last)
        #expect(suffix.name == "suffix")
        #expect(suffix.bytes == [0x9E])
        #expect(explanation.fields.flatMap(\.bytes) == explanation.bytes)
    }
}
