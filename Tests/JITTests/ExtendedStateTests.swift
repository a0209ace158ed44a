import JIT
import Testing

/// The x87/SSE/AVX/AVX-512 state through the trampoline. Encodings from llvm-mc
/// (`-x86-asm-syntax=intel -show-encoding`); expected values worked out by hand.
@Suite struct ExtendedStateTests {
    /// Puts `bytes` at the start of the scratch region, through a snapshot.
    func writeScratch(_ executor: Executor, _ bytes: [UInt8]) {
        var snapshot = executor.snapshot()
        snapshot.scratch.replaceSubrange(0..<bytes.count, with: bytes)
        executor.restore(snapshot)
    }

    func doubles(_ values: [Double]) -> [UInt8] {
        values.flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init) }
    }

    func lanesF64(_ bytes: [UInt8]?) -> [Double] {
        guard let bytes else { return [] }
        return stride(from: 0, to: bytes.count, by: 8).map { start in
            var bits: UInt64 = 0
            for index in 0..<8 { bits |= UInt64(bytes[start + index]) << (8 * UInt64(index)) }
            return Double(bitPattern: bits)
        }
    }

    let allOnes16 = [UInt8](repeating: 0xFF, count: 16)

    @Test func dotProductWithSSE2() throws {
        let executor = try Executor()
        // a = (1, 2, 3, 4) at scratch, b = (5, 6, 7, 8) at scratch + 32.
        writeScratch(executor, doubles([1, 2, 3, 4, 5, 6, 7, 8]))
        let state = returned(executor.run(code(
            "b8 00 00 00 44",   // mov eax, 0x44000000
            "66 0f 28 00",      // movapd xmm0, [rax]        (1, 2)
            "66 0f 28 48 10",   // movapd xmm1, [rax+16]     (3, 4)
            "66 0f 59 40 20",   // mulpd xmm0, [rax+32]      (5, 12)
            "66 0f 59 48 30",   // mulpd xmm1, [rax+48]      (21, 32)
            "66 0f 58 c1",      // addpd xmm0, xmm1          (26, 44)
            "66 0f 7c c0",      // haddpd xmm0, xmm0         (70, 70)
            "c3"                // ret
        ), mode: .function))
        // 1·5 + 2·6 + 3·7 + 4·8 = 70.
        #expect(lanesF64(state?.extended.bytes(of: VectorRegister(.xmm, 0))) == [70, 70])
        #expect(lanesF64(state?.extended.bytes(of: VectorRegister(.xmm, 1))) == [21, 32])
        #expect(executor.state.extended == state?.extended)
    }

    @Test func stateEntersFromSwift() throws {
        let executor = try Executor()
        executor.state.extended.setBytes(doubles([1.5, 2.5]), of: VectorRegister(.xmm, 0))
        let state = returned(executor.run(code(
            "66 48 0f 3a 16 c0 01",  // pextrq rax, xmm0, 1
            "c3"                     // ret
        ), mode: .function))
        #expect(state?.rax == 2.5.bitPattern)
        #expect(state?.extended.bytes(of: VectorRegister(.xmm, 0)) == doubles([1.5, 2.5]))
    }

    @Test func resetStateEntersAsAfterFNINIT() throws {
        let executor = try Executor()
        #expect(executor.state.extended == ExtendedState.initial)
        let state = returned(executor.run(code(
            "b8 00 00 00 44",   // mov eax, 0x44000000
            "0f ae 58 04",      // stmxcsr [rax+4]
            "8b 48 04",         // mov ecx, [rax+4]
            "d9 78 08",         // fnstcw [rax+8]
            "0f b7 50 08",      // movzx edx, word ptr [rax+8]
            "c3"                // ret
        ), mode: .function))
        #expect(state?.rcx == 0x1F80)
        #expect(state?.rdx == 0x037F)
        #expect(state?.extended.mxcsr == 0x1F80)
        #expect(state?.extended.fcw == 0x037F)
        #expect(state?.extended.tagWord == 0xFFFF)
    }

    @Test func statePersistsAcrossRunsAndUndoAndReset() throws {
        let executor = try Executor()
        // MXCSR 0x9FC0: FTZ, DAZ and every exception masked.
        writeScratch(executor, [0xC0, 0x9F, 0, 0])
        let hasAVX = executor.state.extended.features.contains(.avx)
        var first = [
            "b8 00 00 00 44",   // mov eax, 0x44000000
            "0f ae 10",         // ldmxcsr [rax]
            "66 0f 76 d2",      // pcmpeqd xmm2, xmm2
            "d9 e8",            // fld1
        ]
        if hasAVX { first.append("c5 e5 76 db") }  // vpcmpeqd ymm3, ymm3, ymm3
        let afterFirst = try #require(returned(executor.run(ExecutableImage(code: (first + ["c3"]).flatMap(hex)), mode: .function)))
        #expect(afterFirst.extended.bytes(of: VectorRegister(.xmm, 2)) == allOnes16)
        #expect(afterFirst.extended.st(0).double == 1)
        #expect(afterFirst.extended.mxcsr == 0x9FC0)
        let beforeSecond = executor.snapshot()

        var second = [
            "66 48 0f 7e d0",   // movq rax, xmm2
            "d8 c0",            // fadd st(0), st(0)
            "bf 00 00 00 44",   // mov edi, 0x44000000
            "0f ae 5f 04",      // stmxcsr [rdi+4]
            "8b 4f 04",         // mov ecx, [rdi+4]
        ]
        if hasAVX {
            second += [
                "c4 e3 7d 19 dd 01",  // vextractf128 xmm5, ymm3, 1
                "66 48 0f 7e eb",     // movq rbx, xmm5
            ]
        }
        let afterSecond = try #require(returned(executor.run(ExecutableImage(code: (second + ["c3"]).flatMap(hex)), mode: .function)))
        #expect(afterSecond.rax == UInt64.max)
        #expect(afterSecond.rcx == 0x9FC0)
        #expect(afterSecond.extended.st(0).double == 2)
        if hasAVX { #expect(afterSecond.rbx == UInt64.max) }

        executor.restore(beforeSecond)
        #expect(executor.state.extended == afterFirst.extended)
        #expect(executor.state.extended.st(0).double == 1)

        executor.reset()
        #expect(executor.state.extended == ExtendedState.initial)
        let afterReset = returned(executor.run(code(
            "66 48 0f 7e d0",   // movq rax, xmm2
            "bf 00 00 00 44",   // mov edi, 0x44000000
            "0f ae 5f 04",      // stmxcsr [rdi+4]
            "8b 4f 04",         // mov ecx, [rdi+4]
            "c3"                // ret
        ), mode: .function))
        #expect(afterReset?.rax == 0)
        #expect(afterReset?.rcx == 0x1F80)
    }

    @Test func faultKeepsTheStateAtTheFault() throws {
        let executor = try Executor()
        let reported = fault(executor.run(code(
            "66 0f 76 d2",      // pcmpeqd xmm2, xmm2
            "d9 e8",            // fld1
            "0f 0b",            // ud2
            "66 0f ef d2",      // pxor xmm2, xmm2
            "c3"                // ret
        ), mode: .function))
        #expect(reported?.name == "SIGILL")
        #expect(reported?.state?.extended.bytes(of: VectorRegister(.xmm, 2)) == allOnes16)
        #expect(reported?.state?.extended.st(0).double == 1)
        #expect(reported?.state?.extended.top == 7)
        #expect(executor.state.extended.bytes(of: VectorRegister(.xmm, 2)) == allOnes16)
    }

    @Test func stoppedCodeReportsItsState() throws {
        let executor = try Executor()
        executor.timeout = .milliseconds(100)
        let outcome = executor.run(code(
            "66 0f 76 d2",      // pcmpeqd xmm2, xmm2
            "eb fe"             // jmp $
        ), mode: .function)
        guard case .timedOut(let state) = outcome else {
            Issue.record("expected a time-out, got \(outcome)")
            return
        }
        #expect(state?.extended.bytes(of: VectorRegister(.xmm, 2)) == allOnes16)
        // A stopped run leaves the machine as it was.
        #expect(executor.state.extended == ExtendedState.initial)
    }

    @Test func mmxAliasesTheX87Registers() throws {
        let executor = try Executor()
        executor.state.rax = 0x1122_3344_5566_7788
        let state = returned(executor.run(code(
            "48 0f 6e c8",      // movq mm1, rax
            "c3"                // ret
        ), mode: .function))
        // An MMX write sets TOP to 0, tags every register in use and the exponent to all ones.
        #expect(state?.extended.mm(1) == 0x1122_3344_5566_7788)
        #expect(state?.extended.st(1).signAndExponent == 0xFFFF)
        #expect(state?.extended.abridgedTagWord == 0xFF)
        #expect(state?.extended.bytes(of: VectorRegister(.mm, 1)) == [0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11])
    }

    @Test func avx512RegistersAndOpmasks() throws {
        let executor = try Executor()
        guard executor.state.extended.features.contains(.avx512) else {
            print("skipped: this machine (or its kernel) has no AVX-512")
            return
        }
        var high = [UInt8](repeating: 0, count: 64)
        for index in 32..<40 { high[index] = UInt8(index) }  // bits 319:256 of zmm31
        executor.state.extended.setBytes(high, of: VectorRegister(.zmm, 31))
        let first = try #require(returned(executor.run(code(
            "62 a3 5d 40 25 e4 ff",  // vpternlogd zmm20, zmm20, zmm20, 0xff
            "b8 5a 00 00 00",        // mov eax, 0x5a
            "c5 f8 92 d8",           // kmovw k3, eax
            "62 63 fd 48 3b f8 01",  // vextracti64x4 ymm0, zmm31, 1
            "c4 e1 f9 7e c6",        // vmovq rsi, xmm0
            "c3"                     // ret
        ), mode: .function)))
        #expect(first.rsi == 0x2726_2524_2322_2120)
        #expect(first.extended.bytes(of: VectorRegister(.zmm, 20)) == [UInt8](repeating: 0xFF, count: 64))
        #expect(first.extended.opmask(3) == 0x5A)
        #expect(first.extended.changedVectors(from: .initial).contains(VectorRegister(.zmm, 20)))

        let second = returned(executor.run(code(
            "c5 f8 93 cb",           // kmovw ecx, k3
            "62 e1 fd 08 7e e2",     // vmovq rdx, xmm20
            "c3"                     // ret
        ), mode: .function))
        #expect(second?.rcx == 0x5A)
        #expect(second?.rdx == UInt64.max)
    }
}

