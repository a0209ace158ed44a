import X86

/// The fields of one encoding, before they are laid out as bytes: what the SDM's figure
/// "Intel 64 and IA-32 Architectures Instruction Format" shows, field by field.
public struct EncodingFields: Sendable, Hashable {
    /// 9B (FWAIT) before everything: the waiting x87 forms are two instructions.
    public var waitPrefix = false
    /// Group 1 prefixes written as words (`rep` F3, `repne` F2, `xacquire` F2, `xrelease` F3, `bnd` F2).
    public var repeatPrefix: UInt8?
    /// 3E for `notrack`.
    public var notrackPrefix = false
    /// A segment override byte (26 2E 36 3E 64 65).
    public var segmentPrefix: UInt8?
    /// Where the segment override goes among the prefixes.
    public var segmentPrefixPlacement: PrefixPlacement = .standard
    /// 67: the address uses 32-bit registers.
    public var addressSizePrefix = false
    /// Where the 67 goes among the prefixes.
    public var addressSizePrefixPlacement: PrefixPlacement = .standard
    /// 66: the operands are 16-bit.
    public var operandSizePrefix = false
    /// F0.
    public var lockPrefix = false
    /// A prefix that is part of the opcode (66, F2, F3), legacy encoding only.
    public var mandatoryPrefix: UInt8?
    /// The REX byte, `0100WRXB`.
    public var rex: UInt8?
    /// The VEX prefix: C5 plus one byte, or C4 plus two; or EVEX, 62 plus three.
    public var vex: VEXPrefix?
    /// EVEX's N, the unit of a compressed displacement (disp8×N): the memory operand's width,
    /// a broadcast element's, or a gather's element; 0 without EVEX memory. The displacement is
    /// stored divided by N when ``displacementSize`` is 1.
    public var displacementScale = 0
    public var map: OpcodeMap = .primary
    /// The opcode bytes after the map escape, as the table gives them.
    public var opcodeBytes = OpcodeBytes()
    /// ``opcodeBytes`` as an array.
    public var opcode: [UInt8] {
        get { Array(opcodeBytes) }
        set { opcodeBytes = OpcodeBytes(newValue) }
    }
    /// A register number or condition code added to the last opcode byte (`B8+rd`, `70+cc`).
    public var opcodeAddend: UInt8 = 0
    public var modRM: UInt8?
    public var sib: UInt8?
    public var displacement: Int64 = 0
    /// 0, 1, 4, or 8 (a 64-bit `moffs`).
    public var displacementSize = 0
    public var immediate: Int64 = 0
    public var immediateSize = 0
    /// The second immediate of `enter`.
    public var secondImmediate: Int64 = 0
    public var secondImmediateSize = 0
    /// An opcode byte in the immediate's place, after everything else (3DNow!'s operation,
    /// the predicate of `cmpeqps` and the other compare pseudo-ops).
    public var suffixOpcode: UInt8?

    public init() {}

    /// The number of prefix bytes before the opcode, REX/VEX included.
    public var prefixCount: Int {
        var count = waitPrefix ? 1 : 0
        if repeatPrefix != nil { count += 1 }
        if notrackPrefix { count += 1 }
        if segmentPrefix != nil { count += 1 }
        if addressSizePrefix { count += 1 }
        if operandSizePrefix { count += 1 }
        if lockPrefix { count += 1 }
        // With VEX the mandatory prefix is VEX.pp, not a byte of its own.
        if mandatoryPrefix != nil, vex == nil { count += 1 }
        if rex != nil { count += 1 }
        if let vex { count += vex.count }
        return count
    }

    /// The total length in bytes.
    public var length: Int {
        prefixCount + (vex == nil ? map.escapeLength : 0) + opcodeBytes.count + (modRM == nil ? 0 : 1)
            + (sib == nil ? 0 : 1) + displacementSize + immediateSize + secondImmediateSize
            + (suffixOpcode == nil ? 0 : 1)
    }

    /// Offset of the first immediate (or of a branch's displacement, which is stored there)
    /// within the encoding: where a relocation of it is patched.
    public var immediateOffset: Int {
        length - immediateSize - secondImmediateSize - (suffixOpcode == nil ? 0 : 1)
    }

