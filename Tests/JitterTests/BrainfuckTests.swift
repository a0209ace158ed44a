import Brainfuck
import Jitter
import TestSupport
import Testing

/// The Brainfuck example: compiled programs against the interpreter, and against llvm-mc.
@Suite struct BrainfuckTests {
    static let programs = JitterBinary.packageRoot + "/examples/brainfuck/programs/"

    static func program(_ name: String) throws -> BrainfuckProgram {
        let bytes = try #require(TemporaryFolder.read(programs + name), "cannot read \(name)")
        return try BrainfuckProgram(String(decoding: bytes, as: UTF8.self))
    }

    @Test func helloWorld() throws {
        let program = try BrainfuckTests.program("hello.b")
        let compiled = try CompiledBrainfuck(program)
        #expect(String(decoding: compiled.run(), as: UTF8.self) == "Hello World!\n")
        #expect(program.interpret() == compiled.run())
    }

    @Test func inputReachesTheProgramThroughACallback() throws {
        let compiled = try CompiledBrainfuck(try BrainfuckTests.program("echo.b"))
        #expect(compiled.run(input: Array("jitter".utf8)) == Array("jitter".utf8))
        #expect(compiled.run(input: []) == [])
    }

    @Test func theBenchmarkProgramRuns() throws {
        let compiled = try CompiledBrainfuck(try BrainfuckTests.program("loops.b"))
        #expect(String(decoding: compiled.run(), as: UTF8.self) == "Hello World!\n")
    }

    /// Small programs of every operation: wrapping cells, moves both ways, nested and
    /// skipped loops, clears.
    @Test(arguments: [
        "+++[>+++++<-]>.", "-.", "++>+++[<+>-]<.", "+++++[-]+.", "[.]+.", ">>>+++<<<>>>.[>+>+<<-]>.>.",
        "++++++++[>++++++++<-]>[>+>++<<-]>.>.", "+++[->++>+++<<]>.>.", "+++++[->-<]>.", ">+++[-<+++>]<.",
        "++[>+++[>++<-]<-]>>.", "+++[>+<-]>[-]>++[<+>-]<.",
    ])
    func smallProgramsAgreeWithTheInterpreter(_ text: String) throws {
        for multiplyLoops in [false, true] {
            let program = try BrainfuckProgram(text, multiplyLoops: multiplyLoops)
            #expect(try CompiledBrainfuck(program).run() == program.interpret(), "multiply loops: \(multiplyLoops)")
        }
    }

    @Test func unbalancedBracketsAreRefused() {
        #expect(throws: BrainfuckProgram.UnbalancedBrackets.self) { try BrainfuckProgram("[[]") }
        #expect(throws: BrainfuckProgram.UnbalancedBrackets.self) { try BrainfuckProgram("]") }
    }

    @Test(.enabled(if: LLVMOracle.isAvailable), arguments: ["hello.b", "loops.b", "echo.b"])
    func compiledCodeIsWhatLLVMMCMakesOfItsText(_ name: String) throws {
        let builder = try BrainfuckTests.program(name).compile()
        let expected = try LLVMOracle.text(String(builder.intelText.dropFirst(".intel_syntax noprefix\n".count)))
        #expect(hex(try builder.finish().code) == hex(expected))
    }

    @Test func theCommandRunsAProgram() {
        let result = ProcessRunner.run(ExampleBinaries.path("bf"), [BrainfuckTests.programs + "hello.b"])
        #expect(result.exitCode == 0, "\(result.error)")
        #expect(result.output == "Hello World!\n")
    }
}
