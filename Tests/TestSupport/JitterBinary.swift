#if canImport(Glibc)
import Glibc
#endif

/// Where the `jitter` executable under test is.
public enum JitterBinary {
    /// `$JITTER_BIN` when set (the test script sets it), else the package's debug build.
    public static var path: String {
        if let value = getenv("JITTER_BIN"), value.pointee != 0 {
            return String(cString: value)
        }
        return packageRoot + "/.build/debug/jitter"
    }

    /// The package's root folder, found from this file's own location.
    public static var packageRoot: String {
        // This file is <root>/Tests/TestSupport/JitterBinary.swift.
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }

    /// Runs `jitter ARGUMENTS` with `input` on a pipe as its standard input.
    public static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                           timeout: Double = 20, mergeStandardError: Bool = false) -> ProcessResult {
        ProcessRunner.run(path, arguments, input: Array(input.utf8),
                          environment: TestEnvironment.isolated().merging(environment) { $1 },
                          timeout: timeout, mergeStandardError: mergeStandardError)
    }
}
