import Diagnostics
import X86
import X86Assembler

/// Values: precedence climbing over `| ^ & << >> + - * / %` with unary `- ~ + !`, numbers in
/// every notation the peers accept, character constants, symbols, `$`, `$$` and `.`.
extension SourceParser {
    /// Precedence of `*`, `/` and `%`; a memory operand's terms are parsed at this level.
    static let multiplicative = 6

    /// A value, reading binary operators of at least `minimumPrecedence`.
    mutating func parseValue(minimumPrecedence: Int = 1) throws(Diagnostic) -> Value {
        var left = try parseUnaryValue()
        while true {
            skipSpaces()
            let operatorPosition = position
            guard let (operation, precedence, length) = binaryOperator(), precedence >= minimumPrecedence else {
                return left
            }
            position += length
            let right = try parseValue(minimumPrecedence: precedence + 1)
            left = try combine(operation, left, right, at: operatorPosition)
        }
    }

    @inline(__always)
    private func binaryOperator() -> (ExpressionNode.Operation, Int, Int)? {
        switch current {
        case UInt8(ascii: "|"): return (.or, 1, 1)
        case UInt8(ascii: "^"): return (.xor, 2, 1)
        case UInt8(ascii: "&"): return (.and, 3, 1)
        case UInt8(ascii: "<"): return peek(1) == UInt8(ascii: "<") ? (.shiftLeft, 4, 2) : nil
        case UInt8(ascii: ">"): return peek(1) == UInt8(ascii: ">") ? (.shiftRight, 4, 2) : nil
        case UInt8(ascii: "+"): return (.add, 5, 1)
        case UInt8(ascii: "-"): return (.subtract, 5, 1)
        case UInt8(ascii: "*"): return (.multiply, 6, 1)
        case UInt8(ascii: "/"): return (.divide, 6, 1)
        case UInt8(ascii: "%"): return (.remainder, 6, 1)
        default: return nil
        }
    }

    /// Deepest nesting of parentheses and unary operators a value may have (the parser recurses).
    static let nestingLimit = 64

    private mutating func parseUnaryValue() throws(Diagnostic) -> Value {
        skipSpaces()
        let start = position
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= SourceParser.nestingLimit else {
            throw error("the value nests more than \(SourceParser.nestingLimit) levels deep", at: start)
        }
        switch current {
        case UInt8(ascii: "-"):
            position += 1
            skipSpaces()
            let literal = current >= UInt8(ascii: "0") && current <= UInt8(ascii: "9")
            let operand = try parseUnaryValue()
            // A literal up to 2^64-1 fits as a bit pattern, but its negation only down to -2^63.
            if literal, operand.isConstant, UInt64(bitPattern: operand.constant) > 1 << 63 {
                throw error("number does not fit in 64 bits", from: start, to: position)
            }
            return try combineUnary(.negate, operand, at: start)
        case UInt8(ascii: "~"):
            position += 1
            return try combineUnary(.complement, try parseUnaryValue(), at: start)
        case UInt8(ascii: "!"):
            position += 1
            return try combineUnary(.logicalNot, try parseUnaryValue(), at: start)
        case UInt8(ascii: "+"):
            position += 1
            return try parseUnaryValue()
        default:
            return try parseAtom()
        }
    }

