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
    /// A SIB byte whose index field names no register (100 without REX.X) where a ModRM alone
    /// would not have said the same: llvm-objdump and GNU objdump show that index as `riz`
    /// (`eiz` with 32-bit addresses), a register that reads zero (`[rax + riz]` for
    /// `8b 04 20`, `[rsp + 2*riz]`). nil for the SIB that `[rsp]`, `[r12]` and `[disp32]` need.
    /// The instruction itself has no index: encoded again, it takes the shorter form.
    public var zeroIndex: ZeroIndex?
    /// The mode the bytes were read in.
    public var mode: CodeMode = .bits64
    /// Outside 64-bit mode: whether the operand size is 16 bits (the mode's own, or the other
    /// one a 66 selects). AT&T text names it in a suffix where Intel text says nothing
    /// (`retw`, `pushl %es`, `calll *%eax`).
    var operand16 = false

    /// The index a redundant SIB names: the zero register's name and its scale.
    public struct ZeroIndex: Sendable, Hashable {
        /// `riz`, or `eiz` with 32-bit addresses.
        public var name: String
        /// 1, 2, 4 or 8.
        public var scale: UInt8
    }

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
