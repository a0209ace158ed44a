import Testing
import X86Assembler

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
