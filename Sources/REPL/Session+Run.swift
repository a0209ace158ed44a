import JIT
import X86Assembler

/// Running assembled code and reporting how it ended.
extension Session {
    /// The executor, created on first use; nil (after saying why) when it cannot be.
    func machine() -> Executor? {
        if let executor { return executor }
        do {
            let created = try Executor()
            created.interruptsOnSIGINT = true
            created.outputHandler = { [unowned self] stream, bytes in output(.programOutput(bytes, stream)) }
            for name in options.allowedSystemCalls { created.policy.allow(name) }
            created.standardInput = standardInput
            executor = created
            return created
        } catch {
            fail("cannot create the sandbox: \(error)")
            return nil
        }
    }

    /// The registers code would start from now.
    var currentState: RegisterState { executor?.state ?? Executor.initialState }

    func execute(_ assembled: AssembledBlock, mode: RunMode) -> LineOutcome {
        guard let executor = machine() else { return .failed }
        let image = assembled.assembly.image
        if let problem = program.room(for: image) {
            fail(problem)
            return .failed
        }
        lastSymbols = image.symbols
        executor.timeout = .microseconds(Int64((options.timeout * 1e6).rounded()))
        executor.standardInput = standardInput
        let before = executor.snapshot()
        let previous = executor.state
        var runnable = program.image(running: image)
        if mode == .step, let resume = resumeAt, resume >= SandboxLayout.codeAddress, resume <= program.codeAddress {
            runnable.entryOffset = Int(resume - SandboxLayout.codeAddress)
        }
        resumeAt = nil
        let outcome = executor.run(runnable, mode: mode)
        if case .failed = outcome {} else { keep(assembled) }
        runCount += 1
        lastOutcome = outcome
        if executor.droppedOutput > 0 {
            warn("note: \(executor.droppedOutput) more bytes of output were not shown (at most \(executor.outputLimit) bytes per run)\n")
        }
        if case .failed = outcome {} else {
            undoStack.append(before)
            if undoStack.count > Session.undoDepth { undoStack.removeFirst() }
        }
        let reported = report(outcome, previous: previous, assembled: assembled, mode: mode)
        // The next block's undo snapshot, read while the report is on its way.
        executor.prepareSnapshot()
        return reported
    }

    private func report(_ outcome: ExecutionOutcome, previous: RegisterState, assembled: AssembledBlock,
                        mode: RunMode) -> LineOutcome {
        let dump = RegisterDump(style: style)
        switch outcome {
        case .returned(let state):
            if options.quiet {
                if mode == .function { say(dump.returnValue(state.rax)) }
                return .succeeded
            }
            var text = mode == .function ? dump.returnValue(state.rax) : ""
            let xmm0 = VectorRegister(.xmm, 0)
            if mode == .function, state.extended != previous.extended,
               state.extended.bytes(of: xmm0) != previous.extended.bytes(of: xmm0) {
                text += ExtendedDump(style: style).returnValue(state.extended)
            }
            text += registers(state, previous: previous, dump: dump, includeRip: false)
            say(text)
            return .succeeded

        case .faulted(let fault):
            var headline = "\(fault.name): " + OutcomeReport.describe(fault)
            if let call = fault.systemCall {
                let name = SandboxPolicy.name(ofSystemCall: call)
                headline += " (\(name ?? "system call \(call)") is not allowed in the sandbox"
                    + (name.map { "; .allow \($0) lets it through" } ?? "") + ")"
            }
            if let address = fault.address, fault.systemCall == nil { headline += " at address \(Hex.word(address))" }
            warn(located(errorStyle.error(headline), rip: fault.state?.rip, back: OutcomeReport.instructionLengthBeforeRip(fault), in: assembled))
            if options.quiet {
                return .failed
            }
            if let state = fault.state {
                // The whole state at the fault, what changed highlighted: it is what to look at.
                shownFullDump = true
                say(dump.full(state, changed: Set(state.changedRegisters(from: previous)))
                    + ExtendedDump(style: style).changes(from: previous.extended, to: state.extended))
            } else {
                say("(the process ended before its registers could be read)\n")
            }
            return .failed

        case .timedOut(let state):
            warn(located(errorStyle.error("timed out after \(OutcomeReport.seconds(options.timeout))") + " (.timeout SECONDS changes the limit)",
                         rip: state?.rip, back: 0, in: assembled))
            say(stopped(state, previous: previous, dump: dump))
            return .failed

        case .interrupted(let state):
            warn(located(errorStyle.error("interrupted"), rip: state?.rip, back: 0, in: assembled))
            say(stopped(state, previous: previous, dump: dump))
            return .failed

        case .exited(let status):
            say("exited with status \(status) (registers are as before the run)\n")
            return .succeeded

        case .failed(let error):
            fail("the code could not be run: \(error)")
            return .failed
        }
    }

