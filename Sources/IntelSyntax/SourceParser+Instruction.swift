import Diagnostics
import X86
import X86Assembler

extension SourceParser {
    /// `{vex}` or `{evex}` (the pseudo-prefixes that choose the encoding), then an instruction;
    /// the cursor is at the `{`.
    mutating func parsePseudoPrefixedInstruction() throws(Diagnostic) {
        let start = position
        var end = position + 1
        while end < lineEnd, base[end] != UInt8(ascii: "}") { end += 1 }
        guard end < lineEnd else { throw error("expected '}' to close the pseudo-prefix", at: lineEnd) }
        let pseudoPrefix: PrefixSet
        switch text(start + 1, end).lowercased() {
        case "vex", "vex2", "vex3": pseudoPrefix = .vex
        case "evex": pseudoPrefix = .evex
        default: throw error("expected {vex} or {evex}", from: start, to: end + 1)
        }
        position = end + 1
        skipSpaces()
        guard let word = identifier(), let found = keyword(word),
              found.kind == .mnemonic || found.kind == .branchMnemonic || found.kind == .prefix else {
            throw error("expected an instruction after the pseudo-prefix", at: position)
        }
        try parseInstruction(word, found, pseudoPrefixes: pseudoPrefix)
    }

    /// `[prefix…] mnemonic [operand {, operand}]`, starting at the first word, already read.
    mutating func parseInstruction(_ first: Token, _ firstKeyword: Keyword, pseudoPrefixes: PrefixSet = []) throws(Diagnostic) {
        var word = first
        var found = firstKeyword
        var prefixes = pseudoPrefixes
        var segmentPrefix: Register?
        var mnemonic = Mnemonic(id: 0)
        var isBranch = false
        words: while true {
            switch found.kind {
            case .mnemonic, .branchMnemonic:
                mnemonic = Mnemonic(id: found.payload)
                isBranch = found.kind == .branchMnemonic
                break words
            case .prefix:
                prefixes.insert(PrefixSet(rawValue: found.payload))
            case .register:
                segmentPrefix = keywords.register(found)
            default:
                throw error("expected an instruction, found '\(text(word))'", from: word.start, to: word.end)
            }
            skipSpaces()
            if atStatementEnd {
                // A prefix word that is also an instruction of its own.
                guard found.alsoMnemonic != 0 else {
                    throw error("expected an instruction after '\(text(word))'", at: position)
                }
                if found.kind == .prefix { prefixes.remove(PrefixSet(rawValue: found.payload)) } else { segmentPrefix = nil }
                mnemonic = Mnemonic(id: found.alsoMnemonic - 1)
                break words
            }
            guard let next = identifier() else { throw error("expected an instruction after '\(text(word))'", at: position) }
            guard let nextKeyword = keyword(next) else {
                throw unknownInstruction(next)
            }
            word = next
            found = nextKeyword
        }

        // One line value is reused: its inline lists need no filling again.
        line.reset(mnemonic: mnemonic)
        // Nor may a `bcst` of a line that failed before its end reach this one.
        broadcastOperand = nil
        line.foldsLabelArithmetic = dialect == .nasm
        line.instruction.prefixes = prefixes
        line.instruction.segmentPrefix = segmentPrefix
        line.mnemonicRange = word.range
        skipSpaces()
        if contextFree, isBranch, branchTargetNeedsContext() { throw needContext() }
        while !atStatementEnd {
            if current == UInt8(ascii: "{") {
                // `{rn-sae}` and `{sae}` stand where an operand would (llvm-mc's spelling).
                try parseDecoration(standalone: true)
            } else {
                guard line.instruction.operands.count < OperandList.capacity else {
                    throw error("too many operands", from: position, to: lineEnd)
                }
                try parseOperand(isBranch: isBranch)
            }
            skipSpaces()
            // `zmm1 {k1} {z}`, `[rax]{1to16}`, and GNU as's `zmm3{rn-sae}`.
            while current == UInt8(ascii: "{") {
                try parseDecoration(standalone: false)
                skipSpaces()
            }
            if atStatementEnd { break }
            guard current == UInt8(ascii: ",") else { throw error("expected ',' between operands", at: position) }
            position += 1
            skipSpaces()
            if atStatementEnd { throw error("expected an operand after ','", at: position) }
        }
        if let operand = broadcastOperand {
            broadcastOperand = nil
            try resolveBroadcast(operand)
        }
        if contextFree {
            guard line.symbolic.count == 0, lineEncoder.encode(line.instruction, appendingTo: &contextFreeOutput) else {
                throw needContext()
            }
            return
        }
        beginStatement()
        builder.emit(&line)
        if let recorder {
            recorder.record(
                .instruction(recorder.statement(line, builder: builder)),
                range: line.wholeRange, line: lineNumber)
        }
    }

    // MARK: EVEX decorations

