import Testing
import X86
import X86Encoder

/// Errors a person can act on: what was wrong, which operand, and what would be right.
@Suite struct EncodingErrorTests {
    private func error(_ line: String) throws -> EncodingError? {
        let instruction = try #require(Parsed.instruction(line), "the parser refused '\(line)'")
        do {
            _ = try Encoder().encode(instruction)
            return nil
        } catch {
            return error
        }
    }

    @Test func operandMismatchListsTheForms() throws {
        let error = try #require(try error("mov eax, cl"))
        guard case .noMatchingForm(let mnemonic, let kinds, let forms) = error else {
            Issue.record("expected noMatchingForm, got \(error)")
            return
        }
        #expect(mnemonic == "mov")
        #expect(kinds == ["a 32-bit register", "an 8-bit register"])
        #expect(forms.contains("MOV r/m32, r32") && forms.contains("MOV r32, imm32") && forms.contains("MOV r64, CR0–CR8"))
        #expect(error.message.hasPrefix("no form of 'mov' takes a 32-bit register, an 8-bit register; it has: MOV r/m8, r8;"))
    }

    // EVEX decorations a form cannot take, with the reason both peers give in their words.
    @Test(arguments: [
        ("vaddps zmm1 {z}, zmm2, zmm3", "'{z}' is not allowed here: zeroing needs an opmask ({k1}…{k7})"),
        ("vmovaps zmmword ptr [rax] {k1} {z}, zmm1", "'{z}' is not allowed here: a store to memory can only merge"),
        ("vaddps xmm1 {k1}, xmm2, xmm3, {rn-sae}", "'{rn-sae}' is not allowed here: this form takes no rounding or SAE"),
        ("vaddps zmm1, zmm2, zmm3, {sae}", "'{sae}' is not allowed here: this form takes a rounding mode ({rn-sae}…)"),
        ("vaddps zmm1, zmm2, zmmword ptr [rax], {rn-sae}", "'{rn-sae}' is not allowed here: rounding and SAE need register operands"),
        ("vpgatherdd zmm1, [rax + zmm2*4]", "'{k1}' is not allowed here: a gather or scatter needs an opmask ({k1}…{k7})"),
        ("vaddsubps xmm1 {k1}, xmm2, xmm3", "'{k1}' is not allowed here: only EVEX (AVX-512) forms take it, and this instruction has none for these operands"),
    ])
    func decorationsTheFormCannotTake(line: String, message: String) throws {
        let error = try #require(try error(line))
        #expect(error.message == message)
    }

    @Test func aRegisterAbove15NeedsAnEVEXForm() throws {
        let error = try #require(try error("vaddsubps xmm16, xmm1, xmm2"))
        #expect(error == .registerNeedsEVEX(operand: 0, register: "xmm16"))
    }

    @Test func aFormOfAnotherWidthIsNotAMatch() throws {
        let error = try #require(try error("bswap ax"))
        guard case .noMatchingForm(_, _, let forms) = error else {
            Issue.record("expected noMatchingForm, got \(error)")
            return
        }
        #expect(forms == ["BSWAP r32", "BSWAP r64"])
    }

    @Test func ambiguousSizeNamesTheSpecifiers() throws {
        let error = try #require(try error("mov [rax], 1"))
        #expect(error == .ambiguousOperandSize(operand: 0, sizes: [.byte, .word, .dword, .qword]))
        #expect(error.message == "operand size is ambiguous: add a size specifier ('byte ptr', 'word ptr', 'dword ptr', 'qword ptr')")
    }

    @Test func ambiguousSizeOfAStringOperand() throws {
        #expect(try error("movs [rdi], [rsi]") == .ambiguousOperandSize(operand: 0, sizes: [.byte, .word, .dword, .qword]))
    }

    @Test func defaultSizeSettlesPushAndPop() throws {
        #expect(try error("push [rax]") == nil)
        #expect(try error("pop [rax]") == nil)
    }

    @Test(arguments: [
        ("add al, 256", -128...255),
        ("add al, -129", -128...255),
        ("mov ax, 0x10000", -32768...65535),
        ("mov byte ptr [rax], 0x100", -128...255),
        ("int 256", -128...255),
        ("enter 0, 256", -128...255),
    ] as [(String, ClosedRange<Int64>)])
    func immediateOutOfRangeStatesTheRange(_ line: String, _ range: ClosedRange<Int64>) throws {
        let error = try #require(try error(line))
        guard case .immediateOutOfRange(_, _, let actual) = error else {
            Issue.record("expected immediateOutOfRange, got \(error)")
            return
        }
        #expect(actual == range)
        #expect(error.message.hasSuffix("must be within \(range.lowerBound)...\(range.upperBound)"))
    }

    // The widest form wins the argument: add eax takes a sign-extended imm8 or an imm32.
    @Test func rangeOfTheWidestForm() throws {
        let error = try #require(try error("add eax, 0x100000000"))
        #expect(error == .immediateOutOfRange(operand: 1, value: 0x1_0000_0000, range: -0x8000_0000...0xFFFF_FFFF))
    }

