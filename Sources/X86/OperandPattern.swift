/// An operand class from the SDM's instruction column (`r/m32`, `imm8`, `rel32`, `moffs64`, `AL`…).
public enum OperandPattern: Sendable, Hashable {
    /// `r8` `r16` `r32` `r64`: a general-purpose register of that width.
    case register(OperandSize)
    /// `r/m32`, and mixed forms such as `r32/m16`.
    case registerOrMemory(register: OperandSize, memory: OperandSize)
    /// `m8` … `m512`; `m` alone (nil) for a memory operand of any size (`lea`).
    case memory(OperandSize?)
    /// `m16:16`, `m16:32`, `m16:64`: a far pointer in memory, sized 32, 48 or 80 bits.
    case farMemory(OperandSize)
    /// `imm8` … `imm64`.
    case immediate(OperandSize)
    /// `rel8`, `rel32`: a branch target, stored as the distance from the next instruction.
    case relative(OperandSize)
    /// A register named in the form itself (`AL`, `CL`, `DX`, `FS`).
    case fixed(Register)
    /// A constant written in the form: the `1` of the shift-by-one forms, the `3` of `INT 3`.
    case constant(Int64)
    /// `moffs8` … `moffs64`: an absolute address with no ModRM, sized by the other operand.
    case offset(OperandSize)
    /// `Sreg`.
    case segmentRegister
    /// `CR0–CR7`, `CR8`.
    case controlRegister
    /// `DR0–DR7`.
    case debugRegister
    /// `ptr16:32`: a far pointer literal (not encodable in 64-bit mode, kept so errors can name it).
    case farPointer
    /// `m8[rsi]`, `m32[rdi]`, `m8[rbx]`: the memory operand of a string instruction or `xlat`, whose
    /// address is fixed by the opcode. Written out only for its size, segment and address size.
    case stringMemory(OperandSize, StringAddress)
    /// `xmm1`, `ymm2`, `mm1`, `ST(i)`, `tmm1`, `k1`: a register of one of the non-general classes.
    case registerOfKind(RegisterKind)
    /// `xmm2/m128`, `ymm2/m256`, `mm2/m64`, `xmm2/m32`: such a register, or memory of that width.
    case registerOfKindOrMemory(RegisterKind, memory: OperandSize)
    /// `vm32x`, `vm32y`, `vm64x`, `vm64y`: a VSIB address, whose index is a vector register of
    /// the given kind holding one address offset per element of `element`'s width.
    case vectorIndexedMemory(index: RegisterKind, element: OperandSize)
    /// `sibmem`: memory encoded with a SIB byte even without an index (AMX tile loads and stores,
    /// whose index register is the row stride).
    case sibMemory
    /// `zmm3/m512/m32bcst`, `m128/m64bcst`: a register of the kind (none for the memory-only
    /// spelling), memory of the vector's width, or one element broadcast to it (`{1to16}`).
    case broadcastable(RegisterKind?, memory: OperandSize, element: OperandSize)

