import Diagnostics
import X86Assembler

#if canImport(Glibc)
import Glibc
#endif

/// The macro languages of GNU as and NASM, expanded into plain lines before parsing.
///
/// GNU: `.macro`/`.endm` (defaults, `:req`, `:vararg`, `\arg`, `\@`, `\()`, `.exitm`,
/// `.purgem`), `.rept`, `.irp`, `.irpc`, the `.if` family and `.include`. NASM: `%define`
/// (with parameters), `%xdefine`, `%undef`, `%assign`, `%macro` (`%1`…, `%0`, ranges,
/// defaults, greedy `+`, `%%local`), `%rep`, `%if` family, `%include`, `%error`, `%warning`,
/// `%strlen`, `%substr`, and `struc`/`istruc`.
///
/// Conditions and repeat counts are integer expressions of numbers and constants defined
/// earlier in the file (`.set`, `.equ`, `=`, `equ`, `%assign`); a label or an address is not
/// known here, and a condition that needs one is an error.
struct Preprocessor {
    /// How deep macros may call macros and files include files.
    static let depthLimit = 64

    var output = PreprocessedSource()
    private(set) var includePaths: [String]
    /// Lines an expansion may add to the file's own, so `.rept 100000000` stops with an
    /// error instead of filling memory.
    let lineLimit: Int
    /// The file's own lines plus ``lineLimit``.
    private var outputLimit = 0
    private var stopped = false
    /// Lines looked at, emitted or not: repeats of lines that emit nothing (a false `.if`)
    /// must end too.
    private var linesRead = 0

    var gnuMacros: [String: GNUMacro] = [:]
    var nasmMacros: [String: [NASMMacro]] = [:]
    var defines: [String: NASMDefine] = [:]
    var constants: [String: Int64] = [:]
    var labels: Set<String> = []
    /// Numbers `\@` and `%%` labels.
    var expansionCount = 0
    private var conditions: [Condition] = []
    private var including: [String] = []
    /// Set by `.exitm`, `%exitmacro` and `%exitrep`: the innermost expansion stops.
    var exiting = false
    /// Set with ``exiting`` by `%exitrep`: the innermost `%rep` stops, not the macro around it.
    var exitingRepeat = false
    /// How many macro expansions and repeats are under way, for `.exitm` and `%exitrep` outside one.
    var macroDepth = 0
    var repeatDepth = 0
    var structure: NASMStructure?

    /// One text line with where it came from.
    struct Line {
        var text: String
        var origin: LineOrigin
    }

    private struct Condition {
        var active: Bool
        var taken: Bool
        var parentActive: Bool
        var sawElse = false
        var origin: LineOrigin
        var word: String
    }

    /// Expands `text`, the main file named `name` (whose directory `.include` searches first).
    static func run(_ text: UnsafeBufferPointer<UInt8>, name: String, includePaths: [String],
                    lineLimit: Int = 1_000_000) -> PreprocessedSource {
        var preprocessor = Preprocessor(includePaths: includePaths, lineLimit: lineLimit)
        let lines = Self.lines(of: text) { text, start, end, anchor, number in
            Line(text: text, origin: LineOrigin(line: number, start: start, anchor: anchor, end: end, verbatim: true, context: nil))
        }
        preprocessor.outputLimit = lines.count + lineLimit
        preprocessor.including = [Self.canonical(name)]
        preprocessor.process(lines, directory: name.hasPrefix("<") ? "." : PreprocessorText.directory(of: name), depth: 0)
        for condition in preprocessor.conditions.reversed() where !preprocessor.stopped {
            preprocessor.error("'\(condition.word)' has no matching '\(condition.word.hasPrefix("%") ? "%endif" : ".endif")'",
                               at: condition.origin)
        }
        return preprocessor.output
    }

    private init(includePaths: [String], lineLimit: Int) {
        self.includePaths = includePaths
        self.lineLimit = lineLimit
    }

