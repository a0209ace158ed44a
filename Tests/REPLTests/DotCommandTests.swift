import JIT
import REPL
import Testing
import X86

@Suite struct DotCommandTests {
    @Test(arguments: [
        (".help", DotCommand.help(topic: nil)),
        (".help mov", .help(topic: "mov")),
        ("  .regs  ", .regs(.general)),
        (".regs fpu", .regs(.fpu)),
        (".regs MXCSR", .regs(.mxcsr)),
        (".regs k", .regs(.opmasks)),
        (".regs xmm0 i32", .regs(.vector(VectorRegister(.xmm, 0), .i32))),
        (".regs ymm15", .regs(.vector(VectorRegister(.ymm, 15), nil))),
        (".regs mm3 hex", .regs(.vector(VectorRegister(.mm, 3), .hex))),
        (".regs zmm u8", .regs(.vectors(.zmm, .u8))),
        (".reset", .reset),
        (".load lessons/one two.asm", .load(path: "lessons/one two.asm")),
        (".quit", .quit),
        (".set rax 0x10", .set(register: "rax", values: ["0x10"])),
        (".set xmm0.i32 1 2 3 4", .set(register: "xmm0.i32", values: ["1", "2", "3", "4"])),
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
        (".decode 48 8b 44 cb 10", .decode(bytes: "48 8b 44 cb 10")),
        (".decode --bits 16 8b 07", .decode(bytes: "8b 07", mode: .bits16)),
        (".decode --bits 64 c3", .decode(bytes: "c3", mode: .bits64)),
        (".dis twice", .disassemble(address: "twice", count: nil)),
        (".dis --bits 32 rip-8 4", .disassemble(address: "rip-8", count: "4", mode: .bits32)),
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

    @Test(arguments: [".regs now", ".regs xmm0 f16", ".regs xmm32", ".regs fpu f64", ".regs xmm0 i32 2", ".set rax", ".mem", ".mode fast", ".timeout 0", ".timeout -1",
                      ".timeout abc", ".load", ".explain", ".quit please", ".help a b", ".decode --bits 16", ".dis --bits 32",
                      ".dis --bits 16 a b c"])
    func wrongArgumentsAreErrors(line: String) {
        guard case .failure(let error)? = DotCommand.parse(line) else {
            Issue.record("\(line) was accepted")
            return
        }
        #expect(error.message.hasPrefix("usage: "))
    }

    @Test(arguments: [".decode --bits 8 c3", ".decode --bits", ".dis --bits x twice", ".dis --bits 128 twice"])
    func otherModesAreErrors(line: String) {
        guard case .failure(let error)? = DotCommand.parse(line) else {
            Issue.record("\(line) was accepted")
            return
        }
        #expect(error.message == "--bits takes 16, 32 or 64")
    }
}
