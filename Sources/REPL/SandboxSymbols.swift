import JIT

/// Names for the fixed sandbox regions, usable in code (`mov [scratch], eax`) and in `.mem`.
enum SandboxSymbols {
    static let all: [(name: String, value: UInt64)] = [
        ("scratch", SandboxLayout.scratchAddress),
        ("stack_base", SandboxLayout.stackBase),
        ("stack_top", SandboxLayout.stackTop),
    ]

    static func value(of name: String) -> UInt64? {
        all.first { $0.name == name }?.value
    }
}