    /// One `{…}` after an operand or in an operand's place: an opmask (`{k1}`…`{k7}`), zeroing
    /// (`{z}`), a broadcast of the memory operand just read (`{1to16}`), a rounding mode
    /// (`{rn-sae}`…) or `{sae}`. Whether the form takes it is the encoder's question. AT&T
    /// writes the opmask with its register sigil (`{%k1}`).
    mutating func parseDecoration(standalone: Bool, registerSigil: String = "") throws(Diagnostic) {
        let start = position
        position += 1
        var end = position
        while end < lineEnd, base[end] != UInt8(ascii: "}") { end += 1 }
        guard end < lineEnd else { throw error("expected '}' to close the decoration", at: lineEnd) }
        var word = text(position, end).lowercased().filter { $0 != " " }
        position = end + 1
        if !registerSigil.isEmpty, word.hasPrefix(registerSigil) { word.removeFirst(registerSigil.count) }
        var decorations = line.instruction.decorations
        let operands = line.instruction.operands
        func misplaced(_ what: String) -> Diagnostic {
            error("\(what) must follow an operand", from: start, to: position)
        }
        if let rounding = EmbeddedRounding(spelling: word) {
            guard decorations.rounding == nil else { throw error("a second rounding decoration", from: start, to: position) }
            decorations.rounding = rounding
        } else if standalone {
            throw error("expected an operand or a rounding decoration ({rn-sae}, {rd-sae}, {ru-sae}, {rz-sae}, {sae})",
                        from: start, to: position)
        } else if word == "z" {
            guard !operands.isEmpty else { throw misplaced("'{z}'") }
            decorations.zeroing = true
        } else if word.count == 2, word.first == "k", let number = word.last?.wholeNumberValue, number < 8 {
            guard number != 0 else { throw error("\(registerSigil)k0 cannot be an opmask: its encoding means no mask", from: start, to: position) }
            guard !operands.isEmpty else { throw misplaced("an opmask") }
            guard decorations.opmask == 0 else { throw error("a second opmask", from: start, to: position) }
            decorations.opmask = UInt8(number)
        } else if word.hasPrefix("1to"), let count = UInt8(word.dropFirst(3)), [2, 4, 8, 16, 32].contains(count) {
            guard let last = operands.indices.last, case .memory(var memory) = operands[last] else {
                throw error("a broadcast must follow a memory operand", from: start, to: position)
            }
            memory.broadcast = count
            line.instruction.operands[last] = .memory(memory)
        } else {
            throw error("unknown decoration '{\(word)}'", from: start, to: position)
        }
        line.instruction.decorations = decorations
    }

    // MARK: Operands

    /// One operand: a register, a memory reference, or a value.
    @inline(__always)
    private mutating func parseOperand(isBranch: Bool) throws(Diagnostic) {
        if isBranch, branchTargetName() { return }
        if registerOperand() { return }
        try parseGeneralOperand(isBranch: isBranch)
    }

    /// A branch's whole operand a name that is no keyword (`jne .L3`, `call memcpy@PLT`), as
    /// ``parseGeneralOperand(isBranch:)`` reads it, without first trying the word as a register,
    /// a size and a number (a tenth of a compiler's lines, each read three times over); false
    /// (cursor unmoved) for anything else.
    @inline(__always)
    private mutating func branchTargetName() -> Bool {
        let start = position
        guard let target = bareSymbol(inMemory: false, refusingKeywords: true) else { return false }
        let index = line.instruction.operands.count
        line.operandRanges.append(SourceRange(start: start, end: target.range.end))
        line.instruction.operands.append(.imm(0))
        line.symbolic.append(SymbolicSlot(operand: index, role: .branchTarget, value: target))
        return true
    }

    /// A plain register (most operands), read without the general path's large stack frame;
    /// false (cursor unmoved) for anything else, segment registers included (`fs:` may follow).
    @inline(__always)
    private mutating func registerOperand() -> Bool {
        let start = position
        guard isIdentifierStart(current), let token = identifier(), let found = keyword(token),
            found.kind == .register
        else {
            position = start
            return false
        }
        var register = keywords.register(found)
        guard register.kind != .segment else {
            position = start
            return false
        }
        if register.kind == .x87, current == UInt8(ascii: "(") || current == UInt8(ascii: " ") {
            // `st(3)`: the general path reads it, and reports a malformed one.
            guard let numbered = stackRegisterNumber() else {
                position = start
                return false
            }
            register = numbered
        }
        line.instruction.operands.append(.register(register))
        line.operandRanges.append(SourceRange(start: start, end: position))
        return true
    }

    /// After `st`: `(i)` makes it `st(i)`, i in 0…7; nothing else (cursor unmoved) leaves `st`,
    /// the top of the stack. Nil when a `(` follows that does not make a valid `st(i)`.
    mutating func stackRegisterNumber() -> Register? {
        let start = position
        skipSpaces()
        guard current == UInt8(ascii: "(") else {
            position = start
            return Register(.x87, 0)
        }
        position += 1
        skipSpaces()
        let digit = current &- UInt8(ascii: "0")
        guard digit < 8 else { return nil }
        position += 1
        skipSpaces()
        guard current == UInt8(ascii: ")") else { return nil }
        position += 1
        return Register(.x87, digit)
    }

