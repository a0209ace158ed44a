// What one call of JIT'd code costs: in-process (the same bytes as a C function called
// through a pointer) and in the isolated executor. Run by Scripts/bench; prints figures only.
import Jitter

#if canImport(Glibc)
import Glibc
#endif

typealias Add = @convention(c) (Int, Int) -> Int

/// The reference: a C function pointer to compiled code with the same body.
let reference: Add = { $0 &+ $1 }

/// Kept opaque, so the optimizer calls through the pointer instead of inlining the body.
@inline(never)
func opaque<T>(_ value: T) -> T { value }

func nanoseconds(_ body: () -> Void) -> Double {
    var start = timespec()
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    body()
    clock_gettime(CLOCK_MONOTONIC, &end)
    return Double(end.tv_sec - start.tv_sec) * 1e9 + Double(end.tv_nsec - start.tv_nsec)
}

/// The best of `rounds` timings of `count` calls, per call.
func perCall(_ count: Int, rounds: Int = 3, _ call: (Int) -> Int) -> Double {
    var best = Double.infinity
    var sink = 0
    for _ in 0..<rounds {
        let time = nanoseconds {
            for i in 0..<count { sink &+= call(i) }
        }
        best = min(best, time / Double(count))
    }
    if sink == 42 { print("") }
    return best
}

let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 20_000_000 : 20_000_000
let jit = try JITRuntime().function("lea rax, [rdi + rsi]\nret", as: Add.self)
let cPointer = opaque(reference)
let jitPointer = opaque(jit.unsafeFunction)

// Interleaved, each the best of its rounds, so neither pays for a slower moment of the machine.
var c = Double.infinity
var raw = Double.infinity
var handle = Double.infinity
for _ in 0..<3 {
    c = min(c, perCall(count) { cPointer($0, 1) })
    raw = min(raw, withExtendedLifetime(jit) { perCall(count) { jitPointer($0, 1) } })
    handle = min(handle, perCall(count) { i in jit { $0(i, 1) } })
}
/// `value` with two decimals.
func fixed(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}

print("c-pointer \(fixed(c)) ns")
print("jit-pointer \(fixed(raw)) ns")
print("jit-handle \(fixed(handle)) ns")

let executor = try Executor()
let image = try ExecutableImage(AssemblyText("lea rax, [rdi + rsi]\nret"))
var isolated: [Double] = []
for _ in 0..<200 {
    isolated.append(nanoseconds { _ = executor.run(image, mode: .function) })
}
isolated.sort()
print("isolated-median \(fixed(isolated[isolated.count / 2] / 1000)) us")
