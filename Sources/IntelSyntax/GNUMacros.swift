/// A GNU as `.macro`: its parameters and the lines of its body.
struct GNUMacro {
    struct Parameter {
        var name: String
        var defaultValue: String
        var required: Bool
        var variadic: Bool
    }

    var name: String
    var parameters: [Parameter]
    var body: [Preprocessor.Line]
}

extension Preprocessor {
    private static let gnuComment: [UInt8] = [UInt8(ascii: "#")]

    /// `.macro NAME a, b=default, c:req, d:vararg` up to its `.endm`; returns the index after it.
    mutating func defineGNUMacro(_ rest: String, lines: [Line], at index: Int, line: Line, column: Int) -> Int {
        guard let (body, next) = body(after: index, in: lines, starts: [".macro"], ends: [".endm", ".endmacro"],
                                      line: line, column: column, what: "'.macro'") else { return lines.count }
        let header = PreprocessorText.trimmed(PreprocessorText.withoutComment(rest, markers: Self.gnuComment))
        let (name, afterName, _) = PreprocessorText.firstWord(header)
        guard !name.isEmpty else {
            error("expected a macro name after '.macro'", at: line.origin, column: column)
            return next
        }
        var list = Self.tightened(PreprocessorText.trimmed(afterName))
        if list.hasPrefix(",") { list = PreprocessorText.trimmed(list.dropFirst()) }
        var pieces = list.isEmpty ? [] : PreprocessorText.splitCommas(list)
        if pieces.count == 1 { pieces = PreprocessorText.splitBlanks(list) }
        var parameters: [GNUMacro.Parameter] = []
        for piece in pieces {
            var spelling = piece
            var defaultValue = ""
            if let equals = piece.firstIndex(of: "=") {
                spelling = PreprocessorText.trimmed(piece[..<equals])
                defaultValue = PreprocessorText.trimmed(piece[piece.index(after: equals)...])
            }
            var parameter = GNUMacro.Parameter(name: spelling, defaultValue: defaultValue, required: false, variadic: false)
            if let colon = spelling.firstIndex(of: ":") {
                parameter.name = String(spelling[..<colon])
                let qualifier = spelling[spelling.index(after: colon)...].lowercased()
                if qualifier == "req" {
                    parameter.required = true
                } else if qualifier == "vararg" {
                    parameter.variadic = true
                } else {
                    error("unknown parameter qualifier ':\(qualifier)'", at: line.origin, column: column)
                }
            }
            parameters.append(parameter)
        }
        guard gnuMacros[name.lowercased()] == nil else {
            error("macro '\(name)' is already defined (.purgem it first)", at: line.origin, column: column)
            return next
        }
        gnuMacros[name.lowercased()] = GNUMacro(name: name, parameters: parameters, body: body)
        return next
    }

