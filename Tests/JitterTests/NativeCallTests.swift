import Jitter
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A Swift function that JIT'd code calls back.
private let tripled: @convention(c) (Int) -> Int = { $0 * 3 }

/// Code loaded into this process and called as C functions.
@Suite struct NativeCallTests {
    let jit = JITRuntime()

    @Test func textBecomesACallableFunction() throws {
        let sum = try jit.function("lea rax, [rdi + rsi]\nret", as: (@convention(c) (Int, Int) -> Int).self)
        #expect(sum { $0(3, 4) } == 7)
        #expect(sum { $0(-10, 4) } == -6)
    }

    @Test func builderCodeBecomesACallableFunction() throws {
        let a = CodeBuilder()
        a.mov(.eax, 50)
        a.ret()
        let fifty = try jit.function(a, as: (@convention(c) () -> Int32).self)
        #expect(fifty { $0() } == 50)
    }

    @Test func floatingPointArgumentsArriveInXMMRegisters() throws {
        let a = CodeBuilder()
        a.mulsd(.xmm0, .xmm1)
        a.cvtsi2sd(.xmm1, .rdi)
        a.addsd(.xmm0, .xmm1)
        a.ret()
        let f = try jit.function(a, as: (@convention(c) (Double, Double, Int) -> Double).self)
        #expect(f { $0(1.5, 4, 10) } == 16)
        let g = try jit.function("addss xmm0, xmm1\nret", as: (@convention(c) (Float, Float) -> Float).self)
        #expect(g { $0(0.25, 0.5) } == 0.75)
    }

    @Test func sixIntegerArgumentsInTheirRegisters() throws {
        let f = try jit.function("""
            mov rax, rdi
            sub rax, rsi
            imul rax, rdx
            add rax, rcx
            xor rax, r8
            sub rax, r9
            ret
            """, as: (@convention(c) (Int, Int, Int, Int, Int, Int) -> Int).self)
        #expect(f { $0(10, 3, 5, 2, 1, 7) } == ((10 - 3) * 5 + 2) ^ 1 - 7)
    }

    @Test func codeReadsAndWritesHostMemory() throws {
        var numbers: [Int64] = [1, 2, 3, 4, 5]
        let a = CodeBuilder()
        let top = a.label()
        let done = a.label()
        a.xor(.eax, .eax)
        a.test(.rsi, .rsi)
        a.jz(done)
        a.bind(top)
        a.add(.rax, .qword[.rdi])
        a.mov(.qword[.rdi], .rax)
        a.add(.rdi, 8)
        a.dec(.rsi)
        a.jnz(top)
        a.bind(done)
        a.ret()
        let prefixSums = try jit.function(a, as: (@convention(c) (UnsafeMutablePointer<Int64>?, Int) -> Int64).self)
        let total = numbers.withUnsafeMutableBufferPointer { buffer in prefixSums { $0(buffer.baseAddress, buffer.count) } }
        #expect(total == 15)
        #expect(numbers == [1, 3, 6, 10, 15])
    }

    @Test func codeCallsBackIntoSwift() throws {
        let a = CodeBuilder()
        // The stack is 16-byte aligned at the call: the return address plus 8.
        a.sub(.rsp, 8)
        a.mov(.rax, .function(tripled))
        a.call(.rax)
        a.add(.rax, 1)
        a.add(.rsp, 8)
        a.ret()
        let f = try jit.function(a, as: (@convention(c) (Int) -> Int).self)
        #expect(f { $0(14) } == 43)
    }

    @Test func dataAfterTheCodeIsReachedAtItsRealAddress() throws {
        let loaded = try jit.load(AssemblyText("""
            default rel
            section .data
            counter: dq 41
            table: dq counter
            section .text
            main:
                mov rax, [table]
                inc qword [rax]
                mov rax, [counter]
                ret
            """))
        let f = loaded.function(as: (@convention(c) () -> Int).self)
        #expect(f { $0() } == 42)
        #expect(f { $0() } == 43)
        #expect(loaded.address(of: "counter")?.load(as: Int.self) == 43)
    }

    @Test func codePagesAreNeverWritableAndExecutable() throws {
        let f = try jit.function("mov eax, 1\nret", as: (@convention(c) () -> Int32).self)
        let code = UInt(bitPattern: f.address)
        let page = mappings().first { $0.range.contains(code) }
        #expect(page?.permissions == "r-xp")
        let data = f.code.dataAddress
        #expect(mappings().first { $0.range.contains(UInt(data)) }?.permissions != "rwxp")
        #expect(!mappings().contains { $0.permissions.hasPrefix("rwx") })
    }

    @Test func codeIsUnmappedWhenItsLastHandleGoes() throws {
        weak var pages: NativeCode?
        do {
            let f = try jit.function("mov eax, 7\nret", as: (@convention(c) () -> Int32).self)
            pages = f.code
            let address = UInt(bitPattern: f.address)
            let copy = f
            #expect(copy { $0() } == 7)
            #expect(mappings().contains { $0.range.contains(address) })
        }
        // Gone means unmapped (`NativeCode` unmaps in its deinit); the address range itself
        // is not checked, as code loaded by tests running alongside may take it at once.
        #expect(pages == nil)
    }

    @Test func entryCanBeAnyLabel() throws {
        let a = CodeBuilder()
        a.mov(.eax, 1)
        a.ret()
        let second = a.here("second")
        a.mov(.eax, 2)
        a.ret()
        let loaded = try jit.load(a)
        let first = loaded.function(as: (@convention(c) () -> Int32).self)
        let other = try loaded.function(at: second, as: (@convention(c) () -> Int32).self)
        #expect(first { $0() } == 1)
        #expect(other { $0() } == 2)
        #expect(throws: JITError.noSuchFunction("third")) { try loaded.function(named: "third", as: (@convention(c) () -> Int32).self) }
    }

    @Test func assemblyErrorsAreThrownWithTheirLines() throws {
        do {
            _ = try jit.function("mov eax, 1\nmov al, 300\nret", as: (@convention(c) () -> Int32).self)
            Issue.record("an out-of-range immediate was accepted")
        } catch let error as AssemblyError {
            #expect(error.diagnostics.map(\.line) == [2])
            #expect(error.rendered.contains("mov al, 300"))
        }
    }

    /// The lines of /proc/self/maps: address ranges and permissions.
    private func mappings() -> [(range: Range<UInt>, permissions: String)] {
        guard let file = fopen("/proc/self/maps", "r") else { return [] }
        defer { fclose(file) }
        var result: [(Range<UInt>, String)] = []
        var line = [CChar](repeating: 0, count: 4096)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let fields = text.split(separator: " ")
            guard fields.count >= 2 else { continue }
            let bounds = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
            guard bounds.count == 2 else { continue }
            result.append((bounds[0]..<bounds[1], String(fields[1])))
        }
        return result
    }
}
