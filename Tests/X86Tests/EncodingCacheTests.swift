import Testing
import X86
import X86Encoder

/// The cache of chosen forms never changes an encoding: every instruction of the golden rows and
/// of the differential samples gives the same bytes, fields, form and error through a cache that
/// has seen every other instruction first (so most lookups hit a form chosen for another
/// instruction of the same shape) as through a plain search.
@Suite struct EncodingCacheTests {
    /// The instructions of the golden rows and the differential samples, plus immediates and
    /// displacements on each side of every boundary the encoder tests.
    static let instructions: [Instruction] = {
        var all = DifferentialCases.all().map(\.instruction)
        for file in GoldenTests.formFiles + ["choices.txt"] {
            for row in GoldenRow.load(file) {
                if let instruction = Parsed.instruction(row.text) { all.append(instruction) }
            }
        }
        var boundaries: [Int64] = [0, 1, 2, 3, 4, -1]
        for bits: Int64 in [7, 8, 15, 16, 31, 32] {
            let power = Int64(1) << bits
            for value in [power, -power, power - 128, power - 32768] {
                boundaries += [value - 1, value, value + 1]
            }
        }
        let registers: [Register] = [.al, .cl, .ax, .eax, Register(.gp32, 9), .rax, .rcx, Register(.gp64, 12), .rsp]
        let mnemonics = ["add", "mov", "imul", "shl", "push", "test", "and", "enter", "int", "ret", "cmp"].compactMap { Mnemonic($0) }
        for mnemonic in mnemonics {
            for value in boundaries {
                all.append(Instruction(mnemonic, [.imm(value)]))
                for register in registers {
                    all.append(Instruction(mnemonic, [.register(register), .imm(value)]))
                    all.append(Instruction(mnemonic, [.register(register), .register(register), .imm(value)]))
                    all.append(Instruction(mnemonic, [.register(register), .immediate(Immediate(value, isSymbolic: true))]))
                }
                all.append(Instruction(mnemonic, [.imm(value), .imm(value)]))
                for base in [Register.rbp, .rsp, Register(.gp64, 13), .rax, Register(.gp32, 5)] {
                    let memory = Memory(size: .dword, base: base, displacement: value)
                    all.append(Instruction(mnemonic, [.memory(memory), .imm(value)]))
                    all.append(Instruction(mnemonic, [.register(.eax), .memory(memory)]))
                }
                all.append(Instruction(mnemonic, [.register(.rax), .memory(Memory(size: .qword, displacement: value))]))
                all.append(Instruction(mnemonic, [.memory(Memory(size: .byte, displacement: value)), .register(.al)]))
            }
        }
        // Memory operands whose registers and displacement only some forms accept: string
        // instructions' fixed addresses, absolute addresses (moffs), 32-bit addressing.
        let bases: [Register?] = [nil, .rsi, .rdi, .rbx, Register(.gp64, 14), Register(.gp32, 6), .rbp, .rsp,
                                  Register(.gp64, 12), Register(.gp64, 13), Register(.gp32, 3)]
        let indexes: [Register?] = [nil, .rcx, Register(.gp64, 9), Register(.gp32, 1), .rsp]
        let displacements: [Int64] = [0, 1, 0x80, 0x7FFF_FFFF, 0x8000_0000, 0x1_0000_0000, -1]
        let memoryMnemonics = ["mov", "add", "movs", "lods", "stos", "cmps", "scas", "xlat", "lea", "push", "inc", "xchg",
                               "cmpxchg", "andn", "bextr", "movbe"].compactMap { Mnemonic($0) }
        for mnemonic in memoryMnemonics {
            for base in bases {
                for index in indexes {
                    for displacement in displacements {
                        for size in [OperandSize.byte, .dword, .qword, nil] {
                            let memory = Operand.memory(Memory(size: size, base: base, index: index, displacement: displacement))
                            let other = Operand.memory(Memory(size: size, base: .rdi))
                            all.append(Instruction(mnemonic, [memory]))
                            all.append(Instruction(mnemonic, [other, memory]))
                            all.append(Instruction(mnemonic, [memory], prefixes: .rep))
                            all.append(Instruction(mnemonic, [.register(.al), memory]))
                            all.append(Instruction(mnemonic, [.register(.rax), memory]))
                            all.append(Instruction(mnemonic, [memory, .register(Register(.gp32, 10))], prefixes: .lock))
                            all.append(Instruction(mnemonic, [.register(.eax), .register(Register(.gp32, 9)), memory]))
                        }
                    }
                }
            }
        }
        return all
    }()

