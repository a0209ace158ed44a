import Glibc
import JIT
import Testing

/// The permission field ("r-xp") of the maps line that starts at `address`, if any.
func permissions(in maps: String, at address: UInt64) -> String? {
    let prefix = String(address, radix: 16) + "-"
    for line in maps.split(separator: "\n") where line.hasPrefix(prefix) {
        let fields = line.split(separator: " ")
        if fields.count > 1 { return String(fields[1]) }
    }
    return nil
}

/// Lines of a maps text whose mapping is writable and executable at once.
func writableAndExecutable(in maps: String) -> [Substring] {
    maps.split(separator: "\n").filter { line in
        let fields = line.split(separator: " ")
        guard fields.count > 1 else { return false }
        return fields[1].contains("w") && fields[1].contains("x")
    }
}

@Suite struct MemoryTests {
    @Test func codePagesAreNeverWritableAndExecutable() throws {
        let executor = try Executor()
        executor.recordsMemoryMaps = true
        let state = returned(executor.run(code("b8 01 00 00 00", "c3"), mode: .function))  // mov eax, 1; ret
        #expect(state?.rax == 1)
        let maps = try #require(executor.memoryMaps)
        // A private mapping of the staged code, read-execute from the start: never writable in
        // the worker.
        #expect(permissions(in: maps.whileFilling, at: codeAddress) == "r-xp")
        #expect(permissions(in: maps.whenEntering, at: codeAddress) == "r-xp")
        #expect(writableAndExecutable(in: maps.whileFilling).isEmpty)
        #expect(writableAndExecutable(in: maps.whenEntering).isEmpty)
        // The sandbox regions are there, read-write and not executable.
        #expect(permissions(in: maps.whenEntering, at: SandboxLayout.stackBase) == "rw-s")
        #expect(permissions(in: maps.whenEntering, at: SandboxLayout.scratchAddress) == "rw-s")
    }

    @Test func thisProcessHasNoWritableExecutableMapping() throws {
        let executor = try Executor()
        _ = executor.run(code("c3"), mode: .function)  // ret
        let maps = try String(contentsOfProcFile: "/proc/self/maps")
        #expect(writableAndExecutable(in: maps).isEmpty)
        // Nor are the sandbox addresses mapped here.
        #expect(permissions(in: maps, at: codeAddress) == nil)
        #expect(permissions(in: maps, at: SandboxLayout.stackBase) == nil)
    }

