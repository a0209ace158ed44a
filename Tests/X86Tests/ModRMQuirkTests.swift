import Testing
import X86
import X86Encoder

/// The special cases of ModRM and SIB in 64-bit mode (SDM Vol. 2, tables 2-2 and 2-3), one
/// named test each. Instructions are built as values, so only the encoder is under test.
/// Expected bytes: llvm-mc 14 (`llvm-mc -x86-asm-syntax=intel -show-encoding`).
@Suite struct ModRMQuirkTests {
    private func encode(_ instruction: Instruction) throws -> [UInt8] {
        Array(try Encoder().encode(instruction).bytes)
    }

    private func load(_ memory: Memory, into register: Register = .rax) -> Instruction {
        Instruction(Mnemonic("mov")!, [.register(register), .memory(memory)])
    }

    private func gp(_ number: UInt8) -> Register { Register(.gp64, number) }

    // rm=100 means "SIB follows", so a base of rsp needs a SIB with no index (100).
    @Test func rspAsBaseNeedsASIB() throws {
        #expect(try encode(load(Memory(base: .rsp))) == [0x48, 0x8B, 0x04, 0x24])
    }

    // r12 shares rsp's low bits (100): the same SIB, with REX.B.
    @Test func r12AsBaseNeedsASIB() throws {
        #expect(try encode(load(Memory(base: gp(12)))) == [0x49, 0x8B, 0x04, 0x24])
    }

    // mod=00 rm=101 is RIP-relative, so [rbp] is written [rbp+0] with a zero disp8.
    @Test func rbpAsBaseNeedsAZeroDisplacement() throws {
        #expect(try encode(load(Memory(base: .rbp))) == [0x48, 0x8B, 0x45, 0x00])
    }

    // r13 shares rbp's low bits (101): the same zero disp8, with REX.B.
    @Test func r13AsBaseNeedsAZeroDisplacement() throws {
        #expect(try encode(load(Memory(base: gp(13)))) == [0x49, 0x8B, 0x45, 0x00])
    }

    // With an index too: SIB.base=101 under mod=00 would mean "no base", so rbp/r13 keep the disp8.
    @Test func rbpAndR13WithAnIndexKeepTheZeroDisplacement() throws {
        #expect(try encode(load(Memory(base: .rbp, index: gp(13)))) == [0x4A, 0x8B, 0x44, 0x2D, 0x00])
        #expect(try encode(load(Memory(base: gp(13), index: .rax))) == [0x49, 0x8B, 0x44, 0x05, 0x00])
    }

