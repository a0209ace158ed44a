import X86

/// GNU's `.s` suffix (`mov.s %dl, %cl`, `vmovaps.s %zmm29, %zmm30`): where two forms take the
/// same registers the other way round (`88 /r` and `8A /r`, `0F 28` and `0F 29`), the one the
/// encoder would not choose, as GNU as and llvm-mc write it.
extension Encoder {
    /// The shortest form of `instruction` that puts its first operand in ModRM.reg where the
    /// form at `chosen` (a position in the encoding forms) puts it in ModRM.rm, or the other way
    /// round; nil where there is none (`inc.s %eax`, an operand in memory), and then GNU as
    /// keeps the ordinary encoding.
    func swappedForm(
        of chosen: Int, _ instruction: Instruction, at address: Int64
    ) -> (fields: EncodingFields, formIndex: Int, position: Int)? {
        let forms = instructionSet.encodingForms
        let role = forms[chosen].operandRole(0)
        guard role == .rm || role == .reg, instruction.operands.allSatisfy({ $0.isRegister }) else { return nil }
        let kinds = OperandKinds.packed(instruction.operands)
        var best: (fields: EncodingFields, formIndex: Int, position: Int)?
        for position in instructionSet.encodingRange(of: instruction.mnemonic) {
            let form = forms[position]
            guard form.operandCount == instruction.operands.count, form.operandRole(0) == (role == .rm ? .reg : .rm),
                  EncodingFilter.admits(instructionSet.encodingFilters[position], kinds),
                  (0..<form.operandCount).allSatisfy({ form.operandPattern($0).matchesShape(instruction.operands[$0]) }),
                  let fields = try? build(form, instruction, address: address)
            else { continue }
            if best == nil || fields.length < best?.fields.length ?? Int.max {
                best = (fields, form.index, position)
            }
        }
        return best
    }
}

extension Operand {
    fileprivate var isRegister: Bool {
        if case .register = self { return true }
        return false
    }
}
