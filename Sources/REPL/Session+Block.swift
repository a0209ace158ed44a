import Diagnostics
import Explain
import IntelSyntax
import JIT
import X86
import X86Assembler
import X86Encoder

/// The block model: lines accumulate, `ret` runs them.
extension Session {
    /// A block (or one line) assembled for the sandbox, with the lines it came from.
    struct AssembledBlock {
        let lines: [SourceLine]
        let assembly: SourceAssembly
        /// Where the assembled code starts within the block (nonzero for one line assembled
        /// after the lines before it, see `quickly(_:)`).
        let offsetBase: Int
        /// For each 1-based line, the indices of its records in `assembly.image.records`
        /// (records follow statements, which follow lines, so each line's are contiguous).
        private let recordRanges: [Range<Int>]

        init(lines: [SourceLine], assembly: SourceAssembly, offsetBase: Int = 0) {
            self.lines = lines
            self.assembly = assembly
            self.offsetBase = offsetBase
            var ranges = Array(repeating: 0..<0, count: lines.count + 2)
            let records = assembly.image.records
            var index = 0
            while index < records.count {
                let line = records[index].line
                let start = index
                while index < records.count && records[index].line == line { index += 1 }
                if line >= 1 && line < ranges.count { ranges[line] = start..<index }
            }
            recordRanges = ranges
        }

        /// The records of the 1-based block line `line`.
        func records(ofLine line: Int) -> ArraySlice<StatementRecord> {
            guard line >= 1 && line < recordRanges.count else { return [] }
            return assembly.image.records[recordRanges[line]]
        }

        /// Diagnostics of the 1-based block line `line`.
        func diagnostics(ofLine line: Int) -> [AssemblyDiagnostic] {
            assembly.diagnostics.filter { $0.line == line }
        }

        /// Whether block line `line` defines a symbol (a label or a constant), which may
        /// change the bytes or offsets of the lines before it.
        func definesSymbol(line: Int) -> Bool {
            assembly.statements.contains { statement in
                guard statement.line == line else { return false }
                switch statement.kind {
                case .label, .directive(.define): return true
                default: return false
                }
            }
        }

        /// The block line whose code covers `address`, if any.
        func line(atCodeAddress address: UInt64) -> SourceLine? {
            blockLine(atCodeAddress: address).map { lines[$0 - 1] }
        }

        /// The 1-based block line whose code covers `address`, if any.
        func blockLine(atCodeAddress address: UInt64) -> Int? {
            guard let record = assembly.image.record(atCodeAddress: address),
                  record.line >= 1, record.line <= lines.count else { return nil }
            return record.line
        }
    }

    /// Assembles `lines` after the code and data of earlier blocks (code `codeOffset` bytes
    /// further in), with the sandbox symbols and the names earlier blocks defined available
    /// unless the lines define those names themselves.
    func assemble(_ lines: [SourceLine], codeOffset: Int = 0) -> AssembledBlock {
        var text = lines.map(\.text).joined(separator: "\n")
        let options = blockOptions(codeOffset: codeOffset)
        let syntax = self.options.syntax
        var assembly = SourceAssembly(SourceFile(name: "<block>", text: text), options: options, syntax: syntax)
        // Names the lines use but do not define: those the session knows become constants,
        // after the typed lines so their line numbers stay as they are.
        var known: [String] = []
        for diagnostic in assembly.diagnostics {
            guard let name = diagnostic.undefinedSymbol, !known.contains(name),
                  let value = program.value(of: name) ?? SandboxSymbols.value(of: name) else { continue }
            known.append(name)
            // GNU's `.set` in AT&T, where NASM's `equ` is no directive.
            text += syntax == .att ? "\n.set \(name), 0x\(String(value, radix: 16))" : "\n\(name) equ 0x\(String(value, radix: 16))"
        }
        if !known.isEmpty {
            assembly = SourceAssembly(SourceFile(name: "<block>", text: text), options: options, syntax: syntax)
        }
        return AssembledBlock(lines: lines, assembly: assembly, offsetBase: codeOffset)
    }

