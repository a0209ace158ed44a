import Diagnostics
import X86
import X86Assembler

extension LineParser {
    private static let ptrWord = PackedName("ptr")!
    private static let shortWord = PackedName("short")!
    private static let nearWord = PackedName("near")!
    private static let offsetWord = PackedName("offset")!
    private static let relWord = PackedName("rel")!
    private static let absWord = PackedName("abs")!

    /// `[prefix…] mnemonic [operand {, operand}]`, starting at the word already read.
    mutating func parseInstruction(firstWord: Range<Int>) throws(Diagnostic) -> InstructionStatement {
        var word = firstWord
        var prefixes: PrefixSet = []
        var segmentPrefix: Register?
        while true {
            guard let name = cursor.packedName(word) else {
                throw diagnostic("unknown mnemonic '\(cursor.text(word))'", range: word)
            }
            if let prefix = PrefixSet.named(name) {
                prefixes.insert(prefix)
            } else if let register = Register.named(name), register.kind == .segment {
                segmentPrefix = register
            } else if let mnemonic = InstructionSet.shared.mnemonic(named: name) {
                return try parseOperands(mnemonic: mnemonic, mnemonicRange: word, prefixes: prefixes, segmentPrefix: segmentPrefix)
            } else {
                throw diagnostic("unknown mnemonic '\(cursor.text(word))'", range: word)
            }
            cursor.skipSpaces()
            if cursor.atEndOfStatement, let mnemonic = InstructionSet.shared.mnemonic(named: name) {
                // A prefix word that is also an instruction on its own (`lock`? no; `rep` is not) ends here.
                return InstructionStatement(instruction: Instruction(mnemonic), mnemonicRange: sourceRange(word), operandRanges: [])
            }
            guard let next = cursor.identifier() else {
                throw diagnostic("expected a mnemonic after '\(cursor.text(word))'", at: cursor.position)
            }
            word = next
        }
    }

    private mutating func parseOperands(
        mnemonic: Mnemonic, mnemonicRange: Range<Int>, prefixes: PrefixSet, segmentPrefix: Register?
    ) throws(Diagnostic) -> InstructionStatement {
        var instruction = Instruction(mnemonic, prefixes: prefixes, segmentPrefix: segmentPrefix)
        var ranges: [SourceRange] = []
        var symbolic: [SymbolicOperand] = []
        var explicitWidth = false
        cursor.skipSpaces()
        let isBranch = LineParser.isBranch(mnemonic)
        while !cursor.atEndOfStatement {
            if instruction.operands.isFull {
                throw diagnostic("too many operands", range: cursor.position..<cursor.end)
            }
            let start = cursor.position
            let index = instruction.operands.count
            let parsed = try parseOperand(isBranch: isBranch)
            if let width = parsed.branchWidth {
                instruction.branchWidth = width
                explicitWidth = true
            }
            instruction.operands.append(parsed.operand)
            if let expression = parsed.expression {
                symbolic.append(SymbolicOperand(index: index, expression: expression, role: parsed.role))
            }
            ranges.append(SourceRange(start: start, end: trimmedEnd(cursor.position, from: start)))
            cursor.skipSpaces()
            if cursor.atEndOfStatement { break }
            guard cursor.current == UInt8(ascii: ",") else {
                throw diagnostic("expected ',' between operands", at: cursor.position)
            }
            cursor.position += 1
            cursor.skipSpaces()
            if cursor.atEndOfStatement { throw diagnostic("expected an operand after ','", at: cursor.position) }
        }
        return InstructionStatement(
            instruction: instruction, mnemonicRange: sourceRange(mnemonicRange), operandRanges: ranges,
            symbolic: symbolic, explicitBranchWidth: explicitWidth)
    }

    private func trimmedEnd(_ end: Int, from start: Int) -> Int {
        var end = end
        while end > start, cursor.bytes[end - 1] == 0x20 || cursor.bytes[end - 1] == 0x09 { end -= 1 }
        return end
    }

