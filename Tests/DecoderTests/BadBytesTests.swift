import Testing
import X86Decoder

/// Bytes that are no instruction decode to an error that says why, and a listing shows them
/// as `(bad)` and goes on.
@Suite struct BadBytesTests {
    func error(_ hex: String) -> DecodingError? {
        let bytes = hex.split(separator: " ").compactMap { UInt8($0, radix: 16) }
        do {
            _ = try Decoder().decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("48", 2), ("8b", 2), ("8b 04", 3), ("8b 84 24 00", 7), ("b8 01 02", 5), ("0f", 2), ("c5 f9", 3),
        ("62 f1 7c 48 58", 6), ("e8 00 00", 5), ("66 0f 38", 4), ("48 b8 01 02 03 04 05 06 07", 10),
    ])
    func truncatedBytesSayHowManyWereNeeded(_ hex: String, _ needed: Int) {
        let available = hex.split(separator: " ").count
        #expect(error(hex) == .truncated(needed: needed, available: available))
    }

    @Test func opcodesGoneIn64BitModeSaySo() {
        #expect(error("06") == .invalidIn64BitMode(mnemonic: "push"))
        #expect(error("37") == .invalidIn64BitMode(mnemonic: "aaa"))
        #expect(error("ce") == .invalidIn64BitMode(mnemonic: "into"))
    }

    @Test func unknownOpcodesAreInvalid() {
        guard case .invalidOpcode? = error("0f 04") else {
            Issue.record("0f 04 should be an invalid opcode, got \(String(describing: error("0f 04")))")
            return
        }
    }

    @Test func aRegisterWhereOnlyMemoryFitsIsABadModRM() {
        // lea takes an address; mod=11 names a register.
        guard case .badModRM(_, let modRM, let reason)? = error("8d c0") else {
            Issue.record("8d c0: \(String(describing: error("8d c0")))")
            return
        }
        #expect(modRM == 0xC0)
        #expect(reason.contains("memory"))
    }

    @Test func anUnusedDigitIsABadModRM() {
        // FF /7 is no instruction.
        guard case .badModRM(_, _, let reason)? = error("ff f8") else {
            Issue.record("ff f8: \(String(describing: error("ff f8")))")
            return
        }
        #expect(reason.contains("/7"))
    }

    @Test func vectorPrefixesThatFitNoFormAreBad() {
        // vaddps with an opmask is EVEX's; with VEX.L=1 vmovd does not exist.
        guard case .badVectorPrefix? = error("c5 fd 6e c0") else {
            Issue.record("c5 fd 6e c0: \(String(describing: error("c5 fd 6e c0")))")
            return
        }
        // EVEX.b on registers of a form without rounding control.
        guard case .badVectorPrefix? = error("62 f1 7d 18 6f c1") else {
            Issue.record("62 f1 7d 18 6f c1: \(String(describing: error("62 f1 7d 18 6f c1")))")
            return
        }
    }

    @Test func moreThanFifteenBytesIsTooLong() {
        #expect(error(Array(repeating: "66", count: 15).joined(separator: " ") + " 90") == .tooLong)
    }

    @Test func aREXBeforeVEXIsRefused() {
        guard case .misplacedPrefix? = error("41 c5 f9 6f c1") else {
            Issue.record("41 c5 f9 6f c1: \(String(describing: error("41 c5 f9 6f c1")))")
            return
        }
    }

    @Test func aListingShowsBadBytesAndGoesOn() {
        let listing = Disassembly.describe(hex: "06 90 0f 0b")
        #expect(listing == """
                   0: 06                                (bad) # push is invalid in 64-bit mode
                   1: 90                                nop
                   2: 0f 0b                             ud2
            """)
    }

    @Test func hexTextThatIsNotBytesIsAnError() {
        #expect(Disassembly.describe(hex: "48 8g") == "error: 'g' is not a hex digit")
        #expect(Disassembly.describe(hex: "48 8") == "error: odd number of hex digits (the last byte has one)")
        #expect(Disassembly.describe(hex: "0x48,0x89,0xc8") == "       0: 48 89 c8                          mov rax, rcx")
    }
}
