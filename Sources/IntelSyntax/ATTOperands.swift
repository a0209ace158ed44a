import Diagnostics
import X86
import X86Assembler

/// AT&T operands: `%reg`, `$value`, `disp(base, index, scale)` with an optional `%seg:`,
/// a bare value (an address, or a branch's target), and `*` before an indirect branch's
/// register or memory.
extension SourceParser {
    /// One operand, appended in the order written (the caller puts them in Intel's order).
    mutating func parseATTOperand(isBranch: Bool) throws(Diagnostic) {
        let start = position
        var indirect = false
        if current == UInt8(ascii: "*") {
            indirect = true
            position += 1
            skipSpaces()
        }
        if current == UInt8(ascii: "$") {
            if indirect { throw error("an indirect branch goes through a register or memory, not an immediate", from: start, to: position + 1) }
            position += 1
            skipSpaces()
            let value: Value
            if let number = immediateNumber() {
                value = Value(constant: number)
            } else {
                value = try parseValue()
            }
            let index = line.instruction.operands.count
            line.operandRanges.append(SourceRange(start: start, end: trimmedEnd(from: start)))
            if let constant = resolvedNow(value) {
                line.instruction.operands.append(.imm(constant))
            } else {
                line.instruction.operands.append(.immediate(Immediate(0, isSymbolic: true)))
                line.symbolic.append(SymbolicSlot(operand: index, role: .immediate, value: value))
            }
            return
        }
        if current == UInt8(ascii: "%") {
            let register = try attRegister()
            let end = position
            skipSpaces()
            if register.kind == .segment, current == UInt8(ascii: ":") {
                position += 1
                skipSpaces()
                try parseATTMemory(start: start, segment: register)
                return
            }
            line.instruction.operands.append(.register(register))
            line.operandRanges.append(SourceRange(start: start, end: end))
            return
        }
        if current == UInt8(ascii: "("), !indirect, ATTSpelling.portInstructions.contains(line.instruction.mnemonic.id),
           let port = portRegister(start: start) {
            line.instruction.operands.append(.register(port))
            line.operandRanges.append(SourceRange(start: start, end: position))
            return
        }
        if isBranch && !indirect {
            parsingBranchTarget = true
            let value: Value
            do {
                value = try parseValue()
            } catch {
                parsingBranchTarget = false
                throw error
            }
            parsingBranchTarget = false
            skipSpaces()
            if current == UInt8(ascii: "(") {
                // GNU as reads `jmp 8(%rax)` as `jmp *8(%rax)`, with a warning.
                try parseATTMemory(start: start, segment: nil, displacement: value)
                return
            }
            let index = line.instruction.operands.count
            line.operandRanges.append(SourceRange(start: start, end: trimmedEnd(from: start)))
            line.instruction.operands.append(.imm(0))
            line.symbolic.append(SymbolicSlot(operand: index, role: .branchTarget, value: value))
            return
        }
        try parseATTMemory(start: start, segment: nil)
    }

    /// `(%dx)` at the cursor: the port register, as the port instructions write it; nil
    /// (cursor unmoved) for anything else.
    private mutating func portRegister(start: Int) -> Register? {
        var cursor = position + 1
        while cursor < lineEnd, isSpace(base[cursor]) { cursor += 1 }
        guard cursor + 3 <= lineEnd, base[cursor] == UInt8(ascii: "%"), base[cursor + 1] | 0x20 == UInt8(ascii: "d"),
              base[cursor + 2] | 0x20 == UInt8(ascii: "x") else { return nil }
        cursor += 3
        while cursor < lineEnd, isSpace(base[cursor]) { cursor += 1 }
        guard cursor < lineEnd, base[cursor] == UInt8(ascii: ")") else { return nil }
        position = cursor + 1
        return Register(.gp16, 2)
    }

    /// The byte `offset` bytes past the cursor and any spaces after those, or 0 at the line's end.
    private mutating func peekPastSpaces(_ offset: Int) -> UInt8 {
        var cursor = position + offset
        while cursor < lineEnd, isSpace(base[cursor]) { cursor += 1 }
        return cursor < lineEnd ? base[cursor] : 0
    }

