import Explain
import Testing
import X86
import X86Encoder

/// Explanations checked against field values derived by hand from the SDM (Vol. 2, chapter 2:
/// REX = 0100WRXB; ModRM = mod(2) reg(3) rm(3); SIB = scale(2) index(3) base(3)). Each expected
/// byte string was also checked with `llvm-mc -x86-asm-syntax=intel --show-encoding`.
@Suite struct ExplanationFieldTests {
    // mov rax, qword ptr [rbx + rcx*8 + 16] → 48 8b 44 cb 10
    //   REX.W 8B /r (MOV r64, r/m64): REX 0100 1000 (W=1; rax, rcx, rbx are all below 8)
    //   ModRM 01 000 100: mod=01 [base + disp8], reg=000 rax, rm=100 a SIB follows
    //   SIB 11 001 011: scale ×8, index rcx (001), base rbx (011); disp8 0x10
    @Test func baseIndexScaleDisplacement() throws {
        let explanation = try explain("mov rax, qword ptr [rbx + rcx*8 + 16]")
        #expect(explanation.bytes == bytes("48 8b 44 cb 10"))
        #expect(explanation.fields.map(\.kind) == [.rex, .opcode, .modRM, .sib, .displacement])
        #expect(explanation.opcodeNotation == "REX.W 8B /r")
        #expect(explanation.form.syntax == "MOV r64, r/m64")

        let rex = try #require(explanation.field(.rex))
        #expect(rex.bytes == [0x48])
        #expect(rex.layout == "0100WRXB")
        #expect(rex.part("W")?.bits == "1")
        #expect(rex.part("R")?.bits == "0")
        #expect(rex.part("R")?.operand == 0)
        #expect(rex.part("X")?.bits == "0")
        #expect(rex.part("X")?.operand == 1)
        #expect(rex.part("B")?.operand == 1)

        let modRM = try #require(explanation.field(.modRM))
        #expect(modRM.bitText == "01 000 100")
        #expect(modRM.part("mod")?.meaning == "[base + disp8]")
        #expect(modRM.part("reg")?.meaning == "rax")
        #expect(modRM.part("reg")?.operand == 0)
        #expect(modRM.part("rm")?.meaning == "SIB follows")
        #expect(modRM.part("rm")?.operand == 1)

        let sib = try #require(explanation.field(.sib))
        #expect(sib.bitText == "11 001 011")
        #expect(sib.part("scale")?.meaning == "×8")
        #expect(sib.part("index")?.meaning == "rcx")
        #expect(sib.part("base")?.meaning == "rbx")
        #expect(sib.operand == 1)

        let displacement = try #require(explanation.field(.displacement))
        #expect(displacement.name == "disp8")
        #expect(displacement.bytes == [0x10])
        #expect(displacement.value == 16)
        #expect(displacement.operand == 1)
        #expect(displacement.meaning.contains("sign-extended to 64 bits"))

        #expect(explanation.operands.map(\.access) == [.write, .read])
        #expect(explanation.sideEffects == ["writes all 64 bits of rax"])
    }

