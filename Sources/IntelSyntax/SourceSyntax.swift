/// How instructions are written: Intel's `mov rax, [rbx + 8]` (NASM or GNU spelling, see
/// ``Dialect``) or AT&T's `movq 8(%rbx), %rax`. Both produce the same statements.
public enum SourceSyntax: String, Sendable, Hashable, CaseIterable {
    case intel
    case att
}
