import Jitter
import Testing

/// The builder and the text give the same bytes and the same errors for a sample of every
/// form of the table: one instruction per form, with each register-or-memory operand written
/// once as a register and once as memory.
@Suite struct BuilderDifferentialTests {
    @Test func everyFormBuildsAsItsTextAssembles() throws {
        let samples = FormSample.all()
        let builder = CodeBuilder()
        for sample in samples {
            builder.instruction(sample.instruction.mnemonic, sample.instruction.operands.map { CodeOperand($0) })
        }
        let built = builder.assemble(options: AssemblerOptions())
        let text = SourceAssembly(SourceFile(name: "samples", text: samples.map(\.text).joined(separator: "\n")), dialect: .gnu)

        var builtBytes = Array(repeating: [UInt8](), count: samples.count)
        for record in built.image.records where record.inCode && record.statement < samples.count {
            builtBytes[record.statement] = Array(built.image.bytes(of: record))
        }
        var builtErrors = Array(repeating: [String](), count: samples.count)
        for diagnostic in built.diagnostics where diagnostic.statement >= 0 && diagnostic.statement < samples.count {
            builtErrors[diagnostic.statement].append(diagnostic.diagnostic.message)
        }
        var textErrors = Array(repeating: [String](), count: samples.count)
        for diagnostic in text.diagnostics where diagnostic.line >= 1 && diagnostic.line <= samples.count {
            textErrors[diagnostic.line - 1].append(diagnostic.diagnostic.message)
        }
        var differences: [String] = []
        var encoded = 0
        for (index, outcome) in text.lineOutcomes.enumerated() where index < samples.count {
            let textBytes: [UInt8]
            if case .bytes(let bytes) = outcome { textBytes = bytes } else { textBytes = [] }
            if textErrors[index].isEmpty && !textBytes.isEmpty { encoded += 1 }
            if textBytes != builtBytes[index] || textErrors[index] != builtErrors[index] {
                differences.append("\(samples[index].text)  text: \(hex(textBytes)) \(textErrors[index])  "
                                   + "builder: \(hex(builtBytes[index])) \(builtErrors[index])")
            }
        }
        #expect(differences.isEmpty, "\(differences.count) of \(samples.count) differ:\n\(differences.prefix(50).joined(separator: "\n"))")
        #expect(encoded > samples.count * 9 / 10, "only \(encoded) of \(samples.count) samples encoded")
    }
}

/// One instruction for one form, and its Intel-syntax text.
struct FormSample {
    var instruction: Instruction
    var text: String

    /// Samples of every form of the table, each text once.
    static func all() -> [FormSample] {
        var seen = Set<String>()
        var result: [FormSample] = []
        for form in InstructionSet.shared.forms {
            guard let mnemonic = Mnemonic(form.mnemonic) else { continue }
            for preferMemory in [false, true] {
                var operands: [Operand] = []
                for pattern in form.operands {
                    guard let operand = sample(pattern, preferMemory: preferMemory) else { break }
                    operands.append(operand)
                }
                guard operands.count == form.operands.count else { continue }
                let instruction = Instruction(mnemonic, OperandList(operands))
                let text = write(instruction)
                if seen.insert(text).inserted { result.append(FormSample(instruction: instruction, text: text)) }
            }
        }
        return result
    }

    private static let address = Memory(base: .rax, index: Register(.gp64, 1), scale: 2, displacement: 16)

    private static func memory(_ size: OperandSize?) -> Operand {
        var memory = address
        memory.size = size
        return .memory(memory)
    }

    private static func sample(_ pattern: OperandPattern, preferMemory: Bool) -> Operand? {
        switch pattern {
        case .register(let size): return register(size)
        case .registerOrMemory(let size, let memorySize): return preferMemory ? memory(memorySize) : register(size)
        case .memory(let size), .farMemory(let size as OperandSize?): return memory(size)
        case .immediate(let size): return .imm(size == .byte ? 7 : 0x1234)
        case .relative: return .imm(0x40)
        case .fixed(let register): return .register(register)
        case .constant(let value): return .imm(value)
        case .offset(let size):
            var memory = Memory(size: size, displacement: 0x1000)
            memory.displacementIsSymbolic = false
            return .memory(memory)
        case .segmentRegister: return .register(Register(.segment, 4))
        case .controlRegister: return .register(Register(.control, 0))
        case .debugRegister: return .register(Register(.debug, 1))
        case .stringMemory(let size, let address):
            return .memory(Memory(size: size, base: Register.named(String(address.registerName))))
        case .farPointer: return nil
        case .registerOfKind(let kind): return .register(Register(kind, 1))
        case .registerOfKindOrMemory(let kind, let memorySize):
            return preferMemory ? memory(memorySize) : .register(Register(kind, 1))
        case .vectorIndexedMemory(let kind, let element):
            return .memory(Memory(size: element, base: .rax, index: Register(kind, 2), scale: 4, displacement: 8))
        case .sibMemory: return memory(nil)
        case .broadcastable(let kind, let memorySize, _):
            if let kind, !preferMemory { return .register(Register(kind, 1)) }
            return memory(memorySize)
        }
    }

    private static func register(_ size: OperandSize?) -> Operand? {
        switch size {
        case .byte?: .register(Register(.gp8, 1))
        case .word?: .register(Register(.gp16, 1))
        case .dword?: .register(Register(.gp32, 1))
        case .qword?: .register(Register(.gp64, 1))
        default: nil
        }
    }

    /// The instruction in GNU/llvm-mc Intel syntax.
    static func write(_ instruction: Instruction) -> String {
        let operands = instruction.operands.map { operand -> String in
            switch operand {
            case .register(let register): return register.name
            case .immediate(let immediate): return String(immediate.value)
            case .farPointer(let selector, let offset): return "\(selector):\(offset)"
            case .memory(let memory):
                var parts: [String] = []
                if let base = memory.base { parts.append(base.name) }
                if let index = memory.index { parts.append("\(index.name)*\(memory.scale)") }
                if memory.displacement != 0 || parts.isEmpty { parts.append(String(memory.displacement)) }
                let size = memory.size.map { "\($0.keyword) ptr " } ?? ""
                return size + "[" + parts.joined(separator: " + ") + "]"
            }
        }
        return operands.isEmpty ? instruction.mnemonic.name : instruction.mnemonic.name + " " + operands.joined(separator: ", ")
    }
}
