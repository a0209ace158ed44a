import REPL
import Testing

@Suite struct DotCommandTests {
    @Test(arguments: [
        (".help", DotCommand.help(topic: nil)),
        (".help mov", .help(topic: "mov")),
        ("  .regs  ", .regs),
        (".reset", .reset),
        (".load lessons/one two.asm", .load(path: "lessons/one two.asm")),
        (".quit", .quit),
        (".set rax 0x10", .set(register: "rax", value: "0x10")),
        (".mem data 32", .memory(address: "data", length: "32")),
        (".mem 0x1000", .memory(address: "0x1000", length: nil)),
        (".stack", .stack),
        (".undo", .undo),
        (".mode step", .mode(.step)),
        (".mode FUNCTION", .mode(.function)),
        (".timeout 0.5", .timeout(seconds: 0.5)),
        (".explain on", .explain(.on)),
        (".explain off", .explain(.off)),
        (".explain add eax, 1", .explain(.instruction("add eax, 1"))),
    ])
    func parses(line: String, command: DotCommand) throws {
        #expect(try DotCommand.parse(line)?.get() == command)
    }

    /// Exact tokens only: a prefix or a longer word is not a command, so the assembler
    /// gets it (it may be a directive).
    @Test(arguments: [".hel", ".helpme", ".regsx", ".byte 1", ".L1:", "mov eax, 1", "", "   ", ".set len, . - msg"])
    func otherLinesAreNotCommands(line: String) {
        #expect(DotCommand.parse(line) == nil)
    }

    @Test(arguments: [".regs now", ".set rax", ".mem", ".mode fast", ".timeout 0", ".timeout -1",
                      ".timeout abc", ".load", ".explain", ".quit please", ".help a b"])
    func wrongArgumentsAreErrors(line: String) {
        guard case .failure(let error)? = DotCommand.parse(line) else {
            Issue.record("\(line) was accepted")
            return
        }
        #expect(error.message.hasPrefix("usage: "))
    }
}
