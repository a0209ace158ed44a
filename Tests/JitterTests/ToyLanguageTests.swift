import Jitter
import TestSupport
import Testing
import ToyLanguage

/// The Toy language example: the JIT against the interpreter, and its code against llvm-mc.
@Suite struct ToyLanguageTests {
    static let programs = JitterBinary.packageRoot + "/examples/toy-language/programs/"

    static func source(_ name: String) throws -> String {
        let bytes = try #require(TemporaryFolder.read(programs + name), "cannot read \(name)")
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("fib.toy", [20], 6765), ("primes.toy", [1000], 168), ("collatz.toy", [1000], 871_178),
    ])
    func exampleProgramsComputeWhatTheInterpreterDoes(_ name: String, _ arguments: [Int], _ expected: Int) throws {
        let source = try ToyLanguageTests.source(name)
        let compiled = try CompiledProgram(source)
        let interpreted = try Interpreter(try Parser.parse(source))
        #expect(compiled.run(arguments) == expected)
        #expect(interpreted.run(arguments) == expected)
        for n in [0, 1, 2, 7, 13] {
            #expect(compiled.run([n]) == interpreted.run([n]), "\(name)(\(n))")
        }
    }

    @Test func controlFlowAndScopes() throws {
        let source = """
            fn max3(a, b, c) {
                var m = a;
                if b > m { m = b; }
                if c > m { m = c; }
                return m;
            }
            fn sum(n) { var s = 0; var i = 1; while i <= n { s = s + i; i = i + 1; } return s; }
            fn sign(x) { if x < 0 { return -1; } else if x == 0 { return 0; } else { return 1; } }
            fn noReturn() { var x = 1; }
            fn main(a, b, c) {
                return max3(a, b, c) * 1000000 + sum(c) * 100 + sign(a - b) + noReturn();
            }
            """
        let compiled = try CompiledProgram(source)
        let interpreted = try Interpreter(try Parser.parse(source))
        for (a, b, c) in [(1, 2, 3), (9, -4, 0), (-5, -5, 10), (100, 7, 44)] {
            #expect(compiled.run([a, b, c]) == interpreted.run([a, b, c]), "main(\(a), \(b), \(c))")
        }
    }

    /// Random expressions over the parameters, wrapping arithmetic and the edges of division.
    @Test func randomExpressionsAgree() throws {
        var generator = SplitMix(seed: 12)
        let edges = [0, 1, -1, 2, 7, -13, Int.max, Int.min, 1 << 40]
        for round in 0..<60 {
            let body = randomExpression(depth: 4, &generator)
            let source = "fn f(x, y) { return \(body); }\nfn main(a, b, c) { return f(a, b) + f(c, a) * 3; }"
            let compiled = try CompiledProgram(source)
            let interpreted = try Interpreter(try Parser.parse(source))
            for _ in 0..<8 {
                let arguments = (0..<3).map { _ in edges[Int(generator.next() % UInt64(edges.count))] }
                #expect(compiled.run(arguments) == interpreted.run(arguments), "round \(round): \(body) with \(arguments)")
            }
        }
    }

    @Test func errorsAreReported() {
        #expect(throws: ToyError.self) { try Compiler.compile(try Parser.parse("fn main() { return y; }")) }
        #expect(throws: ToyError.self) { try Compiler.compile(try Parser.parse("fn main() { return f(1); }")) }
        #expect(throws: ToyError.self) { try Parser.parse("fn main() { return 1 }") }
    }

    @Test(.enabled(if: LLVMOracle.isAvailable), arguments: ["fib.toy", "primes.toy", "collatz.toy"])
    func compiledCodeIsWhatLLVMMCMakesOfItsText(_ name: String) throws {
        let builder = try Compiler.compile(try Parser.parse(try ToyLanguageTests.source(name)))
        let expected = try LLVMOracle.text(String(builder.intelText.dropFirst(".intel_syntax noprefix\n".count)))
        #expect(hex(try builder.finish().code) == hex(expected))
    }

    @Test func theCommandRunsAProgram() throws {
        let result = ProcessRunner.run(ExampleBinaries.path("toy"), [ToyLanguageTests.programs + "fib.toy", "10"])
        #expect(result.exitCode == 0, "\(result.error)")
        #expect(result.output == "55\n")
    }

    private func randomExpression(depth: Int, _ generator: inout SplitMix) -> String {
        if depth == 0 || generator.next() % 4 == 0 {
            switch generator.next() % 3 {
            case 0: return "x"
            case 1: return "y"
            default: return String(Int(generator.next() % 20) - 5)
            }
        }
        if generator.next() % 6 == 0 {
            return (generator.next() % 2 == 0 ? "-" : "!") + "(" + randomExpression(depth: depth - 1, &generator) + ")"
        }
        let operators = BinaryOperator.allCases
        let op = operators[Int(generator.next() % UInt64(operators.count))]
        return "(" + randomExpression(depth: depth - 1, &generator) + " \(op.rawValue) " + randomExpression(depth: depth - 1, &generator) + ")"
    }
}

/// A small deterministic generator, so a failure repeats.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
