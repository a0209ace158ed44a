import ArgumentParser
import Diagnostics
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

    @Flag(name: .customLong("no-color"), help: "Never use ANSI colour.")
    var noColor = false

    func run() throws {
        let errors = FileOutput(descriptor: 2)
        let bytes: [UInt8]
        switch TextFile.readBytes(file) {
        case .success(let contents): bytes = contents
        case .failure(let error):
            errors.write("error: cannot read \(file): \(error.message)\n")
            throw ExitCode(1)
        }
        let source = SourceFile(name: file, bytes: bytes)
        let assembly = SourceAssembly(source)
        if !assembly.diagnostics.isEmpty {
            let renderer = DiagnosticRenderer(colors: Terminal.colorAllowed(noColorFlag: noColor, descriptor: 2))
            for diagnostic in assembly.diagnostics {
                errors.write(renderer.render(diagnostic.diagnostic, in: source))
            }
            errors.write("\(assembly.diagnostics.count) error\(assembly.diagnostics.count == 1 ? "" : "s"); \(output) not written\n")
            throw ExitCode(1)
        }
        let fd = open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            errors.write("error: cannot write \(output): \(String(cString: strerror(errno)))\n")
            throw ExitCode(1)
        }
        defer { close(fd) }
        let image = assembly.image
        let out = FileOutput(descriptor: fd, chunk: 1 << 20)
        image.code.withUnsafeBufferPointer { out.write($0) }
        if !image.data.isEmpty {
            // Data starts at its own (aligned) address; the gap after the code is zeros.
            let gap = Int(image.dataAddress &- image.codeAddress) - image.code.count
            for _ in 0..<max(0, gap) { out.write(byte: 0) }
            image.data.withUnsafeBufferPointer { out.write($0) }
        }
        out.flush()
        if let failure = out.failure {
            errors.write("error: cannot write \(output): \(String(cString: strerror(failure)))\n")
            throw ExitCode(1)
        }
    }
}
