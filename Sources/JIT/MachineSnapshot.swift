/// The persistent machine at one moment: registers, the sandbox stack and the scratch region.
/// Taken by ``Executor/snapshot()`` and put back by ``Executor/restore(_:)`` (for an undo).
public struct MachineSnapshot: Equatable, Sendable {
    /// The registers (``Executor/state``), the extended state included.
    public var state: RegisterState
    /// The whole stack region, from ``SandboxLayout/stackBase`` up to ``SandboxLayout/stackTop``.
    public var stack: [UInt8]
    /// The whole scratch region, from ``SandboxLayout/scratchAddress``.
    public var scratch: [UInt8]
}
