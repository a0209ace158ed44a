import ArgumentParser
import IntelSyntax
import REPL

#if canImport(Glibc)
import Glibc
#endif

/// `jitter asm FILE -o OUT`: a flat binary, like `nasm -f bin`.
struct Assemble: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "asm",
        abstract: "Assemble FILE into a flat binary: the code, then the data sections after it."
    )

    @Argument(help: "The file to assemble.")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the bytes.", valueName: "OUT"))
    var output: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The output format: bin (a flat binary) or elf64 (a relocatable object).",
                                                    valueName: "FORMAT"))
    var format: OutputFormat = .bin

    @Flag(name: .customLong("no-color"), help: "Never use ANSI colour.")
    var noColor = false

    func run() throws {
        let errors = FileOutput(descriptor: 2)
        let assembly: FileAssembly
        switch FileAssembly.assemble(path: file, options: format == .elf64 ? FileAssembly.objectOptions : FileAssembly.defaultOptions) {
        case .success(let result): assembly = result
        case .failure(let error):
            errors.write("error: cannot read \(file): \(error.description)\n")
            throw ExitCode(1)
        }
        let count = assembly.diagnostics.count
        if count > 0 {
            errors.write(assembly.renderedDiagnostics(colors: Terminal.colorAllowed(noColorFlag: noColor, descriptor: 2)))
            errors.write("\(count) error\(count == 1 ? "" : "s"); \(output) not written\n")
            throw ExitCode(1)
        }
        let written = format == .elf64 ? assembly.writeObject(to: output) : assembly.writeFlatBinary(to: output)
        if case .failure(let error) = written {
            errors.write("error: cannot write \(output): \(error.description)\n")
            throw ExitCode(1)
        }
        // Done: the kernel drops the assembly's tens of megabytes at once, faster than freeing
        // them array by array on the way out.
        withExtendedLifetime(assembly) { Glibc.exit(0) }
    }
}

/// What `jitter asm` writes.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case bin
    case elf64
}
