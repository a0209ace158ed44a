import Diagnostics
import Explain
import IntelSyntax
import JIT
import X86
import X86Assembler

#if canImport(Glibc)
import Glibc
#endif

/// An interactive assembler session: takes typed lines, reports what they did.
///
/// Instruction lines accumulate into a block, each showing its offset and bytes at once;
/// `ret` assembles the block and runs it on a persistent machine (function mode). In step
/// mode every instruction runs as soon as it is typed. Lines whose first word is a
/// ``DotCommand`` are commands.
///
/// The session does no terminal I/O. Everything it has to say goes, in order, to the
/// `output` closure given at creation, which is called as soon as the text exists (before
/// any code runs), so a program's own output lands after the lines that led to it.
public final class Session {
    // The properties read or written for every typed line skip the runtime's exclusivity
    // check (`@exclusivity(unchecked)`): a session is used from one thread, one call at a
    // time, and the checks were about 5% of a typed line's instructions.
    @exclusivity(unchecked) public private(set) var options: SessionOptions
    let output: (OutputEvent) -> Void
    var style: Style { Style(enabled: options.color) }
    /// The styling of what goes to standard error.
    var errorStyle: Style { Style(enabled: options.errorColor ?? options.color) }

    /// Lines of the block being typed (function mode).
    @exclusivity(unchecked) var block: [SourceLine] = []
    /// The bytes listing last shown for each line of the block.
    @exclusivity(unchecked) var shownListing: [String] = []
    /// How many of the block's first lines were looked at for a switch to GNU's syntax, and
    /// whether one was found (see `mayHoldTwoStatements(_:)`): each line is looked at once.
    var syntaxSwitchSearch = (lines: 0, found: false)
    /// Where the next line of the block goes, when it can be assembled on its own.
    @exclusivity(unchecked) var blockEnd: BlockEnd? = BlockEnd(codeSize: 0)
    /// Encodes typed instructions that need nothing but themselves (see `standalone(_:after:)`).
    /// Made at the first line: it needs the instruction table, which the prompt does not wait for.
    lazy var standaloneEncoder = StandaloneLineEncoder(dialect: options.encodingDialect)
    /// The block's lines as encoded one by one, while every line of it was (then the block
    /// runs without being assembled again); nil once one was not.
    @exclusivity(unchecked) var standaloneBlock: [StandaloneInstruction]? = []
    /// The machine code runs on; created at the first run.
    var executor: Executor?
    /// Snapshots taken before recent runs, newest last, for `.undo`.
    var undoStack: [MachineSnapshot] = []
    static let undoDepth = 8
    /// Whether the full register dump has been shown once (later runs show what changed).
    var shownFullDump = false
    /// Labels and constants of the last assembled block, for `.mem SYMBOL`.
    var lastSymbols: [String: Int64] = [:]
    /// Lines typed directly (not from `.load`), for `<stdin>:N` locations.
    @exclusivity(unchecked) var typedLines = 0
    /// Files being loaded (device and inode, so no spelling of a path hides a file), innermost
    /// last, so a file cannot load itself forever.
    var loading: [FileIdentity] = []
    /// Files loaded since the outermost `.load` began, so nested loads cannot fan out without end.
    var loadsInProgress = 0
    /// How many `; expect` lines held, and a description of each that did not.
    public private(set) var expectationsPassed = 0
    public private(set) var expectationFailures: [String] = []
    /// How the most recent run ended (nil before the first run, and after `.reset`).
    public internal(set) var lastOutcome: ExecutionOutcome?
    /// Incremented at every run, so a caller can tell whether a line ran code.
    public internal(set) var runCount = 0
    /// Lines other than expectations that failed (errors, faults, time-outs).
    public private(set) var failedLines = 0
    /// The code and data of the blocks run so far, and the names they defined.
    @exclusivity(unchecked) var program = PersistentProgram()
    /// Where the next step-mode run starts, when `.set rip` chose a place in the code typed.
    var resumeAt: UInt64?
    /// What the code reads from fd 0 (`.stdin`).
    var standardInput: StandardInput = .empty

    public init(options: SessionOptions = SessionOptions(), output: @escaping (OutputEvent) -> Void) {
        self.options = options
        // One gate for everything the session says: text that came from input (a name in an
        // error, a line echoed) cannot send control sequences to the terminal.
        self.output = { event in
            switch event {
            case .standardOutput(let text): output(.standardOutput(Printable.keepingColors(text)))
            case .standardError(let text): output(.standardError(Printable.keepingColors(text)))
            case .programOutput: output(event)
            }
        }
    }