    // add eax, 1: three rows match (SDM ADD): 83 /0 ib → 83 c0 01 (ModRM 11 000 000: /0, eax),
    // 05 id → 05 + imm32 01 00 00 00, 81 /0 id → 81 c0 + imm32. The shortest wins.
    @Test func shortestFormWinsAndTheOthersAreListed() throws {
        let explanation = try explain("add eax, 1")
        #expect(explanation.bytes == bytes("83 c0 01"))
        #expect(explanation.alternatives.map(\.bytes) == [
            bytes("83 c0 01"), bytes("05 01 00 00 00"), bytes("81 c0 01 00 00 00"),
        ])
        #expect(explanation.alternatives.map(\.isChosen) == [true, false, false])
        #expect(explanation.alternatives.map(\.opcodeNotation) == ["83 /0 ib", "05 id", "81 /0 id"])
        #expect(explanation.choice == "the shortest encoding wins: 83 /0 ib in 3 bytes beats 05 id in 5 and 81 /0 id in 6")
        let immediate = try #require(explanation.field(.immediate))
        #expect(immediate.name == "imm8")
        #expect(immediate.meaning.contains("sign-extended from 8 to 32 bits"))
        #expect(explanation.field(.modRM)?.part("reg")?.meaning.hasPrefix("/0") == true)
        #expect(explanation.sideEffects == ["writing eax zeroes bits 63:32 of rax"])
    }

    // mov rax, rcx: 89 /r (MR) → 48 89 c8 and 8B /r (RM) → 48 8b c1 are both 3 bytes; the
    // table lists MOV r/m64, r64 first, and llvm-mc also picks 48 89 c8.
    @Test func equallyShortFormsGoToTheEarlierRow() throws {
        let explanation = try explain("mov rax, rcx")
        #expect(explanation.bytes == bytes("48 89 c8"))
        #expect(explanation.alternatives.map(\.bytes) == [bytes("48 89 c8"), bytes("48 8b c1")])
        #expect(explanation.choice.contains("both 3 bytes"))
        #expect(explanation.choice.contains("earlier table row"))
    }

    // mov r9b, sil → 41 88 f1: 88 /r (MOV r/m8, r8); rm = r9b = 1 001 (REX.B=1, rm=001),
    // reg = sil = 110, which means dh without a REX: ModRM 11 110 001 = f1, REX 0100 0001.
    @Test func rexForAnExtendedRegisterAndForSil() throws {
        let explanation = try explain("mov r9b, sil")
        #expect(explanation.bytes == bytes("41 88 f1"))
        let rex = try #require(explanation.field(.rex))
        #expect(rex.part("B")?.bits == "1")
        #expect(rex.part("B")?.operand == 0)
        #expect(rex.part("W")?.bits == "0")
        #expect(rex.meaning.contains("sil"))
        #expect(explanation.field(.modRM)?.bitText == "11 110 001")
        #expect(explanation.sideEffects == ["writing r9b leaves bits 63:8 of r9 unchanged"])
    }

    // mov ax, word ptr [ebp] → 67 66 8b 45 00: 67 for the 32-bit address register, 66 (o16)
    // for the 16-bit operation; [ebp] has no mod=00 form, so mod=01 rm=101 with disp8 0.
    @Test func prefixesSayWhyTheyAreThere() throws {
        let explanation = try explain("mov ax, word ptr [ebp]")
        #expect(explanation.bytes == bytes("67 66 8b 45 00"))
        let prefixes = explanation.fields.filter { $0.kind == .prefix }
        #expect(prefixes.map(\.bytes) == [[0x67], [0x66]])
        #expect(prefixes[0].operand == 1)
        #expect(prefixes[0].meaning.contains("32-bit registers"))
        #expect(prefixes[1].operand == 0)
        #expect(prefixes[1].tag == "o16")
        #expect(prefixes[1].meaning.contains("16-bit"))
        let modRM = try #require(explanation.field(.modRM))
        #expect(modRM.bitText == "01 000 101")
        #expect(modRM.meaning.contains("[ebp + 0]"))
        #expect(explanation.field(.displacement)?.value == 0)
        #expect(explanation.sideEffects == ["writing ax leaves bits 63:16 of rax unchanged"])
    }

    // lock add qword ptr fs:[r12], -3 → 64 f0 49 83 04 24 fd: fs override, lock, REX.W+B
    // (0100 1001), 83 /0 ib, ModRM 00 000 100 (SIB follows: r12's low bits 100 are the SIB
    // escape), SIB 00 100 100 (no index, base r12), imm8 fd = -3 sign-extended to 64 bits.
    @Test func lockSegmentAndTheR12Quirk() throws {
        let explanation = try explain("lock add qword ptr fs:[r12], -3")
        #expect(explanation.bytes == bytes("64 f0 49 83 04 24 fd"))
        let prefixes = explanation.fields.filter { $0.kind == .prefix }
        #expect(prefixes.map(\.tag) == ["fs:", "lock"])
        #expect(prefixes.allSatisfy { $0.operand == 0 })
        #expect(explanation.field(.rex)?.part("B")?.bits == "1")
        #expect(explanation.field(.modRM)?.meaning.contains("needs a SIB") == true)
        let sib = try #require(explanation.field(.sib))
        #expect(sib.bitText == "00 100 100")
        #expect(sib.part("index")?.meaning.contains("no index") == true)
        let immediate = try #require(explanation.field(.immediate))
        #expect(immediate.value == -3)
        #expect(immediate.meaning.contains("0xfffffffffffffffd"))
        #expect(explanation.sideEffects == ["stores 8 bytes to memory"])
    }

    // mov ecx, 5 → b9 05 00 00 00: B8+rd with ecx = 001 folded in (10111 001 = b9), imm32.
    @Test func registerFoldedIntoTheOpcode() throws {
        let explanation = try explain("mov ecx, 5")
        #expect(explanation.bytes == bytes("b9 05 00 00 00"))
        let opcode = try #require(explanation.field(.opcode))
        #expect(opcode.bitText == "10111 001")
        #expect(opcode.part("reg")?.meaning == "ecx")
        #expect(opcode.operand == 0)
        let immediate = try #require(explanation.field(.immediate))
        #expect(immediate.name == "imm32")
        #expect(immediate.bytes == [5, 0, 0, 0])
    }

    // jne 0x40 at address 0 → 75 3e: 70+cc with cc = 5 (NE) = 0111 0101; rel8 = 0x40 - 2 = 62.
    @Test func conditionFoldedIntoTheOpcodeAndARelativeTarget() throws {
        let explanation = try explain("jne 0x40")
        #expect(explanation.bytes == bytes("75 3e"))
        let opcode = try #require(explanation.field(.opcode))
        #expect(opcode.part("cc")?.bits == "0101")
        #expect(opcode.part("cc")?.meaning.contains("ZF=0") == true)
        let relative = try #require(explanation.field(.relative))
        #expect(relative.value == 62)
        #expect(relative.operand == 0)
        #expect(explanation.flags?.read == .zf)
    }

    // mov eax, dword ptr [0x44000000] → 8b 04 25 00 00 00 44: no base register, so ModRM
    // 00 000 100 and SIB 00 100 101 (no index, base=101 with mod=00: disp32 only).
    @Test func absoluteAddressThroughSIB() throws {
        let explanation = try explain("mov eax, dword ptr [0x44000000]")
        #expect(explanation.bytes == bytes("8b 04 25 00 00 00 44"))
        #expect(explanation.field(.sib)?.part("base")?.meaning.contains("no base") == true)
        let displacement = try #require(explanation.field(.displacement))
        #expect(displacement.name == "disp32")
        #expect(displacement.bytes == [0, 0, 0, 0x44])
        #expect(displacement.value == 0x4400_0000)
    }

    // movzx eax, byte ptr [rip + 16] → 0f b6 05 10 00 00 00: map 0F, ModRM 00 000 101 (RIP).
    @Test func opcodeMapAndRIPRelative() throws {
        let explanation = try explain("movzx eax, byte ptr [rip + 16]")
        #expect(explanation.bytes == bytes("0f b6 05 10 00 00 00"))
        #expect(explanation.fields.map(\.kind) == [.escape, .opcode, .modRM, .displacement])
        #expect(explanation.field(.escape)?.bytes == [0x0F])
        #expect(explanation.field(.modRM)?.part("mod")?.meaning == "[rip + disp32]")
    }

    // mov rax, -1 → 48 c7 c0 ff ff ff ff: REX.W C7 /0 id, imm32 sign-extended to 64 bits.
    @Test func immediateSignExtendedTo64Bits() throws {
        let explanation = try explain("mov rax, -1")
        #expect(explanation.bytes == bytes("48 c7 c0 ff ff ff ff"))
        let immediate = try #require(explanation.field(.immediate))
        #expect(immediate.meaning.contains("sign-extended from 32 to 64 bits"))
        #expect(explanation.alternatives.count == 2)
    }

    // ANDN r9, rcx, [r13] (VEX.LZ.0F38.W1 F2 /r) → c4 42 f0 f2 4d 00: VEX byte 1 = R̄X̄B̄mmmmm
    // = 0 1 0 00010 (r9 and r13 need R and B, inverted), byte 2 = W v̄v̄v̄v̄ L pp = 1 1110 0 00
    // (rcx = 0001 inverted).
    @Test func vexFields() throws {
        let set = InstructionSet(tables: ["VEX.LZ.0F38.W1 F2 /r | ANDN r64, r64, r/m64 | RVM"])
        let instruction = Instruction(Mnemonic(id: 0), [
            .register(Register(.gp64, 9)), .register(.rcx), .memory(Memory(size: .qword, base: Register(.gp64, 13))),
        ])
        let explanation = try Explanation.explain(instruction, encoder: Encoder(instructionSet: set))
        #expect(explanation.bytes == bytes("c4 42 f0 f2 4d 00"))
        let vex = try #require(explanation.field(.vex))
        #expect(vex.bitText == "0 1 0 00010 1 1110 0 00")
        #expect(vex.part("v̄v̄v̄v̄")?.operand == 1)
        #expect(vex.part("mmmmm")?.meaning == "opcode map 0F 38")
        #expect(explanation.text == "andn r9, rcx, qword ptr [r13]")
    }

    static let samples = [
        "mov rax, qword ptr [rbx + rcx*8 + 16]", "add eax, 1", "mov r9b, sil", "mov ax, word ptr [ebp]",
        "lock add qword ptr fs:[r12], -3", "mov ecx, 5", "jne 0x40", "mov eax, dword ptr [0x44000000]",
        "movzx eax, byte ptr [rip + 16]", "mov rax, 0x1122334455667788", "imul eax, ecx, 10", "push r12",
        "mov qword ptr [r13], 7", "shl rax, 1", "ret", "mov ah, 1", "cqo", "mov al, byte ptr [0x1000]",
        // Prefix orders that differ from instruction to instruction (llvm-mc's).
        "movsw word ptr [edi], word ptr [esi]", "addr32 mov al, byte ptr fs:[0x78563412]",
        // In ASCII, `SF≠OF` becomes the wider `SF!=OF`.
        "setnge byte ptr [rax + 1]",
    ]

    @Test(arguments: samples)
    func fieldsCoverEveryByteInOrder(text: String) throws {
        let explanation = try explain(text)
        #expect(explanation.fields.flatMap(\.bytes) == explanation.bytes)
        var offset = 0
        for field in explanation.fields {
            #expect(field.offset == offset)
            offset += field.bytes.count
        }
        #expect(explanation.alternatives.filter(\.isChosen).count == 1)
        #expect(explanation.alternatives.first { $0.isChosen }?.bytes == explanation.bytes)
    }

    @Test(arguments: [("mov ah, 1", "writing ah changes only bits 15:8 of rax"),
                      ("mov al, 1", "writing al leaves bits 63:8 of rax unchanged"),
                      ("mov r10d, 1", "writing r10d zeroes bits 63:32 of r10")])
    func partialRegisterWrites(text: String, effect: String) throws {
        #expect(try explain(text).sideEffects == [effect])
    }

    @Test func comparisonsWriteNoRegister() throws {
        let explanation = try explain("cmp eax, ebx")
        #expect(explanation.sideEffects.isEmpty)
        #expect(explanation.flags?.written == [.of, .sf, .zf, .af, .cf, .pf])
    }

    @Test func encodingErrorsAreThrown() throws {
        #expect(throws: EncodingError.self) { try explain("mov al, 300") }
    }
}

