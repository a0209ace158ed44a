/// What the encoder reads of one form, in plain values with no arrays or strings, so that
/// trying a form costs no reference counting. Built from ``InstructionForm`` when the table is read.
package struct EncodingForm: Sendable {
    package var operandCount: Int
    @usableFromInline package var patterns: (OperandPattern, OperandPattern, OperandPattern, OperandPattern, OperandPattern)
    @usableFromInline package var roleSlots: (OperandRole, OperandRole, OperandRole, OperandRole, OperandRole)
    /// For each operand, the ``OperandKinds`` its class can take: a cheap first filter.
    private var kindSlots: (OperandKinds, OperandKinds, OperandKinds, OperandKinds)
    package var opcode: OpcodeBytes
    package var map: OpcodeMap
    package var mandatoryPrefix: MandatoryPrefix
    package var addend: OpcodeAddend
    package var modRM: ModRMUse
    package var operandSize16: Bool
    package var rexW: Bool
    package var addressSize32: Bool
    package var firstImmediateSize: OperandSize?
    package var secondImmediateSize: OperandSize?
    package var relativeSize: OperandSize?
    package var vex: VEXSpec?
    /// See ``OpcodeSpec/suffix``.
    package var suffix: UInt8?
    /// See ``OpcodeSpec/registerInImmediate``.
    package var registerInImmediate: Bool
    /// See ``OpcodeSpec/waitPrefix``.
    package var waitPrefix = false
    /// See ``OpcodeSpec/registerOnlyModRM``.
    package var registerOnlyModRM = false
    package var attributes: FormAttributes
    package var condition: UInt8?
    package var operandSize: OperandSize
    /// Position of the form in ``InstructionSet/forms``.
    package var index: Int
    /// Some operand is a branch displacement, whose width depends on the distance.
    package var hasRelativeOperand: Bool
    /// `o32` (see ``OpcodeSpec/operandSize32``).
    package var operandSize32 = false
    /// `a16` (see ``OpcodeSpec/addressSize16``).
    package var addressSize16 = false

    /// The mnemonic's id in its ``InstructionSet``.
    package var mnemonic: UInt16

    package init(_ form: InstructionForm, mnemonic: UInt16 = 0) {
        let spec = form.opcode
        self.init(
            operands: form.operands, roles: form.roles, opcode: OpcodeBytes(spec.opcode), map: spec.map,
            mandatoryPrefix: spec.mandatoryPrefix, addend: spec.addend, modRM: spec.modRM,
            operandSize16: spec.operandSize16, rexW: spec.rexW, addressSize32: spec.addressSize32,
            firstImmediateSize: spec.immediateSizes.first,
            secondImmediateSize: spec.immediateSizes.count > 1 ? spec.immediateSizes[1] : nil,
            relativeSize: spec.relativeSize, vex: spec.vex, suffix: spec.suffix,
            registerInImmediate: spec.registerInImmediate, attributes: form.attributes, condition: form.condition,
            operandSize: form.operandSize, index: form.index, mnemonic: mnemonic)
        waitPrefix = spec.waitPrefix
        registerOnlyModRM = spec.registerOnlyModRM
        operandSize32 = spec.operandSize32
        addressSize16 = spec.addressSize16
    }

    package typealias PatternSlots = (OperandPattern, OperandPattern, OperandPattern, OperandPattern, OperandPattern)
    package typealias RoleSlots = (OperandRole, OperandRole, OperandRole, OperandRole, OperandRole)
    package static let noPatterns: PatternSlots = (.constant(0), .constant(0), .constant(0), .constant(0), .constant(0))
    package static let noRoles: RoleSlots = (.implicit, .implicit, .implicit, .implicit, .implicit)

    package init(
        operands: [OperandPattern], roles: [OperandRole], opcode: OpcodeBytes, map: OpcodeMap,
        mandatoryPrefix: MandatoryPrefix, addend: OpcodeAddend, modRM: ModRMUse, operandSize16: Bool, rexW: Bool,
        addressSize32: Bool, firstImmediateSize: OperandSize?, secondImmediateSize: OperandSize?,
        relativeSize: OperandSize?, vex: VEXSpec?, suffix: UInt8?, registerInImmediate: Bool,
        attributes: FormAttributes, condition: UInt8?, operandSize: OperandSize, index: Int, mnemonic: UInt16
    ) {
        var patterns = EncodingForm.noPatterns
        var roleSlots = EncodingForm.noRoles
        let count = min(operands.count, roles.count, 5)
        for i in 0..<count {
            EncodingForm.set(&patterns, i, operands[i])
            EncodingForm.set(&roleSlots, i, roles[i])
        }
        self.init(
            count: count, patterns: patterns, roles: roleSlots, opcode: opcode, map: map,
            mandatoryPrefix: mandatoryPrefix, addend: addend, modRM: modRM, operandSize16: operandSize16, rexW: rexW,
            addressSize32: addressSize32, firstImmediateSize: firstImmediateSize,
            secondImmediateSize: secondImmediateSize, relativeSize: relativeSize, vex: vex, suffix: suffix,
            registerInImmediate: registerInImmediate, attributes: attributes, condition: condition,
            operandSize: operandSize, index: index, mnemonic: mnemonic)
    }

    /// Stores `value` in slot `i` (0..<5) of an operand tuple.
    package static func set<T>(_ slots: inout (T, T, T, T, T), _ i: Int, _ value: T) {
        switch i {
        case 0: slots.0 = value
        case 1: slots.1 = value
        case 2: slots.2 = value
        case 3: slots.3 = value
        default: slots.4 = value
        }
    }

    /// The form from its fields, the operands in slots (the first `count` of them used).
    package init(
        count: Int, patterns: PatternSlots, roles roleSlots: RoleSlots, opcode: OpcodeBytes, map: OpcodeMap,
        mandatoryPrefix: MandatoryPrefix, addend: OpcodeAddend, modRM: ModRMUse, operandSize16: Bool, rexW: Bool,
        addressSize32: Bool, firstImmediateSize: OperandSize?, secondImmediateSize: OperandSize?,
        relativeSize: OperandSize?, vex: VEXSpec?, suffix: UInt8?, registerInImmediate: Bool,
        attributes: FormAttributes, condition: UInt8?, operandSize: OperandSize, index: Int, mnemonic: UInt16
    ) {
        let none = OperandKinds()
        kindSlots = (
            count > 0 ? OperandKinds.accepted(by: patterns.0) : none, count > 1 ? OperandKinds.accepted(by: patterns.1) : none,
            count > 2 ? OperandKinds.accepted(by: patterns.2) : none, count > 3 ? OperandKinds.accepted(by: patterns.3) : none)
        operandCount = count
        self.patterns = patterns
        self.roleSlots = roleSlots
        self.opcode = opcode
        self.map = map
        self.mandatoryPrefix = mandatoryPrefix
        self.addend = addend
        self.modRM = modRM
        self.operandSize16 = operandSize16
        self.rexW = rexW
        self.addressSize32 = addressSize32
        self.firstImmediateSize = firstImmediateSize
        self.secondImmediateSize = secondImmediateSize
        self.relativeSize = relativeSize
        self.vex = vex
        self.suffix = suffix
        self.registerInImmediate = registerInImmediate
        self.attributes = attributes
        self.condition = condition
        self.operandSize = operandSize
        self.index = index
        self.mnemonic = mnemonic
        hasRelativeOperand = (count > 0 && roleSlots.0 == .relative) || (count > 1 && roleSlots.1 == .relative)
            || (count > 2 && roleSlots.2 == .relative) || (count > 3 && roleSlots.3 == .relative)
            || (count > 4 && roleSlots.4 == .relative)
    }

    /// The operand size the 66 prefix chooses for this form outside 64-bit mode: 16 or 32 when
    /// the form has one (a 66 is written when it is not the mode's default), 64 for forms of
    /// 64-bit mode alone, 0 when the prefix does not apply (byte, vector and x87 operands, a
    /// mandatory 66, `nosize`). `o16`/`o32` say it; otherwise a 32-bit general-purpose register
    /// or register-or-memory operand does. A 64-bit one makes the form 64-bit mode's alone even
    /// where no 66 applies (`MOVDIR64B r64, m`, `INVPCID r64, m128`).
    package var legacyOperandSize: UInt8 {
        if vex != nil { return 0 }
        if operandSize16 { return 16 }
        if operandSize32 { return 32 }
        if rexW { return 64 }
        let sizeless = attributes.contains(.fixedOperandSize) || mandatoryPrefix == .p66
        var size: UInt8 = 0
        for i in 0..<operandCount {
            switch pattern(i) {
            case .registerOfKind, .registerOfKindOrMemory, .vectorIndexedMemory, .broadcastable: return 0
            case .register(.dword), .registerOrMemory(register: .dword, _): size = 32
            case .register(.qword), .registerOrMemory(register: .qword, _): return 64
            case .fixed(let register) where register.kind == .gp32: size = 32
            case .fixed(let register) where register.kind == .gp64: return 64
            // `m16:32` (`jmp far [eax]`): a 32-bit offset, which a 66 makes 16 bits.
            case .farMemory(.fword): size = 32
            default: break
            }
        }
        return sizeless ? 0 : size
    }

    /// The operand class at `position` (0..<4).
    @inlinable @inline(__always)
    package func pattern(_ position: Int) -> OperandPattern {
        switch position {
        case 0: patterns.0
        case 1: patterns.1
        case 2: patterns.2
        case 3: patterns.3
        default: patterns.4
        }
    }

    /// Where the operand at `position` goes.
    @inlinable @inline(__always)
    package func role(_ position: Int) -> OperandRole {
        switch position {
        case 0: roleSlots.0
        case 1: roleSlots.1
        case 2: roleSlots.2
        case 3: roleSlots.3
        default: roleSlots.4
        }
    }

    /// The kinds the operand at `position` (0..<4) may have.
    func kinds(_ position: Int) -> OperandKinds {
        switch position {
        case 0: kindSlots.0
        case 1: kindSlots.1
        case 2: kindSlots.2
        default: kindSlots.3
        }
    }

    /// The four kind masks in one word, 15 bits each.
    var packedKinds: UInt64 {
        UInt64(kindSlots.0.rawValue) | UInt64(kindSlots.1.rawValue) << 15
            | UInt64(kindSlots.2.rawValue) << 30 | UInt64(kindSlots.3.rawValue) << 45
    }

    /// The immediate size of the `n`th immediate field (`ib`, `iw`…), if the opcode has one.
    @inlinable
    package func immediateSize(_ n: Int) -> OperandSize? {
        n == 0 ? firstImmediateSize : n == 1 ? secondImmediateSize : nil
    }
}

