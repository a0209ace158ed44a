import Diagnostics
import X86
import X86Assembler
import X86Encoder

#if canImport(Glibc)
import Glibc
#endif

/// What a bare symbol means (docs/syntax.md): NASM's reading, the symbol's value, or the
/// GNU/llvm-mc one, the memory at it.
public enum Dialect: Sendable, Hashable {
    case nasm
    case gnu
}

/// An identifier as read: where it is and its spelling folded to lowercase and packed into
/// two words (as ``PackedName`` packs it), for keyword lookup without building a name.
struct Token {
    var start: Int
    var end: Int
    var low: UInt64
    var high: UInt64

    var range: SourceRange { SourceRange(start: start, end: end) }
    /// Short enough to be a keyword.
    var isPacked: Bool { end - start <= PackedName.capacity }
}

/// Parses Intel syntax straight into a ``ProgramBuilder``, one line at a time, over the bytes
/// of the whole source: no `String`, array or expression tree is made for an ordinary line.
///
/// Each line is parsed completely before anything is added, so a line with an error adds
/// nothing; the error is reported with its range and parsing goes on with the next line.
struct SourceParser {
    let base: UnsafePointer<UInt8>
    let count: Int
    var position = 0
    var lineEnd = 0
    var lineNumber = 0

    var builder: ProgramBuilder
    var dialect: Dialect = .nasm
    /// Intel or AT&T operands; `.att_syntax` and `.intel_syntax` switch it mid-file.
    var syntax: SourceSyntax = .intel
    /// Forms remembered by the AT&T parser's trial encodings (empty, and free, until used).
    var probeCache = EncodingCache()
    /// The operand written `SIZE BCST [..]` (GNU as's broadcast), whose count the forms decide.
    var broadcastOperand: Int?
    var defaultRelative = false
    /// The builder's mode is not 64-bit (`bits 16`…), kept here: reading the builder's from a
    /// mutating method would copy the builder.
    var legacyMode = false
    /// NASM: the name of the last label not starting with `.`, which `.local` labels extend.
    var scope: [UInt8] = []
    var scratch: [UInt8] = []
    /// The items of the data directive being read, kept between lines to avoid allocating.
    var dataItems: [DataItemValue] = []
    var stringBytes: [UInt8] = []
    /// Where `.incbin`/`incbin` look for a relative file name after the working directory
    /// (`-I` and `-i`), as GNU as and NASM do.
    var includePaths: [String] = []
    /// Inside `times`: the repeated statement belongs to the `times` statement.
    var insideRepeat = false
    /// How deep the value being parsed nests (see ``nestingLimit``).
    var nesting = 0
    /// The value being parsed is the target of a branch (`1b` is then a label, never binary).
    var parsingBranchTarget = false
    /// Context-free mode (see ``PreEncoder``): only lines whose bytes depend on nothing but
    /// the line itself are encoded, into ``preEncoded``; any other line sets ``needsContext``.
    var contextFree = false
    var needsContext = false
    /// Context-free mode: text follows a `;` after the line's instruction (see ``encodeContextFree(from:to:)``).
    var continuesAfterSemicolon = false
    /// Context-free mode for a pre-encoder (see ``LineEncoder``): lines with a RIP-relative
    /// label or a branch to a label are read too, into ``plainTarget`` and ``plainBranch``,
    /// for the main parse to place.
    var readsLabels = false
    /// The line read the short way has a RIP-relative label operand.
    var plainTarget: PlainTarget?
    /// The line read the short way is a branch to a label.
    var plainBranch: PlainBranch?
    /// The encoding shape of the instruction read the short way (see ``ShapeBuilder``).
    var plainShape = ShapeBuilder()
    /// The mnemonic of a line read the short way as ``PlainLine/branchToName``, and its word.
    var branchMnemonic = (id: UInt16(0), word: Token(start: 0, end: 0, low: 0, high: 0), target: Token?.none)
    /// Where context-free mode appends the bytes of the lines it encodes.
    var contextFreeOutput = ByteBuffer()
    /// Encodes context-free lines (with its own memory of forms, per thread).
    var lineEncoder = ContextFreeEncoder()
    /// The instruction being parsed, kept from line to line.
    var line = InstructionLine(mnemonic: Mnemonic(id: 0))
    /// Stop at the first line that only the preprocessor understands (a macro, `%define`,
    /// `.include` …) and set ``foundPreprocessing``, rather than report it: a file is parsed
    /// without a separate pass that looks for macros, and parsed again expanded when it has them.
    var stopsAtPreprocessing = false
    private(set) var foundPreprocessing = false
    /// Stop at a switch to AT&T syntax and set ``foundATTSyntax``: a file read as Intel has its
    /// `/* … */` comments (AT&T's) blanked only when it turns out to switch, rather than be
    /// searched for both before anything else is done.
    var stopsAtATTSyntax = false
    private(set) var foundATTSyntax = false
    /// Set by either stop above: the parse ends at that line.
    private(set) var stopped = false
    var recorder: StatementRecorder?
    let keywords = Keywords.shared
    let recentKeywords: RecentKeywords
    /// ``ByteClass/table``, held here: a global is checked for initialisation on every use.
    let classes = ByteClass.table

