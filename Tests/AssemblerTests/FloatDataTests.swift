import Diagnostics
import IntelSyntax
import Testing
import X86Assembler

/// Floating-point data: NASM's `dw`/`dd`/`dq`/`dt`/`do` with float items and GNU's `.float`,
/// `.double`, `.tfloat`, rounded exactly from the decimal text.
@Suite struct FloatDataTests {
    /// Assembles `source` both ways Jitter reads text (a file and a REPL-style source) and
    /// checks that the two agree; returns the bytes, all in `.text`.
    private func bytes(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> [UInt8] {
        let file = FileAssembly(name: "t.asm", bytes: Array(source.utf8))
        #expect(file.diagnostics.map(\.diagnostic.message) == [], sourceLocation: sourceLocation)
        let text = SourceAssembly(SourceFile(name: "t.asm", text: source))
        #expect(text.diagnostics.map(\.diagnostic.message) == [], sourceLocation: sourceLocation)
        #expect(text.image.code == file.image.code, sourceLocation: sourceLocation)
        return file.image.code
    }

    @Test(arguments: [
        // The forms of the NASM manual's section 3.4.6, one format each.
        "dw 1.5\ndd 1.5\ndq -2.5e10\ndt 1.5\ndo 1.5",
        // Integers stay integers on a line with floats.
        "dd 1, 2.5, -3\ndq 1e10, 2\ndw -3, 0.5",
        // 0.1 and pi need every significand bit of the 80-bit format (a Double has 53).
        "dt 0.1\ndt 3.14159265358979323846264338327950288\ndo 0.1",
        // Range edges: subnormals, the largest finite values, the tricky 2.2250738585072011e-308.
        "dq 2.2250738585072011e-308, 4.9406564584124654e-324, 1.7976931348623157e308\ndd 1.5e-45, 3.4028234e38\ndt 1e-4940\ndw 65504.0, 6e-8",
        // Spellings: no fraction digits, upper-case exponent, digit separators, hexadecimal.
        "dq 1., 5E-1, 6.25E+2, 1_000.5\ndq 0x1.8p1, 0x1.fffffffffffff8p0\ndd 0x1p-149, -0x1.0p0",
        // Special values; signs apply to them too.
        "dd __Infinity__, -__Infinity__, __QNaN__, __SNaN__\ndq __QNaN__, __SNaN__\ndt __QNaN__, __SNaN__, __Infinity__\ndd -0.0",
        // The conversion operators give integers of the format's width.
        "dd __float32__(1.5)\ndq __float64__(-0.1)\ndw __float16__(2.5)\ndq __float32__(1.0)",
        // Labels without a colon and `times` take float data like any data.
        "x dd 1.5, 2\ntimes 3 dq 0.25\ny: dt -1.0",
    ])
    func nasmFloatDataMatchesNASM(_ source: String) throws {
        let expected = try Oracle.nasm(source + "\n")
        let ours = bytes(source + "\n")
        #expect(ours == expected, "\(firstDifference(ours, expected))")
    }

    /// Several thousand decimal digits' worth of random constants, none of them a rounding tie
    /// (the last digit is odd and not 5, so no value is a binary fraction with so few bits):
    /// NASM's conversion is the oracle.
    @Test func randomDecimalsMatchNASM() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        // The decimal exponent is chosen so the value stays inside each format's finite range.
        let formats: [(directive: String, exponents: ClosedRange<Int>)] = [
            ("dd", -60...15), ("dq", -340...280), ("dt", -4960...4900), ("do", -4980...4900),
        ]
        var source = ""
        for _ in 0..<400 {
            let format = formats[next(formats.count)]
            let count = 1 + next(24)
            var digits = (0..<count - 1).map { _ in String(next(10)) }.joined()
            digits += String([1, 3, 7, 9][next(4)])
            let point = next(count + 1)
            let mantissa = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
            let exponent = format.exponents.lowerBound + next(format.exponents.count)
            source += "\(format.directive) \(next(3) == 0 ? "-" : "")\(mantissa.hasPrefix(".") ? "0" : "")\(mantissa)e\(exponent)\n"
        }
        let expected = try Oracle.nasm(source)
        let ours = bytes(source)
        // Compared as a Bool so that a failure shows where the bytes differ, not 4 KB of them.
        let same = ours == expected
        #expect(same, "\(firstDifference(ours, expected))")
    }

    /// GNU's float directives, against GNU as.
    @Test func gnuFloatDirectivesMatchGNUAs() throws {
        let source = """
            .intel_syntax noprefix
            .float 1.5, -2.5e10, 1
            .single 3.25, -0.0
            .double 0.1, 2.2250738585072011e-308, .5, 5.
            .tfloat 0.1, -1, 1e4000, 3.6e-4951
            .float inf, nan, -inf
            .double nan, -nan, inf
            .tfloat nan, inf
            .double 0d1.5, 0f-2.5
            .float 1.4e-45

            """
        let expected = try Oracle.assembleAndLink(source, with: .gnuAs, sections: [(".text", 0x40_1000)])[".text"] ?? []
        let ours = bytes(source)
        #expect(ours == expected, "\(firstDifference(ours, expected))")
    }

    /// Exact halfway cases round to the even significand, as IEEE 754 and C's strtod do. The
    /// peers split here, so each expectation is derived by hand (and named is the peer that agrees):
    /// 2^24 + 1 lies halfway between 2^24 and 2^24 + 2, whose significands end in 0 and 1, so it
    /// becomes 2^24 = 0x4b800000 (NASM agrees; GNU as rounds away from zero); 2^24 + 3 lies
    /// between 2^24 + 2 (odd) and 2^24 + 4 (even), so 0x4b800002 (GNU as agrees; NASM truncates).
    /// The same in double precision with 2^53 + 1 and 2^53 + 3, and in half precision with
    /// 2049 and 2051 (2^11 + 1, 2^11 + 3; 2048 = 0x6800).
    @Test func halfwayCasesRoundToEven() {
        let ours = bytes("dd 16777217.0, 16777219.0\ndq 9007199254740993.0, 9007199254740995.0\ndw 2049.0, 2051.0\n")
        let expected: [UInt8] = [
            0x00, 0x00, 0x80, 0x4b, 0x02, 0x00, 0x80, 0x4b,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x43, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x43,
            0x00, 0x68, 0x02, 0x68,
        ]
        #expect(ours == expected, "\(firstDifference(ours, expected))")
    }

    /// The statements recorded for a line replay to the same bytes through the library API.
    @Test func recordedStatementsReplayTheSameBytes() {
        let source = "dd 1, 2.5\ndt 0.1\ndq __float64__(1.5)\n.float 1\n"
        let assembly = SourceAssembly(SourceFile(name: "t", text: source))
        #expect(assembly.diagnostics.map(\.diagnostic.message) == [])
        let replayed = Assembler().assemble(assembly.statements)
        #expect(replayed.diagnostics.map(\.diagnostic.message) == [])
        #expect(replayed.image.code == assembly.image.code)
        #expect(replayed.image.code.count == 8 + 10 + 8 + 4)
    }

    @Test func renderedWithLineColumnAndCaret() throws {
        let file = SourceFile(name: "data.asm", text: "dd 1.0\ndb 0, 2.5\n")
        let diagnostic = try #require(SourceAssembly(file).diagnostics.first)
        let rendered = DiagnosticRenderer().render(diagnostic.diagnostic, in: file)
        #expect(rendered.hasPrefix("data.asm:2:7: error: 'db' cannot hold a floating-point constant"))
        #expect(rendered.contains("\n    db 0, 2.5\n          ^~~\n"))
    }
}
