import Diagnostics
import IntelSyntax
import Testing
import X86Assembler

/// Source with the expected range marked: `⟨` and `⟩` are removed before parsing and say
/// where the error must point (byte offsets in the text without them).
struct MarkedSource {
    let text: String
    let range: SourceRange

    init(_ marked: String) {
        var bytes: [UInt8] = []
        var start = 0
        var end = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟨": start = bytes.count
            case "⟩": end = bytes.count
            default: bytes.append(contentsOf: Array(String(scalar).utf8))
            }
        }
        text = String(decoding: bytes, as: UTF8.self)
        range = SourceRange(start: start, end: end)
    }

    /// The line (1-based) the marked range starts on.
    var line: Int { text.utf8.prefix(range.start).filter { $0 == 0x0A }.count + 1 }
}

/// Every error points at what is wrong: the operand, the symbol, the character.
@Suite struct DiagnosticPositionTests {
    /// A source with the range of its one error marked (⟨…⟩), and words of the message.
    struct Case: CustomStringConvertible, Sendable {
        let source: String
        let message: String
        var description: String { source }

        /// Assembles the source (in `syntax`) and expects exactly one error, whose message
        /// contains ``message``, at the marked range and on its line.
        func expectOneErrorAtTheMark(syntax: SourceSyntax = .intel, sourceLocation: SourceLocation = #_sourceLocation) {
            let marked = MarkedSource(source)
            let assembly = SourceAssembly(SourceFile(name: "test.asm", text: marked.text), syntax: syntax)
            let diagnostic = assembly.diagnostics.first
            #expect(assembly.diagnostics.count == 1, "\(assembly.diagnostics.map(\.diagnostic.message))", sourceLocation: sourceLocation)
            #expect(diagnostic?.diagnostic.message.contains(message) == true, "\(diagnostic?.diagnostic.message ?? "no error")",
                    sourceLocation: sourceLocation)
            #expect(diagnostic?.diagnostic.range == marked.range, sourceLocation: sourceLocation)
            #expect(diagnostic?.line == marked.line, sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        // The symbol's own range for an undefined symbol, not the operand's.
        Case(source: "mov eax, ⟨missing⟩ + 4", message: "undefined symbol 'missing'"),
        Case(source: "jmp ⟨nowhere⟩", message: "undefined symbol 'nowhere'"),
        Case(source: "jz ⟨nowhere⟩   # spaces and a comment after", message: "undefined symbol 'nowhere'"),
        Case(source: "jrcxz ⟨distant⟩   # note\ntimes 200 nop\ndistant:", message: "its target is 200 bytes away"),
        Case(source: "mov rax, [rbx + ⟨table⟩*8]", message: "undefined symbol 'table'"),
        Case(source: "dq 1, 2, ⟨later⟩", message: "undefined symbol 'later'"),
        // Encoder errors underline the operand at fault.
        Case(source: "mov al, ⟨300⟩", message: "immediate 300 is out of range"),
        Case(source: "mov ⟨[rax]⟩, 1", message: "operand size is ambiguous"),
        Case(source: "⟨add byte ptr [rax], eax⟩", message: "no form of 'add'"),
        // Parse errors point at the character.
        Case(source: "mov eax, ⟨)⟩", message: "unexpected ')'"),
        Case(source: "mov eax, [rax ⟨r⟩bx]", message: "expected '+', '-' or ']'"),
        Case(source: "mov eax, [rax + ⟨rbx*3⟩]", message: "the scale must be 1, 2, 4 or 8"),
        Case(source: "⟨frobnicate⟩ eax", message: "unknown instruction 'frobnicate'"),
        // A near miss of a mnemonic or a register names it.
        Case(source: "⟨movv⟩ eax, 1", message: "unknown instruction 'movv'; did you mean 'mov'?"),
        Case(source: "mov eax, ⟨eaz⟩", message: "undefined symbol 'eaz'; did you mean the register 'eax'?"),
        Case(source: "mov rax, [⟨xmn3⟩]", message: "did you mean the register 'xmm3'?"),
        Case(source: "mov eax, ⟨st(⟩8)", message: "an x87 register is written st(0) … st(7)"),
        Case(source: "mov eax, ⟨0x1g⟩", message: "malformed number"),
        Case(source: "mov eax, 1 ⟨/⟩ 0", message: "division by zero"),
        Case(source: "db ⟨\"open⟩", message: "unterminated string"),
        // Layout errors.
        Case(source: "jmp short ⟨far⟩\ntimes 200 nop\nfar:", message: "short jump cannot reach its target: it is 200 bytes away"),
        Case(source: "loop ⟨far⟩\ntimes 128 nop\nfar:", message: "'loop' only has a short form, and its target is 128 bytes away"),
        Case(source: "a:\nnop\n⟨a⟩:", message: "symbol 'a' is already defined"),
        Case(source: "extern printf\ncall ⟨printf⟩", message: "'printf' is external"),
        Case(source: "x equ 1\n⟨x⟩ equ 2", message: "symbol 'x' is already defined"),
        Case(source: "db ⟨256⟩", message: "value 256 does not fit in 1 byte"),
        Case(source: "jmp ⟨1b⟩", message: "no '1:' label before this reference"),
        // Floating-point constants: only in data of a float width, never in an expression.
        Case(source: "db ⟨1.5⟩", message: "'db' cannot hold a floating-point constant"),
        Case(source: ".byte 1, ⟨-2.5⟩", message: "'.byte' cannot hold a floating-point constant"),
        Case(source: "dd 1.5 ⟨+⟩ 1", message: "a floating-point constant cannot be part of an expression"),
        Case(source: "dd ⟨1e39⟩", message: "'1e39' is too large for single precision"),
        Case(source: "dq ⟨-1e309⟩", message: "'-1e309' is too large for double precision"),
        Case(source: "dw ⟨65520.0⟩", message: "'65520.0' is too large for half precision"),
        Case(source: ".float 1.5, ⟨x⟩", message: "expected a floating-point number"),
        Case(source: "dd __float32__(⟨1e39⟩)", message: "too large for single precision"),
        Case(source: "mov eax, ⟨1.5⟩", message: "floating-point constants are only data"),
    ])
    func errorPointsAtTheMarkedRange(_ test: Case) {
        test.expectOneErrorAtTheMark()
    }

    /// The rendered form: file:line:column, the line, a caret under the range.
    @Test func renderedWithCaretUnderTheOperand() throws {
        let source = "nop\n\tmov al, 300 ; too big\n"
        let file = SourceFile(name: "demo.asm", text: source)
        let assembly = SourceAssembly(file)
        let diagnostic = try #require(assembly.diagnostics.first)
        let rendered = DiagnosticRenderer().render(diagnostic.diagnostic, in: file)
        #expect(rendered.hasPrefix("demo.asm:2:10: error: immediate 300 is out of range"))
        #expect(rendered.contains("\n     mov al, 300 ; too big\n             ^~~\n"))
    }

    /// One bad line reports its error; every other line still gets its bytes.
    @Test func errorsInOneLineDoNotStopTheOthers() {
        let source = "mov eax, 1\nmov eax, ,\nret\nmov al, 1000\njmp 1b\n1: nop\n"
        let outcomes = SourceAssembly(SourceFile(name: "t", text: source)).lineOutcomes
        // Expected bytes from llvm-mc: `mov eax, 1` = b8 01 00 00 00, `ret` = c3, `nop` = 90.
        #expect(outcomes.count == 7)
        #expect(outcomes[0] == .bytes([0xb8, 0x01, 0x00, 0x00, 0x00]))
        guard case .error = outcomes[1] else { Issue.record("line 2 should fail"); return }
        #expect(outcomes[2] == .bytes([0xc3]))
        guard case .error = outcomes[3] else { Issue.record("line 4 should fail"); return }
        guard case .error = outcomes[4] else { Issue.record("line 5 should fail"); return }
        #expect(outcomes[5] == .bytes([0x90]))
    }

    /// A line that fails after GNU's `bcst` leaves nothing behind for the next line
    /// (`add eax, 1` = 83 c0 01, from llvm-mc).
    @Test func aFailedBroadcastDoesNotReachTheNextLine() {
        let source = ".intel_syntax noprefix\nvaddps zmm1, zmm2, dword bcst [rax] )\nadd eax, 1\n"
        let outcomes = SourceAssembly(SourceFile(name: "t", text: source)).lineOutcomes
        #expect(outcomes.count == 4)
        guard outcomes.count == 4, case .error = outcomes[1] else { Issue.record("line 2 should fail"); return }
        #expect(outcomes[2] == .bytes([0x83, 0xc0, 0x01]))
    }

    /// A value nested deeper than the parser allows is an error, not a crash.
    @Test func deepNestingIsAnError() {
        let depth = 100_000
        let source = "mov eax, " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        let assembly = SourceAssembly(SourceFile(name: "t", text: source))
        #expect(assembly.diagnostics.first?.diagnostic.message.contains("nests more than") == true)
    }

    /// The undefined-symbol kind is typed, for callers that wait for a later definition.
    @Test func undefinedSymbolsAreTyped() {
        let assembly = SourceAssembly(SourceFile(name: "t", text: "len equ missing + 1\nmov eax, len\n"))
        #expect(assembly.diagnostics.map(\.kind) == [.undefinedSymbol("missing")])
        #expect(assembly.diagnostics.first?.line == 2)
        #expect(assembly.diagnostics.first?.diagnostic.message.contains("in the definition of 'len' on line 1") == true)
    }
}