    /// Offset of the displacement within the encoding.
    public var displacementOffset: Int {
        immediateOffset - displacementSize
    }

    /// The bytes in architectural order: legacy prefixes (in llvm-mc's order, which any order
    /// would satisfy for the CPU), REX or VEX (always last, or the CPU ignores it), opcode,
    /// ModRM, SIB, displacement, immediates.
    public var bytes: InstructionBytes {
        var out = InstructionBytes()
        if waitPrefix { out.append(0x9B) }
        if repeatPrefix != nil || notrackPrefix || segmentPrefix != nil || addressSizePrefix || lockPrefix {
            if let segmentPrefix, segmentPrefixPlacement == .leading { out.append(segmentPrefix) }
            if addressSizePrefix, addressSizePrefixPlacement == .leading { out.append(0x67) }
            if let repeatPrefix { out.append(repeatPrefix) }
            if let segmentPrefix, segmentPrefixPlacement == .standard { out.append(segmentPrefix) }
            if addressSizePrefix, addressSizePrefixPlacement == .standard { out.append(0x67) }
            if notrackPrefix { out.append(0x3E) }
            if operandSizePrefix { out.append(0x66) }
            if let segmentPrefix, segmentPrefixPlacement == .afterOperandSize { out.append(segmentPrefix) }
            if addressSizePrefix, addressSizePrefixPlacement == .afterOperandSize { out.append(0x67) }
            if lockPrefix { out.append(0xF0) }
        } else if operandSizePrefix {
            out.append(0x66)
        }
        if let vex {
            for i in 0..<vex.count { out.append(vex[i]) }
        } else {
            if let mandatoryPrefix { out.append(mandatoryPrefix) }
            if let rex { out.append(rex) }
            switch map {
            case .primary, .xop8, .xop9, .xopA, .map5, .map6: break
            case .map0F: out.append(0x0F)
            case .map0F38: out.append(0x0F); out.append(0x38)
            case .map0F3A: out.append(0x0F); out.append(0x3A)
            }
        }
        // The addend goes into the last opcode byte; a carry out of it is dropped with the bytes
        // past `count`, as adding to that byte alone would drop it.
        let opcodeCount = opcodeBytes.count
        if opcodeCount > 0 {
            let word = opcodeBytes.word &+ UInt32(opcodeAddend) &<< UInt32((opcodeCount &- 1) &* 8)
            out.append(littleEndian: Int64(word), size: opcodeCount)
        }
        if let modRM { out.append(modRM) }
        if let sib { out.append(sib) }
        out.append(littleEndian: displacement, size: displacementSize)
        out.append(littleEndian: immediate, size: immediateSize)
        out.append(littleEndian: secondImmediate, size: secondImmediateSize)
        if let suffixOpcode { out.append(suffixOpcode) }
        return out
    }
}

/// Where a segment override or 67 prefix sits among the legacy prefixes. The CPU accepts any
/// order; these follow llvm-mc so the bytes compare equal.
public enum PrefixPlacement: Sendable, Hashable {
    /// First of all: written as a prefix word before the mnemonic (`fs rep movsb`).
    case leading
    /// After `rep`/`xacquire`, before 66: the place for an explicit memory operand's prefixes.
    case standard
    /// After 66: the place for a string instruction's implicit operands (`66 64 67 a5`).
    case afterOperandSize
}

/// A two- or three-byte VEX prefix (C5 xx, or C4 xx xx), AMD's XOP (8F xx xx), or EVEX
/// (62 P0 P1 P2).
public struct VEXPrefix: Sendable, Hashable {
    public var first: UInt8
    public var second: UInt8
    public var third: UInt8
    /// EVEX's P2 (z L'L b V̄' aaa).
    public var fourth: UInt8 = 0
    /// 2, 3 or 4.
    public var count: Int

    public subscript(index: Int) -> UInt8 {
        index == 0 ? first : index == 1 ? second : index == 2 ? third : fourth
    }

    /// True for EVEX (62).
    public var isEVEX: Bool { count == 4 }
}