    /// `%name` at the cursor, `%st(i)` included.
    mutating func attRegister() throws(Diagnostic) -> Register {
        let start = position
        position += 1
        guard let token = identifier() else { throw error("expected a register name after '%'", at: start) }
        guard let found = keyword(token), found.kind == .register else {
            let name = text(token).lowercased()
            if name == "riz" || name == "eiz" {
                throw error("'%\(name)' can only be an index register ('(%rax,%\(name),4)')", from: start, to: token.end)
            }
            throw error("unknown register '%\(text(token))'", from: start, to: token.end)
        }
        let register = keywords.register(found)
        if register.kind == .x87, register.number == 0 {
            guard let numbered = stackRegisterNumber() else {
                throw error("an x87 register is written %st(0) … %st(7)", from: start, to: position)
            }
            return numbered
        }
        return register
    }

    /// `disp(base, index, scale)` and its shorter forms (`(%rax)`, `8(%rbp)`, `(,%rcx,8)`,
    /// `sym(%rip)`, a bare `disp`), the cursor after any segment.
    private mutating func parseATTMemory(start: Int, segment: Register?, displacement initial: Value? = nil) throws(Diagnostic) {
        var memory = Memory(size: nil, segment: segment)
        var displacement = initial
        if displacement == nil, !(current == UInt8(ascii: "(") && addressGroupFollows()) {
            if let number = immediateNumber() {
                displacement = Value(constant: number)
            } else {
                displacement = try parseValue()
            }
            skipSpaces()
        }
        if current == UInt8(ascii: "(") {
            let open = position
            position += 1
            skipSpaces()
            if current == UInt8(ascii: "%") {
                let registerStart = position
                let register = try attRegister()
                try addRegister(register, scale: nil, to: &memory, from: registerStart)
                skipSpaces()
            }
            if current == UInt8(ascii: ",") {
                position += 1
                skipSpaces()
                if current == UInt8(ascii: "%") {
                    let registerStart = position
                    let register: Register
                    if let zero = zeroIndexRegister() { register = zero } else { register = try attRegister() }
                    let registerEnd = position
                    skipSpaces()
                    var scale: Int64 = 1
                    // `(,%riz,)`: GNU as reads an empty scale as 1.
                    if current == UInt8(ascii: ","), peekPastSpaces(1) != UInt8(ascii: ")") {
                        position += 1
                        skipSpaces()
                        let factorStart = position
                        guard let factor = numberNow(try parseValue()) else {
                            throw error("the scale must be a number", from: factorStart, to: position)
                        }
                        guard factor == 1 || factor == 2 || factor == 4 || factor == 8 else {
                            throw error("the scale must be 1, 2, 4 or 8", from: factorStart, to: trimmedEnd(from: factorStart))
                        }
                        scale = factor
                        skipSpaces()
                    } else if current == UInt8(ascii: ",") {
                        position += 1
                        skipSpaces()
                    }
                    let afterScale = position
                    position = registerEnd
                    try addRegister(register, scale: scale, to: &memory, from: registerStart)
                    position = afterScale
                } else if current == UInt8(ascii: ",") {
                    // `(%rax,,1)`: no index, a scale of 1.
                    position += 1
                    skipSpaces()
                    let factorStart = position
                    guard numberNow(try parseValue()) == 1 else {
                        throw error("without an index register the scale must be 1", from: factorStart, to: position)
                    }
                    skipSpaces()
                }
            }
            guard current == UInt8(ascii: ")") else {
                throw error("expected ')' to close the address", from: open, to: position)
            }
            position += 1
        }
        let index = line.instruction.operands.count
        line.operandRanges.append(SourceRange(start: start, end: trimmedEnd(from: start)))
        appendMemory(memory, displacement: displacement, operand: index)
    }

    /// At a `(`: whether a register group follows (`(%rax)`, `(,%rcx,8)`) rather than a
    /// parenthesised displacement (`(8+4)(%rax)`).
    private func addressGroupFollows() -> Bool {
        var cursor = position + 1
        while cursor < lineEnd, isSpace(base[cursor]) { cursor += 1 }
        guard cursor < lineEnd else { return false }
        return base[cursor] == UInt8(ascii: "%") || base[cursor] == UInt8(ascii: ",")
    }
}
