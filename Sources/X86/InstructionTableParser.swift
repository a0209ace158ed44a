/// Reads table rows of the form `opcode | MNEMONIC operands | roles | attributes`.
///
/// `#` starts a comment; blank lines are skipped. A mnemonic ending in `cc` whose opcode has a
/// `+cc` byte expands into one form per condition-code spelling (`JA`, `JNBE`, …).
public enum InstructionTableParser {
    /// One successfully read row before condition expansion.
    public struct Row: Sendable, Hashable {
        public var opcodeText: String
        public var mnemonic: String
        public var operandTokens: [String]
        public var rolesText: String
        public var attributeWords: [String]

        /// The row printed back in canonical spacing.
        public var text: String {
            let instruction = operandTokens.isEmpty ? mnemonic : "\(mnemonic) \(operandTokens.joined(separator: ", "))"
            var columns = [opcodeText, instruction, rolesText]
            if !attributeWords.isEmpty { columns.append(attributeWords.joined(separator: " ")) }
            return columns.joined(separator: " | ")
        }
    }

    /// Splits one line into its columns; nil for blank and comment lines.
    public static func row(_ line: Substring) -> Result<Row, TableError>? {
        let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let trimmed = content.trimmingSpaces
        if trimmed.isEmpty { return nil }
        let columns = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard columns.count == 3 || columns.count == 4 else {
            return .failure(TableError("expected 3 or 4 columns separated by '|' in '\(trimmed)'"))
        }
        let instruction = columns[1]
        let mnemonicEnd = instruction.firstIndex(of: " ") ?? instruction.endIndex
        let mnemonic = String(instruction[..<mnemonicEnd])
        let operandText = instruction[mnemonicEnd...].trimmingSpaces
        let operandTokens = operandText.isEmpty ? [] : operandText.split(separator: ",").map { String($0.trimmingSpaces) }
        let attributes = columns.count == 4 ? columns[3].split(separator: " ").map(String.init) : []
        return .success(Row(
            opcodeText: String(columns[0]), mnemonic: mnemonic, operandTokens: operandTokens,
            rolesText: String(columns[2]), attributeWords: attributes))
    }

    /// Turns a row into forms (several for a `cc` row), numbering them from `firstIndex`.
    public static func forms(of row: Row, firstIndex: Int) -> Result<[InstructionForm], TableError> {
        let opcode: OpcodeSpec
        switch OpcodeSpec.parse(row.opcodeText) {
        case .success(let spec): opcode = spec
        case .failure(let error): return .failure(error)
        }
        var patterns: [OperandPattern] = []
        for token in row.operandTokens {
            guard let pattern = OperandPattern(token: token) else {
                return .failure(TableError("unknown operand class '\(token)' in '\(row.text)'"))
            }
            patterns.append(pattern)
        }
        var roles: [OperandRole] = []
        if row.rolesText != "ZO" {
            for character in row.rolesText {
                guard let role = OperandRole(rawValue: character) else {
                    return .failure(TableError("unknown operand role '\(character)' in '\(row.text)'"))
                }
                roles.append(role)
            }
        }
        guard roles.count == patterns.count else {
            return .failure(TableError("\(patterns.count) operands but \(roles.count) roles in '\(row.text)'"))
        }
        var attributes: FormAttributes = []
        for word in row.attributeWords {
            guard let attribute = FormAttributes.words.first(where: { $0.0 == word })?.1 else {
                return .failure(TableError("unknown attribute '\(word)' in '\(row.text)'"))
            }
            attributes.insert(attribute)
        }
        let upper = row.mnemonic.uppercased()
        if opcode.addend == .condition {
            guard upper.hasSuffix("CC") else {
                return .failure(TableError("a +cc opcode needs a mnemonic ending in 'cc' in '\(row.text)'"))
            }
            let stem = upper.dropLast(2)
            var forms: [InstructionForm] = []
            for (code, spellings) in ConditionCode.spellings.enumerated() {
                for spelling in spellings {
                    forms.append(InstructionForm(
                        mnemonic: stem + spelling.uppercased(), operands: patterns, operandTokens: row.operandTokens,
                        roles: roles, opcode: opcode, attributes: attributes, condition: UInt8(code), row: row.text,
                        index: firstIndex + forms.count))
                }
            }
            return .success(forms)
        }
        return .success([InstructionForm(
            mnemonic: upper, operands: patterns, operandTokens: row.operandTokens, roles: roles, opcode: opcode,
            attributes: attributes, condition: nil, row: row.text, index: firstIndex)])
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
