@testable import IntelSyntax
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// A source file is mapped, not read: when another program shortens it meanwhile, the pages
/// past its new end would raise SIGBUS on the next read and end the process. They read as
/// zeros instead, and the file is reported as changed.
@Suite struct ShortenedFileTests {
    private static let text = String(repeating: "    mov eax, 1\n", count: 8192)

    @Test("a page the file no longer reaches reads as zeros, and the change is seen")
    func shortenedWhileMapped() throws {
        let path = TemporaryFolder.file(named: "big.s", contents: ShortenedFileTests.text)
        let buffer = try SourceBuffer.map(path: path).get()
        #expect(buffer.count == 15 * 8192)
        // Each line is 15 bytes: 100,000 is the `x` of line 6,666's `eax`.
        #expect(buffer.bytes[100_000] == UInt8(ascii: "x"))
        #expect(!buffer.changedWhileRead)
        #expect(truncate(path, 4096) == 0)
        // The first page is still the file's; a later one is gone from it.
        #expect(buffer.bytes[4] == UInt8(ascii: "m"))
        #expect(buffer.bytes[100_001] == 0)
        #expect(buffer.bytes[100_002] == 0)
        #expect(buffer.changedWhileRead)
    }

    @Test("a file left alone is not reported as changed")
    func unchanged() throws {
        let path = TemporaryFolder.file(named: "small.s", contents: ShortenedFileTests.text)
        let buffer = try SourceBuffer.map(path: path).get()
        var sum = 0
        for byte in buffer.bytes { sum &+= Int(byte) }
        #expect(sum > 0)
        #expect(!buffer.changedWhileRead)
    }
}
