import X86

/// One instruction encoded by one form.
public struct EncodedInstruction: Sendable, Hashable {
    public let bytes: InstructionBytes
    public let fields: EncodingFields
    /// The index of the form in the instruction set that produced the bytes.
    public let formIndex: Int

    public var length: Int { bytes.count }
}