    /// Parses one SDM token; EVEX decorations written after it (`{k1}{z}`, `{er}`, `{sae}`)
    /// are the form's, not the operand class's, and are passed over here.
    public init?(token: String) {
        var lower = token.lowercased()
        if let brace = lower.firstIndex(of: "{") {
            lower = String(lower[..<brace])
            while lower.last == " " { lower.removeLast() }
        }
        switch lower {
        case "r8": self = .register(.byte)
        case "r16": self = .register(.word)
        case "r32": self = .register(.dword)
        case "r64": self = .register(.qword)
        case "r/m8": self = .registerOrMemory(register: .byte, memory: .byte)
        case "r/m16": self = .registerOrMemory(register: .word, memory: .word)
        case "r/m32": self = .registerOrMemory(register: .dword, memory: .dword)
        case "r/m64": self = .registerOrMemory(register: .qword, memory: .qword)
        case "r16/m16": self = .registerOrMemory(register: .word, memory: .word)
        case "r32/m8": self = .registerOrMemory(register: .dword, memory: .byte)
        case "r32/m16": self = .registerOrMemory(register: .dword, memory: .word)
        case "r64/m8": self = .registerOrMemory(register: .qword, memory: .byte)
        case "r64/m32": self = .registerOrMemory(register: .qword, memory: .dword)
        case "r64/m16": self = .registerOrMemory(register: .qword, memory: .word)
        case "m": self = .memory(nil)
        case "m8": self = .memory(.byte)
        case "m16": self = .memory(.word)
        case "m32": self = .memory(.dword)
        case "m64": self = .memory(.qword)
        case "m80": self = .memory(.tbyte)
        case "m128": self = .memory(.xmmword)
        case "m256": self = .memory(.ymmword)
        case "m512": self = .memory(.zmmword)
        case "m16:16": self = .farMemory(.dword)
        case "m16:32": self = .farMemory(.fword)
        case "m16:64": self = .farMemory(.tbyte)
        case "imm8": self = .immediate(.byte)
        case "imm16": self = .immediate(.word)
        case "imm32": self = .immediate(.dword)
        case "imm64": self = .immediate(.qword)
        case "rel8": self = .relative(.byte)
        case "rel16": self = .relative(.word)
        case "rel32": self = .relative(.dword)
        case "moffs8": self = .offset(.byte)
        case "moffs16": self = .offset(.word)
        case "moffs32": self = .offset(.dword)
        case "moffs64": self = .offset(.qword)
        case "1": self = .constant(1)
        case "3": self = .constant(3)
        case "sreg": self = .segmentRegister
        case "cr0–cr7", "cr0-cr7", "cr8", "cr0–cr8", "cr0-cr8": self = .controlRegister
        case "dr0–dr7", "dr0-dr7": self = .debugRegister
        case "ptr16:32", "ptr16:16": self = .farPointer
        case "m32fp", "m32int": self = .memory(.dword)
        case "m64fp", "m64int": self = .memory(.qword)
        case "m80fp", "m80bcd", "m80dec": self = .memory(.tbyte)
        case "m16int", "m2byte": self = .memory(.word)
        case "m14/28byte", "m94/108byte", "m512byte", "m384": self = .memory(nil)
        case "st(i)": self = .registerOfKind(.x87)
        case "st(0)", "st": self = .fixed(Register(.x87, 0))
        case "<xmm0>": self = .fixed(Register(.xmm, 0))
        case "vm32x": self = .vectorIndexedMemory(index: .xmm, element: .dword)
        case "vm32y": self = .vectorIndexedMemory(index: .ymm, element: .dword)
        case "vm32z": self = .vectorIndexedMemory(index: .zmm, element: .dword)
        case "vm64x": self = .vectorIndexedMemory(index: .xmm, element: .qword)
        case "vm64y": self = .vectorIndexedMemory(index: .ymm, element: .qword)
        case "vm64z": self = .vectorIndexedMemory(index: .zmm, element: .qword)
        case "sibmem": self = .sibMemory
        default:
            if let pattern = OperandPattern.registerClass(token: lower) {
                self = pattern
                return
            }
            if let broadcast = OperandPattern.broadcastable(token: lower) {
                self = broadcast
                return
            }
            if let string = OperandPattern.stringMemory(token: lower) {
                self = string
                return
            }
            guard let register = Register.named(lower) else { return nil }
            self = .fixed(register)
        }
    }

    /// The width of the data this operand carries, when the pattern fixes it.
    @inlinable
    public var size: OperandSize? {
        switch self {
        case .register(let size), .immediate(let size), .relative(let size), .offset(let size): size
        case .registerOrMemory(let register, _): register
        case .memory(let size): size
        case .farMemory(let size), .stringMemory(let size, _): size
        case .fixed(let register): register.size
        case .segmentRegister: .word
        case .controlRegister, .debugRegister: .qword
        case .registerOfKind(let kind), .registerOfKindOrMemory(let kind, _): Register(kind, 0).size
        case .broadcastable(let kind, let memory, _): kind.flatMap { Register($0, 0).size } ?? memory
        case .vectorIndexedMemory, .sibMemory: nil
        case .constant, .farPointer: nil
        }
    }

    /// The memory width this pattern demands of a memory operand, if it accepts memory.
    @inlinable
    public var memorySize: OperandSize? {
        switch self {
        case .registerOrMemory(_, let memory): memory
        case .memory(let size): size
        case .farMemory(let size), .stringMemory(let size, _): size
        case .offset(let size): size
        case .registerOfKindOrMemory(_, let memory), .broadcastable(_, let memory, _): memory
        default: nil
        }
    }