    /// Where a block (or a line `codeOffset` bytes into one) is assembled.
    func blockOptions(codeOffset: Int) -> AssemblerOptions {
        var options = AssemblerOptions(codeAddress: program.codeAddress + UInt64(codeOffset),
                                       dataAddress: program.dataAddress)
        options.encodingDialect = self.options.encodingDialect
        options.requires64BitCode = true
        // Nothing larger than the sandbox's regions can run: refuse it before producing it.
        options.byteLimit = max(0, min(SandboxLayout.codeCapacity - SandboxLayout.exitStubSize - program.code.count - codeOffset,
                                       SandboxLayout.dataCapacity - program.nextDataOffset))
        return options
    }

    /// The block, when each of its lines was encoded on its own, laid out from those bytes.
    func standaloneAssembly() -> AssembledBlock? {
        guard let lines = standaloneBlock, !lines.isEmpty, lines.count == block.count else { return nil }
        let file = SourceFile(name: "<block>", text: block.map(\.text).joined(separator: "\n"))
        return AssembledBlock(lines: block, assembly: SourceAssembly(file, standaloneLines: lines, options: blockOptions(codeOffset: 0)))
    }

    /// After GNU's `.intel_syntax` in the block, a `;` starts a second statement rather than a
    /// comment: such a line is read with the block, not alone.
    private func mayHoldTwoStatements(_ line: SourceLine) -> Bool {
        guard line.text.utf8.contains(UInt8(ascii: ";")) else { return false }
        while !syntaxSwitchSearch.found, syntaxSwitchSearch.lines < block.count {
            syntaxSwitchSearch.found = block[syntaxSwitchSearch.lines].text.lowercased().contains("_syntax")
            syntaxSwitchSearch.lines += 1
        }
        return syntaxSwitchSearch.found
    }

    /// An instruction, label, directive, comment or blank line.
    func code(_ line: SourceLine) -> LineOutcome {
        if options.style == .function, let end = blockEnd, !mayHoldTwoStatements(line) {
            if let outcome = standalone(line, after: end) { return outcome }
            if let quick = quickly(line, after: end) { return accept(line, quickly: quick, after: end) }
        }
        // Re-assembling the whole block for every line makes a long block quadratic; past
        // `listingLimit` lines each line is checked alone and the block is assembled at `ret`.
        let deferred = options.style == .function && block.count >= Session.listingLimit
        let candidate = options.style == .step || deferred ? [line] : block + [line]
        let assembled = assemble(candidate)
        let lineNumber = candidate.count
        let problems = assembled.diagnostics(ofLine: lineNumber)
        // A label that a later line may still define does not make the line wrong.
        let waiting = problems.filter { $0.undefinedSymbol != nil }
        if problems.count > waiting.count || (options.style == .step && !problems.isEmpty) {
            for problem in problems where !(deferred && problem.undefinedSymbol != nil) {
                report(problem.diagnostic, in: assembled, line: lineNumber)
            }
            return .failed
        }
        switch options.style {
        case .step:
            showListing(of: lineNumber, in: assembled)
            if options.explainEach { explainLine(lineNumber, in: assembled) }
            let producedCode = assembled.assembly.image.records.contains { record in
                guard record.line == lineNumber, record.inCode, record.length > 0 else { return false }
                if case .instruction = assembled.assembly.statements[record.statement].kind { return true }
                return false
            }
            guard producedCode else {
                // A label, constant or data stays for the lines after it (`top:` then a loop
                // back to it; `msg: db "hi"` then `lea rsi, [msg]`), and is not run.
                keep(assembled)
                return .succeeded
            }
            return execute(assembled, mode: .step)
        case .function:
            // Blank and comment lines matter only inside a block.
            let hasStatements = assembled.assembly.statements.contains { $0.line == lineNumber }
            guard hasStatements || !block.isEmpty else { return .succeeded }
            if deferred {
                if block.count == Session.listingLimit {
                    say(style.dim("(a long block: the bytes of the lines from here on are shown when it runs)") + "\n")
                }
            } else {
                showListing(of: lineNumber, in: assembled)
                if options.explainEach { explainLine(lineNumber, in: assembled) }
            }
            block.append(line)
            standaloneBlock = nil
            blockEnd = deferred ? nil : Session.blockEnd(of: assembled)
            guard Session.endsBlock(assembled.assembly, line: lineNumber) else { return .succeeded }
            if !deferred, let functions = Session.functionsStillToCome(in: assembled) {
                say(style.dim("(the block goes on: \(functions.map { "'\($0)'" }.joined(separator: ", ")) "
                    + "is called but not written yet)") + "\n")
                return .succeeded
            }
            guard deferred else { return runBlock(assembled) }
            return runLongBlock(assemble(block))
        }
    }

