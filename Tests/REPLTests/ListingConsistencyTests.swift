import REPL
import Testing

/// Lines that name no symbol are assembled on their own after the block; everything else
/// with the whole block. Both must show the same bytes at the same offsets.
@Suite struct ListingConsistencyTests {
    static let program = """
        mov ecx, 10
        top:
        add eax, ecx
        lea rbx, [rip + top]
        dec ecx
        jnz top
        mov rdx, qword ptr [rbx + rcx*8 + 0x100]
        imul r9d, dword ptr [rbp + rdi*2], 2505353811
        jmp later
        push rbx
        pop rsi
        later:
        shl r11, cl
        movzx eax, byte ptr [rsi]
        call ahead
        ret
        ahead:
        xor eax, eax
        ret
        mov al, 300
        sub rsp, 8
        add rsp, 8
        ret
        """

    /// Everything the session prints for `lines`, without the registers (runs are not the point).
    func listing(_ lines: [String]) -> [String] {
        let collected = Collected()
        let session = Session(options: SessionOptions(timeout: 5)) { collected.events.append($0) }
        for line in lines { session.handle(line) }
        return collected.events.map(\.text).joined().split(separator: "\n").map(String.init)
            .filter { $0.count > 5 && $0.dropFirst(4).hasPrefix(":") }
    }

    @Test func oneLineAndWholeBlockListingsAgree() {
        let lines = Self.program.split(separator: "\n").map(String.init)
        let typed = listing(lines)
        // A `$` in a comment keeps every line on the whole-block path.
        let whole = listing(lines.map { $0 + " ; $" })
        #expect(typed.count >= 20)
        #expect(typed == whole)
    }

    /// A `;` is a comment in the REPL's own reading, and starts a second statement after GNU's
    /// `.intel_syntax` (bytes by hand: `mov eax, 1` is b8 01 00 00 00, `mov ebx, 2` bb 02 00 00 00).
    @Test func aSemicolonAfterIntelSyntaxSeparatesStatements() {
        let comment = listing(["mov eax, 1; mov ebx, 2"])
        #expect(comment.count == 1)
        #expect(comment.first?.contains("b8 01 00 00 00") == true)
        #expect(comment.first?.contains("bb 02") == false)
        let gnu = listing([".intel_syntax noprefix", "mov eax, 1; mov ebx, 2"]).joined(separator: "\n")
        #expect(gnu.contains("b8 01 00 00 00"))
        #expect(gnu.contains("bb 02 00 00 00"))
    }
}
