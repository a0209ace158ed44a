import Testing
import TestSupport

/// A typed line to a drawing, through `jitter explain` (the command-line wiring itself is tested
/// in CLITests): the whole diagram fits 80 columns, and only single instructions are explained.
@Suite struct ExplainTextTests {
    @Test func explainsATypedInstruction() {
        let result = JitterBinary.run(["explain", "mov rax, qword ptr [rbx + rcx*8 + 16]"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.exitCode == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "mov rax, qword ptr [rbx + rcx*8 + 16]    48 8b 44 cb 10  (5 bytes)")
        #expect(lines.contains("│ 0100 1 0 0 0 │        │ 01  000 100 │ 11    001   011  │ +16   │"))
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func aLabelIsNotAnInstructionToExplain() {
        let result = JitterBinary.run(["explain", "start:"])
        #expect(result.exitCode == 1)
        #expect(result.error.contains("explain takes one instruction"))
    }
}