    /// Cuts `text` into lines (without their newline) and makes each with `make(text, start, end, anchor, number)`.
    static func lines(of text: UnsafeBufferPointer<UInt8>, _ make: (String, Int, Int, Int, Int) -> Line) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var number = 1
        while start < text.count {
            var end = start
            while end < text.count, text[end] != 0x0A { end += 1 }
            var anchor = start
            while anchor < end, PreprocessorText.isBlank(text[anchor]) { anchor += 1 }
            var contentEnd = end
            if contentEnd > start, text[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let string = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
            lines.append(make(string, start, contentEnd, anchor, number))
            number += 1
            start = end + 1
        }
        return lines
    }

    // MARK: Diagnostics and output

    mutating func error(_ message: String, at origin: LineOrigin, column: Int? = nil, severity: Severity = .error) {
        var range = SourceRange(start: origin.anchor, end: origin.end)
        if origin.verbatim, let column { range = SourceRange(start: origin.start + column, end: origin.end) }
        let notes = origin.context.map { [$0] } ?? []
        output.diagnostics.append(AssemblyDiagnostic(diagnostic: Diagnostic(severity, message, at: range, notes: notes),
                                                     statement: -1, line: origin.line))
    }

    mutating func emit(_ text: String, origin: LineOrigin) {
        guard !stopped else { return }
        guard output.origins.count < outputLimit else {
            error("macros add more than \(lineLimit) lines", at: origin)
            stopped = true
            return
        }
        output.append(text, origin: origin)
    }

    /// Stops everything with an error (a runaway expansion).
    mutating func stop(_ message: String, at origin: LineOrigin) {
        guard !stopped else { return }
        error(message, at: origin)
        stopped = true
    }

    var isStopped: Bool { stopped }
    var remainingLines: Int { outputLimit - output.origins.count }

    // MARK: The line loop

    /// Expands `lines`, read from a file in `directory`, `depth` expansions deep.
    mutating func process(_ lines: [Line], directory: String, depth: Int) {
        var index = 0
        while index < lines.count, !stopped, !exiting {
            let line = lines[index]
            index += 1
            linesRead += 1
            if linesRead > outputLimit * 4 {
                stop("macros read more than \(outputLimit * 4) lines", at: line.origin)
                break
            }
            let (word, rest, column) = PreprocessorText.firstWord(line.text)
            let lower = word.lowercased()
            if handleCondition(lower, rest: rest, line: line, column: column) { continue }
            if let last = conditions.last, !last.active { continue }
            switch lower {
            case ".macro":
                index = defineGNUMacro(rest, lines: lines, at: index, line: line, column: column)
            case ".endm", ".endmacro", ".endr", "%endmacro", "%endm", "%endrep":
                error("'\(word)' without a matching start", at: line.origin, column: column)
            case ".exitm", "%exitmacro", "%exitrep":
                guard lower == "%exitrep" ? repeatDepth > 0 : macroDepth > 0 else {
                    error("'\(word)' outside \(lower == "%exitrep" ? "a '%rep'" : "a macro")", at: line.origin, column: column)
                    continue
                }
                exiting = true
                exitingRepeat = lower == "%exitrep"
            case ".purgem":
                let name = PreprocessorText.trimmed(PreprocessorText.withoutComment(rest, markers: [UInt8(ascii: "#")])).lowercased()
                if gnuMacros.removeValue(forKey: name) == nil { error("no macro '\(name)' to purge", at: line.origin, column: column) }
            case ".rept", ".irp", ".irpc":
                index = repeatGNU(lower, rest, lines: lines, at: index, line: line, column: column, directory: directory, depth: depth)
            case ".include", "%include":
                include(rest, line: line, column: column, nasm: lower == "%include", directory: directory, depth: depth)
            case "%macro", "%imacro":
                index = defineNASMMacro(rest, caseless: lower == "%imacro", lines: lines, at: index, line: line, column: column)
            case "%rep":
                index = repeatNASM(rest, lines: lines, at: index, line: line, column: column, directory: directory, depth: depth)
            case "%define", "%xdefine", "%idefine", "%xidefine", "%undef", "%assign", "%iassign", "%strlen", "%substr":
                defineNASM(lower, rest, line: line, column: column)
            case "%error", "%warning", "%fatal":
                let message = PreprocessorText.unquoted(expandDefines(PreprocessorText.trimmed(rest)))
                error(message.isEmpty ? String(word.dropFirst()) : message, at: line.origin, column: column,
                      severity: lower == "%warning" ? .warning : .error)
            default:
                if lower.hasPrefix("%") && !lower.hasPrefix("%%") && lower.count > 1 {
                    error("the preprocessor directive '\(word)' is not supported", at: line.origin, column: column)
                } else {
                    ordinary(line, word: word, rest: rest, directory: directory, depth: depth)
                }
            }
        }
    }

