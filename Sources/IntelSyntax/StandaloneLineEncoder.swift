import Diagnostics
import X86
import X86Assembler
import X86Encoder

/// One instruction whose bytes depend on nothing but its own text.
public struct StandaloneInstruction: Sendable, Hashable {
    public var bytes: [UInt8]
    public var instruction: Instruction
    public var mnemonic: Mnemonic { instruction.mnemonic }
}

/// Encodes single lines that need no symbol, label or address (`add eax, 1`,
/// `mov rcx, [rbx + 8]`), the way a REPL meets most typed lines: without building a program,
/// a statement list or an image for each.
///
/// Anything else (labels, symbols, `$`, branches to labels, directives, data, errors) gets nil,
/// and the caller assembles the line the full way, which also reports its errors.
/// The parser and its memory of encoding forms are kept from line to line.
public final class StandaloneLineEncoder {
    /// The line's bytes, then a newline; the parser reads whole words, so the buffer is never
    /// smaller than `minimumCapacity`.
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    /// Used for every typed line, from one thread: without the runtime's exclusivity check,
    /// which cost about as much as the rest of the call's own work.
    @exclusivity(unchecked) private var parser: SourceParser
    private static let minimumCapacity = 256
    /// Whose encodings the lines get.
    public let dialect: EncodingDialect

    public init(dialect: EncodingDialect = .llvm) {
        self.dialect = dialect
        buffer = StandaloneLineEncoder.allocate(StandaloneLineEncoder.minimumCapacity)
        parser = StandaloneLineEncoder.parser(over: buffer, dialect: dialect)
    }

    deinit { buffer.deallocate() }

    /// `text` encoded on its own, or nil when it is not one instruction that can be.
    public func encode(_ text: String) -> StandaloneInstruction? {
        var text = text
        return text.withUTF8 { encode(utf8: $0) }
    }

    private func encode(utf8 line: UnsafeBufferPointer<UInt8>) -> StandaloneInstruction? {
        if line.count + 16 > buffer.count {
            let grown = StandaloneLineEncoder.allocate(max(line.count + 16, buffer.count * 2))
            buffer.deallocate()
            buffer = grown
            parser = StandaloneLineEncoder.parser(over: buffer, dialect: dialect)
        }
        guard let start = buffer.baseAddress else { return nil }
        if let source = line.baseAddress, line.count > 0 { start.update(from: source, count: line.count) }
        start[line.count] = UInt8(ascii: "\n")
        parser.contextFreeOutput.removeAll()
        parser.needsContext = false
        let length = parser.encodeContextFree(from: 0, to: line.count)
        guard length > 0, !parser.needsContext else { return nil }
        let bytes = parser.contextFreeOutput.withUnsafeBufferPointer { Array($0.prefix(length)) }
        return StandaloneInstruction(bytes: bytes, instruction: parser.line.instruction)
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutableBufferPointer<UInt8> {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0)
        return buffer
    }

    private static func parser(over buffer: UnsafeMutableBufferPointer<UInt8>, dialect: EncodingDialect) -> SourceParser {
        var options = AssemblerOptions(keepsStatementRecords: false, collectsSymbols: false)
        options.encodingDialect = dialect
        var parser = SourceParser(text: UnsafeBufferPointer(buffer), builder: ProgramBuilder(options: options), recordsStatements: false)
        parser.contextFree = true
        return parser
    }
}

extension SourceAssembly {
    /// The assembly of `file`, whose lines were each encoded on their own (`lines[i]` is line
    /// `i + 1`): the bytes one after another from `options.codeAddress`, which is what
    /// assembling the text gives, since such lines depend on nothing, not even their address.
    /// A long block of them is ready to run without being parsed again.
    public init(_ file: SourceFile, standaloneLines lines: [StandaloneInstruction], options: AssemblerOptions) {
        var image = ProgramImage()
        image.codeAddress = options.codeAddress
        var statements: [Statement] = []
        statements.reserveCapacity(lines.count)
        image.records.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            let start = index < file.lineStarts.count ? file.lineStarts[index] : 0
            let statement = InstructionStatement(instruction: line.instruction,
                                                 mnemonicRange: SourceRange(start: start, end: start), operandRanges: [])
            statements.append(Statement(.instruction(statement), range: SourceRange(start: start, end: start), line: index + 1))
            image.records.append(StatementRecord(statement: index, line: index + 1, inCode: true,
                                                 offset: image.code.count, length: line.bytes.count))
            image.code.append(contentsOf: line.bytes)
        }
        // Where data would go with none: after the code, 4-byte aligned, as the assembler places it.
        image.dataAddress = options.dataAddress ?? (options.codeAddress + UInt64(image.code.count) + 3) & ~3
        image.sections = [ProgramImage.SectionInfo(name: ".text", address: image.codeAddress, size: image.code.count, isCode: true)]
        self.file = file
        self.statements = statements
        self.image = image
        self.diagnostics = []
    }
}
