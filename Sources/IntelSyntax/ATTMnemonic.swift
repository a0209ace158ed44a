import X86

/// What an AT&T mnemonic names in the instruction table: the Intel mnemonic and the size a
/// suffix gives the instruction's memory operands (`movl` is `mov` on 32 bits, `fildll`
/// `fild` on a 64-bit integer, `vcvtpd2psy` `vcvtpd2ps` from 256 bits).
struct ATTMnemonic {
    var keyword: Keyword
    /// The size the suffix asks for; nil without one.
    var size: OperandSize?
    /// Another reading of the same spelling, used when ``keyword`` has no form for the
    /// operands: `movq %rax, %rbx` is `mov` with a `q` suffix, not the SSE `movq`.
    var alternative: (keyword: Keyword, size: OperandSize?)?
    var alternativeChecksRegister = false
    /// The suffix names a vector length (`x`, `y`, `z`): with a broadcast, the element size
    /// is that length over the broadcast count.
    var sizesVector = false
    /// The suffix is a general-purpose size (`b`, `w`, `l`, `q`) the destination register must
    /// have, as GNU as checks (`movl %ax, %bx` is an error).
    var checksRegister = false

    var isBranch: Bool { keyword.kind == .branchMnemonic }
}

/// The AT&T spellings that are not an Intel mnemonic with a suffix.
enum ATTSpelling {
    /// Spelled differently in AT&T (GNU's names for the sign extensions, the extending moves,
    /// and the string instructions whose `l` is Intel's `d`).
    static let renamed: [String: (intel: String, size: OperandSize?)] = [
        "cbtw": ("cbw", nil), "cwtl": ("cwde", nil), "cltq": ("cdqe", nil),
        "cwtd": ("cwd", nil), "cltd": ("cdq", nil), "cqto": ("cqo", nil),
        "movsbw": ("movsx", .byte), "movsbl": ("movsx", .byte), "movsbq": ("movsx", .byte),
        "movswl": ("movsx", .word), "movswq": ("movsx", .word), "movslq": ("movsxd", .dword),
        "movzbw": ("movzx", .byte), "movzbl": ("movzx", .byte), "movzbq": ("movzx", .byte),
        "movzwl": ("movzx", .word), "movzwq": ("movzx", .word),
        "movsl": ("movsd", nil), "cmpsl": ("cmpsd", nil), "stosl": ("stosd", nil), "lodsl": ("lodsd", nil),
        "scasl": ("scasd", nil), "insl": ("insd", nil), "outsl": ("outsd", nil),
        "iretl": ("iretd", nil), "sysretl": ("sysret", nil), "sysexitl": ("sysexit", nil),
        "lretl": ("lret", nil), "lretw": ("retfw", nil),
        // A far pointer's suffix is its offset's size: the operand is that and a 16-bit selector.
        "ljmpw": ("ljmp", .dword), "ljmpl": ("ljmp", .fword), "ljmpq": ("ljmp", .tbyte),
        "lcallw": ("lcall", .dword), "lcalll": ("lcall", .fword), "lcallq": ("lcall", .tbyte),
        "fildll": ("fild", .qword), "fistpll": ("fistp", .qword), "fisttpll": ("fisttp", .qword),
    ]

    /// The ways `spelled` can be a mnemonic with a size suffix, most likely first: the stem and
    /// the size. x87 suffixes depend on the instruction: `s` is a 32-bit float (`flds`) but a
    /// 16-bit integer (`filds`), `l` a 64-bit float but a 32-bit integer, `t` 80 bits.
    static func suffixed(_ spelled: String) -> (stem: String, size: OperandSize, vector: Bool)? {
        guard spelled.count > 2, let last = spelled.last else { return nil }
        let stem = String(spelled.dropLast())
        if stem.hasPrefix("f") {
            let integer = stem.hasPrefix("fi")
            switch last {
            case "s": return (stem, integer ? .word : .dword, false)
            case "l": return (stem, integer ? .dword : .qword, false)
            case "q": return (stem, .qword, false)
            case "t": return (stem, .tbyte, false)
            default: break
            }
        }
        switch last {
        case "b": return (stem, .byte, false)
        case "w": return (stem, .word, false)
        case "l": return (stem, .dword, false)
        case "q": return (stem, .qword, false)
        case "x" where stem.hasPrefix("v"): return (stem, .xmmword, true)
        case "y" where stem.hasPrefix("v"): return (stem, .ymmword, true)
        case "z" where stem.hasPrefix("v"): return (stem, .zmmword, true)
        default: return nil
        }
    }

    /// With `%st` as the source and `%st(i)` as the destination, AT&T's `fsub` is Intel's
    /// `fsubr` and the other way round (and so for `fdiv`): a quirk of the original Unix
    /// assembler that GNU as and llvm-mc keep. The popping forms are always swapped.
    static let x87Reversed: [UInt16: Mnemonic] = {
        let pairs = [("fsub", "fsubr"), ("fdiv", "fdivr"), ("fsubp", "fsubrp"), ("fdivp", "fdivrp")]
        var result: [UInt16: Mnemonic] = [:]
        for (one, other) in pairs {
            guard let one = Mnemonic(one), let other = Mnemonic(other) else { continue }
            result[one.id] = other
            result[other.id] = one
        }
        return result
    }()

    /// Instructions whose unsized memory operand llvm-mc and GNU as both take as 32 bits
    /// (GNU as warns for the bit tests); for the others both want a suffix.
    static let defaultsToDword: Set<String> = [
        "bt", "bts", "btr", "btc", "cvtsi2sd", "cvtsi2ss", "vcvtsi2sd", "vcvtsi2ss", "vcvtusi2sd", "vcvtusi2ss",
        "vcvtsi2sh", "vcvtusi2sh",
    ]

