import X86
import Explain
import IntelSyntax
import X86Encoder

/// Settings a session starts with; commands may change them later.
public struct SessionOptions: Sendable {
    /// Time limit of one run, in seconds.
    public var timeout: Double
    /// Whether standard output may use ANSI colour.
    public var color: Bool
    /// Whether standard error may (decided for its own descriptor: it may go to a file while
    /// standard output is a terminal). Nil: as ``color``.
    public var errorColor: Bool?
    /// Function mode (run at `ret`) or step mode (run each instruction).
    public var style: ExecutionStyle
    /// Whether every instruction typed is explained.
    public var explainEach: Bool
    /// Whether explanations may draw with box-drawing characters (a UTF-8 locale).
    public var unicode: Bool
    /// The terminal's width in columns, which explanations fit.
    public var width: Int = 80
    /// Only results and errors: no byte listings, no register dumps beyond the return value.
    public var quiet = false
    /// Lines come from a person at a terminal: a typed line is then named by its place in the
    /// block being typed (`block:3:5`), not by how many lines came before it in the session.
    public var interactive = false
    /// System calls the sandbox lets through although it refuses them by default
    /// (`--allow-syscall`, `.allow`).
    public var allowedSystemCalls: [String] = []
    /// The syntax typed lines are read in, and decoded text shown in (`.syntax`).
    public var syntax: SourceSyntax = .intel
    /// Whose encodings lines get where the assemblers differ (`--match`, `.match`).
    public var encodingDialect: EncodingDialect = .llvm
    /// The mode `.explain` reads and encodes its instruction in (`jitter explain --bits 16`).
    public var codeMode: CodeMode = .bits64

    public init(timeout: Double = 2, color: Bool = false, style: ExecutionStyle = .function,
                explainEach: Bool = false, unicode: Bool = true) {
        self.timeout = timeout
        self.color = color
        self.style = style
        self.explainEach = explainEach
        self.unicode = unicode
    }

    /// Whether the locale variables in `environment` name UTF-8 (`LC_ALL`, then `LC_CTYPE`,
    /// then `LANG`, as `setlocale` decides).
    public static func localeIsUTF8(_ environment: [String: String]) -> Bool {
        TextCharacters.fromEnvironment(environment) == .unicode
    }
}
