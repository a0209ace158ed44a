// toy FILE [ARGUMENTS]: compiles a Toy program to x86-64, runs its `main` in this process and
// prints the result; `--interpret` walks the tree instead, `--listing` prints the assembly.
import Foundation
import ToyLanguage

var arguments = Array(CommandLine.arguments.dropFirst())
let interpret = arguments.contains("--interpret")
let listing = arguments.contains("--listing")
arguments.removeAll { $0.hasPrefix("--") }
guard let path = arguments.first, let source = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: toy [--interpret|--listing] FILE [ARGUMENTS]\n".utf8))
    exit(2)
}
let values = arguments.dropFirst().compactMap { Int($0) }
do {
    if listing {
        print(try Compiler.compile(try Parser.parse(source)).intelText, terminator: "")
    } else if interpret {
        print(try Interpreter(try Parser.parse(source)).run(values))
    } else {
        print(try CompiledProgram(source).run(values))
    }
} catch {
    FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
    exit(1)
}
