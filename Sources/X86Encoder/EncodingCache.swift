import CPrefetch
import X86

/// Remembers which form won for each operand shape, so that encoding an instruction of a shape
/// seen before builds one form instead of searching the mnemonic's forms.
///
/// A value the caller owns and passes `inout` (one per thread): no locks, no shared state. The
/// cache never changes the result: a remembered form is used only when it builds, and a shape is
/// remembered only when everything the search decided depends on the shape alone (see
/// ``EncodingShape``).
public struct EncodingCache: Sendable {
    /// Two-way slots (a shape's pair is `slot` and `slot ^ 1`, which share a cache line): a
    /// shape and the winner's position in the encoding forms. Nil until the first shape is
    /// remembered, then grown as shapes arrive, so that a cache made for one line costs
    /// nothing and one for a big file ends at `capacity`.
    ///
    /// A slot is 32 bytes and the storage 64-byte aligned, so a look-up touches one cache
    /// line: a big file meets tens of thousands of shapes, and with larger slots the table
    /// outgrew the core's cache and every look-up waited for memory.
    private var storage: SlotStorage?
    private var mask = 0
    /// Shapes remembered since the slots last grew.
    private var stored = 0
    private let capacity: Int
    /// The instruction set the positions refer to.
    private var owner: ObjectIdentifier?
    /// How to lay out a later instruction of a shape without building its form; slots name
    /// them by index (0: none). Many shapes share one, so they are kept once each.
    private var templates: ContiguousArray<EncodingTemplate> = [EncodingTemplate()]
    private var templateIndices: [EncodingTemplate: UInt32] = [:]

    struct Slot: Sendable {
        var shape = EncodingShape(header: 0, low: 0, high: 0)
        var position: Int32 = 0
        /// The template's index, with ``Slot/final`` added when its bytes are the encoder's
        /// answer as they are (see ``finalBytes(_:_:in:)``).
        var template: UInt32 = 0

        static let final: UInt32 = 1 << 31
    }

    /// A cache of at most `capacity` shapes (rounded up to a power of two).
    public init(capacity: Int = 65536) {
        var size = 64
        while size < capacity { size <<= 1 }
        self.capacity = size
    }

