// bf FILE: runs a Brainfuck program compiled to x86-64, its standard input as input.
// bf --bench FILE: times the compiled program against the straightforward interpreter.
import Brainfuck
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
let bench = arguments.contains("--bench")
arguments.removeAll { $0 == "--bench" }
guard let path = arguments.first, let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: bf [--bench] FILE\n".utf8))
    exit(2)
}
do {
    let program = try BrainfuckProgram(text)
    let compiled = try CompiledBrainfuck(program)
    if bench {
        let clock = ContinuousClock()
        /// The best of five runs: the first pays for touching fresh pages.
        func best(_ run: () -> [UInt8]) -> (output: [UInt8], time: Duration) {
            var output: [UInt8] = []
            var fastest = Duration.seconds(1_000_000)
            for _ in 0..<5 { fastest = min(fastest, clock.measure { output = run() }) }
            return (output, fastest)
        }
        // The same compiler without multiply loops, to show what that one optimization gives.
        let plain = try CompiledBrainfuck(try BrainfuckProgram(text, multiplyLoops: false))
        let (jitOutput, jitTime) = best { compiled.run() }
        let (plainOutput, plainTime) = best { plain.run() }
        let (interpretedOutput, interpreterTime) = best { program.interpret() }
        let seconds = { (d: Duration) in Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        let format = { (value: Double, digits: Int) in String(format: "%.\(digits)f", value) }
        print("compiled:                        \(format(seconds(jitTime) * 1000, 3)) ms")
        print("compiled without multiply loops: \(format(seconds(plainTime) * 1000, 3)) ms")
        print("interpreted:                     \(format(seconds(interpreterTime) * 1000, 3)) ms")
        print("speed-up:                        \(format(seconds(interpreterTime) / seconds(jitTime), 1))x"
              + " (\(format(seconds(interpreterTime) / seconds(plainTime), 1))x without multiply loops)")
        let agree = jitOutput == interpretedOutput && plainOutput == interpretedOutput
        print("outputs \(agree ? "agree" : "DIFFER")")
    } else {
        let input = Array(FileHandle.standardInput.readDataToEndOfFile())
        FileHandle.standardOutput.write(Data(compiled.run(input: input)))
    }
} catch {
    FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
    exit(1)
}