    /// A line that is not a directive of the preprocessor: a macro call, a structure
    /// directive, or a statement passed on (after `%define` substitution).
    private mutating func ordinary(_ line: Line, word: String, rest: String, directory: String, depth: Int) {
        var line = line
        if !defines.isEmpty {
            let expanded = expandDefines(line.text)
            if expanded != line.text {
                line.text = expanded
                line.origin = line.origin.expanded(context: nil)
                let (word, rest, _) = PreprocessorText.firstWord(expanded)
                return callOrPass(line, word: word, rest: rest, directory: directory, depth: depth)
            }
        }
        callOrPass(line, word: word, rest: rest, directory: directory, depth: depth)
    }

    private mutating func callOrPass(_ line: Line, word: String, rest: String, directory: String, depth: Int) {
        if let macro = gnuMacros[word.lowercased()] {
            return expandGNU(macro, arguments: rest, line: line, directory: directory, depth: depth)
        }
        if let macros = nasmMacros[word] ?? nasmMacros[word.lowercased()].flatMap({ $0.allSatisfy(\.caseless) ? $0 : nil }) {
            return expandNASM(macros, name: word, arguments: rest, line: line, directory: directory, depth: depth)
        }
        if handleStructure(word.lowercased(), rest: rest, line: line) { return }
        // A label before a macro call or `istruc`: the label stays, the rest expands.
        if rest.hasPrefix(":") {
            let after = String(rest.dropFirst())
            let (next, nextRest, _) = PreprocessorText.firstWord(after)
            labels.insert(word)
            let structureWords: Set<String> = ["istruc", "at", "iend"]
            if !next.isEmpty, gnuMacros[next.lowercased()] != nil || nasmMacros[next] != nil || structureWords.contains(next.lowercased()),
               let colon = line.text.firstIndex(of: ":") {
                emit(String(line.text[...colon]), origin: line.origin)
                var call = line
                call.text = after
                call.origin = line.origin.expanded(context: nil)
                return callOrPass(call, word: next, rest: nextRest, directory: directory, depth: depth)
            }
        }
        noteConstant(word: word, rest: rest)
        let trimmedRest = PreprocessorText.trimmed(rest)
        if trimmedRest.hasPrefix("=="), !word.isEmpty {
            // GNU's `sym == expr` (a constant that may not change) assigns like `=`.
            return emit(word + " = " + trimmedRest.dropFirst(2), origin: line.origin.expanded(context: nil))
        }
        emit(line.text, origin: line.origin)
    }

    /// Remembers `.set`/`.equ`/`=`/`equ` constants, for later conditions.
    private mutating func noteConstant(word: String, rest: String) {
        let lower = word.lowercased()
        var name = ""
        var expression = ""
        if lower == ".set" || lower == ".equ" || lower == ".equiv" || lower == ".eqv" {
            let parts = PreprocessorText.splitCommas(PreprocessorText.withoutComment(rest, markers: [UInt8(ascii: "#"), UInt8(ascii: ";")]))
            guard parts.count == 2 else { return }
            (name, expression) = (parts[0], parts[1])
        } else {
            let trimmed = PreprocessorText.trimmed(rest)
            if trimmed.hasPrefix("=") {
                (name, expression) = (word, String(trimmed.dropFirst(trimmed.hasPrefix("==") ? 2 : 1)))
            } else {
                var afterColon = trimmed
                if afterColon.hasPrefix(":") { afterColon = PreprocessorText.trimmed(afterColon.dropFirst()) }
                let (next, nextRest, _) = PreprocessorText.firstWord(afterColon)
                guard next.lowercased() == "equ" else { return }
                (name, expression) = (word, nextRest)
            }
            expression = PreprocessorText.withoutComment(expression, markers: [UInt8(ascii: "#"), UInt8(ascii: ";")])
        }
        guard !name.isEmpty else { return }
        if case .success(let value) = evaluate(expression) { constants[name] = value }
    }

