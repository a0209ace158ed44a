import Testing
import X86

@Suite struct InstructionTableTests {
    @Test func everyRowParses() {
        let errors = InstructionSet.shared.errors.map(\.description)
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func everyRowPrintsBackUnchanged() {
        for row in InstructionSet.shared.rows {
            let line = Substring(row.text)
            guard case .success(let reparsed)? = InstructionTableParser.row(line) else {
                Issue.record("row does not reparse: \(row.text)")
                continue
            }
            #expect(reparsed == row)
        }
    }

    @Test func noRowIsRepeated() {
        var seen = Set<String>()
        for row in InstructionSet.shared.rows {
            #expect(seen.insert(row.text).inserted, "repeated row: \(row.text)")
        }
    }

    @Test func conditionCodeRowsExpandToEveryAlias() throws {
        // SDM Vol. 2, Jcc: JNAE/JB/JC share 72 cb.
        for name in ["jb", "jc", "jnae"] {
            let mnemonic = try #require(Mnemonic(name))
            let forms = InstructionSet.shared.forms(of: mnemonic)
            #expect(forms.contains { $0.opcode.opcode == [0x70] && $0.condition == 2 })
        }
    }
}

/// Rows that could never be chosen: another form of the same mnemonic takes exactly the same
/// operand classes, comes earlier and encodes no longer.
@Suite struct ShadowedRowTests {
    @Test func noFormIsShadowed() {
        let set = InstructionSet.shared
        var shadowed: [String] = []
        for name in set.mnemonics {
            guard let mnemonic = Mnemonic(name) else { continue }
            let forms = set.forms(of: mnemonic)
            for (i, later) in forms.enumerated() {
                for earlier in forms[..<i] where earlier.operands == later.operands {
                    // A last-resort row is meant to lose; prefixes that only one of them takes
                    // make them different forms.
                    if later.attributes.contains(.lastResort) || earlier.attributes != later.attributes { continue }
                    // VEX forms that place the operands in other fields win when that lets a
                    // register above 7 go where the 2-byte VEX reaches it (`vmovss xmm0, xmm1, xmm8`).
                    if earlier.opcode.vex != nil, later.opcode.vex != nil, earlier.roles != later.roles { continue }
                    // An EVEX form after a VEX one takes what VEX cannot: registers 16–31, masks,
                    // broadcast, rounding, and `{evex}`.
                    if earlier.opcode.vex?.isEVEX != later.opcode.vex?.isEVEX { continue }
                    // An `o16` row and an `o32` one: 16- and 32-bit code choose by operand size
                    // (`jmp 0x0:0x7c00` takes a 16- or a 32-bit offset).
                    if earlier.opcode.operandSize16 != later.opcode.operandSize16,
                       earlier.opcode.operandSize32 || later.opcode.operandSize32 { continue }
                    if minimumLength(earlier) <= minimumLength(later) {
                        shadowed.append("\(later.row) (by \(earlier.row))")
                    }
                }
            }
        }
        #expect(shadowed.isEmpty, "\(shadowed.joined(separator: "\n"))")
    }

    /// Bytes the form takes before any ModRM displacement: prefixes it implies, opcode, ModRM,
    /// immediates.
    private func minimumLength(_ form: InstructionForm) -> Int {
        let spec = form.opcode
        var length = spec.opcode.count + spec.map.escapeBytes.count
        if spec.operandSize16 { length += 1 }
        if spec.addressSize32 { length += 1 }
        if spec.rexW { length += 1 }
        if spec.mandatoryPrefix != .none { length += 1 }
        if spec.modRM != .none { length += 1 }
        length += spec.immediateSizes.reduce(0) { $0 + $1.bytes } + (spec.relativeSize?.bytes ?? 0)
        return length
    }
}
