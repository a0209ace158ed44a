import JIT
import Testing

@Suite struct ReturnValueTests {
    @Test func returnsEAX() throws {
        let executor = try Executor()
        let state = returned(executor.run(code(
            "b8 32 00 00 00",  // mov eax, 50
            "c3"               // ret
        ), mode: .function))
        #expect(state?.rax == 50)
        #expect(executor.state.rax == 50)
    }

    @Test func returnsAllSixtyFourBits() throws {
        let executor = try Executor()
        let state = returned(executor.run(code(
            "48 b8 f0 de bc 9a 78 56 34 12",  // movabs rax, 0x123456789abcdef0
            "48 89 c3",                       // mov rbx, rax
            "49 c7 c7 0f 0f 00 00",           // mov r15, 0xf0f
            "c3"                              // ret
        ), mode: .function))
        #expect(state?.rax == 0x1234_5678_9ABC_DEF0)
        #expect(state?.rbx == 0x1234_5678_9ABC_DEF0)
        #expect(state?.r15 == 0xF0F)
    }

    @Test func ripIsTheExitStubAndRspIsBalanced() throws {
        let executor = try Executor()
        let image = code(
            "b8 01 00 00 00",  // mov eax, 1
            "c3"               // ret
        )
        let state = returned(executor.run(image, mode: .function))
        #expect(state?.rip == codeAddress + UInt64(image.code.count))
        #expect(state?.rsp == SandboxLayout.stackTop)
    }

    @Test func entryOffsetSkipsCode() throws {
        let executor = try Executor()
        var image = code(
            "b8 01 00 00 00",  // mov eax, 1
            "b8 02 00 00 00",  // mov eax, 2
            "c3"               // ret
        )
        image.entryOffset = 5
        #expect(returned(executor.run(image, mode: .function))?.rax == 2)
    }

    @Test func registersPersistAcrossRuns() throws {
        let executor = try Executor()
        _ = executor.run(code(
            "48 b8 f0 de bc 9a 78 56 34 12",  // movabs rax, 0x123456789abcdef0
            "c3"                              // ret
        ), mode: .function)
        let state = returned(executor.run(code(
            "48 89 c3",  // mov rbx, rax
            "c3"         // ret
        ), mode: .function))
        #expect(state?.rbx == 0x1234_5678_9ABC_DEF0)
    }

    @Test func setRegistersAreEntered() throws {
        let executor = try Executor()
        executor.state.rax = 0x55
        executor.state[RegisterState.Register.r15] = 7
        let state = returned(executor.run(code(
            "48 89 c5",  // mov rbp, rax
            "c3"         // ret
        ), mode: .function))
        #expect(state?.rbp == 0x55)
        #expect(state?.r15 == 7)
    }

    @Test func dataSectionIsAtItsAddressAndReadableAfterwards() throws {
        let executor = try Executor()
        var image = code(
            "48 8b 34 25 00 00 00 41",     // mov rsi, qword ptr [0x41000000]
            "48 83 04 25 00 00 00 41 01",  // add qword ptr [0x41000000], 1
            "c3"                           // ret
        )
        image.data = [0x10, 0, 0, 0, 0, 0, 0, 0]
        #expect(returned(executor.run(image, mode: .function))?.rsi == 0x10)
        #expect(executor.readMemory(at: SandboxLayout.dataAddress, count: 8) == [0x11, 0, 0, 0, 0, 0, 0, 0])
        // The data section starts afresh from the image on every run.
        #expect(returned(executor.run(image, mode: .function))?.rsi == 0x10)
    }

    @Test func functionModeStartsEachRunAtTheStackTop() throws {
        let executor = try Executor()
        executor.state.rsp = 0
        let state = returned(executor.run(code(
            "48 89 e2",  // mov rdx, rsp
            "c3"         // ret
        ), mode: .function))
        #expect(state?.rdx == SandboxLayout.stackTop - 8)
    }

    @Test func stepModeKeepsRsp() throws {
        let executor = try Executor()
        _ = executor.run(code("6a 01"), mode: .step)  // push 1
        #expect(executor.state.rsp == SandboxLayout.stackTop - 8)
        #expect(executor.readMemory(at: SandboxLayout.stackTop - 8, count: 8) == [1, 0, 0, 0, 0, 0, 0, 0])
        let state = returned(executor.run(code("58"), mode: .step))  // pop rax
        #expect(state?.rax == 1)
        #expect(state?.rsp == SandboxLayout.stackTop)
    }

    @Test func stepModeFallsThroughIntoTheStub() throws {
        let executor = try Executor()
        let image = code("b8 32 00 00 00")  // mov eax, 50
        let state = returned(executor.run(image, mode: .step))
        #expect(state?.rax == 50)
        #expect(state?.rip == codeAddress + 5)
    }

    @Test func emptyCodeReturnsAtOnce() throws {
        let executor = try Executor()
        let before = executor.state
        let state = returned(executor.run(ExecutableImage(code: []), mode: .step))
        #expect(state?.rax == before.rax)
        #expect(state?.rip == codeAddress)
    }

    @Test func codeSpanningManyPagesRuns() throws {
        let executor = try Executor()
        let sled = [UInt8](repeating: 0x90, count: 300_000)  // nop
        let image = ExecutableImage(code: sled + hex("b8 07 00 00 00") + hex("c3"))  // mov eax, 7; ret
        let state = returned(executor.run(image, mode: .function))
        #expect(state?.rax == 7)
        #expect(state?.rip == codeAddress + UInt64(image.code.count))
    }

    @Test func oversizedImagesAreRefused() throws {
        let executor = try Executor()
        let big = ExecutableImage(code: [UInt8](repeating: 0x90, count: SandboxLayout.codeCapacity))
        #expect(executor.run(big, mode: .function)
            == .failed(.codeTooLarge(size: SandboxLayout.codeCapacity + SandboxLayout.exitStubSize,
                                     capacity: SandboxLayout.codeCapacity)))
        var misplaced = code("c3")  // ret
        misplaced.entryOffset = 2
        #expect(executor.run(misplaced, mode: .function) == .failed(.entryOutOfRange(offset: 2, codeSize: 1)))
    }
}