    /// Runs a block assembled whole, first showing the bytes of the lines that were not
    /// shown as they were typed (past `listingLimit` in a block that had to be assembled
    /// whole for every line).
    func runLongBlock(_ whole: AssembledBlock) -> LineOutcome {
        if whole.lines.count > shownListing.count, !options.quiet {
            var listing = ""
            for later in (shownListing.count + 1)...whole.lines.count { listing += self.listing(of: later, in: whole) }
            if !listing.isEmpty { say(listing) }
        }
        return runBlock(whole)
    }

    /// Lines of a block whose bytes are shown as each is typed; see `code(_:)`.
    static let listingLimit = 256

    /// Runs the block ending with `ret`; afterwards the next line starts a new block.
    private func runBlock(_ assembled: AssembledBlock) -> LineOutcome {
        dropBlock()
        let errors = assembled.assembly.diagnostics.filter { $0.line >= 1 && $0.line <= assembled.lines.count }
        if !errors.isEmpty {
            for error in errors { report(error.diagnostic, in: assembled, line: error.line) }
            fail("the block was not run and is discarded")
            return .failed
        }
        return execute(assembled, mode: .function)
    }

    /// `0005: b8 32 00 00 00` for each piece of the line that produced bytes.
    func listing(of line: Int, in assembled: AssembledBlock) -> String {
        let image = assembled.assembly.image
        let waiting = assembled.diagnostics(ofLine: line).compactMap(\.undefinedSymbol)
        var text = ""
        var first = true
        for record in assembled.records(ofLine: line) {
            if record.length > 0 {
                let source = first && line >= 1 && line <= assembled.lines.count ? assembled.lines[line - 1] : nil
                text += listingRow(offset: record.offset + (record.inCode ? assembled.offsetBase : 0), inCode: record.inCode,
                                   bytes: image.bytes(of: record), of: source)
                first = false
            } else if !waiting.isEmpty, case .instruction = assembled.assembly.statements[record.statement].kind {
                text += style.dim(Hex.padded(UInt64(record.offset), width: 4) + ":") + " "
                text += "(bytes once \(waiting.map { "'\($0)'" }.joined(separator: ", ")) is defined)\n"
            }
        }
        return text
    }

