import Diagnostics
import X86
import X86Encoder

/// A value and whether it depends on where labels land.
struct Value {
    var value: Int64
    var dependsOnLabels: Bool
}

extension Layout {
    /// Evaluates `expression` as seen from statement `index`.
    func evaluate(_ expression: Expression, at index: Int, depth: Int = 0) -> Result<Value, ExpressionError> {
        switch expression {
        case .number(let value):
            return .success(Value(value: value, dependsOnLabels: false))
        case .here:
            return .success(Value(value: address(of: index), dependsOnLabels: true))
        case .sectionStart:
            return .success(Value(value: sectionBases[sectionOfStatement[index]], dependsOnLabels: true))
        case .symbol(let name, let range):
            if let statement = numericLabel(name, from: index) {
                return .success(Value(value: address(of: statement), dependsOnLabels: true))
            }
            let scoped = Layout.scoped(name, scopes[index])
            if let place = labels[scoped] ?? labels[name] {
                return .success(Value(value: address(of: place.statement), dependsOnLabels: true))
            }
            if let (definition, at) = definitions[name], depth < 64 {
                return evaluate(definition, at: at, depth: depth + 1)
            }
            return .failure(.undefinedSymbol(name, range))
        case .unary(let op, let operand):
            return evaluate(operand, at: index, depth: depth).map {
                Value(value: Expression.apply(op, $0.value), dependsOnLabels: $0.dependsOnLabels)
            }
        case .binary(let op, let lhs, let rhs):
            let left: Value
            let right: Value
            switch evaluate(lhs, at: index, depth: depth) {
            case .success(let value): left = value
            case .failure(let error): return .failure(error)
            }
            switch evaluate(rhs, at: index, depth: depth) {
            case .success(let value): right = value
            case .failure(let error): return .failure(error)
            }
            do {
                let value = try Expression.apply(op, left.value, right.value)
                // The distance between two labels is a constant once laid out.
                let depends = op == .subtract && left.dependsOnLabels && right.dependsOnLabels
                    ? false : left.dependsOnLabels || right.dependsOnLabels
                return .success(Value(value: value, dependsOnLabels: depends))
            } catch {
                return .failure(error)
            }
        }
    }

    /// `1b` → the latest `1:` at or before `index`; `1f` → the first after it.
    func numericLabel(_ name: String, from index: Int) -> Int? {
        guard let last = name.last, last == "b" || last == "f", name.count > 1 else { return nil }
        let base = String(name.dropLast())
        guard let definitions = numericLabels[base] else { return nil }
        if last == "b" { return definitions.last { $0 <= index } }
        return definitions.first { $0 > index }
    }

    /// Evaluates, reporting failures against statement `index`; nil on failure.
    mutating func value(_ expression: Expression, at index: Int, range: SourceRange) -> Value? {
        switch evaluate(expression, at: index) {
        case .success(let value):
            return value
        case .failure(.undefinedSymbol(let name, let symbolRange)):
            report("undefined symbol '\(name)'", statement: index, range: symbolRange, kind: .undefinedSymbol(name))
        case .failure(.divisionByZero):
            report("division by zero", statement: index, range: range)
        }
        return nil
    }

    // MARK: Instructions

    mutating func encode(_ statement: InstructionStatement, index: Int) -> EncodedInstruction? {
        var instruction = statement.instruction
        let address = address(of: index)
        for symbolic in statement.symbolic {
            let range = symbolic.index < statement.operandRanges.count ? statement.operandRanges[symbolic.index] : statement.mnemonicRange
            guard let value = value(symbolic.expression, at: index, range: range) else {
                if finalPass { return nil }
                continue
            }
            switch (symbolic.role, instruction.operands[symbolic.index]) {
            case (.branchTarget, _):
                instruction.operands[symbolic.index] = .immediate(Immediate(value.value))
                if !statement.explicitBranchWidth {
                    instruction.branchWidth = grown.contains(index) ? .near : .short
                }
            case (.immediate, _):
                instruction.operands[symbolic.index] = .immediate(Immediate(value.value, isSymbolic: value.dependsOnLabels))
            case (.displacement, .memory(var memory)), (.ripTarget, .memory(var memory)):
                memory.displacement = value.value
                instruction.operands[symbolic.index] = .memory(memory)
            default:
                break
            }
        }
        do {
            return try encoder.encode(instruction, at: address)
        } catch .branchOutOfRange(let operand, let distance) where !statement.explicitBranchWidth && instruction.branchWidth == .short {
            _ = operand
            _ = distance
            grown.insert(index)
            instruction.branchWidth = .near
            do {
                return try encoder.encode(instruction, at: address)
            } catch {
                reportEncoding(error, statement, index: index)
                return nil
            }
        } catch {
            reportEncoding(error, statement, index: index)
            return nil
        }
    }

    private mutating func reportEncoding(_ error: EncodingError, _ statement: InstructionStatement, index: Int) {
        var range = statements[index].range
        if let operand = error.operandIndex, operand < statement.operandRanges.count {
            range = statement.operandRanges[operand]
        } else if case .noMatchingForm = error {
            range = statement.operandRanges.reduce(statement.mnemonicRange) { $0.union($1) }
        }
        var message = error.message
        var notes: [String] = []
        if case .noMatchingForm(let mnemonic, let kinds, let forms) = error {
            let given = kinds.isEmpty ? "no operands" : kinds.joined(separator: ", ")
            message = "no form of '\(mnemonic)' takes \(given)"
            notes = forms.isEmpty ? [] : ["'\(mnemonic)' has: " + forms.joined(separator: ", ")]
        }
        if case .branchOutOfRange(_, let distance) = error, statement.explicitBranchWidth {
            message = "short jump cannot reach its target: it is \(distance) bytes away (a short jump reaches -128...127)"
        }
        report(message, statement: index, range: range, notes: notes)
    }

