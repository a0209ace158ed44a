/// A NASM `%macro`: how many parameters it takes, their defaults and its body.
struct NASMMacro {
    var name: String
    var minimum: Int
    /// nil: any number (`N-*`).
    var maximum: Int?
    /// `N+`: the last parameter takes the rest of the line, commas and all.
    var greedy: Bool
    var defaults: [String]
    var caseless: Bool
    var body: [Preprocessor.Line]

    func accepts(_ count: Int) -> Bool {
        count >= minimum && (greedy || maximum.map { count <= $0 } ?? true)
    }
}

/// A NASM single-line macro (`%define NAME(a, b) body`).
struct NASMDefine {
    var parameters: [String]?
    var body: String
    var caseless: Bool
}

extension Preprocessor {
    private static let nasmComment: [UInt8] = [UInt8(ascii: ";")]

    /// `%macro NAME N[-M|-*][+] defaults…` up to its `%endmacro`; returns the index after it.
    mutating func defineNASMMacro(_ rest: String, caseless: Bool, lines: [Line], at index: Int, line: Line, column: Int) -> Int {
        guard let (body, next) = body(after: index, in: lines, starts: ["%macro", "%imacro"], ends: ["%endmacro", "%endm"],
                                      line: line, column: column, what: "'%macro'") else { return lines.count }
        let header = PreprocessorText.trimmed(PreprocessorText.withoutComment(rest, markers: Self.nasmComment))
        let (name, afterName, _) = PreprocessorText.firstWord(header)
        let words = PreprocessorText.splitBlanks(afterName)
        guard !name.isEmpty, var spec = words.first else {
            error("expected '%macro NAME COUNT'", at: line.origin, column: column)
            return next
        }
        let greedy = spec.hasSuffix("+")
        if greedy { spec.removeLast() }
        var minimum = 0
        var maximum: Int?
        let bounds = spec.split(separator: "-", maxSplits: 1).map(String.init)
        guard let low = bounds.first.flatMap({ Int($0) }) else {
            error("expected a parameter count, not '\(spec)'", at: line.origin, column: column)
            return next
        }
        minimum = low
        maximum = low
        if bounds.count == 2 {
            maximum = bounds[1] == "*" ? nil : Int(bounds[1])
            if bounds[1] != "*" && maximum == nil {
                error("expected a parameter count, not '\(bounds[1])'", at: line.origin, column: column)
                return next
            }
        }
        // Defaults follow the count (and `.nolist`, which changes nothing here).
        var defaultsText = PreprocessorText.trimmed(afterName)
        defaultsText = PreprocessorText.trimmed(defaultsText.dropFirst(words[0].utf8.count))
        if defaultsText.lowercased().hasPrefix(".nolist") { defaultsText = PreprocessorText.trimmed(defaultsText.dropFirst(7)) }
        let defaults = defaultsText.isEmpty ? [] : PreprocessorText.splitCommas(defaultsText, braces: true).map(Self.withoutBraces)
        let macro = NASMMacro(name: name, minimum: minimum, maximum: maximum, greedy: greedy, defaults: defaults,
                              caseless: caseless, body: body)
        let key = caseless ? name.lowercased() : name
        var overloads = nasmMacros[key] ?? []
        overloads.removeAll { $0.minimum == minimum && $0.maximum == maximum }
        overloads.append(macro)
        nasmMacros[key] = overloads
        return next
    }

    private static func withoutBraces(_ text: String) -> String {
        text.hasPrefix("{") && text.hasSuffix("}") && text.count >= 2 ? String(text.dropFirst().dropLast()) : text
    }

    /// A call of one of `macros` (overloads by count) with `arguments`, expanded in place of `line`.
    mutating func expandNASM(_ macros: [NASMMacro], name: String, arguments: String, line: Line, directory: String, depth: Int) {
        guard depth < Self.depthLimit else {
            return stop("macro '\(name)' expands itself deeper than \(Self.depthLimit) levels", at: line.origin)
        }
        let text = PreprocessorText.trimmed(PreprocessorText.withoutComment(arguments, markers: Self.nasmComment))
        var pieces = text.isEmpty ? [] : PreprocessorText.splitCommas(text, braces: true)
        guard let macro = macros.last(where: { $0.accepts(pieces.count) }) else {
            let counts = macros.map { $0.minimum == $0.maximum ? "\($0.minimum)" : "\($0.minimum)-\($0.maximum.map(String.init) ?? "*")" }
            return error("macro '\(name)' takes \(counts.joined(separator: " or ")) parameters, not \(pieces.count)", at: line.origin)
        }
        let width = macro.maximum ?? max(pieces.count, macro.minimum)
        if macro.greedy, pieces.count > width, width > 0 {
            pieces = Array(pieces[..<(width - 1)]) + [pieces[(width - 1)...].joined(separator: ", ")]
        }
        var values = pieces.map(Self.withoutBraces)
        while values.count < width {
            let defaultIndex = values.count - macro.minimum
            values.append(defaultIndex >= 0 && defaultIndex < macro.defaults.count ? macro.defaults[defaultIndex] : "")
        }
        expansionCount += 1
        let identifier = expansionCount
        let origin = line.origin.expanded(context: "in expansion of macro '\(name)'")
        let body = macro.body.map {
            Line(text: Self.substituteNASM($0.text, values, count: pieces.count, identifier: identifier), origin: origin)
        }
        let depthBefore = conditionDepth
        macroDepth += 1
        process(body, directory: directory, depth: depth + 1)
        macroDepth -= 1
        let exited = exiting
        exiting = false
        exitingRepeat = false
        closeConditions(downTo: depthBefore, at: origin, report: !exited)
    }

