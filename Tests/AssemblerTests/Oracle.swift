import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The peers, run at test time, as the source of expected bytes.
enum Oracle {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Which assembler makes the object file.
    enum Assembler {
        /// `llvm-mc -x86-asm-syntax=intel -filetype=obj`.
        case llvmMC
        /// GNU as, `as -msyntax=intel -mnaked-reg`.
        case gnuAs
    }

    /// The bytes of each named section after assembling `source` with `assembler` and linking
    /// with GNU ld, each section on its own at the given address (so references between
    /// sections are resolved as in a flat image), extracted with `objcopy -O binary`.
    static func assembleAndLink(
        _ source: String, with assembler: Assembler = .llvmMC, sections: [(name: String, address: UInt64)]
    ) throws -> [String: [UInt8]] {
        let folder = TemporaryFolder.make()
        let input = folder + "/input.s"
        try write(source, to: input)
        switch assembler {
        case .llvmMC:
            try run("/usr/bin/env", ["llvm-mc", "-x86-asm-syntax=intel", "-filetype=obj", input, "-o", folder + "/input.o"])
        case .gnuAs:
            try run("/usr/bin/env", ["as", "-msyntax=intel", "-mnaked-reg", input, "-o", folder + "/input.o"])
        }
        // A linker script that keeps every section apart (the default one merges `.rodata.*`).
        var script = "SECTIONS {\n"
        for section in sections {
            script += "  \(section.name) 0x\(String(section.address, radix: 16)) : { *(\(section.name)) }\n"
        }
        script += "  /DISCARD/ : { *(.note*) *(.comment) }\n}\n"
        try write(script, to: folder + "/link.ld")
        try run("/usr/bin/env", ["ld", "-o", folder + "/linked", folder + "/input.o", "-e", "0", "-T", folder + "/link.ld"])
        var result: [String: [UInt8]] = [:]
        for section in sections {
            let out = folder + "/\(section.name).bin"
            try run("/usr/bin/env", ["objcopy", "-O", "binary", "-j", section.name, folder + "/linked", out])
            result[section.name] = TemporaryFolder.read(out) ?? []
        }
        return result
    }

    /// ``assembleAndLink(_:with:sections:)`` with llvm-mc.
    static func llvmMC(_ source: String, sections: [(name: String, address: UInt64)]) throws -> [String: [UInt8]] {
        try assembleAndLink(source, with: .llvmMC, sections: sections)
    }

    /// The `.text` of the file at `path` after `llvm-mc -filetype=obj` (no link: for files
    /// whose only references are within `.text`).
    static func llvmMCText(path: String) throws -> [UInt8] {
        let folder = TemporaryFolder.make()
        try run("/usr/bin/env", ["llvm-mc", "-x86-asm-syntax=intel", "-filetype=obj", path, "-o", folder + "/input.o"])
        try run("/usr/bin/env", ["objcopy", "-O", "binary", "-j", ".text", folder + "/input.o", folder + "/text.bin"])
        return TemporaryFolder.read(folder + "/text.bin") ?? []
    }

    /// The defined symbols of the file at `path` after `llvm-mc -filetype=obj`, by name, with
    /// their values (`nm`).
    static func llvmMCSymbols(path: String) throws -> [String: UInt64] {
        let folder = TemporaryFolder.make()
        try run("/usr/bin/env", ["llvm-mc", "-x86-asm-syntax=intel", "-filetype=obj", path, "-o", folder + "/input.o"])
        let listed = ProcessRunner.run("/usr/bin/env", ["nm", "--defined-only", folder + "/input.o"], timeout: 60)
        guard listed.exitCode == 0 else { throw Failure(description: "nm failed") }
        var symbols: [String: UInt64] = [:]
        for line in String(decoding: listed.standardOutput, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 3, let value = UInt64(fields[0], radix: 16) else { continue }
            symbols[String(fields[2])] = value
        }
        return symbols
    }

    /// The whole file `nasm -f bin` makes of `source`.
    static func nasm(_ source: String) throws -> [UInt8] {
        let folder = TemporaryFolder.make()
        let input = folder + "/input.asm"
        try write(source, to: input)
        try run("/usr/bin/env", ["nasm", "-f", "bin", input, "-o", folder + "/out.bin"])
        return TemporaryFolder.read(folder + "/out.bin") ?? []
    }

    /// The encoding llvm-mc gives each instruction line of `source` (`-show-encoding`),
    /// in order: only for sources whose every line is one instruction with no symbols.
    static func llvmMCEncodings(_ source: String) throws -> [[UInt8]] {
        let result = ProcessRunner.run(
            "/usr/bin/env", ["llvm-mc", "-x86-asm-syntax=intel", "-show-encoding"], input: Array(source.utf8))
        guard result.exitCode == 0 else { throw Failure(description: "llvm-mc failed: \(result.error)") }
        var encodings: [[UInt8]] = []
        for line in result.output.split(separator: "\n") {
            let parts = line.split(separator: "encoding: [", maxSplits: 1)
            guard parts.count == 2, let close = parts[1].firstIndex(of: "]") else { continue }
            encodings.append(parts[1][..<close].split(separator: ",").compactMap { UInt8($0.dropFirst(2), radix: 16) })
        }
        return encodings
    }

    private static func run(_ path: String, _ arguments: [String]) throws {
        let result = ProcessRunner.run(path, arguments, timeout: 60)
        guard result.exitCode == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ")) failed: \(result.error)\(result.output)")
        }
    }

    private static func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(description: "cannot create \(path)") }
        defer { close(fd) }
        var copy = text
        let written = copy.withUTF8 { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == text.utf8.count else { throw Failure(description: "cannot write \(path)") }
    }
}

/// Files of the repository, found from this source file's place in it.
enum Repository {
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 {
            guard let slash = path.lastIndex(of: "/") else { break }
            path = String(path[..<slash])
        }
        return path
    }()

    static func text(_ relativePath: String) -> String {
        String(decoding: TemporaryFolder.read(root + "/" + relativePath) ?? [], as: UTF8.self)
    }
}
