import X86

// Readers of a form's operand columns compiled into this module: the X86 accessors are not
// inlined across the module boundary, and these run for every operand of every form tried.
extension EncodingForm {
    /// The operand class at `position` (0..<5), as ``pattern(_:)``.
    @inline(__always)
    func operandPattern(_ position: Int) -> OperandPattern {
        switch position {
        case 0: patterns.0
        case 1: patterns.1
        case 2: patterns.2
        case 3: patterns.3
        default: patterns.4
        }
    }

    /// Where the operand at `position` goes, as ``role(_:)``.
    @inline(__always)
    func operandRole(_ position: Int) -> OperandRole {
        switch position {
        case 0: roleSlots.0
        case 1: roleSlots.1
        case 2: roleSlots.2
        case 3: roleSlots.3
        default: roleSlots.4
        }
    }
}
