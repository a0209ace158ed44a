import Diagnostics
import X86
import X86Encoder

/// Assembles statements built in Swift (or parsed elsewhere) into a program image.
///
/// Symbol names are taken as written: a name is scoped by nothing, `1`…`9` labels are
/// numeric labels that `1b`/`1f` refer to, and `$`/`$$` are ``AssemblyExpression/here`` and
/// ``AssemblyExpression/sectionStart``.
public struct Assembler: Sendable {
    public var options: AssemblerOptions
    public let encoder: Encoder

    public init(options: AssemblerOptions = AssemblerOptions(), encoder: Encoder? = nil) {
        self.options = options
        self.encoder = encoder ?? Encoder(dialect: options.encodingDialect)
    }

    public func assemble(_ statements: [Statement]) -> AssemblyResult {
        var builder = ProgramBuilder(options: options, encoder: encoder)
        for statement in statements {
            builder.beginStatement(line: statement.line)
            builder.add(statement.kind, range: statement.range)
        }
        return builder.finish()
    }
}

extension ProgramBuilder {
    /// Adds one statement of the public model.
    mutating func add(_ kind: StatementKind, range: SourceRange) {
        switch kind {
        case .label(let name):
            if let number = UInt64(name) {
                defineNumericLabel(number, range: range)
            } else {
                defineLabel(symbols.intern(name), range: range)
            }
        case .instruction(let statement):
            var line = InstructionLine(mnemonic: statement.instruction.mnemonic)
            line.instruction = statement.instruction
            line.mnemonicRange = statement.mnemonicRange
            for operand in statement.operandRanges { line.operandRanges.append(operand) }
            line.explicitBranchWidth = statement.explicitBranchWidth
            for symbolic in statement.symbolic {
                line.symbolic.append(SymbolicSlot(operand: symbolic.index, role: symbolic.role, value: value(of: symbolic.expression)))
            }
            addAbsoluteTargets(&line, given: statement.symbolic)
            emit(&line)
        case .directive(let directive):
            add(directive, range: range)
        }
    }

    private mutating func add(_ directive: Directive, range: SourceRange) {
        switch directive {
        case .data(let size, let items):
            for item in items {
                switch item {
                case .bytes(let bytes):
                    emitBytes(bytes)
                    if bytes.count % size != 0 { appendZeros(size - bytes.count % size) }
                case .uninitialized:
                    appendZeros(size)
                case .expression(let expression, let itemRange):
                    emitData(value(of: expression), size: size, range: itemRange)
                }
            }
        case .reserve(let size, let count, let fill):
            let fillValue = fill.flatMap { resolveNow(value(of: $0)) } ?? 0
            emitReserve(unitSize: size, count: value(of: count), fill: UInt8(truncatingIfNeeded: fillValue), range: range)
        case .fill(let count, let size, let fillValue):
            guard let size = resolveNow(value(of: size)), let fill = resolveNow(value(of: fillValue)) else {
                report("the size and value of '.fill' must be known before layout", at: range)
                return
            }
            emitFill(count: value(of: count), size: size, value: fill, range: range)
        case .times(let count, let inner):
            let mark = beginRepeat()
            add(inner, range: range)
            endRepeat(mark, count: value(of: count), range: range)
        case .align(let boundary, let fill):
            guard let boundary = resolveNow(value(of: boundary)) else {
                report("an alignment must be a number known before layout", at: range)
                return
            }
            let fillByte = fill.flatMap { resolveNow(value(of: $0)) }.map { UInt8(truncatingIfNeeded: $0) }
            emitAlign(boundary: boundary, fill: fillByte, maxSkip: nil, range: range)
        case .section(let name):
            switchSection(to: name)
        case .define(let name, let expression):
            define(symbols.intern(name), as: value(of: expression), redefinable: true, range: range)
        case .external(let names):
            for name in names { declareExternal(symbols.intern(name)) }
        case .codeMode(let mode):
            setCodeMode(mode)
        case .global, .defaultRelative, .ignored:
            break
        }
    }

    /// A number given as a branch target or a RIP-relative target is an absolute address, so
    /// its distance depends on where the instruction lands: it goes through layout like a label
    /// (encoded on its own, it would be measured as if the instruction sat at address 0).
    private func addAbsoluteTargets(_ line: inout InstructionLine, given symbolic: [SymbolicOperand]) {
        let operands = line.instruction.operands
        for index in operands.indices where !symbolic.contains(where: { $0.index == index }) {
            switch operands[index] {
            case .immediate(let immediate) where operands.count == 1 && InstructionSet.shared.hasRelativeForms(line.instruction.mnemonic):
                line.symbolic.append(SymbolicSlot(operand: index, role: .branchTarget, value: Value(constant: immediate.value)))
            case .memory(let memory) where memory.isRIPRelative && memory.displacementIsTarget:
                line.symbolic.append(SymbolicSlot(operand: index, role: .ripTarget, value: Value(constant: memory.displacement)))
            default:
                break
            }
        }
    }

    /// The compact form of a public expression.
    mutating func value(of expression: AssemblyExpression) -> Value {
        switch expression {
        case .number(let number):
            return Value(constant: number)
        case .symbol(let name, let range):
            return Value(symbol: symbol(named: name), range: range)
        case .here:
            return Value(symbol: here(), range: .at(0))
        case .sectionStart:
            return Value(symbol: sectionStart(), range: .at(0))
        default:
            return Value(expression: node(of: expression), range: .at(0))
        }
    }

    private mutating func node(of expression: AssemblyExpression) -> Int32 {
        switch expression {
        case .unary(let op, let operand):
            let inner = node(of: operand)
            let operation: ExpressionNode.Operation
            switch op {
            case .negate: operation = .negate
            case .complement: operation = .complement
            case .logicalNot: operation = .logicalNot
            case .plus: return inner
            }
            return expressions.append(ExpressionNode(operation: operation, left: inner, right: 0, value: 0))
        case .binary(let op, let lhs, let rhs):
            let left = node(of: lhs)
            let right = node(of: rhs)
            return expressions.append(ExpressionNode(operation: .init(op), left: left, right: right, value: 0))
        default:
            return expressions.node(for: value(of: expression))
        }
    }

    /// A name, or a numeric label reference (`1b`, `1f`).
    private mutating func symbol(named name: String) -> SymbolID {
        if let last = name.last, last == "b" || last == "f", let number = UInt64(name.dropLast()) {
            if let id = numericLabel(number, forward: last == "f") { return id }
        }
        return symbols.intern(name)
    }
}
