import Diagnostics
import X86
import X86Assembler

/// Precedence climbing over `| ^ & << >> + - * / %` with unary `- ~ + !`, numbers in every
/// notation the peers accept, character literals, symbols, `$` and `$$`.
extension LineParser {
    mutating func parseExpression() throws(Diagnostic) -> Expression {
        try parseBinary(level: 0)
    }

    private static let levels: [[(UInt8, UInt8, Expression.BinaryOperator)]] = [
        [(UInt8(ascii: "|"), 0, .or)],
        [(UInt8(ascii: "^"), 0, .xor)],
        [(UInt8(ascii: "&"), 0, .and)],
        [(UInt8(ascii: "<"), UInt8(ascii: "<"), .shiftLeft), (UInt8(ascii: ">"), UInt8(ascii: ">"), .shiftRight)],
        [(UInt8(ascii: "+"), 0, .add), (UInt8(ascii: "-"), 0, .subtract)],
        [(UInt8(ascii: "*"), 0, .multiply), (UInt8(ascii: "/"), 0, .divide), (UInt8(ascii: "%"), 0, .remainder)],
    ]

    private mutating func parseBinary(level: Int) throws(Diagnostic) -> Expression {
        if level == LineParser.levels.count { return try parseUnary() }
        var left = try parseBinary(level: level + 1)
        while true {
            cursor.skipSpaces()
            guard let (_, second, op) = LineParser.levels[level].first(where: { first, second, _ in
                cursor.current == first && (second == 0 || cursor.peek() == second)
            }) else { return left }
            cursor.position += second == 0 ? 1 : 2
            let right = try parseBinary(level: level + 1)
            if let l = left.constantValue, let r = right.constantValue {
                do {
                    left = .number(try Expression.apply(op, l, r))
                } catch {
                    throw diagnostic("division by zero", at: cursor.position - 1)
                }
            } else {
                left = .binary(op, left, right)
            }
        }
    }

    private mutating func parseUnary() throws(Diagnostic) -> Expression {
        cursor.skipSpaces()
        let op: Expression.UnaryOperator?
        switch cursor.current {
        case UInt8(ascii: "-"): op = .negate
        case UInt8(ascii: "~"): op = .complement
        case UInt8(ascii: "+"): op = .plus
        case UInt8(ascii: "!"): op = .logicalNot
        default: op = nil
        }
        if let op {
            cursor.position += 1
            let operand = try parseUnary()
            if let value = operand.constantValue { return .number(Expression.apply(op, value)) }
            return .unary(op, operand)
        }
        return try parseAtom()
    }

