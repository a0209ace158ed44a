import JIT
@testable import REPL
import Testing

/// Vector registers, x87 and MXCSR through the session: `.set`, `.regs` and `; expect`.
@Suite struct ExtendedStateCommandTests {
    func session() -> (Session, Collected) {
        let collected = Collected()
        let session = Session(options: SessionOptions(timeout: 5, color: false)) { collected.events.append($0) }
        return (session, collected)
    }

    func output(_ session: Session, _ collected: Collected, _ line: String) -> String {
        collected.events = []
        session.handle(line)
        return collected.events.map(\.text).joined()
    }

    @Test func setLanesThenRun() {
        let (session, collected) = session()
        #expect(output(session, collected, ".set xmm0.i32 1 2 3 4") == "xmm0   {i32: 1, 2, 3, 4}  0x0000000400000003_0000000200000001\n")
        #expect(output(session, collected, ".regs xmm0 i32") == "xmm0   {i32: 1, 2, 3, 4}\n")
        // paddd xmm0, xmm0 (llvm-mc: 66 0f fe c0) doubles each lane.
        session.handle(".byte 0x66, 0x0f, 0xfe, 0xc0")
        let run = output(session, collected, "ret")
        #expect(run.contains("xmm0   {f64: "))
        #expect(run.contains("0x0000000800000006_0000000400000002"))
        #expect(output(session, collected, ".regs xmm0 i32") == "xmm0   {i32: 2, 4, 6, 8}\n")
        #expect(output(session, collected, "; expect xmm0.i32[3] == 8") == "ok: xmm0.i32[3] == 8\n")
        #expect(output(session, collected, "; expect xmm0.i64[1] == 0x800000006") == "ok: xmm0.i64[1] == 0x800000006\n")
        #expect(session.expectationFailures.isEmpty)
    }

    @Test func signedLanesCompareAsSigned() {
        let (session, collected) = session()
        session.handle("mov eax, 1")
        session.handle("ret")
        session.handle(".set xmm1.i32 -1 5")
        #expect(output(session, collected, "; expect xmm1.i32[0] == -1").hasPrefix("ok"))
        #expect(output(session, collected, "; expect xmm1.i32[0] == 0xffffffff").hasPrefix("ok"))
        #expect(output(session, collected, "; expect xmm1.i32[0] < 0").hasPrefix("ok"))
        #expect(output(session, collected, "; expect xmm1.u32[0] > 5").hasPrefix("ok"))
        #expect(output(session, collected, "; expect xmm1.i32[1] < 0").contains("but xmm1.i32[1] = 5 (0x5)"))
    }

    @Test func floatComparisonsAreExactUnlessToleranceIsWritten() throws {
        let (session, collected) = session()
        session.handle("ret")
        session.handle(".set xmm0 0.30000000000000004")
        #expect(output(session, collected, "; expect xmm0.f64[0] == 0.3").contains("but xmm0.f64[0] = 0.30000000000000004"))
        #expect(output(session, collected, "; expect xmm0.f64[0] == 0.3 ~ 1e-12").hasPrefix("ok"))
        #expect(output(session, collected, "; expect xmm0.f64[0] != 0.3 ~ 1e-12").contains("but"))
        #expect(output(session, collected, "; expect xmm0.f64[0] < 0.3 ~ 1").contains("tolerance"))
        session.handle(".set xmm0 nan")
        #expect(output(session, collected, "; expect xmm0.f64[0] == nan").hasPrefix("ok"))
    }

    @Test func expectationSyntax() throws {
        let parsed = try #require(Expectation.parse("; expect ymm1.i32[7] == -1")).get()
        #expect(parsed.subject == .lane(VectorRegister(.ymm, 1), .i32, index: 7))
        #expect(parsed.expected == .integer(UInt64.max))
        let real = try #require(Expectation.parse("; expect xmm0.f64[0] == 0.3 ~ 1e-12")).get()
        #expect(real.expected == .real("0.3", tolerance: 1e-12))
        let mxcsr = try #require(Expectation.parse("; expect mxcsr == 0x1f80")).get()
        #expect(mxcsr.subject == .control(.mxcsr))
        for wrong in ["; expect xmm0 == 1", "; expect xmm0.i32[4] == 0", "; expect xmm0.hex[0] == 0",
                      "; expect xmm0.f64[0] == abc", "; expect rax == 1 ~ 2"] {
            guard case .failure? = Expectation.parse(wrong) else {
                Issue.record("\(wrong) was accepted")
                continue
            }
        }
    }

    @Test func fpuAndMXCSRViews() {
        let (session, collected) = session()
        // fld1 (llvm-mc: d9 e8): st0 = 1 in R7, TOP = 7.
        session.handle(".byte 0xd9, 0xe8")
        session.handle("ret")
        let fpu = output(session, collected, ".regs fpu")
        #expect(fpu.hasPrefix("st0  1  (R7 valid, 0x3fff_8000000000000000)\nst1  empty (R0)\n"))
        #expect(fpu.contains("fcw  0x037f  masked IM DM ZM OM UM PM  precision extended (64 bits)  rounding to nearest\n"))
        #expect(fpu.contains("fsw  0x3800  TOP=7  C3=0 C2=0 C1=0 C0=0  flags none\n"))
        #expect(fpu.contains("ftw  0x3fff  R7 valid; the rest empty\n"))
        #expect(output(session, collected, ".set mxcsr 0x9fc0") == "mxcsr  0x1f80 → 0x9fc0\n")
        #expect(output(session, collected, ".regs mxcsr") == """
            mxcsr  0x9fc0
              flags     IE=0 DE=0 ZE=0 OE=0 UE=0 PE=0
              masks     IM=1 DM=1 ZM=1 OM=1 UM=1 PM=1
              rounding  to nearest  FTZ=1 DAZ=1

            """)
        #expect(output(session, collected, "; expect mxcsr == 0x9fc0").hasPrefix("ok"))
        #expect(output(session, collected, "; expect st0 == 1").hasPrefix("ok"))
    }

    @Test func undoAndResetBringBackTheExtendedState() {
        let (session, collected) = session()
        session.handle(".set xmm5 2.5")
        session.handle("ret")
        // pcmpeqd xmm5, xmm5 (llvm-mc: 66 0f 76 ed): every bit set.
        session.handle(".byte 0x66, 0x0f, 0x76, 0xed")
        session.handle("ret")
        #expect(output(session, collected, ".regs xmm5 hex") == "xmm5   0xffffffffffffffff_ffffffffffffffff\n")
        let undone = output(session, collected, ".undo")
        #expect(undone.contains("xmm5   {f64: 2.5, 0}  0x0000000000000000_4004000000000000\n"))
        #expect(output(session, collected, ".regs xmm5 f64") == "xmm5   {f64: 2.5, 0}\n")
        session.handle(".reset")
        #expect(output(session, collected, ".regs xmm5 f64") == "xmm5   {f64: 0, 0}\n")
        #expect(output(session, collected, ".regs mxcsr").hasPrefix("mxcsr  0x1f80\n"))
    }

    @Test func badSetsAreErrors() {
        let (session, collected) = session()
        #expect(output(session, collected, ".set xmm0.i8 300").contains("'300' is not an integer that fits 8 bits"))
        #expect(output(session, collected, ".set xmm0 1 2 3").contains("3 values, but the register has 2 f64 lanes"))
        #expect(output(session, collected, ".set xmm0.f16 1").contains("not a lane type"))
        #expect(output(session, collected, ".set mxcsr 0x80000000").contains("MXCSR has no bit"))
        #expect(output(session, collected, ".set rax 1 2").contains("takes one value"))
    }
}
