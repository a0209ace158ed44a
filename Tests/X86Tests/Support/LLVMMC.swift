#if canImport(Glibc)
import Glibc
#endif
import TestSupport

/// llvm-mc, the reference encoder, run once for a whole batch of instructions.
enum LLVMMC {
    /// The first `llvm-mc` (or a versioned `llvm-mc-N`) on `PATH`, if any.
    static let path: String? = {
        guard let variable = getenv("PATH") else { return nil }
        let directories = String(cString: variable).split(separator: ":").map(String.init)
        let names = ["llvm-mc"] + (10...30).reversed().map { "llvm-mc-\($0)" }
        for name in names {
            for directory in directories where access(directory + "/" + name, X_OK) == 0 {
                return directory + "/" + name
            }
        }
        return nil
    }()

    /// What llvm-mc made of one line: its bytes, or its error message.
    enum Outcome: Equatable {
        case bytes([UInt8])
        case error(String)
        /// llvm-mc left a field to the linker: it read an operand as a symbol or branch target.
        case fixup
    }

    /// Encodes `lines` (Intel syntax, one instruction each) in one llvm-mc run.
    ///
    /// A `.ascii` marker follows each line, so the output splits back into one group of
    /// encodings per input line even when llvm-mc prints a prefix as an instruction of its own
    /// (`rep` then `movsb`); errors come back with the line number they are about.
    static func encode(_ lines: [String], triple: String = "x86_64-unknown-linux-gnu") -> [Outcome]? {
        guard let path else { return nil }
        var source = ""
        for line in lines { source += line + "\n.ascii \"\(marker)\"\n" }
        let result = ProcessRunner.run(
            path, ["-triple=" + triple, "-x86-asm-syntax=intel", "-show-encoding"],
            input: Array(source.utf8), timeout: 300)
        var outcomes = [Outcome](repeating: .bytes([]), count: lines.count)
        var index = 0
        for line in result.output.split(separator: "\n") {
            if line.contains(".ascii"), line.contains(marker) {
                index += 1
                continue
            }
            guard index < lines.count, let encoding = line.firstRange(of: "encoding: [") else { continue }
            let list = line[encoding.upperBound...].prefix { $0 != "]" }
            var bytes: [UInt8] = []
            var fixup = false
            for item in list.split(separator: ",") {
                guard item.hasPrefix("0x"), let byte = UInt8(item.dropFirst(2), radix: 16) else {
                    fixup = true
                    break
                }
                bytes.append(byte)
            }
            if fixup {
                outcomes[index] = .fixup
            } else if case .bytes(let earlier) = outcomes[index] {
                outcomes[index] = .bytes(earlier + bytes)
            }
        }
        guard index == lines.count else { return nil }
        for line in result.error.split(separator: "\n") {
            // `<stdin>:LINE:COLUMN: error: MESSAGE`; source line 2k+1 is input line k.
            let parts = line.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
            guard parts.count == 5, parts[0] == "<stdin>", parts[3] == " error",
                  let number = Int(parts[1]), number % 2 == 1 else { continue }
            let position = (number - 1) / 2
            if position < outcomes.count, case .bytes = outcomes[position] {
                outcomes[position] = .error(String(parts[4].dropFirst()))
            }
        }
        return outcomes
    }

    private static let marker = "--8<--"
}