    /// Makes room for every shape the cache may keep at once, for an encoder that will meet a
    /// big file's: one table, which the kernel zeroes in huge pages as it is used, rather than
    /// four times the slots, cleared and refilled, at each growth.
    package mutating func reserveFullCapacity(for instructionSet: InstructionSet) {
        guard storage == nil else { return }
        owner = ObjectIdentifier(instructionSet)
        storage = SlotStorage(count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    private static func slot(of shape: EncodingShape, mask: Int) -> Int {
        let mixed = (shape.header ^ shape.low &* 0x9E37_79B9_7F4A_7C15 ^ shape.high &* 0xC2B2_AE3D_27D4_EB4F)
            &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 40) & mask
    }

    /// The position of the form that won for `shape`, if it is remembered for `instructionSet`.
    @inline(__always)
    mutating func position(of shape: EncodingShape, in instructionSet: InstructionSet) -> Int? {
        guard let slot = slot(of: shape, in: instructionSet) else { return nil }
        return Int(slot.pointee.position)
    }

    /// What the cache knows of `instruction`, of shape `shape`: its bytes from the remembered
    /// template, or where the remembered form is, or nothing.
    @inline(__always)
    mutating func lookUp(
        _ shape: EncodingShape, _ instruction: Instruction, at address: Int64, in instructionSet: InstructionSet
    ) -> Lookup {
        var layout = FieldLayout()
        return lookUp(shape, instruction, at: address, layout: &layout, in: instructionSet)
    }

    /// ``lookUp(_:_:at:in:)``, with `layout` telling where the template put the fields.
    @inline(__always)
    mutating func lookUp(
        _ shape: EncodingShape, _ instruction: Instruction, at address: Int64, layout: inout FieldLayout,
        in instructionSet: InstructionSet
    ) -> Lookup {
        guard let slot = slot(of: shape, in: instructionSet) else { return .none }
        let template = Int(slot.pointee.template & ~Slot.final)
        if template != 0 {
            let bytes = templates.withUnsafeBufferPointer { templates in
                (templates.baseAddress.unsafelyUnwrapped + template).pointee.bytes(of: instruction, at: address, layout: &layout)
            }
            if let bytes { return .bytes(bytes) }
        }
        return .remembered(Int(slot.pointee.position))
    }

    /// The bytes of the instruction at `instruction`, of shape `shape`, at address 0, when the
    /// shape's template was remembered as final: nothing the encoder checks after a template
    /// (another dialect's reading, its order of prefixes) can apply to the shape. Nil sends the
    /// instruction the general way.
    @inline(__always)
    mutating func finalBytes(
        _ shape: EncodingShape, _ instruction: UnsafePointer<Instruction>, in instructionSet: InstructionSet
    ) -> InstructionBytes? {
        guard let slot = slot(of: shape, in: instructionSet) else { return nil }
        let template = slot.pointee.template
        guard template & Slot.final != 0 else { return nil }
        var layout = FieldLayout()
        return templates.withUnsafeBufferPointer { templates in
            (templates.baseAddress.unsafelyUnwrapped + Int(template & ~Slot.final)).pointee
                .bytes(of: instruction, at: 0, layout: &layout)
        }
    }

    /// Where `shape` is remembered (its slot or the slot's pair), if it is, for `instructionSet`.
    @inline(__always)
    private mutating func slot(of shape: EncodingShape, in instructionSet: InstructionSet) -> UnsafePointer<Slot>? {
        let identity = ObjectIdentifier(instructionSet)
        if owner != identity {
            // Positions are only meaningful in the table they came from.
            self = EncodingCache(capacity: capacity)
            owner = identity
            return nil
        }
        guard let storage else { return nil }
        let first = storage.slots + EncodingCache.slot(of: shape, mask: mask)
        if first.pointee.shape == shape { return UnsafePointer(first) }
        let second = storage.slots + (EncodingCache.slot(of: shape, mask: mask) ^ 1)
        return second.pointee.shape == shape ? UnsafePointer(second) : nil
    }

    /// Starts bringing the slots `shape` would be found in into the core's cache, for a look-up
    /// a little later: a big file's shapes outgrow the core's cache, and a look-up that waits for
    /// memory costs as much as the rest of the line.
    @inline(__always)
    func prefetch(_ shape: EncodingShape) {
        guard let storage else { return }
        jitter_prefetch(storage.slots + EncodingCache.slot(of: shape, mask: mask))
    }

    enum Lookup {
        case bytes(InstructionBytes)
        case remembered(Int)
        case none
    }

    /// `final`: the template's bytes need no check after it (see ``finalBytes(_:_:in:)``).
    @inline(__always)
    mutating func remember(
        _ shape: EncodingShape, position: Int, template: EncodingTemplate = EncodingTemplate(), final: Bool = false
    ) {
        if storage == nil || stored >= (mask + 1) / 2 && mask + 1 < capacity { grow() }
        if !isKnownUniquelyReferenced(&storage!) { storage = storage!.copy() }
        var templateIndex: UInt32 = 0
        if template.headerCount != 0 {
            if let known = templateIndices[template] {
                templateIndex = known
            } else {
                templateIndex = UInt32(templates.count)
                templates.append(template)
                templateIndices[template] = templateIndex
            }
        }
        let slots = storage!.slots
        let slot = EncodingCache.slot(of: shape, mask: mask)
        // Two ways: the newest shape first, the one it displaces second (the older second goes).
        if slots[slot].shape.header != 0, slots[slot].shape != shape { slots[slot ^ 1] = slots[slot] }
        if final, templateIndex != 0 { templateIndex |= Slot.final }
        slots[slot] = Slot(shape: shape, position: Int32(position), template: templateIndex)
        stored += 1
    }

    /// Four times the slots (64 at first), the shapes kept.
    private mutating func grow() {
        let size = storage == nil ? 64 : min((mask + 1) * 4, capacity)
        let larger = SlotStorage(count: size)
        if let storage {
            for index in 0...mask where storage.slots[index].shape.header != 0 {
                let slot = storage.slots[index]
                let place = EncodingCache.slot(of: slot.shape, mask: size - 1)
                larger.slots[larger.slots[place].shape.header == 0 ? place : place ^ 1] = slot
            }
        }
        storage = larger
        mask = size - 1
    }
}

/// The slots of an ``EncodingCache``, 64-byte aligned (an empty slot is all zero bits, which
/// the memory starts as; the largest table, read at random places, in huge pages); copied
/// before a shared one is changed.
final class SlotStorage: @unchecked Sendable {
    let slots: UnsafeMutablePointer<EncodingCache.Slot>
    let count: Int
    private let memory: ZeroedTable

    init(count: Int) {
        guard let memory = ZeroedTable(byteCount: count * MemoryLayout<EncodingCache.Slot>.stride),
              Int(bitPattern: memory.base) % 64 == 0
        else { fatalError("out of memory for the encoding cache") }
        self.memory = memory
        slots = memory.base.bindMemory(to: EncodingCache.Slot.self, capacity: count)
        self.count = count
    }

