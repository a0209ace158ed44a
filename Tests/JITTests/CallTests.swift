import JIT
import Testing

/// Calling sandboxed code as a System V function. Encodings from llvm-mc.
@Suite struct CallTests {
    @Test func integerArgumentsGoInRdiRsiAndOn() throws {
        let executor = try Executor()
        // lea rax, [rdi + rsi]; ret
        let state = returned(executor.call(code("48 8d 04 37", "c3"), with: [.integer(3), .integer(4)]))
        #expect(state?.rax == 7)
        // mov rax, rcx; add rax, r9; ret: the fourth and sixth arguments.
        let sixth = returned(executor.call(code("48 89 c8", "4c 01 c8", "c3"),
                                           with: [.integer(1), .integer(2), .integer(3), .unsigned(40), .integer(5), .integer(-2)]))
        #expect(sixth?.rax == 38)
    }

    @Test func floatingArgumentsGoInXmmRegisters() throws {
        let executor = try Executor()
        // addsd xmm0, xmm1; ret: 1.5 + 2.25 = 3.75, exactly.
        let state = returned(executor.call(code("f2 0f 58 c1", "c3"), with: [.double(1.5), .integer(9), .double(2.25)]))
        let low = state?.extended.bytes(of: VectorRegister(.xmm, 0)).map { Array($0.prefix(8)) }
        #expect(low == withUnsafeBytes(of: (3.75).bitPattern.littleEndian, Array.init))
        #expect(state?.rdi == 9)
    }

    @Test func argumentsThatDoNotFitRegistersAreRefused() throws {
        let executor = try Executor()
        let seven = [CallArgument](repeating: .integer(1), count: 7)
        #expect(executor.call(code("c3"), with: seven) == .failed(.call(.tooManyIntegerArguments(7))))
        let nine = [CallArgument](repeating: .double(1), count: 9)
        #expect(executor.call(code("c3"), with: nine) == .failed(.call(.tooManyFloatingArguments(9))))
    }

    @Test func anExecutorMovesBetweenTasksAndSerialisesCalls() async throws {
        let executor = try Executor()
        // mov eax, edi; ret — from two tasks at once: each call sees its own argument.
        let image = code("89 f8", "c3")
        async let first = Task.detached { executor.call(image, with: [.integer(11)]) }.value
        async let second = Task.detached { executor.call(image, with: [.integer(22)]) }.value
        let results = await [first, second].map { outcome -> UInt64? in
            if case .returned(let state) = outcome { return state.rax }
            return nil
        }
        #expect(results == [11, 22])
    }
}