    /// Keeps a block that ran in the persistent program, saying which names it redefined.
    func keep(_ assembled: AssembledBlock) {
        let image = assembled.assembly.image
        let dataStart = Int64(bitPattern: program.dataAddress)
        var defined: [(name: String, kind: PersistentProgram.Definition.Kind, line: Int)] = []
        for statement in assembled.assembly.statements where statement.line >= 1 && statement.line <= assembled.lines.count {
            switch statement.kind {
            case .label(let name):
                let inData = (image.symbols[name] ?? 0) >= dataStart
                defined.append((name, inData ? .data : .code, statement.line))
            case .directive(.define(let name, _)):
                defined.append((name, .constant, statement.line))
            default:
                break
            }
        }
        let replaced = program.append(image, lines: assembled.lines, lineOfRecord: { record in
            record.line >= 1 && record.line <= assembled.lines.count ? assembled.lines[record.line - 1] : nil
        }, defined: defined)
        for (name, earlier) in replaced {
            say(style.dim("(\(name) is redefined: blocks from now on use the new one; the old one at \(Hex.word(earlier)) stays in place)") + "\n")
        }
    }

    /// The registers of code that was stopped; the machine keeps the state from before the run.
    private func stopped(_ state: RegisterState?, previous: RegisterState, dump: RegisterDump) -> String {
        guard let state else { return "(stopped before its registers could be read; the state is as before the run)\n" }
        return "registers when stopped (the state stays as before the run):\n" +
            dump.full(state, changed: Set(state.changedRegisters(from: previous))) +
            ExtendedDump(style: style).changes(from: previous.extended, to: state.extended)
    }

    /// The full dump the first time, then what changed.
    private func registers(_ state: RegisterState, previous: RegisterState, dump: RegisterDump, includeRip: Bool) -> String {
        if !shownFullDump {
            shownFullDump = true
            return dump.full(state, changed: Set(state.changedRegisters(from: previous))) +
                ExtendedDump(style: style).changes(from: previous.extended, to: state.extended)
        }
        return dump.changes(from: previous, to: state, including: includeRip ? [.rip] : [])
    }

    /// `  at <stdin>:2: mov rax, [0]` for the instruction at `rip`.
    /// `FILE:LINE: error: HEADLINE` and the line's text when the stop is at a line of code (the
    /// form editors and build tools read), else the headline and where rip is.
    private func located(_ headline: String, rip: UInt64?, back: UInt64, in assembled: AssembledBlock) -> String {
        guard let rip else { return "error: \(headline)\n" }
        let image = assembled.assembly.image
        let address = rip &- back
        if let blockLine = assembled.blockLine(atCodeAddress: address) {
            let line = assembled.lines[blockLine - 1]
            return "\(place(of: line, blockLine: blockLine).label): error: \(headline)\n    \(line.text.trimmingBlanksOfLine())\n"
        }
        if let line = program.line(at: address) {
            return "\(line.origin.label): error: \(headline)\n    \(line.text.trimmingBlanksOfLine())\n"
        }
        let start = SandboxLayout.codeAddress
        let end = image.codeAddress + UInt64(image.code.count)
        if address >= end && address < end + UInt64(SandboxLayout.exitStubSize) {
            return "error: \(headline)\n  at the end of the code (rip \(Hex.word(rip)))\n"
        }
        return "error: \(headline)\n  rip \(Hex.word(rip)) is outside the code (\(Hex.word(start))–\(Hex.word(end)))\n"
    }
}

extension String {
    func trimmingBlanksOfLine() -> String {
        self[...].trimmingBlanks()
    }
}