    init(text: UnsafeBufferPointer<UInt8>, builder: ProgramBuilder, recordsStatements: Bool) {
        base = text.baseAddress ?? SourceParser.emptyText
        count = text.count
        // A big file meets a few hundred hot words: a small table keeps colliding on them.
        recentKeywords = RecentKeywords(count: text.count >= 1 << 20 ? 4096 : 256)
        self.builder = builder
        legacyMode = builder.codeMode != .bits64
        recorder = recordsStatements ? StatementRecorder() : nil
        if builder.encoder.dialect != .llvm { lineEncoder = ContextFreeEncoder(dialect: builder.encoder.dialect) }
    }

    nonisolated(unsafe) private static let emptyText: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    // MARK: Lines

    /// Parses every line; `firstLine` numbers the first one. `release` is told, every few
    /// megabytes, how much of the text has been parsed (and need not stay in memory). With a
    /// `preEncoder`, lines it encoded are added as they are, without parsing them again.
    mutating func parseAll(firstLine: Int = 1, release: ((Int) -> Void)? = nil, preEncoder: PreEncoder? = nil) {
        lineNumber = firstLine - 1
        var nextRelease = SourceParser.releaseInterval
        guard let preEncoder else {
            parseLines(from: 0, to: count, release: release, nextRelease: &nextRelease)
            return
        }
        for chunk in 0..<preEncoder.chunkCount {
            let lines = preEncoder.results(of: chunk)
            // The chunk's bytes are not changed while its lines are placed: one look at them
            // for the whole chunk, rather than a call through the buffer per run of lines.
            lines.bytes.withUnsafeBufferPointer { bytes in
                parseChunk(lines, bytes, start: preEncoder.start(ofChunk: chunk), release: release, nextRelease: &nextRelease)
            }
            if stopped { return }
        }
    }

