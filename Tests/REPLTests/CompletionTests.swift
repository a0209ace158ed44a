import REPL
import TestSupport
import Testing

@Suite struct CompletionTests {
    let session = Session { _ in }

    @Test func commandsAtTheStartOfALine() {
        let result = session.completions(before: ".re")
        #expect(result.wordStart == 0)
        #expect(result.candidates == [".regs", ".reset"])
    }

    @Test func mnemonicsAtTheStartOfALine() {
        let result = session.completions(before: "  cq")
        #expect(result.wordStart == 2)
        #expect(result.candidates == ["cqo"])
    }

    @Test func uppercaseWordsGetUppercaseCandidates() {
        #expect(session.completions(before: "CQ").candidates == ["CQO"])
    }

    @Test func registersInOperands() {
        let result = session.completions(before: "mov r1")
        #expect(result.wordStart == 4)
        #expect(result.candidates.contains("r15"))
        #expect(result.candidates.contains("r10d"))
        #expect(!result.candidates.contains("rax"))
    }

    @Test func registersInsideMemoryOperands() {
        let result = session.completions(before: "mov eax, dword ptr [rb")
        #expect(result.wordStart == 20)
        #expect(result.candidates.contains("rbx"))
        #expect(result.candidates.contains("rbp"))
    }

    @Test func helpCompletesMnemonics() {
        #expect(session.completions(before: ".help cq").candidates == ["cqo"])
    }

    @Test func loadCompletesPaths() {
        let folder = TemporaryFolder.make()
        let file = folder + "/lesson1.asm"
        TemporaryFolder.write(file, contents: "nop\n")
        TemporaryFolder.makeFolder(folder + "/lessons")
        let typed = ".load " + folder + "/les"
        let result = session.completions(before: typed)
        #expect(result.wordStart == 6)
        #expect(result.candidates == [folder + "/lesson1.asm", folder + "/lessons/"])
    }
}