/// The value type alone: layouts, views and conversions.
@Suite struct ExtendedStateValueTests {
    @Test func float80Bits() {
        // 1.0: exponent 0x3FFF (bias 16383), integer bit set.
        let one = Float80Bits(significand: 0x8000_0000_0000_0000, signAndExponent: 0x3FFF)
        #expect(one.double == 1)
        #expect(one.isExactInDouble)
        // π as fldpi loads it: 0x4000 C90FDAA22168C235, more bits than a double holds.
        let pi = Float80Bits(significand: 0xC90F_DAA2_2168_C235, signAndExponent: 0x4000)
        #expect(!pi.isExactInDouble)
        #expect(pi.double == Double.pi)
        #expect(Float80Bits(Float80(-2.5)) == Float80Bits(significand: 0xA000_0000_0000_0000, signAndExponent: 0xC000))
    }

    @Test func tagWordFollowsTheContents() {
        var state = ExtendedState(features: [])
        #expect(state.tagWord == 0xFFFF)
        state.fsw = 6 << 11  // TOP = 6: ST0 is R6, ST1 is R7
        state.setST(0, Float80Bits(significand: 0x8000_0000_0000_0000, signAndExponent: 0x3FFF))
        state.setST(1, Float80Bits(significand: 0, signAndExponent: 0))
        // R6 valid (00), R7 zero (01), the rest empty (11).
        #expect(state.abridgedTagWord == 0b1100_0000)
        #expect(state.tagWord == 0b0100_1111_1111_1111)
        #expect(state.isEmpty(st: 2))
    }

