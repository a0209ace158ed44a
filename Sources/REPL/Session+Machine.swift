import JIT

/// Commands on the persistent machine state.
extension Session {
    func showRegisters() -> LineOutcome {
        say(RegisterDump(style: style).full(currentState))
        return .succeeded
    }

    func reset() -> LineOutcome {
        executor?.reset()
        dropBlock()
        undoStack = []
        shownFullDump = false
        lastSymbols = [:]
        lastOutcome = nil
        runCount = 0
        say("registers, stack and scratch memory reset\n")
        return .succeeded
    }

    func set(_ name: String, to text: String) -> LineOutcome {
        guard let value = IntegerLiteral.parse(text) else {
            fail("'\(text)' is not a number (decimal, 0x hex, 0b binary, h-suffixed hex)")
            return .failed
        }
        guard let executor = machine() else { return .failed }
        if let flag = RegisterState.Flag.allCases.first(where: { $0.name.lowercased() == name.lowercased() }) {
            guard value <= 1 else {
                fail("a flag is 0 or 1")
                return .failed
            }
            let before = executor.state.rflags
            executor.state.rflags = value == 1 ? before | flag.mask : before & ~flag.mask
            say(RegisterDump(style: style).flags(executor.state.rflags, previous: before) + "\n")
            return .succeeded
        }
        guard let register = RegisterState.Register(name: name), register != .rip else {
            let names = RegisterState.Register.allCases.filter { $0 != .rip }.map(\.name).joined(separator: " ")
            fail("cannot set '\(name)'; one of: \(names), or a flag (cf pf af zf sf df of)")
            return .failed
        }
        let old = executor.state[register]
        executor.state[register] = value
        say("\(register.name) \(Hex.word(old)) → \(Hex.word(value))\n")
        return .succeeded
    }

    func showMemory(_ where: String, length lengthText: String?) -> LineOutcome {
        guard let address = resolveAddress(`where`) else {
            fail("'\(`where`)' is neither a number, a register nor a known symbol")
            return .failed
        }
        var length = 64
        if let lengthText {
            guard let parsed = IntegerLiteral.parse(lengthText), parsed >= 1, parsed <= 65_536 else {
                fail("the length must be between 1 and 65536")
                return .failed
            }
            length = Int(parsed)
        }
        guard let executor = machine() else { return .failed }
        guard let bytes = executor.readMemory(at: address, count: length) else {
            fail("\(Hex.word(address)) (\(length) bytes) is not inside the sandbox; " + Session.regionList)
            return .failed
        }
        say(Hexdump.render(bytes, at: address, style: style))
        return .succeeded
    }

    func showStack() -> LineOutcome {
        guard let executor = machine() else { return .failed }
        let rsp = executor.state.rsp
        guard rsp >= SandboxLayout.stackBase, rsp <= SandboxLayout.stackTop else {
            fail("rsp \(Hex.word(rsp)) is outside the stack (\(Hex.word(SandboxLayout.stackBase))–\(Hex.word(SandboxLayout.stackTop)))")
            return .failed
        }
        let start = max(SandboxLayout.stackBase, (rsp & ~0xf) &- 32)
        let end = min(SandboxLayout.stackTop, (rsp & ~0xf) + 64)
        guard end > start, let bytes = executor.readMemory(at: start, count: Int(end - start)) else {
            say("rsp \(Hex.word(rsp)): the stack is empty\n")
            return .succeeded
        }
        var text = "rsp = \(Hex.word(rsp))"
        if rsp == SandboxLayout.stackTop { text += " (empty stack: rsp is at stack_top)" }
        say(text + "\n" + Hexdump.render(bytes, at: start, marking: rsp, style: style))
        return .succeeded
    }

    func undo() -> LineOutcome {
        guard let executor, let snapshot = undoStack.popLast() else {
            fail("nothing to undo")
            return .failed
        }
        let current = executor.state
        executor.restore(snapshot)
        say("restored the state from before the last run\n" +
            RegisterDump(style: style).changes(from: current, to: executor.state, including: []))
        return .succeeded
    }

    /// A number, a register name (its value), a sandbox symbol or a symbol of the last block.
    private func resolveAddress(_ text: String) -> UInt64? {
        if let number = IntegerLiteral.parse(text) { return number }
        if let register = RegisterState.Register(name: text) { return currentState[register] }
        if let value = SandboxSymbols.value(of: text) { return value }
        if let value = lastSymbols[text] { return UInt64(bitPattern: value) }
        return nil
    }

    static var regionList: String {
        "readable: stack \(Hex.word(SandboxLayout.stackBase))–\(Hex.word(SandboxLayout.stackTop)), " +
        "scratch \(Hex.word(SandboxLayout.scratchAddress))–\(Hex.word(SandboxLayout.scratchAddress + UInt64(SandboxLayout.scratchSize))), " +
        "and the code and data of the last run"
    }
}