    @Test func scratchAndStackPersistAcrossRuns() throws {
        let executor = try Executor()
        _ = executor.run(code(
            "48 b9 88 77 66 55 44 33 22 11",  // movabs rcx, 0x1122334455667788
            "48 89 0c 25 f0 ff ff 47",        // mov qword ptr [0x47fffff0], rcx
            "48 89 0c 25 00 00 00 44",        // mov qword ptr [0x44000000], rcx
            "c3"                              // ret
        ), mode: .function)
        let bytes: [UInt8] = [0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11]
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress, count: 8) == bytes)
        #expect(executor.readMemory(at: SandboxLayout.stackTop - 16, count: 8) == bytes)
        let state = returned(executor.run(code(
            "48 8b 04 25 00 00 00 44",  // mov rax, qword ptr [0x44000000]
            "c3"                        // ret
        ), mode: .function))
        #expect(state?.rax == 0x1122_3344_5566_7788)
    }

    @Test func readMemoryStaysInsideRegions() throws {
        let executor = try Executor()
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress, count: SandboxLayout.scratchSize)?.count
            == SandboxLayout.scratchSize)
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress, count: SandboxLayout.scratchSize + 1) == nil)
        #expect(executor.readMemory(at: SandboxLayout.stackTop - 4, count: 8) == nil)
        #expect(executor.readMemory(at: SandboxLayout.stackBase - 1, count: 1) == nil)
        #expect(executor.readMemory(at: 0x1000, count: 1) == nil)
        #expect(executor.readMemory(at: UInt64.max, count: 2) == nil)
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress, count: -1) == nil)
        #expect(executor.readMemory(at: SandboxLayout.stackTop, count: 0) == [])
        // The code of the last run, with its exit stub: int3.
        _ = executor.run(code("c3"), mode: .function)  // ret
        let stub = executor.readMemory(at: codeAddress, count: 1 + SandboxLayout.exitStubSize)
        #expect(stub == [0xC3, 0xCC])
    }

    @Test func snapshotAndRestoreUndoARun() throws {
        let executor = try Executor()
        executor.state.rbx = 5
        let snapshot = executor.snapshot()
        _ = executor.run(code(
            "48 b9 88 77 66 55 44 33 22 11",  // movabs rcx, 0x1122334455667788
            "48 89 0c 25 00 00 00 44",        // mov qword ptr [0x44000000], rcx
            "31 db",                          // xor ebx, ebx
            "51",                             // push rcx
            "59",                             // pop rcx
            "c3"                              // ret
        ), mode: .function)
        #expect(executor.state.rbx == 0)
        #expect(executor.snapshot() != snapshot)
        executor.restore(snapshot)
        #expect(executor.state.rbx == 5)
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress, count: 8) == [UInt8](repeating: 0, count: 8))
        #expect(executor.snapshot() == snapshot)
    }

    /// The scratch region's last page and the stack's first follow one another in the memory
    /// file, so a snapshot finds them as one piece of data, which must go back to both.
    @Test func aSnapshotKeepsTheScratchEndAndTheStackBottomApart() throws {
        let executor = try Executor()
        // movabs rcx, 0x1122334455667788; mov [0x4400fff8], rcx (the last 8 bytes of scratch);
        // mov [0x47fc0000], rcx (the lowest 8 of the stack); ret
        _ = returned(executor.run(code("48 b9 88 77 66 55 44 33 22 11", "48 89 0c 25 f8 ff 00 44",
                                       "48 89 0c 25 00 00 fc 47", "c3"), mode: .function))
        let snapshot = executor.snapshot()
        let value: [UInt8] = [0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11]
        #expect(snapshot.scratch.suffix(8) == value[...])
        #expect(snapshot.stack.prefix(8) == value[...])
        // xor ecx, ecx; the same two stores; ret
        _ = returned(executor.run(code("31 c9", "48 89 0c 25 f8 ff 00 44", "48 89 0c 25 00 00 fc 47", "c3"),
                                  mode: .function))
        #expect(executor.readMemory(at: SandboxLayout.stackBase, count: 8) == [UInt8](repeating: 0, count: 8))
        executor.restore(snapshot)
        #expect(executor.readMemory(at: SandboxLayout.scratchAddress + UInt64(SandboxLayout.scratchSize) - 8, count: 8) == value)
        #expect(executor.readMemory(at: SandboxLayout.stackBase, count: 8) == value)
        #expect(executor.snapshot() == snapshot)
    }

    /// What `prepareSnapshot` read ahead is never what a snapshot shows after the regions
    /// changed: a run, a restore or a reset comes in between.
    @Test func aPreparedSnapshotIsNeverStale() throws {
        let executor = try Executor()
        let store = code("48 b9 88 77 66 55 44 33 22 11", "48 89 0c 25 00 00 00 44", "c3")  // movabs rcx; mov [scratch], rcx; ret
        let clear = code("31 c9", "48 89 0c 25 00 00 00 44", "c3")                           // xor ecx, ecx; the same store; ret
        let value: [UInt8] = [0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11]
        executor.prepareSnapshot()
        _ = returned(executor.run(store, mode: .function))
        let afterStore = executor.snapshot()
        #expect(afterStore.scratch.prefix(8) == value[...])
        executor.prepareSnapshot()
        _ = returned(executor.run(clear, mode: .function))
        #expect(executor.snapshot().scratch.prefix(8) == [UInt8](repeating: 0, count: 8)[...])
        executor.prepareSnapshot()
        executor.restore(afterStore)
        #expect(executor.snapshot().scratch.prefix(8) == value[...])
        executor.prepareSnapshot()
        executor.reset()
        #expect(executor.snapshot().scratch.prefix(8) == [UInt8](repeating: 0, count: 8)[...])
    }

    @Test func resetClearsRegistersAndRegions() throws {
        let executor = try Executor()
        _ = executor.run(code(
            "48 89 04 25 00 00 00 44",  // mov qword ptr [0x44000000], rax
            "c3"                        // ret
        ), mode: .function)
        executor.state.rax = 0x77
        executor.reset()
        #expect(executor.state == Executor.initialState)
        #expect(executor.state.rsp == SandboxLayout.stackTop)
        let scratch = try #require(executor.readMemory(at: SandboxLayout.scratchAddress, count: SandboxLayout.scratchSize))
        #expect(scratch.allSatisfy { $0 == 0 })
    }

    @Test func executorsAreIndependent() throws {
        let first = try Executor()
        let second = try Executor()
        _ = first.run(code(
            "48 b8 f0 de bc 9a 78 56 34 12",  // movabs rax, 0x123456789abcdef0
            "48 89 04 25 00 00 00 44",        // mov qword ptr [0x44000000], rax
            "c3"                              // ret
        ), mode: .function)
        let state = returned(second.run(code(
            "48 8b 04 25 00 00 00 44",  // mov rax, qword ptr [0x44000000]
            "c3"                        // ret
        ), mode: .function))
        #expect(state?.rax == 0)
    }
}

extension String {
    /// Reads a /proc file (whose size reads as zero) to its end.
    init(contentsOfProcFile path: String) throws {
        guard let file = fopen(path, "r") else { throw ProcFileError(path: path) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}

struct ProcFileError: Error {
    let path: String
}
