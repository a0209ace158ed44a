import X86

/// Decodes bytes into instructions, driven by the same table the encoder reads.
///
/// Three steps, the encoder's in reverse: read the prefixes (legacy, REX, VEX, XOP, EVEX) and
/// the opcode, pick the form among those with that opcode whose fixed fields (mandatory
/// prefix, `/digit`, ModRM mod, REX.W, VEX.L and W, EVEX decorations, suffix byte) the bytes
/// fit, then read each operand from the field the form's role names.
public struct Decoder: Sendable {
    public let instructionSet: InstructionSet
    /// The mode the bytes are read in: 64-bit code unless told (`jitter disasm --bits 16`).
    public var mode: CodeMode
    let index: DecoderIndex

    public init(instructionSet: InstructionSet = .shared, mode: CodeMode = .bits64) {
        self.instructionSet = instructionSet
        self.mode = mode
        index = instructionSet === InstructionSet.shared ? DecoderIndex.shared : DecoderIndex(instructionSet)
    }

    /// Decodes the instruction at the start of `bytes`, as if it were at `address`.
    public func decode(_ bytes: some Collection<UInt8>, at address: Int64 = 0) throws(DecodingError) -> DecodedInstruction {
        let result: Result<DecodedInstruction, DecodingError> = {
            if let direct = bytes.withContiguousStorageIfAvailable({ decode(buffer: $0, at: address) }) { return direct }
            let copy = Array(bytes.prefix(15))
            return copy.withUnsafeBufferPointer { decode(buffer: $0, at: address) }
        }()
        return try result.get()
    }

    /// Decodes from raw memory (what a listing of a file or of executable pages has).
    public func decode(_ bytes: UnsafeRawBufferPointer, at address: Int64 = 0) throws(DecodingError) -> DecodedInstruction {
        try decode(buffer: bytes.bindMemory(to: UInt8.self), at: address).get()
    }

    func decode(buffer: UnsafeBufferPointer<UInt8>, at address: Int64) -> Result<DecodedInstruction, DecodingError> {
        // No instruction is longer than 15 bytes: looking further would only find a later one.
        let bytes = UnsafeBufferPointer(rebasing: buffer[0..<min(buffer.count, 15)])
        let header: InstructionHeader
        switch InstructionHeader.read(bytes, mode: mode) {
        case .success(let read): header = read
        case .failure(let error):
            if case .truncated = error, buffer.count >= 15 { return .failure(.tooLong) }
            return .failure(error)
        }
        var chooser = FormChooser(bytes: bytes, header: header, index: index)
        switch chooser.choose() {
        case .failure(let error):
            if case .truncated = error, buffer.count >= 15 { return .failure(.tooLong) }
            return .failure(error)
        case .success(let choice):
            var reader = OperandReader(
                bytes: bytes, header: header, index: index, position: choice.position, layout: choice.layout, address: address)
            return reader.read()
        }
    }
}
