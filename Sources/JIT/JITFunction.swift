/// A function in native code, of the `@convention(c)` function type `F`, and the code that
/// holds it.
///
/// The handle owns the code: the pages stay mapped while any copy of it lives and are
/// removed after the last one goes. Call through it, so the code cannot go away during the
/// call:
///
/// ```swift
/// let sum = try jit.function(code, as: (@convention(c) (Int, Int) -> Int).self)
/// let seven = sum { $0(3, 4) }
/// ```
///
/// ``unsafeFunction`` hands out the bare function pointer for hot loops; it is valid only
/// while the handle lives (keep it with `withExtendedLifetime`).
///
/// The call is not isolated: see ``NativeCode``.
public struct JITFunction<F>: @unchecked Sendable {
    // Sendable: the code is immutable once loaded; whether calling it from several threads is
    // safe is a property of the code, as for any C function.

    /// The pages the function lives in.
    public let code: NativeCode
    /// Where in ``code`` the function starts.
    public let entryOffset: Int

    /// The function at `entryOffset` in `code`.
    public init(_ code: NativeCode, entryOffset: Int = 0, as type: F.Type = F.self) {
        precondition(MemoryLayout<F>.size == MemoryLayout<UnsafeRawPointer>.size,
                     "\(F.self) is not a @convention(c) function type")
        self.code = code
        self.entryOffset = entryOffset
        self.address = code.codePointer(at: entryOffset)
    }

    /// Runs `body` with the function, keeping the code mapped until `body` returns.
    @inlinable
    public func callAsFunction<R>(_ body: (F) throws -> R) rethrows -> R {
        try withExtendedLifetime(code) { try body(unsafeFunction) }
    }

    /// The function itself: valid only while this handle (or a copy) lives.
    @inlinable
    public var unsafeFunction: F {
        unsafeBitCast(address, to: F.self)
    }

    /// The address of the function's first instruction.
    public let address: UnsafeRawPointer
}
