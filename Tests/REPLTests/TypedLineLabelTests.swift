import REPL
import Testing

/// Where messages place a typed line: on a terminal, by its line in the block being typed;
/// from a pipe or a file, by its line in that input.
@Suite struct TypedLineLabelTests {
    func errors(interactive: Bool, _ lines: [String]) -> String {
        let collected = Collected()
        var options = SessionOptions(timeout: 5, color: false)
        options.interactive = interactive
        let session = Session(options: options) { collected.events.append($0) }
        for line in lines { session.handle(line) }
        return collected.events.map(\.text).joined()
    }

    // Three lines before the block, two in it: the error is on the block's second line.
    let lines = ["mov eax, 1", "ret", "nop", "mov ecx, 2", "mov eaz, 1"]

    @Test func aTerminalNamesTheLineInTheBlock() {
        let text = errors(interactive: true, lines)
        #expect(text.contains("block:3:5: error: 'eaz' is not a register"), "\(text)")
        #expect(!text.contains("<stdin>:5"))
    }

    @Test func pipedInputNamesTheLineInTheInput() {
        let text = errors(interactive: false, lines)
        #expect(text.contains("<stdin>:5:5: error: 'eaz' is not a register"), "\(text)")
    }

    @Test func aFaultOnATerminalNamesItsBlockLine() {
        let text = errors(interactive: true, ["mov eax, 1", "ret", "nop", "mov rax, [rbx]", "ret"])
        #expect(text.contains("block:2: error: SIGSEGV"), "\(text)")
    }
}
