import JIT
import X86Decoder

/// Commands on the persistent machine state.
extension Session {
    func showRegisters(_ query: DotCommand.RegisterQuery) -> LineOutcome {
        let extended = currentState.extended
        let dump = ExtendedDump(style: style)
        switch query {
        case .general:
            say(RegisterDump(style: style).full(currentState))
        case .fpu:
            say(dump.fpu(extended))
        case .mxcsr:
            say(dump.mxcsr(extended.mxcsr))
        case .opmasks:
            guard extended.opmask(0) != nil else {
                fail(Session.noAVX512)
                return .failed
            }
            say((0..<8).map { "k\($0)".padding(to: 6) + " " + Hex.word(extended.opmask($0) ?? 0) + "\n" }.joined())
        case .vector(let register, let type):
            guard let bytes = extended.bytes(of: register) else {
                fail(Session.missing(register))
                return .failed
            }
            say(dump.vector(register, bytes, as: type, hex: type == nil))
        case .vectors(let kind, let type):
            let registers = (0..<kind.count).map { VectorRegister(kind, $0) }.filter(extended.has)
            guard !registers.isEmpty else {
                fail(Session.missing(VectorRegister(kind, 0)))
                return .failed
            }
            say(registers.compactMap { register in
                extended.bytes(of: register).map { dump.vector(register, $0, as: type, hex: type == nil) }
            }.joined())
        }
        return .succeeded
    }

    func reset() -> LineOutcome {
        executor?.reset()
        dropBlock()
        undoStack = []
        shownFullDump = false
        lastSymbols = [:]
        program = PersistentProgram()
        resumeAt = nil
        lastOutcome = nil
        runCount = 0
        say("registers, stack, scratch memory, code and definitions reset\n")
        return .succeeded
    }

