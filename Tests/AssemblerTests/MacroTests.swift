import Diagnostics
import IntelSyntax
import TestSupport
import Testing
import X86Assembler

/// GNU as and NASM macro files, expanded before parsing. Expected bytes come from the
/// assembler each fixture names in its first line (GNU as + objcopy, or `nasm -f bin`).
@Suite struct MacroTests {
    private func hex(_ text: String) -> [UInt8] {
        let digits = Array(text.utf8)
        return stride(from: 0, to: digits.count - 1, by: 2).compactMap {
            UInt8(String(decoding: digits[$0..<($0 + 2)], as: UTF8.self), radix: 16)
        }
    }

    private func assemble(_ text: String, name: String = "test.s", includePaths: [String] = []) -> SourceAssembly {
        SourceAssembly(SourceFile(name: name, text: text), includePaths: includePaths)
    }

    private func fixture(_ path: String, includePaths: [String] = []) -> SourceAssembly {
        let text = Repository.text(path)
        #expect(!text.isEmpty, "cannot read \(path)")
        return assemble(text, name: Repository.root + "/" + path, includePaths: includePaths)
    }

    @Test func gnuMacroFileMatchesGNUAs() {
        // .macro with defaults and :vararg, \@, .exitm, .rept, .irp, .irpc and the .if family.
        let assembly = fixture("Tests/AssemblerSamples/gnu-macros.s")
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.bytes == hex("4883c0014883c305ffc0ffc0ffc0505351b801000000b802000000b803000000c390f4fcfd90ebfd90ebfdb907000000"))
    }

    @Test func nasmMacroFileMatchesNASM() {
        // %define with parameters, %xdefine, %assign, %macro with defaults, %%labels and a
        // greedy parameter, %rep, %if/%elif/%else, %strlen, %substr, %undef, struc and istruc.
        let assembly = fixture("Tests/AssemblerSamples/nasm-macros.asm")
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.bytes == hex(
            "554889e54883ec10554889e54883ec20ffc975fcb903000000ffca75fcba0400000083c00083c00183c002b8080000"
                + "0090fcfd010203b805000000b079b804000000b81600000001000000000002000000000000000000000000000000"))
    }

    @Test func gnuIncludeSearchesThePaths() {
        let assembly = fixture("Tests/AssemblerSamples/gnu-include.s", includePaths: [Repository.root + "/Tests/AssemblerSamples/include"])
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.bytes == hex("9090b801000000b801000000"))
    }

    @Test func nasmIncludeSearchesThePaths() {
        let assembly = fixture("Tests/AssemblerSamples/nasm-include.asm", includePaths: [Repository.root + "/Tests/AssemblerSamples/include/"])
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.bytes == hex("9090b834120000"))
    }

    @Test func attSyntaxMacros() {
        // as --64 (AT&T): 31 c0 31 db 48 ff c1 48 ff c1
        let text = ".macro zero reg\n    xorl \\reg, \\reg\n.endm\n.irp r, %eax, %ebx\n    zero \\r\n.endr\n.rept 2\n    incq %rcx\n.endr\n"
        let assembly = SourceAssembly(SourceFile(name: "att.s", text: text), syntax: .att)
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.bytes == hex("31c031db48ffc148ffc1"))
    }

    @Test func errorInAnIncludedFilePointsAtTheInclude() throws {
        // The include is found beside the including file, without a search path.
        let folder = TemporaryFolder.make()
        TemporaryFolder.write(folder + "/bad.inc", contents: "nop\nmov eax, [rbx\n")
        let assembly = assemble("nop\n%include \"bad.inc\"\nret\n", name: folder + "/main.asm")
        let diagnostic = try #require(assembly.diagnostics.first)
        #expect(assembly.diagnostics.count == 1)
        #expect(diagnostic.line == 2)
        #expect(diagnostic.diagnostic.notes == ["in file '\(folder)/bad.inc' line 2, included here"])
        // nop, nop from the include, ret.
        #expect(assembly.bytes == [0x90, 0x90, 0xc3])
    }

    @Test func macroFromAnIncludeReportsItsExpansion() throws {
        let folder = Repository.root + "/Tests/AssemblerSamples/include"
        let assembly = assemble("nop\n%include \"nasm-defs.inc\"\n    twice bogus\n", name: "main.asm", includePaths: [folder])
        let diagnostic = try #require(assembly.diagnostics.first)
        #expect(diagnostic.line == 3)
        #expect(diagnostic.diagnostic.notes.contains("in expansion of macro 'twice'"))
    }

    @Test func includeNotFoundIsAnErrorOnItsLine() {
        let assembly = assemble("nop\n.include \"missing.s\"\n")
        #expect(assembly.diagnostics.map(\.line) == [2])
        #expect(assembly.diagnostics.first?.diagnostic.message.contains("cannot find include file 'missing.s'") == true)
    }

    @Test func errorInExpansionPointsAtTheCall() throws {
        let text = ".macro load reg\n    mov \\reg, [rax\n.endm\n    nop\n    load ebx\n"
        let assembly = assemble(text)
        let diagnostic = try #require(assembly.diagnostics.first)
        #expect(diagnostic.line == 5)
        // Column 5: the call's first character.
        #expect(diagnostic.diagnostic.range.start == text.utf8.count - "load ebx\n".utf8.count)
        #expect(diagnostic.diagnostic.notes.contains("in expansion of macro 'load'"))
    }

    @Test func errorOnAPlainLineKeepsItsColumn() throws {
        let text = "%define X 1\nnop\nmov eax, [rbx\n"
        let assembly = assemble(text)
        let diagnostic = try #require(assembly.diagnostics.first)
        #expect(diagnostic.line == 3)
        let lineStart = text.utf8.count - "mov eax, [rbx\n".utf8.count
        #expect(diagnostic.diagnostic.range.start > lineStart + 4)
    }

    @Test(arguments: [
        (".macro m\nnop\n", "'.macro' has no matching '.endm'"),
        ("%macro m 0\nnop\n", "'%macro' has no matching '%endmacro'"),
        (".if 1\nnop\n", "'.if' has no matching '.endif'"),
        ("%if 1\nnop\n", "'%if' has no matching '%endif'"),
        (".rept 3\nnop\n", "'.rept' has no matching '.endr'"),
        (".endif\n", "'.endif' without '.if'"),
    ])
    func unterminatedBlocksAreErrorsOnTheFirstLine(_ text: String, _ message: String) {
        let assembly = assemble(text)
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [message])
        #expect(assembly.diagnostics.map(\.line) == [1])
    }

    @Test func redefinitionAndStrayExitAreErrors() {
        // GNU as rejects both (gas/testsuite/gas/macros/redef.s and exit.s).
        let assembly = assemble(".macro m\n.endm\n.macro m\n.endm\n.exitm\n")
        #expect(assembly.diagnostics.map(\.line) == [3, 5])
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [
            "macro 'm' is already defined (.purgem it first)", "'.exitm' outside a macro",
        ])
    }

    @Test func recursionStops() {
        let assembly = assemble(".macro again\n again\n.endm\n again\n")
        #expect(assembly.diagnostics.count == 1)
        #expect(assembly.diagnostics.first?.diagnostic.message.contains("deeper than") == true)
        #expect(assembly.diagnostics.first?.line == 4)
    }

    @Test func hugeRepeatIsRefused() {
        let assembly = assemble(".rept 100000000\nnop\n.endr\nret\n")
        #expect(assembly.diagnostics.map(\.line) == [1])
        #expect(assembly.bytes == [0xc3])
    }

    @Test func conditionOnAnUnknownSymbolIsAnError() {
        let assembly = assemble(".if later\nnop\n.endif\nlater:\n")
        #expect(assembly.diagnostics.map(\.line) == [1])
        #expect(assembly.diagnostics.first?.diagnostic.message.contains("'later' is not a constant") == true)
    }

    @Test func errorAndWarningDirectives() {
        let assembly = assemble("nop\n%warning \"careful\"\n%error \"stop here\"\n")
        #expect(assembly.diagnostics.map(\.diagnostic.message) == ["careful", "stop here"])
        #expect(assembly.diagnostics.map(\.diagnostic.severity) == [.warning, .error])
        #expect(assembly.diagnostics.map(\.line) == [2, 3])
    }

    @Test func nestedMacroCallsAndConditions() {
        // nasm -f bin: %macro inner 1 / mov eax, %1 ; %macro outer 2 / inner %1 / %if %2 > 1 / inner %2 / %endif
        // outer 1, 2 → b8 01 00 00 00 b8 02 00 00 00; outer 3, 0 → b8 03 00 00 00
        let text = """
            bits 64
            %macro inner 1
                mov eax, %1
            %endmacro
            %macro outer 2
                inner %1
            %if %2 > 1
                inner %2
            %endif
            %endmacro
                outer 1, 2
                outer 3, 0

            """
        let assembly = assemble(text, name: "nested.asm")
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.bytes == hex("b801000000b802000000b803000000"))
    }

    @Test func plainFileNeedsNoPass() {
        // A percent sign inside an operand is not a directive; the file assembles as written.
        let assembly = assemble("mov eax, 7 % 4\nret\n")
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        #expect(assembly.bytes == hex("b803000000c3"))
    }

    // A whole file is parsed without looking for macros first; the first line that needs the
    // preprocessor starts it over, expanded. Nothing of the first attempt may remain.
    @Test func fileWithMacrosLateIsParsedAgainExpanded() {
        let text = "nop\nbogus eax\nnop\n%define SEVEN 7\nmov eax, SEVEN\n"
        let assembly = FileAssembly(name: "late.asm", bytes: Array(text.utf8))
        // nasm -f bin: 90 / (error) / 90 / b8 07 00 00 00
        #expect(assembly.diagnostics.map(\.line) == [2])
        #expect(assembly.image.code == hex("9090b807000000"))
    }

    @Test func bigFileWithARepetitionAtItsEnd() {
        // Over a mebibyte, so that the second thread encodes lines before the `.rept` is met.
        let count = 20_000
        let line = "inc eax" + String(repeating: " ", count: 48) + "# 64 bytes a line\n"
        let text = ".intel_syntax noprefix\n" + String(repeating: line, count: count) + ".rept 2\nnop\n.endr\n"
        let assembly = FileAssembly(name: "big.s", bytes: Array(text.utf8))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        // ff c0 per `inc eax` (SDM: FF /0), then two 90.
        let code = assembly.image.code
        #expect(code.count == 2 * count + 2)
        #expect(code.prefix(4) == [0xff, 0xc0, 0xff, 0xc0])
        #expect(code.suffix(4) == [0xff, 0xc0, 0x90, 0x90])
    }
}