    /// True when the `[` at the cursor opens a size (`[QWORD PTR [r15]]`); the cursor stays.
    private mutating func bracketsSizedOperand() -> Bool {
        let saved = position
        defer { position = saved }
        position += 1
        skipSpaces()
        // Size words start with one of these; registers mostly do not, so most operands stop here.
        switch current | 0x20 {
        case UInt8(ascii: "b"), UInt8(ascii: "w"), UInt8(ascii: "d"), UInt8(ascii: "q"), UInt8(ascii: "t"),
             UInt8(ascii: "o"), UInt8(ascii: "x"), UInt8(ascii: "y"), UInt8(ascii: "z"), UInt8(ascii: "f"),
             UInt8(ascii: "m"):
            break
        default:
            return false
        }
        guard let token = identifier(), let found = keyword(token) else { return false }
        return found.kind == .size
    }

    /// Any operand, with its leading words (sizes, `short`, `offset`, segment overrides).
    @inline(never)
    private mutating func parseGeneralOperand(isBranch: Bool) throws(Diagnostic) {
        let start = position
        var size: OperandSize?
        var width: BranchWidth?
        var wantsOffset = false
        var far = false
        // `far ptr` is GNU's spelling, whose 64-bit default offset is 32 bits (NASM's is 64).
        var farPtr = false
        var strict = false
        // Words before the operand proper: a size (`dword`, `dword ptr`), `short`, `near`, `offset`.
        words: while true {
            let saved = position
            guard isIdentifierStart(current), let token = identifier(), let found = keyword(token) else {
                position = saved
                break
            }
            switch found.kind {
            case .size:
                // `word` alone could be a symbol; it is a size only when an operand follows.
                if wordStandsAlone() {
                    position = saved
                    break words
                }
                size = OperandSize(rawValue: Int(found.payload))
                skipPtr()
                if skipBroadcastWord() { broadcastOperand = line.instruction.operands.count }
            case .short, .near:
                width = found.kind == .short ? .short : .near
                skipSpaces()
            case .offset:
                wantsOffset = true
                skipSpaces()
            case .strict:
                // `strict` alone is a symbol; `strict dword 5` fixes the immediate's width (NASM).
                if wordStandsAlone() {
                    position = saved
                    break words
                }
                strict = true
            case .far:
                // `far` alone is a symbol; `far ptr …`, `far [..]` ask for a far operand.
                if wordStandsAlone() {
                    position = saved
                    break words
                }
                far = true
                line.instruction.branchWidth = .far
                let beforePtr = position
                skipPtr()
                if position != beforePtr { farPtr = true }
            case .register:
                var register = keywords.register(found)
                if register.kind == .x87, register.number == 0 {
                    guard let numbered = stackRegisterNumber() else {
                        throw error("an x87 register is written st(0) … st(7)", from: token.start, to: position)
                    }
                    register = numbered
                    let end = position
                    skipSpaces()
                    if size != nil { throw error("a size specifier cannot apply to a register", from: start, to: end) }
                    line.instruction.operands.append(.register(register))
                    line.operandRanges.append(SourceRange(start: start, end: end))
                    return
                }
                skipSpaces()
                if register.kind == .segment, current == UInt8(ascii: ":") {
                    position += 1
                    skipSpaces()
                    try parseMemoryOperand(size: size, segment: register, start: start)
                    return
                }
                if wantsOffset { throw error("'offset' needs a symbol or a number, not a register", from: token.start, to: token.end) }
                if size != nil { throw error("a size specifier cannot apply to a register", from: start, to: token.end) }
                position = token.end
                line.instruction.operands.append(.register(register))
                line.operandRanges.append(SourceRange(start: start, end: token.end))
                return
            default:
                position = saved
                break words
            }
        }

        if far {
            // `jmp far [bx]`: a selector and an offset of the mode's operand size (m16:16 in
            // 16-bit code, m16:32 in 32-bit code, m16:64 in 64-bit code as NASM reads it, m16:32
            // there for GNU as's `jmp far ptr [rbx]`); a size before or after `far` is the
            // offset's (`jmp dword far [bx]` and `jmp far dword [bx]` are m16:32,
            // `jmp far qword [rax]` m16:64).
            switch size {
            case nil:
                switch builder.codeMode {
                case .bits16: size = .dword
                case .bits32: size = .fword
                case .bits64: size = farPtr || dialect == .gnu ? .fword : .tbyte
                }
            case .word?: size = .dword
            case .dword?: size = .fword
            case .qword?: size = .tbyte
            default: break
            }
        }
        skipFlatSegment()
        if current == UInt8(ascii: "["), size == nil, bracketsSizedOperand() {
            // GCC's `call [QWORD PTR [r15]]`: brackets around a sized memory operand add nothing.
            position += 1
            try parseGeneralOperand(isBranch: isBranch)
            skipSpaces()
            guard current == UInt8(ascii: "]") else { throw error("expected ']'", at: position) }
            position += 1
            return
        }
        if current == UInt8(ascii: "[") {
            if let memory = plainMemory(size: size) {
                line.operandRanges.append(SourceRange(start: start, end: trimmedEnd(from: start)))
                line.instruction.operands.append(.memory(memory))
                return
            }
            try parseMemoryOperand(size: size, segment: nil, start: start)
            return
        }
        if strict, size == nil { throw error("'strict' needs a size after it ('strict dword 5')", from: start, to: position) }
        parsingBranchTarget = isBranch
        defer { parsingBranchTarget = false }
        let value: Value
        if let number = immediateNumber() {
            value = Value(constant: number)
        } else if let symbol = bareSymbol(inMemory: false) {
            value = symbol
        } else {
            value = try parseValue()
        }
        if current == UInt8(ascii: "[") {
            // GNU's `table[rbx*8]`: a displacement in front of the brackets.
            try parseMemoryOperand(size: size, segment: nil, start: start, displacement: value)
            return
        }
        let afterValue = position
        skipSpaces()
        if current == UInt8(ascii: ":"), !wantsOffset {
            if let size, !far { try noteImmediateSize(size, strict: strict, start: start) }
            try parseFarPointer(selector: value, start: start)
            return
        }
        position = afterValue
        let index = line.instruction.operands.count
        line.operandRanges.append(SourceRange(start: start, end: trimmedEnd(from: start)))
        if isBranch && size == nil {
            line.instruction.operands.append(.imm(0))
            line.symbolic.append(SymbolicSlot(operand: index, role: .branchTarget, value: value))
            if let width {
                line.instruction.branchWidth = width
                line.explicitBranchWidth = true
            }
            return
        }
        if let constant = resolvedNow(value) {
            if let size, !far { try noteImmediateSize(size, strict: strict, start: start) }
            line.instruction.operands.append(.imm(constant))
            return
        }
        if dialect == .gnu && !wantsOffset {
            // GNU reads a bare symbol as the memory at it, as llvm-mc does.
            var memory = Memory(size: size)
            memory.displacementIsSymbolic = true
            line.instruction.operands.append(.memory(memory))
            line.symbolic.append(SymbolicSlot(operand: index, role: .displacement, value: value))
            return
        }
        if let size, !far { try noteImmediateSize(size, strict: strict, start: start) }
        line.instruction.operands.append(.immediate(Immediate(0, isSymbolic: true)))
        line.symbolic.append(SymbolicSlot(operand: index, role: .immediate, value: value))
    }

