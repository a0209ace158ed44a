/// Reads table rows of the form `opcode | MNEMONIC operands | roles | attributes`.
///
/// EVEX rows add what the SDM writes beside the operands: `{k1}{z}` on the destination (an
/// opmask, zeroing), `/m32bcst` (a broadcast element), `{er}` or `{sae}` after the last register
/// operand, and the tuple type after the roles (`RVM FV`), which sets disp8×N.
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
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { row(UnsafeBufferPointer($0)) }
    }

    /// The same, on the line's UTF-8 bytes: the table is read at start-up, so this works on bytes
    /// rather than `Character`s.
    static func row(_ line: UnsafeBufferPointer<UInt8>) -> Result<Row, TableError>? {
        var end = line.count
        if let hash = line.firstIndex(of: UInt8(ascii: "#")) { end = hash }
        let content = trimmed(line, 0..<end)
        if content.isEmpty { return nil }
        var columns: [Range<Int>] = []
        var start = content.lowerBound
        for i in content where line[i] == UInt8(ascii: "|") {
            columns.append(trimmed(line, start..<i))
            start = i + 1
        }
        columns.append(trimmed(line, start..<content.upperBound))
        guard columns.count == 3 || columns.count == 4 else {
            return .failure(TableError("expected 3 or 4 columns separated by '|' in '\(text(line, content))'"))
        }
        let instruction = columns[1]
        let mnemonicEnd = instruction.first { line[$0] == UInt8(ascii: " ") } ?? instruction.upperBound
        let operandRange = trimmed(line, mnemonicEnd..<instruction.upperBound)
        var operandTokens: [String] = []
        if !operandRange.isEmpty {
            var tokenStart = operandRange.lowerBound
            for i in operandRange where line[i] == UInt8(ascii: ",") {
                operandTokens.append(text(line, trimmed(line, tokenStart..<i)))
                tokenStart = i + 1
            }
            operandTokens.append(text(line, trimmed(line, tokenStart..<operandRange.upperBound)))
        }
        var attributes: [String] = []
        if columns.count == 4 {
            var wordStart = columns[3].lowerBound
            for i in columns[3].lowerBound...columns[3].upperBound where i == columns[3].upperBound || line[i] == UInt8(ascii: " ") {
                if i > wordStart { attributes.append(text(line, wordStart..<i)) }
                wordStart = i + 1
            }
        }
        return .success(Row(
            opcodeText: text(line, columns[0]), mnemonic: text(line, instruction.lowerBound..<mnemonicEnd),
            operandTokens: operandTokens, rolesText: text(line, columns[2]), attributeWords: attributes))
    }

    private static func trimmed(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, line[lower] == 0x20 || line[lower] == 0x09 { lower += 1 }
        while upper > lower, line[upper - 1] == 0x20 || line[upper - 1] == 0x09 { upper -= 1 }
        return lower..<upper
    }

    private static func text(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self)
    }

    /// Turns a row into forms (several for a `cc` row), numbering them from `firstIndex`.
    public static func forms(of row: Row, firstIndex: Int) -> Result<[InstructionForm], TableError> {
        var patterns: [String: OperandPattern] = [:]
        return forms(of: row, firstIndex: firstIndex, patterns: &patterns)
    }

    /// ``forms(of:firstIndex:)`` with the operand classes read so far: a few dozen tokens
    /// (`xmm2/m128`, `r/m32`) make up thousands of rows, and reading one is a chain of string
    /// comparisons, so each is read once per table.
    static func forms(
        of row: Row, firstIndex: Int, patterns known: inout [String: OperandPattern]
    ) -> Result<[InstructionForm], TableError> {
        var opcode: OpcodeSpec
        switch OpcodeSpec.parse(row.opcodeText) {
        case .success(let spec): opcode = spec
        case .failure(let error): return .failure(error)
        }
        if opcode.vex?.isEVEX == true {
            guard let decorated = decorations(of: row.operandTokens, into: opcode) else {
                return .failure(TableError("unknown decoration in '\(row.text)'"))
            }
            opcode = decorated
        }
        var patterns: [OperandPattern] = []
        patterns.reserveCapacity(row.operandTokens.count)
        for token in row.operandTokens {
            if let pattern = known[token] {
                patterns.append(pattern)
                continue
            }
            guard let pattern = OperandPattern(token: token) else {
                return .failure(TableError("unknown operand class '\(token)' in '\(row.text)'"))
            }
            known[token] = pattern
            patterns.append(pattern)
        }
        var roles: [OperandRole] = []
        // `RVM FV`: the operand roles, then (EVEX) the tuple type.
        var rolesText = Substring(row.rolesText)
        if let space = rolesText.firstIndex(of: " ") {
            let word = rolesText[rolesText.index(after: space)...].trimmingSpaces
            guard opcode.vex?.isEVEX == true, let tuple = TupleType(abbreviation: word) else {
                return .failure(TableError("unknown tuple type '\(word)' in '\(row.text)'"))
            }
            opcode.vex?.tuple = tuple
            rolesText = rolesText[..<space]
        }
        if rolesText != "ZO" {
            roles.reserveCapacity(patterns.count)
            for byte in rolesText.utf8 {
                guard let role = OperandRole(rawValue: Character(Unicode.Scalar(byte))) else {
                    return .failure(TableError("unknown operand role '\(Character(Unicode.Scalar(byte)))' in '\(row.text)'"))
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
        // The table spells mnemonics in capitals already; uppercasing is for rows that don't.
        let upper = row.mnemonic.utf8.contains { $0 &- 0x61 < 26 } ? row.mnemonic.uppercased() : row.mnemonic
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
                        roles: roles, opcode: opcode, attributes: attributes, condition: UInt8(code), source: row,
                        index: firstIndex + forms.count))
                }
            }
            return .success(forms)
        }
        return .success([InstructionForm(
            mnemonic: upper, operands: patterns, operandTokens: row.operandTokens, roles: roles, opcode: opcode,
            attributes: attributes, condition: nil, source: row, index: firstIndex)])
    }
}

extension InstructionTableParser {
    /// `spec` with what the operands' EVEX decorations allow, as the SDM writes them: `{k1}` or
    /// `{k1}{z}` on the destination (`{k2}` when the destination is a mask itself), `{er}` or
    /// `{sae}` after the last register operand. Nil for a decoration it does not know.
    static func decorations(of tokens: [String], into spec: OpcodeSpec) -> OpcodeSpec? {
        var spec = spec
        guard var evex = spec.vex else { return spec }
        for token in tokens where token.contains("{") {
            var rest = Substring(token)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                switch rest[rest.index(after: open)..<close] {
                case "k1", "k2": if evex.masking == .none { evex.masking = .merging }
                case "z": evex.masking = .mergingOrZeroing
                case "er": evex.rounding = .embeddedRounding
                case "sae": evex.rounding = .suppressExceptions
                default: return nil
                }
                rest = rest[rest.index(after: close)...]
            }
        }
        spec.vex = evex
        return spec
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
