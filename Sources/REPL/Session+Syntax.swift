import X86Decoder

/// `.syntax intel|att`: how typed lines are read and decoded bytes are shown. Explanations
/// stay in Intel syntax.
extension Session {
    /// A block typed in one syntax (or dialect) cannot be finished in the other.
    func dropBlockForSyntax() {
        guard !block.isEmpty else { return }
        warn("note: the unfinished block (\(block.count) lines) was dropped\n")
        dropBlock()
    }

    func showSyntax() -> LineOutcome {
        say(options.syntax == .att ? "syntax: att (movq $1, %rax)\n" : "syntax: intel (mov rax, 1)\n")
        return .succeeded
    }

    /// The syntax `.decode` and `.dis` print in: the one lines are read in.
    var decodedSyntax: DisassemblySyntax { options.syntax == .att ? .att : .intel }
}