    private mutating func parseAtom() throws(Diagnostic) -> Expression {
        cursor.skipSpaces()
        let start = cursor.position
        let byte = cursor.current
        if byte == UInt8(ascii: "(") {
            cursor.position += 1
            let inner = try parseExpression()
            cursor.skipSpaces()
            guard cursor.current == UInt8(ascii: ")") else { throw diagnostic("expected ')'", at: cursor.position) }
            cursor.position += 1
            return inner
        }
        if byte == UInt8(ascii: "$") {
            if cursor.peek() == UInt8(ascii: "$") {
                cursor.position += 2
                return .sectionStart
            }
            cursor.position += 1
            // `$name` is NASM's way to use a reserved word as a symbol.
            guard let name = cursor.identifier() else { return .here }
            return .symbol(cursor.text(name), sourceRange(name))
        }
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") {
            let bytes = try parseStringLiteral()
            guard bytes.count <= 8 else {
                throw diagnostic("character constant longer than 8 bytes", range: start..<cursor.position)
            }
            var value: Int64 = 0
            for (i, b) in bytes.enumerated() { value |= Int64(b) << (Int64(i) * 8) }
            return .number(value)
        }
        if Cursor.isDigit(byte) { return try parseNumber() }
        if let name = cursor.identifier() {
            let text = cursor.text(name)
            if let packed = cursor.packedName(name), Register.named(packed) != nil {
                throw diagnostic("a register cannot be used in an expression here", range: name)
            }
            return .symbol(text, sourceRange(name))
        }
        if cursor.atEndOfStatement { throw diagnostic("expected an expression", at: start) }
        throw diagnostic("unexpected character '\(Character(Unicode.Scalar(byte)))' in expression", at: start)
    }

    /// `123`, `0x7f`, `7fh`, `0b101`, `0o17`, `17q`; `1b`/`1f` are references to numeric labels.
    mutating func parseNumber() throws(Diagnostic) -> Expression {
        let start = cursor.position
        while Cursor.isIdentifierByte(cursor.current) { cursor.position += 1 }
        let end = cursor.position
        var digits = Array(UnsafeBufferPointer(rebasing: cursor.bytes[start..<end])).filter { $0 != UInt8(ascii: "_") }
        for i in digits.indices where digits[i] &- 65 < 26 { digits[i] |= 0x20 }
        var radix = 10
        if digits.count > 2, digits[0] == UInt8(ascii: "0") {
            switch digits[1] {
            case UInt8(ascii: "x"): radix = 16; digits.removeFirst(2)
            case UInt8(ascii: "b"): radix = 2; digits.removeFirst(2)
            case UInt8(ascii: "o"): radix = 8; digits.removeFirst(2)
            default: break
            }
        }
        if radix == 10, let last = digits.last {
            if last == UInt8(ascii: "h") {
                radix = 16
                digits.removeLast()
            } else if last == UInt8(ascii: "q") || last == UInt8(ascii: "o") {
                radix = 8
                digits.removeLast()
            } else if (last == UInt8(ascii: "b") || last == UInt8(ascii: "f")), digits.dropLast().allSatisfy(Cursor.isDigit) {
                // A numeric label reference (`jmp 1b`), resolved by the assembler.
                let name = String(decoding: digits, as: UTF8.self)
                return .symbol(name, sourceRange(start..<end))
            }
        }
        var value: UInt64 = 0
        var overflow = false
        guard !digits.isEmpty else { throw diagnostic("malformed number", range: start..<end) }
        for digit in digits {
            let d: Int
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = Int(digit - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = Int(digit - 87)
            default: throw diagnostic("malformed number", range: start..<end)
            }
            guard d < radix else { throw diagnostic("malformed number", range: start..<end) }
            let (shifted, o1) = value.multipliedReportingOverflow(by: UInt64(radix))
            let (sum, o2) = shifted.addingReportingOverflow(UInt64(d))
            overflow = overflow || o1 || o2
            value = sum
        }
        if overflow { throw diagnostic("number does not fit in 64 bits", range: start..<end) }
        return .number(Int64(bitPattern: value))
    }

    /// A quoted string with C-style escapes in double quotes and backquotes; single quotes are literal.
    mutating func parseStringLiteral() throws(Diagnostic) -> [UInt8] {
        let quote = cursor.current
        let start = cursor.position
        cursor.position += 1
        var bytes: [UInt8] = []
        while true {
            guard !cursor.atEnd else { throw diagnostic("unterminated string", range: start..<cursor.position) }
            let byte = cursor.current
            cursor.position += 1
            if byte == quote { break }
            if byte == UInt8(ascii: "\\"), quote != UInt8(ascii: "'"), !cursor.atEnd {
                let escaped = cursor.current
                cursor.position += 1
                switch escaped {
                case UInt8(ascii: "n"): bytes.append(10)
                case UInt8(ascii: "t"): bytes.append(9)
                case UInt8(ascii: "r"): bytes.append(13)
                case UInt8(ascii: "0"): bytes.append(0)
                case UInt8(ascii: "a"): bytes.append(7)
                case UInt8(ascii: "b"): bytes.append(8)
                case UInt8(ascii: "e"): bytes.append(27)
                default: bytes.append(escaped)
                }
                continue
            }
            bytes.append(byte)
        }
        return bytes
    }
}