    /// `0005: b8 32 00 00 00`, and for a line from a file (not typed here) its text beside the bytes.
    func listingRow(offset: Int, inCode: Bool = true, bytes: ArraySlice<UInt8>, of line: SourceLine?) -> String {
        if bytes.count <= Session.summaryThreshold, line == nil || line?.origin.name == Session.typedName {
            // The row of nearly every typed line, written straight into the string's storage (it
            // is most of a line's cost; an array in between was allocated, copied and freed).
            let styled = style.enabled
            return String(unsafeUninitializedCapacity: bytes.count * 3 + 48) { out in
                var count = 0
                func put(_ byte: UInt8) {
                    out[count] = byte
                    count += 1
                }
                if styled { for byte in Style.dimStart { put(byte) } }
                if !inCode { for byte in "data+".utf8 { put(byte) } }
                let value = UInt64(offset)
                let needed = value == 0 ? 1 : (67 - value.leadingZeroBitCount) / 4
                for place in stride(from: max(4, needed) - 1, through: 0, by: -1) {
                    put(Hex.digits[Int(value >> (UInt64(place) * 4) & 0xf)])
                }
                put(UInt8(ascii: ":"))
                if styled { for byte in Style.reset { put(byte) } }
                put(UInt8(ascii: " "))
                var first = true
                for byte in bytes {
                    if !first { put(UInt8(ascii: " ")) }
                    first = false
                    put(Hex.digits[Int(byte >> 4)])
                    put(Hex.digits[Int(byte & 0xf)])
                }
                put(UInt8(ascii: "\n"))
                return count
            }
        }
        let place = inCode ? Hex.padded(UInt64(offset), width: 4) : "data+" + Hex.padded(UInt64(offset), width: 4)
        var shown = Session.summarised(bytes)
        if let line, line.origin.name != Session.typedName {
            shown += String(repeating: " ", count: max(2, 32 - shown.count)) + style.dim(line.text.trimmingBlanksOfLine())
        }
        return style.dim(place + ":") + " " + shown + "\n"
    }

    /// Longer runs of bytes are summarised in listings.
    static let summaryThreshold = 32

    /// Bytes in hex, or for a long run the first few and how many there are in all (a listing
    /// of `.zero 1000000` should not be three megabytes of text).
    static func summarised(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.count > summaryThreshold else { return Hex.bytes(Array(bytes)) }
        let head = Hex.bytes(Array(bytes.prefix(16)))
        if let first = bytes.first, bytes.allSatisfy({ $0 == first }) {
            return head + " … \(bytes.count) bytes of " + Hex.bytes([first])
        }
        return head + " … \(bytes.count) bytes in all"
    }

    /// Shows the new line's bytes, and again those of earlier lines of the block whose
    /// bytes or offsets changed because of it (a label defined, a branch grown).
    private func showListing(of line: Int, in assembled: AssembledBlock) {
        if options.quiet {
            if options.style == .function { shownListing.append("") }
            return
        }
        var text = ""
        // Only a new label or constant can change what earlier lines assembled to.
        if options.style == .function && assembled.definesSymbol(line: line) {
            for earlier in 1..<line where earlier <= shownListing.count {
                let now = listing(of: earlier, in: assembled)
                if now != shownListing[earlier - 1] {
                    shownListing[earlier - 1] = now
                    for row in now.split(separator: "\n") { text += String(row) + style.dim("  (updated)") + "\n" }
                }
            }
        }
        let current = listing(of: line, in: assembled)
        if options.style == .function { shownListing.append(current) }
        text += current
        if !text.isEmpty { say(text) }
    }

    /// Forgets the block being typed.
    func dropBlock() {
        block = []
        syntaxSwitchSearch = (0, false)
        standaloneBlock = []
        shownListing = []
        // An empty block is as simple as blocks get: its first line may be assembled alone.
        blockEnd = BlockEnd(codeSize: 0)
    }

    /// The labels the block calls but does not define yet, when those are its only missing
    /// symbols: then a `ret` ends the caller, and the functions follow (`call double` / `ret` /
    /// `double:` …). Any other missing symbol (a `jmp` to a label never written) lets the
    /// `ret` run the block, which reports it.
    static func functionsStillToCome(in assembled: AssembledBlock) -> [String]? {
        let statements = assembled.assembly.statements
        var called: [String] = []
        for diagnostic in assembled.assembly.diagnostics {
            guard let name = diagnostic.undefinedSymbol else { return nil }
            guard diagnostic.statement >= 0, diagnostic.statement < statements.count,
                  case .instruction(let instruction) = statements[diagnostic.statement].kind,
                  InstructionSet.shared.name(of: instruction.instruction.mnemonic) == "call"
            else { return nil }
            if !called.contains(name) { called.append(name) }
        }
        return called.isEmpty ? nil : called
    }

