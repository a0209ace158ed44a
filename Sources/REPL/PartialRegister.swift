import JIT

/// A general register or a part of one by its own name: `eax`, `ax`, `al`, `ah`, `r8d`, `r8w`,
/// `r8b`. Writing a 32-bit part clears the upper half, as an instruction writing it does; a
/// 16- or 8-bit part leaves the rest of the register as it was.
struct PartialRegister {
    let register: RegisterState.Register
    let bits: Int
    let shift: Int

    init?(name: String) {
        let lowered = name.lowercased()
        let legacy: [(String, String, String, String?, RegisterState.Register)] = [
            ("eax", "ax", "al", "ah", .rax), ("ebx", "bx", "bl", "bh", .rbx), ("ecx", "cx", "cl", "ch", .rcx),
            ("edx", "dx", "dl", "dh", .rdx), ("esi", "si", "sil", nil, .rsi), ("edi", "di", "dil", nil, .rdi),
            ("ebp", "bp", "bpl", nil, .rbp), ("esp", "sp", "spl", nil, .rsp),
        ]
        for (dword, word, byte, high, full) in legacy {
            switch lowered {
            case dword: (register, bits, shift) = (full, 32, 0); return
            case word: (register, bits, shift) = (full, 16, 0); return
            case byte: (register, bits, shift) = (full, 8, 0); return
            case high where high != nil: (register, bits, shift) = (full, 8, 8); return
            default: continue
            }
        }
        let numbered: [RegisterState.Register] = [.r8, .r9, .r10, .r11, .r12, .r13, .r14, .r15]
        for full in numbered {
            let base = full.name
            switch lowered {
            case base + "d": (register, bits, shift) = (full, 32, 0); return
            case base + "w": (register, bits, shift) = (full, 16, 0); return
            case base + "b", base + "l": (register, bits, shift) = (full, 8, 0); return
            default: continue
            }
        }
        return nil
    }

    private var mask: UInt64 { ((1 << UInt64(bits)) - 1) << UInt64(shift) }

    func read(from state: RegisterState) -> UInt64 {
        (state[register] & mask) >> UInt64(shift)
    }

    /// The full register after writing `value` to this part of `old`.
    func write(_ value: UInt64, into old: UInt64) -> UInt64 {
        if bits == 32 { return value & 0xFFFF_FFFF }
        return (old & ~mask) | ((value << UInt64(shift)) & mask)
    }
}
