import Explain
import Testing
import X86
import X86Encoder

/// EVEX explanations checked against fields worked out by hand from the SDM (Vol. 2, 2.7:
/// P0 = R̄ X̄ B̄ R̄′ 0 mmm, P1 = W v̄v̄v̄v̄ 1 pp, P2 = z L′L b V̄′ aaa; disp8×N, Tables 2-34/2-35);
/// each byte string was also checked with `llvm-mc -x86-asm-syntax=intel --show-encoding`.
@Suite struct EVEXExplanationTests {
    // vaddps zmm17 {k3} {z}, zmm2, dword ptr [rax + 256]{1to16} → 62 e1 6c db 58 48 40
    //   P0 e1 = 1 1 1 0 0 001: R̄=1 (zmm17 bit 3 is 0), R̄′=0 (bit 4 is 1), map 0F
    //   P1 6c = 0 1101 1 00: W0, v̄v̄v̄v̄ = ~0010 (zmm2), pp none
    //   P2 db = 1 10 1 1 011: z, L′L=10 (512), b (broadcast), V̄′=1 (zmm2 < 16), aaa = k3
    //   disp8 0x40 = 64: N = 4 (the broadcast dword), 64 × 4 = 256
    @Test func broadcastMaskZeroingAndCompressedDisplacement() throws {
        let explanation = try explain("vaddps zmm17 {k3} {z}, zmm2, dword ptr [rax + 256]{1to16}")
        #expect(explanation.bytes == bytes("62 e1 6c db 58 48 40"))
        #expect(explanation.opcodeNotation == "EVEX.512.0F.W0 58 /r")
        let evex = try #require(explanation.field(.vex))
        #expect(evex.name == "EVEX")
        #expect(evex.bytes == [0x62, 0xE1, 0x6C, 0xDB])
        #expect(evex.part("R̄")?.bits == "1")
        #expect(evex.part("R̄′")?.bits == "0")
        #expect(evex.part("R̄′")?.operand == 0)
        #expect(evex.part("mmm")?.bits == "001")
        #expect(evex.part("v̄v̄v̄v̄")?.bits == "1101")
        #expect(evex.part("v̄v̄v̄v̄")?.operand == 1)
        #expect(evex.part("z")?.bits == "1")
        #expect(evex.part("L′L")?.bits == "10")
        #expect(evex.part("b")?.bits == "1")
        #expect(evex.part("b")?.operand == 2)
        #expect(evex.part("b")?.meaning.contains("repeated 16 times") == true)
        #expect(evex.part("V̄′")?.bits == "1")
        #expect(evex.part("aaa")?.bits == "011")
        #expect(evex.part("aaa")?.meaning.contains("k3") == true)

        let displacement = try #require(explanation.field(.displacement))
        #expect(displacement.name == "disp8×4")
        #expect(displacement.bytes == [0x40])
        #expect(displacement.value == 256)
        #expect(displacement.meaning.contains("64 × 4 = 256"))
    }

    // vaddps zmm1, zmm2, zmmword ptr [rax + 8128] → 62 f1 6c 48 58 48 7f: 8128 = 127 × 64
    // (Full, 512 bits: N = 64); 8192 = 128 × 64 does not fit a disp8 and takes a disp32.
    @Test func displacementCompressesOnlyWhenItFits() throws {
        let fits = try explain("vaddps zmm1, zmm2, zmmword ptr [rax + 8128]")
        #expect(fits.bytes == bytes("62 f1 6c 48 58 48 7f"))
        let compressed = try #require(fits.field(.displacement))
        #expect(compressed.value == 8128)
        #expect(compressed.meaning.contains("Full (FV) at 512-bit vector length"))

        let tooFar = try explain("vaddps zmm1, zmm2, zmmword ptr [rax + 8192]")
        #expect(tooFar.bytes == bytes("62 f1 6c 48 58 88 00 20 00 00"))
        let wide = try #require(tooFar.field(.displacement))
        #expect(wide.name == "disp32")
        #expect(wide.meaning.contains("8192 / 64 = 128 does not fit in -128…127"))

        let unaligned = try explain("vaddps zmm1, zmm2, zmmword ptr [rax + 65]")
        #expect(unaligned.field(.displacement)?.meaning.contains("65 is not a multiple of N = 64") == true)
    }

