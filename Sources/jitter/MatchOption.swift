import ArgumentParser
import X86Encoder

/// `--match nasm|gas|llvm`: whose encodings to choose where the assemblers differ. A plain
/// string checked here rather than an enum argument, which costs start-up time to parse.
enum MatchOption {
    static func help(default choice: String) -> ArgumentHelp {
        ArgumentHelp("Choose the bytes nasm, GNU as (gas) or llvm-mc (llvm) would where they differ (default: \(choice)).",
                     valueName: "nasm|gas|llvm")
    }

    /// The dialect `text` names; nil when none was given.
    static func dialect(_ text: String?) throws -> EncodingDialect? {
        guard let text else { return nil }
        guard let dialect = EncodingDialect(rawValue: text.lowercased()) else {
            throw ValidationError("--match takes nasm, gas or llvm, not '\(text)'")
        }
        return dialect
    }
}
