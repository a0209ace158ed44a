/// Numbers typed in commands (`.set rax 0x10`, `.mem 0x44000000 32`): decimal, `0x` hex,
/// `h`-suffixed hex, `0b` binary, `0o` octal, with an optional sign. Negative values wrap
/// to 64 bits, as a register holds them.
enum IntegerLiteral {
    static func parse(_ text: String) -> UInt64? {
        var bytes = Array(text.utf8)
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        bytes.removeAll { $0 == UInt8(ascii: "_") }
        guard !bytes.isEmpty else { return nil }
        var radix: UInt64 = 10
        var digits = bytes[...]
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            switch bytes[1] | 0x20 {
            case UInt8(ascii: "x"): radix = 16; digits = bytes[2...]
            case UInt8(ascii: "b"): radix = 2; digits = bytes[2...]
            case UInt8(ascii: "o"): radix = 8; digits = bytes[2...]
            default: break
            }
        }
        if radix == 10, let last = bytes.last, last | 0x20 == UInt8(ascii: "h"), bytes.count > 1 {
            radix = 16
            digits = bytes.dropLast()
        }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt64(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            guard digit < radix else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        if negative {
            guard value <= UInt64(Int64.max) + 1 else { return nil }
            return 0 &- value
        }
        return value
    }
}