    private static let branchMnemonics: Set<String> = {
        var names: Set<String> = ["jmp", "call", "loop", "loope", "loopne", "loopz", "loopnz", "jrcxz", "jecxz", "jcxz", "xbegin"]
        for spellings in ConditionCode.spellings { for s in spellings { names.insert("j" + s) } }
        return names
    }()

    static func isBranch(_ mnemonic: Mnemonic) -> Bool { branchMnemonics.contains(mnemonic.name) }

    struct ParsedOperand {
        var operand: Operand
        var expression: Expression?
        var role: OperandValueRole = .immediate
        var branchWidth: BranchWidth?
    }

    /// One operand: a register, a memory reference with optional size and segment, or an expression.
    mutating func parseOperand(isBranch: Bool) throws(Diagnostic) -> ParsedOperand {
        cursor.skipSpaces()
        var size: OperandSize?
        var branchWidth: BranchWidth?
        var wantsOffset = false
        // Keywords before the operand proper: size specifiers, `ptr`, `short`, `near`, `offset`.
        while true {
            var probe = cursor
            guard let word = probe.identifier(), let name = probe.packedName(word) else { break }
            if let keywordSize = OperandSize(keyword: name) {
                // `word` could also be a symbol; a size keyword is one only if an operand follows.
                probe.skipSpaces()
                if probe.atEndOfStatement || probe.current == UInt8(ascii: ",") { break }
                size = keywordSize
                cursor = probe
                var ptrProbe = cursor
                if let ptr = ptrProbe.identifier(), ptrProbe.packedName(ptr) == LineParser.ptrWord { cursor = ptrProbe }
                cursor.skipSpaces()
                continue
            }
            if name == LineParser.shortWord || name == LineParser.nearWord {
                branchWidth = name == LineParser.shortWord ? .short : .near
                cursor = probe
                cursor.skipSpaces()
                continue
            }
            if name == LineParser.offsetWord {
                wantsOffset = true
                cursor = probe
                cursor.skipSpaces()
                continue
            }
            break
        }

        let start = cursor.position
        // A segment register followed by ':' starts a memory operand (`fs:[rax]`, `fs:0x28`).
        var segment: Register?
        var probe = cursor
        if let word = probe.identifier(), let name = probe.packedName(word), let register = Register.named(name) {
            probe.skipSpaces()
            if register.kind == .segment, probe.current == UInt8(ascii: ":") {
                segment = register
                probe.position += 1
                probe.skipSpaces()
                cursor = probe
            } else if !wantsOffset {
                guard size == nil else {
                    throw diagnostic("a size specifier cannot apply to a register", range: start..<cursor.position)
                }
                cursor.position = word.upperBound
                return ParsedOperand(operand: .register(register), branchWidth: branchWidth)
            }
        }

        if cursor.current == UInt8(ascii: "[") || segment != nil {
            var memory = try parseMemory(size: size, segment: segment)
            // GNU also accepts a displacement after the brackets: `[rax]+8`, `[rax][rcx*2]`.
            memory.memory.size = size ?? memory.memory.size
            return ParsedOperand(operand: .memory(memory.memory), expression: memory.expression, role: memory.role)
        }

        let expression = try parseExpression()
        if let value = expression.constantValue {
            return ParsedOperand(operand: .imm(value), branchWidth: branchWidth)
        }
        return ParsedOperand(
            operand: .immediate(Immediate(0, isSymbolic: true)), expression: expression,
            role: isBranch ? .branchTarget : .immediate, branchWidth: branchWidth)
    }

    struct ParsedMemory {
        var memory: Memory
        var expression: Expression?
        var role: OperandValueRole
    }