    /// The lines of one chunk of ``parseAll(firstLine:release:preEncoder:)``, `bytes` being
    /// `lines.bytes`: runs of lines encoded already go in at once, the others are placed or parsed.
    private mutating func parseChunk(
        _ lines: ChunkLines, _ bytes: UnsafeBufferPointer<UInt8>, start chunkStart: Int, release: ((Int) -> Void)?,
        nextRelease: inout Int
    ) {
        var start = chunkStart
        var offset = 0
        var index = 0
        var targetIndex = 0
        var branchIndex = 0
        while index < lines.lengths.count {
            if start >= nextRelease, let release {
                release(start)
                nextRelease = start + SourceParser.releaseInterval
            }
            // A run of lines encoded already goes in at once.
            var runEnd = index
            var runBytes = 0
            // The pre-encoder reads Intel syntax: AT&T lines are parsed here, whatever it made
            // of them. After GNU's `.intel_syntax` a `;` starts another statement, which the
            // pre-encoder took for a comment: such a line is parsed here too.
            while syntax == .intel, !legacyMode, runEnd < lines.lengths.count {
                let length = lines.lengths[runEnd]
                guard length > 0, length & ChunkLines.placedByMain == 0, length & ChunkLines.continues == 0 || dialect != .gnu
                else { break }
                runBytes += Int(length & ChunkLines.lengthBits)
                runEnd += 1
            }
            if runEnd > index {
                lineNumber += runEnd - index
                builder.appendEncoded(
                    UnsafeBufferPointer(rebasing: bytes[offset..<offset + runBytes]), statements: runEnd - index,
                    lastLine: lineNumber)
                offset += runBytes
                start = Int(lines.ends[runEnd - 1]) + 1
                index = runEnd
                continue
            }
            let end = Int(lines.ends[index])
            let length = lines.lengths[index]
            let encoded = offset..<offset + Int(length & ChunkLines.lengthBits)
            offset = encoded.upperBound
            lineNumber += 1
            if length & ChunkLines.placedByMain != 0 {
                // A line that names a label, read already: placed here unless the line
                // must be parsed here after all (as a run above).
                var placed = syntax == .intel && !legacyMode && recorder == nil
                    && (length & ChunkLines.continues == 0 || dialect != .gnu)
                if length & ChunkLines.targeted != 0 {
                    let target = lines.targets[targetIndex]
                    targetIndex += 1
                    if placed { placed = placeTargeted(UnsafeBufferPointer(rebasing: bytes[encoded]), target) }
                } else {
                    let branch = lines.branches[branchIndex]
                    branchIndex += 1
                    if placed { placed = placeBranch(branch) }
                }
                if placed {
                    start = end + 1
                    index += 1
                    continue
                }
            }
            var contentEnd = end
            if contentEnd > start, base[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            parseLine(from: start, to: contentEnd)
            if stopped { return }
            start = end + 1
            index += 1
        }
    }

    /// A line the pre-encoder encoded with a RIP-relative label (see ``PlainTarget``): the label
    /// named as ``bareSymbol(inMemory:refusingKeywords:)`` names it, and the bytes and the
    /// fixup ``parseInstruction`` and the builder would have made of the line.
    /// False (nothing placed) should the name not read as one: the line is then parsed.
    private mutating func placeTargeted(_ bytes: UnsafeBufferPointer<UInt8>, _ target: PlainTarget) -> Bool {
        position = Int(target.nameStart)
        lineEnd = Int(target.nameEnd)
        guard let name = identifier() else { return false }
        let value = Value(symbol: symbol(name, definesScope: false), addend: target.addend, range: name.range)
        beginStatement()
        builder.appendTargeted(
            bytes, displacementOffset: Int(target.displacementOffset), operand: Int(target.operand), target: value,
            operandRange: SourceRange(start: Int(target.operandStart), end: Int(target.operandEnd)))
        return true
    }

    /// A branch to a label the pre-encoder read (see ``PlainBranch``): the label named as
    /// ``branchTargetName()`` names it, and the line ``parseInstruction`` would have made.
    /// False (nothing placed) should the name not read as one: the line is then parsed.
    private mutating func placeBranch(_ branch: PlainBranch) -> Bool {
        position = Int(branch.nameStart)
        lineEnd = Int(branch.nameEnd)
        guard let name = identifier() else { return false }
        let target = Value(symbol: modifiedSymbol(name) ?? symbol(name, definesScope: false), range: name.range)
        line.reset(mnemonic: Mnemonic(id: branch.mnemonic))
        broadcastOperand = nil
        line.foldsLabelArithmetic = dialect == .nasm
        line.mnemonicRange = SourceRange(start: Int(branch.mnemonicStart), end: Int(branch.mnemonicEnd))
        line.operandRanges.append(name.range)
        line.instruction.operands.append(.imm(0))
        line.symbolic.append(SymbolicSlot(operand: 0, role: .branchTarget, value: target))
        beginStatement()
        builder.emit(&line)
        return true
    }

    /// Parses the lines of `start..<end`.
    private mutating func parseLines(from start: Int, to end: Int, release: ((Int) -> Void)?, nextRelease: inout Int) {
        var start = start
        while start < end {
            if start >= nextRelease, let release {
                release(start)
                nextRelease = start + SourceParser.releaseInterval
            }
            let newline = memchr(base + start, 0x0A, end - start)
            let lineEnd = newline.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? end
            lineNumber += 1
            var contentEnd = lineEnd
            if contentEnd > start, base[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            parseLine(from: start, to: contentEnd)
            if stopped { return }
            start = lineEnd + 1
        }
    }

    static let releaseInterval = 4 << 20

    mutating func parseLine(from start: Int, to end: Int) {
        position = start
        lineEnd = end
        nesting = 0
        do {
            try parseStatements()
        } catch {
            // Such a line is always an error here, so looking for one costs nothing on good lines.
            if stopsAtPreprocessing, PreprocessedSource.startsPreprocessing(UnsafeBufferPointer(start: base + start, count: end - start)) {
                foundPreprocessing = true
                stopped = true
                return
            }
            builder.reportUnparsed(error, line: lineNumber)
        }
    }

    // MARK: Cursor

    @inline(__always)
    func isSpace(_ byte: UInt8) -> Bool { classes[Int(byte)] & ByteClass.space != 0 }

    @inline(__always)
    func isIdentifierStart(_ byte: UInt8) -> Bool { classes[Int(byte)] & ByteClass.identifierStart != 0 }

    @inline(__always)
    func isIdentifierByte(_ byte: UInt8) -> Bool { classes[Int(byte)] & ByteClass.identifierByte != 0 }

    @inline(__always)
    var current: UInt8 { position < lineEnd ? base[position] : 0 }

    @inline(__always)
    func peek(_ offset: Int) -> UInt8 { position + offset < lineEnd ? base[position + offset] : 0 }

    @inline(__always)
    mutating func skipSpaces() {
        var cursor = position
        let end = lineEnd
        while cursor < end, classes[Int(base[cursor])] & ByteClass.space != 0 { cursor += 1 }
        position = cursor
    }

    /// At the end of the line or at a comment.
    @inline(__always)
    var atStatementEnd: Bool {
        position >= lineEnd || classes[Int(base[position])] & ByteClass.statementEnd != 0
    }

    /// Reads an identifier at the cursor; nil (cursor unmoved) when none starts here.
    @inline(__always)
    mutating func identifier() -> Token? {
        // Locals, so that the loop does not go through memory for each byte.
        let base = self.base
        let classes = self.classes
        let end = lineEnd
        let start = position
        guard start < end, classes[Int(base[start])] & ByteClass.identifierStart != 0 else { return nil }
        var cursor = start + 1
        while cursor < end, classes[Int(base[cursor])] & ByteClass.identifierByte != 0 { cursor += 1 }
        position = cursor
        let length = cursor - start
        if length <= 8, start + 8 <= count {
            // Most words: eight bytes at once, the ones after the word masked off.
            let raw = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            let low = length == 8 ? raw : raw & ((1 &<< (UInt64(length) &* 8)) &- 1)
            return Token(start: start, end: cursor, low: SourceParser.lowercased(low), high: 0)
        }
        return SourceParser.packedToken(base, count: count, from: start, to: cursor)
    }

    /// The token of the identifier `start..<end` of the text at `base` (`count` bytes), its
    /// spelling packed as ``identifier()`` packs it: the longer words, and those near the end of
    /// the text, kept out of the inlined path. Static: a method called from the mutating
    /// ``identifier()`` was handed a copy of the whole parser (1.8 KB) for every long name.
    @inline(never)
    static func packedToken(_ base: UnsafePointer<UInt8>, count: Int, from start: Int, to cursor: Int) -> Token {
        let length = cursor - start
        guard length <= PackedName.capacity else { return Token(start: start, end: cursor, low: 0, high: 0) }
        var low: UInt64 = 0
        var high: UInt64 = 0
        if start + 16 <= count {
            // Sixteen bytes at once, the ones after the identifier masked off.
            let raw = UnsafeRawPointer(base + start)
            low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if length < 8 {
                low &= (UInt64(1) << (UInt64(length) &* 8)) &- 1
                high = 0
            } else if length < 16 {
                high &= (UInt64(1) << (UInt64(length - 8) &* 8)) &- 1
            }
        } else {
            for i in 0..<length {
                let byte = UInt64(base[start + i])
                if i < 8 { low |= byte << (UInt64(i) &* 8) } else { high |= byte << (UInt64(i - 8) &* 8) }
            }
        }
        if length > 16 {
            // Bytes 16 and 17 go into the words' top bits (see PackedName), ASCII only.
            let extra16 = base[start + 16]
            let extra17 = length > 17 ? base[start + 17] : 0
            let top: UInt64 = 0x8080_8080_8080_8080
            guard (low | high) & top == 0, extra16 < 0x80, extra17 < 0x80 else {
                return Token(start: start, end: cursor, low: 0, high: 0)
            }
            func folded(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte | 0x20 : byte }
            return Token(
                start: start, end: cursor, low: SourceParser.lowercased(low) | PackedName.spread(folded(extra16)),
                high: SourceParser.lowercased(high) | PackedName.spread(folded(extra17)))
        }
        // Up to eight bytes (most words) leave `high` 0, which folds to itself.
        return Token(start: start, end: cursor, low: SourceParser.lowercased(low), high: length > 8 ? SourceParser.lowercased(high) : 0)
    }

    /// ASCII letters of the eight bytes folded to lowercase, all at once (as ``PackedName`` folds).
    @inline(__always)
    static func lowercased(_ word: UInt64) -> UInt64 {
        let ascii = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = ascii &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = ascii &+ 0x2525_2525_2525_2525
        let upper = atLeastA & ~pastZ & ~word & 0x8080_8080_8080_8080
        return word | (upper >> 2)
    }

    @inline(__always)
    func keyword(_ token: Token) -> Keyword? {
        guard token.isPacked else { return nil }
        return recentKeywords.lookup(low: token.low, high: token.high, in: keywords)
    }

    @inline(__always)
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + start, count: max(0, end - start)), as: UTF8.self)
    }

    @inline(__always)
    func text(_ token: Token) -> String { text(token.start, token.end) }

    func error(_ message: String, at offset: Int, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: SourceRange(start: offset, end: offset + 1), notes: notes)
    }

    func error(_ message: String, from start: Int, to end: Int, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: SourceRange(start: start, end: max(end, start + 1)), notes: notes)
    }

    /// The end of the statement, or an error naming what is left over.
    mutating func expectStatementEnd() throws(Diagnostic) {
        skipSpaces()
        guard atStatementEnd else {
            var end = lineEnd
            while end > position, isSpace(base[end - 1]) { end -= 1 }
            throw error("unexpected text at the end of the statement", from: position, to: end)
        }
    }

    // MARK: Statements

    /// Starts a statement in the builder (inside `times`, the `times` statement already did).
    mutating func beginStatement() {
        if !insideRepeat { builder.beginStatement(line: lineNumber) }
    }

    private mutating func parseStatements() throws(Diagnostic) {
        if contextFree { return try parseContextFreeLine() }
        if syntax == .att { return try parseATTStatements() }
        while true {
            try parseIntelStatement()
            // After GNU's `.intel_syntax`, `;` separates statements, as in GNU as and llvm-mc
            // (`.byte 0xf0; adc byte ptr [rcx], 100`); elsewhere it starts a NASM comment. Most
            // lines end at the line's end: that comparison comes first.
            guard position < lineEnd, base[position] == UInt8(ascii: ";"), dialect == .gnu, syntax == .intel else { return }
            position += 1
        }
    }

    /// One Intel statement (after any labels), up to the end of the line or a `;`.
    @inline(__always)
    private mutating func parseIntelStatement() throws(Diagnostic) {
        while true {
            skipSpaces()
            if atStatementEnd { return }
            let start = position
            if current == UInt8(ascii: "[") {
                // NASM's primitive form of a directive: `[bits 64]`, `[section .text]`.
                position += 1
                skipSpaces()
                guard let word = identifier(), let found = keyword(word), found.kind == .directive else {
                    throw error("expected a directive after '['", at: position)
                }
                try parseDirective(word, found, closingBracket: true)
                return
            }
            if ByteClass.isDigit(current) {
                try defineNumericLabel(from: start)
                continue
            }
            // `{vex}` / `{evex}` before a mnemonic choose the encoding.
            if current == UInt8(ascii: "{") { return try parsePseudoPrefixedInstruction() }
            guard let word = identifier() else {
                throw error("expected a label, an instruction or a directive", at: start)
            }
            skipSpaces()
            if current == UInt8(ascii: ":") {
                position += 1
                defineLabel(word)
                continue
            }
            let found = keyword(word)
            if let found {
                switch found.kind {
                case .mnemonic, .branchMnemonic, .prefix:
                    try parseInstruction(word, found)
                    return
                case .register where keywords.register(found).kind == .segment:
                    try parseInstruction(word, found)
                    return
                case .directive:
                    if DirectiveWord(rawValue: UInt8(found.payload)) == .attSyntax {
                        if stopsAtATTSyntax {
                            foundATTSyntax = true
                            stopped = true
                            return
                        }
                        try parseSyntaxDirective(word, switchingTo: .att)
                        return
                    }
                    if DirectiveWord(rawValue: UInt8(found.payload)) != .equ {
                        try parseDirective(word, found, closingBracket: false)
                        return
                    }
                default:
                    break
                }
            }
            if current == UInt8(ascii: "=") && peek(1) != UInt8(ascii: "=") {
                position += 1
                try parseDefinition(name: word, redefinable: true)
                return
            }
            // NASM names a data line or constant without a colon: `msg db "hi"`, `len equ $ - msg`.
            let afterWord = position
            if let next = identifier(), let nextKeyword = keyword(next), nextKeyword.kind == .directive,
               let directive = DirectiveWord(rawValue: UInt8(nextKeyword.payload)) {
                if directive == .equ {
                    try parseDefinition(name: word, redefinable: false)
                    return
                }
                if directive.takesNASMLabel {
                    position = afterWord
                    defineLabel(word)
                    continue
                }
            }
            position = afterWord
            if text(word).lowercased().hasPrefix(".cfi_") {
                // Longer than a packed keyword: read by word.
                try parseObjectDirective(word)
                return
            }
            if found == nil, word.start < word.end, base[word.start] == UInt8(ascii: ".") {
                throw error("unknown directive '\(text(word))'", from: word.start, to: word.end)
            }
            // GNU's `.s` (`mov.s cl, dl`): the other of two forms for the same registers.
            if let stem = swappedStem(word), let found = keyword(stem), found.kind == .mnemonic {
                try parseInstruction(stem, found, pseudoPrefixes: .swapped)
                return
            }
            throw unknownInstruction(word)
        }
    }

    /// "unknown instruction", with the nearest mnemonic or register when the word looks like a typo.
    func unknownInstruction(_ word: Token) -> Diagnostic {
        let spelled = text(word)
        var message = "unknown instruction '\(spelled)'"
        if let mnemonic = NameSuggestion.closest(to: spelled, among: NameSuggestion.mnemonics) {
            message += "; did you mean '\(mnemonic)'?"
        }
        return error(message, from: word.start, to: word.end)
    }

    /// Appends the bytes of line `start..<end` to ``contextFreeOutput`` when it is one
    /// instruction that depends on nothing else in the file, and returns how many; 0 (nothing
    /// appended) for any other line, and for a line with an error, which the full parse reports.
    ///
    /// ``continuesAfterSemicolon`` tells whether text follows a `;` after the instruction: a
    /// second statement after GNU's `.intel_syntax`, a comment otherwise, which only the full
    /// parse knows.
    mutating func encodeContextFree(from start: Int, to end: Int) -> Int {
        var instruction = line.instruction
        switch readPlainLine(from: start, to: end, into: &instruction) {
        case .read:
            line.instruction = instruction
            return appendContextFree(instruction)
        case .needsContext, .branchToName:
            needsContext = true
            return 0
        case .wholeParse:
            return encodeContextFreeWhole(from: start, to: end)
        }
    }

    /// Reads line `start..<end` the short way (see ``readPlainInstruction(into:)``) into
    /// `instruction`, with ``continuesAfterSemicolon`` set.
    mutating func readPlainLine(from start: Int, to end: Int, into instruction: inout Instruction) -> PlainLine {
        position = start
        lineEnd = end
        continuesAfterSemicolon = false
        plainTarget = nil
        plainBranch = nil
        var read = readPlainInstruction(into: &instruction)
        if read == .branchToName {
            read = readsLabels && readBranchTarget(mnemonic: branchMnemonic.id, word: branchMnemonic.word, target: branchMnemonic.target)
                ? .read : .needsContext
        }
        if read == .read { noteTextAfterSemicolon() }
        return read
    }

    /// Appends the bytes of an instruction read by ``readPlainLine(from:to:into:)`` and returns how
    /// many; 0 (nothing appended) when it does not encode.
    mutating func appendContextFree(_ instruction: Instruction) -> Int {
        let before = contextFreeOutput.count
        return lineEncoder.encode(instruction, appendingTo: &contextFreeOutput) ? contextFreeOutput.count - before : 0
    }

    /// ``appendContextFree(_:)`` of the instruction at `instruction`, with what
    /// ``ContextFreeEncoder/lookAhead(_:)`` found for it.
    mutating func appendContextFree(_ instruction: UnsafePointer<Instruction>, lookAhead: EncodingLookAhead) -> Int {
        let before = contextFreeOutput.count
        return lineEncoder.encode(instruction, lookAhead: lookAhead, appendingTo: &contextFreeOutput)
            ? contextFreeOutput.count - before : 0
    }

    /// Appends the bytes of an instruction read by ``readPlainLine(from:to:into:)`` with a
    /// RIP-relative label (``plainTarget``), and its target to `targets`; returns how many
    /// bytes, 0 (nothing appended) when it does not encode so.
    mutating func appendTargeted(_ instruction: UnsafePointer<Instruction>, to targets: Column<PlainTarget>) -> Int {
        guard var target = plainTarget else { return 0 }
        let before = contextFreeOutput.count
        guard let offset = lineEncoder.encodeTargeted(instruction.pointee, operand: Int(target.operand), appendingTo: &contextFreeOutput)
        else { return 0 }
        target.displacementOffset = UInt8(truncatingIfNeeded: offset)
        targets.append(target)
        return contextFreeOutput.count - before
    }

    /// ``encodeContextFree(from:to:)`` by the whole parse.
    mutating func encodeContextFreeWhole(from start: Int, to end: Int) -> Int {
        position = start
        lineEnd = end
        nesting = 0
        continuesAfterSemicolon = false
        let before = contextFreeOutput.count
        do {
            try parseStatements()
        } catch {
            contextFreeOutput.removeLast(contextFreeOutput.count - before)
            return 0
        }
        return contextFreeOutput.count - before
    }

    /// Sets ``continuesAfterSemicolon`` when the statement read ends at a `;` with text after it.
    private mutating func noteTextAfterSemicolon() {
        guard position < lineEnd, base[position] == UInt8(ascii: ";") else { return }
        var cursor = position + 1
        while cursor < lineEnd, isSpace(base[cursor]) { cursor += 1 }
        continuesAfterSemicolon = cursor < lineEnd
    }

    /// A line that is one instruction using nothing defined elsewhere (no label, symbol,
    /// `$`, string or address without registers), or nothing at all.
    private mutating func parseContextFreeLine() throws(Diagnostic) {
        guard let (word, found) = contextFreeInstructionWord() else { throw needContext() }
        try parseInstruction(word, found)
        noteTextAfterSemicolon()
    }

    /// Context-free mode: the line's first word and its keyword, the cursor after the spaces
    /// that follow, when it can start an instruction that depends on nothing else; nil for a
    /// line that needs the whole file (nothing, a label, a directive, a word that is no keyword).
    ///
    /// Always inlined (`@_transparent`, not a hint): the short reader of every line of a big
    /// file calls it first, and as that reader grew the optimiser made it a call that returned
    /// the word and its keyword through memory, 2.4% more instructions on a 200k-line file.
    @_transparent
    mutating func contextFreeInstructionWord() -> (Token, Keyword)? {
        skipSpaces()
        if atStatementEnd { return nil }
        guard let word = identifier(), let found = keyword(word) else { return nil }
        skipSpaces()
        if current == UInt8(ascii: ":") { return nil }
        switch found.kind {
        case .mnemonic, .branchMnemonic, .prefix:
            return (word, found)
        case .register where keywords.register(found).kind == .segment:
            return (word, found)
        default:
            return nil
        }
    }

    /// Context-free mode, after a branch's mnemonic and the spaces after it: whether its target
    /// is a label or an address, which layout decides the bytes of, rather than a register or
    /// memory. The cursor stays.
    mutating func branchTargetNeedsContext() -> Bool {
        var name: Token?
        return branchTargetNeedsContext(name: &name)
    }

    /// ``branchTargetNeedsContext()``, with `name` set to the target's word when it is one that
    /// is no keyword (a label's name, or GNU's `.` alone): read here once for the short reader.
    mutating func branchTargetNeedsContext(name: inout Token?) -> Bool {
        guard !atStatementEnd, current != UInt8(ascii: "[") else { return false }
        let saved = position
        let word = identifier()
        let target = word.flatMap { keyword($0) }
        position = saved
        guard let target else {
            name = word
            return true
        }
        return target.kind != .register && target.kind != .size
    }

    /// Marks the line as needing the whole file's context (context-free mode); the error
    /// returned is never reported.
    mutating func needContext() -> Diagnostic {
        needsContext = true
        return Diagnostic(.error, "needs context", at: .at(position))
    }

    /// `1:`, a numeric label, with the cursor at its first digit `start`.
    mutating func defineNumericLabel(from start: Int) throws(Diagnostic) {
        while ByteClass.isDigit(current) { position += 1 }
        let end = position
        guard current == UInt8(ascii: ":"), let number = UInt64(text(start, end)) else {
            throw error("expected a label, an instruction or a directive", from: start, to: end)
        }
        position += 1
        beginStatement()
        builder.defineNumericLabel(number, range: SourceRange(start: start, end: end))
        recorder?.record(.label(text(start, end)), range: SourceRange(start: start, end: end), line: lineNumber)
    }

    /// `name:` (or NASM's `name db …`).
    mutating func defineLabel(_ word: Token) {
        let id = symbol(word, definesScope: true)
        beginStatement()
        builder.defineLabel(id, range: word.range)
        recorder?.record(.label(builder.symbols.name(of: id)), range: word.range, line: lineNumber)
    }

    /// `name equ value`, `name = value`.
    mutating func parseDefinition(name: Token, redefinable: Bool) throws(Diagnostic) {
        let value = try parseValue()
        try expectStatementEnd()
        let id = symbol(name, definesScope: false)
        beginStatement()
        builder.define(id, as: value, redefinable: redefinable, range: name.range)
        recordDefinition(id, value, range: SourceRange(start: name.start, end: position))
    }

    func recordDefinition(_ id: SymbolID, _ value: Value, range: SourceRange) {
        guard let recorder else { return }
        recorder.record(
            .directive(.define(name: builder.symbols.name(of: id), value: recorder.expression(value, builder: builder))),
            range: range, line: lineNumber)
    }

    /// The value's number if it is known before layout.
    mutating func numberNow(_ value: Value) -> Int64? {
        value.isConstant ? value.constant : builder.resolveNow(value)
    }

    // MARK: Symbols

    /// The symbol a name written in source refers to. In NASM mode a name starting with `.`
    /// (other than `.L…` and `..@…`) is local to the last label not starting with `.`.
    mutating func symbol(_ token: Token, definesScope: Bool) -> SymbolID {
        let length = token.end - token.start
        let name = UnsafeBufferPointer(start: base + token.start, count: length)
        guard dialect == .nasm else { return builder.symbols.intern(name) }
        if base[token.start] == UInt8(ascii: ".") {
            let isAssemblerLocal = length > 1 && (base[token.start + 1] == UInt8(ascii: "L") || base[token.start + 1] == UInt8(ascii: "."))
            if !isAssemblerLocal, !scope.isEmpty {
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: scope)
                scratch.append(contentsOf: name)
                return scratch.withUnsafeBufferPointer { builder.symbols.intern($0) }
            }
        } else if definesScope {
            scope.removeAll(keepingCapacity: true)
            scope.append(contentsOf: name)
        }
        return builder.symbols.intern(name)
    }
}

extension DirectiveWord {
    /// NASM lets a label without a colon precede these (`msg db 1`, `buf resb 64`, `x times 4 db 0`).
    var takesNASMLabel: Bool {
        switch self {
        case .data1, .data2, .data4, .data8, .data10, .data16, .reserve1, .reserve2, .reserve4, .reserve8,
             .reserve10, .reserve16, .times, .ascii, .asciz, .includeBinary:
            true
        default:
            false
        }
    }
}
