import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Expected bytes from llvm-mc: the source assembled to an object, linked by GNU ld with
/// `.text` at a given address, and the section's bytes taken out with objcopy.
enum LLVMOracle {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static var isAvailable: Bool {
        ProcessRunner.run("/usr/bin/env", ["llvm-mc", "--version"]).exitCode == 0
    }

    /// The `.text` of Intel-syntax `source` linked at `address` (`att`: AT&T syntax instead).
    static func text(_ source: String, at address: UInt64 = 0, att: Bool = false) throws -> [UInt8] {
        let folder = TemporaryFolder.make()
        TemporaryFolder.write(folder + "/input.s", contents: (att ? "" : ".intel_syntax noprefix\n") + source + "\n")
        TemporaryFolder.write(folder + "/link.ld", contents: """
            SECTIONS { .text 0x\(String(address, radix: 16)) : { *(.text) } /DISCARD/ : { *(.note*) *(.comment) } }
            """)
        try run(["llvm-mc", "-filetype=obj", folder + "/input.s", "-o", folder + "/input.o"])
        try run(["ld", "-o", folder + "/linked", folder + "/input.o", "-e", "0", "-T", folder + "/link.ld"])
        try run(["objcopy", "-O", "binary", "-j", ".text", folder + "/linked", folder + "/text.bin"])
        guard let bytes = TemporaryFolder.read(folder + "/text.bin") else { throw Failure(description: "no output from objcopy") }
        return bytes
    }

    private static func run(_ arguments: [String]) throws {
        let result = ProcessRunner.run("/usr/bin/env", arguments)
        guard result.exitCode == 0 else { throw Failure(description: "\(arguments[0]) failed: \(result.error)") }
    }
}

/// Bytes as lowercase hex pairs, for readable failures.
func hex(_ bytes: some Sequence<UInt8>) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
}
