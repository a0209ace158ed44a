import Diagnostics

/// A value as written in source, compactly: a constant, a symbol plus a constant, or an
/// expression stored in an ``ExpressionArena``.
///
/// Most operands are a number or `label` or `label + 8`; those need no expression nodes.
package struct Value: Sendable, Hashable {
    /// The whole value when there is no symbol and no expression; else the addend.
    package var constant: Int64
    /// The symbol added to ``constant``, or -1.
    package var symbol: Int32
    /// The expression node (in the assembly's arena) that gives the value, or -1.
    package var expression: Int32
    /// Where the value's symbol (or expression) was written, for diagnostics.
    package var rangeStart: Int32
    package var rangeEnd: Int32

    package init(constant: Int64) {
        self.constant = constant
        symbol = -1
        expression = -1
        rangeStart = 0
        rangeEnd = 0
    }

    package init(symbol: SymbolID, addend: Int64 = 0, range: SourceRange) {
        constant = addend
        self.symbol = symbol.index
        expression = -1
        rangeStart = Int32(truncatingIfNeeded: range.start)
        rangeEnd = Int32(truncatingIfNeeded: range.end)
    }

    package init(expression: Int32, range: SourceRange) {
        constant = 0
        symbol = -1
        self.expression = expression
        rangeStart = Int32(truncatingIfNeeded: range.start)
        rangeEnd = Int32(truncatingIfNeeded: range.end)
    }

    /// True when the value is a plain number.
    package var isConstant: Bool { symbol < 0 && expression < 0 }

    package var range: SourceRange { SourceRange(start: Int(rangeStart), end: Int(rangeEnd)) }
}

/// One node of an expression tree stored in an ``ExpressionArena``.
package struct ExpressionNode: Sendable, Hashable {
    package enum Operation: UInt8, Sendable {
        case number
        /// `value` is the symbol number; `left..<right` is where it was written.
        case symbol
        case negate, complement, logicalNot
        case add, subtract, multiply, divide, remainder, shiftLeft, shiftRight, and, or, xor
    }

    package var operation: Operation
    package var left: Int32
    package var right: Int32
    package var value: Int64

    package init(operation: Operation, left: Int32, right: Int32, value: Int64) {
        self.operation = operation
        self.left = left
        self.right = right
        self.value = value
    }
}

/// Expression trees of one assembly, stored as nodes in one array: no allocation per node.
package struct ExpressionArena: Sendable {
    package private(set) var nodes: [ExpressionNode] = []

    package init() {}

    package mutating func append(_ node: ExpressionNode) -> Int32 {
        nodes.append(node)
        return Int32(truncatingIfNeeded: nodes.count - 1)
    }

    package subscript(index: Int32) -> ExpressionNode { nodes[Int(index)] }

    /// Turns `value` into a node (a number, a symbol, or a symbol plus its addend).
    package mutating func node(for value: Value) -> Int32 {
        if value.expression >= 0 {
            guard value.constant != 0 else { return value.expression }
            let addend = append(ExpressionNode(operation: .number, left: 0, right: 0, value: value.constant))
            return append(ExpressionNode(operation: .add, left: value.expression, right: addend, value: 0))
        }
        if value.symbol < 0 {
            return append(ExpressionNode(operation: .number, left: 0, right: 0, value: value.constant))
        }
        let symbol = append(ExpressionNode(
            operation: .symbol, left: value.rangeStart, right: value.rangeEnd, value: Int64(value.symbol)))
        guard value.constant != 0 else { return symbol }
        let addend = append(ExpressionNode(operation: .number, left: 0, right: 0, value: value.constant))
        return append(ExpressionNode(operation: .add, left: symbol, right: addend, value: 0))
    }
}

extension ExpressionNode.Operation {
    /// The operation for a binary operator of the public expression model.
    init(_ op: AssemblyExpression.BinaryOperator) {
        switch op {
        case .add: self = .add
        case .subtract: self = .subtract
        case .multiply: self = .multiply
        case .divide: self = .divide
        case .remainder: self = .remainder
        case .shiftLeft: self = .shiftLeft
        case .shiftRight: self = .shiftRight
        case .and: self = .and
        case .or: self = .or
        case .xor: self = .xor
        }
    }

    /// The operator of the public expression model, for binary operations.
    package var binaryOperator: AssemblyExpression.BinaryOperator? {
        switch self {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        case .remainder: .remainder
        case .shiftLeft: .shiftLeft
        case .shiftRight: .shiftRight
        case .and: .and
        case .or: .or
        case .xor: .xor
        default: nil
        }
    }
}

extension ExpressionNode.Operation {
    /// The operation applied to one operand (`-`, `~`, `!`); other operations return it unchanged.
    package func apply(_ value: Int64) -> Int64 {
        switch self {
        case .negate: AssemblyExpression.apply(.negate, value)
        case .complement: AssemblyExpression.apply(.complement, value)
        case .logicalNot: AssemblyExpression.apply(.logicalNot, value)
        default: value
        }
    }

    /// The operation applied to two operands; nil on division by zero (or when not binary).
    package func apply(_ left: Int64, _ right: Int64) -> Int64? {
        guard let op = binaryOperator else { return nil }
        return try? AssemblyExpression.apply(op, left, right)
    }
}