    @Test func narrowestChangedWidth() {
        let old = ExtendedState(features: [.avx])
        var new = old
        new.setBytes([UInt8](repeating: 1, count: 16), of: VectorRegister(.xmm, 4))
        new.setBytes([UInt8](repeating: 0, count: 15) + [1] + [UInt8](repeating: 0, count: 16), of: VectorRegister(.ymm, 9))
        var upper = [UInt8](repeating: 0, count: 32)
        upper[20] = 7
        new.setBytes(upper, of: VectorRegister(.ymm, 12))
        #expect(new.changedVectors(from: old) == [VectorRegister(.xmm, 4), VectorRegister(.xmm, 9), VectorRegister(.ymm, 12)])
        // Zeroing the upper half of a register that had one shows the wide view.
        #expect(old.changedVectors(from: new).last == VectorRegister(.ymm, 12))
    }

    @Test func missingFeaturesReadAsNil() {
        let state = ExtendedState(features: [])
        #expect(state.bytes(of: VectorRegister(.ymm, 0)) == nil)
        #expect(state.bytes(of: VectorRegister(.xmm, 16)) == nil)
        #expect(state.opmask(0) == nil)
        #expect(state.bytes(of: VectorRegister(.xmm, 15))?.count == 16)
    }

    @Test(arguments: [("xmm0", "xmm0"), ("YMM15", "ymm15"), ("zmm31", "zmm31"), ("mm7", "mm7")])
    func registerNames(text: String, name: String) {
        #expect(VectorRegister(name: text)?.name == name)
    }

    @Test(arguments: ["mm8", "xmm32", "xmm", "xmm01", "zmm-1", "ymm1.5", "xmm٣"])
    func notRegisterNames(text: String) {
        #expect(VectorRegister(name: text) == nil)
    }
}