    @Test func cachedAndUncachedEncodingsAreTheSame() {
        let encoder = Encoder()
        var cache = EncodingCache()
        // Warm the cache with every instruction, then encode them again, in reverse order too.
        for instruction in Self.instructions { _ = try? encoder.encode(instruction, cache: &cache) }
        var differences: [String] = []
        var compared = 0
        for pass in 0..<2 {
            let order = pass == 0 ? Array(Self.instructions) : Self.instructions.reversed()
            for (position, instruction) in order.enumerated() {
                let address = Int64(position % 3) * 0x7000_0000
                let plain = Result { () throws(EncodingError) in try encoder.encode(instruction, at: address) }
                let cached = Result { () throws(EncodingError) in try encoder.encode(instruction, at: address, cache: &cache) }
                var buffer: [UInt8] = [0xCC]
                let appended = Result { () throws(EncodingError) in
                    try encoder.encode(instruction, at: address, appendingTo: &buffer, cache: &cache)
                }
                compared += 1
                switch (plain, cached, appended) {
                case (.success(let expected), .success(let got), .success(let count)):
                    if expected != got || count != expected.length || buffer != [0xCC] + Array(expected.bytes) {
                        differences.append("\(instruction): \(expected.bytes.hex) vs \(got.bytes.hex) / \(buffer)")
                    }
                case (.failure(let expected), .failure(let got), .failure(let other)):
                    if expected != got || expected != other || buffer != [0xCC] {
                        differences.append("\(instruction): \(expected.message) vs \(got.message) / \(other.message)")
                    }
                default:
                    differences.append("\(instruction): \(plain) vs \(cached) / \(appended)")
                }
            }
        }
        #expect(differences.count == 0, "\(differences.prefix(20).joined(separator: "\n"))")
        #expect(compared > 50_000)
    }

    /// The way a big file's lines go (the shape found a line ahead, the instruction read in
    /// place, a remembered template's bytes used as they are unless the dialect may read the
    /// shape otherwise) gives what a search gives, in llvm-mc's dialect and in GNU as's. GNU as
    /// reads `xchg` between registers in the other order, so a shape remembered from one such
    /// line must not lay out the next as llvm-mc would: bytes from `as` and `llvm-mc`.
    @Test(arguments: [EncodingDialect.llvm, .gas])
    func theLookAheadWayMatchesTheSearch(dialect: EncodingDialect) {
        let encoder = Encoder(dialect: dialect)
        var cache = EncodingCache()
        let exchanges = [("xchg ecx, ebx", [0x87, 0xD9], [0x87, 0xCB]), ("xchg r9d, r10d", [0x45, 0x87, 0xD1], [0x45, 0x87, 0xCA])]
        // Every 40th of the instructions above: each is searched for twice per pass here.
        let instructions = stride(from: 0, to: Self.instructions.count, by: 40).map { Self.instructions[$0] }
            + exchanges.compactMap { Parsed.instruction($0.0) }
        func lookAheadBytes(_ instruction: Instruction) -> Result<[UInt8], EncodingError> {
            var buffer = ByteBuffer()
            return withUnsafePointer(to: instruction) { pointer in
                let lookAhead = encoder.lookAhead(pointer, cache: cache)
                return Result { () throws(EncodingError) in
                    _ = try encoder.encode(pointer, lookAhead: lookAhead, appendingTo: &buffer, cache: &cache)
                    return Array(buffer.suffix(from: 0))
                }
            }
        }
        var differences: [String] = []
        for pass in 0..<2 {
            for instruction in pass == 0 ? instructions : instructions.reversed() {
                let plain = Result { () throws(EncodingError) in Array(try encoder.encode(instruction).bytes) }
                let ahead = lookAheadBytes(instruction)
                switch (plain, ahead) {
                case (.success(let expected), .success(let got)) where expected == got: break
                case (.failure(let expected), .failure(let got)) where expected == got: break
                default: differences.append("\(instruction): \(plain) vs \(ahead)")
                }
            }
        }
        #expect(differences.count == 0, "\(differences.prefix(20).joined(separator: "\n"))")
        for (text, gnu, llvm) in exchanges {
            guard let instruction = Parsed.instruction(text) else {
                Issue.record("cannot read \(text)")
                continue
            }
            let expected = (dialect == .gas ? gnu : llvm).map { UInt8($0) }
            #expect((try? lookAheadBytes(instruction).get()) == expected, "\(text)")
        }
    }

