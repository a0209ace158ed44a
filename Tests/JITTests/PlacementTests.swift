import Foundation
@testable import JIT
import Testing

/// A run is pinned to the caller's CPU for its hand-offs (placement.c); code that runs for
/// longer than that must get back every CPU the caller may use, and the caller's thread too.
@Suite struct PlacementTests {
    /// The CPUs the calling thread may run on (its Cpus_allowed_list: "0-3,6").
    static func threadCPUs() throws -> Set<Int> {
        let status = try String(contentsOfFile: "/proc/thread-self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") })
        var cpus = Set<Int>()
        for range in line.dropFirst("Cpus_allowed_list:".count).split(separator: ",") {
            let ends = range.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            let first = try #require(ends.first), last = try #require(ends.last)
            cpus.formUnion(first...last)
        }
        return cpus
    }

    /// The CPUs a mask as sched_getaffinity(2) writes it names.
    static func cpus(inMask bytes: [UInt8]) -> Set<Int> {
        var cpus = Set<Int>()
        for (index, byte) in bytes.enumerated() {
            for bit in 0..<8 where byte & (1 << bit) != 0 { cpus.insert(index * 8 + bit) }
        }
        return cpus
    }

    @Test func codeThatRunsForLongGetsEveryCPUBack() throws {
        let executor = try Executor()
        let before = try Self.threadCPUs()
        // mov ecx, 100000000; 1: dec ecx; jnz 1b (tens of milliseconds), then
        // sched_getaffinity(0, 128, scratch): xor edi, edi; mov esi, 128; mov edx, 0x44000000;
        // mov eax, 204; syscall; ret.
        let image = code("b9 00 e1 f5 05", "ff c9", "75 fc", "31 ff", "be 80 00 00 00", "ba 00 00 00 44",
                         "b8 cc 00 00 00", "0f 05", "c3")
        let state = try #require(returned(executor.run(image, mode: .function)))
        let written = Int(Int64(bitPattern: state.rax))
        try #require(written > 0 && written <= 128, "sched_getaffinity returned \(written)")
        let seen = try #require(executor.readMemory(at: SandboxLayout.scratchAddress, count: written))
        #expect(Self.cpus(inMask: seen) == before)
        #expect(try Self.threadCPUs() == before)
    }

    @Test func theCallersThreadGetsItsCPUsBackAfterEachRun() throws {
        let executor = try Executor()
        let before = try Self.threadCPUs()
        for _ in 0..<3 {
            _ = returned(executor.run(code("c3"), mode: .function))
            #expect(try Self.threadCPUs() == before)
        }
    }
}
