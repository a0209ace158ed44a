extension ExecutableImage {
    /// `image` as the isolated executor runs it, or an error when it was not laid out at the
    /// sandbox's addresses (its absolute references would point elsewhere).
    public init(_ image: ProgramImage) throws(SandboxLinkError) {
        guard image.codeAddress == SandboxLayout.codeAddress,
              image.data.isEmpty || image.dataAddress == SandboxLayout.dataAddress
        else { throw SandboxLinkError(codeAddress: image.codeAddress, dataAddress: image.dataAddress) }
        self.init(code: image.code, data: image.data, entryOffset: image.entryOffset)
    }

    /// `code` laid out at the sandbox's addresses (`SandboxLayout.codeAddress` and
    /// `SandboxLayout.dataAddress`), ready for `Executor.run(_:mode:)`.
    public init(_ code: some Assemblable) throws(AssemblyError) {
        let result = code.assemble(options: ExecutableImage.assemblerOptions)
        guard result.diagnostics.isEmpty else { throw AssemblyError(result.diagnostics, rendered: code.render(result.diagnostics)) }
        self.init(code: result.image.code, data: result.image.data, entryOffset: result.image.entryOffset)
    }

    /// Where code for the isolated executor goes.
    public static var assemblerOptions: AssemblerOptions {
        AssemblerOptions(codeAddress: SandboxLayout.codeAddress, dataAddress: SandboxLayout.dataAddress)
    }
}

/// A program image laid out at addresses other than the sandbox's.
public struct SandboxLinkError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the image's code was laid out.
    public let codeAddress: UInt64
    /// Where the image's data was laid out.
    public let dataAddress: UInt64

    /// The error in words, with the addresses the executor needs.
    public var description: String {
        "the image was laid out with code at 0x\(String(codeAddress, radix: 16)) and data at 0x\(String(dataAddress, radix: 16)); "
            + "the isolated executor runs code at 0x\(String(SandboxLayout.codeAddress, radix: 16)) and data at "
            + "0x\(String(SandboxLayout.dataAddress, radix: 16)): assemble it with ExecutableImage.assemblerOptions"
    }
}

extension Executor {
    /// Runs `code` in isolation, laid out at the sandbox's addresses.
    public func run(_ code: some Assemblable, mode: RunMode = .function) throws(AssemblyError) -> ExecutionOutcome {
        run(try ExecutableImage(code), mode: mode)
    }
}
