/// Operand classes in the generated file as one word each, so that starting up reads no
/// token text: parsing the two hundred tokens (`r/m32`, `zmm2/m512/m64bcst`…) took more
/// instructions than decoding all the forms.
///
/// Bits 0–7: the case; 8–15, 16–23, 24–31: its parts (a size as ``code(_:)`` gives it, a
/// register kind or one plus it, a register number, a ``StringAddress`` position); 32–63: a
/// constant.
extension BuiltInForms {
    static func word(of pattern: OperandPattern) -> UInt64 {
        func word(_ tag: UInt64, _ a: UInt64 = 0, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
            tag | a << 8 | b << 16 | c << 24
        }
        switch pattern {
        case .register(let size): return word(0, code(size))
        case .registerOrMemory(let register, let memory): return word(1, code(register), code(memory))
        case .memory(let size): return word(2, code(size))
        case .farMemory(let size): return word(3, code(size))
        case .immediate(let size): return word(4, code(size))
        case .relative(let size): return word(5, code(size))
        case .fixed(let register): return word(6, UInt64(register.kind.rawValue), UInt64(register.number))
        case .constant(let value): return word(7) | UInt64(UInt32(truncatingIfNeeded: value)) << 32
        case .offset(let size): return word(8, code(size))
        case .segmentRegister: return word(9)
        case .controlRegister: return word(10)
        case .debugRegister: return word(11)
        case .farPointer: return word(12)
        case .stringMemory(let size, let address):
            return word(13, code(size), UInt64(StringAddress.allCases.firstIndex(of: address) ?? 0))
        case .registerOfKind(let kind): return word(14, UInt64(kind.rawValue))
        case .registerOfKindOrMemory(let kind, let memory): return word(15, UInt64(kind.rawValue), code(memory))
        case .vectorIndexedMemory(let index, let element): return word(16, UInt64(index.rawValue), code(element))
        case .sibMemory: return word(17)
        case .broadcastable(let kind, let memory, let element):
            return word(18, kind.map { UInt64($0.rawValue) + 1 } ?? 0, code(memory), code(element))
        }
    }

    /// The operand class `word` stands for; nil for a word ``word(of:)`` cannot have made.
    static func pattern(of word: UInt64) -> OperandPattern? {
        let a = word >> 8 & 0xFF
        let b = word >> 16 & 0xFF
        let c = word >> 24 & 0xFF
        func kind(_ raw: UInt64) -> RegisterKind? { RegisterKind(rawValue: UInt8(truncatingIfNeeded: raw)) }
        switch word & 0xFF {
        case 0: return size(a).map { .register($0) }
        case 1:
            guard let register = size(a), let memory = size(b) else { return nil }
            return .registerOrMemory(register: register, memory: memory)
        case 2: return .memory(size(a))
        case 3: return size(a).map { .farMemory($0) }
        case 4: return size(a).map { .immediate($0) }
        case 5: return size(a).map { .relative($0) }
        case 6: return kind(a).map { .fixed(Register($0, UInt8(truncatingIfNeeded: b))) }
        case 7: return .constant(Int64(Int32(truncatingIfNeeded: word >> 32)))
        case 8: return size(a).map { .offset($0) }
        case 9: return .segmentRegister
        case 10: return .controlRegister
        case 11: return .debugRegister
        case 12: return .farPointer
        case 13:
            guard let size = size(a), b < StringAddress.allCases.count else { return nil }
            return .stringMemory(size, StringAddress.allCases[Int(b)])
        case 14: return kind(a).map { .registerOfKind($0) }
        case 15:
            guard let kind = kind(a), let memory = size(b) else { return nil }
            return .registerOfKindOrMemory(kind, memory: memory)
        case 16:
            guard let index = kind(a), let element = size(b) else { return nil }
            return .vectorIndexedMemory(index: index, element: element)
        case 17: return .sibMemory
        case 18:
            guard let memory = size(b), let element = size(c) else { return nil }
            if a == 0 { return .broadcastable(nil, memory: memory, element: element) }
            return kind(a - 1).map { .broadcastable($0, memory: memory, element: element) }
        default: return nil
        }
    }
}