    /// True when a memory operand can match.
    public var acceptsMemory: Bool {
        switch self {
        case .registerOrMemory, .memory, .farMemory, .offset, .stringMemory, .registerOfKindOrMemory,
             .vectorIndexedMemory, .sibMemory, .broadcastable: true
        default: false
        }
    }

    /// True when the pattern is sized only by its register/memory width (so an unsized memory
    /// operand leaves the choice open).
    @inlinable
    public var isSizedMemory: Bool {
        switch self {
        case .registerOrMemory, .farMemory, .offset, .stringMemory, .registerOfKindOrMemory, .broadcastable: true
        case .memory(let size): size != nil
        default: false
        }
    }

    /// Whether `operand` has the right kind and width; immediates are range-checked by the encoder.
    // Emitted into the encoder, which tests it for every operand of every form it tries: plain
    // `@inlinable` leaves a call there.
    @_alwaysEmitIntoClient @inline(__always)
    public func matchesShape(_ operand: Operand) -> Bool {
        switch (self, operand) {
        case (.register(let size), .register(let register)):
            return register.isGeneralPurpose && register.size == size
        case (.registerOrMemory(let size, _), .register(let register)):
            return register.isGeneralPurpose && register.size == size
        case (.registerOrMemory(_, let size), .memory(let memory)):
            return (memory.size == nil || memory.size == size) && !memory.hasVectorIndex && memory.broadcast == 0
        case (.memory(let size), .memory(let memory)):
            return (size == nil || memory.size == nil || memory.size == size) && !memory.hasVectorIndex
                && memory.broadcast == 0
        case (.farMemory(let size), .memory(let memory)):
            return memory.size == nil || memory.size == size
        case (.registerOfKind(let kind), .register(let register)), (.registerOfKindOrMemory(let kind, _), .register(let register)):
            return register.kind == kind
        case (.registerOfKindOrMemory(_, let size), .memory(let memory)):
            return (memory.size == nil || memory.size == size) && !memory.hasVectorIndex && memory.broadcast == 0
        case (.broadcastable(let kind, _, _), .register(let register)):
            return kind.map { register.kind == $0 } ?? false
        case (.broadcastable(_, let size, let element), .memory(let memory)):
            guard !memory.hasVectorIndex else { return false }
            if memory.broadcast == 0 { return memory.size == nil || memory.size == size }
            // `dword ptr [rax]{1to16}`: one element, repeated across the vector.
            return (memory.size == nil || memory.size == element) && Int(memory.broadcast) * element.bits == size.bits
        case (.vectorIndexedMemory(let kind, _), .memory(let memory)):
            return memory.index?.kind == kind && !memory.isRIPRelative
        case (.sibMemory, .memory(let memory)):
            return !memory.hasVectorIndex && !memory.isRIPRelative && memory.base != nil
        case (.offset(_), .memory(let memory)):
            // The data width comes from the accumulator operand; a size specifier must agree.
            return memory.isOffsetOnly && memory.segment?.kind != .rip && (memory.size == nil || memory.size == size)
        case (.immediate, .immediate), (.relative, .immediate):
            return true
        case (.fixed(let expected), .register(let register)):
            return expected.kind.rawValue == register.kind.rawValue && expected.number == register.number
        case (.constant(let value), .immediate(let immediate)):
            return immediate.value == value && !immediate.isSymbolic
        case (.segmentRegister, .register(let register)):
            return register.kind == .segment
        case (.controlRegister, .register(let register)):
            return register.kind == .control
        case (.debugRegister, .register(let register)):
            return register.kind == .debug
        case (.farPointer, .farPointer):
            return true
        case (.stringMemory(let size, let address), .memory(let memory)):
            return address.accepts(memory) && (memory.size == nil || memory.size == size)
        default:
            return false
        }
    }
}

