import X86
import X86Encoder

extension Explanation {
    /// Explains `instruction` as the encoder encodes it at `address` (which matters only for
    /// relative branches and RIP-relative targets).
    ///
    /// Throws the encoder's error when the instruction cannot be encoded.
    public static func explain(
        _ instruction: Instruction, at address: Int64 = 0, encoder: Encoder = Encoder()
    ) throws(EncodingError) -> Explanation {
        let encoded = try encoder.encode(instruction, at: address)
        let forms = encoder.instructionSet.forms
        let form = forms[encoded.formIndex]
        let mnemonic = encoder.instructionSet.name(of: instruction.mnemonic)
        let facts = InstructionFacts.shared.facts(for: mnemonic)

        var builder = FieldBuilder(
            instruction: instruction, form: form, fields: encoded.fields, address: address, mode: encoder.mode)
        let fields = builder.build()

        var alternatives = encoder.alternatives(instruction, at: address).map {
            Alternative(form: forms[$0.formIndex], bytes: Array($0.bytes), isChosen: $0.formIndex == encoded.formIndex)
        }
        if !alternatives.contains(where: \.isChosen) {
            alternatives.insert(Alternative(form: form, bytes: Array(encoded.bytes), isChosen: true), at: 0)
        }

        let count = instruction.operands.count
        let operands = (0..<count).map { index in
            ExplainedOperand(
                text: OperandText.operand(
                    instruction.operands[index], isBranchTarget: index < form.roles.count && form.roles[index] == .relative),
                formClass: index < form.operandTokens.count ? form.operandTokens[index] : "",
                placement: placement(ofOperand: index, in: fields),
                access: facts?.access(ofOperand: index, count: count) ?? .read)
        }

        var explanation = Explanation(
            text: OperandText.instruction(instruction, mnemonic: mnemonic, form: form),
            operands: operands,
            bytes: Array(encoded.bytes),
            fields: fields,
            form: form,
            alternatives: alternatives,
            choice: ChoiceReason.text(alternatives),
            summary: facts?.summary,
            flags: facts?.flags,
            sideEffects: SideEffects.of(instruction, operands: operands),
            note: facts?.note)
        explanation.dialects = dialectLines(instruction, at: address, bytes: Array(encoded.bytes), encoder: encoder)
        return explanation
    }

    /// A line for each other dialect whose assembler writes other bytes for `instruction`.
    static func dialectLines(_ instruction: Instruction, at address: Int64, bytes: [UInt8], encoder: Encoder) -> [String] {
        var lines: [String] = []
        for dialect in EncodingDialect.allCases where dialect != encoder.dialect {
            let other = Encoder(instructionSet: encoder.instructionSet, dialect: dialect, mode: encoder.mode)
            guard let encoded = try? other.encode(instruction, at: address), Array(encoded.bytes) != bytes else { continue }
            let adjusted = dialect.adjusted(instruction)
            let form = encoder.instructionSet.forms[encoded.formIndex]
            let text = OperandText.instruction(adjusted, mnemonic: encoder.instructionSet.name(of: adjusted.mnemonic), form: form)
            let count = encoded.bytes.count
            let why = encoded.bytes.count == bytes.count && adjusted == instruction ? ", its prefixes in its order" : ""
            lines.append("\(dialect.toolName) writes \(encoded.bytes.hex) (\(text): \(count) byte\(count == 1 ? "" : "s")\(why))")
        }
        return lines
    }

    /// The fields and bit groups an operand went into (`ModRM.reg, REX.R`).
    static func placement(ofOperand index: Int, in fields: [EncodingField]) -> String {
        var names: [String] = []
        for field in fields {
            if field.operand == index, field.kind == .prefix {
                names.append(field.name + (field.tag.map { " (\($0))" } ?? ""))
                continue
            }
            if field.operand == index, field.parts.isEmpty {
                names.append(field.name)
                continue
            }
            for part in field.parts where part.operand == index {
                let name = field.kind == .rex ? "REX." + part.name : field.name + "." + part.name
                if !names.contains(name) { names.append(name) }
            }
            if field.operand == index, !field.parts.isEmpty, !names.contains(where: { $0.hasPrefix(field.name) }) {
                names.append(field.name)
            }
        }
        return names.isEmpty ? "implied by the opcode" : names.joined(separator: ", ")
    }
}

/// Why the encoder chose one form over the others that also match.
enum ChoiceReason {
    static func text(_ alternatives: [Alternative]) -> String {
        guard let chosen = alternatives.first(where: \.isChosen) else { return "" }
        let others = alternatives.filter { !$0.isChosen }
        if others.isEmpty { return "the only form that takes these operands" }
        let length = chosen.bytes.count
        let shorter = others.filter { $0.bytes.count < length }
        let equal = others.filter { $0.bytes.count == length }
        let longer = others.filter { $0.bytes.count > length }
        let name = chosen.opcodeNotation
        if !shorter.isEmpty {
            if chosen.form.opcode.vex?.isEVEX != true, shorter.allSatisfy({ $0.form.opcode.vex?.isEVEX == true }) {
                return "\(name) wins although \(list(shorter)) is shorter: EVEX is used only when the line "
                    + "needs it (a register 16–31, zmm, a mask, a broadcast or rounding, or {evex}), as llvm-mc 14 "
                    + "and GNU as choose"
            }
            if shorter.allSatisfy({ $0.form.attributes.contains(.lastResort) }) {
                return "\(name) wins although \(list(shorter)) is shorter: that row is an alternative encoding, "
                    + "used only when no other row matches"
            }
            return "\(name) wins although \(list(shorter)) is shorter: a memory operand without a size "
                + "takes the instruction's default operand size"
        }
        var text: String
        if equal.isEmpty {
            text = "the shortest encoding wins: \(name) in \(length) bytes beats \(list(longer))"
        } else {
            let names = ([chosen] + equal).map(\.opcodeNotation)
            let verb = equal.count == 1 ? "are both" : "are all"
            text = "\(join(names)) \(verb) \(length) bytes long; the earlier table row, \(name), wins"
            if !longer.isEmpty { text += "; \(list(longer)) " + (longer.count == 1 ? "is" : "are") + " longer" }
        }
        return text
    }

    /// `05 id in 5 and 81 /0 id in 6`.
    private static func list(_ alternatives: [Alternative]) -> String {
        join(alternatives.map { "\($0.opcodeNotation) in \($0.bytes.count)" })
    }

    private static func join(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
