import Jitter

let plusFour = try JITRuntime().function("lea rax, [rdi + 4]\nret", as: (@convention(c) (Int) -> Int).self)
print(plusFour { $0(4) })