    /// Whether a person types the lines at a terminal (see ``SessionOptions/interactive``).
    public var interactive: Bool {
        get { options.interactive }
        set { options.interactive = newValue }
    }

    /// The width of the terminal output goes to, in columns (explanations fit it).
    public var width: Int {
        get { options.width }
        set { options.width = max(40, newValue) }
    }

    /// The prompt for the next line.
    public var prompt: String { "jitter> " }

    /// Whether lines are waiting in an unfinished block (function mode).
    public var hasPendingBlock: Bool { !block.isEmpty }

    /// Forgets the unfinished block, saying so; nothing happens when there is none.
    public func dropPendingBlock() {
        guard !block.isEmpty else { return }
        say(style.dim("(the unfinished block of \(block.count) line\(block.count == 1 ? "" : "s") was dropped)") + "\n")
        dropBlock()
    }

    /// The origin name of lines handed to ``handle(_:)``.
    static let typedName = "<stdin>"

    /// Handles one line as if typed.
    @discardableResult
    public func handle(_ line: String) -> LineOutcome {
        typedLines += 1
        return handle(line, from: Origin(name: Session.typedName, line: typedLines))
    }

    func handle(_ line: String, from origin: Origin) -> LineOutcome {
        guard line.utf8.count <= Session.lineLimit else {
            fail("\(origin.label): a line of \(line.utf8.count) bytes is longer than the \(Session.lineLimit) a line may have")
            failedLines += 1
            return .failed
        }
        if let expectation = Expectation.parse(line) {
            return check(expectation, at: origin)
        }
        let outcome: LineOutcome
        if let parsed = DotCommand.parse(line) {
            switch parsed {
            case .success(.load(let path)):
                // Its own lines are counted as they run.
                return load(path: path)
            case .success(let command): outcome = perform(command)
            case .failure(let error):
                fail(error.message)
                outcome = .failed
            }
        } else {
            outcome = code(SourceLine(text: line, origin: origin))
        }
        if outcome == .failed { failedLines += 1 }
        return outcome
    }

    /// Runs a file's lines as if typed; `.failed` when any line failed.
    public func load(path: String) -> LineOutcome {
        let identity = FileIdentity(path: path)
        if let identity, loading.contains(identity) {
            fail("\(Printable.escaped(path)) is already being loaded (a file cannot load itself)")
            failedLines += 1
            return .failed
        }
        guard loading.count < Session.loadDepthLimit, loadsInProgress < Session.loadCountLimit else {
            fail("\(Printable.escaped(path)) is not loaded: loads nest at most \(Session.loadDepthLimit) deep, "
                 + "and one .load loads at most \(Session.loadCountLimit) files")
            failedLines += 1
            return .failed
        }
        if loading.isEmpty { loadsInProgress = 0 }
        loadsInProgress += 1
        let text: String
        switch TextFile.read(path, limit: Session.loadLimit) {
        case .success(let contents): text = contents
        case .failure(let error):
            fail("cannot read \(Printable.escaped(path)): \(error.message)")
            failedLines += 1
            return .failed
        }
        loading.append(identity ?? FileIdentity(device: 0, inode: UInt64(loading.count)))
        defer { loading.removeLast() }
        var outcome = LineOutcome.succeeded
        // A file with macros, conditionals or includes runs as its expansion, each line named
        // by the line of the file it came from.
        var lines = TextFile.lines(of: text).enumerated().map { (text: String($0.element), line: $0.offset + 1) }
        if let expanded = ExpandedLines.expand(text, name: path) {
            var failed = false
            for diagnostic in expanded.diagnostics {
                let kind = diagnostic.diagnostic.severity == .warning ? "warning" : "error"
                warn("\(Printable.escaped(path)):\(diagnostic.line): \(kind): \(diagnostic.diagnostic.message)\n")
                if diagnostic.diagnostic.severity != .warning { failed = true }
            }
            if failed {
                failedLines += 1
                return .failed
            }
            lines = expanded.lines
        }
        for line in lines {
            switch handle(line.text, from: Origin(name: path, line: line.line)) {
            case .succeeded: break
            case .failed: outcome = .failed
            case .quit: return outcome == .failed ? .failed : .quit
            }
        }
        if finish() == .failed { outcome = .failed }
        return outcome
    }