/// The first test a form must pass, in one word so that scanning a mnemonic's forms is a tight
/// loop: the kinds the first four operands admit (15 bits each) and the operand count (bits
/// 60–62); a fifth operand is left to ``OperandPattern/matchesShape(_:)``.
/// An instruction's word (``OperandKinds/packed(_:)``) is admitted when its count is equal and
/// it has no kind bit the form lacks.
package enum EncodingFilter {
    package static let countShift: UInt64 = 60

    package static func word(_ form: EncodingForm) -> UInt64 {
        form.packedKinds | UInt64(form.operandCount) << countShift
    }

    /// True when `instruction` (kinds and count, packed the same way) may match `form`.
    @inline(__always)
    package static func admits(_ form: UInt64, _ instruction: UInt64) -> Bool {
        (form ^ instruction) >> countShift == 0 && instruction & ~form == 0
    }
}

/// The kind of an operand as one bit, so a form can reject operands with a mask test.
package struct OperandKinds: OptionSet, Sendable {
    package let rawValue: UInt16
    package init(rawValue: UInt16) { self.rawValue = rawValue }

    /// How many kinds there are: the bits each operand takes in a packed word.
    package static let count = 15

    static let gp8 = OperandKinds(rawValue: 1 << 0)
    static let gp8High = OperandKinds(rawValue: 1 << 1)
    static let gp16 = OperandKinds(rawValue: 1 << 2)
    static let gp32 = OperandKinds(rawValue: 1 << 3)
    static let gp64 = OperandKinds(rawValue: 1 << 4)
    /// Segment, control and debug registers, the instruction pointer and far pointers: rare
    /// enough to share a bit, which ``OperandPattern/matchesShape(_:)`` then tells apart.
    static let special = OperandKinds(rawValue: 1 << 5)
    static let memory = OperandKinds(rawValue: 1 << 6)
    static let immediate = OperandKinds(rawValue: 1 << 7)
    static let xmm = OperandKinds(rawValue: 1 << 8)
    static let ymm = OperandKinds(rawValue: 1 << 9)
    static let zmm = OperandKinds(rawValue: 1 << 10)
    static let mmx = OperandKinds(rawValue: 1 << 11)
    static let x87 = OperandKinds(rawValue: 1 << 12)
    static let mask = OperandKinds(rawValue: 1 << 13)
    static let tile = OperandKinds(rawValue: 1 << 14)

    /// The one kind of `operand`.
    @inline(__always)
    package static func of(_ operand: Operand) -> OperandKinds {
        OperandKinds(rawValue: 1 << UInt16(index(of: operand)))
    }

    /// The one kind of `operand` as a bit position (0–14), for ``FormBuckets``.
    @inlinable
    package static func index(of operand: Operand) -> UInt8 {
        switch operand {
        case .register(let register):
            switch register.kind {
            case .gp8: 0
            case .gp8High: 1
            case .gp16: 2
            case .gp32: 3
            case .gp64: 4
            case .segment, .control, .debug, .rip, .eip: 5
            case .xmm: 8
            case .ymm: 9
            case .zmm: 10
            case .mmx: 11
            case .x87: 12
            case .mask: 13
            case .tile: 14
            }
        case .memory: 6
        case .immediate: 7
        case .farPointer: 5
        }
    }

    /// The kinds of up to four operands in one word, 15 bits each, and their count (as
    /// ``EncodingFilter`` packs a form's).
    @inline(__always)
    package static func packed(_ operands: OperandList) -> UInt64 {
        var word = UInt64(operands.count) << EncodingFilter.countShift
        for i in 0..<min(operands.count, 4) { word |= UInt64(of(operands[i]).rawValue) << (UInt64(i) * 15) }
        return word
    }

    /// Every kind `pattern` may match (a superset: ``OperandPattern/matchesShape(_:)`` decides).
    static func accepted(by pattern: OperandPattern) -> OperandKinds {
        func registers(_ size: OperandSize) -> OperandKinds {
            switch size {
            case .byte: [.gp8, .gp8High]
            case .word: .gp16
            case .dword: .gp32
            case .qword: .gp64
            default: []
            }
        }
        func registers(_ kind: RegisterKind) -> OperandKinds { of(.register(Register(kind, 0))) }
        switch pattern {
        case .register(let size): return registers(size)
        case .registerOrMemory(let size, _): return registers(size).union(.memory)
        case .memory, .farMemory, .offset, .stringMemory, .vectorIndexedMemory, .sibMemory: return .memory
        case .immediate, .relative, .constant: return .immediate
        case .fixed(let register): return of(.register(register))
        case .segmentRegister, .controlRegister, .debugRegister, .farPointer: return .special
        case .registerOfKind(let kind): return registers(kind)
        case .registerOfKindOrMemory(let kind, _): return registers(kind).union(.memory)
        case .broadcastable(let kind, _, _): return kind.map { registers($0).union(.memory) } ?? .memory
        }
    }
}

/// Up to four opcode bytes stored inline (the bytes after the map escape).
public struct OpcodeBytes: Sendable, Hashable, RandomAccessCollection {
    @usableFromInline var storage: UInt32 = 0
    public private(set) var count: Int = 0

    @inlinable public init() {}

    /// `count` bytes given as one word, the first in the low byte.
    package init(word: UInt32, count: Int) {
        let kept = Swift.min(Swift.max(count, 0), 4)
        storage = kept == 4 ? word : word & ((1 << (UInt32(kept) * 8)) - 1)
        self.count = kept
    }

    public init<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for byte in bytes.prefix(4) {
            storage |= UInt32(byte) << (UInt32(count) * 8)
            count += 1
        }
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    @inlinable
    public subscript(position: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: storage >> (UInt32(position & 3) * 8))
    }

    /// The bytes in one word, the first in the low byte.
    @inlinable public var word: UInt32 { storage }
}
