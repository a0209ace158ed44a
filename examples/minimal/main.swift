// The smallest JIT: build `mov eax, 50` / `ret`, load it into this process, call it.
import Jitter

let a = CodeBuilder()
a.mov(.eax, 50)
a.ret()

let image = try a.finish()
let fifty = try JITRuntime().function(a, as: (@convention(c) () -> Int32).self)
let hex = image.code.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
print("\(hex) -> \(fifty { $0() })")
