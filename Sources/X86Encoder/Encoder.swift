import X86

/// Encodes one instruction, driven by the instruction-form table.
///
/// Three phases, as in Zydis: find the forms whose operand classes match, build the fields of
/// each (prefixes, REX/VEX, opcode, ModRM, SIB, displacement, immediate), and keep the shortest
/// (the earlier row on a tie). Encoding is a pure function: bytes or an error, nothing else.
public struct Encoder: Sendable {
    public let instructionSet: InstructionSet

    public init(instructionSet: InstructionSet = .shared) {
        self.instructionSet = instructionSet
    }

    /// Encodes `instruction` as if it started at `address` (relative operands are measured from
    /// the end of the instruction).
    public func encode(_ instruction: Instruction, at address: Int64 = 0) throws(EncodingError) -> EncodedInstruction {
        var best: EncodedInstruction?
        var bestIsLastResort = true
        var failure: EncodingError?
        var shapeMatched = false
        var ambiguity: AmbiguityTracker?
        let forms = instructionSet.forms
        for index in instructionSet.formIndices(of: instruction.mnemonic) {
            let form = forms[index]
            guard form.operands.count == instruction.operands.count, shapesMatch(form, instruction) else { continue }
            shapeMatched = true
            switch build(form, instruction, address: address) {
            case .success(let fields):
                let encoded = EncodedInstruction(bytes: fields.bytes, fields: fields, formIndex: index)
                let lastResort = form.attributes.contains(.lastResort)
                if let unsized = unsizedMemoryOperand(instruction, form) {
                    if ambiguity == nil { ambiguity = AmbiguityTracker(operand: unsized) }
                    ambiguity?.note(form, encoded)
                }
                if let current = best {
                    if (bestIsLastResort && !lastResort) || (lastResort == bestIsLastResort && encoded.length < current.length) {
                        best = encoded
                        bestIsLastResort = lastResort
                    }
                } else {
                    best = encoded
                    bestIsLastResort = lastResort
                }
            case .failure(let error):
                if failure == nil || error.outranks(failure) { failure = error }
            }
        }
        if let best {
            guard let ambiguity else { return best }
            return try ambiguity.resolve(best)
        }
        if shapeMatched, let failure { throw failure }
        throw noMatchingForm(instruction)
    }

    /// Every form that can encode `instruction`, shortest first: the alternatives an explanation shows.
    public func alternatives(_ instruction: Instruction, at address: Int64 = 0) -> [EncodedInstruction] {
        var result: [EncodedInstruction] = []
        for index in instructionSet.formIndices(of: instruction.mnemonic) {
            let form = instructionSet.forms[index]
            guard form.operands.count == instruction.operands.count, shapesMatch(form, instruction) else { continue }
            if case .success(let fields) = build(form, instruction, address: address) {
                result.append(EncodedInstruction(bytes: fields.bytes, fields: fields, formIndex: index))
            }
        }
        return result.sorted { $0.length < $1.length || ($0.length == $1.length && $0.formIndex < $1.formIndex) }
    }

    private func shapesMatch(_ form: InstructionForm, _ instruction: Instruction) -> Bool {
        for i in 0..<form.operands.count where !form.operands[i].matchesShape(instruction.operands[i]) {
            return false
        }
        return true
    }

    /// The position of a memory operand without a size specifier that `form` reads with a fixed width.
    private func unsizedMemoryOperand(_ instruction: Instruction, _ form: InstructionForm) -> Int? {
        for i in 0..<instruction.operands.count {
            if case .memory(let memory) = instruction.operands[i], memory.size == nil,
               form.operands[i].isSizedMemory {
                return i
            }
        }
        return nil
    }

    private func noMatchingForm(_ instruction: Instruction) -> EncodingError {
        let forms = instructionSet.forms(of: instruction.mnemonic)
        var seen = Set<String>()
        let syntaxes = forms.map(\.syntax).filter { seen.insert($0).inserted }
        return .noMatchingForm(
            mnemonic: instruction.mnemonic.name, operandKinds: instruction.operands.map(\.kindDescription),
            forms: syntaxes)
    }
}

/// Collects the widths an unsized memory operand could have among the matching forms.
private struct AmbiguityTracker {
    let operand: Int
    var sizes: [OperandSize] = []
    var defaultSize: OperandSize?
    var defaultEncoding: EncodedInstruction?

    init(operand: Int) { self.operand = operand }

    mutating func note(_ form: InstructionForm, _ encoded: EncodedInstruction) {
        guard let size = form.operands[operand].memorySize else { return }
        if !sizes.contains(size) { sizes.append(size) }
        // Forms whose operand size defaults to 64 bits (push, pop, call, jmp) settle the question.
        if form.attributes.contains(.defaultOperandSize64),
           defaultEncoding.map({ encoded.length < $0.length }) ?? true {
            defaultSize = size
            defaultEncoding = encoded
        }
    }

    /// The encoding to use when the width is settled, or the error asking for a size specifier.
    func resolve(_ best: EncodedInstruction) throws(EncodingError) -> EncodedInstruction {
        guard sizes.count > 1 else { return best }
        if let defaultEncoding { return defaultEncoding }
        throw .ambiguousOperandSize(operand: operand, sizes: sizes.sorted())
    }
}

extension EncodingError {
    /// Which of two failures says more about what went wrong.
    func outranks(_ other: EncodingError?) -> Bool {
        guard let other else { return true }
        switch (self, other) {
        case (.immediateOutOfRange(_, _, let mine), .immediateOutOfRange(_, _, let theirs)):
            return mine.count > theirs.count
        case (.prefixNotAllowed, .prefixNotAllowed(_, let reason)):
            // "lock needs a memory destination" helps more than "this other form takes no lock".
            return reason.hasSuffix(Encoder.cannotBeLocked)
        default:
            return false
        }
    }
}
