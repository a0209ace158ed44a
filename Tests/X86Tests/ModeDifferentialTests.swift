import Testing
import X86
import X86Encoder

/// The table's forms in 16- and 32-bit code against llvm-mc (`-triple=i386-unknown-unknown`
/// and `…-code16`): the 64-bit samples of every form, their addresses moved to 32-bit registers
/// (which 16-bit code reaches with a 67), and those naming what only 64-bit code has left out.
/// The share that agrees must not fall; the differences are printed.
@Suite struct ModeDifferentialTests {
    @Test(
        .enabled(if: LLVMMC.path != nil, "llvm-mc is not installed: the differential test needs it"),
        arguments: [(CodeMode.bits32, "i386-unknown-unknown", 0.99), (CodeMode.bits16, "i386-unknown-unknown-code16", 0.97)])
    func formsEncodeLikeLLVMMC(_ mode: CodeMode, _ triple: String, _ floor: Double) throws {
        let cases = DifferentialCases.all().compactMap { ModeDifferentialTests.legacy($0.instruction) }
        var texts: [String] = []
        var instructions: [Instruction] = []
        var seen = Set<String>()
        for instruction in cases {
            let text = IntelText.of(instruction)
            if seen.insert(text).inserted {
                texts.append(text)
                instructions.append(instruction)
            }
        }
        let outcomes = try #require(LLVMMC.encode(texts, triple: triple), "llvm-mc output did not line up with its input")
        let encoder = Encoder(mode: mode)
        var differences: [String] = []
        var compared = 0
        var agreed = 0
        for (index, theirs) in outcomes.enumerated() {
            guard case .bytes(let reference) = theirs else { continue }
            compared += 1
            if let ours = try? encoder.encode(instructions[index]), Array(ours.bytes) == reference {
                agreed += 1
            } else {
                let ours = (try? encoder.encode(instructions[index])).map { ModeDifferentialTests.hex(Array($0.bytes)) } ?? "error"
                differences.append("\(texts[index])  llvm-mc: \(ModeDifferentialTests.hex(reference))  ours: \(ours)")
            }
        }
        let rate = Double(agreed) / Double(max(compared, 1))
        print("\(mode.bits)-bit code: \(agreed) of \(compared) forms llvm-mc encodes agree (\(Int(rate * 1000) / 10).\(Int(rate * 1000) % 10)%)")
        print(differences.prefix(400).joined(separator: "\n"))
        #expect(compared > 5_000, "only \(compared) samples compared")
        #expect(rate >= floor, "\(differences.count) differ:\n\(differences.prefix(200).joined(separator: "\n"))")
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
    }

    /// `instruction` with 64-bit address registers replaced by their 32-bit halves; nil when it
    /// names anything 16- and 32-bit code lack (r8–r15, 64-bit registers, REX-only bytes, rip).
    static func legacy(_ instruction: Instruction) -> Instruction? {
        var result = instruction
        for index in 0..<instruction.operands.count {
            switch instruction.operands[index] {
            case .register(let register):
                if register.kind == .gp64 || register.kind == .rip || register.requiresREX || register.isExtended || register.needsEVEX {
                    return nil
                }
            case .memory(var memory):
                for register in [memory.base, memory.index].compactMap({ $0 }) where register.isExtended || register.kind == .rip || register.needsEVEX {
                    _ = register
                    return nil
                }
                if let base = memory.base, base.kind == .gp64 { memory.base = Register(.gp32, base.number) }
                if let index = memory.index, index.kind == .gp64 { memory.index = Register(.gp32, index.number) }
                guard -0x8000_0000...0x7FFF_FFFF ~= memory.displacement else { return nil }
                result.operands[index] = .memory(memory)
            default:
                break
            }
        }
        return result
    }
}