    /// Runs the block still being typed, if any: a file (or piped input) ends its last
    /// block as `ret` would, since programs that leave by `exit` have no `ret`.
    @discardableResult
    public func finish() -> LineOutcome {
        guard options.style == .function, !block.isEmpty else { return .succeeded }
        // Blank and comment lines alone are not a program.
        let assembled = standaloneAssembly() ?? assemble(block)
        guard assembled.assembly.statements.contains(where: { $0.line >= 1 && $0.line <= block.count }) else {
            dropBlock()
            return .succeeded
        }
        say(style.dim("(end of input: running the block)") + "\n")
        let outcome = runLongBlock(assembled)
        if outcome == .failed { failedLines += 1 }
        return outcome
    }

    /// Checks `; expect …` against the state the most recent run left.
    private func check(_ parsed: Result<Expectation, CommandError>, at origin: Origin) -> LineOutcome {
        switch parsed {
        case .failure(let error):
            let text = "\(origin.label): \(error.message)"
            expectationFailures.append(text)
            fail(text)
            return .failed
        case .success(let expectation):
            guard runCount > 0 else {
                let text = "\(origin.label): expected \(expectation.text), but no code has run above this line"
                expectationFailures.append(text)
                warn(errorStyle.error("failed:") + " " + text + "\n")
                return .failed
            }
            let state = currentState
            if expectation.holds(in: state) {
                expectationsPassed += 1
                say(style.dim("ok: \(expectation.text)") + "\n")
                return .succeeded
            }
            let text = "\(origin.label): expected \(expectation.text), but \(expectation.describeActual(in: state))"
            expectationFailures.append(text)
            warn(errorStyle.error("failed:") + " " + text + "\n")
            return .failed
        }
    }

    /// Largest file `.load` reads: far beyond any program typed by hand.
    static let loadLimit = 64 << 20
    /// Longest line the session takes: far beyond anything typed, and short enough that every
    /// step on a line stays quick.
    static let lineLimit = 256 << 10
    /// How deep `.load` may nest, and how many files one `.load` may bring in all told.
    static let loadDepthLimit = 16
    static let loadCountLimit = 256

    /// Stops the code now running, if any; safe from a signal-handling thread.
    public var interruptHandle: InterruptHandle? { executor?.interruptHandle }

    func say(_ text: String) {
        output(.standardOutput(text))
    }

    func warn(_ text: String) {
        output(.standardError(text))
    }

    func fail(_ message: String) {
        output(.standardError(errorStyle.error("error:") + " \(message)\n"))
    }

    private func perform(_ command: DotCommand) -> LineOutcome {
        switch command {
        case .quit:
            return .quit
        case .help(let topic):
            return help(topic)
        case .timeout(let seconds):
            options.timeout = seconds
            say("time limit: \(OutcomeReport.seconds(seconds))\n")
            return .succeeded
        case .mode(let style):
            if style == .step && !block.isEmpty {
                warn("note: the unfinished block (\(block.count) lines) was dropped\n")
                dropBlock()
            }
            options.style = style
            say("mode: \(style.rawValue)\n")
            return .succeeded
        case .load(let path):
            return load(path: path)
        case .regs(let query):
            return showRegisters(query)
        case .reset:
            return reset()
        case .set(let register, let values):
            return set(register, to: values)
        case .memory(let address, let length):
            return showMemory(address, length: length)
        case .stack:
            return showStack()
        case .undo:
            return undo()
        case .explain(let request):
            return explain(request)
        case .standardInput(let request):
            switch request {
            case .none:
                standardInput = .empty
                say("stdin: none (reads see end of file)\n")
            case .bytes(let bytes):
                standardInput = .bytes(bytes)
                say("stdin: \(bytes.count) bytes, given again to every run\n")
            case .file(let path):
                guard access(path, R_OK) == 0 else {
                    fail("cannot read \(Printable.escaped(path)): \(String(cString: strerror(errno)))")
                    return .failed
                }
                standardInput = .file(path)
                say("stdin: \(Printable.escaped(path)), from its start at every run\n")
            }
            return .succeeded
        case .allow(let name):
            guard SandboxPolicy.allowableNames.contains(name) else {
                fail("'\(Printable.escaped(name))' is not a system call the sandbox refuses; .sandbox lists them")
                return .failed
            }
            options.allowedSystemCalls.append(name)
            executor?.policy.allow(name)
            say("allowed: \(name) (from the next run)\n")
            return .succeeded
        case .sandbox:
            say(sandboxDescription())
            return .succeeded
        case .definitions:
            say(definitionList())
            return .succeeded
        case .decode(let bytes, let mode):
            return decode(bytes, mode: mode)
        case .disassemble(let address, let count, let mode):
            return disassemble(address, count: count, mode: mode)
        case .syntax(let syntax):
            if let syntax, syntax != options.syntax {
                dropBlockForSyntax()
                options.syntax = syntax
            }
            return showSyntax()
        case .match(let dialect):
            if let dialect, dialect != options.encodingDialect {
                // The block's lines were shown with the other dialect's bytes.
                dropBlockForSyntax()
                options.encodingDialect = dialect
                // The quick path's parser keeps its dialect: start a new one.
                standaloneEncoder = StandaloneLineEncoder(dialect: dialect)
            }
            say("match: \(options.encodingDialect.rawValue) (\(options.encodingDialect.toolName)'s encodings)\n")
            return .succeeded
        }
    }