    /// A size word before an immediate, as NASM reads it: on the instruction's only operand
    /// (`push word 5`, `jmp dword 0x8:0x1000`) the operand size; after `strict`, the width of
    /// the immediate field as well. Elsewhere (`add eax, byte 5`) a hint the encoder's choice
    /// of the shortest form already follows.
    private mutating func noteImmediateSize(_ size: OperandSize, strict: Bool, start: Int) throws(Diagnostic) {
        if strict {
            guard size == .byte || size == .word || size == .dword else {
                throw error("'strict' takes byte, word or dword before an immediate", from: start, to: position)
            }
            line.instruction.immediateSizing.strictBytes = UInt8(size.bytes)
        }
        if line.instruction.operands.isEmpty, peekIsLastOperand(), size == .word || size == .dword || size == .qword {
            line.instruction.immediateSizing.operandBits = UInt8(size.bits)
        }
    }

    /// Whether no `,` follows on the line (outside brackets, parentheses and quotes): the
    /// operand being read is the last.
    private func peekIsLastOperand() -> Bool {
        var i = position
        var depth = 0
        while i < lineEnd {
            let c = base[i]
            if c == UInt8(ascii: ";") || c == UInt8(ascii: "#") { break }
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") { depth += 1 }
            if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") { depth -= 1 }
            if c == UInt8(ascii: ","), depth == 0 { return false }
            i += 1
        }
        return true
    }