    /// Mnemonics whose unsized memory operand is checked by a trial encoding even though a
    /// register is there: the defaults above, and the vector conversions whose register does
    /// not tell the source's length (`vcvtpd2ps (%rax), %xmm0` needs `x` or `y`).
    static let probedDespiteRegisters: Set<UInt16> = ids(
        defaultsToDword.union(["vcvtpd2dq", "vcvtpd2ps", "vcvtpd2udq", "vcvttpd2dq", "vcvttpd2udq", "vcvtqq2ps",
                               "vcvtuqq2ps", "vcvtneps2bf16", "vcvtdq2ph", "vcvtudq2ph", "vcvtpd2ph", "vcvtqq2ph",
                               "vcvtuqq2ph", "vcvtps2phx", "vfpclasspd", "vfpclassps", "vfpclassph", "movzx", "movsx"]))

    /// Mnemonics whose memory operand may differ in size from a register of the suffix's size
    /// (`cvttss2siq (%rax), %rax` reads 32 bits; `larl (%rax), %eax` 16; `lfsl` a far pointer).
    static let memoryUnlikeRegister: Set<UInt16> = ids(
        Set(InstructionSet.shared.mnemonics.filter { $0.hasPrefix("cvt") || $0.hasPrefix("vcvt") })
            .union(["lar", "lsl", "lfs", "lgs", "lss"]))

    /// `enter $size, $depth`, whose operands both peers keep in Intel's order.
    static let enter = Mnemonic("enter")

    private static func ids(_ names: Set<String>) -> Set<UInt16> {
        Set(names.compactMap { Mnemonic($0)?.id })
    }

    /// Whether a `b`/`w`/`l`/`q` suffix on `stem` names its destination register's size: not
    /// on x87 stems, nor where it names the source (`crc32b %cl, %eax`, `outb %al, %dx`).
    static func checksRegister(_ stem: String, _ size: OperandSize) -> Bool {
        guard size == .byte || size == .word || size == .dword || size == .qword else { return false }
        return !stem.hasPrefix("f") && stem != "crc32" && stem != "out"
    }

    /// The suffix that asks for `size` on `mnemonic` (for the ambiguity message).
    static func suffix(for size: OperandSize, mnemonic: String) -> String? {
        if mnemonic.hasPrefix("f") {
            let integer = mnemonic.hasPrefix("fi")
            switch size {
            case .word: return integer ? "s" : nil
            case .dword: return integer ? "l" : "s"
            case .qword: return integer ? "ll" : "l"
            case .tbyte: return "t"
            default: return nil
            }
        }
        switch size {
        case .byte: return "b"
        case .word: return "w"
        case .dword: return "l"
        case .qword: return "q"
        case .xmmword: return mnemonic.hasPrefix("v") ? "x" : nil
        case .ymmword: return mnemonic.hasPrefix("v") ? "y" : nil
        case .zmmword: return mnemonic.hasPrefix("v") ? "z" : nil
        default: return nil
        }
    }
}

extension SourceParser {
    /// The instruction an AT&T mnemonic names: as written when the table has it (with any
    /// suffixed reading as the alternative), else renamed, else with its suffix stripped.
    func attMnemonic(_ token: Token) -> ATTMnemonic? {
        // The common case without building a string: a mnemonic of the table as written that
        // cannot also be a suffixed spelling. (No renamed spelling is a mnemonic of the table.)
        let found = keyword(token)
        let last = base[token.end - 1] | 0x20
        if let found, found.kind == .mnemonic || found.kind == .branchMnemonic,
           last != UInt8(ascii: "b"), last != UInt8(ascii: "w"), last != UInt8(ascii: "l"), last != UInt8(ascii: "q") {
            return ATTMnemonic(keyword: found)
        }
        let spelled = text(token).lowercased()
        if let renamed = ATTSpelling.renamed[spelled], let found = mnemonicKeyword(renamed.intel) {
            return ATTMnemonic(keyword: found, size: renamed.size)
        }
        let suffixed = ATTSpelling.suffixed(spelled)
        if let found, found.kind == .mnemonic || found.kind == .branchMnemonic {
            var mnemonic = ATTMnemonic(keyword: found)
            if let suffixed, !suffixed.vector, let stem = mnemonicKeyword(suffixed.stem) {
                mnemonic.alternative = (stem, suffixed.size)
                mnemonic.alternativeChecksRegister = ATTSpelling.checksRegister(suffixed.stem, suffixed.size)
            }
            return mnemonic
        }
        if let suffixed, let stem = mnemonicKeyword(suffixed.stem) {
            return ATTMnemonic(
                keyword: stem, size: suffixed.size, sizesVector: suffixed.vector,
                checksRegister: !suffixed.vector && ATTSpelling.checksRegister(suffixed.stem, suffixed.size))
        }
        // `fildll`-like spellings of a 64-bit integer: `ll` on an `fi…` stem.
        if spelled.hasSuffix("ll"), spelled.hasPrefix("fi"), let stem = mnemonicKeyword(String(spelled.dropLast(2))) {
            return ATTMnemonic(keyword: stem, size: .qword)
        }
        return nil
    }

    /// The table's mnemonic spelled `name`, if any.
    func mnemonicKeyword(_ name: String) -> Keyword? {
        guard let packed = PackedName(name), let found = keywords.lookup(low: packed.low, high: packed.high),
              found.kind == .mnemonic || found.kind == .branchMnemonic else { return nil }
        return found
    }
}
