import Diagnostics
import X86
import X86Assembler

/// AT&T statements (GNU as's default syntax): `;` separates statements on a line, `#` starts a
/// comment, and the directives and values are GNU's, shared with the Intel path.
extension SourceParser {
    /// Every statement of the line, in AT&T syntax.
    mutating func parseATTStatements() throws(Diagnostic) {
        // Prefix words apply to the next instruction, even past `;` (`lock; incl (%rax)`).
        var prefixes: PrefixSet = []
        var segmentPrefix: Register?
        var prefixStart = -1
        var prefixEnd = -1
        while true {
            skipSpaces()
            if current == UInt8(ascii: ";") {
                position += 1
                continue
            }
            if atStatementEnd {
                if prefixStart >= 0 { throw error("expected an instruction after the prefix", from: prefixStart, to: prefixEnd) }
                return
            }
            let start = position
            if ByteClass.isDigit(current) {
                try defineNumericLabel(from: start)
                continue
            }
            if current == UInt8(ascii: "{") {
                prefixes.insert(try attPseudoPrefix())
                if prefixStart < 0 { prefixStart = start }
                prefixEnd = position
                continue
            }
            guard let word = identifier() else {
                throw error("expected a label, an instruction or a directive", at: start)
            }
            skipSpaces()
            if current == UInt8(ascii: ":") {
                position += 1
                defineLabel(word)
                continue
            }
            if current == UInt8(ascii: "="), peek(1) != UInt8(ascii: "=") {
                position += 1
                try parseDefinition(name: word, redefinable: true)
                continue
            }
            let found = keyword(word)
            if let found, found.kind == .prefix || found.kind == .register && keywords.register(found).kind == .segment {
                if atStatementEnd, current != UInt8(ascii: ";"), found.alsoMnemonic != 0 {
                    // A prefix word alone on its line that is also an instruction (`data16`).
                    let mnemonic = ATTMnemonic(keyword: Keyword(kind: .mnemonic, payload: found.alsoMnemonic - 1))
                    try parseATTInstruction(word, mnemonic, prefixes: prefixes, segmentPrefix: segmentPrefix)
                    return
                }
                if found.kind == .prefix {
                    prefixes.insert(PrefixSet(rawValue: found.payload))
                } else {
                    segmentPrefix = keywords.register(found)
                }
                if prefixStart < 0 { prefixStart = start }
                prefixEnd = word.end
                continue
            }
            if base[word.start] == UInt8(ascii: ".") {
                guard let found, found.kind == .directive, let directive = DirectiveWord(rawValue: UInt8(found.payload)) else {
                    if text(word).lowercased().hasPrefix(".cfi_") {
                        // Longer than a packed keyword: read by word, as in Intel syntax.
                        try parseObjectDirective(word)
                        return
                    }
                    throw error("unknown directive '\(text(word))'", from: word.start, to: word.end)
                }
                switch directive {
                case .attSyntax:
                    try parseSyntaxDirective(word, switchingTo: .att)
                case .intelSyntax:
                    // The rest of the file is Intel; nothing else can follow on this line.
                    try parseSyntaxDirective(word, switchingTo: .intel)
                    return
                default:
                    try parseDirective(word, found, closingBracket: false)
                }
            } else {
                try parseATTInstruction(word, prefixes: prefixes, segmentPrefix: segmentPrefix)
                prefixes = []
                segmentPrefix = nil
                prefixStart = -1
                prefixEnd = -1
            }
            skipSpaces()
            if current == UInt8(ascii: ";") {
                position += 1
                continue
            }
            try expectStatementEnd()
            return
        }
    }

    /// `{vex}`, `{vex3}` or `{evex}` before an instruction.
    private mutating func attPseudoPrefix() throws(Diagnostic) -> PrefixSet {
        let start = position
        var end = position + 1
        while end < lineEnd, base[end] != UInt8(ascii: "}") { end += 1 }
        guard end < lineEnd else { throw error("expected '}' to close the pseudo-prefix", at: lineEnd) }
        position = end + 1
        switch text(start + 1, end).lowercased() {
        case "vex", "vex2", "vex3": return .vex
        case "evex": return .evex
        default: throw error("expected {vex} or {evex}", from: start, to: end + 1)
        }
    }

    /// `.att_syntax [prefix]` or `.intel_syntax [noprefix]`: what the next lines are written in.
    /// Both directives keep GNU's reading of bare symbols (``Dialect/gnu``).
    mutating func parseSyntaxDirective(_ word: Token, switchingTo target: SourceSyntax) throws(Diagnostic) {
        skipSpaces()
        if let option = identifier() {
            switch (target, text(option).lowercased()) {
            case (.att, "prefix"), (.intel, "noprefix"):
                break
            case (.att, "noprefix"):
                throw error("'.att_syntax noprefix' is not supported: write AT&T registers with '%'", from: option.start, to: option.end)
            case (.intel, "prefix"):
                throw error("'.intel_syntax prefix' is not supported; use 'noprefix'", from: option.start, to: option.end)
            default:
                throw error("expected 'prefix' or 'noprefix'", from: option.start, to: option.end)
            }
        }
        try expectStatementEnd()
        syntax = target
        dialect = .gnu
        scope.removeAll()
        beginStatement()
        recorder?.record(
            .directive(.ignored(target == .att ? ".att_syntax" : ".intel_syntax")),
            range: SourceRange(start: word.start, end: position), line: lineNumber)
    }
}

extension SourceParser {
    /// Starts the parse in `syntax`; AT&T reads symbols as GNU as does.
    mutating func startSyntax(_ syntax: SourceSyntax) {
        self.syntax = syntax
        if syntax == .att { dialect = .gnu }
    }
}
