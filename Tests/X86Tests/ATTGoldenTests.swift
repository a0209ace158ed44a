import Diagnostics
import IntelSyntax
import Testing
import TestSupport
import X86

/// AT&T lines whose bytes come from llvm-mc and GNU as (Fixtures/att-golden.txt), and a sample
/// of the table's forms written in AT&T by llvm-mc and encoded by both.
@Suite struct ATTGoldenTests {
    @Test(arguments: GoldenRow.load("att-golden.txt"))
    func lineMatchesItsReference(_ row: GoldenRow) {
        #expect(ATTGolden.assemble(row.text) == row.bytes, "\(row.file):\(row.line)")
    }

    @Test func fixtureIsThere() {
        #expect(GoldenRow.load("att-golden.txt").count > 100, "att-golden.txt is missing")
    }

    /// Every tenth sample of every form, printed in AT&T by llvm-mc from its Intel text, then
    /// encoded from that AT&T text by llvm-mc and by Jitter: the bytes must be the same.
    @Test(.enabled(if: LLVMMC.path != nil, "llvm-mc is not installed: the AT&T differential test needs it"))
    func tableFormsInATTEncodeLikeLLVMMC() throws {
        let cases = DifferentialCases.all().enumerated().filter { $0.offset % 10 == 0 }.map(\.element)
        let printed = try #require(ATTGolden.printATT(cases.map(\.text)), "llvm-mc did not print AT&T")
        let lines = printed.compactMap { $0 }
        let expected = try #require(LLVMMC.encodeATT(lines), "llvm-mc output did not line up with its input")
        var differences: [String] = []
        var compared = 0
        for (line, theirs) in zip(lines, expected) {
            guard case .bytes(let bytes) = theirs else { continue }
            compared += 1
            let hex = bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
            let ours = ATTGolden.assemble(line)
            if ours != hex, ATTGolden.knownDifference(line, ours: ours, llvm: bytes) == nil {
                differences.append("\(line)  llvm-mc: \(hex)  ours: \(ours)")
            }
        }
        #expect(compared > 1500, "only \(compared) AT&T lines compared")
        #expect(differences.isEmpty, "\(differences.count) of \(compared) differ:\n\(differences.prefix(200).joined(separator: "\n"))")
    }
}

enum ATTGolden {
    /// Why Jitter's bytes may differ from llvm-mc's for an AT&T line, or nil.
    static func knownDifference(_ line: String, ours: String, llvm: [UInt8]) -> String? {
        // The samples of `jmp dword ptr [m]` with notrack, a near branch of 32-bit code, which
        // llvm-mc reads as a far jump in 64-bit code and prints as `ljmpl`, which takes no notrack.
        if line.hasPrefix("notrack ljmp") || line.hasPrefix("notrack lcall") {
            return "llvm-mc reads a near jmp/call dword ptr of 32-bit code as a far one"
        }
        // llvm-mc's AT&T parser puts REX.W before a 67 or segment prefix on string instructions
        // written with operands (`movsq (%esi), %es:(%edi)`: 48 67 a5), where the processor
        // ignores a REX not right before the opcode; Jitter and GNU as write 67 48 a5.
        let legacy: Set<UInt8> = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65, 0x67]
        if let rex = llvm.firstIndex(where: { $0 & 0xf0 == 0x40 }), rex + 1 < llvm.count, legacy.contains(llvm[rex + 1]) {
            var moved = llvm
            moved.swapAt(rex, rex + 1)
            if ours == moved.map({ ($0 < 16 ? "0" : "") + String($0, radix: 16) }).joined(separator: " ") {
                return "REX before a legacy prefix"
            }
        }
        // llvm-mc prints AVX512-FP16 compares with a predicate in the name (`vcmpeqph`), which
        // the table spells only as `vcmpph` with an immediate, in either syntax.
        if ours.hasPrefix("error: unknown instruction 'vcmp"), line.split(separator: " ").first?.hasSuffix("h") == true {
            return "FP16 compare predicate alias"
        }
        return nil
    }

    /// The bytes one AT&T line assembles to, as lowercase hex, or `error: …`.
    static func assemble(_ text: String) -> String {
        let assembly = SourceAssembly(SourceFile(name: "row", text: text), syntax: .att)
        return Golden.rendered(assembly)
    }

    /// Each Intel line as llvm-mc prints it in AT&T (`-output-asm-variant=0`), prefixes printed
    /// apart joined to their instruction; nil for a line it refuses.
    static func printATT(_ lines: [String]) -> [String?]? {
        guard let path = LLVMMC.path else { return nil }
        let marker = ".ascii \"att-line-end\""
        let source = lines.map { $0 + "\n" + marker + "\n" }.joined()
        let result = ProcessRunner.run(
            path, ["-triple=x86_64-unknown-linux-gnu", "-x86-asm-syntax=intel", "-output-asm-variant=0"],
            input: Array(source.utf8), timeout: 300)
        var failed = Set<Int>()
        for line in result.error.split(separator: "\n") {
            // `<stdin>:N:C: error: …`, two source lines per input line.
            let fields = line.split(separator: ":")
            if fields.count > 2, fields[0] == "<stdin>", let number = Int(fields[1]), line.contains("error") {
                failed.insert((number - 1) / 2)
            }
        }
        var printed = [[String]](repeating: [], count: lines.count)
        var index = 0
        for line in result.output.split(separator: "\n") {
            let text = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            if text.hasPrefix(".ascii"), text.contains("att-line-end") {
                index += 1
                continue
            }
            guard index < lines.count, !text.isEmpty, !text.hasPrefix(".text") else { continue }
            printed[index].append(text)
        }
        return printed.enumerated().map { failed.contains($0.offset) || $0.element.isEmpty ? nil : $0.element.joined(separator: " ") }
    }
}

extension LLVMMC {
    /// Encodes AT&T `lines` in one llvm-mc run (see ``encode(_:)``).
    static func encodeATT(_ lines: [String]) -> [Outcome]? {
        guard let path else { return nil }
        let marker = ".ascii \"att-line-end\""
        let source = lines.map { $0 + "\n" + marker + "\n" }.joined()
        let result = ProcessRunner.run(
            path, ["-triple=x86_64-unknown-linux-gnu", "-show-encoding"], input: Array(source.utf8), timeout: 300)
        var outcomes = [Outcome](repeating: .bytes([]), count: lines.count)
        var index = 0
        for line in result.output.split(separator: "\n") {
            if line.contains(".ascii"), line.contains("att-line-end") {
                index += 1
                continue
            }
            guard index < lines.count, let encoding = line.firstRange(of: "encoding: [") else { continue }
            var bytes: [UInt8] = []
            for item in line[encoding.upperBound...].prefix(while: { $0 != "]" }).split(separator: ",") {
                guard item.hasPrefix("0x"), let byte = UInt8(item.dropFirst(2), radix: 16) else {
                    outcomes[index] = .fixup
                    break
                }
                bytes.append(byte)
            }
            if case .bytes(let earlier) = outcomes[index] { outcomes[index] = .bytes(earlier + bytes) }
        }
        for line in result.error.split(separator: "\n") {
            let fields = line.split(separator: ":")
            if fields.count > 2, fields[0] == "<stdin>", let number = Int(fields[1]), line.contains("error"), (number - 1) / 2 < lines.count {
                outcomes[(number - 1) / 2] = .error(String(line))
            }
        }
        return outcomes
    }
}
