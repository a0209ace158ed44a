import Explain
import Testing

/// The drawn explanation: fits the terminal, in both character sets, and shows the fields.
@Suite struct ExplanationRendererTests {
    static let samples = ExplanationFieldTests.samples + [
        // The longest encodings: prefixes, REX, SIB, disp32 and imm32 together.
        "lock add dword ptr gs:[r12 + r13*8 + 0x12345678], 0x7fffffff",
        "mov word ptr [eax + ecx*2 + 0x1000], 0x1234",
    ]

    @Test(arguments: samples)
    func everyLineFitsEightyColumns(text: String) throws {
        let explanation = try explain(text)
        for characters in [TextCharacters.unicode, .ascii] {
            let rendered = ExplanationRenderer(characters: characters, width: 80).render(explanation)
            for line in rendered.split(separator: "\n") {
                #expect(line.count <= 80, "\(characters): \(line)")
            }
        }
    }

    @Test(arguments: samples)
    func asciiFallbackIsPlainASCII(text: String) throws {
        let rendered = ExplanationRenderer(characters: .ascii).render(try explain(text))
        let foreign = rendered.unicodeScalars.filter { !$0.isASCII }
        #expect(foreign.isEmpty, "\(String(String.UnicodeScalarView(foreign)))")
    }

    @Test func narrowTerminalsWrapTheBoxes() throws {
        let explanation = try explain("lock add dword ptr gs:[r12 + r13*8 + 0x12345678], 0x7fffffff")
        let rendered = ExplanationRenderer(characters: .unicode, width: 50).render(explanation)
        for line in rendered.split(separator: "\n") { #expect(line.count <= 50, "\(line)") }
        // Two strips of boxes: two top-left corners.
        #expect(rendered.filter { $0 == "┌" }.count >= 2)
    }

    @Test func theDiagramShowsEachFieldWithItsBits() throws {
        let rendered = ExplanationRenderer(characters: .unicode).render(try explain("mov rax, qword ptr [rbx + rcx*8 + 16]"))
        let lines = rendered.split(separator: "\n").map(String.init)
        #expect(lines.first == "mov rax, qword ptr [rbx + rcx*8 + 16]    48 8b 44 cb 10  (5 bytes)")
        #expect(lines.contains("│ REX          │ opcode │ ModRM       │ SIB              │ disp8 │"))
        #expect(lines.contains("│ 48           │ 8b     │ 44          │ cb               │ 10    │"))
        #expect(lines.contains("│ 0100 W R X B │        │ mod reg rm  │ scale index base │       │"))
        #expect(lines.contains("│ 0100 1 0 0 0 │        │ 01  000 100 │ 11    001   011  │ +16   │"))
        #expect(lines.contains("      mod=01   [base + disp8] ← op2"))
        #expect(lines.contains("      scale=11   ×8 ← op2"))
        #expect(rendered.contains("REX.W 8B /r | MOV r64, r/m64"))
    }

    @Test func asciiUsesPlusMinusAndBars() throws {
        let rendered = ExplanationRenderer(characters: .ascii).render(try explain("mov rax, qword ptr [rbx + rcx*8 + 16]"))
        let lines = rendered.split(separator: "\n").map(String.init)
        #expect(lines.contains("+--------------+--------+-------------+------------------+-------+"))
        #expect(lines.contains("| REX          | opcode | ModRM       | SIB              | disp8 |"))
        #expect(lines.contains("      scale=11   x8 <- op2"))
    }

    @Test func alternativesAndTheReasonAreShown() throws {
        let rendered = ExplanationRenderer(characters: .ascii).render(try explain("add eax, 1"))
        #expect(rendered.contains("> 83 /0 ib  ADD r/m32, imm8   3 bytes  83 c0 01"))
        #expect(rendered.contains("  05 id     ADD EAX, imm32    5 bytes  05 01 00 00 00"))
        #expect(rendered.contains("beats 05 id in 5 and"))
        #expect(rendered.contains("Flags      writes OF SF ZF AF CF PF"))
        #expect(rendered.contains("Registers  writing eax zeroes bits 63:32 of rax"))
    }

    @Test func flagGridMarksEachEffect() throws {
        let rendered = ExplanationRenderer(characters: .ascii).render(try explain("adc eax, ebx"))
        let lines = rendered.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasSuffix("OF  DF  SF  ZF  AF  CF  PF") })
        // ADC reads CF and writes all six arithmetic flags; DF is left alone.
        #expect(lines[header + 1].hasSuffix("w   -   w   w   w   rw  w"))
    }

    @Test(arguments: [
        (["LANG": "en_US.UTF-8"], TextCharacters.unicode),
        (["LANG": "C.utf8"], .unicode),
        (["LANG": "C"], .ascii),
        ([:], .ascii),
        (["LC_ALL": "C", "LANG": "en_US.UTF-8"], .ascii),
        (["LC_ALL": "", "LC_CTYPE": "de_DE.UTF-8", "LANG": "C"], .unicode),
    ])
    func characterSetFollowsTheLocale(environment: [String: String], expected: TextCharacters) {
        #expect(TextCharacters.fromEnvironment(environment) == expected)
    }
}

/// The short form shown after every typed line when `.explain on`.
@Suite struct BriefExplanationTests {
    @Test func briefIsTheDiagramTheChoiceAndTheFlags() throws {
        let renderer = ExplanationRenderer(characters: .ascii, detail: .brief)
        let lines = renderer.render(try explain("add eax, 1")).split(separator: "\n").map(String.init)
        #expect(lines == [
            "add eax, 1    83 c0 01  (3 bytes)",
            "Add - ADD r/m32, imm8 (83 /0 ib)",
            "+--------+-------------+------+",
            "| opcode | ModRM       | imm8 |",
            "| 83     | c0          | 01   |",
            "|        | mod reg rm  |      |",
            "|        | 11  000 000 | 1    |",
            "+--------+-------------+------+",
            "the shortest encoding wins: 83 /0 ib in 3 bytes beats 05 id in 5 and",
            "    81 /0 id in 6",
            "Flags      writes OF SF ZF AF CF PF",
        ])
    }

    @Test(arguments: ExplanationRendererTests.samples)
    func briefFitsEightyColumns(text: String) throws {
        let rendered = ExplanationRenderer(characters: .unicode, detail: .brief).render(try explain(text))
        for line in rendered.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }
}
