import Testing
@testable import X86Assembler

/// The symbol table finds a name again by its bytes: short names from the slot alone (and a
/// small table of names met last), longer ones by comparing the rest.
@Suite struct SymbolTableTests {
    private func intern(_ name: String, in table: inout SymbolTable) -> SymbolID {
        var bytes = Array(name.utf8)
        return bytes.withUnsafeMutableBufferPointer { table.intern(UnsafeBufferPointer($0)) }
    }

    @Test func everyNameHasOneNumberAndKeepsIt() {
        var table = SymbolTable(expectedCount: 4)
        // Names that differ only past eight bytes, only in length, only in their last byte,
        // names with a zero byte, the empty name, and enough of them that the table grows.
        var names = ["", "a", "a\u{0}", "abcdefgh", "abcdefgh1", "abcdefgh2", "abcdefghi", "abcdefgh12", "L1", "L10", "L100"]
        // Names whose numbers are equal written otherwise (one hash, two names), longer than
        // nine digits, and all digits after a stem of none.
        names += ["L01", "L001", "L0", "L00", ".L1", "L1.2", "x1234567890", "x01234567890", "x1234567891", "_9", "a\u{0}1", "abcdefghij1", "abcdefghij01"]
        for index in 0..<5000 { names.append("L\(index)") }
        for index in 0..<500 { names.append("a_long_function_name_\(index)") }
        var seen: [String: SymbolID] = [:]
        for round in 0..<3 {
            for name in names {
                let id = intern(name, in: &table)
                if let known = seen[name] {
                    #expect(id == known, "round \(round): '\(name)'")
                } else {
                    seen[name] = id
                }
            }
        }
        #expect(Set(seen.values).count == seen.count)
        #expect(table.count == seen.count)
        for (name, id) in seen { #expect(table.name(of: id) == name) }
        for (name, id) in seen.prefix(50) { #expect(table.lookup(name) == id) }
        #expect(table.lookup("never") == nil)
    }

    @Test("a copy of a table is its own: a name added to one is new to the other")
    func copiesAreIndependent() {
        // Big enough that the slots are a table of their own in huge pages.
        var first = SymbolTable(expectedCount: 1 << 17)
        for index in 0..<100 { _ = intern("L\(index)", in: &first) }
        var second = first
        let inFirst = intern("onlyA", in: &first)
        #expect(first.count == 101)
        #expect(second.count == 100)
        // A short name is found by its slot alone: had the copies shared their slots, the
        // second would find the first's and add nothing.
        let inSecond = intern("onlyA", in: &second)
        #expect(second.count == 101)
        #expect(inFirst == inSecond)
        #expect(second.name(of: inSecond) == "onlyA")
        for index in 0..<100 { #expect(second.lookup("L\(index)") == first.lookup("L\(index)")) }
    }
}

/// The hash of a short name is computed from all its bytes at once; the byte-by-byte loop is
/// the rule (long names take it), so the two must agree on every short name.
@Suite struct SymbolHashTests {
    private func hashes(_ bytes: [UInt8]) -> (whole: UInt32, byBytes: UInt32, prefix: UInt64) {
        bytes.withUnsafeBufferPointer { ($0.count > 0 ? SymbolTable.hash($0) : 0, SymbolTable.hashByBytes($0), SymbolTable.prefix($0)) }
    }

    @Test func shortNamesHashAsTheLoopDoes() {
        // Digits, their neighbours in ASCII, bytes with the top bit set (and their low bits a
        // digit's), a zero byte: every length from one to eight, every mix of them.
        let alphabet: [UInt8] = Array("0123456789/:L._a".utf8) + [0x00, 0xB0, 0xB9, 0xFF, 0x7F]
        // Seeded, so that a failing name comes back on the next run.
        var generator = SplitMix(state: 0x4A17_7E12)
        var checked = 0
        for length in 1...8 {
            for _ in 0..<4000 {
                let name = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
                let (whole, byBytes, prefix) = hashes(name)
                #expect(whole == byBytes, "\(name)")
                var expected: UInt64 = 0
                for (index, byte) in name.enumerated() { expected |= UInt64(byte) << (UInt64(index) * 8) }
                #expect(prefix == expected, "\(name)")
                checked += 1
            }
        }
        // Names that are all digits, and the largest numbers of each length.
        for name in ["0", "9", "99999999", "12345678", "00000000", "L9999999", "x0", "L"] {
            let (whole, byBytes, _) = hashes(Array(name.utf8))
            #expect(whole == byBytes, "\(name)")
        }
        #expect(checked == 32000)
    }

    @Test func consecutiveLabelsGetSlotsSevenApart() {
        // The property the hash is built for (see SymbolTable.hash): L256 … L511 differ by 7.
        let first = hashes(Array("L256".utf8)).whole
        for number in 257..<512 {
            let hash = hashes(Array("L\(number)".utf8)).whole
            #expect(hash &- first == UInt32(number - 256) &* 7, "L\(number)")
        }
    }
}

/// SplitMix64: the same names on every run.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
