import ArgumentParser
import REPL
import X86Decoder

#if canImport(Glibc)
import Glibc
#endif

/// `jitter disasm FILE|-`: a listing of a flat binary.
struct Disassemble: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disasm",
        abstract: "Disassemble a flat binary: address, bytes and Intel (or AT&T) text per instruction.",
        discussion: """
            The text is spelled as llvm-objdump prints it (with --print-imm-hex). Bytes that \
            are no instruction show as (bad) with the reason, and decoding goes on at the next byte.
            """
    )

    @Argument(help: "The file to read, or - for standard input.")
    var file: String

    @Option(name: .long, help: ArgumentHelp("The address of the first byte (decimal or 0x hex).", valueName: "ADDR"))
    var base: String = "0"

    @Flag(name: .long, help: "Only the text of each instruction, one per line.")
    var textOnly = false

    @Option(help: "The syntax of the text: intel or att (as llvm-objdump prints each).")
    var syntax: DisassemblySyntax = .intel

    @Option(help: "Read the bytes as 16-, 32- or 64-bit code.")
    var bits: Int = 64

    func validate() throws {
        _ = try CodeModeOption.mode(bits)
        guard Disassemble.address(base) != nil else { throw ValidationError("--base takes an address, not '\(base)'") }
    }

    static func address(_ text: String) -> Int64? {
        if text.hasPrefix("0x") || text.hasPrefix("0X") { return UInt64(text.dropFirst(2), radix: 16).map { Int64(bitPattern: $0) } }
        return Int64(text)
    }

    func run() throws {
        let input = file == "-" ? TextFile.readAll(STDIN_FILENO, limit: TextFile.inputLimit) : TextFile.readBytes(file, limit: TextFile.inputLimit)
        let bytes: [UInt8]
        switch input {
        case .success(let contents): bytes = contents
        case .failure(let error):
            FileOutput(descriptor: 2).write("error: cannot read \(file == "-" ? "standard input" : file): \(error.message)\n")
            throw ExitCode(1)
        }
        let output = FileOutput(descriptor: 1)
        let textOnly = self.textOnly
        let syntax = self.syntax
        let decoder = Decoder(mode: try CodeModeOption.mode(bits))
        Disassembly.forEachLine(bytes, base: Disassemble.address(base) ?? 0, decoder: decoder) { line in
            output.write(textOnly ? line.text(in: syntax) : Disassembly.format(line, syntax: syntax))
            output.write(byte: UInt8(ascii: "\n"))
        }
        output.flush()
        if output.failure != nil { throw ExitCode(1) }
    }
}

extension DisassemblySyntax: ExpressibleByArgument {}