    // No base: SIB.base=101 with mod=00 means disp32 and no base register.
    @Test func indexWithoutBaseTakesADisp32() throws {
        #expect(try encode(load(Memory(index: .rcx, scale: 8, displacement: 0x10)))
                == [0x48, 0x8B, 0x04, 0xCD, 0x10, 0x00, 0x00, 0x00])
        #expect(try encode(load(Memory(index: .rcx, scale: 8))) == [0x48, 0x8B, 0x04, 0xCD, 0x00, 0x00, 0x00, 0x00])
    }

    // An absolute address cannot use mod=00 rm=101 (that is RIP-relative): SIB with no base, no index.
    @Test func absoluteAddressUsesASIBWithNeitherBaseNorIndex() throws {
        #expect(try encode(load(Memory(displacement: 0x1000))) == [0x48, 0x8B, 0x04, 0x25, 0x00, 0x10, 0x00, 0x00])
    }

    @Test func ripRelative() throws {
        #expect(try encode(load(Memory(base: .rip, displacement: 0x10))) == [0x48, 0x8B, 0x05, 0x10, 0x00, 0x00, 0x00])
        #expect(try encode(load(Memory(base: Register(.eip, 5), displacement: 8), into: .eax))
                == [0x67, 0x8B, 0x05, 0x08, 0x00, 0x00, 0x00])
    }

    // rsp as a base with an index: SIB.base=100 is an ordinary base.
    @Test func rspAsBaseWithAnIndex() throws {
        #expect(try encode(load(Memory(base: .rsp, index: .rax))) == [0x48, 0x8B, 0x04, 0x04])
    }

    // SIB.index=100 means "no index", so rsp can never be one; r12 (REX.X + 100) can.
    @Test func rspCannotBeAnIndex() {
        #expect(throws: EncodingError.invalidMemoryOperand(operand: 1, reason: "'rsp' cannot be an index register")) {
            try encode(load(Memory(base: .rax, index: .rsp, scale: 2)))
        }
    }

    @Test func r12CanBeAnIndex() throws {
        #expect(try encode(load(Memory(base: .rax, index: gp(12), scale: 2))) == [0x4A, 0x8B, 0x04, 0x60])
    }

    // A displacement that fits a signed byte takes disp8; one more takes disp32.
    @Test func displacementWidthEdges() throws {
        #expect(try encode(load(Memory(base: .rax, displacement: 127))) == [0x48, 0x8B, 0x40, 0x7F])
        #expect(try encode(load(Memory(base: .rax, displacement: 128))) == [0x48, 0x8B, 0x80, 0x80, 0x00, 0x00, 0x00])
        #expect(try encode(load(Memory(base: .rax, displacement: -128))) == [0x48, 0x8B, 0x40, 0x80])
        #expect(try encode(load(Memory(base: .rax, displacement: -129))) == [0x48, 0x8B, 0x80, 0x7F, 0xFF, 0xFF, 0xFF])
    }

    @Test func displacementBeyond32BitsIsAnError() {
        #expect(throws: EncodingError.displacementOutOfRange(operand: 1, value: 0x8000_0000)) {
            try encode(load(Memory(base: .rax, displacement: 0x8000_0000)))
        }
    }

    // 32-bit registers in the address: the 67 prefix, and the same SIB and disp8 rules.
    @Test func thirtyTwoBitAddressing() throws {
        let eax = Register(.gp32, 0)
        #expect(try encode(load(Memory(base: eax), into: eax)) == [0x67, 0x8B, 0x00])
        #expect(try encode(load(Memory(base: Register(.gp32, 4)), into: eax)) == [0x67, 0x8B, 0x04, 0x24])
        #expect(try encode(load(Memory(base: Register(.gp32, 12), displacement: 8), into: eax))
                == [0x67, 0x41, 0x8B, 0x44, 0x24, 0x08])
        #expect(try encode(load(Memory(base: Register(.gp32, 13)), into: eax)) == [0x67, 0x41, 0x8B, 0x45, 0x00])
    }

    @Test func baseAndIndexMustHaveOneWidth() {
        #expect(throws: EncodingError.invalidMemoryOperand(operand: 1, reason: "base and index registers must have the same width")) {
            try encode(load(Memory(base: .rax, index: Register(.gp32, 1))))
        }
    }

    // ah…bh are encoded as spl…dil whenever any REX prefix is present.
    @Test func highByteRegistersWorkWithoutREX() throws {
        let ah = Register(.gp8High, 4)
        #expect(try encode(Instruction(Mnemonic("mov")!, [.register(ah), .memory(Memory(base: .rax))])) == [0x8A, 0x20])
        #expect(try encode(Instruction(Mnemonic("mov")!, [.register(.al), .register(ah)])) == [0x88, 0xE0])
    }

    @Test(arguments: [
        // REX.B for r8b, REX for sil, REX.X for r9 as an index, REX.W for a 64-bit operand size.
        Instruction(Mnemonic("mov")!, [.register(Register(.gp8High, 4)), .register(Register(.gp8, 8))]),
        Instruction(Mnemonic("mov")!, [.register(Register(.gp8High, 4)), .register(Register(.gp8, 6))]),
        Instruction(Mnemonic("add")!, [.register(Register(.gp8High, 7)), .memory(Memory(base: .rax, index: Register(.gp64, 9)))]),
        Instruction(Mnemonic("mov")!, [.register(Register(.gp8High, 5)), .register(.al)], prefixes: .rex64),
    ])
    func highByteRegisterWithREXIsAnError(_ instruction: Instruction) {
        #expect {
            try encode(instruction)
        } throws: { error in
            guard case .highByteRegisterWithREX = error as? EncodingError else { return false }
            return true
        }
    }

    // spl…dil exist only with a REX prefix, so one is added even when no bit of it is set.
    @Test func lowByteRegistersOfRspToRdiNeedAnEmptyREX() throws {
        #expect(try encode(Instruction(Mnemonic("mov")!, [.register(Register(.gp8, 4)), .register(.al)])) == [0x40, 0x88, 0xC4])
    }

    // Scale must be 1, 2, 4 or 8 (SIB.scale is two bits).
    @Test func scaleMustBeAPowerOfTwoUpToEight() {
        #expect(throws: EncodingError.invalidMemoryOperand(operand: 1, reason: "scale must be 1, 2, 4 or 8")) {
            try encode(load(Memory(base: .rax, index: .rcx, scale: 3)))
        }
    }
}

/// Where the variable fields sit, for patching without encoding again.
@Suite struct FieldOffsetTests {
    // llvm-mc: mov dword ptr [rax + 0x10], 0x12345678 → c7 40 10 78 56 34 12
    @Test func displacementAndImmediateOffsets() throws {
        let instruction = Instruction(Mnemonic("mov")!, [.memory(Memory(size: .dword, base: .rax, displacement: 0x10)), .imm(0x1234_5678)])
        let encoded = try Encoder().encode(instruction)
        #expect(Array(encoded.bytes) == [0xC7, 0x40, 0x10, 0x78, 0x56, 0x34, 0x12])
        #expect(encoded.fields.displacementOffset == 2)
        #expect(encoded.fields.immediateOffset == 3)
    }

    // llvm-mc: enter 0x10, 1 → c8 10 00 01; the second immediate follows the first.
    @Test func immediateOffsetOfEnter() throws {
        let encoded = try Encoder().encode(Instruction(Mnemonic("enter")!, [.imm(0x10), .imm(1)]))
        #expect(Array(encoded.bytes) == [0xC8, 0x10, 0x00, 0x01])
        #expect(encoded.fields.immediateOffset == 1)
    }
}