    /// `[base + index*scale + displacement]`, NASM's `[fs:…]`, `[rel …]`, or a bare `seg:displacement`.
    mutating func parseMemory(size: OperandSize?, segment: Register?) throws(Diagnostic) -> ParsedMemory {
        var memory = Memory(size: size, segment: segment)
        var displacement: Expression?
        var forceRelative: Bool?
        let open = cursor.position
        if cursor.current != UInt8(ascii: "[") {
            // `fs:0x28`: an absolute address with a segment.
            let expression = try parseExpression()
            return finish(memory: memory, displacement: expression, forceRelative: false)
        }
        cursor.position += 1
        var sawTerm = false
        var negative = false
        while true {
            cursor.skipSpaces()
            if cursor.current == UInt8(ascii: "]") {
                guard sawTerm else { throw diagnostic("empty memory operand", at: cursor.position) }
                cursor.position += 1
                break
            }
            if cursor.atEnd { throw diagnostic("expected ']'", range: open..<cursor.position) }
            if sawTerm {
                if cursor.current == UInt8(ascii: "+") {
                    negative = false
                } else if cursor.current == UInt8(ascii: "-") {
                    negative = true
                } else {
                    throw diagnostic("expected '+', '-' or ']' in memory operand", at: cursor.position)
                }
                cursor.position += 1
                cursor.skipSpaces()
            }
            let termStart = cursor.position
            // A register, `register*scale`, `scale*register`, `seg:`, `rel`/`abs`, or an expression term.
            var probe = cursor
            if let word = probe.identifier(), let name = probe.packedName(word) {
                if !sawTerm, name == LineParser.relWord || name == LineParser.absWord {
                    probe.skipSpaces()
                    if Cursor.isIdentifierStart(probe.current) || Cursor.isDigit(probe.current) || probe.current == UInt8(ascii: "(") {
                        forceRelative = name == LineParser.relWord
                        cursor = probe
                        continue
                    }
                }
                if let register = Register.named(name) {
                    probe.skipSpaces()
                    if register.kind == .segment, probe.current == UInt8(ascii: ":") {
                        memory.segment = register
                        cursor = probe
                        cursor.position += 1
                        continue
                    }
                    guard !negative else { throw diagnostic("a register cannot be subtracted", range: word) }
                    var scale: Int64?
                    if probe.current == UInt8(ascii: "*") {
                        probe.position += 1
                        probe.skipSpaces()
                        cursor = probe
                        let factorStart = cursor.position
                        guard let value = try parseScaleFactor() else {
                            throw diagnostic("scale must be a number", at: factorStart)
                        }
                        scale = value
                    } else {
                        cursor.position = word.upperBound
                    }
                    try addRegister(register, scale: scale, to: &memory, range: termStart..<cursor.position)
                    sawTerm = true
                    continue
                }
            }
            if Cursor.isDigit(cursor.current) {
                // `8*rcx`.
                var probe = cursor
                if let factor = try? probe.scaleThenRegister() {
                    cursor = probe
                    guard !negative else { throw diagnostic("a register cannot be subtracted", range: termStart..<cursor.position) }
                    try addRegister(factor.register, scale: factor.scale, to: &memory, range: termStart..<cursor.position)
                    sawTerm = true
                    continue
                }
            }
            let term = try parseMultiplicativeTerm()
            let signed: Expression = negative ? .unary(.negate, term) : term
            if let existing = displacement {
                displacement = .binary(.add, existing, signed)
            } else {
                displacement = signed
            }
            if let value = displacement?.constantValue { displacement = .number(value) }
            sawTerm = true
        }
        // GNU's `[rax]+8`.
        cursor.skipSpaces()
        if cursor.current == UInt8(ascii: "+") || cursor.current == UInt8(ascii: "-") {
            let negate = cursor.current == UInt8(ascii: "-")
            cursor.position += 1
            let extra = try parseMultiplicativeTerm()
            let signed: Expression = negate ? .unary(.negate, extra) : extra
            displacement = displacement.map { .binary(.add, $0, signed) } ?? signed
            if let value = displacement?.constantValue { displacement = .number(value) }
        }
        return finish(memory: memory, displacement: displacement, forceRelative: forceRelative)
    }