    /// `%rep N` up to its `%endrep`, expanded.
    mutating func repeatNASM(_ rest: String, lines: [Line], at index: Int, line: Line, column: Int, directory: String, depth: Int) -> Int {
        guard let (body, next) = body(after: index, in: lines, starts: ["%rep"], ends: ["%endrep", "%endr"],
                                      line: line, column: column, what: "'%rep'") else { return lines.count }
        guard depth < Self.depthLimit else {
            stop("'%rep' nested deeper than \(Self.depthLimit) levels", at: line.origin)
            return next
        }
        let operand = PreprocessorText.trimmed(PreprocessorText.withoutComment(rest, markers: Self.nasmComment))
        switch evaluate(operand) {
        case .success(let count): repeatBody(body, count: max(0, count), line: line, directory: directory, depth: depth)
        case .failure(let failure): error(failure.message, at: line.origin, column: column)
        }
        return next
    }

    /// `text` with `%1`…, `%{N}`, `%0` and `%%name` replaced for one expansion.
    static func substituteNASM(_ text: String, _ values: [String], count: Int, identifier: Int) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func value(_ number: Int) -> String {
            number == 0 ? String(count) : (number <= values.count ? values[number - 1] : "")
        }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "%"), i + 1 < bytes.count else {
                out.append(bytes[i])
                i += 1
                continue
            }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "%"), i + 2 < bytes.count, PreprocessorText.isNameByte(bytes[i + 2]) {
                out.append(contentsOf: "..@\(identifier).".utf8)
                i += 2
                continue
            }
            if isDigit(next) {
                var end = i + 1
                while end < bytes.count, isDigit(bytes[end]) { end += 1 }
                out.append(contentsOf: value(Int(String(decoding: bytes[(i + 1)..<end], as: UTF8.self)) ?? 0).utf8)
                i = end
                continue
            }
            if next == UInt8(ascii: "{"), let close = bytes[(i + 2)...].firstIndex(of: UInt8(ascii: "}")),
               let number = Int(String(decoding: bytes[(i + 2)..<close], as: UTF8.self)) {
                out.append(contentsOf: value(number).utf8)
                i = close + 1
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Single-line macros

    /// `%define`, `%xdefine`, `%undef`, `%assign`, `%strlen` and `%substr`.
    mutating func defineNASM(_ directive: String, _ rest: String, line: Line, column: Int) {
        let text = PreprocessorText.trimmed(PreprocessorText.withoutComment(rest, markers: Self.nasmComment))
        let bytes = Array(text.utf8)
        var nameEnd = 0
        while nameEnd < bytes.count, PreprocessorText.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
        let name = String(decoding: bytes[..<nameEnd], as: UTF8.self)
        guard !name.isEmpty else { return error("expected a name after '\(directive)'", at: line.origin, column: column) }
        var after = String(decoding: bytes[nameEnd...], as: UTF8.self)
        let caseless = directive == "%idefine" || directive == "%xidefine" || directive == "%iassign"
        let key = caseless ? name.lowercased() : name
        switch directive {
        case "%undef":
            defines[name] = nil
            defines[name.lowercased()] = nil
        case "%assign", "%iassign":
            switch evaluate(after) {
            case .success(let value):
                defines[key] = NASMDefine(parameters: nil, body: String(value), caseless: caseless)
                constants[name] = value
            case .failure(let failure): error(failure.message, at: line.origin, column: column)
            }
        case "%strlen", "%substr":
            after = expandDefines(PreprocessorText.trimmed(after))
            guard let quote = after.first, quote == "'" || quote == "\"" || quote == "`",
                  let close = after.dropFirst().firstIndex(of: quote) else {
                return error("'\(directive)' needs a quoted string", at: line.origin, column: column)
            }
            let string = Array(after[after.index(after: after.startIndex)..<close].utf8)
            if directive == "%strlen" {
                defines[key] = NASMDefine(parameters: nil, body: String(string.count), caseless: false)
                constants[name] = Int64(string.count)
                return
            }
            let operands = PreprocessorText.splitCommas(String(after[after.index(after: close)...]))
            var numbers: [Int64] = []
            for operand in operands where !operand.isEmpty {
                switch evaluate(operand) {
                case .success(let value): numbers.append(value)
                case .failure(let failure): return error(failure.message, at: line.origin, column: column)
                }
            }
            guard let first = numbers.first else { return error("'%substr' needs a start index", at: line.origin, column: column) }
            let start = Int(max(1, first)) - 1
            var length = numbers.count > 1 ? Int(numbers[1]) : 1
            if length < 0 { length = max(0, string.count - start + length + 1) }
            let slice = start < string.count ? Array(string[start..<min(string.count, start + length)]) : []
            defines[key] = NASMDefine(parameters: nil, body: "'" + String(decoding: slice, as: UTF8.self) + "'", caseless: false)
        default:
            var parameters: [String]?
            if after.hasPrefix("("), let close = after.firstIndex(of: ")") {
                let list = String(after[after.index(after: after.startIndex)..<close])
                parameters = list.isEmpty ? [] : PreprocessorText.splitCommas(list)
                after = String(after[after.index(after: close)...])
            }
            var body = PreprocessorText.trimmed(after)
            if directive.hasPrefix("%x") { body = expandDefines(body) }
            defines[key] = NASMDefine(parameters: parameters, body: body, caseless: caseless)
        }
    }

    /// `text` with its single-line macros expanded (not inside strings or the comment).
    func expandDefines(_ text: String) -> String {
        guard !defines.isEmpty else { return text }
        return expandDefines(text, active: [], depth: 0)
    }

    private func define(named word: String) -> NASMDefine? {
        if let found = defines[word] { return found }
        if let found = defines[word.lowercased()], found.caseless { return found }
        return nil
    }

    private func expandDefines(_ text: String, active: Set<String>, depth: Int) -> String {
        // Each level may multiply the text (`%define A B B`): past 64 KiB it stays unexpanded.
        guard depth < Self.depthLimit, text.utf8.count < 1 << 16 else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        var quote: UInt8 = 0
        while i < bytes.count {
            let byte = bytes[i]
            if out.count > 1 << 18 {
                out.append(contentsOf: bytes[i...])
                break
            }
            if quote != 0 {
                if byte == quote { quote = 0 }
                out.append(byte)
                i += 1
                continue
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                quote = byte
            } else if byte == UInt8(ascii: ";") {
                out.append(contentsOf: bytes[i...])
                break
            } else if PreprocessorText.isNameByte(byte) {
                var end = i
                while end < bytes.count, PreprocessorText.isNameByte(bytes[end]) { end += 1 }
                let word = String(decoding: bytes[i..<end], as: UTF8.self)
                // `%%name` and `%1` belong to multi-line macros.
                let afterPercent = i > 0 && bytes[i - 1] == UInt8(ascii: "%")
                if !afterPercent, !active.contains(word), let found = define(named: word),
                   let (replacement, next) = applied(found, to: bytes, after: end) {
                    out.append(contentsOf: expandDefines(replacement, active: active.union([word]), depth: depth + 1).utf8)
                    i = next
                    continue
                }
                out.append(contentsOf: bytes[i..<end])
                i = end
                continue
            }
            out.append(byte)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The replacement of `define` used at `end` in `bytes`, and where the use ends; nil when a
    /// macro with parameters is not followed by a matching argument list.
    private func applied(_ define: NASMDefine, to bytes: [UInt8], after end: Int) -> (String, Int)? {
        guard let parameters = define.parameters else { return (define.body, end) }
        var open = end
        while open < bytes.count, PreprocessorText.isBlank(bytes[open]) { open += 1 }
        guard open < bytes.count, bytes[open] == UInt8(ascii: "(") else { return nil }
        var depth = 0
        var close = open
        while close < bytes.count {
            if bytes[close] == UInt8(ascii: "(") { depth += 1 }
            if bytes[close] == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { break }
            }
            close += 1
        }
        guard close < bytes.count else { return nil }
        let inner = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
        let arguments = inner.isEmpty ? [] : PreprocessorText.splitCommas(inner)
        guard arguments.count == parameters.count else { return nil }
        let values = Dictionary(zip(parameters, arguments), uniquingKeysWith: { first, _ in first })
        // Parameters are replaced as whole names.
        let body = Array(define.body.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            if PreprocessorText.isNameByte(body[i]) {
                var wordEnd = i
                while wordEnd < body.count, PreprocessorText.isNameByte(body[wordEnd]) { wordEnd += 1 }
                let word = String(decoding: body[i..<wordEnd], as: UTF8.self)
                out.append(contentsOf: (values[word] ?? word).utf8)
                i = wordEnd
            } else {
                out.append(body[i])
                i += 1
            }
        }
        return (String(decoding: out, as: UTF8.self), close + 1)
    }
}