    @Test(arguments: ["lock add eax, ebx", "lock inc ecx", "lock xchg eax, ebx", "lock cmpxchg ecx, edx"])
    func lockOnARegisterDestinationIsRejected(_ line: String) throws {
        #expect(try error(line) == .prefixNotAllowed(prefix: "lock", reason: "the destination must be a memory operand"))
    }

    @Test(arguments: ["lock mov dword ptr [rax], 1", "lock cmp dword ptr [rax], 1", "lock movsb", "lock bt dword ptr [rax], 1"])
    func lockOnAnInstructionThatCannotBeLockedIsRejected(_ line: String) throws {
        guard case .prefixNotAllowed(let prefix, let reason)? = try error(line) else {
            Issue.record("'\(line)' should be refused")
            return
        }
        #expect(prefix == "lock")
        #expect(reason.hasSuffix("cannot be locked"))
        // The mnemonic is named as written (from its id, not the forms' text).
        let mnemonic = line.split(separator: " ")[1]
        #expect(reason.hasPrefix("'\(mnemonic)'"), "\(reason)")
    }

    @Test(arguments: ["lock add dword ptr [rax], 1", "lock xchg ecx, dword ptr [rax]", "lock btc qword ptr [rax], 3",
                      "lock cmpxchg16b xmmword ptr [rax]", "lock xadd byte ptr [rax], cl"])
    func lockOnAMemoryDestinationIsAccepted(_ line: String) throws {
        #expect(try error(line) == nil)
    }

    @Test func hardwareLockElisionNeedsALockedMemoryDestination() throws {
        #expect(try error("xacquire lock add dword ptr [rax], 1") == nil)
        #expect(try error("xacquire xchg dword ptr [rax], eax") == nil)
        #expect(try error("xrelease mov dword ptr [rax], eax") == nil)
        guard case .prefixNotAllowed("xacquire", _)? = try error("xacquire add dword ptr [rax], 1") else {
            Issue.record("xacquire without lock should be refused")
            return
        }
        guard case .prefixNotAllowed("xacquire", _)? = try error("xacquire mov dword ptr [rax], eax") else {
            Issue.record("xacquire on a store should be refused")
            return
        }
        guard case .prefixNotAllowed("xrelease", _)? = try error("xrelease mov eax, ebx") else {
            Issue.record("xrelease on a register destination should be refused")
            return
        }
    }

    @Test(arguments: ["rep add eax, ebx", "rep bsf eax, ecx", "repne mov eax, ebx"])
    func repeatPrefixOutsideStringInstructionsIsRejected(_ line: String) throws {
        guard case .prefixNotAllowed(_, let reason)? = try error(line) else {
            Issue.record("'\(line)' should be refused")
            return
        }
        #expect(reason == "'\(line.split(separator: " ")[1])' is not a string instruction")
    }

    @Test func notrackOnlyOnIndirectBranches() throws {
        #expect(try error("notrack jmp rax") == nil)
        #expect(try error("notrack add eax, ebx") == .prefixNotAllowed(prefix: "notrack", reason: "only indirect branches take it"))
    }

    @Test func stringOperandsMustNameTheirFixedRegisters() throws {
        guard case .noMatchingForm? = try error("stos dword ptr [rdi + 4]") else {
            Issue.record("a displacement on [rdi] should be refused")
            return
        }
        guard case .noMatchingForm? = try error("movs byte ptr fs:[rdi], byte ptr [rsi]") else {
            Issue.record("[rdi] cannot take a segment override")
            return
        }
        guard case .invalidMemoryOperand(_, let reason)? = try error("movs byte ptr [rdi], byte ptr [esi]") else {
            Issue.record("mixed address sizes should be refused")
            return
        }
        #expect(reason.contains("both"))
    }

    // 2^31…2^32-1 is not a sign-extended disp32; only the accumulator's moffs form reaches it.
    @Test func absoluteAddressAbove2GiBNeedsMoffs() throws {
        #expect(try error("mov eax, dword ptr [0xfee000f0]") == nil)
        #expect(try error("mov ecx, dword ptr [0xfee000f0]") == .displacementOutOfRange(operand: 1, value: 0xFEE0_00F0))
    }

    @Test func shortBranchThatCannotReachSaysHowFar() {
        let jump = Instruction(Mnemonic("jmp")!, [.imm(300)], branchWidth: .short)
        #expect(throws: EncodingError.branchOutOfRange(operand: 0, distance: 298)) {
            try Encoder().encode(jump)
        }
    }

    @Test func data16CannotShortenA32BitImmediate() throws {
        guard case .prefixNotAllowed("data16", _)? = try error("data16 mov eax, 0x12345678") else {
            Issue.record("a 32-bit immediate with data16 should be refused")
            return
        }
        #expect(try error("data16 push 0x1234") == nil)
    }
}
