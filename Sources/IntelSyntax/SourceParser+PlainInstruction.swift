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
    /// comment). A line that shows it needs the whole file (a label, a directive, a branch to a
    /// label: the whole parse's own tests; an operand naming a symbol) is
    /// ``PlainLine/needsContext``, and no thread but the main parse reads it again.
    mutating func readPlainInstruction(into instruction: inout Instruction) -> PlainLine {
        guard let (_, found) = contextFreeInstructionWord() else { return .needsContext }
        switch found.kind {
        case .mnemonic:
            break
        case .branchMnemonic:
            return branchTargetNeedsContext() ? .needsContext : .wholeParse
        default:
            return .wholeParse
        }
        instruction.reset(mnemonic: Mnemonic(id: found.payload))
        while !atStatementEnd {
            guard instruction.operands.count < OperandList.capacity else { return .wholeParse }
            if isIdentifierStart(current) {
                // Each word is looked up once: a register, or a size before brackets (`dword ptr [rax]`).
                guard let word = identifier(), let found = keyword(word) else {
                    // A symbol, which only the whole file gives a value (GCC's `FLAT:` aside).
                    skipSpaces()
                    return current == UInt8(ascii: ":") ? .wholeParse : .needsContext
                }
                if found.kind == .register {
                    let register = keywords.register(found)
                    // `fs:[…]` and `st(1)` are the whole parse's.
                    guard register.kind != .segment, register.kind != .x87 else { return .wholeParse }
                    instruction.operands.append(.register(register))
                } else {
                    guard found.kind == .size, let size = OperandSize(rawValue: Int(found.payload)) else { return .wholeParse }
                    skipSpaces()
                    skipPtr()
                    guard current == UInt8(ascii: "[") else { return .wholeParse }
                    guard let memory = plainMemory(size: size) else { return bracketsNameSymbol() ? .needsContext : .wholeParse }
                    instruction.operands.append(.memory(memory))
                }
            } else if current == UInt8(ascii: "[") {
                guard let memory = plainMemory(size: nil) else { return bracketsNameSymbol() ? .needsContext : .wholeParse }
                instruction.operands.append(.memory(memory))
            } else if let number = immediateNumber() {
                instruction.operands.append(.imm(number))
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

/// What the short way made of a line (see ``SourceParser/readPlainInstruction(into:)``).
enum PlainLine {
    /// Read: the instruction is filled.
    case read
    /// Not a line for the short way: the whole parse reads it.
    case wholeParse
    /// A line no thread can encode on its own, as the whole parse would also find.
    case needsContext
}