    /// `selector:offset` (`jmp 0x08:start32`), a far pointer, after the selector and at the `:`.
    /// The selector must be known here; the offset may be a label.
    private mutating func parseFarPointer(selector: Value, start: Int) throws(Diagnostic) {
        let selectorEnd = position
        position += 1
        skipSpaces()
        let known = resolvedNow(selector)
        if let known, !(0...0xFFFF ~= known) {
            throw error("the selector of a far pointer must be within 0...0xffff", from: start, to: selectorEnd)
        }
        let offset = try parseValue()
        let index = line.instruction.operands.count
        line.operandRanges.append(SourceRange(start: start, end: trimmedEnd(from: start)))
        let constant = resolvedNow(offset)
        if let constant, !(0...Int64(UInt32.max) ~= constant) {
            throw error("the offset of a far pointer must be within 0...0xffffffff", from: selectorEnd + 1, to: position)
        }
        line.instruction.operands.append(.farPointer(
            selector: UInt16(truncatingIfNeeded: known ?? 0), offset: UInt32(truncatingIfNeeded: constant ?? 0)))
        if known == nil { line.symbolic.append(SymbolicSlot(operand: index, role: .farSelector, value: selector)) }
        if constant == nil { line.symbolic.append(SymbolicSlot(operand: index, role: .immediate, value: offset)) }
    }

    /// `[base + index*scale + displacement]` in any order, with NASM's `[rel …]`, `[abs …]`
    /// and `[fs:…]`, GNU's `[rax]+8` and `[rax][rcx]`, or `seg:displacement` without brackets.
    private mutating func parseMemoryOperand(
        size: OperandSize?, segment: Register?, start: Int,
        displacement initial: Value? = nil
    ) throws(Diagnostic) {
        var memory = Memory(size: size, segment: segment)
        var displacement = initial
        var forceRelative: Bool?
        if current != UInt8(ascii: "[") {
            // `fs:0x28`: an absolute address with a segment.
            displacement = try parseValue()
            forceRelative = false
        }
        while current == UInt8(ascii: "[") {
            let open = position
            position += 1
            var first = true
            var negative = false
            // GCC nests brackets: `[QWORD PTR .L4[0+rdi*8]]` is `.L4 + rdi*8`.
            var nested = 0
            while true {
                skipSpaces()
                if current == UInt8(ascii: "]") {
                    if first && displacement == nil && memory.base == nil && memory.index == nil {
                        throw error("empty memory operand", from: open, to: position + 1)
                    }
                    position += 1
                    if nested > 0 {
                        nested -= 1
                        continue
                    }
                    break
                }
                if position >= lineEnd { throw error("expected ']'", from: open, to: position) }
                if !first {
                    if current == UInt8(ascii: "+") || current == UInt8(ascii: "[") {
                        if current == UInt8(ascii: "[") { nested += 1 }
                        negative = false
                    } else if current == UInt8(ascii: "-") {
                        negative = true
                    } else {
                        throw error("expected '+', '-' or ']' in the memory operand", at: position)
                    }
                    position += 1
                    skipSpaces()
                }
                let termStart = position
                if isIdentifierStart(current), let token = identifier(), let found = keyword(token) {
                    if first, found.kind == .rel || found.kind == .abs {
                        forceRelative = found.kind == .rel
                        continue
                    }
                    if first, found.kind == .size {
                        // GNU's size inside the brackets (`[QWORD PTR x]`).
                        if memory.size == nil { memory.size = OperandSize(rawValue: Int(found.payload)) }
                        skipSpaces()
                        skipPtr()
                        continue
                    }
                    if found.kind == .register {
                        let register = keywords.register(found)
                        skipSpaces()
                        if register.kind == .segment, current == UInt8(ascii: ":") {
                            memory.segment = register
                            position += 1
                            continue
                        }
                        if negative { throw error("a register cannot be subtracted", from: token.start, to: token.end) }
                        var scale: Int64?
                        if current == UInt8(ascii: "*") {
                            position += 1
                            skipSpaces()
                            let factorStart = position
                            let factorValue: Value
                            if let number = plainNumber() {
                                factorValue = Value(constant: Int64(bitPattern: number))
                            } else {
                                factorValue = try parseValue(minimumPrecedence: SourceParser.multiplicative + 1)
                            }
                            guard let factor = numberNow(factorValue) else {
                                throw error("the scale must be a number", from: factorStart, to: position)
                            }
                            scale = factor
                        } else {
                            position = token.end
                        }
                        try addRegister(register, scale: scale, to: &memory, from: termStart)
                        first = false
                        continue
                    }
                }
                position = termStart
                if ByteClass.isDigit(current), let (scale, register) = scaleTimesRegister() {
                    if negative { throw error("a register cannot be subtracted", from: termStart, to: position) }
                    try addRegister(register, scale: scale, to: &memory, from: termStart)
                    first = false
                    continue
                }
                if current | 0x20 == UInt8(ascii: "r") || current | 0x20 == UInt8(ascii: "e"),
                   try zeroIndexTerm(negative: negative, into: &memory, from: termStart) {
                    first = false
                    continue
                }
                var term: Value
                if let number = plainNumber() {
                    let magnitude = Int64(bitPattern: number)
                    term = Value(constant: negative ? 0 &- magnitude : magnitude)
                } else if let symbol = bareSymbol(inMemory: true) {
                    term = negative ? try combineUnary(.negate, symbol, at: termStart) : symbol
                } else {
                    term = try parseValue(minimumPrecedence: SourceParser.multiplicative)
                    if negative { term = try combineUnary(.negate, term, at: termStart) }
                }
                if let sum = displacement {
                    displacement = try combine(.add, sum, term, at: termStart)
                } else {
                    displacement = term
                }
                first = false
            }
        }
        // GNU's `[rax]+8` and `[rax]-8`.
        skipSpaces()
        while current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
            let operatorPosition = position
            let negate = current == UInt8(ascii: "-")
            position += 1
            var term = try parseValue(minimumPrecedence: SourceParser.multiplicative)
            if negate { term = try combineUnary(.negate, term, at: operatorPosition) }
            if let sum = displacement {
                displacement = try combine(.add, sum, term, at: operatorPosition)
            } else {
                displacement = term
            }
            skipSpaces()
        }
        let index = line.instruction.operands.count
        line.operandRanges.append(SourceRange(start: start, end: trimmedEnd(from: start)))

