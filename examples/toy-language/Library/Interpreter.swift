/// Runs a Toy program by walking its tree: the reference the JIT is checked against.
public struct Interpreter {
    private let functions: [String: Function]

    public init(_ program: Program) throws(ToyError) {
        try Checker.check(program)
        var functions: [String: Function] = [:]
        for function in program.functions { functions[function.name] = function }
        self.functions = functions
    }

    /// Calls `main` with `arguments`.
    public func run(_ arguments: [Int] = []) -> Int {
        call("main", arguments)
    }

    private enum Flow {
        case next
        case returned(Int)
    }

    private func call(_ name: String, _ arguments: [Int]) -> Int {
        guard let function = functions[name] else { return 0 }
        var variables: [String: Int] = [:]
        for (parameter, value) in zip(function.parameters, arguments) { variables[parameter] = value }
        if case .returned(let value) = execute(function.body, &variables) { return value }
        return 0
    }

    private func execute(_ statements: [Statement], _ variables: inout [String: Int]) -> Flow {
        for statement in statements {
            switch statement {
            case .declare(let name, let value), .assign(let name, let value):
                variables[name] = evaluate(value, variables)
            case .if(let condition, let then, let otherwise):
                let flow = execute(evaluate(condition, variables) != 0 ? then : otherwise, &variables)
                if case .returned = flow { return flow }
            case .while(let condition, let body):
                while evaluate(condition, variables) != 0 {
                    let flow = execute(body, &variables)
                    if case .returned = flow { return flow }
                }
            case .return(let value):
                return .returned(evaluate(value, variables))
            case .expression(let value):
                _ = evaluate(value, variables)
            }
        }
        return .next
    }

    private func evaluate(_ expression: Expression, _ variables: [String: Int]) -> Int {
        switch expression {
        case .number(let value):
            return value
        case .variable(let name):
            return variables[name] ?? 0
        case .unary(.negate, let operand):
            return 0 &- evaluate(operand, variables)
        case .unary(.not, let operand):
            return evaluate(operand, variables) == 0 ? 1 : 0
        case .binary(.and, let left, let right):
            return evaluate(left, variables) != 0 && evaluate(right, variables) != 0 ? 1 : 0
        case .binary(.or, let left, let right):
            return evaluate(left, variables) != 0 || evaluate(right, variables) != 0 ? 1 : 0
        case .binary(let op, let left, let right):
            let l = evaluate(left, variables)
            let r = evaluate(right, variables)
            switch op {
            case .add: return l &+ r
            case .subtract: return l &- r
            case .multiply: return l &* r
            case .divide: return r == 0 ? 0 : r == -1 ? 0 &- l : l / r
            case .remainder: return r == 0 || r == -1 ? 0 : l % r
            case .less: return l < r ? 1 : 0
            case .lessOrEqual: return l <= r ? 1 : 0
            case .greater: return l > r ? 1 : 0
            case .greaterOrEqual: return l >= r ? 1 : 0
            case .equal: return l == r ? 1 : 0
            case .notEqual: return l != r ? 1 : 0
            case .and, .or: return 0
            }
        case .call(let name, let arguments):
            return call(name, arguments.map { evaluate($0, variables) })
        }
    }
}

/// The rules both the interpreter and the compiler rely on: names declared before use, calls
/// to functions that exist with as many arguments as they take, at most six parameters.
enum Checker {
    static let maximumParameters = 6

    static func check(_ program: Program) throws(ToyError) {
        var arity: [String: Int] = [:]
        for function in program.functions {
            guard arity[function.name] == nil else { throw ToyError(message: "function '\(function.name)' is defined twice", line: 0) }
            guard function.parameters.count <= maximumParameters else {
                throw ToyError(message: "'\(function.name)' takes more than \(maximumParameters) parameters", line: 0)
            }
            arity[function.name] = function.parameters.count
        }
        guard arity["main"] != nil else { throw ToyError(message: "no function 'main'", line: 0) }
        for function in program.functions {
            var known = Set(function.parameters)
            try check(function.body, &known, arity, in: function.name)
        }
    }

    private static func check(_ statements: [Statement], _ known: inout Set<String>, _ arity: [String: Int], in function: String) throws(ToyError) {
        for statement in statements {
            switch statement {
            case .declare(let name, let value):
                try check(value, known, arity, in: function)
                guard known.insert(name).inserted else { throw ToyError(message: "'\(name)' is declared twice in '\(function)'", line: 0) }
            case .assign(let name, let value):
                try check(value, known, arity, in: function)
                guard known.contains(name) else { throw ToyError(message: "'\(name)' is not declared in '\(function)'", line: 0) }
            case .if(let condition, let then, let otherwise):
                try check(condition, known, arity, in: function)
                try check(then, &known, arity, in: function)
                try check(otherwise, &known, arity, in: function)
            case .while(let condition, let body):
                try check(condition, known, arity, in: function)
                try check(body, &known, arity, in: function)
            case .return(let value), .expression(let value):
                try check(value, known, arity, in: function)
            }
        }
    }

    private static func check(_ expression: Expression, _ known: Set<String>, _ arity: [String: Int], in function: String) throws(ToyError) {
        switch expression {
        case .number:
            break
        case .variable(let name):
            guard known.contains(name) else { throw ToyError(message: "'\(name)' is not declared in '\(function)'", line: 0) }
        case .unary(_, let operand):
            try check(operand, known, arity, in: function)
        case .binary(_, let left, let right):
            try check(left, known, arity, in: function)
            try check(right, known, arity, in: function)
        case .call(let name, let arguments):
            guard let count = arity[name] else { throw ToyError(message: "no function '\(name)'", line: 0) }
            guard count == arguments.count else {
                throw ToyError(message: "'\(name)' takes \(count) arguments, not \(arguments.count)", line: 0)
            }
            for argument in arguments { try check(argument, known, arity, in: function) }
        }
    }
}
