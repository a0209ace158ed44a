import ArgumentParser
import Diagnostics
import IntelSyntax
import REPL

#if canImport(Glibc)
import Glibc
#endif

/// `jitter asm FILE -o OUT`: a flat binary, like `nasm -f bin`; with `-f elf64`, a relocatable
/// object that `ld` and `gcc` link.
struct Assemble: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "asm",
        abstract: "Assemble FILE into a flat binary (the code, then the data after it) or, with -f elf64, an ELF64 object."
    )

    @Argument(help: "The file to assemble ('-' for standard input).")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the bytes ('-' for standard output).", valueName: "OUT"))
    var output: String

    @Option(name: .customShort("l"), help: ArgumentHelp(
        "Also write a listing: each line with the address (or section offset) and bytes it assembled to ('-' for standard output).",
        valueName: "LISTING"))
    var listing: String?

    // A plain string, checked in `run`: parsing an enum argument costs a few milliseconds of
    // conformance lookups at start-up, which a big file's assembly would feel.
    @Option(name: .shortAndLong, help: ArgumentHelp("The output format: bin (a flat binary) or elf64 (a relocatable object).",
                                                    valueName: "FORMAT"))
    var format = "bin"

    @Flag(name: .customLong("no-color"), help: "Never use ANSI colour.")
    var noColor = false

    @Option(name: .customLong("color"), help: ColorChoice.help)
    var color: ColorChoice = .auto

    @Option(help: "The syntax the file starts in: intel or att (.att_syntax and .intel_syntax switch it).")
    var syntax: SourceSyntax = .intel

    @Option(help: "The mode the file starts in: 16, 32 or 64 (bits and .code16… switch it).")
    var bits: Int = 64

    @Option(name: .customShort("I"), help: ArgumentHelp("A directory .include searches (GNU as's -I), after the including file's own; repeatable.", valueName: "DIR"))
    var gnuIncludePaths: [String] = []

    @Option(name: .customShort("i"), help: ArgumentHelp("A directory %include searches (NASM's -i), after the including file's own; repeatable.", valueName: "DIR"))
    var nasmIncludePaths: [String] = []

    @Option(name: .customLong("match"), help: ArgumentHelp(
        "Choose the bytes nasm, GNU as (gas) or llvm-mc (llvm) would where they differ. Default: the file's own: AT&T syntax or a first directive that is a dot-directive (.intel_syntax, .text, .globl …) means gas; a first directive of NASM's (bits, section, global, extern, default, org, %define, db, resb, times, equ …) means nasm; none in the first 1000 lines means llvm.",
        valueName: "nasm|gas|llvm"))
    var match: String?

    func validate() throws { _ = try MatchOption.dialect(match) }

    func run() throws {
        try AssemblyRequest(
            file: file, output: output, listing: listing, format: format, noColor: noColor, color: color, syntax: syntax,
            bits: bits, includePaths: gnuIncludePaths + nasmIncludePaths, match: match
        ).run()
    }
}

/// What `jitter asm` was asked to do, however its arguments were read.
struct AssemblyRequest {
    var file: String
    var output: String
    var listing: String? = nil
    var format = "bin"
    var noColor = false
    var color: ColorChoice = .auto
    var syntax: SourceSyntax = .intel
    var bits = 64
    var includePaths: [String] = []
    var match: String? = nil

    /// The request of `arguments` (those after `asm`) when they are only a file, `-o OUT` and
    /// `-f FORMAT`, the way a build runs the assembler; nil for anything else, which the argument
    /// parser reads (and explains when it is wrong). The parser's reflection over the commands
    /// costs milliseconds before the first line is read, as much as building the tables.
    static func plain(_ arguments: ArraySlice<String>) -> AssemblyRequest? {
        var file: String?
        var output: String?
        var format: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            switch argument {
            case "-o", "--output", "-f", "--format":
                guard index + 1 < arguments.endIndex else { return nil }
                let value = arguments[index + 1]
                guard value == "-" || !value.hasPrefix("-") else { return nil }
                if argument == "-o" || argument == "--output" {
                    guard output == nil else { return nil }
                    output = value
                } else {
                    guard format == nil else { return nil }
                    format = value
                }
                index += 2
            default:
                guard file == nil, argument == "-" || !argument.hasPrefix("-") else { return nil }
                file = argument
                index += 1
            }
        }
        guard let file, let output else { return nil }
        var request = AssemblyRequest(file: file, output: output)
        if let format { request.format = format }
        return request
    }

    func run() throws {
        let errors = FileOutput(descriptor: 2)
        let assembly: FileAssembly
        guard format == "bin" || format == "elf64" else {
            errors.write("error: unknown format '\(format)'; use bin or elf64\n")
            throw ExitCode(1)
        }
        let object = format == "elf64"
        var options = object ? FileAssembly.objectOptions : FileAssembly.defaultOptions
        options.codeMode = try CodeModeOption.mode(bits)
        if listing != nil {
            options.keepsStatementRecords = true
            options.keepsListing = true
        }
        let dialect = try MatchOption.dialect(match)
        if let dialect { options.encodingDialect = dialect }
        // The process ends once the output is written: the kernel frees the assembler's tables then.
        switch FileAssembly.assemble(path: file, options: options, syntax: syntax, includePaths: includePaths,
                                     detectsDialect: dialect == nil, keepsWorkingMemory: true) {
        case .success(let result): assembly = result
        case .failure(let error):
            errors.write("error: cannot read \(file): \(error.description)\n")
            throw ExitCode(1)
        }
        // Warnings (`%warning`) are shown but do not stop the output.
        let count = assembly.diagnostics.count { $0.diagnostic.severity == .error }
        if !assembly.diagnostics.isEmpty {
            errors.write(assembly.renderedDiagnostics(colors: Terminal.colorAllowed(noColorFlag: noColor, choice: color, descriptor: 2)))
        }
        if count > 0 {
            errors.write("\(count) error\(count == 1 ? "" : "s"); \(output) not written\n")
            throw ExitCode(1)
        }
        let written = object ? assembly.writeObject(to: output) : assembly.writeFlatBinary(to: output)
        if case .failure(let error) = written {
            errors.write("error: cannot write \(output): \(error.description)\n")
            throw ExitCode(1)
        }
        if let listing, case .failure(let error) = FileAssembly.writeText(assembly.renderedListing(), to: listing) {
            errors.write("error: cannot write \(listing): \(error.description)\n")
            throw ExitCode(1)
        }
        // Done: the kernel drops the assembly's tens of megabytes at once, faster than freeing
        // them array by array on the way out.
        errors.flush()
        withExtendedLifetime(assembly) { Glibc.exit(0) }
    }
}