    private func definitionList() -> String {
        guard !program.definitions.isEmpty else {
            return "no labels or constants yet (\(program.code.count) bytes of code kept)\n"
        }
        func padded(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - text.count))
        }
        let width = min(24, program.definitions.map(\.name.count).max() ?? 0)
        var text = ""
        for definition in program.definitions {
            text += "\(padded(definition.name, width))  \(Hex.word(definition.value))  "
                + "\(padded(definition.kind.rawValue, 8))  \(definition.origin.label)\n"
        }
        return text + "(\(program.code.count) bytes of code and \(program.dataSize) of data kept; .reset clears them)\n"
    }

    private func sandboxDescription() -> String {
        var policy = executor?.policy ?? SandboxPolicy.standard
        if executor == nil { for name in options.allowedSystemCalls { policy.allow(name) } }
        func megabytes(_ value: UInt64) -> String { "\(value >> 20) MiB" }
        var lines = [
            "Code runs in a separate process: its own session, no descriptors but 0, 1 and 2, "
                + "stdin \(standardInputDescription), output relayed (at most 1 MiB shown per run).",
            "Limits: time \(OutcomeReport.seconds(options.timeout)), address space \(megabytes(policy.addressSpaceLimit)), "
                + "files \(megabytes(policy.fileSizeLimit)), \(policy.processLimit) processes, \(policy.openFilesLimit) descriptors; "
                + "as root it runs as uid \(policy.unprivilegedID).",
        ]
        var rules: [String] = []
        if policy.signalsStayInGroup { rules.append("signals only to its own process group (kill tkill tgkill)") }
        if policy.writeXorExecute { rules.append("no writable and executable memory (mmap mprotect pkey_mprotect)") }
        if policy.plainClone { rules.append("no namespaces, no untraced processes (clone; clone3 answers ENOSYS)") }
        if policy.noTerminalInjection { rules.append("no terminal input injection (ioctl)") }
        if !rules.isEmpty { lines.append("Rules: " + rules.joined(separator: "; ") + ".") }
        lines.append("Refused (SIGSYS): " + policy.refusedCalls.joined(separator: " ") + ".")
        lines.append(".allow NAME (or --allow-syscall NAME) lets one through.")
        return lines.joined(separator: "\n") + "\n"
    }

    private var standardInputDescription: String {
        switch standardInput {
        case .empty: return "empty"
        case .bytes(let bytes): return "\(bytes.count) bytes"
        case .file(let path): return Printable.escaped(path)
        }
    }

    private func help(_ topic: String?) -> LineOutcome {
        guard let topic else {
            say(Help.commandList())
            return .succeeded
        }
        guard let text = Help.forms(of: topic) else {
            fail("'\(topic)' is not an instruction Jitter knows")
            return .failed
        }
        say(text)
        return .succeeded
    }

    private func explain(_ request: DotCommand.ExplainRequest) -> LineOutcome {
        switch request {
        case .on:
            options.explainEach = true
            say("explain: on\n")
        case .off:
            options.explainEach = false
            say("explain: off\n")
        case .instruction(let text):
            switch ExplainText.explain(text, name: "<explain>", dialect: options.encodingDialect, mode: options.codeMode) {
            case .success(let explanation):
                say(ExplanationRenderer(characters: options.unicode ? .unicode : .ascii, width: options.width).render(explanation))
            case .failure(let error):
                warn(error.rendered(color: options.color))
                return .failed
            }
        }
        return .succeeded
    }
}