    /// `list` without blanks around `:` and `=`, so `a : req` and `b = 1` read as `a:req`, `b=1`.
    private static func tightened(_ list: String) -> String {
        var out: [UInt8] = []
        var pendingBlank = false
        for byte in list.utf8 {
            if PreprocessorText.isBlank(byte) {
                pendingBlank = true
                continue
            }
            let sticky = byte == UInt8(ascii: ":") || byte == UInt8(ascii: "=")
            if pendingBlank, !sticky, let last = out.last, last != UInt8(ascii: ":"), last != UInt8(ascii: "=") { out.append(0x20) }
            pendingBlank = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A call of `macro` with `arguments`: its body, substituted, expanded in place of `line`.
    mutating func expandGNU(_ macro: GNUMacro, arguments: String, line: Line, directory: String, depth: Int) {
        guard depth < Self.depthLimit else {
            return stop("macro '\(macro.name)' expands itself deeper than \(Self.depthLimit) levels", at: line.origin)
        }
        let text = PreprocessorText.trimmed(PreprocessorText.withoutComment(arguments, markers: Self.gnuComment))
        var pieces = text.isEmpty ? [] : PreprocessorText.splitCommas(text)
        if pieces.count == 1, macro.parameters.count > 1 { pieces = PreprocessorText.splitBlanks(text) }
        // GNU as hands a quoted argument over without its quotes (`m "mov eax, 1"`).
        pieces = pieces.map { $0.count >= 2 && $0.hasPrefix("\"") && $0.hasSuffix("\"") ? String($0.dropFirst().dropLast()) : $0 }
        var values = [String?](repeating: nil, count: macro.parameters.count)
        var position = 0
        var pieceIndex = 0
        while pieceIndex < pieces.count {
            let piece = pieces[pieceIndex]
            pieceIndex += 1
            if let equals = piece.firstIndex(of: "="),
               let keyword = macro.parameters.firstIndex(where: { $0.name == PreprocessorText.trimmed(piece[..<equals]) }) {
                values[keyword] = PreprocessorText.trimmed(piece[piece.index(after: equals)...])
                continue
            }
            while position < values.count, values[position] != nil { position += 1 }
            guard position < values.count else {
                error("too many arguments for macro '\(macro.name)' (it takes \(macro.parameters.count))", at: line.origin)
                return
            }
            if macro.parameters[position].variadic {
                values[position] = ([piece] + pieces[pieceIndex...]).joined(separator: ", ")
                pieceIndex = pieces.count
            } else {
                values[position] = piece
            }
            position += 1
        }
        var substitutions: [String: String] = [:]
        for (parameter, value) in zip(macro.parameters, values) {
            let given = value ?? ""
            if given.isEmpty, parameter.required {
                error("missing value for the required parameter '\(parameter.name)' of macro '\(macro.name)'", at: line.origin)
                return
            }
            substitutions[parameter.name] = given.isEmpty ? parameter.defaultValue : given
        }
        let counter = expansionCount
        expansionCount += 1
        let origin = line.origin.expanded(context: "in expansion of macro '\(macro.name)'")
        let body = macro.body.map { Line(text: Self.substituteGNU($0.text, substitutions, counter: counter), origin: origin) }
        let depthBefore = conditionDepth
        macroDepth += 1
        process(body, directory: directory, depth: depth + 1)
        macroDepth -= 1
        let exited = exiting
        exiting = false
        closeConditions(downTo: depthBefore, at: origin, report: !exited)
    }

    /// `.rept N`, `.irp SYM, values…` or `.irpc SYM, chars` up to its `.endr`, expanded.
    mutating func repeatGNU(_ directive: String, _ rest: String, lines: [Line], at index: Int, line: Line, column: Int,
                            directory: String, depth: Int) -> Int {
        guard let (body, next) = body(after: index, in: lines, starts: [".rept", ".irp", ".irpc"], ends: [".endr"],
                                      line: line, column: column, what: "'\(directive)'") else { return lines.count }
        guard depth < Self.depthLimit else {
            stop("'\(directive)' nested deeper than \(Self.depthLimit) levels", at: line.origin)
            return next
        }
        let operand = PreprocessorText.trimmed(PreprocessorText.withoutComment(rest, markers: Self.gnuComment))
        if directive == ".rept" {
            let count: Int64
            switch evaluate(operand) {
            case .success(let value): count = max(0, value)
            case .failure(let failure):
                error(failure.message, at: line.origin, column: column)
                return next
            }
            repeatBody(body, count: count, line: line, directory: directory, depth: depth)
            return next
        }
        var parts = PreprocessorText.splitCommas(operand)
        if parts.count == 1 { parts = PreprocessorText.splitBlanks(operand) }
        guard let symbol = parts.first, !symbol.isEmpty else {
            error("expected a symbol after '\(directive)'", at: line.origin, column: column)
            return next
        }
        var values = Array(parts.dropFirst())
        if directive == ".irpc" {
            values = values.joined().map { String($0) }
            if values.isEmpty { values = [""] }
        } else if values.isEmpty {
            values = [""]
        }
        guard values.count <= remainingLines / max(1, body.count) else {
            error("'\(directive)' would add more than \(lineLimit) lines", at: line.origin, column: column)
            return next
        }
        for value in values where !isStopped && !exiting {
            let copies = body.map { Line(text: Self.substituteGNU($0.text, [symbol: value], counter: nil), origin: $0.origin.expanded(context: nil)) }
            process(copies, directory: directory, depth: depth + 1)
        }
        return next
    }

    /// Expands `body` `count` times, refusing counts whose lines would pass the limit.
    mutating func repeatBody(_ body: [Line], count: Int64, line: Line, directory: String, depth: Int) {
        guard count <= Int64(remainingLines / max(1, body.count)) else {
            return error("a repeat count of \(count) would add more than \(lineLimit) lines", at: line.origin)
        }
        var round: Int64 = 0
        repeatDepth += 1
        defer { repeatDepth -= 1 }
        while round < count, !isStopped, !exiting {
            process(body, directory: directory, depth: depth + 1)
            round += 1
            if exitingRepeat {
                exitingRepeat = false
                exiting = false
                break
            }
        }
    }

    /// `text` with `\name` replaced by the parameter's value, `\@` by `counter` and `\()` by nothing.
    static func substituteGNU(_ text: String, _ values: [String: String], counter: Int?) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "\\"), i + 1 < bytes.count else {
                out.append(byte)
                i += 1
                continue
            }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "@"), let counter {
                out.append(contentsOf: String(counter).utf8)
                i += 2
                continue
            }
            if next == UInt8(ascii: "("), i + 2 < bytes.count, bytes[i + 2] == UInt8(ascii: ")") {
                i += 3
                continue
            }
            var end = i + 1
            while end < bytes.count, Self.isParameterByte(bytes[end]) { end += 1 }
            let name = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            if end > i + 1, let value = values[name] {
                out.append(contentsOf: value.utf8)
                i = end
            } else {
                out.append(byte)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isParameterByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
    }
}
