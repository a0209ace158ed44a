/// Where an operand goes in the encoding. One letter per operand in the table's third column,
/// close to the SDM's "Op/En" tags (`MR`, `RMI`, `OI`, `RVM`).
public enum OperandRole: Character, Sendable, Hashable {
    /// ModRM.reg (`R`).
    case reg = "R"
    /// ModRM.rm, register or memory (`M`).
    case rm = "M"
    /// Both ModRM.reg and ModRM.rm (`B`), for the two-operand `imul r32, imm` spelling of `imul r32, r32, imm`.
    case regAndRM = "B"
    /// VEX.vvvv (`V`).
    case vvvv = "V"
    /// A register in bits 7:4 of a trailing imm8 (`H`, the SDM's `/is4`).
    case registerInImmediate = "H"
    /// The low three bits of the opcode byte (`O`, the SDM's `+rd`).
    case opcodeRegister = "O"
    /// An immediate (`I`).
    case immediate = "I"
    /// A relative branch displacement (`J`, the SDM's `D`).
    case relative = "J"
    /// A memory offset with no ModRM (`F`, the SDM's `FD`/`TD`).
    case offset = "F"
    /// Not encoded: fixed by the opcode (`-`, e.g. `AL` in `04 ib`, the `1` of `D1 /4`).
    case implicit = "-"
}
