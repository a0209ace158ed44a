#if canImport(Glibc)
import Glibc
#endif

/// Where a file a line names (`.include`, `%include`, `.incbin`) is looked for.
enum IncludeSearch {
    /// `name` in each include path: NASM's `-i` is a prefix pasted before the name, GNU's `-I`
    /// a directory, and both read the same when the path ends in `/`.
    static func paths(of name: String, in includePaths: [String]) -> [String] {
        includePaths.map { $0.hasSuffix("/") ? $0 + name : $0 + "/" + name }
    }

    /// The first of `candidates` that can be read.
    static func firstReadable(_ candidates: [String]) -> String? {
        candidates.first { access($0, R_OK) == 0 }
    }
}
