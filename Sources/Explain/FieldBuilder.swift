import X86
import X86Encoder

/// Turns the encoder's ``EncodingFields`` into explained fields, in byte order, each tied to
/// the operand that produced it. The order is the one ``EncodingFields/bytes`` emits.
struct FieldBuilder {
    let instruction: Instruction
    let form: InstructionForm
    let fields: EncodingFields
    let address: Int64
    /// The mode the bytes are for: 66 and 67 mean the other size, and 16-bit addresses have
    /// their own ModRM table.
    let mode: CodeMode
    var result: [EncodingField] = []
    var offset = 0

    init(instruction: Instruction, form: InstructionForm, fields: EncodingFields, address: Int64, mode: CodeMode = .bits64) {
        self.instruction = instruction
        self.form = form
        self.fields = fields
        self.address = address
        self.mode = mode
    }

    mutating func build() -> [EncodingField] {
        legacyPrefixes()
        if let vex = fields.vex, vex.isEVEX {
            evex(vex)
        } else if let vex = fields.vex {
            self.vex(vex)
        } else {
            if let mandatory = fields.mandatoryPrefix {
                add(.mandatoryPrefix, String(hex: mandatory), [mandatory],
                    meaning: "mandatory prefix: part of the opcode \(opcodeNotation), not a modifier", tag: "mandatory")
            }
            if let rex = fields.rex { self.rex(rex) }
            let escape = fields.map.escapeBytes
            if !escape.isEmpty {
                let escapeText = escape.map { String(hex: $0) }.joined(separator: " ")
                let meaning = escape.count == 1
                    ? "escape to the two-byte opcode map 0F"
                    : "escape to the three-byte opcode map \(escapeText)"
                add(.escape, "map", escape, meaning: meaning)
            }
        }
        opcode()
        if let modRM = fields.modRM { self.modRM(modRM) }
        if let sib = fields.sib { self.sib(sib) }
        if fields.displacementSize > 0 { displacement() }
        if fields.immediateSize > 0 { immediate(first: true) }
        if fields.secondImmediateSize > 0 { immediate(first: false) }
        if let suffix = fields.suffixOpcode {
            add(.opcode, "suffix", [suffix],
                meaning: "opcode suffix in the immediate's place: selects the operation (\(opcodeNotation))",
                tag: form.mnemonic.lowercased())
        }
        return result
    }

    // MARK: - Operand lookup

    /// The first operand placed by one of `roles`.
    func operandIndex(_ roles: OperandRole...) -> Int? {
        form.roles.firstIndex { roles.contains($0) }
    }

    func register(at index: Int?) -> Register? {
        guard let index, index < instruction.operands.count, case .register(let register) = instruction.operands[index] else {
            return nil
        }
        return register
    }

    /// The memory operand and its position, if the instruction has one.
    var memoryOperand: (index: Int, memory: Memory)? {
        for index in 0..<instruction.operands.count {
            if case .memory(let memory) = instruction.operands[index] { return (index, memory) }
        }
        return nil
    }

    var opcodeNotation: String {
        form.row.split(separator: "|").first.map { String($0).trimmed } ?? ""
    }

    mutating func add(
        _ kind: EncodingField.Kind, _ name: String, _ bytes: [UInt8], layout: String? = nil, parts: [FieldPart] = [],
        meaning: String, operand: Int? = nil, value: Int64? = nil, tag: String? = nil
    ) {
        result.append(EncodingField(
            kind: kind, name: name, offset: offset, bytes: bytes, layout: layout, parts: parts, meaning: meaning,
            operand: operand, value: value, tag: tag))
        offset += bytes.count
    }
}

extension String {
    /// Two uppercase hex digits, as the SDM writes opcode bytes.
    init(hex byte: UInt8) {
        let digits = Array("0123456789ABCDEF")
        self = String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}
