/// Settings a session starts with; commands may change them later.
public struct SessionOptions: Sendable {
    /// Time limit of one run, in seconds.
    public var timeout: Double
    /// Whether output may use ANSI colour.
    public var color: Bool
    /// Function mode (run at `ret`) or step mode (run each instruction).
    public var style: ExecutionStyle
    /// Whether every instruction typed is explained.
    public var explainEach: Bool

    public init(timeout: Double = 2, color: Bool = false, style: ExecutionStyle = .function,
                explainEach: Bool = false) {
        self.timeout = timeout
        self.color = color
        self.style = style
        self.explainEach = explainEach
    }
}