/// Prefix words, string instructions and moffs: fields without ModRM.
@Suite struct ExplanationPrefixTests {
    // rep movsb → f3 a4 (SDM MOVS: A4; F3 repeats it rcx times).
    @Test func repeatPrefix() throws {
        let explanation = try explain("rep movsb")
        #expect(explanation.bytes == bytes("f3 a4"))
        #expect(explanation.fields.first?.tag == "rep")
        #expect(explanation.flags?.read == .df)
    }

    // repne scasb → f2 ae: F2 repeats while ZF=0.
    @Test func repeatWhileNotEqual() throws {
        let explanation = try explain("repne scasb")
        #expect(explanation.bytes == bytes("f2 ae"))
        #expect(explanation.fields.first?.meaning.contains("ZF=0") == true)
    }

    // xacquire lock xchg dword ptr [rax], ecx → f2 f0 87 08 (llvm-mc: xacquire f2, then lock f0 87 08).
    @Test func prefixWordsKeepTheirOrder() throws {
        let explanation = try explain("xacquire lock xchg dword ptr [rax], ecx")
        #expect(explanation.bytes == bytes("f2 f0 87 08"))
        #expect(explanation.text == "xacquire lock xchg dword ptr [rax], ecx")
        #expect(explanation.fields.prefix(2).map(\.tag) == ["xacquire", "lock"])
    }

    // notrack jmp qword ptr [eax] → 67 3e ff 20 (llvm-mc): the encoder follows llvm-mc's prefix
    // order, which is not the same for every instruction; the fields follow the bytes.
    @Test func prefixFieldsFollowTheEncodedOrder() throws {
        let explanation = try explain("notrack jmp qword ptr [eax]")
        #expect(explanation.bytes == bytes("67 3e ff 20"))
        #expect(explanation.fields.prefix(2).map(\.tag) == ["a32", "notrack"])
        #expect(explanation.fields.flatMap(\.bytes) == explanation.bytes)
        #expect(explanation.fields.map(\.offset) == [0, 1, 2, 3])
    }

    // movabs al, byte ptr [0x1122334455667788] → a0 + the 8-byte address, no ModRM.
    @Test func absoluteOffsetWithoutModRM() throws {
        let explanation = try explain("movabs al, byte ptr [0x1122334455667788]")
        #expect(explanation.bytes == bytes("a0 88 77 66 55 44 33 22 11"))
        let offset = try #require(explanation.field(.displacement))
        #expect(offset.name == "moffs64")
        #expect(offset.operand == 1)
        #expect(explanation.field(.modRM) == nil)
    }
}