    /// Whether `line` is a `ret` that ends the block.
    static func endsBlock(_ assembly: SourceAssembly, line: Int) -> Bool {
        assembly.statements.contains { statement in
            guard statement.line == line, case .instruction(let instruction) = statement.kind else { return false }
            return InstructionSet.shared.name(of: instruction.instruction.mnemonic) == "ret"
        }
    }

    /// Renders `diagnostic` of block line `line` at the place the line came from, with the
    /// source line and a caret.
    func report(_ diagnostic: Diagnostic, in assembled: AssembledBlock, line reportedLine: Int) {
        let file = assembled.assembly.file
        // The range may lie on another line than the one reported (a constant defined later).
        var line = reportedLine
        if diagnostic.range.start >= 0, diagnostic.range.start <= file.bytes.count {
            line = file.location(of: diagnostic.range.start).line
        }
        guard line >= 1, line <= assembled.lines.count, line <= file.lineStarts.count else {
            fail(diagnostic.message)
            return
        }
        let source = assembled.lines[line - 1]
        let lineStart = file.lineStarts[line - 1]
        let origin = place(of: source, blockLine: line)
        // Re-base the range onto a file holding just this line at its original line number,
        // so the renderer prints `lesson.asm:12:5`.
        let padding = min(origin.line - 1, Session.renderPaddingLimit)
        let shift = padding - lineStart
        var moved = diagnostic
        moved.range = SourceRange(start: max(padding, diagnostic.range.start + shift),
                                  end: max(padding, diagnostic.range.end + shift))
        var bytes = [UInt8](repeating: UInt8(ascii: "\n"), count: padding)
        bytes.append(contentsOf: source.text.utf8)
        let name = padding == origin.line - 1 ? origin.name : "\(origin.name) (line \(origin.line))"
        let rendered = DiagnosticRenderer(colors: options.errorColor ?? options.color).render(moved, in: SourceFile(name: name, bytes: bytes))
        warn(rendered)
    }

    /// Where a message places block line `blockLine`: its file and line; for a line typed at a
    /// terminal, `block` and its line in the block.
    func place(of source: SourceLine, blockLine: Int) -> Origin {
        guard options.interactive, source.origin.name == Session.typedName else { return source.origin }
        return Origin(name: "block", line: blockLine)
    }

    /// Beyond this line number, locations name the line in words instead of padding a copy
    /// of the file up to it.
    static let renderPaddingLimit = 100_000

    /// `.explain on`: the explanation of each instruction on block line `line`, at the
    /// address it will run at. Instructions naming labels are left out (an explanation needs
    /// their final numbers).
    func explainLine(_ line: Int, in assembled: AssembledBlock) {
        let renderer = ExplanationRenderer(characters: options.unicode ? .unicode : .ascii, width: options.width, detail: .brief)
        let assembly = assembled.assembly
        for record in assembled.records(ofLine: line) where record.inCode && record.length > 0 {
            guard case .instruction(let statement) = assembly.statements[record.statement].kind else { continue }
            guard statement.symbolic.isEmpty else {
                say(style.dim("(no explanation for an instruction that names a label)") + "\n")
                continue
            }
            let address = Int64(bitPattern: assembly.image.codeAddress) + Int64(record.offset)
            if let explanation = try? Explanation.explain(statement.instruction, at: address,
                                                          encoder: Encoder(dialect: options.encodingDialect)) {
                say(renderer.render(explanation))
            }
        }
    }
}

extension AssemblyDiagnostic {
    /// The name of the symbol that no statement defines, when that is the problem.
    var undefinedSymbol: String? {
        if case .undefinedSymbol(let name) = kind { return name }
        return nil
    }
}
