import ArgumentParser
import Diagnostics
import IntelSyntax
import X86
import X86Assembler
import X86Encoder
import REPL

#if canImport(Glibc)
import Glibc
#endif

/// `jitter encode [FILE]`: one output line of bytes per input line.
struct Encode: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Assemble without running: print each line's bytes, one output line per input line.",
        discussion: """
            Each output line is the bytes its input line produced as lowercase hex pairs \
            separated by single spaces, an empty line when it produced none, or \
            `error: MESSAGE`. Labels resolve across the whole input, as in one assembly.
            """
    )

    @Argument(help: "The file to assemble (standard input when absent).")
    var file: String?

    @Option(help: "The syntax the input starts in: intel or att (.att_syntax and .intel_syntax switch it).")
    var syntax: SourceSyntax = .intel

    @Option(help: "The mode the input starts in: 16, 32 or 64 (bits and .code16… switch it).")
    var bits: Int = 64

    @Option(name: .customShort("I"), help: ArgumentHelp("A directory .include searches (GNU as's -I), after the including file's own; repeatable.", valueName: "DIR"))
    var gnuIncludePaths: [String] = []

    @Option(name: .customShort("i"), help: ArgumentHelp("A directory %include searches (NASM's -i), after the including file's own; repeatable.", valueName: "DIR"))
    var nasmIncludePaths: [String] = []

    @Option(name: .customLong("match"), help: MatchOption.help(default: "llvm"))
    var match: String?

    func validate() throws { _ = try MatchOption.dialect(match) }

    func run() throws {
        let mode = try CodeModeOption.mode(bits)
        let input = file.map { TextFile.readBytes($0, limit: TextFile.inputLimit) } ?? TextFile.readAll(STDIN_FILENO, limit: TextFile.inputLimit)
        let bytes: [UInt8]
        switch input {
        case .success(let contents): bytes = contents
        case .failure(let error):
            FileOutput(descriptor: 2).write("error: cannot read \(file ?? "standard input"): \(error.message)\n")
            throw ExitCode(1)
        }
        let output = FileOutput(descriptor: 1)
        let name = file ?? "<stdin>"
        let failed = LineEncoder.write(SourceFile(name: name, bytes: bytes), syntax: syntax, mode: mode,
                                        includePaths: gnuIncludePaths + nasmIncludePaths,
                                        dialect: (try? MatchOption.dialect(match)) ?? .llvm, to: output)
        output.flush()
        if output.failure != nil { throw ExitCode(1) }
        if failed > 0 {
            // Standard output keeps its one-line-per-input contract; the count goes to stderr.
            FileOutput(descriptor: 2).write("\(name): \(failed) line\(failed == 1 ? "" : "s") failed\n")
            throw ExitCode(1)
        }
    }
}

/// The `encode` contract, written straight from the assembler's statement records.
enum LineEncoder {
    private static let digits = Array("0123456789abcdef".utf8)

    /// Writes one output line per input line; returns how many lines failed.
    @discardableResult
    static func write(
        _ file: SourceFile, syntax: SourceSyntax = .intel, mode: CodeMode = .bits64, includePaths: [String] = [],
        dialect: EncodingDialect = .llvm, to output: FileOutput
    ) -> Int {
        // Whole-file assembly, keeping only what this needs: where each statement's bytes went.
        var options = AssemblerOptions(keepsStatementRecords: true, collectsSymbols: false)
        options.encodingDialect = dialect
        options.codeMode = mode
        let assembly = FileAssembly(name: file.name, bytes: file.bytes, options: options,
                                    syntax: syntax, includePaths: includePaths)
        // A final newline ends the last line; it does not start another.
        var lineCount = file.lineStarts.count
        if file.bytes.isEmpty || file.bytes.last == UInt8(ascii: "\n") { lineCount -= 1 }

        let records = assembly.image.records
        // A warning (`%warning`) leaves its line's bytes in place.
        let diagnostics = assembly.diagnostics.filter { $0.diagnostic.severity == .error }
        var recordIndex = 0
        var diagnosticIndex = 0
        let code = assembly.image.code
        let data = assembly.image.data
        var failed = 0
        for line in 1...max(1, lineCount) where lineCount > 0 {
            while diagnosticIndex < diagnostics.count && diagnostics[diagnosticIndex].line < line { diagnosticIndex += 1 }
            while recordIndex < records.count && records[recordIndex].line < line { recordIndex += 1 }
            if diagnosticIndex < diagnostics.count && diagnostics[diagnosticIndex].line == line {
                failed += 1
                output.write("error: ")
                output.write(singleLine(diagnostics[diagnosticIndex].diagnostic.message))
                output.write(byte: UInt8(ascii: "\n"))
                continue
            }
            var first = true
            while recordIndex < records.count && records[recordIndex].line == line {
                let record = records[recordIndex]
                let source = record.inCode ? code : data
                for offset in record.offset..<record.offset + record.length {
                    if !first { output.write(byte: UInt8(ascii: " ")) }
                    first = false
                    let byte = source[offset]
                    output.write(byte: digits[Int(byte >> 4)])
                    output.write(byte: digits[Int(byte & 0xf)])
                }
                recordIndex += 1
            }
            output.write(byte: UInt8(ascii: "\n"))
        }
        return failed
    }

    private static func singleLine(_ message: String) -> String {
        message.contains("\n") ? String(message.map { $0 == "\n" ? " " : $0 }) : message
    }
}

extension SourceSyntax: ExpressibleByArgument {}