    func copy() -> SlotStorage {
        let copy = SlotStorage(count: count)
        copy.slots.update(from: slots, count: count)
        return copy
    }
}

/// Everything about an instruction that the choice of form depends on, in three words: the
/// mnemonic, prefixes and branch width, and for each operand the class of its register, or of its
/// immediate, or what of its memory operand can tell forms apart.
///
/// Values enter only through their classes: an immediate by which of the encoder's range tests it
/// passes (``immediateClass(_:)``), an address with no register by zero / 8 / 32 bits / unsigned
/// 32 bits / more.
/// Branch distances and RIP-relative distances depend on the address, not the shape; a search
/// whose outcome involved them is not remembered.
@usableFromInline
struct EncodingShape: Hashable, Sendable {
    @usableFromInline var header: UInt64
    /// Operands 0 and 1, 32 bits each.
    @usableFromInline var low: UInt64
    /// Operands 2 and 3.
    @usableFromInline var high: UInt64

    /// The shape of `instruction`, or nil for one too unusual to describe in three words.
    /// `withREXBits`: whether a register's REX bit can decide the form (see ``InstructionSet/hasVEXForms``).
    @inline(__always)
    init?(_ instruction: Instruction, withREXBits: Bool) {
        // Decorations change the fields of the form they choose; such lines are rare enough to search.
        guard instruction.decorations.isEmpty, instruction.immediateSizing.isEmpty else { return nil }
        var header: UInt64 = 1 << 63 | UInt64(instruction.mnemonic.id) | UInt64(instruction.operands.count) << 16
            | UInt64(instruction.prefixes.rawValue) << 19
        if let segment = instruction.segmentPrefix {
            guard segment.kind == .segment, segment.number < 7 else { return nil }
            header |= UInt64(segment.number + 1) << 35
        }
        switch instruction.branchWidth {
        case .automatic: break
        case .short: header |= 1 << 38
        case .near: header |= 2 << 38
        case .far: header |= 3 << 38
        }
        var low: UInt64 = 0
        var high: UInt64 = 0
        let operands = instruction.operands
        guard operands.count <= 4 else { return nil }
        for i in 0..<operands.count {
            guard let signature = EncodingShape.signature(operands[i], withREXBits: withREXBits) else { return nil }
            if i < 2 {
                low |= UInt64(signature) << (UInt64(i) * 32)
            } else {
                high |= UInt64(signature) << (UInt64(i - 2) * 32)
            }
        }
        self.header = header
        self.low = low
        self.high = high
    }

    @usableFromInline
    init(header: UInt64, low: UInt64, high: UInt64) {
        self.header = header
        self.low = low
        self.high = high
    }

    /// All three words at once: the derived comparison stops at the first that differs, a
    /// branch whose way depends on which shapes meet in a slot.
    @inlinable @inline(__always)
    static func == (lhs: EncodingShape, rhs: EncodingShape) -> Bool {
        (lhs.header ^ rhs.header) | (lhs.low ^ rhs.low) | (lhs.high ^ rhs.high) == 0
    }

    /// One operand in 32 bits: a 2-bit tag (register, immediate, memory, far pointer), then its parts.
    @inlinable @inline(__always)
    static func signature(_ operand: Operand, withREXBits: Bool) -> UInt32? {
        switch operand {
        case .register(let register):
            guard register.number < 16 else { return nil }
            let rexBit: UInt32 = withREXBits && register.number >= 8 ? 1 << 11 : 0
            return UInt32(register.kind.rawValue) << 2 | UInt32(registerClass(register)) << 7 | rexBit
        case .immediate(let immediate):
            return 1 | UInt32(immediateClass(immediate.value)) << 2 | (immediate.isSymbolic ? 1 << 7 : 0)
        case .memory(let memory):
            guard memory.broadcast == 0 else { return nil }
            var word: UInt32 = 2
            if let size = memory.size { word |= UInt32(sizeCode(size)) << 2 }
            if let segment = memory.segment {
                guard segment.kind == .segment, segment.number < 7 else { return nil }
                word |= UInt32(segment.number + 1) << 6
            }
            // Every form that takes memory encodes it the same way (ModRM, SIB, displacement: see
            // ``Encoder/encodeMemory(_:position:into:instruction:)``), so the registers and the
            // displacement change the lengths of all of them alike and need not be in the shape,
            // except for what only some forms test: the exact `[rbx]`/`[rsi]`/`[rdi]` of string
            // instructions, the value of an address with no register (`moffs` or a disp32,
            // each with its range), and for a mnemonic with VEX forms a REX.X/REX.B (VEX has a
            // shorter prefix without them; a REX lengthens every legacy form alike).
            if let base = memory.base {
                guard base.number < 16 else { return nil }
                word |= (UInt32(base.kind.rawValue) + 1) << 9
                if withREXBits, base.number >= 8 { word |= 1 << 13 }
                if memory.index == nil, memory.displacement == 0, !memory.displacementIsSymbolic {
                    switch base.number {
                    case 3: word |= 1 << 14
                    case 6: word |= 2 << 14
                    case 7: word |= 3 << 14
                    default: break
                    }
                }
            } else {
                word |= UInt32(displacementClass(memory.displacement)) << 27
            }
            if let index = memory.index {
                guard index.number < 16 else { return nil }
                word |= (UInt32(index.kind.rawValue) + 1) << 17
                if withREXBits, index.number >= 8 { word |= 1 << 21 }
            }
            // The scale only fills the SIB; any valid one leaves the choice the same.
            guard memory.scale == 1 || memory.scale == 2 || memory.scale == 4 || memory.scale == 8 else { return nil }
            if memory.displacementIsSymbolic { word |= 1 << 30 }
            if memory.displacementIsTarget { word |= 1 << 31 }
            return word
        case .farPointer:
            return 3
        }
    }

