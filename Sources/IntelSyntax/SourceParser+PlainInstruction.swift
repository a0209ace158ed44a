import X86

extension SourceParser {
    /// Context-free mode's short way for the line most of a compiler's output is made of: a
    /// mnemonic and operands that are registers, plain numbers, and `[base + index*scale ± number]`
    /// with an optional `size ptr` in front, read into `instruction` in one pass. Nothing else is
    /// taken: any other word, spelling or error returns ``PlainLine/wholeParse`` for the whole
    /// parse to read the line from its start, so what it accepts and reports stays the only
    /// rule. The pieces are
    /// the whole parse's own (``plainMemory(size:)``, ``immediateNumber()``); only
    /// the layers around them are left out.
    ///
    /// ``PlainLine/read`` with the cursor at the end of the statement (the line's end, or a
    /// comment). A line that shows it needs the whole file (a label, a directive: the whole
    /// parse's own tests; an operand naming a symbol) is ``PlainLine/needsContext``, and no
    /// thread but the main parse reads it again, except a branch to a name
    /// (``PlainLine/branchToName``) and, with ``readsLabels``, an address of a label read into
    /// ``plainTarget``, which the main parse places from what was read here.
    mutating func readPlainInstruction(into instruction: inout Instruction) -> PlainLine {
        guard let (word, found) = contextFreeInstructionWord() else { return .needsContext }
        // A branch through a register or memory (`jmp rax`, `call qword ptr [rbx + 8]`) depends on
        // nothing but its operands, as any instruction does; one to a label or a number is placed
        // by layout, and one to a label's address in memory (`jmp [rip + table]`) by the general path.
        let isBranch = found.kind == .branchMnemonic
        switch found.kind {
        case .mnemonic:
            break
        case .branchMnemonic:
            var target: Token?
            if branchTargetNeedsContext(name: &target) {
                branchMnemonic = (found.payload, word, target)
                return .branchToName
            }
            if atStatementEnd { return .wholeParse }
        default:
            return .wholeParse
        }
        let mnemonic = Mnemonic(id: found.payload)
        instruction.reset(mnemonic: mnemonic)
        lineEncoder.startShape(&plainShape, of: mnemonic)
        while !atStatementEnd {
            guard instruction.operands.count < OperandList.capacity else { return .wholeParse }
            let operandStart = position
            if isIdentifierStart(current) {
                // Each word is looked up once: a register, or a size before brackets (`dword ptr [rax]`).
                guard let word = identifier() else { return .wholeParse }
                let found = keyword(word)
                if found == nil {
                    // A symbol, which only the whole file gives a value (GCC's `FLAT:` aside),
                    // unless it is GCC's `name[rip]`, read for the main parse to place.
                    guard !isBranch, let memory = ripTargetAfterName(word, size: nil, operand: instruction.operands.count, from: operandStart) else {
                        skipSpaces()
                        return current == UInt8(ascii: ":") ? .wholeParse : .needsContext
                    }
                    appendPlain(memory, to: &instruction)
                } else if let found, found.kind == .register {
                    let register = keywords.register(found)
                    // `fs:[…]` and `st(1)` are the whole parse's.
                    guard register.kind != .segment, register.kind != .x87 else { return .wholeParse }
                    appendPlain(register, to: &instruction)
                } else {
                    guard let found, found.kind == .size, let size = OperandSize(rawValue: Int(found.payload)) else { return .wholeParse }
                    skipSpaces()
                    skipPtr()
                    let memory: Memory
                    if current == UInt8(ascii: "[") {
                        guard let plain = plainMemory(size: size)
                                ?? (isBranch ? nil : ripTargetMemory(size: size, operand: instruction.operands.count, from: operandStart))
                        else { return bracketsNameSymbol() ? .needsContext : .wholeParse }
                        memory = plain
                    } else {
                        // GCC's `QWORD PTR .LC0[rip]`.
                        guard !isBranch, isIdentifierStart(current), let name = identifier(),
                              let named = ripTargetAfterName(name, size: size, operand: instruction.operands.count, from: operandStart)
                        else { return .wholeParse }
                        memory = named
                    }
                    appendPlain(memory, to: &instruction)
                }
            } else if current == UInt8(ascii: "[") {
                guard let memory = plainMemory(size: nil)
                        ?? (isBranch ? nil : ripTargetMemory(size: nil, operand: instruction.operands.count, from: operandStart))
                else { return bracketsNameSymbol() ? .needsContext : .wholeParse }
                appendPlain(memory, to: &instruction)
            } else if !isBranch, let number = immediateNumber() {
                appendPlain(Immediate(number), to: &instruction)
            } else {
                return .wholeParse
            }
            skipSpaces()
            if atStatementEnd { break }
            guard current == UInt8(ascii: ",") else { return .wholeParse }
            position += 1
            skipSpaces()
            if atStatementEnd { return .wholeParse }
        }
        return .read
    }