    /// Evaluates a condition or count: `%define`s are expanded first.
    mutating func evaluate(_ expression: String) -> Result<Int64, PreprocessorExpression.Failure> {
        let text = defines.isEmpty ? expression : expandDefines(expression)
        let known = constants
        return PreprocessorExpression.evaluate(text, leadingZeroIsOctal: false) { known[$0] }
    }

    // MARK: Conditions

    var conditionDepth: Int { conditions.count }

    /// Ends the conditions an expansion left open, reporting them unless it left by `.exitm`.
    mutating func closeConditions(downTo depth: Int, at origin: LineOrigin, report: Bool) {
        while conditions.count > depth {
            if let condition = conditions.popLast(), report {
                error("'\(condition.word)' has no matching end in the expansion", at: origin)
            }
        }
    }

    /// Handles `.if…`, `.else`, `.endif` and NASM's `%if…` family; true when `lower` was one.
    private mutating func handleCondition(_ lower: String, rest: String, line: Line, column: Int) -> Bool {
        let isGNU = lower.hasPrefix(".if") || lower == ".else" || lower == ".elseif" || lower == ".endif"
        let isNASM = lower.hasPrefix("%if") || lower.hasPrefix("%elif") || lower == "%else" || lower == "%endif"
        guard isGNU || isNASM else { return false }
        let active = conditions.last?.active ?? true
        let operand = PreprocessorText.trimmed(PreprocessorText.withoutComment(rest, markers: isGNU ? [UInt8(ascii: "#")] : [UInt8(ascii: ";")]))
        switch lower {
        case ".else", "%else":
            guard var condition = conditions.popLast() else {
                error("'\(lower)' without '\(isGNU ? ".if" : "%if")'", at: line.origin, column: column)
                return true
            }
            if condition.sawElse { error("a second '\(lower)'", at: line.origin, column: column) }
            condition.sawElse = true
            condition.active = condition.parentActive && !condition.taken
            condition.taken = true
            conditions.append(condition)
        case ".endif", "%endif":
            if conditions.popLast() == nil { error("'\(lower)' without '\(isGNU ? ".if" : "%if")'", at: line.origin, column: column) }
        case ".elseif", "%elif", "%elifdef", "%elifndef", "%elifidn", "%elifnidn", "%elifidni", "%elifnidni":
            guard var condition = conditions.popLast() else {
                error("'\(lower)' without '\(isGNU ? ".if" : "%if")'", at: line.origin, column: column)
                return true
            }
            if condition.parentActive && !condition.taken {
                let test = lower == ".elseif" ? ".if" : "%if" + lower.dropFirst(5)
                let value = holds(test, operand, line: line, column: column)
                condition.active = value
                condition.taken = value
            } else {
                condition.active = false
            }
            conditions.append(condition)
        default:
            var value = false
            if active { value = holds(lower, operand, line: line, column: column) }
            conditions.append(Condition(active: active && value, taken: value, parentActive: active, origin: line.origin, word: lower))
        }
        return true
    }

