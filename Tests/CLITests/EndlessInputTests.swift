import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Inputs that never end (`/dev/zero`, `/dev/urandom`, named as a file or included by one) are
/// refused once they pass the limit on what is read, with an error naming them; the process
/// neither runs out of memory nor reads forever.
@Suite struct EndlessInputTests {
    /// Each command and what its error must name.
    static let commands: [(arguments: [String], message: String)] = [
        (["asm", "/dev/zero", "-o", "/dev/null"], "/dev/zero: more than 256 MiB from a pipe or a device"),
        (["encode", "/dev/zero"], "cannot read /dev/zero: larger than 256 MiB"),
        (["disasm", "/dev/zero"], "cannot read /dev/zero: larger than 256 MiB"),
        (["/dev/zero"], "cannot read /dev/zero"),
    ]

    @Test(arguments: 0..<commands.count)
    func aDeviceThatNeverEndsIsRefused(_ index: Int) {
        let (arguments, message) = EndlessInputTests.commands[index]
        let result = JitterBinary.run(arguments, timeout: 60, mergeStandardError: true)
        #expect(!result.timedOut && result.signal == nil, "\(arguments)")
        #expect(result.exitCode == 1, "\(arguments): \(result.exitCode.map(String.init) ?? "signal")")
        #expect(result.output.contains(message), "\(arguments): \(result.output.prefix(300))")
    }

    @Test(arguments: [".include \"/dev/zero\"", "%include \"/dev/urandom\""])
    func anIncludedDeviceIsRefusedAtItsLine(_ line: String) {
        let path = TemporaryFolder.file(named: "endless.s", contents: "nop\n\(line)\nret\n")
        let result = JitterBinary.run(["asm", path, "-o", "/dev/null"], timeout: 60, mergeStandardError: true)
        #expect(!result.timedOut && result.signal == nil)
        #expect(result.exitCode == 1)
        #expect(result.output.contains("\(path):2:1: error: cannot read include file"), "\(result.output.prefix(300))")
        #expect(result.output.contains("more than 256 MiB from a pipe or a device"), "\(result.output.prefix(300))")
    }

    @Test("a named pipe that no program writes to reads as empty: nothing waits for a writer")
    func aPipeWithoutWriterIsEmpty() {
        let folder = TemporaryFolder.make()
        let pipe = folder + "/pipe"
        #expect(mkfifo(pipe, 0o600) == 0)
        // ret is c3 (SDM); the included pipe adds nothing.
        for line in [".include \"\(pipe)\"", "%include \"\(pipe)\""] {
            let source = TemporaryFolder.file(named: "includer.s", contents: "\(line)\nret\n")
            let result = JitterBinary.run(["asm", source, "-o", "-"], timeout: 10)
            #expect(!result.timedOut, "\(line)")
            #expect(result.exitCode == 0, "\(line): \(result.error)")
            #expect(result.standardOutput == [0xC3], "\(line)")
        }
        for arguments in [["asm", pipe, "-o", "/dev/null"], ["encode", pipe], ["disasm", pipe], [pipe]] {
            let result = JitterBinary.run(arguments, timeout: 10)
            #expect(!result.timedOut, "\(arguments)")
            #expect(result.exitCode == 0, "\(arguments): \(result.error)")
        }
        // As the code's standard input: a read(2) of it returns 0, end of file.
        let run = JitterBinary.run([], input: ".stdin \(pipe)\nxor eax, eax\nxor edi, edi\nlea rsi, [rsp - 64]\nmov edx, 8\nsyscall\nret\n",
                                   timeout: 10)
        #expect(!run.timedOut)
        #expect(run.exitCode == 0, "\(run.error)")
        #expect(run.output.contains("rax = 0x0000000000000000"), "\(run.output)")
        // Written to, the same pipe has no reader: an error at once rather than a wait.
        let output = JitterBinary.run(["asm", "-", "-o", pipe], input: "ret\n", timeout: 10)
        #expect(!output.timedOut)
        #expect(output.exitCode == 1)
        #expect(output.error.contains("a named pipe that no program is reading"), "\(output.error)")
    }
}
