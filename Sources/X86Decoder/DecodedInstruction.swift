import X86

/// One instruction read back from bytes: the value the encoder takes, so it can be encoded
/// again or explained, and what the text needs besides.
public struct DecodedInstruction: Sendable, Hashable {
    /// The instruction, with each immediate as llvm-objdump reads it: sign-extended where the
    /// processor sign-extends it (or the operand is a byte), else the field's unsigned value;
    /// a branch's operand is the absolute target address.
    public var instruction: Instruction
    /// How many bytes it took.
    public var length: Int
    /// The address it was decoded at: branch targets and RIP-relative addresses count from here.
    public var address: Int64
    /// The table form that decodes it, as an index into ``InstructionSet/forms``.
    public var formIndex: Int
    /// Which operand is a branch target, printed as an address.
    public var relativeOperand: Int?
    /// False for a far pointer in memory, whose width llvm-objdump leaves out (`lss edx, [rax]`).
    public var showsMemorySize = true

    /// The address a `[rip + disp]` operand names, for the listing's comment.
    public var ripTarget: Int64? {
        for operand in instruction.operands {
            if case .memory(let memory) = operand, memory.isRIPRelative {
                return address &+ Int64(length) &+ memory.displacement
            }
        }
        return nil
    }
}
