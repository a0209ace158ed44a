/// The syntax tree of a Toy program: functions of 64-bit integers.
///
/// ```
/// fn fib(n) {
///     if n < 2 { return n; }
///     return fib(n - 1) + fib(n - 2);
/// }
/// fn main() { return fib(20); }
/// ```
public struct Program: Sendable {
    public var functions: [Function]
}

/// `fn name(parameters) { body }`.
public struct Function: Sendable {
    public var name: String
    public var parameters: [String]
    public var body: [Statement]
}

/// What a function body is made of.
public indirect enum Statement: Sendable {
    /// `var name = value;`
    case declare(String, Expression)
    /// `name = value;`
    case assign(String, Expression)
    /// `if condition { … } else { … }`
    case `if`(Expression, [Statement], [Statement])
    /// `while condition { … }`
    case `while`(Expression, [Statement])
    /// `return value;`
    case `return`(Expression)
    /// `value;`, for its calls.
    case expression(Expression)
}

/// Integer expressions. Comparisons and `!` give 0 or 1; `&&` and `||` evaluate their right
/// side only when needed. Arithmetic wraps; `x / 0` and `x % 0` are 0.
public indirect enum Expression: Sendable {
    case number(Int)
    case variable(String)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case call(String, [Expression])
}

public enum UnaryOperator: String, Sendable {
    case negate = "-"
    case not = "!"
}

public enum BinaryOperator: String, Sendable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="
    case and = "&&", or = "||"

    /// Binding strength: higher binds tighter.
    var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        case .add, .subtract: 5
        case .multiply, .divide, .remainder: 6
        }
    }
}

/// A program that cannot be read or compiled, with the line it is about.
public struct ToyError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var line: Int

    public var description: String { "line \(line): \(message)" }
}
