import JIT
import Testing

/// AVX-512 code run for real: masked merging and zeroing, compares into masks, broadcast,
/// compress and embedded rounding. Encodings from llvm-mc (`-x86-asm-syntax=intel
/// -show-encoding`); the lanes expected are worked out by hand.
@Suite struct AVX512ExecutionTests {
    /// An executor on a CPU and kernel with AVX-512 state, else nil (the test then says so).
    func executor() throws -> Executor? {
        let executor = try Executor()
        guard executor.state.extended.features.contains(.avx512) else {
            print("skipped: this machine (or its kernel) has no AVX-512")
            return nil
        }
        return executor
    }

    func writeScratch(_ executor: Executor, at offset: Int, _ bytes: [UInt8]) {
        var snapshot = executor.snapshot()
        snapshot.scratch.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
        executor.restore(snapshot)
    }

    func floats(_ values: [Float]) -> [UInt8] {
        values.flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init) }
    }

    func int32s(_ values: [Int32]) -> [UInt8] {
        values.flatMap { value in withUnsafeBytes(of: value.littleEndian, Array.init) }
    }

    func lanesF32(_ bytes: [UInt8]?) -> [Float] {
        guard let bytes else { return [] }
        return stride(from: 0, to: bytes.count, by: 4).map { start in
            var bits: UInt32 = 0
            for index in 0..<4 { bits |= UInt32(bytes[start + index]) << (8 * UInt32(index)) }
            return Float(bitPattern: bits)
        }
    }

    func lanesI32(_ bytes: [UInt8]?) -> [Int32] {
        lanesF32(bytes).map { Int32(bitPattern: $0.bitPattern) }
    }

    @Test func maskedAddMergesOrZeroesAndACompareWritesAMask() throws {
        guard let executor = try executor() else { return }
        // a = 1…16 at scratch, 10.0 at scratch + 64.
        let a: [Float] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
        writeScratch(executor, at: 0, floats(a) + floats([10]))
        let state = try #require(returned(executor.run(code(
            "b8 00 00 00 44",                // mov eax, 0x44000000
            "62 f1 7c 48 10 08",             // vmovups zmm1, zmmword ptr [rax]
            "62 f2 7d 48 18 50 10",          // vbroadcastss zmm2, dword ptr [rax + 64]   (disp8×4)
            "b9 55 55 00 00",                // mov ecx, 0x5555
            "c5 f8 92 c9",                   // kmovw k1, ecx
            "62 f1 7c 48 28 c1",             // vmovaps zmm0, zmm1
            "62 f1 74 49 58 c2",             // vaddps zmm0 {k1}, zmm1, zmm2
            "62 f1 74 c9 58 da",             // vaddps zmm3 {k1} {z}, zmm1, zmm2
            "62 f1 74 58 c2 50 10 0d",       // vcmpps k2, zmm1, dword ptr [rax + 64]{1to16}, 13
            "c5 f8 93 d2",                   // kmovw edx, k2
            "c3"                             // ret
        ), mode: .function)))
        // k1 = 0x5555 selects the even lanes: there a + 10, elsewhere a kept (merging) or 0 (zeroing).
        let merged: [Float] = [11, 2, 13, 4, 15, 6, 17, 8, 19, 10, 21, 12, 23, 14, 25, 16]
        let zeroed: [Float] = [11, 0, 13, 0, 15, 0, 17, 0, 19, 0, 21, 0, 23, 0, 25, 0]
        #expect(lanesF32(state.extended.bytes(of: VectorRegister(.zmm, 0))) == merged)
        #expect(lanesF32(state.extended.bytes(of: VectorRegister(.zmm, 3))) == zeroed)
        // a ≥ 10 (predicate 13, GE_OS) in lanes 9–15, the values 10…16.
        #expect(state.extended.opmask(2) == 0xFE00)
        #expect(state.rdx == 0xFE00)
        #expect(state.extended.opmask(1) == 0x5555)
    }

    @Test func compressAndMaskedBroadcastAdd() throws {
        guard let executor = try executor() else { return }
        // 1…16 as dwords at scratch + 128, 100 at scratch + 192.
        writeScratch(executor, at: 128, int32s(Array(1...16)) + int32s([100]))
        let state = try #require(returned(executor.run(code(
            "b8 00 00 00 44",                // mov eax, 0x44000000
            "b9 55 55 00 00",                // mov ecx, 0x5555
            "c5 f8 92 c9",                   // kmovw k1, ecx
            "62 f1 7e 48 6f 60 02",          // vmovdqu32 zmm4, zmmword ptr [rax + 128]   (disp8×64)
            "62 f2 7d c9 8b e5",             // vpcompressd zmm5 {k1} {z}, zmm4
            "62 f1 5d 59 fe 70 30",          // vpaddd zmm6 {k1}, zmm4, dword ptr [rax + 192]{1to16}
            "c3"                             // ret
        ), mode: .function)))
        // The even lanes hold 1, 3, 5 … 15; compressed, they fill lanes 0–7 and zeroing clears the rest.
        let compressed: [Int32] = [1, 3, 5, 7, 9, 11, 13, 15, 0, 0, 0, 0, 0, 0, 0, 0]
        #expect(lanesI32(state.extended.bytes(of: VectorRegister(.zmm, 5))) == compressed)
        // zmm6 started at 0: the even lanes get value + 100, the odd ones keep 0.
        let added: [Int32] = [101, 0, 103, 0, 105, 0, 107, 0, 109, 0, 111, 0, 113, 0, 115, 0]
        #expect(lanesI32(state.extended.bytes(of: VectorRegister(.zmm, 6))) == added)
    }

    @Test func embeddedRoundingOverridesMXCSR() throws {
        guard let executor = try executor() else { return }
        writeScratch(executor, at: 256, floats([-2.5]))
        let state = try #require(returned(executor.run(code(
            "b8 00 00 00 44",                // mov eax, 0x44000000
            "62 e2 7d 48 18 48 40",          // vbroadcastss zmm17, dword ptr [rax + 256]
            "62 a1 7d 18 5b d1",             // vcvtps2dq zmm18, zmm17, {rn-sae}
            "62 a1 7d 38 5b d9",             // vcvtps2dq zmm19, zmm17, {rd-sae}
            "62 a1 7d 58 5b e1",             // vcvtps2dq zmm20, zmm17, {ru-sae}
            "62 a1 7d 78 5b e9",             // vcvtps2dq zmm21, zmm17, {rz-sae}
            "62 e1 7d 08 7e d6",             // vmovd esi, xmm18
            "62 e1 7d 08 7e df",             // vmovd edi, xmm19
            "62 c1 7d 08 7e e0",             // vmovd r8d, xmm20
            "62 c1 7d 08 7e e9",             // vmovd r9d, xmm21
            "c3"                             // ret
        ), mode: .function)))
        // -2.5: to nearest even -2, down -3, up -2, toward zero -2 (as dwords, zero-extended).
        #expect(state.rsi == 0xFFFF_FFFE)
        #expect(state.rdi == 0xFFFF_FFFD)
        #expect(state.r8 == 0xFFFF_FFFE)
        #expect(state.r9 == 0xFFFF_FFFE)
        #expect(lanesI32(state.extended.bytes(of: VectorRegister(.zmm, 19))) == [Int32](repeating: -3, count: 16))
        // MXCSR itself is untouched (round to nearest).
        #expect(state.extended.mxcsr & 0x6000 == 0)
    }
}