    /// A remembered shape lays out later instructions from a template: the register numbers,
    /// displacement and immediate must land in their fields. Bytes from llvm-mc 14
    /// (`llvm-mc -x86-asm-syntax=intel -output-asm-variant=1 -show-encoding`); every line is
    /// encoded twice through one cache, so the second pass only hits.
    @Test func hitsFillTheFieldsOfTheInstruction() throws {
        let expected: [(String, [UInt8])] = [
            ("add rbx, qword ptr [rax + 8]", [0x48, 0x03, 0x58, 0x08]),
            ("add rsi, qword ptr [rcx + rdx*8 + 0x1000]", [0x48, 0x03, 0xB4, 0xD1, 0x00, 0x10, 0x00, 0x00]),
            ("mov r9d, dword ptr [r12 + r13*4 - 0x80]", [0x47, 0x8B, 0x4C, 0xAC, 0x80]),
            ("mov r15d, dword ptr [r8 + r9*2 + 0x7f]", [0x47, 0x8B, 0x7C, 0x48, 0x7F]),
            ("mov dword ptr [rbp], 0x12345678", [0xC7, 0x45, 0x00, 0x78, 0x56, 0x34, 0x12]),
            ("mov dword ptr [r13 - 4], 7", [0x41, 0xC7, 0x45, 0xFC, 0x07, 0x00, 0x00, 0x00]),
            ("push rbx", [0x53]),
            ("push rdi", [0x57]),
            ("mov r11, 0x1122334455667788", [0x49, 0xBB, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11]),
            ("mov r14, 0x1000000000", [0x49, 0xBE, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00]),
            ("popcnt r9d, dword ptr [rsp + 0x20]", [0xF3, 0x44, 0x0F, 0xB8, 0x4C, 0x24, 0x20]),
            ("popcnt r9d, dword ptr [r12]", [0xF3, 0x45, 0x0F, 0xB8, 0x0C, 0x24]),
            ("movzx r10d, word ptr [rax]", [0x44, 0x0F, 0xB7, 0x10]),
            ("cmovne ebx, dword ptr [rax]", [0x0F, 0x45, 0x18]),
            ("movsx r9w, byte ptr [rcx + 2*rdx]", [0x66, 0x44, 0x0F, 0xBE, 0x0C, 0x51]),
            ("shl r10d, 5", [0x41, 0xC1, 0xE2, 0x05]),
            ("shl r12d, 31", [0x41, 0xC1, 0xE4, 0x1F]),
            ("imul esi, dword ptr [rdi + 4*rbx], 1000", [0x69, 0x34, 0x9F, 0xE8, 0x03, 0x00, 0x00]),
            ("imul ebp, dword ptr [rsi + 8*rdi - 0x200], 3000",
             [0x69, 0xAC, 0xFE, 0x00, 0xFE, 0xFF, 0xFF, 0xB8, 0x0B, 0x00, 0x00]),
            // No base: SIB base=101 with mod=00, always a disp32.
            ("add ecx, dword ptr [1*rbx - 0x5c835]", [0x03, 0x0C, 0x1D, 0xCB, 0x37, 0xFA, 0xFF]),
            ("mov r9d, dword ptr [8*r13 + 0x10]", [0x46, 0x8B, 0x0C, 0xED, 0x10, 0x00, 0x00, 0x00]),
            ("lea rax, [2*rcx]", [0x48, 0x8D, 0x04, 0x4D, 0x00, 0x00, 0x00, 0x00]),
            ("mov qword ptr [4*r12 - 8], 0x7fffffff",
             [0x4A, 0xC7, 0x04, 0xA5, 0xF8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]),
            ("cmp qword ptr [8*rdx + 0x40], -3", [0x48, 0x83, 0x3C, 0xD5, 0x40, 0x00, 0x00, 0x00, 0xFD]),
            // One shape with and without a REX from the register numbers; REX.W kept; the REX
            // that sil/dil need whatever the other register.
            ("mov ebx, ecx", [0x89, 0xCB]),
            ("mov r9d, ecx", [0x41, 0x89, 0xC9]),
            ("mov ecx, r10d", [0x44, 0x89, 0xD1]),
            ("add rbx, 1", [0x48, 0x83, 0xC3, 0x01]),
            ("add r13, 1", [0x49, 0x83, 0xC5, 0x01]),
            ("mov bl, sil", [0x40, 0x88, 0xF3]),
            ("mov r8b, sil", [0x41, 0x88, 0xF0]),
            ("movzx eax, sil", [0x40, 0x0F, 0xB6, 0xC6]),
            ("movzx r11d, dil", [0x44, 0x0F, 0xB6, 0xDF]),
            ("xchg rcx, rax", [0x48, 0x91]),
            ("xchg r9, rax", [0x49, 0x91]),
            ("mov ah, bl", [0x88, 0xDC]),
            // VEX forms: VEX.v̄v̄v̄v̄ from the instruction (and left 1111 where no operand is
            // encoded there), R̄X̄B̄ from the shape, ModRM and SIB as for legacy forms.
            ("vaddps ymm1, ymm2, ymm3", [0xC5, 0xEC, 0x58, 0xCB]),
            ("vaddps ymm9, ymm14, ymm3", [0xC5, 0x0C, 0x58, 0xCB]),
            ("vaddps xmm1, xmm2, xmmword ptr [rax + 8*rcx + 0x40]", [0xC5, 0xE8, 0x58, 0x4C, 0xC8, 0x40]),
            ("vaddps xmm1, xmm12, xmmword ptr [rax + 8*rcx + 0x40]", [0xC5, 0x98, 0x58, 0x4C, 0xC8, 0x40]),
            ("vpshufd xmm3, xmm4, 0x1b", [0xC5, 0xF9, 0x70, 0xDC, 0x1B]),
            ("vpshufd xmm5, xmm6, 0xe4", [0xC5, 0xF9, 0x70, 0xEE, 0xE4]),
            ("vpsrld ymm7, ymm2, 3", [0xC5, 0xC5, 0x72, 0xD2, 0x03]),
            ("vpsrld ymm1, ymm6, 9", [0xC5, 0xF5, 0x72, 0xD6, 0x09]),
            ("vfmadd231pd ymm0, ymm1, ymmword ptr [rdi]", [0xC4, 0xE2, 0xF5, 0xB8, 0x07]),
            ("vfmadd231pd ymm5, ymm7, ymmword ptr [rsi]", [0xC4, 0xE2, 0xC5, 0xB8, 0x2E]),
            ("andn eax, ebx, ecx", [0xC4, 0xE2, 0x60, 0xF2, 0xC1]),
            ("andn r8d, edx, r9d", [0xC4, 0x42, 0x68, 0xF2, 0xC1]),
            ("vmovaps xmm0, xmm8", [0xC5, 0x78, 0x29, 0xC0]),
            ("vmovaps xmm2, xmm9", [0xC5, 0x78, 0x29, 0xCA]),
            ("vmovd xmm3, dword ptr [rbx]", [0xC5, 0xF9, 0x6E, 0x1B]),
            ("vmovd xmm4, dword ptr [rcx + 4]", [0xC5, 0xF9, 0x6E, 0x61, 0x04]),
        ]
        let encoder = Encoder()
        var cache = EncodingCache()
        for pass in 0..<2 {
            for (text, bytes) in expected {
                let instruction = try #require(Parsed.instruction(text))
                var buffer: [UInt8] = [0x90]
                let count = try encoder.encode(instruction, appendingTo: &buffer, cache: &cache)
                #expect(buffer == [0x90] + bytes, "pass \(pass): \(text)")
                #expect(count == bytes.count, "pass \(pass): \(text)")
            }
            // llvm-mc: "can't encode 'ah' in an instruction requiring REX prefix". Its shape is
            // `mov ah, bl`'s, remembered above.
            let conflict = try #require(Parsed.instruction("mov ah, r8b"))
            var buffer: [UInt8] = []
            #expect(throws: EncodingError.self) { try encoder.encode(conflict, appendingTo: &buffer, cache: &cache) }
            #expect(buffer.isEmpty)
        }
    }

