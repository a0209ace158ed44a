import Testing
import TestSupport

/// The lessons check themselves: every `; expect` line in them must hold when the real
/// `jitter test` runs them, and each must be a lesson (teach something, check something).
@Suite struct LessonTests {
    static let folder = JitterBinary.packageRoot + "/lessons"

    static let lessons = [
        "01-registers-and-mov.asm", "02-arithmetic-and-flags.asm", "03-memory-addressing.asm",
        "04-stack-and-calls.asm", "05-loops-and-jumps.asm", "06-syscalls.asm", "07-scalar-floating-point.asm",
        "08-simd-lanes.asm", "09-masks-and-avx512.asm",
    ]

    /// The CPU features a lesson's code needs to run, by lesson (as /proc/cpuinfo names them).
    static let requiredFeatures = ["09-masks-and-avx512.asm": ["avx512f", "avx512bw", "avx512vl", "avx512_vbmi2", "bmi2"]]

    @Test(arguments: lessons)
    func lessonPassesItsOwnExpectations(name: String) throws {
        let missing = (LessonTests.requiredFeatures[name] ?? []).filter { !CPUFeatures.has($0) }
        guard missing.isEmpty else {
            // Not a failure of the lesson: this CPU cannot run its code.
            print("skipping \(name): the CPU lacks \(missing.joined(separator: ", "))")
            return
        }
        let path = LessonTests.folder + "/" + name
        let source = try #require(TemporaryFolder.read(path), "\(path) is missing")
        let text = String(decoding: source, as: UTF8.self)
        let expectations = text.split(separator: "\n").filter { $0.hasPrefix("; expect ") }.count
        #expect(expectations >= 5, "a lesson checks what it teaches")

        let result = JitterBinary.run(["test", path])
        #expect(!result.timedOut)
        #expect(result.exitCode == 0, "\(result.error)")
        let summary = result.output.split(separator: "\n").last.map(String.init)
        #expect(summary == "\(expectations) passed, 0 failed", "\(result.output)\(result.error)")
    }

    @Test func aBrokenExpectationFailsWithItsLine() throws {
        // The runner, seen from the lessons' side: a wrong value is reported with the line
        // it is on, counted, and makes the exit status 1.
        let path = TemporaryFolder.file(named: "wrong.asm", contents: """
            mov eax, 50
            ret
            ; expect rax == 50
            ; expect rax == 51
            """)
        let result = JitterBinary.run(["test", path])
        #expect(result.exitCode == 1)
        #expect(result.output.hasSuffix("1 passed, 1 failed\n"))
        #expect(result.error.contains("wrong.asm:4"))
    }
}

/// The flags /proc/cpuinfo lists for this CPU.
enum CPUFeatures {
    static let flags: Set<Substring> = {
        guard let bytes = TemporaryFolder.read("/proc/cpuinfo") else { return [] }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") }),
              let colon = line.firstIndex(of: ":") else { return [] }
        return Set(line[line.index(after: colon)...].split(separator: " "))
    }()

    static func has(_ flag: String) -> Bool { flags.contains(Substring(flag)) }
}
