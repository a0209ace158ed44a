import Diagnostics
import X86
import X86Assembler

/// Keeps the statements of a source in the public model (``Statement``), for callers that
/// inspect what was parsed (the REPL). Whole-file assembly does without it.
final class StatementRecorder {
    var statements: [Statement] = []

    func record(_ kind: StatementKind, range: SourceRange, line: Int) {
        statements.append(Statement(kind, range: range, line: line))
    }

    func statement(_ line: InstructionLine, builder: ProgramBuilder) -> InstructionStatement {
        var symbolic: [SymbolicOperand] = []
        var instruction = line.instruction
        for i in 0..<line.symbolic.count {
            let slot = line.symbolic[i]
            if slot.value.isConstant {
                // A branch to a number (`jmp 0x10`) is a plain operand in the public model.
                instruction.operands[slot.operand] = .imm(slot.value.constant)
                continue
            }
            symbolic.append(SymbolicOperand(index: slot.operand, expression: expression(slot.value, builder: builder), role: slot.role))
        }
        return InstructionStatement(
            instruction: instruction, mnemonicRange: line.mnemonicRange, operandRanges: line.operandRanges.array,
            symbolic: symbolic, explicitBranchWidth: line.explicitBranchWidth)
    }

    /// `value` in the public expression model.
    func expression(_ value: Value, builder: ProgramBuilder) -> AssemblyExpression {
        var result: AssemblyExpression
        if value.expression >= 0 {
            result = expression(node: value.expression, builder: builder)
        } else if value.symbol >= 0 {
            result = symbol(SymbolID(value.symbol), range: value.range, builder: builder)
        } else {
            return .number(value.constant)
        }
        if value.constant != 0 { result = .binary(.add, result, .number(value.constant)) }
        return result
    }

    private func expression(node index: Int32, builder: ProgramBuilder) -> AssemblyExpression {
        let node = builder.expressions[index]
        switch node.operation {
        case .number:
            return .number(node.value)
        case .symbol:
            return symbol(SymbolID(Int32(truncatingIfNeeded: node.value)), range: SourceRange(start: Int(node.left), end: Int(node.right)), builder: builder)
        case .negate:
            return .unary(.negate, expression(node: node.left, builder: builder))
        case .complement:
            return .unary(.complement, expression(node: node.left, builder: builder))
        case .logicalNot:
            return .unary(.logicalNot, expression(node: node.left, builder: builder))
        default:
            let op = node.operation.binaryOperator ?? .add
            return .binary(op, expression(node: node.left, builder: builder), expression(node: node.right, builder: builder))
        }
    }

    private func symbol(_ id: SymbolID, range: SourceRange, builder: ProgramBuilder) -> AssemblyExpression {
        let name = builder.symbols.name(of: id)
        if !builder.symbols.isNamed(id) {
            if name == "$" { return .here }
            if name == "$$" { return .sectionStart }
        }
        return .symbol(name, range)
    }
}