    /// Whether the condition `test` (`.ifdef`, `%if` …) holds for `operand`.
    private mutating func holds(_ test: String, _ operand: String, line: Line, column: Int) -> Bool {
        func number(_ text: String) -> Int64 {
            switch evaluate(text) {
            case .success(let value): return value
            case .failure(let failure):
                error(failure.message, at: line.origin, column: column)
                return 0
            }
        }
        func pair(_ caseless: Bool) -> Bool {
            let expanded = test.hasPrefix("%") ? expandDefines(operand) : operand
            let parts = PreprocessorText.splitCommas(expanded)
            guard parts.count == 2 else {
                error("'\(test)' needs two operands separated by a comma", at: line.origin, column: column)
                return false
            }
            let (a, b) = test.hasPrefix("%") ? (parts[0], parts[1]) : (PreprocessorText.unquoted(parts[0]), PreprocessorText.unquoted(parts[1]))
            return caseless ? a.lowercased() == b.lowercased() : a == b
        }
        let name = PreprocessorText.firstWord(operand).word
        switch test {
        case ".if", ".ifne", "%if": return number(operand) != 0
        case ".ifeq": return number(operand) == 0
        case ".ifge": return number(operand) >= 0
        case ".ifgt": return number(operand) > 0
        case ".ifle": return number(operand) <= 0
        case ".iflt": return number(operand) < 0
        case ".ifdef": return constants[name] != nil || labels.contains(name)
        case ".ifndef", ".ifnotdef": return constants[name] == nil && !labels.contains(name)
        case ".ifb": return operand.isEmpty
        case ".ifnb": return !operand.isEmpty
        case ".ifc", ".ifeqs": return pair(false)
        case ".ifnc", ".ifnes": return !pair(false)
        case "%ifdef": return defines[name] != nil
        case "%ifndef": return defines[name] == nil
        case "%ifidn": return pair(false)
        case "%ifnidn": return !pair(false)
        case "%ifidni": return pair(true)
        case "%ifnidni": return !pair(true)
        case "%ifmacro": return nasmMacros[name] != nil
        case "%ifnmacro": return nasmMacros[name] == nil
        default:
            error("the condition '\(test)' is not supported", at: line.origin, column: column)
            return false
        }
    }

    // MARK: Bodies and includes

    /// Collects the lines after `index` up to the one that ends the block `line` starts: a
    /// line whose first word is in `ends`, not counting blocks nested with a word in `starts`.
    /// Returns the body and the index after its end, or nil (reported) when it never ends.
    mutating func body(after index: Int, in lines: [Line], starts: Set<String>, ends: [String],
                       line: Line, column: Int, what: String) -> (body: [Line], next: Int)? {
        var nesting = 0
        var cursor = index
        while cursor < lines.count {
            let word = PreprocessorText.firstWord(lines[cursor].text).word.lowercased()
            if starts.contains(word) { nesting += 1 }
            if ends.contains(word) {
                if nesting == 0 { return (Array(lines[index..<cursor]), cursor + 1) }
                nesting -= 1
            }
            cursor += 1
        }
        error("\(what) has no matching '\(ends.first ?? "")'", at: line.origin, column: column)
        return nil
    }

    private mutating func include(_ rest: String, line: Line, column: Int, nasm: Bool, directory: String, depth: Int) {
        let name = PreprocessorText.unquoted(PreprocessorText.withoutComment(rest, markers: nasm ? [UInt8(ascii: ";")] : [UInt8(ascii: "#")]))
        guard !name.isEmpty else { return error("expected a file name", at: line.origin, column: column) }
        var candidates = [name.hasPrefix("/") ? name : (directory == "." ? name : directory + "/" + name)]
        if !name.hasPrefix("/") {
            candidates += IncludeSearch.paths(of: name, in: includePaths)
            // Last, the working directory, where NASM looks first.
            candidates.append(name)
        }
        guard let path = IncludeSearch.firstReadable(candidates) else {
            return error("cannot find include file '\(name)'\(includePaths.isEmpty ? "" : " (searched \(includePaths.joined(separator: ", ")))")",
                         at: line.origin, column: column)
        }
        let identity = Self.canonical(path)
        guard !including.contains(identity) else { return error("'\(name)' includes itself", at: line.origin, column: column) }
        guard depth < Self.depthLimit else { return stop("includes nested deeper than \(Self.depthLimit)", at: line.origin) }
        let contents: [UInt8]
        switch SourceBuffer.map(path: path) {
        case .success(let buffer):
            contents = Array(BlockComments.blanked(buffer.bytes, syntax: .intel) ?? Array(buffer.bytes))
            guard !buffer.changedWhileRead else {
                return error("include file '\(name)' changed while it was read (another program shortened it, or a page of it could not be read)", at: line.origin, column: column)
            }
        case .failure(let failure): return error("cannot read include file: \(failure.description)", at: line.origin, column: column)
        }
        let origin = line.origin
        let included = contents.withUnsafeBufferPointer { bytes in
            Self.lines(of: bytes) { text, _, _, _, number in
                Line(text: text, origin: origin.expanded(context: "in file '\(path)' line \(number), included here"))
            }
        }
        including.append(identity)
        process(included, directory: PreprocessorText.directory(of: path), depth: depth + 1)
        including.removeLast()
    }

    private static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