extension OperandPattern {
    /// `xmm`, `xmm1`…, `ymm2`, `mm1`, `tmm3`, `k1`, and with a memory width `xmm2/m128`, `mm/m64`.
    fileprivate static func registerClass(token: String) -> OperandPattern? {
        let parts = token.split(separator: "/")
        guard parts.count == 1 || parts.count == 2 else { return nil }
        var name = parts[0]
        while let last = name.last, last.isNumber { name.removeLast() }
        let kind: RegisterKind
        switch name {
        case "xmm": kind = .xmm
        case "ymm": kind = .ymm
        case "zmm": kind = .zmm
        case "mm": kind = .mmx
        case "tmm": kind = .tile
        case "k": kind = .mask
        default: return nil
        }
        guard parts.count == 2 else { return .registerOfKind(kind) }
        let memory = parts[1]
        guard memory.hasPrefix("m"), let bits = Int(memory.dropFirst()), let size = OperandSize(rawValue: bits) else {
            return nil
        }
        return .registerOfKindOrMemory(kind, memory: size)
    }

    /// `zmm3/m512/m32bcst`, `m512/m32bcst`.
    fileprivate static func broadcastable(token: String) -> OperandPattern? {
        guard token.hasSuffix("bcst") else { return nil }
        let parts = token.dropLast(4).split(separator: "/")
        guard parts.count == 2 || parts.count == 3 else { return nil }
        func memorySize(_ part: Substring) -> OperandSize? {
            guard part.hasPrefix("m"), let bits = Int(part.dropFirst()) else { return nil }
            return OperandSize(rawValue: bits)
        }
        guard let element = memorySize(parts[parts.count - 1]), let memory = memorySize(parts[parts.count - 2]) else {
            return nil
        }
        guard parts.count == 3 else { return .broadcastable(nil, memory: memory, element: element) }
        guard case .registerOfKind(let kind)? = registerClass(token: String(parts[0])) else { return nil }
        return .broadcastable(kind, memory: memory, element: element)
    }

    /// `m8[rsi]` … `m64[rdi]`, `m8[rbx]`.
    fileprivate static func stringMemory(token: String) -> OperandPattern? {
        guard token.hasPrefix("m"), let open = token.firstIndex(of: "["), token.hasSuffix("]") else { return nil }
        guard let bits = Int(token[token.index(after: token.startIndex)..<open]),
              let size = OperandSize(rawValue: bits), size.bits <= 64 else { return nil }
        let register = token[token.index(after: open)..<token.index(before: token.endIndex)]
        guard let address = StringAddress.allCases.first(where: { $0.registerName == register }) else { return nil }
        return .stringMemory(size, address)
    }
}

/// The fixed address of a string instruction's memory operand (SDM Vol. 1, 7.3.9).
public enum StringAddress: Sendable, Hashable, CaseIterable {
    /// `[rsi]`, in DS unless overridden: the source of `movs`, `lods`, `outs`, the first of `cmps`.
    case source
    /// `[rdi]`, always in ES: the destination of `movs`, `stos`, `ins`, `scas`, the second of `cmps`.
    case destination
    /// `[rbx]`, in DS unless overridden: the table of `xlat`.
    case table

    /// The 64-bit register spelled in the table token.
    public var registerName: Substring {
        switch self {
        case .source: "rsi"
        case .destination: "rdi"
        case .table: "rbx"
        }
    }

    /// The register number both `rsi`/`esi` (and so on) share.
    @inlinable
    public var registerNumber: UInt8 {
        switch self {
        case .source: 6
        case .destination: 7
        case .table: 3
        }
    }

    /// Whether a segment override can apply: ES:[rdi] cannot be overridden.
    @inlinable
    public var allowsSegmentOverride: Bool {
        if case .destination = self { return false }
        return true
    }

    /// True when `memory` is exactly `[rsi]`/`[esi]` (or the register this address names), with no
    /// index and no displacement, and a segment the instruction can use. Peers accept any address
    /// here and silently use the fixed one; naming another address is more likely a mistake.
    @inlinable
    public func accepts(_ memory: Memory) -> Bool {
        guard let base = memory.base, base.kind == .gp64 || base.kind == .gp32 || base.kind == .gp16, base.number == registerNumber,
              memory.index == nil, memory.displacement == 0, !memory.displacementIsSymbolic else {
            return false
        }
        if let segment = memory.segment, !allowsSegmentOverride, segment.number != 0 { return false }
        return true
    }
}
