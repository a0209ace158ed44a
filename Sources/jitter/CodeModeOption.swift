import ArgumentParser
import X86

/// `--bits 16|32|64`.
enum CodeModeOption {
    static func mode(_ bits: Int) throws -> CodeMode {
        guard let mode = CodeMode(bits: Int64(bits)) else { throw ValidationError("--bits takes 16, 32 or 64") }
        return mode
    }
}