    private func finish(memory: Memory, displacement: Expression?, forceRelative: Bool?) -> ParsedMemory {
        var memory = memory
        let relative = forceRelative ?? (state.defaultRelative && memory.segment?.number ?? 0 < 4)
        if memory.base == nil, memory.index == nil, relative {
            memory.base = .rip
            memory.displacementIsTarget = true
            if let value = displacement?.constantValue {
                memory.displacement = value
                return ParsedMemory(memory: memory, expression: nil, role: .ripTarget)
            }
            memory.displacementIsSymbolic = true
            return ParsedMemory(memory: memory, expression: displacement, role: .ripTarget)
        }
        guard let displacement else { return ParsedMemory(memory: memory, expression: nil, role: .displacement) }
        if let value = displacement.constantValue {
            memory.displacement = value
            return ParsedMemory(memory: memory, expression: nil, role: .displacement)
        }
        if memory.base?.kind == .rip || memory.base?.kind == .eip {
            memory.displacementIsTarget = true
            memory.displacementIsSymbolic = true
            return ParsedMemory(memory: memory, expression: displacement, role: .ripTarget)
        }
        memory.displacementIsSymbolic = true
        return ParsedMemory(memory: memory, expression: displacement, role: .displacement)
    }

    private mutating func parseScaleFactor() throws(Diagnostic) -> Int64? {
        let expression = try parseMultiplicativeTerm()
        return expression.constantValue
    }

    /// A term of a memory operand: an expression without top-level `+`/`-`.
    private mutating func parseMultiplicativeTerm() throws(Diagnostic) -> Expression {
        // Reuse the full expression grammar on a copy limited to this term.
        var limit = cursor.position
        var depth = 0
        let bytes = cursor.bytes
        var inQuote: UInt8 = 0
        while limit < cursor.end {
            let byte = bytes[limit]
            if inQuote != 0 {
                if byte == inQuote { inQuote = 0 }
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                inQuote = byte
            } else if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
            } else if depth == 0, byte == UInt8(ascii: "+") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ",")
                        || (byte == UInt8(ascii: "-") && limit > cursor.position) {
                break
            }
            limit += 1
        }
        var sub = LineParser(cursor: Cursor(bytes: bytes, position: cursor.position, end: limit), line: line, state: state)
        let expression = try sub.parseExpression()
        sub.cursor.skipSpaces()
        guard sub.cursor.atEnd else {
            throw diagnostic("unexpected text in memory operand", range: sub.cursor.position..<limit)
        }
        cursor.position = limit
        return expression
    }

    private func addRegister(_ register: Register, scale: Int64?, to memory: inout Memory, range: Range<Int>) throws(Diagnostic) {
        guard register.kind == .gp64 || register.kind == .gp32 || register.kind == .rip || register.kind == .eip || register.isGeneralPurpose else {
            throw diagnostic("'\(register.name)' cannot be used in an address", range: range)
        }
        if let scale {
            guard [1, 2, 4, 8].contains(scale) else { throw diagnostic("scale must be 1, 2, 4 or 8", range: range) }
            guard memory.index == nil else { throw diagnostic("an address can have only one index register", range: range) }
            memory.index = register
            memory.scale = UInt8(scale)
        } else if memory.base == nil {
            memory.base = register
        } else if memory.index == nil {
            memory.index = register
            memory.scale = 1
        } else {
            throw diagnostic("an address can have at most two registers", range: range)
        }
        if let index = memory.index, index.kind == .rip || index.kind == .eip {
            throw diagnostic("'\(index.name)' cannot be an index register", range: range)
        }
    }
}

extension Cursor {
    /// `8*rcx`: a scale, `*`, then a register; throws (cursor unchanged by the caller) otherwise.
    mutating func scaleThenRegister() throws -> (scale: Int64, register: Register) {
        let start = position
        while Cursor.isDigit(current) { position += 1 }
        guard position > start, let scale = Int64(text(start..<position)) else { throw CursorMiss() }
        skipSpaces()
        guard current == UInt8(ascii: "*") else { throw CursorMiss() }
        position += 1
        skipSpaces()
        guard let word = identifier(), let name = packedName(word), let register = Register.named(name) else { throw CursorMiss() }
        return (scale, register)
    }
}

struct CursorMiss: Error {}