    /// Appends a register read the short way, and its part of ``plainShape``.
    @inline(__always)
    private mutating func appendPlain(_ register: Register, to instruction: inout Instruction) {
        instruction.operands.append(.register(register))
        plainShape.add(register)
    }

    /// Appends an address read the short way, and its part of ``plainShape``.
    @inline(__always)
    private mutating func appendPlain(_ memory: Memory, to instruction: inout Instruction) {
        instruction.operands.append(.memory(memory))
        plainShape.add(memory)
    }

    /// Appends a number read the short way, and its part of ``plainShape``.
    @inline(__always)
    private mutating func appendPlain(_ immediate: Immediate, to instruction: inout Instruction) {
        instruction.operands.append(.immediate(immediate))
        plainShape.add(immediate)
    }

    /// A branch's one operand a name that is no keyword (`jne .L3`, `call f`), as
    /// ``branchTargetName()`` reads it, for a pre-encoder that reads lines in context-free
    /// mode: the main parse makes the branch of it (see ``PlainBranch``), and names the target
    /// as that path does (`memcpy@PLT` too). False, with the cursor unmoved, for anything else:
    /// a second operand, a decoration.
    ///
    /// `target` is the operand's word as ``branchTargetNeedsContext(name:)`` read it, when it is
    /// no keyword: nil when it is not a word, or a keyword, neither of which is a name here.
    @inline(never)
    mutating func readBranchTarget(mnemonic: UInt16, word: Token, target: Token?) -> Bool {
        // `.` alone (GNU's here) is no name: what ``atSymbolName`` tells before a word.
        guard let name = target, name.end - name.start > 1 || base[name.start] != UInt8(ascii: ".") else { return false }
        let saved = position
        position = name.end
        skipSpaces()
        guard atStatementEnd else {
            position = saved
            return false
        }
        plainBranch = PlainBranch(
            mnemonic: mnemonic, mnemonicStart: Int32(truncatingIfNeeded: word.start), mnemonicEnd: Int32(truncatingIfNeeded: word.end),
            nameStart: Int32(truncatingIfNeeded: name.start), nameEnd: Int32(truncatingIfNeeded: name.end))
        return true
    }

    /// GCC's `name[rip]` or `name[rip ± number]`, the cursor just after `name`: the address of a
    /// label as ``parseGeneralOperand`` reads a value before brackets and ``parseMemoryOperand``
    /// the brackets after it, for a pre-encoder that reads lines in context-free mode (see
    /// ``ripTargetMemory(size:operand:from:)``, the same operand written `[rip + name]`). The name
    /// is one the general path reads as a symbol (no keyword, no `@` modifier, no `$` or `.`
    /// alone, not `bcst`), the bracket follows it at once. Nil, with the cursor unmoved, for
    /// anything else and unless ``readsLabels``.
    @inline(never)
    private mutating func ripTargetAfterName(_ name: Token, size: OperandSize?, operand: Int, from operandStart: Int) -> Memory? {
        guard readsLabels, plainTarget == nil else { return nil }
        let saved = position
        let first = base[name.start]
        guard first != UInt8(ascii: "$"), first != UInt8(ascii: ".") || name.end - name.start > 1, keyword(name) == nil,
              !containsAt(name), name.end - name.start != 4 || !isBroadcastWord(at: name.start), current == UInt8(ascii: "[")
        else { return nil }
        position += 1
        skipSpaces()
        guard readsRIP(), let addend = addendAndClosingBracket() else {
            position = saved
            return nil
        }
        return labelAddress(name, addend: addend, size: size, operand: operand, from: operandStart)
    }

    /// The word `rip` at the cursor, and the spaces after it, read.
    private mutating func readsRIP() -> Bool {
        guard let word = identifier(), let found = keyword(word), found.kind == .register, keywords.register(found).kind == .rip
        else { return false }
        skipSpaces()
        return true
    }

