import X86

extension SourceParser {
    /// Context-free mode's short way for the line most of a compiler's output is made of: a
    /// mnemonic and operands that are registers, plain numbers, and `[base + index*scale ± number]`
    /// with an optional `size ptr` in front, read into `instruction` in one pass. Nothing else is
    /// taken: any other word, spelling or error returns false for the whole parse to read the
    /// line from its start, so what it accepts and reports stays the only rule. The pieces are
    /// the whole parse's own (``plainMemory(size:)``, ``immediateNumber()``); only
    /// the layers around them are left out.
    ///
    /// True with the cursor at the end of the statement (the line's end, or a comment).
    mutating func readPlainInstruction(into instruction: inout Instruction) -> Bool {
        skipSpaces()
        guard let word = identifier(), let found = keyword(word), found.kind == .mnemonic else { return false }
        skipSpaces()
        // `name:` is a label, whatever the name.
        if current == UInt8(ascii: ":") { return false }
        instruction.reset(mnemonic: Mnemonic(id: found.payload))
        while !atStatementEnd {
            guard instruction.operands.count < OperandList.capacity else { return false }
            if isIdentifierStart(current) {
                // Each word is looked up once: a register, or a size before brackets (`dword ptr [rax]`).
                guard let word = identifier(), let found = keyword(word) else { return false }
                if found.kind == .register {
                    let register = keywords.register(found)
                    // `fs:[…]` and `st(1)` are the whole parse's.
                    guard register.kind != .segment, register.kind != .x87 else { return false }
                    instruction.operands.append(.register(register))
                } else {
                    guard found.kind == .size, let size = OperandSize(rawValue: Int(found.payload)) else { return false }
                    skipSpaces()
                    skipPtr()
                    guard current == UInt8(ascii: "["), let memory = plainMemory(size: size) else { return false }
                    instruction.operands.append(.memory(memory))
                }
            } else if current == UInt8(ascii: "[") {
                guard let memory = plainMemory(size: nil) else { return false }
                instruction.operands.append(.memory(memory))
            } else if let number = immediateNumber() {
                instruction.operands.append(.imm(number))
            } else {
                return false
            }
            skipSpaces()
            if atStatementEnd { break }
            guard current == UInt8(ascii: ",") else { return false }
            position += 1
            skipSpaces()
            if atStatementEnd { return false }
        }
        return true
    }
}
