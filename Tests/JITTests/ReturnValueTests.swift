import JIT
import Testing

@Suite struct ReturnValueTests {
    @Test func returnsEAX() throws {
        let executor = try Executor()
        let outcome = executor.run(ExecutableImage(code: hex(
            "b8 32 00 00 00"  // mov eax, 50
            + " c3"           // ret
        )), mode: .function)
        guard case .returned(let state) = outcome else {
            Issue.record("expected a return, got \(outcome)")
            return
        }
        #expect(state.rax == 50)
        #expect(executor.state.rax == 50)
    }
}
