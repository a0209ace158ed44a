import IntelSyntax
import X86
import X86Assembler

/// Typing into a long block without assembling the whole block for every line.
///
/// A new line can only change the lines before it by defining a symbol they use, and only
/// depends on them through the symbols it names. So while the block assembles cleanly, in
/// one section, an instruction that names no symbol (`add eax, 1`, `mov rcx, [rbx+8]`) is
/// assembled alone at the offset where the block's code ends; any other line is assembled
/// with the whole block, and so is the block at `ret`. (Labels cannot be passed in as
/// constants: a branch to a constant is not relaxed like a branch to a label.)
extension Session {
    /// Where the next line of the block goes.
    struct BlockEnd {
        let codeSize: Int
    }

    /// The end of a block assembled whole, or nil when the block is not simple enough for
    /// its next line to be assembled alone (errors, data, sections, `default rel`).
    static func blockEnd(of assembled: AssembledBlock) -> BlockEnd? {
        let assembly = assembled.assembly
        guard assembly.diagnostics.isEmpty, assembly.image.data.isEmpty else { return nil }
        for statement in assembly.statements {
            switch statement.kind {
            case .directive(.section), .directive(.defaultRelative):
                return nil
            default:
                break
            }
        }
        return BlockEnd(codeSize: assembly.image.code.count)
    }

    /// A line that is one instruction needing nothing but itself (most typed lines), added to
    /// the block from its bytes alone: no program, statement list or image is built for it.
    /// Nil when the line needs the general path (`quickly(_:after:)`, then the whole block).
    func standalone(_ line: SourceLine, after end: BlockEnd) -> LineOutcome? {
        guard !options.explainEach, options.syntax == .intel, let encoded = standaloneEncoder.encode(line.text) else { return nil }
        // Past the room the general path gives a line, that path says so.
        guard encoded.bytes.count <= blockOptions(codeOffset: end.codeSize).byteLimit else { return nil }
        let listing = options.quiet ? "" : listingRow(offset: end.codeSize, bytes: encoded.bytes[...], of: line)
        shownListing.append(listing)
        if !listing.isEmpty { say(listing) }
        block.append(line)
        standaloneBlock?.append(encoded)
        blockEnd = BlockEnd(codeSize: end.codeSize + encoded.bytes.count)
        guard encoded.mnemonic == Session.returnMnemonic else { return .succeeded }
        return runLongBlock(standaloneAssembly() ?? assemble(block))
    }

    private static let returnMnemonic = PackedName("ret").flatMap { InstructionSet.shared.mnemonic(named: $0) }

    /// `line` assembled alone after the block, or nil when it must be assembled with the
    /// whole block (it names or defines a symbol, is a directive, has an error…).
    func quickly(_ line: SourceLine, after end: BlockEnd) -> AssembledBlock? {
        guard !line.text.contains("$") else { return nil }
        let assembled = assemble([line], codeOffset: end.codeSize)
        let assembly = assembled.assembly
        guard assembly.diagnostics.isEmpty, assembly.image.data.isEmpty, !assembly.statements.isEmpty else { return nil }
        for statement in assembly.statements {
            guard statement.line == 1, case .instruction(let instruction) = statement.kind,
                  instruction.symbolic.isEmpty
            else { return nil }
        }
        return assembled
    }

    /// Adds a line assembled by `quickly` to the block, as the whole-block path would.
    func accept(_ line: SourceLine, quickly assembled: AssembledBlock, after end: BlockEnd) -> LineOutcome {
        let listing = options.quiet ? "" : self.listing(of: 1, in: assembled)
        shownListing.append(listing)
        if !listing.isEmpty { say(listing) }
        if options.explainEach { explainLine(1, in: assembled) }
        block.append(line)
        standaloneBlock = nil
        blockEnd = BlockEnd(codeSize: end.codeSize + assembled.assembly.image.code.count)
        guard Session.endsBlock(assembled.assembly, line: 1) else { return .succeeded }
        return runLongBlock(assemble(block))
    }
}