    /// What a register's number decides: for a general-purpose one, which fixed operand it can be (the
    /// accumulator, `CL`, `DX`), whether it needs a REX (`spl`…`dil`). The number itself only
    /// fills fields of the form chosen; its REX bit (r8–r15) lengthens every legacy form alike
    /// and is in the shape only where VEX forms compete (see ``signature(_:withREXBits:)``).
    @inlinable @inline(__always)
    static func registerClass(_ register: Register) -> UInt8 {
        let number = register.number
        switch register.kind {
        case .gp8, .gp16, .gp32, .gp64:
            if number < 3 { return number }
            return register.kind == .gp8 && number >= 4 && number < 8 ? 4 : 3
        case .xmm, .ymm, .zmm, .mmx, .x87, .mask, .tile:
            // Only register 0 is ever named by a form (`<XMM0>`, `ST(0)`); the REX bit is kept
            // apart where VEX forms compete. The other numbers only fill fields.
            return number == 0 ? 0 : 1
        default:
            return number
        }
    }

    @inlinable @inline(__always)
    static func sizeCode(_ size: OperandSize) -> UInt8 {
        switch size {
        case .byte: 1
        case .word: 2
        case .dword: 3
        case .fword: 4
        case .qword: 5
        case .tbyte: 6
        case .xmmword: 7
        case .ymmword: 8
        case .zmmword: 9
        }
    }

    /// Zero, 8 bits, 32 bits signed, 32 bits unsigned only, wider: the displacement tests
    /// ``Encoder/encodeMemory(_:position:into:instruction:)`` makes.
    @inlinable @inline(__always)
    static func displacementClass(_ value: Int64) -> UInt8 {
        if value == 0 { return 0 }
        if value >= -128 && value <= 127 { return 1 }
        if value >= Int64(Int32.min) && value <= Int64(Int32.max) { return 2 }
        if value >= 0 && value <= Int64(UInt32.max) { return 3 }
        return 4
    }

    /// Where `value` falls among the boundaries of every immediate test the encoder makes, so
    /// that two values of one class pass and fail the same tests.
    ///
    /// The tests: a `constant` operand equals 1 or 3; an immediate field of `w` bits (8, 16, 32)
    /// takes -2^(w-1) ..< 2^w, or -2^(w-1) ..< 2^(w-1) when sign-extended; a sign-extended one is
    /// first read as a signed number of the operand's `b` bits (8, 16, 32), which maps
    /// 2^(b-1) ..< 2^b to negative values, in range for a `w`-bit field from 2^b - 2^(w-1) on.
    /// The boundaries are the interval ends of all of these.
    @inline(__always)
    @usableFromInline
    static func immediateClass(_ value: Int64) -> UInt8 {
        var count: UInt8 = 0
        @inline(__always) func past(_ boundary: Int64) { if value >= boundary { count &+= 1 } }
        past(-(1 << 31)); past(-(1 << 15)); past(-(1 << 7))
        past(1); past(2); past(3); past(4)
        past(1 << 7); past(1 << 8); past(1 << 15); past((1 << 16) - (1 << 7)); past(1 << 16)
        past(1 << 31); past((1 << 32) - (1 << 15)); past((1 << 32) - (1 << 7)); past(1 << 32)
        return count
    }
}
