/// Reads Toy source text into a ``Program``.
public struct Parser {
    private enum Token: Equatable {
        case number(Int)
        case name(String)
        case symbol(String)
        case end
    }

    private var tokens: [(token: Token, line: Int)] = []
    private var position = 0

    /// Parses `source`, or throws the first error.
    public static func parse(_ source: String) throws(ToyError) -> Program {
        var parser = Parser()
        try parser.tokenize(source)
        var functions: [Function] = []
        while parser.current != .end { functions.append(try parser.function()) }
        return Program(functions: functions)
    }

    private var current: Token { tokens[position].token }
    private var line: Int { tokens[position].line }

    private mutating func tokenize(_ source: String) throws(ToyError) {
        let characters = Array(source.unicodeScalars)
        var index = 0
        var line = 1
        let twoCharacter: Set<String> = ["<=", ">=", "==", "!=", "&&", "||"]
        while index < characters.count {
            let c = characters[index]
            if c == "\n" { line += 1; index += 1; continue }
            if c == " " || c == "\t" || c == "\r" { index += 1; continue }
            if c == "/" && index + 1 < characters.count && characters[index + 1] == "/" {
                while index < characters.count && characters[index] != "\n" { index += 1 }
                continue
            }
            if c.properties.numericType != nil, c.isASCII {
                var value = 0
                while index < characters.count, characters[index].isASCII, let digit = Int(String(characters[index])) {
                    let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                    guard !overflow else { throw ToyError(message: "number too large", line: line) }
                    value = product &+ digit
                    index += 1
                }
                tokens.append((.number(value), line))
                continue
            }
            if c.properties.isAlphabetic || c == "_" {
                var name = ""
                while index < characters.count, characters[index].properties.isAlphabetic || characters[index] == "_"
                        || (characters[index].isASCII && characters[index].properties.numericType != nil) {
                    name.unicodeScalars.append(characters[index])
                    index += 1
                }
                tokens.append((.name(name), line))
                continue
            }
            if index + 1 < characters.count, twoCharacter.contains(String(c) + String(characters[index + 1])) {
                tokens.append((.symbol(String(c) + String(characters[index + 1])), line))
                index += 2
                continue
            }
            guard "+-*/%<>=!(){},;".unicodeScalars.contains(c) else {
                throw ToyError(message: "unexpected character '\(c)'", line: line)
            }
            tokens.append((.symbol(String(c)), line))
            index += 1
        }
        tokens.append((.end, line))
    }

    private mutating func expect(_ symbol: String) throws(ToyError) {
        guard current == .symbol(symbol) else { throw ToyError(message: "expected '\(symbol)'", line: line) }
        position += 1
    }

    private mutating func name() throws(ToyError) -> String {
        guard case .name(let name) = current else { throw ToyError(message: "expected a name", line: line) }
        position += 1
        return name
    }

    private mutating func function() throws(ToyError) -> Function {
        guard current == .name("fn") else { throw ToyError(message: "expected 'fn'", line: line) }
        position += 1
        let functionName = try name()
        try expect("(")
        var parameters: [String] = []
        while current != .symbol(")") {
            if !parameters.isEmpty { try expect(",") }
            parameters.append(try name())
        }
        try expect(")")
        return Function(name: functionName, parameters: parameters, body: try block())
    }

    private mutating func block() throws(ToyError) -> [Statement] {
        try expect("{")
        var statements: [Statement] = []
        while current != .symbol("}") {
            guard current != .end else { throw ToyError(message: "expected '}'", line: line) }
            statements.append(try statement())
        }
        try expect("}")
        return statements
    }

    private mutating func statement() throws(ToyError) -> Statement {
        switch current {
        case .name("var"):
            position += 1
            let variable = try name()
            try expect("=")
            let value = try expression()
            try expect(";")
            return .declare(variable, value)
        case .name("if"):
            position += 1
            let condition = try expression()
            let then = try block()
            var otherwise: [Statement] = []
            if current == .name("else") {
                position += 1
                otherwise = current == .name("if") ? [try statement()] : try block()
            }
            return .if(condition, then, otherwise)
        case .name("while"):
            position += 1
            let condition = try expression()
            return .while(condition, try block())
        case .name("return"):
            position += 1
            let value = try expression()
            try expect(";")
            return .return(value)
        case .name(let variable) where tokens[position + 1].token == .symbol("="):
            position += 2
            let value = try expression()
            try expect(";")
            return .assign(variable, value)
        default:
            let value = try expression()
            try expect(";")
            return .expression(value)
        }
    }

    /// Precedence climbing over the binary operators.
    private mutating func expression(_ minimum: Int = 1) throws(ToyError) -> Expression {
        var left = try unary()
        while case .symbol(let symbol) = current, let op = BinaryOperator(rawValue: symbol), op.precedence >= minimum {
            position += 1
            let right = try expression(op.precedence + 1)
            left = .binary(op, left, right)
        }
        return left
    }

    private mutating func unary() throws(ToyError) -> Expression {
        if case .symbol(let symbol) = current, let op = UnaryOperator(rawValue: symbol) {
            position += 1
            return .unary(op, try unary())
        }
        switch current {
        case .number(let value):
            position += 1
            return .number(value)
        case .name(let name):
            position += 1
            guard current == .symbol("(") else { return .variable(name) }
            position += 1
            var arguments: [Expression] = []
            while current != .symbol(")") {
                if !arguments.isEmpty { try expect(",") }
                arguments.append(try expression())
            }
            try expect(")")
            return .call(name, arguments)
        case .symbol("("):
            position += 1
            let inner = try expression()
            try expect(")")
            return inner
        default:
            throw ToyError(message: "expected an expression", line: line)
        }
    }
}
