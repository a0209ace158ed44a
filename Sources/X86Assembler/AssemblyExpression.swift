import Diagnostics

/// A constant expression as written in source: numbers, symbols, `$`, `$$` and operators.
public indirect enum AssemblyExpression: Sendable, Hashable {
    case number(Int64)
    case symbol(String, SourceRange)
    /// `$`: the address of the current statement.
    case here
    /// `$$`: the start of the current section.
    case sectionStart
    case unary(UnaryOperator, AssemblyExpression)
    case binary(BinaryOperator, AssemblyExpression, AssemblyExpression)

    public enum UnaryOperator: Sendable, Hashable {
        case negate, complement, plus, logicalNot
    }

    public enum BinaryOperator: Sendable, Hashable {
        case add, subtract, multiply, divide, remainder, shiftLeft, shiftRight, and, or, xor
    }

    /// The value, when it needs no symbol and no address.
    public var constantValue: Int64? {
        switch self {
        case .number(let value): return value
        case .symbol, .here, .sectionStart: return nil
        case .unary(let op, let operand):
            guard let value = operand.constantValue else { return nil }
            return AssemblyExpression.apply(op, value)
        case .binary(let op, let lhs, let rhs):
            guard let left = lhs.constantValue, let right = rhs.constantValue else { return nil }
            return try? AssemblyExpression.apply(op, left, right)
        }
    }

    /// True when the expression names anything but numbers.
    public var referencesSymbols: Bool { constantValue == nil }

    public static func apply(_ op: UnaryOperator, _ value: Int64) -> Int64 {
        switch op {
        case .negate: 0 &- value
        case .complement: ~value
        case .plus: value
        case .logicalNot: value == 0 ? 1 : 0
        }
    }

    /// Division by zero is the only failure.
    public static func apply(_ op: BinaryOperator, _ left: Int64, _ right: Int64) throws(ExpressionError) -> Int64 {
        switch op {
        case .add: return left &+ right
        case .subtract: return left &- right
        case .multiply: return left &* right
        case .divide:
            guard right != 0 else { throw .divisionByZero }
            return left == Int64.min && right == -1 ? left : left / right
        case .remainder:
            guard right != 0 else { throw .divisionByZero }
            return left == Int64.min && right == -1 ? 0 : left % right
        case .shiftLeft: return right >= 64 || right < 0 ? 0 : left << right
        case .shiftRight: return right >= 64 || right < 0 ? (left < 0 ? -1 : 0) : left >> right
        case .and: return left & right
        case .or: return left | right
        case .xor: return left ^ right
        }
    }
}

/// Why an expression has no value.
public enum ExpressionError: Error, Sendable, Hashable {
    case divisionByZero
    case undefinedSymbol(String, SourceRange)
}
