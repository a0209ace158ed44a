import Foundation
import Jitter
import Testing

/// A program that imports Foundation beside Jitter can name both libraries' types without
/// qualifying them: Jitter's expression type once shared its name with Foundation's
/// `Expression`, and every use was ambiguous.
@Suite struct NameClashTests {
    @Test func assemblyExpressionsAndFoundationExpressionsLiveTogether() {
        let distance: AssemblyExpression = .number(8)
        let predicate: Expression<Int, Bool>? = nil
        #expect(distance == .number(8))
        #expect(predicate == nil)
    }
}
