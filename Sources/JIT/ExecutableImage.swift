/// Machine code and its data section, linked for ``SandboxLayout``.
///
/// `code[0]` is placed at ``SandboxLayout/codeAddress`` and `data[0]` at
/// ``SandboxLayout/dataAddress``; absolute references between them must already be resolved.
public struct ExecutableImage: Equatable, Sendable {
    /// Machine code. The executor appends the exit stub right after the last byte, so code
    /// that falls off its end (step mode) leaves through the stub.
    public var code: [UInt8]
    /// Initial contents of the data section, mapped read-write (never executable).
    public var data: [UInt8]
    /// Offset into `code` where execution starts.
    public var entryOffset: Int
    /// Where `data` goes in the data region. Zero: the region is the image's data alone, fresh
    /// at every run. Above zero: `data` is written at `dataAddress + dataOffset` and the bytes
    /// before it keep what earlier runs left there, so data can accumulate run after run.
    public var dataOffset: Int

    /// An image entered at `entryOffset` into `code`, with `data` as its data section at
    /// `dataOffset` into the data region.
    public init(code: [UInt8], data: [UInt8] = [], entryOffset: Int = 0, dataOffset: Int = 0) {
        self.code = code
        self.data = data
        self.entryOffset = entryOffset
        self.dataOffset = dataOffset
    }
}

/// How code is entered and left.
public enum RunMode: Equatable, Sendable {
    /// Entered as a function, by call: rsp starts at `SandboxLayout.stackTop - 8` on every
    /// run, where a return address pointing at the exit stub is stored, so a `ret` with a
    /// balanced stack ends the run (rsp then reads `stackTop`).
    case function
    /// Entered with the persistent rsp (``Executor/state``); the code falls through into the
    /// exit stub appended after it. Nothing is pushed, so a single `push` stays on the stack
    /// for the next run.
    case step
}
