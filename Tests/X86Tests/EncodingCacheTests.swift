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
}