    private mutating func parseAtom() throws(Diagnostic) -> Value {
        let start = position
        let byte = current
        if contextFree, byte == UInt8(ascii: "$") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") || isIdentifierStart(byte) {
            // Symbols, addresses and strings (whose escapes follow the dialect) need the file.
            throw needContext()
        }
        if byte == UInt8(ascii: "(") {
            position += 1
            let inner = try parseValue()
            skipSpaces()
            guard current == UInt8(ascii: ")") else { throw error("expected ')'", at: position) }
            position += 1
            return inner
        }
        if byte == UInt8(ascii: "$") {
            if peek(1) == UInt8(ascii: "$") {
                position += 2
                return Value(symbol: builder.sectionStart(), range: SourceRange(start: start, end: position))
            }
            position += 1
            // NASM's `$name` uses a reserved word as a symbol name.
            if isIdentifierStart(current), let token = identifier() {
                return Value(symbol: symbol(token, definesScope: false), range: token.range)
            }
            return Value(symbol: builder.here(), range: SourceRange(start: start, end: position))
        }
        if byte == UInt8(ascii: "."), !isIdentifierByte(peek(1)) {
            // GNU's `.`: the current address.
            position += 1
            return Value(symbol: builder.here(), range: SourceRange(start: start, end: position))
        }
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") {
            let (first, count) = try parseString(escapes: byte == UInt8(ascii: "`") || (dialect == .gnu && byte == UInt8(ascii: "\"")))
            guard count <= 8 else { throw error("a character constant has at most 8 characters", from: start, to: position) }
            var value: Int64 = 0
            for i in 0..<count { value |= Int64(stringBytes[first + i]) << (Int64(i) * 8) }
            return Value(constant: value)
        }
        if ByteClass.isDigit(byte) { return try parseNumber() }
        if let token = identifier() {
            if let found = keyword(token), found.kind == .register {
                throw error("a register cannot be used in an expression here", from: token.start, to: token.end)
            }
            if let modified = modifiedSymbol(token) { return Value(symbol: modified, range: token.range) }
            return Value(symbol: symbol(token, definesScope: false), range: token.range)
        }
        if atStatementEnd || current == UInt8(ascii: ",") || current == UInt8(ascii: "]") {
            throw error("expected a value", at: start)
        }
        throw error("unexpected '\(String(decoding: [byte], as: UTF8.self))' in a value", at: start)
    }

    /// A plain decimal or `0x` hexadecimal number at the cursor that the next byte ends (a
    /// space, `,`, `]`, `+`, `-`, or the end of the statement): the common case, read without
    /// the general machinery. Nil (cursor unmoved) for anything else, which ``parseValue`` reads.
    @inline(__always)
    mutating func plainNumber() -> UInt64? {
        let start = position
        var cursor = start
        let end = lineEnd
        guard cursor < end, ByteClass.isDigit(base[cursor]) else { return nil }
        var value: UInt64 = 0
        if base[cursor] == UInt8(ascii: "0"), cursor + 2 < end, base[cursor + 1] | 0x20 == UInt8(ascii: "x") {
            cursor += 2
            let first = cursor
            while cursor < end, cursor - first < 16 {
                let byte = base[cursor]
                let digit: UInt64
                if ByteClass.isDigit(byte) {
                    digit = UInt64(byte &- 48)
                } else if (byte | 0x20) &- 97 < 6 {
                    digit = UInt64((byte | 0x20) &- 87)
                } else {
                    break
                }
                value = value << 4 | digit
                cursor += 1
            }
            guard cursor > first else { return nil }
        } else {
            while cursor < end, ByteClass.isDigit(base[cursor]), cursor - start < 18 {
                value = value &* 10 &+ UInt64(base[cursor] &- 48)
                cursor += 1
            }
        }
        if cursor < end {
            let next = base[cursor]
            guard classes[Int(next)] & (ByteClass.space | ByteClass.statementEnd) != 0 || next == UInt8(ascii: ",")
                    || next == UInt8(ascii: "]") || next == UInt8(ascii: "+") || next == UInt8(ascii: "-")
            else { return nil }
        }
        position = cursor
        return value
    }

    /// `123`, `0x7f`, `7fh`, `0b101`, `101b`, `0o17`, `17q`, `1_000`; `1b`/`1f` refer to numeric labels.
    private mutating func parseNumber() throws(Diagnostic) -> Value {
        let start = position
        while isIdentifierByte(current), current != UInt8(ascii: "$") { position += 1 }
        let end = position
        let range = SourceRange(start: start, end: end)
        let last = base[end - 1] | 0x20
        if end - start >= 2, last == UInt8(ascii: "b") || last == UInt8(ascii: "f"), allDigits(start, end - 1) {
            if contextFree { throw needContext() }
            let number = UInt64(text(start, end - 1)) ?? 0
            if last == UInt8(ascii: "f"), let id = builder.numericLabel(number, forward: true) {
                return Value(symbol: id, range: range)
            }
            if last == UInt8(ascii: "b") {
                if let id = builder.numericLabel(number, forward: false) { return Value(symbol: id, range: range) }
                // NASM reads `101b` as binary, except as a branch target, where it can only be a label.
                guard dialect == .nasm, !parsingBranchTarget, allBinary(start, end - 1) else {
                    throw error("no '\(number):' label before this reference", from: start, to: end)
                }
            }
        }
        var digitsStart = start
        var digitsEnd = end
        var radix: UInt64 = 10
        let second = end - start > 2 ? base[start + 1] | 0x20 : 0
        if base[start] == UInt8(ascii: "0"), second == UInt8(ascii: "x") {
            radix = 16
            digitsStart += 2
        } else if last == UInt8(ascii: "h") {
            radix = 16
            digitsEnd -= 1
        } else if base[start] == UInt8(ascii: "0"), second == UInt8(ascii: "b"), allBinary(start + 2, end) {
            radix = 2
            digitsStart += 2
        } else if base[start] == UInt8(ascii: "0"), second == UInt8(ascii: "o") {
            radix = 8
            digitsStart += 2
        } else if last == UInt8(ascii: "b") {
            radix = 2
            digitsEnd -= 1
        } else if last == UInt8(ascii: "q") || last == UInt8(ascii: "o") {
            radix = 8
            digitsEnd -= 1
        }
        var value: UInt64 = 0
        var sawDigit = false
        for i in digitsStart..<max(digitsStart, digitsEnd) {
            let byte = base[i]
            if byte == UInt8(ascii: "_") { continue }
            let digit: UInt64
            // Tested on the byte itself: `| 0x20` would make digits and points of control bytes.
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt64((byte | 0x20) - 87)
            case UInt8(ascii: ".") where radix == 10:
                throw error(
                    "floating-point constants are only data (dd, dq, dt, .float, .double): '\(text(start, end))' is not an integer",
                    from: start, to: end)
            default: throw error("malformed number '\(text(start, end))'", from: start, to: end)
            }
            guard digit < radix else { throw error("malformed number '\(text(start, end))'", from: start, to: end) }
            let (shifted, overflowMultiply) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflowAdd) = shifted.addingReportingOverflow(digit)
            if overflowMultiply || overflowAdd { throw error("number does not fit in 64 bits", from: start, to: end) }
            value = sum
            sawDigit = true
        }
        guard sawDigit else { throw error("malformed number '\(text(start, end))'", from: start, to: end) }
        return Value(constant: Int64(bitPattern: value))
    }

    private func allDigits(_ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        for i in start..<end where !ByteClass.isDigit(base[i]) { return false }
        return true
    }

    private func allBinary(_ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        for i in start..<end where base[i] != UInt8(ascii: "0") && base[i] != UInt8(ascii: "1") && base[i] != UInt8(ascii: "_") {
            return false
        }
        return true
    }

    /// A quoted string at the cursor, its bytes appended to ``stringBytes``: (first, count).
    /// With `escapes`, C escapes are decoded (`\n`, `\t`, `\0`, `\\`, `\xNN`, octal).
    mutating func parseString(escapes: Bool) throws(Diagnostic) -> (Int, Int) {
        let quote = current
        let start = position
        let first = stringBytes.count
        position += 1
        while true {
            guard position < lineEnd else { throw error("unterminated string", from: start, to: position) }
            let byte = base[position]
            position += 1
            if byte == quote { break }
            guard escapes, byte == UInt8(ascii: "\\"), position < lineEnd else {
                stringBytes.append(byte)
                continue
            }
            let escaped = base[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "n"): stringBytes.append(10)
            case UInt8(ascii: "t"): stringBytes.append(9)
            case UInt8(ascii: "r"): stringBytes.append(13)
            case UInt8(ascii: "a"): stringBytes.append(7)
            case UInt8(ascii: "b"): stringBytes.append(8)
            case UInt8(ascii: "f"): stringBytes.append(12)
            case UInt8(ascii: "v"): stringBytes.append(11)
            case UInt8(ascii: "e"): stringBytes.append(27)
            case UInt8(ascii: "x"):
                var value: UInt8 = 0
                var digits = 0
                while digits < 2, let digit = SourceParser.hexDigit(current) {
                    value = value << 4 | digit
                    position += 1
                    digits += 1
                }
                guard digits > 0 else { throw error("expected hexadecimal digits after '\\x'", at: position) }
                stringBytes.append(value)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(escaped - 48)
                var digits = 1
                while digits < 3, current >= UInt8(ascii: "0"), current <= UInt8(ascii: "7") {
                    value = value * 8 + Int(current - 48)
                    position += 1
                    digits += 1
                }
                stringBytes.append(UInt8(truncatingIfNeeded: value))
            default:
                stringBytes.append(escaped)
            }
        }
        return (first, stringBytes.count - first)
    }

    static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): (byte | 0x20) - 87
        default: nil
        }
    }

    // MARK: Combining values

    /// `left op right`: folded when both are numbers, kept as symbol plus addend when one side
    /// is a symbol and the other a number added or subtracted, else an expression node.
    mutating func combine(_ operation: ExpressionNode.Operation, _ left: Value, _ right: Value, at position: Int) throws(Diagnostic) -> Value {
        if left.isConstant && right.isConstant {
            guard let result = operation.apply(left.constant, right.constant) else {
                throw self.error("division by zero", at: position)
            }
            return Value(constant: result)
        }
        if left.expression < 0, right.isConstant {
            if operation == .add { return adding(right.constant, to: left) }
            if operation == .subtract { return adding(0 &- right.constant, to: left) }
        }
        if right.expression < 0, left.isConstant, operation == .add {
            return adding(left.constant, to: right)
        }
        let leftNode = builder.expressions.node(for: left)
        let rightNode = builder.expressions.node(for: right)
        let node = builder.expressions.append(ExpressionNode(operation: operation, left: leftNode, right: rightNode, value: 0))
        return Value(expression: node, range: SourceParser.symbolicRange(left, right))
    }

    mutating func combineUnary(_ operation: ExpressionNode.Operation, _ operand: Value, at position: Int) throws(Diagnostic) -> Value {
        if operand.isConstant { return Value(constant: operation.apply(operand.constant)) }
        let inner = builder.expressions.node(for: operand)
        let node = builder.expressions.append(ExpressionNode(operation: operation, left: inner, right: 0, value: 0))
        return Value(expression: node, range: operand.range)
    }

    @inline(__always)
    private func adding(_ addend: Int64, to value: Value) -> Value {
        var result = value
        result.constant &+= addend
        return result
    }

    private static func symbolicRange(_ left: Value, _ right: Value) -> SourceRange {
        switch (left.isConstant, right.isConstant) {
        case (false, false): left.range.union(right.range)
        case (false, true): left.range
        default: right.range
        }
    }
}

extension SourceParser {
    /// `name@PLT`, `name@GOTPCREL`, `name@TPOFF` …: the symbol read through the modifier; nil
    /// when the name has no `@` followed by a known modifier (`@` may be part of a name).
    mutating func modifiedSymbol(_ token: Token) -> SymbolID? {
        var at = token.end - 1
        let earliest = max(token.start + 1, token.end - 9)
        while at >= earliest, base[at] != UInt8(ascii: "@") { at -= 1 }
        guard at >= earliest else { return nil }
        guard let modifier = RelocationModifier(name: text(at + 1, token.end)) else { return nil }
        let id = symbol(Token(start: token.start, end: at, low: 0, high: 0), definesScope: false)
        return builder.modifiedSymbol(id, modifier)
    }
}
