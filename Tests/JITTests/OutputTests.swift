import Glibc
import JIT
import Testing

@Suite struct OutputTests {
    /// write(fd, data, count); ret — with the text in the data section.
    private func writing(_ text: String, to fd: UInt8) -> ExecutableImage {
        var image = code(
            "b8 01 00 00 00",           // mov eax, 1 (write)
            "bf \(hex(fd)) 00 00 00",   // mov edi, fd
            "be 00 00 00 41",           // mov esi, 0x41000000
            "ba \(hex(UInt8(text.utf8.count))) 00 00 00",  // mov edx, count
            "0f 05",                    // syscall
            "c3"                        // ret
        )
        image.data = Array(text.utf8)
        return image
    }

    private func hex(_ byte: UInt8) -> String {
        String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
    }

    @Test func outputComesBackThroughTheHandlerStreamByStream() throws {
        let executor = try Executor()
        var received: [(OutputStream, String)] = []
        executor.outputHandler = { stream, bytes in received.append((stream, String(decoding: bytes, as: UTF8.self))) }
        #expect(returned(executor.run(writing("two", to: 1), mode: .function))?.rax == 3)
        #expect(returned(executor.run(writing("oops", to: 2), mode: .function))?.rax == 4)
        #expect(received.map(\.0) == [.standardOutput, .standardError])
        #expect(received.map(\.1) == ["two", "oops"])
        #expect(executor.droppedOutput == 0)
    }

    @Test func outputBeyondTheLimitIsCountedNotShown() throws {
        let executor = try Executor()
        executor.outputLimit = 2
        var shown: [UInt8] = []
        executor.outputHandler = { _, bytes in shown += bytes }
        _ = executor.run(writing("abcdef", to: 1), mode: .function)
        #expect(shown == Array("ab".utf8))
        #expect(executor.droppedOutput == 4)
        // The limit is per run.
        shown = []
        _ = executor.run(writing("xy", to: 1), mode: .function)
        #expect(shown == Array("xy".utf8))
        #expect(executor.droppedOutput == 0)
    }

    @Test func standardInputIsEmptyUnlessGiven() throws {
        // read(0, 0x44000000, 16); ret — rax is what was read.
        let reading = code(
            "31 c0",           // xor eax, eax (read)
            "31 ff",           // xor edi, edi
            "be 00 00 00 44",  // mov esi, 0x44000000
            "ba 10 00 00 00",  // mov edx, 16
            "0f 05",           // syscall
            "c3"               // ret
        )
        let executor = try Executor()
        #expect(returned(executor.run(reading, mode: .function))?.rax == 0)
        executor.standardInput = .bytes(Array("hello".utf8))
        #expect(returned(executor.run(reading, mode: .function))?.rax == 5)
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress, count: 5) == Array("hello".utf8))
        // Back to none: nothing of the last run's input is left to read.
        executor.standardInput = .empty
        #expect(returned(executor.run(reading, mode: .function))?.rax == 0)
    }

    /// The output pipes outlive runs (every worker writes to the same ones): what a run does to
    /// its end must be undone before the next run's code gets it.
    @Test func whatARunDoesToItsOutputIsUndoneForTheNext() throws {
        // fcntl(1, F_GETFL), fcntl(1, F_GETOWN), fcntl(1, F_GETPIPE_SZ), stored at scratch+0, +8, +16.
        let looking = code(
            "bf 01 00 00 00", "be 03 00 00 00", "b8 48 00 00 00", "0f 05",  // fcntl(1, F_GETFL)
            "48 89 04 25 00 00 00 44",                                      // mov [0x44000000], rax
            "bf 01 00 00 00", "be 09 00 00 00", "b8 48 00 00 00", "0f 05",  // fcntl(1, F_GETOWN)
            "48 89 04 25 08 00 00 44",                                      // mov [0x44000008], rax
            "bf 01 00 00 00", "be 08 04 00 00", "b8 48 00 00 00", "0f 05",  // fcntl(1, F_GETPIPE_SZ)
            "48 89 04 25 10 00 00 44",                                      // mov [0x44000010], rax
            "c3"                                                            // ret
        )
        // fcntl(1, F_SETFL, O_NONBLOCK | O_APPEND | O_ASYNC), fcntl(1, F_SETPIPE_SZ, 4096); rax
        // is the last result. (An owner, F_SETOWN, cannot be set at all: SandboxTests.)
        let changing = code(
            "bf 01 00 00 00", "be 04 00 00 00", "ba 00 2c 00 00", "b8 48 00 00 00", "0f 05",
            "bf 01 00 00 00", "be 07 04 00 00", "ba 00 10 00 00", "b8 48 00 00 00", "0f 05",
            "c3"
        )
        let executor = try Executor()
        _ = returned(executor.run(looking, mode: .function))
        let before = executor.readMemory(at: SandboxLayout.scratchAddress, count: 24)
        let changed = returned(executor.run(changing, mode: .function))
        #expect(changed.map { Int64(bitPattern: $0.rax) >= 0 } == true, "F_SETPIPE_SZ refused: \(String(describing: changed?.rax))")
        _ = returned(executor.run(looking, mode: .function))
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress, count: 24) == before)
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress + 8, count: 8) == [UInt8](repeating: 0, count: 8))
    }

    /// What a run writes is reported with that run, even when the next run follows at once.
    @Test func outputStaysWithItsRun() throws {
        let executor = try Executor()
        var received = ""
        executor.outputHandler = { _, bytes in received += String(decoding: bytes, as: UTF8.self) }
        for word in ["one", "two", "six"] {
            received = ""
            #expect(returned(executor.run(writing(word, to: 1), mode: .function))?.rax == 3)
            #expect(received == word)
        }
    }

    @Test func aMissingInputFileFailsTheRunAndNamesIt() throws {
        let executor = try Executor()
        executor.standardInput = .file("/nonexistent/input")
        #expect(executor.run(code("c3"), mode: .function) == .failed(.standardInput(path: "/nonexistent/input", errno: ENOENT)))
        executor.standardInput = .empty
        #expect(returned(executor.run(code("b8 01 00 00 00", "c3"), mode: .function))?.rax == 1)  // mov eax, 1; ret
    }
}