    /// `± number` (or nothing) and `]` at the cursor: the number, 0 without one, as
    /// ``parseMemoryOperand`` adds it to a label; nil for anything else.
    private mutating func addendAndClosingBracket() -> Int64? {
        var addend: Int64 = 0
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
            let negative = current == UInt8(ascii: "-")
            position += 1
            skipSpaces()
            guard let number = plainNumber() else { return nil }
            addend = negative ? 0 &- Int64(bitPattern: number) : Int64(bitPattern: number)
            skipSpaces()
        }
        guard current == UInt8(ascii: "]") else { return nil }
        position += 1
        return addend
    }

    /// The operand `name + addend` RIP-relative, read from `operandStart` to the cursor: its
    /// ``PlainTarget`` kept, and the memory operand ``parseMemoryOperand`` makes of it.
    private mutating func labelAddress(_ name: Token, addend: Int64, size: OperandSize?, operand: Int, from operandStart: Int) -> Memory {
        plainTarget = PlainTarget(
            nameStart: Int32(truncatingIfNeeded: name.start), nameEnd: Int32(truncatingIfNeeded: name.end),
            operandStart: Int32(truncatingIfNeeded: operandStart), operandEnd: Int32(truncatingIfNeeded: position),
            addend: addend, operand: UInt8(truncatingIfNeeded: operand), displacementOffset: 0)
        return Memory(size: size, base: .rip, displacementIsSymbolic: true, displacementIsTarget: true)
    }

    /// Whether the word has an `@`, which may name a relocation (`memcpy@PLT`): left to the
    /// whole parse.
    private func containsAt(_ word: Token) -> Bool {
        for at in word.start..<word.end where base[at] == UInt8(ascii: "@") { return true }
        return false
    }

    /// `[rip + name]` or `[rip + name ± number]`, for a pre-encoder that reads lines in
    /// context-free mode: the address of a label, which the line can be encoded with (its
    /// displacement is four bytes whatever the label turns out to be) and the main parse fills
    /// in (see ``PlainTarget``). The memory operand is the one ``parseMemoryOperand`` makes of
    /// it, `name` is a word it reads as a symbol (no keyword, no `@` modifier, not GNU's
    /// `riz`), and the number one it reads as such. Nil, with the cursor unmoved, for anything
    /// else, for a second such operand on the line, and unless ``readsLabels``.
    @inline(never)
    private mutating func ripTargetMemory(size: OperandSize?, operand: Int, from operandStart: Int) -> Memory? {
        guard readsLabels, plainTarget == nil else { return nil }
        let saved = position
        position += 1
        skipSpaces()
        guard readsRIP(), current == UInt8(ascii: "+") else {
            position = saved
            return nil
        }
        position += 1
        skipSpaces()
        guard atSymbolName, let name = identifier(),
              keyword(name) == nil, !containsAt(name), name.end - name.start != 3 || zeroIndexNamed(at: name.start) == nil
        else {
            position = saved
            return nil
        }
        skipSpaces()
        guard let addend = addendAndClosingBracket() else {
            position = saved
            return nil
        }
        let memory = labelAddress(name, addend: addend, size: size, operand: operand, from: operandStart)
        skipSpaces()
        return memory
    }

    /// Whether the brackets at the cursor name a word that is no keyword: a symbol (`[rip + .LC0]`,
    /// `[rax + N]`), whose value only the whole file gives. The cursor stays.
    private mutating func bracketsNameSymbol() -> Bool {
        let saved = position
        defer { position = saved }
        position += 1
        while position < lineEnd, current != UInt8(ascii: "]") {
            if ByteClass.isDigit(current) {
                // A number, with its radix letters (`0x1f`, `1fh`).
                while position < lineEnd, isIdentifierByte(current) { position += 1 }
            } else if isIdentifierStart(current) {
                guard let word = identifier(), keyword(word) != nil else { return true }
            } else {
                position += 1
            }
        }
        return false
    }
}

/// A line read the short way in context-free mode whose one memory operand is `[rip + name ±
/// number]` or GCC's `name[rip ± number]` (see ``SourceParser/ripTargetMemory(size:operand:from:)``
/// and ``SourceParser/ripTargetAfterName(_:size:operand:from:)``): the line is encoded
/// with that displacement zero, and the main parse adds the fixup ``SourceParser/parseMemoryOperand``
/// would have led to, from where the name, the operand and the displacement are.
struct PlainTarget {
    var nameStart: Int32
    var nameEnd: Int32
    var operandStart: Int32
    var operandEnd: Int32
    var addend: Int64
    var operand: UInt8
    /// Where the displacement is in the encoded bytes (set once they are).
    var displacementOffset: UInt8
}

/// A branch to a label read the short way in context-free mode (see
/// ``SourceParser/readBranchTarget(mnemonic:)``): no bytes are encoded for it; the main
/// parse makes the branch ``SourceParser/parseInstruction`` would have made.
struct PlainBranch {
    var mnemonic: UInt16
    var mnemonicStart: Int32
    var mnemonicEnd: Int32
    var nameStart: Int32
    var nameEnd: Int32
}

/// What the short way made of a line (see ``SourceParser/readPlainInstruction(into:)``).
enum PlainLine {
    /// Read: the instruction is filled.
    case read
    /// Not a line for the short way: the whole parse reads it.
    case wholeParse
    /// A line no thread can encode on its own, as the whole parse would also find.
    case needsContext
    /// A branch whose target is a word that is no register or size, the cursor at it (its
    /// mnemonic and its word in ``SourceParser/branchMnemonic``): ``needsContext`` unless it is read as a
    /// ``PlainBranch``.
    case branchToName
}
