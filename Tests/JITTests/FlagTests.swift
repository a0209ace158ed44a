import JIT
import Testing

/// Each row: code, then the flags it leaves set; every other reported flag must be clear.
/// Expectations are derived by hand from the SDM's definitions of the instructions.
struct FlagCase: Sendable, CustomTestStringConvertible {
    let source: String
    let bytes: [UInt8]
    let set: Set<RegisterState.Flag>
    var testDescription: String { source }
}

let flagCases: [FlagCase] = [
    // stc: CF=1; nothing else changes from the all-clear entry flags.
    FlagCase(source: "stc", bytes: hex("f9"), set: [.cf]),
    // std: DF=1.
    FlagCase(source: "std", bytes: hex("fd"), set: [.df]),
    // 0x0f + 1 = 0x10: carry out of bit 3 (AF); 0x10 has one bit set, odd parity (PF=0).
    FlagCase(source: "mov al, 0x0f; add al, 1", bytes: hex("b0 0f") + hex("04 01"), set: [.af]),
    // 3 - 4 = 0xffffffff: borrow (CF), borrow out of bit 3 (AF), negative (SF), low byte 0xff
    // has eight bits set, even parity (PF); -1 is representable, so OF=0.
    FlagCase(source: "mov eax, 3; sub eax, 4", bytes: hex("b8 03 00 00 00") + hex("83 e8 04"),
             set: [.cf, .af, .sf, .pf]),
    // 0x7fffffff + 1 = 0x80000000: signed overflow (OF), negative (SF), carry out of bit 3 (AF),
    // low byte 0x00 even parity (PF); no unsigned carry out of bit 31 (CF=0).
    FlagCase(source: "mov eax, 0x7fffffff; add eax, 1", bytes: hex("b8 ff ff ff 7f") + hex("83 c0 01"),
             set: [.of, .sf, .af, .pf]),
    // -1 + 1 = 0 in 64 bits: zero (ZF), carry out of bit 63 (CF), carry out of bit 3 (AF),
    // parity of 0x00 even (PF); no signed overflow, not negative.
    FlagCase(source: "mov rax, -1; add rax, 1", bytes: hex("48 c7 c0 ff ff ff ff") + hex("48 83 c0 01"),
             set: [.zf, .cf, .af, .pf]),
]

@Suite struct FlagTests {
    @Test(arguments: flagCases)
    func flagsAfterArithmetic(_ row: FlagCase) throws {
        let executor = try Executor()
        let state = returned(executor.run(ExecutableImage(code: row.bytes + hex("c3")), mode: .function))  // ret
        guard let state else { return }
        for flag in RegisterState.Flag.allCases {
            #expect(state.flag(flag) == row.set.contains(flag), "\(flag.name) after \(row.source)")
        }
    }

    @Test func flagsPersistIntoTheNextRun() throws {
        let executor = try Executor()
        _ = executor.run(code("f9"), mode: .step)  // stc
        let state = returned(executor.run(code(
            "9c",  // pushfq
            "58",  // pop rax
            "c3"   // ret
        ), mode: .function))
        #expect(state.map { $0.rax & RegisterState.Flag.cf.mask } == RegisterState.Flag.cf.mask)
    }

    @Test func setFlagsAreEnteredAndOthersIgnored() throws {
        let executor = try Executor()
        let trapFlag: UInt64 = 0x100
        executor.state.rflags = RegisterState.Flag.zf.mask | RegisterState.Flag.df.mask
            | RegisterState.Flag.of.mask | trapFlag
        let state = returned(executor.run(code(
            "9c",  // pushfq
            "58",  // pop rax
            "fc",  // cld, so the exit path is seen to capture DF as the code left it
            "c3"   // ret
        ), mode: .function))
        // TF was not entered (else the first instruction would have trapped); IF and bit 1 always read 1.
        #expect(state?.rax == RegisterState.Flag.zf.mask | RegisterState.Flag.df.mask
            | RegisterState.Flag.of.mask | 0x202)
        #expect(state?.flag(.df) == false)
        #expect(state?.flag(.zf) == true)
    }
}
