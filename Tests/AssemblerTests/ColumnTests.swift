@testable import IntelSyntax
import Testing

/// The pre-encoder's columns of line lengths and ends: values survive the growth from one
/// place to thousands, in order, and a value can be set again in place.
@Suite struct ColumnTests {
    @Test func keepsEveryValueThroughGrowth() {
        let column = Column<Int32>(capacity: 0)
        for value in 0..<5_000 { column.append(Int32(value) * 3 - 7) }
        #expect(column.count == 5_000)
        #expect((0..<5_000).allSatisfy { column[$0] == Int32($0) * 3 - 7 })
        column[4_999] = 42
        column[0] = -1
        #expect(column[4_999] == 42 && column[0] == -1 && column[1] == -4)
        #expect(column.count == 5_000)
    }
}