        // Without registers, the address depends on `default rel`.
        if contextFree, memory.base == nil, memory.index == nil { throw needContext() }
        let relative = forceRelative ?? (defaultRelative && !legacyMode && (memory.segment?.number ?? 0) < 4)
        if memory.base == nil && memory.index == nil && relative {
            // An absolute target reached RIP-relatively: the distance depends on where the
            // instruction lands, so it is always resolved after layout.
            memory.base = .rip
            memory.displacementIsTarget = true
            memory.displacementIsSymbolic = true
            line.instruction.operands.append(.memory(memory))
            line.symbolic.append(SymbolicSlot(operand: index, role: .ripTarget, value: displacement ?? Value(constant: 0)))
            return
        }
        appendMemory(memory, displacement: displacement, operand: index)
    }

    /// Adds memory operand number `index` with its displacement: folded in when it is known
    /// now, else left for the assembler (for a RIP-relative one, the distance to it).
    mutating func appendMemory(_ memory: Memory, displacement: Value?, operand index: Int) {
        var memory = memory
        guard let displacement else {
            line.instruction.operands.append(.memory(memory))
            return
        }
        if memory.isRIPRelative {
            if displacement.isConstant {
                memory.displacement = displacement.constant
                line.instruction.operands.append(.memory(memory))
                return
            }
            memory.displacementIsTarget = true
            memory.displacementIsSymbolic = true
            line.instruction.operands.append(.memory(memory))
            line.symbolic.append(SymbolicSlot(operand: index, role: .ripTarget, value: displacement))
            return
        }
        if let constant = resolvedNow(displacement) {
            memory.displacement = constant
            line.instruction.operands.append(.memory(memory))
            return
        }
        memory.displacementIsSymbolic = true
        line.instruction.operands.append(.memory(memory))
        line.symbolic.append(SymbolicSlot(operand: index, role: .displacement, value: displacement))
    }

    /// The common address shapes, `[base]`, `[base + index*scale ± number]` and their
    /// reorderings, with 64- or 32-bit general registers and plain numbers only, read in one
    /// pass. Anything else (symbols, expressions, `rip`, segments, sizes or GNU's forms around
    /// the brackets, and every error) returns false with the cursor unmoved, for
    /// ``parseMemoryOperand`` to read, so that what it accepts and reports stays the only rule.
    /// On success the cursor is past the spaces after the `]`.
    @inline(__always)
    mutating func plainMemory(size: OperandSize?) -> Memory? {
        let saved = position
        var base: Register?
        var index: Register?
        var scale: UInt8 = 0
        var displacement: Int64?
        var negative = false
        position += 1
        skipSpaces()
        while true {
            if isIdentifierStart(current) {
                guard !negative, let token = identifier(), let found = keyword(token), found.kind == .register else {
                    position = saved
                    return nil
                }
                let register = keywords.register(found)
                guard register.kind == .gp64 || register.kind == .gp32 else {
                    position = saved
                    return nil
                }
                skipSpaces()
                if current == UInt8(ascii: "*") {
                    position += 1
                    skipSpaces()
                    guard index == nil, let factor = plainNumber(), factor == 1 || factor == 2 || factor == 4 || factor == 8 else {
                        position = saved
                        return nil
                    }
                    index = register
                    scale = UInt8(factor)
                    skipSpaces()
                } else if base == nil {
                    base = register
                } else if index == nil {
                    index = register
                    scale = 1
                } else {
                    position = saved
                    return nil
                }
            } else if ByteClass.isDigit(current), displacement == nil, let number = plainNumber() {
                let magnitude = Int64(bitPattern: number)
                displacement = negative ? 0 &- magnitude : magnitude
                skipSpaces()
            } else {
                position = saved
                return nil
            }
            let next = current
            if next == UInt8(ascii: "]") { break }
            guard next == UInt8(ascii: "+") || next == UInt8(ascii: "-") else {
                position = saved
                return nil
            }
            negative = next == UInt8(ascii: "-")
            position += 1
            skipSpaces()
        }
        position += 1
        skipSpaces()
        guard base != nil || index != nil, atStatementEnd || current == UInt8(ascii: ",") else {
            position = saved
            return nil
        }
        var memory = Memory(size: size, segment: nil)
        memory.base = base
        memory.index = index
        if index != nil { memory.scale = scale }
        if let displacement { memory.displacement = displacement }
        return memory
    }

    /// The number an operand's value is before layout, if it is one to use as such: NASM
    /// uses every value known now; GNU (as llvm-mc) not those computed from labels.
    mutating func resolvedNow(_ value: Value) -> Int64? {
        if value.isConstant { return value.constant }
        if dialect == .gnu, builder.mentionsLabels(value) { return nil }
        return builder.resolveNow(value)
    }

    /// GCC writes `OFFSET FLAT:sym` and `DWORD PTR FLAT:sym`: the flat segment, which adds
    /// nothing. Skipped when present.
    private mutating func skipFlatSegment() {
        guard current | 0x20 == UInt8(ascii: "f") else { return }
        let saved = position
        if let token = identifier(), token.end - token.start == 4, token.low == SourceParser.flatWord {
            skipSpaces()
            if current == UInt8(ascii: ":") {
                position += 1
                skipSpaces()
                return
            }
        }
        position = saved
    }

    /// `ptr` after a size word and the spaces after it, skipped when present: compared in
    /// place, as the keyword table would find it, without reading a token.
    @inline(__always)
    mutating func skipPtr() {
        let at = position
        guard at + 3 <= lineEnd, base[at] | 0x20 == UInt8(ascii: "p"), base[at + 1] | 0x20 == UInt8(ascii: "t"),
              base[at + 2] | 0x20 == UInt8(ascii: "r"), at + 3 == lineEnd || !isIdentifierByte(base[at + 3])
        else { return }
        position = at + 3
        skipSpaces()
    }

    /// GNU as's `bcst` after a size word (`dword bcst [rax]`: one dword, repeated), skipped with
    /// the spaces after it; false (cursor unmoved) when absent.
    @inline(__always)
    private mutating func skipBroadcastWord() -> Bool {
        let at = position
        guard at + 4 <= lineEnd, isBroadcastWord(at: at), at + 4 == lineEnd || !isIdentifierByte(base[at + 4]) else { return false }
        position = at + 4
        skipSpaces()
        return true
    }

    /// Whether the four bytes at `at` spell `bcst` (which must be in the line).
    func isBroadcastWord(at: Int) -> Bool {
        base[at] | 0x20 == UInt8(ascii: "b") && base[at + 1] | 0x20 == UInt8(ascii: "c")
            && base[at + 2] | 0x20 == UInt8(ascii: "s") && base[at + 3] | 0x20 == UInt8(ascii: "t")
    }

    /// Whether a symbol's name starts at the cursor: a word, or `.` followed by one (`.` alone
    /// is the current address). Inlined: called from a mutating method, the getter took a copy
    /// of the whole parser (1.8 KB) each time, once per `[rip + name]` of a big file.
    @inline(__always)
    var atSymbolName: Bool {
        let byte = current
        return isIdentifierStart(byte) && (byte != UInt8(ascii: ".") || isIdentifierByte(peek(1)))
    }

    /// Gives the operand written with `bcst` its count: the smallest (`{1to2}` first) that a form
    /// of the instruction takes, as the vector registers beside it decide.
    @inline(never)
    private mutating func resolveBroadcast(_ operand: Int) throws(Diagnostic) {
        let range = operand < line.operandRanges.count ? line.operandRanges[operand] : SourceRange(start: position, end: position)
        guard operand < line.instruction.operands.count, case .memory(var memory) = line.instruction.operands[operand],
              memory.size != nil
        else { throw error("'bcst' must come between a size and a memory operand", from: range.start, to: range.end) }
        // `dword bcst [rax]{1to8}`: the count written wins.
        if memory.broadcast != 0 { return }
        for count: UInt8 in [2, 4, 8, 16, 32] {
            memory.broadcast = count
            var trial = line.instruction
            trial.operands[operand] = .memory(memory)
            if (try? builder.encoder.encode(trial, at: 0, cache: &probeCache)) != nil {
                line.instruction = trial
                return
            }
        }
        // No count fits: `{1to16}` shows what the encoder says.
        memory.broadcast = memory.size.map { UInt8(clamping: max(2, 512 / $0.bits)) } ?? 16
        line.instruction.operands[operand] = .memory(memory)
    }

    /// `flat` packed as ``Token/low`` packs it.
    private static let flatWord: UInt64 = 0x7461_6C66

    /// An immediate written as a plain number, optionally negative, that is the whole
    /// operand; nil (cursor unmoved) for anything else.
    @inline(__always)
    mutating func immediateNumber() -> Int64? {
        let start = position
        let negative = current == UInt8(ascii: "-")
        if negative { position += 1 }
        guard let number = plainNumber() else {
            position = start
            return nil
        }
        let end = position
        skipSpaces()
        guard atStatementEnd || current == UInt8(ascii: ",") else {
            position = start
            return nil
        }
        position = end
        let value = Int64(bitPattern: number)
        return negative ? 0 &- value : value
    }

    /// A symbol name that is a whole operand (`jmp .L3`), or a whole term of an address
    /// (`[rip + .LC0]`): the value ``parseValue(minimumPrecedence:)`` gives it, read without
    /// the expression machinery. Nil (cursor unmoved) for anything else, `$` and `.` included.
    /// With `refusingKeywords`, a word that is any keyword (`short`, `byte`) is refused too, not
    /// only a register.
    @inline(__always)
    mutating func bareSymbol(inMemory: Bool, refusingKeywords: Bool = false) -> Value? {
        let start = position
        // Context-free lines leave symbols to the whole-file parse (see ``parseAtom``).
        guard !contextFree, atSymbolName, let token = identifier()
        else { return nil }
        if let found = keyword(token), refusingKeywords || found.kind == .register {
            position = start
            return nil
        }
        skipSpaces()
        let next = current
        let ends = inMemory
            ? next == UInt8(ascii: "]") || next == UInt8(ascii: "+") || next == UInt8(ascii: "-")
            : atStatementEnd || next == UInt8(ascii: ",")
        guard ends else {
            position = start
            return nil
        }
        if let modified = modifiedSymbol(token) { return Value(symbol: modified, range: token.range) }
        return Value(symbol: symbol(token, definesScope: false), range: token.range)
    }

    /// The cursor with the spaces before it left out: where an operand ends.
    @inline(__always)
    func trimmedEnd(from start: Int) -> Int {
        var end = position
        while end > start, isSpace(base[end - 1]) { end -= 1 }
        return end
    }

    /// `8*rcx`: a scale, `*`, then a register; nil (cursor unmoved) otherwise.
    private mutating func scaleTimesRegister() -> (Int64, Register)? {
        let saved = position
        var scale: Int64 = 0
        while ByteClass.isDigit(current), scale < 100 {
            scale = scale * 10 + Int64(current - 48)
            position += 1
        }
        skipSpaces()
        guard !isIdentifierByte(current), current == UInt8(ascii: "*") else {
            position = saved
            return nil
        }
        position += 1
        skipSpaces()
        guard let token = identifier() else {
            position = saved
            return nil
        }
        guard let found = keyword(token), found.kind == .register else {
            // `8*riz`: GNU's zero index (see ``zeroIndexTerm(negative:into:from:)``).
            if token.end - token.start == 3, let zero = zeroIndexNamed(at: token.start) { return (scale, zero) }
            position = saved
            return nil
        }
        return (scale, keywords.register(found))
    }

    // `mutating` only so that the parser is passed by reference: calling a non-mutating
    // method from a mutating one copies the whole parser.
    mutating func addRegister(_ register: Register, scale: Int64?, to memory: inout Memory, from start: Int) throws(Diagnostic) {
        let end = position
        switch register.kind {
        case .gp64, .gp32, .rip, .eip:
            break
        case .gp16 where builder.codeMode != .bits64:
            // 16-bit addresses (`[bx+si]`): the encoder checks the pairs.
            break
        case .xmm, .ymm, .zmm:
            // A VSIB address (gathers): the vector register is always the index.
            guard memory.index == nil else { throw error("an address can have only one index register", from: start, to: end) }
            guard scale == nil || scale == 1 || scale == 2 || scale == 4 || scale == 8 else {
                throw error("the scale must be 1, 2, 4 or 8", from: start, to: end)
            }
            memory.index = register
            memory.scale = UInt8(scale ?? 1)
            return
        default:
            throw error("'\(register.name)' cannot be used in an address", from: start, to: end)
        }
        if let scale {
            guard scale == 1 || scale == 2 || scale == 4 || scale == 8 else {
                throw error("the scale must be 1, 2, 4 or 8", from: start, to: end)
            }
            guard memory.index == nil else { throw error("an address can have only one index register", from: start, to: end) }
            memory.index = register
            memory.scale = UInt8(scale)
        } else if memory.base == nil {
            memory.base = register
        } else if memory.index == nil {
            memory.index = register
            memory.scale = 1
        } else {
            throw error("an address can have at most two registers", from: start, to: end)
        }
        if let index = memory.index, index.kind == .rip || index.kind == .eip {
            throw error("'\(index.name)' cannot be an index register", from: start, to: end)
        }
    }

    /// After a word that qualifies an operand (`dword`, `strict`, `far`): whether nothing
    /// follows it in the operand, which makes the word a symbol's name instead.
    @inline(__always)
    private mutating func wordStandsAlone() -> Bool {
        skipSpaces()
        return atStatementEnd || current == UInt8(ascii: ",")
    }
}
