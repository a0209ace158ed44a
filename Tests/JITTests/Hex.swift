/// Machine code written as hex pairs ("b8 01 00 00 00"), as llvm-mc prints encodings.
func hex(_ text: String) -> [UInt8] {
    text.split(separator: " ").map { pair in
        guard let byte = UInt8(pair, radix: 16) else {
            preconditionFailure("not a hex byte: \(pair)")
        }
        return byte
    }
}
