import Glibc
import JIT
import Testing

@Suite struct OutputTests {
    @Test func codeWritesInterleaveWithOursInOrder() throws {
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let executor = try Executor()
        executor.standardOutput = ends[1]
        var image = code(
            "b8 01 00 00 00",  // mov eax, 1 (write)
            "bf 01 00 00 00",  // mov edi, 1
            "be 00 00 00 41",  // mov esi, 0x41000000
            "ba 03 00 00 00",  // mov edx, 3
            "0f 05",           // syscall
            "c3"               // ret
        )
        image.data = Array("two".utf8)
        #expect(write(ends[1], "one ", 4) == 4)
        let state = returned(executor.run(image, mode: .function))
        #expect(state?.rax == 3)  // bytes written
        #expect(write(ends[1], " three", 6) == 6)
        close(ends[1])
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(ends[0], &buffer, buffer.count)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        #expect(String(decoding: received, as: UTF8.self) == "one two three")
    }

    @Test func anInvalidStreamFailsTheRunAndNamesTheCall() throws {
        let executor = try Executor()
        executor.standardOutput = 9999
        guard case .failed(.systemCall(let call, let error)) = executor.run(code("c3"), mode: .function) else {  // ret
            Issue.record("expected a failed system call")
            return
        }
        #expect(call.hasPrefix("sendmsg"))
        #expect(error == EBADF)
        executor.standardOutput = 1
        #expect(returned(executor.run(code("b8 01 00 00 00", "c3"), mode: .function))?.rax == 1)  // mov eax, 1; ret
    }
}