    // vcompressps zmmword ptr [rsp - 8], zmm1 → 62 f2 7d 48 8a 4c 24 fe: Tuple1 Scalar, so N is
    // one dword although the operand is 64 bytes: -8 / 4 = -2 (fe).
    @Test func compressUsesTheElementAsN() throws {
        let explanation = try explain("vcompressps zmmword ptr [rsp - 8], zmm1")
        #expect(explanation.bytes == bytes("62 f2 7d 48 8a 4c 24 fe"))
        let displacement = try #require(explanation.field(.displacement))
        #expect(displacement.meaning.contains("Tuple1 Scalar (T1S32)"))
        #expect(displacement.value == -8)
    }

    // vaddps zmm18, zmm13, zmm2, {rd-sae} → 62 e1 14 38 58 d2: b=1, L′L=01 (round down).
    // vcvttps2dq zmm1, zmm2, {sae} → 62 f1 7e 18 5b ca: b=1, L′L=00.
    @Test func roundingAndSuppressionLiveInLengthAndB() throws {
        let rounded = try explain("vaddps zmm18, zmm13, zmm2, {rd-sae}")
        #expect(rounded.bytes == bytes("62 e1 14 38 58 d2"))
        let evex = try #require(rounded.field(.vex))
        #expect(evex.part("L′L")?.bits == "01")
        #expect(evex.part("L′L")?.meaning.contains("round down") == true)
        #expect(evex.part("b")?.bits == "1")
        #expect(rounded.text.contains("{rd-sae}"))

        let suppressed = try explain("vcvttps2dq zmm1, zmm2, {sae}")
        #expect(suppressed.bytes == bytes("62 f1 7e 18 5b ca"))
        #expect(suppressed.field(.vex)?.part("L′L")?.bits == "00")
        #expect(suppressed.field(.vex)?.part("b")?.meaning.contains("SAE") == true)
    }

    // vpgatherdd zmm1 {k1}, [rax + zmm17*4 + 64] → 62 f2 7d 41 90 4c 88 10: the VSIB index's
    // bit 4 is V̄′ (0), its bit 3 X̄ (1); N = 4 (a dword element), 64 / 4 = 16.
    @Test func vsibIndexUsesVPrime() throws {
        let explanation = try explain("vpgatherdd zmm1 {k1}, [rax + zmm17*4 + 64]")
        #expect(explanation.bytes == bytes("62 f2 7d 41 90 4c 88 10"))
        let evex = try #require(explanation.field(.vex))
        #expect(evex.part("V̄′")?.bits == "0")
        #expect(evex.part("V̄′")?.operand == 1)
        #expect(evex.part("X̄")?.bits == "1")
        #expect(explanation.field(.displacement)?.value == 64)
    }

    // Without anything only EVEX has, the VEX form wins: vaddps xmm1, xmm2, xmm3 → c5 e8 58 cb;
    // even where EVEX's disp8×16 would be a byte shorter (c5 e8 58 88 00 01 00 00, 8 bytes,
    // against 62 f1 6c 08 58 48 10).
    @Test func vexWhenNothingNeedsEVEX() throws {
        let explanation = try explain("vaddps xmm1, xmm2, xmm3")
        #expect(explanation.bytes == bytes("c5 e8 58 cb"))
        #expect(explanation.field(.vex)?.name == "VEX2")

        let longer = try explain("vaddps xmm1, xmm2, xmmword ptr [rax + 256]")
        #expect(longer.bytes == bytes("c5 e8 58 88 00 01 00 00"))
        #expect(longer.alternatives.contains { $0.bytes == bytes("62 f1 6c 08 58 48 10") })
        #expect(longer.choice.contains("EVEX is used only when the line needs it"))
    }
}
