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
    /// The size the destination register must have where the suffix names another operand's
    /// (`movzwl`: a word source, a 32-bit destination).
    var destinationSize: OperandSize?

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
        // The source's size alone, the destination any wider register (GNU as and llvm-mc;
        // the `x` spellings GNU as only).
        "movzb": ("movzx", .byte), "movzw": ("movzx", .word),
        "movzxb": ("movzx", .byte), "movzxw": ("movzx", .word), "movsxb": ("movsx", .byte), "movsxw": ("movsx", .word),
        "movsxl": ("movsxd", .dword),
        "movsl": ("movsd", nil), "cmpsl": ("cmpsd", nil), "stosl": ("stosd", nil), "lodsl": ("lodsd", nil),
        "scasl": ("scasd", nil), "insl": ("insd", nil), "outsl": ("outsd", nil),
        "iretl": ("iretd", nil), "sysretl": ("sysret", nil), "sysexitl": ("sysexit", nil),
        "lretl": ("lret", .dword), "lretw": ("retfw", nil),
        // A far pointer's suffix is its offset's size: the operand is that and a 16-bit selector.
        "ljmpw": ("ljmp", .dword), "ljmpl": ("ljmp", .fword), "ljmpq": ("ljmp", .tbyte),
        "lcallw": ("lcall", .dword), "lcalll": ("lcall", .fword), "lcallq": ("lcall", .tbyte),
        // The 64-bit state saves: `q` asks for REX.W, which Intel spells as a name of its own.
        "fxsaveq": ("fxsave64", nil), "fxrstorq": ("fxrstor64", nil), "xsaveq": ("xsave64", nil),
        "xrstorq": ("xrstor64", nil), "xsaveoptq": ("xsaveopt64", nil), "xsavecq": ("xsavec64", nil),
        "xsavesq": ("xsaves64", nil), "xrstorsq": ("xrstors64", nil),
        "fildll": ("fild", .qword), "fistpll": ("fistp", .qword), "fisttpll": ("fisttp", .qword),
    ]

    /// The renamed spellings by their packing, with the mnemonic each names.
    static let renamedByPacking: [PackedKey: (keyword: Keyword, size: OperandSize?)] = packed(renamed)

    /// The string moves whose spelling is also a sign extension when an operand is a register
    /// (`movsb %al, %bx` is `movsbw`, `movsl %eax, %rbx` is `movslq`), in GNU as and llvm-mc.
    static let extendingByPacking: [PackedKey: (keyword: Keyword, size: OperandSize?)] = packed([
        "movsb": ("movsx", .byte), "movsw": ("movsx", .word), "movsl": ("movsxd", .dword),
    ])

    /// The extensions whose last two letters name the source's and the destination's sizes,
    /// by the packing of the spelling: the destination's (`movzwl %ax, %bx` is an error).
    static let extensionDestinations: [PackedKey: OperandSize] = {
        var result: [PackedKey: OperandSize] = [:]
        for (spelling, size) in [("movsbw", OperandSize.word), ("movsbl", .dword), ("movsbq", .qword), ("movswl", .dword),
                                 ("movswq", .qword), ("movslq", .qword), ("movzbw", .word), ("movzbl", .dword),
                                 ("movzbq", .qword), ("movzwl", .dword), ("movzwq", .qword)] {
            guard let key = PackedName(spelling) else { continue }
            result[PackedKey(low: key.low, high: key.high)] = size
        }
        return result
    }()

    /// The extending moves, which take a suffix only through the spellings above
    /// (`movzxl` and `movsxq` are not instructions, as GNU as and llvm-mc say).
    static let extensionStems: Set<UInt16> = ids(["movzx", "movsx", "movsxd"])

    private static func packed(_ spellings: [String: (intel: String, size: OperandSize?)]) -> [PackedKey: (keyword: Keyword, size: OperandSize?)] {
        var result: [PackedKey: (keyword: Keyword, size: OperandSize?)] = [:]
        let keywords = Keywords.shared
        for (spelling, target) in spellings {
            guard let key = PackedName(spelling), let intel = PackedName(target.intel),
                  let found = keywords.lookup(low: intel.low, high: intel.high) else { continue }
            result[PackedKey(low: key.low, high: key.high)] = (found, target.size)
        }
        return result
    }

    /// The size a mnemonic's last letter asks for, by that letter and the first two. x87
    /// suffixes depend on the instruction: `s` is a 32-bit float (`flds`) but a 16-bit integer
    /// (`filds`), `l` a 64-bit float but a 32-bit integer, `t` 80 bits; `x`, `y` and `z` are a
    /// vector conversion's source length.
    static func suffixSize(last: UInt8, first: UInt8, second: UInt8) -> (OperandSize, vector: Bool)? {
        if first == UInt8(ascii: "f") {
            let integer = second == UInt8(ascii: "i")
            switch last {
            case UInt8(ascii: "s"): return (integer ? .word : .dword, false)
            case UInt8(ascii: "l"): return (integer ? .dword : .qword, false)
            case UInt8(ascii: "q"): return (.qword, false)
            case UInt8(ascii: "t"): return (.tbyte, false)
            default: break
            }
        }
        switch last {
        case UInt8(ascii: "b"): return (.byte, false)
        case UInt8(ascii: "w"): return (.word, false)
        case UInt8(ascii: "l"): return (.dword, false)
        case UInt8(ascii: "q"): return (.qword, false)
        case UInt8(ascii: "x") where first == UInt8(ascii: "v"): return (.xmmword, true)
        case UInt8(ascii: "y") where first == UInt8(ascii: "v"): return (.ymmword, true)
        case UInt8(ascii: "z") where first == UInt8(ascii: "v"): return (.zmmword, true)
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

    /// The extending moves, whose unsized memory source GNU as takes as a byte without a word
    /// (`movzx (%rax), %bx`: llvm-mc too, for `movzx`).
    static let defaultsToByte: Set<String> = ["movzx", "movsx"]

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
            .union(["lar", "lsl", "lfs", "lgs", "lss", "les", "lds"]))

    /// The port instructions, where GNU as and llvm-mc read `(%dx)` as the register.
    static let portInstructions: Set<UInt16> = ids(["in", "out", "ins", "insb", "insw", "insd", "outs", "outsb", "outsw", "outsd"])

    /// The SSE/MMX moves whose spelling is also `mov` with a suffix.
    static let vectorMoves: Set<UInt16> = ids(["movq", "movd"])

    /// `enter $size, $depth`, whose operands both peers keep in Intel's order.
    static let enter = Mnemonic("enter")
    /// `bound %ax, (%bx)`: Intel's order too, in GNU as (llvm-mc does not read it).
    static let bound = Mnemonic("bound")
    static let farJump = Mnemonic("ljmp")
    static let farCall = Mnemonic("lcall")
    static let push = Mnemonic("push")
    /// `lgdt`, `lidt`, `sgdt`, `sidt`.
    static let descriptorTables: Set<UInt16> = ids(["lgdt", "lidt", "sgdt", "sidt"])

    private static func ids(_ names: Set<String>) -> Set<UInt16> {
        Set(names.compactMap { Mnemonic($0)?.id })
    }

    /// Whether a `b`/`w`/`l`/`q` suffix on the mnemonic `stem` names its destination register's
    /// size: not where it names the source (`crc32b %cl, %eax`, `outb %al, %dx`). (Nor on x87
    /// stems, which the caller leaves out.)
    static func checksRegister(_ stem: UInt16, _ size: OperandSize) -> Bool {
        guard size == .byte || size == .word || size == .dword || size == .qword else { return false }
        return !namesSource.contains(stem)
    }

    private static let namesSource: Set<UInt16> = ids(["crc32", "out"])

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
    /// The instruction an AT&T mnemonic names: renamed (`cltq`), or as written when the table
    /// has it (with any suffixed reading as the alternative), or with its suffix stripped.
    /// Read from the token's packed spelling (see ``Token``): no string is built.
    func attMnemonic(_ token: Token) -> ATTMnemonic? {
        let found = keyword(token).flatMap { $0.kind == .mnemonic || $0.kind == .branchMnemonic ? $0 : nil }
        let length = token.end - token.start
        // Longer names pack differently (see ``PackedName``); none of them takes a suffix.
        guard token.isPacked, length >= 2, length <= 16 else { return found.map { ATTMnemonic(keyword: $0) } }
        let first = base[token.start] | 0x20
        let last = base[token.end - 1] | 0x20
        if let found, last != UInt8(ascii: "b"), last != UInt8(ascii: "w"), last != UInt8(ascii: "l"), last != UInt8(ascii: "q") {
            return ATTMnemonic(keyword: found)
        }
        // No renamed spelling is a mnemonic of the table, so they are looked for only here.
        if found == nil, let renamed = ATTSpelling.renamedByPacking[PackedKey(low: token.low, high: token.high)] {
            var mnemonic = ATTMnemonic(keyword: renamed.keyword, size: renamed.size)
            if first == UInt8(ascii: "m"), length >= 5 {
                let key = PackedKey(low: token.low, high: token.high)
                mnemonic.destinationSize = ATTSpelling.extensionDestinations[key]
                if let extending = ATTSpelling.extendingByPacking[key] { mnemonic.alternative = extending }
            }
            return mnemonic
        }
        var stripped: (keyword: Keyword, size: OperandSize, vector: Bool)?
        if let (size, vector) = ATTSpelling.suffixSize(last: last, first: first, second: base[token.start + 1] | 0x20),
           let stem = stemKeyword(token, dropping: 1) {
            stripped = (stem, size, vector)
        } else if first == UInt8(ascii: "f"), base[token.start + 1] | 0x20 == UInt8(ascii: "i"), length > 4, last == UInt8(ascii: "l"),
                  base[token.end - 2] | 0x20 == UInt8(ascii: "l"), let stem = stemKeyword(token, dropping: 2) {
            // `fildll`, `fistpll`: a 64-bit integer.
            stripped = (stem, .qword, false)
        }
        if let stem = stripped?.keyword.payload, ATTSpelling.extensionStems.contains(stem) { stripped = nil }
        let checks = stripped.map { !$0.vector && first != UInt8(ascii: "f") && ATTSpelling.checksRegister($0.keyword.payload, $0.size) } ?? false
        if let found {
            var mnemonic = ATTMnemonic(keyword: found)
            if first == UInt8(ascii: "m"), length == 5,
               let extending = ATTSpelling.extendingByPacking[PackedKey(low: token.low, high: token.high)] {
                // `movsb %al, %bx`: the sign extension when the string move has no form.
                mnemonic.alternative = extending
                return mnemonic
            }
            if let stripped, !stripped.vector {
                mnemonic.alternative = (stripped.keyword, stripped.size)
                mnemonic.alternativeChecksRegister = checks
            }
            return mnemonic
        }
        guard let stripped else { return nil }
        return ATTMnemonic(keyword: stripped.keyword, size: stripped.size, sizesVector: stripped.vector, checksRegister: checks)
    }

    /// The table's mnemonic spelled as `token` without its last `count` letters, if any.
    private func stemKeyword(_ token: Token, dropping count: Int) -> Keyword? {
        let length = token.end - token.start - count
        guard length > 0 else { return nil }
        let low: UInt64
        let high: UInt64
        if length <= 8 {
            low = length == 8 ? token.low : token.low & ((UInt64(1) << (UInt64(length) * 8)) - 1)
            high = 0
        } else {
            low = token.low
            high = length == 16 ? token.high : token.high & ((UInt64(1) << (UInt64(length - 8) * 8)) - 1)
        }
        guard let found = keywords.lookup(low: low, high: high), found.kind == .mnemonic || found.kind == .branchMnemonic else {
            return nil
        }
        return found
    }

    /// The table's mnemonic spelled `name`, if any.
    func mnemonicKeyword(_ name: String) -> Keyword? {
        guard let packed = PackedName(name), let found = keywords.lookup(low: packed.low, high: packed.high),
              found.kind == .mnemonic || found.kind == .branchMnemonic else { return nil }
        return found
    }
}

/// A packed spelling (see ``PackedName``) as a dictionary key.
struct PackedKey: Hashable {
    var low: UInt64
    var high: UInt64
}
