/// The integer expressions of `.if`, `.rept`, `%if`, `%assign` and `%rep`: numbers, constants
/// defined earlier in the file, parentheses, and C's unary, arithmetic, shift, bitwise,
/// comparison and logical operators (with GNU's `<>` and NASM's `=` for equality).
///
/// Labels, addresses and anything only the assembler knows are not constants here: a condition
/// naming one is an error rather than a guess.
struct PreprocessorExpression {
    /// Why an expression could not be evaluated.
    struct Failure: Error {
        let message: String
    }

    private let tokens: [Token]
    private var index = 0
    private let value: (String) -> Int64?
    /// NASM reads `0755` as decimal; GNU as reads it as octal.
    private let leadingZeroIsOctal: Bool

    private enum Token: Equatable {
        case number(Int64)
        case name(String)
        case symbol(String)
    }

    /// Evaluates `text`, looking names up with `value`.
    static func evaluate(_ text: String, leadingZeroIsOctal: Bool, value: @escaping (String) -> Int64?) -> Result<Int64, Failure> {
        do {
            var parser = PreprocessorExpression(tokens: try tokenize(text, leadingZeroIsOctal: leadingZeroIsOctal),
                                                value: value, leadingZeroIsOctal: leadingZeroIsOctal)
            guard !parser.tokens.isEmpty else { throw Failure(message: "expected an expression") }
            let result = try parser.parse(level: 0)
            guard parser.index == parser.tokens.count else {
                throw Failure(message: "unexpected '\(parser.describe(parser.tokens[parser.index]))' in expression")
            }
            return .success(result)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "invalid expression"))
        }
    }

    private init(tokens: [Token], value: @escaping (String) -> Int64?, leadingZeroIsOctal: Bool) {
        self.tokens = tokens
        self.value = value
        self.leadingZeroIsOctal = leadingZeroIsOctal
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .number(let number): return String(number)
        case .name(let name): return name
        case .symbol(let symbol): return symbol
        }
    }

    private static let symbols = ["<<", ">>", "<=", ">=", "==", "!=", "<>", "&&", "||",
                                  "+", "-", "*", "/", "%", "&", "|", "^", "~", "!", "<", ">", "(", ")", "="]

    private static func tokenize(_ text: String, leadingZeroIsOctal: Bool) throws -> [Token] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                i += 1
                continue
            }
            if PreprocessorText.isNameByte(byte) {
                var end = i
                while end < bytes.count, PreprocessorText.isNameByte(bytes[end]) { end += 1 }
                let word = String(decoding: bytes[i..<end], as: UTF8.self)
                if ByteClass.isDigit(byte) {
                    guard let number = number(word, leadingZeroIsOctal: leadingZeroIsOctal) else {
                        throw Failure(message: "'\(word)' is not a number")
                    }
                    tokens.append(.number(number))
                } else {
                    tokens.append(.name(word))
                }
                i = end
                continue
            }
            if byte == UInt8(ascii: "'"), i + 2 < bytes.count, bytes[i + 2] == UInt8(ascii: "'") {
                tokens.append(.number(Int64(bytes[i + 1])))
                i += 3
                continue
            }
            guard let symbol = symbols.first(where: { bytes[i...].starts(with: $0.utf8) }) else {
                throw Failure(message: "unexpected '\(Character(Unicode.Scalar(byte)))' in expression")
            }
            tokens.append(.symbol(symbol))
            i += symbol.utf8.count
        }
        return tokens
    }

    private static func number(_ word: String, leadingZeroIsOctal: Bool) -> Int64? {
        let lower = String(word.lowercased().filter { $0 != "_" })
        func parse(_ digits: Substring, _ radix: Int) -> Int64? {
            UInt64(digits, radix: radix).map { Int64(bitPattern: $0) }
        }
        if lower.hasPrefix("0x") { return parse(lower.dropFirst(2), 16) }
        if lower.hasPrefix("0b") && lower.count > 2 && !lower.hasSuffix("h") { return parse(lower.dropFirst(2), 2) }
        if lower.hasSuffix("h") { return parse(lower.dropLast(), 16) }
        if !leadingZeroIsOctal, lower.hasSuffix("b") || lower.hasSuffix("y") { return parse(lower.dropLast(), 2) }
        if !leadingZeroIsOctal, lower.hasSuffix("q") || lower.hasSuffix("o") { return parse(lower.dropLast(), 8) }
        if lower.hasPrefix("0o") || lower.hasPrefix("0q") { return parse(lower.dropFirst(2), 8) }
        if leadingZeroIsOctal, lower.count > 1, lower.hasPrefix("0") { return parse(lower.dropFirst(), 8) }
        if lower.hasSuffix("d") { return parse(lower.dropLast(), 10) }
        return parse(Substring(lower), 10)
    }

    /// Binary operators by precedence, loosest first.
    private static let levels: [[String]] = [
        ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!=", "<>", "="], ["<", ">", "<=", ">="], ["<<", ">>"], ["+", "-"], ["*", "/", "%"],
    ]

    private mutating func parse(level: Int) throws -> Int64 {
        guard level < Self.levels.count else { return try unary() }
        var left = try parse(level: level + 1)
        while index < tokens.count, case .symbol(let op) = tokens[index], Self.levels[level].contains(op) {
            index += 1
            let right = try parse(level: level + 1)
            left = try Self.apply(op, left, right)
        }
        return left
    }

    private static func apply(_ op: String, _ left: Int64, _ right: Int64) throws -> Int64 {
        switch op {
        case "||": return (left != 0 || right != 0) ? 1 : 0
        case "&&": return (left != 0 && right != 0) ? 1 : 0
        case "|": return left | right
        case "^": return left ^ right
        case "&": return left & right
        case "==", "=": return left == right ? 1 : 0
        case "!=", "<>": return left != right ? 1 : 0
        case "<": return left < right ? 1 : 0
        case ">": return left > right ? 1 : 0
        case "<=": return left <= right ? 1 : 0
        case ">=": return left >= right ? 1 : 0
        case "<<": return right >= 64 || right < 0 ? 0 : left << right
        case ">>": return right >= 64 || right < 0 ? (left < 0 ? -1 : 0) : left >> right
        case "+": return left &+ right
        case "-": return left &- right
        case "*": return left &* right
        case "/", "%":
            guard right != 0 else { throw Failure(message: "division by zero") }
            if left == Int64.min && right == -1 { return op == "/" ? left : 0 }
            return op == "/" ? left / right : left % right
        default: throw Failure(message: "unknown operator '\(op)'")
        }
    }

    private mutating func unary() throws -> Int64 {
        guard index < tokens.count else { throw Failure(message: "expression ends early") }
        let token = tokens[index]
        index += 1
        switch token {
        case .number(let number): return number
        case .name(let name):
            if let known = value(name) { return known }
            throw Failure(message: "'\(name)' is not a constant defined earlier "
                          + "(conditions can use numbers and earlier .set/.equ/=/%assign constants only)")
        case .symbol("-"): return 0 &- (try unary())
        case .symbol("+"): return try unary()
        case .symbol("~"): return ~(try unary())
        case .symbol("!"): return try unary() == 0 ? 1 : 0
        case .symbol("("):
            let inner = try parse(level: 0)
            guard index < tokens.count, tokens[index] == .symbol(")") else { throw Failure(message: "expected ')'") }
            index += 1
            return inner
        case .symbol(let symbol): throw Failure(message: "unexpected '\(symbol)' in expression")
        }
    }
}