    /// Every register number, base, index, scale and displacement size in the common legacy
    /// shapes, each encoded after another instruction of its shape: the template gives what a
    /// search gives, and the values it cannot lay out (`rsp` as an index, a displacement beyond
    /// 32 bits, an immediate out of range) give the search's error.
    @Test func hitsMatchTheSearchForEveryRegisterAndDisplacement() {
        let sizes: [(String, [String])] = [
            ("byte", ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"]),
            ("dword", ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"]),
            ("qword", ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"]),
        ]
        // "" is no base: the address is the scaled index and a disp32.
        let bases = ["", "rax", "rbx", "rsp", "rbp", "rsi", "r8", "r12", "r13", "r15"]
        let indexes = ["", "rcx", "rsp", "rdi", "r9", "r12", "r13"]
        let displacements = ["", " + 0x7f", " - 0x80", " + 0x80", " - 0x12345", " + 0x7fffffff", " + 0x100000000"]
        let immediates = ["0", "1", "-1", "0x7f", "0x80", "0xff", "0x7fffffff", "0x80000000", "0xffffffff", "0x100000000"]
        var lines: [String] = []
        for (size, registers) in sizes {
            for mnemonic in ["mov", "add", "xor", "cmp", "test"] {
                for first in registers {
                    for second in registers { lines.append("\(mnemonic) \(first), \(second)") }
                    for immediate in immediates { lines.append("\(mnemonic) \(first), \(immediate)") }
                }
            }
            for register in registers {
                lines += ["push \(register)", "pop \(register)", "inc \(register)", "neg \(register)", "shl \(register), 7",
                          "bswap \(register)", "mov \(register), 0x1122334455667788", "imul \(register), \(register), 300"]
            }
            for base in bases {
                for index in indexes {
                    for displacement in displacements where !base.isEmpty || !index.isEmpty {
                        let scaled = index.isEmpty ? "" : "\(index)*\(index.count == 3 ? 8 : 2)"
                        let scale = base.isEmpty ? scaled : index.isEmpty ? "" : " + " + scaled
                        let address = "\(size) ptr [\(base)\(scale)\(displacement)]"
                        for register in [registers[1], registers[5], registers[9], registers[12]] {
                            lines += ["mov \(register), \(address)", "mov \(address), \(register)", "add \(address), \(register)",
                                      "lea \(register), \(address)"]
                        }
                        for immediate in ["5", "-3", "0x1234", "0x80000000"] {
                            lines += ["mov \(address), \(immediate)", "cmp \(address), \(immediate)"]
                        }
                        let word = "word ptr [\(base)\(scale)\(displacement)]"
                        lines += ["inc \(address)", "popcnt r\(8 + base.count + index.count)d, dword ptr [\(base)\(scale)\(displacement)]",
                                  "movzx \(registers[3]), \(word)", "movsx r9w, byte ptr [\(base)\(scale)\(displacement)]",
                                  "cmovne \(registers[13]), \(address)", "mov \(address), \(registers[6])"]
                    }
                }
            }
        }
        let encoder = Encoder()
        var cache = EncodingCache()
        var differences: [String] = []
        var compared = 0
        let instructions = lines.compactMap { Parsed.instruction($0) }
        // Keeps the grid from shrinking unnoticed should the parser stop taking some spelling above.
        #expect(instructions.count * 10 > lines.count * 9)
        for pass in 0..<2 {
            let order = pass == 0 ? instructions : instructions.reversed()
            for instruction in order {
                let plain = Result { () throws(EncodingError) in try encoder.encode(instruction) }
                var buffer: [UInt8] = [0xCC]
                let appended = Result { () throws(EncodingError) in
                    try encoder.encode(instruction, appendingTo: &buffer, cache: &cache)
                }
                compared += 1
                switch (plain, appended) {
                case (.success(let expected), .success(let count)):
                    if count != expected.length || buffer != [0xCC] + Array(expected.bytes) {
                        differences.append("\(instruction): \(expected.bytes.hex) vs \(buffer)")
                    }
                case (.failure(let expected), .failure(let got)):
                    if expected != got || buffer != [0xCC] {
                        differences.append("\(instruction): \(expected.message) vs \(got.message)")
                    }
                default:
                    differences.append("\(instruction): \(plain) vs \(appended)")
                }
            }
        }
        #expect(differences.count == 0, "\(differences.prefix(20).joined(separator: "\n"))")
        #expect(instructions.count > 10_000)
        #expect(compared == 2 * instructions.count)
    }
}