    func set(_ name: String, to values: [String]) -> LineOutcome {
        if let outcome = setExtended(name, to: values) { return outcome }
        guard values.count == 1, let text = values.first else {
            fail("\(name) takes one value; several are for the lanes of a vector register (.set xmm0 1.5 2.5)")
            return .failed
        }
        guard let value = IntegerLiteral.parse(text) ?? resolveAddress(text) else {
            fail("'\(text)' is not a number (decimal, 0x hex, 0b binary, h-suffixed hex), a register, a name or a sum of them")
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
        if let part = PartialRegister(name: name) {
            guard part.bits == 64 || value < (1 << UInt64(part.bits)) else {
                fail("\(name) holds \(part.bits) bits: \(text) does not fit")
                return .failed
            }
            let old = executor.state[part.register]
            executor.state[part.register] = part.write(value, into: old)
            say("\(part.register.name) \(Hex.word(old)) → \(Hex.word(executor.state[part.register]))\n")
            return .succeeded
        }
        guard let register = RegisterState.Register(name: name) else {
            let names = RegisterState.Register.allCases.map(\.name).joined(separator: " ")
            fail("cannot set '\(name)'; one of: \(names) and their parts (eax ax al ah r8d r8w r8b…), a flag (cf pf af zf sf df of), "
                + "xmm0-31 ymm0-31 zmm0-31 mm0-7 (with a lane type: xmm0.i32), mxcsr, fcw, k0-7, st0-7")
            return .failed
        }
        let old = executor.state[register]
        executor.state[register] = value
        var report = "\(register.name) \(Hex.word(old)) → \(Hex.word(value))\n"
        if register == .rip {
            resumeAt = value
            report += style.dim("(warning: a block always starts at its first line; in step mode the next instruction typed runs from here, when here is code already typed)") + "\n"
            report += nextInstruction(at: value, in: executor)
        }
        say(report)
        return .succeeded
    }

    /// `next: dec ecx   (<stdin>:4)`: the instruction at `address`, decoded from the sandbox's
    /// memory, and the line it came from; nothing when `address` holds no code.
    func nextInstruction(at address: UInt64, in executor: Executor) -> String {
        guard let region = executor.readableRegion(containing: address),
              let bytes = executor.readMemory(at: address, count: Int(min(15, region.upperBound - address))),
              let line = Disassembly.lines(bytes, base: Int64(bitPattern: address)).first,
              case .success = line.result
        else { return "" }
        var text = "next: " + line.text(in: decodedSyntax)
        if let source = program.line(at: address) { text += "   (\(source.origin.label): \(source.text.trimmingBlanksOfLine()))" }
        return text + "\n"
    }

    /// The address and the count typed after a command (`.mem scratch+8 16`), or nil after
    /// saying which of them is wrong.
    func addressAndCount(_ addressText: String, _ countText: String?, standard: Int, limit: Int,
                         counting: String) -> (address: UInt64, count: Int)? {
        guard let address = resolveAddress(addressText) else {
            fail("'\(addressText)' is neither a number, a register, a known symbol nor a sum of them (scratch+8, rsp-16)")
            return nil
        }
        guard let countText else { return (address, standard) }
        guard let parsed = IntegerLiteral.parse(countText), parsed >= 1, parsed <= UInt64(limit) else {
            fail("the number of \(counting) must be between 1 and \(limit)")
            return nil
        }
        return (address, Int(parsed))
    }

    func showMemory(_ where: String, length lengthText: String?) -> LineOutcome {
        guard let (address, length) = addressAndCount(`where`, lengthText, standard: 64, limit: 65_536, counting: "bytes"),
              let executor = machine()
        else { return .failed }
        if address == SandboxLayout.stackTop {
            say("\(Hex.word(address)) is stack_top, just past the stack: the stack holds nothing above it "
                + "(.mem rsp-16 16 shows the 16 bytes below)\n")
            return .succeeded
        }
        // Clamped to the region it starts in.
        guard let region = executor.readableRegion(containing: address) else {
            fail("\(Hex.word(address)) is not inside the sandbox; " + Session.regionList)
            return .failed
        }
        let shown = Int(min(UInt64(length), region.upperBound - address))
        guard let bytes = executor.readMemory(at: address, count: shown) else {
            fail("\(Hex.word(address)) (\(length) bytes) is not inside the sandbox; " + Session.regionList)
            return .failed
        }
        var text = Hexdump.render(bytes, at: address, style: style)
        if shown < length {
            text += style.dim("(\(shown) of \(length) bytes: the region ends at \(Hex.word(region.upperBound)))") + "\n"
        }
        say(text)
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
        // Vector registers, x87 and MXCSR come back with the rest (they are part of `state`).
        say("restored the registers, stack and scratch memory from before the last run "
            + "(the code, data and definitions of the blocks run so far stay)\n" +
            RegisterDump(style: style).changes(from: current, to: executor.state, including: []))
        return .succeeded
    }

    /// A number, a register name (its value), a sandbox symbol, a name of the blocks run so
    /// far, or a sum and difference of those (`scratch+8`, `rsp - 16`).
    func resolveAddress(_ text: String) -> UInt64? {
        var total: UInt64 = 0
        var sign: UInt64 = 1
        var term = ""
        var terms: [(UInt64, String)] = []
        for character in text {
            if character == "+" || character == "-" {
                terms.append((sign, term))
                term = ""
                sign = character == "+" ? 1 : UInt64.max
            } else if character != " " && character != "\t" {
                term.append(character)
            }
        }
        terms.append((sign, term))
        // A leading sign leaves an empty first term; an empty term anywhere else is a typo.
        if terms.first?.1.isEmpty == true, terms.count > 1, terms.first?.0 == 1 { terms.removeFirst() }
        for (sign, term) in terms {
            guard let value = resolveTerm(term) else { return nil }
            total = total &+ sign &* value
        }
        return total
    }

    private func resolveTerm(_ text: String) -> UInt64? {
        if let number = IntegerLiteral.parse(text) { return number }
        if let register = RegisterState.Register(name: text) { return currentState[register] }
        if let part = PartialRegister(name: text) { return part.read(from: currentState) }
        if let value = SandboxSymbols.value(of: text) { return value }
        if let value = lastSymbols[text] { return UInt64(bitPattern: value) }
        return program.value(of: text)
    }

    static var regionList: String {
        "readable: stack \(Hex.word(SandboxLayout.stackBase))–\(Hex.word(SandboxLayout.stackTop)), " +
        "scratch \(Hex.word(SandboxLayout.scratchAddress))–\(Hex.word(SandboxLayout.scratchAddress + UInt64(SandboxLayout.scratchSize))), " +
        "and the code and data of the last run"
    }
}
