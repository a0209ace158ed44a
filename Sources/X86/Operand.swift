/// An immediate value, possibly still waiting for a label's address.
public struct Immediate: Sendable, Hashable {
    public var value: Int64
    /// The value names a label whose address may still change: choose a form wide enough for any value.
    public var isSymbolic: Bool

    public init(_ value: Int64, isSymbolic: Bool = false) {
        self.value = value
        self.isSymbolic = isSymbolic
    }
}

/// One operand of an instruction.
public enum Operand: Sendable, Hashable {
    case register(Register)
    /// An immediate; for branches (`jmp label`), the absolute target address.
    case immediate(Immediate)
    case memory(Memory)
    /// A far pointer `selector:offset` (`jmp 0x10:0x1000`), accepted only where the mode allows it.
    case farPointer(selector: UInt16, offset: UInt32)

    /// Shorthand for an immediate with a known value.
    public static func imm(_ value: Int64) -> Operand { .immediate(Immediate(value)) }

    /// A short phrase naming the operand's kind, for diagnostics (`a 32-bit register`).
    public var kindDescription: String {
        switch self {
        case .register(let register):
            switch register.kind {
            case .segment: "a segment register"
            case .control: "a control register"
            case .debug: "a debug register"
            case .rip, .eip: "the instruction pointer"
            default: register.size == .byte ? "an 8-bit register" : "a \(register.size?.bits ?? 0)-bit register"
            }
        case .immediate: "an immediate"
        case .memory(let memory):
            if let size = memory.size { size == .byte ? "an 8-bit memory operand" : "a \(size.bits)-bit memory operand" } else { "a memory operand" }
        case .farPointer: "a far pointer"
        }
    }
}