    // MARK: Data

    /// The bytes a data directive produces at section offset `offset`.
    mutating func dataBytes(_ directive: Directive, index: Int, offset: Int) -> [UInt8]? {
        let range = statements[index].range
        switch directive {
        case .data(let size, let items):
            var bytes: [UInt8] = []
            for item in items {
                switch item {
                case .bytes(let string):
                    bytes.append(contentsOf: string)
                    let remainder = string.count % size
                    if remainder != 0 { bytes.append(contentsOf: repeatElement(0, count: size - remainder)) }
                case .uninitialized:
                    bytes.append(contentsOf: repeatElement(0, count: size))
                case .expression(let expression, let itemRange):
                    let value = self.value(expression, at: index, range: itemRange)?.value ?? 0
                    if size < 8 {
                        let limit = Int64(1) << (size * 8)
                        if value >= limit || value < -(limit / 2) {
                            report("value \(value) does not fit in \(size) byte\(size == 1 ? "" : "s")", statement: index, range: itemRange)
                        }
                    }
                    var remaining = UInt64(bitPattern: value)
                    for _ in 0..<size {
                        bytes.append(UInt8(truncatingIfNeeded: remaining))
                        remaining = size > 8 ? remaining >> 8 : remaining >> 8
                    }
                }
            }
            return bytes
        case .reserve(let size, let countExpression, let fillExpression):
            guard let count = value(countExpression, at: index, range: range)?.value else { return nil }
            guard count >= 0, count <= 1 << 28 else {
                report("count \(count) is out of range", statement: index, range: range)
                return nil
            }
            let fill = fillExpression.flatMap { value($0, at: index, range: range)?.value } ?? 0
            return Array(repeating: UInt8(truncatingIfNeeded: fill), count: Int(count) * size)
        case .fill(let countExpression, let sizeExpression, let valueExpression):
            guard let count = value(countExpression, at: index, range: range)?.value,
                  let size = value(sizeExpression, at: index, range: range)?.value,
                  let fill = value(valueExpression, at: index, range: range)?.value else { return nil }
            guard count >= 0, count <= 1 << 28, size >= 0, size <= 8 else {
                report("fill count or size is out of range", statement: index, range: range)
                return nil
            }
            var bytes: [UInt8] = []
            for _ in 0..<count {
                var remaining = UInt64(bitPattern: fill)
                for _ in 0..<size {
                    bytes.append(UInt8(truncatingIfNeeded: remaining))
                    remaining >>= 8
                }
            }
            return bytes
        case .align(let boundaryExpression, let fillExpression):
            guard let boundary = value(boundaryExpression, at: index, range: range)?.value else { return nil }
            guard boundary > 0, boundary & (boundary - 1) == 0, boundary <= 1 << 16 else {
                report("alignment \(boundary) is not a power of two", statement: index, range: range)
                return nil
            }
            let address = address(of: index)
            let padding = Int(Layout.alignUp(address, boundary) - address)
            if let fillExpression {
                let fill = value(fillExpression, at: index, range: range)?.value ?? 0
                return Array(repeating: UInt8(truncatingIfNeeded: fill), count: padding)
            }
            return isCode(sectionOfStatement[index]) ? Layout.nops(padding) : Array(repeating: 0, count: padding)
        case .times(let countExpression, let kind):
            guard let count = value(countExpression, at: index, range: range)?.value else { return nil }
            guard count >= 0, count <= 1 << 24 else {
                report("times count \(count) is out of range", statement: index, range: range)
                return nil
            }
            var bytes: [UInt8] = []
            for _ in 0..<count {
                switch kind {
                case .instruction(let statement):
                    guard let encoded = encode(statement, index: index) else { return nil }
                    encoded.bytes.append(to: &bytes)
                case .directive(let inner):
                    guard let more = dataBytes(inner, index: index, offset: offset + bytes.count) else { return nil }
                    bytes.append(contentsOf: more)
                case .label:
                    break
                }
            }
            return bytes
        case .external(let names):
            report("external symbol '\(names.first ?? "")' cannot be resolved: linking is not supported", statement: index, range: range)
            return nil
        default:
            return []
        }
    }

    /// Padding made of the recommended multi-byte NOPs (SDM Vol. 2B, NOP), longest first.
    static func nops(_ count: Int) -> [UInt8] {
        let sequences: [[UInt8]] = [
            [0x90],
            [0x66, 0x90],
            [0x0F, 0x1F, 0x00],
            [0x0F, 0x1F, 0x40, 0x00],
            [0x0F, 0x1F, 0x44, 0x00, 0x00],
            [0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00],
            [0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00],
            [0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
            [0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
            [0x66, 0x2E, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
        ]
        var bytes: [UInt8] = []
        var remaining = count
        while remaining > 0 {
            let chunk = min(remaining, sequences.count)
            bytes.append(contentsOf: sequences[chunk - 1])
            remaining -= chunk
        }
        return bytes
    }
}
