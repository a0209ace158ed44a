import Diagnostics
import X86

/// A place in the code a ``CodeBuilder`` makes: created by ``CodeBuilder/label(_:)``, placed
/// by ``CodeBuilder/bind(_:)``, and used as a branch target (`a.jnz(top)`), an address
/// (`.qword[table]`) or a value (`.address(of: table)`, `end - start`).
public struct Label: Sendable, Hashable, CustomStringConvertible {
    /// The symbol name the label has in the program image's symbols.
    public let name: String

    init(name: String) {
        self.name = name
    }

    /// ``name``.
    public var description: String { name }

    /// The label's address, as an expression.
    public var expression: AssemblyExpression { .symbol(name, .at(0)) }

    /// The distance in bytes between two labels.
    public static func - (end: Label, start: Label) -> AssemblyExpression {
        .binary(.subtract, end.expression, start.expression)
    }

    /// The label's address plus `offset`.
    public static func + (label: Label, offset: Int64) -> AssemblyExpression {
        .binary(.add, label.expression, .number(offset))
    }
}

/// The address inside a memory operand: `.rbx + .rcx * 8 + 16`, `.rip + table`, a label.
///
/// Registers name the base the first time and the index the second (or when scaled); an
/// integer adds to the displacement; a label makes the address that label's, RIP-relative
/// when there is no other register (the position-independent choice), absolute otherwise.
public struct Address: Sendable, Hashable {
    /// The base register, or `rip` for an address relative to the next instruction.
    public var base: Register?
    /// The index register: general, or a vector register for a VSIB address.
    public var index: Register?
    /// 1, 2, 4 or 8.
    public var scale: UInt8
    /// A constant added to the address.
    public var displacement: Int64
    /// A label or expression added to the displacement, resolved after layout.
    public var symbolic: AssemblyExpression?
    /// A segment override (`fs:`).
    public var segment: Register?

    /// An address with any of its parts.
    public init(
        base: Register? = nil, index: Register? = nil, scale: UInt8 = 1, displacement: Int64 = 0,
        symbolic: AssemblyExpression? = nil, segment: Register? = nil
    ) {
        self.base = base
        self.index = index
        self.scale = scale
        self.displacement = displacement
        self.symbolic = symbolic
        self.segment = segment
    }

    /// The register alone, as a base.
    public init(_ register: Register) {
        self.init(base: register)
    }

    /// The absolute address `address`.
    public static func absolute(_ address: Int64) -> Address { Address(displacement: address) }

    /// The address of `label`.
    public static func label(_ label: Label) -> Address { Address(symbolic: label.expression) }

    /// The same address with segment override `segment` (`fs:[rax]`): `.fs`, `.gs` …
    public func segment(_ segment: CodeOperand) -> Address {
        var copy = self
        if case .register(let register) = segment.operand, register.kind == .segment { copy.segment = register }
        return copy
    }

    /// `left` and `right` together: registers fill the base, then the index.
    public static func + (left: Address, right: Address) -> Address {
        var sum = left
        if let base = right.base {
            if sum.base == nil && right.scale == 1 && !base.isVector {
                sum.base = base
            } else {
                sum.index = base
                sum.scale = right.scale
            }
        }
        if let index = right.index {
            sum.index = index
            sum.scale = right.scale
        }
        sum.displacement &+= right.displacement
        if let symbolic = right.symbolic {
            sum.symbolic = sum.symbolic.map { .binary(.add, $0, symbolic) } ?? symbolic
        }
        sum.segment = sum.segment ?? right.segment
        return sum
    }

    /// The address `displacement` bytes further.
    public static func + (address: Address, displacement: Int64) -> Address {
        var sum = address
        sum.displacement &+= displacement
        return sum
    }

    /// The address `displacement` bytes before.
    public static func - (address: Address, displacement: Int64) -> Address {
        var difference = address
        difference.displacement &-= displacement
        return difference
    }

    /// The address with `label`'s address added (`[rbx + table]`), or relative to the next
    /// instruction when `address` is `.rip`.
    public static func + (address: Address, label: Label) -> Address {
        address + Address.label(label)
    }

    /// The address with the value of `expression` added, after layout.
    public static func + (address: Address, expression: AssemblyExpression) -> Address {
        address + Address(symbolic: expression)
    }

    /// A register scaled by 1, 2, 4 or 8: an index.
    public static func * (register: Address, scale: Int) -> Address {
        var scaled = Address(index: register.base ?? register.index, scale: UInt8(truncatingIfNeeded: scale))
        scaled.displacement = register.displacement &* Int64(scale)
        return scaled
    }
}

/// A memory operand of a given width waiting for its address: `.qword[.rbx + 8]`.
public struct SizedMemory: Sendable, Hashable {
    /// The width; nil for an operand whose size the instruction implies (`lea`, `fxsave`).
    public let size: OperandSize?

    /// Memory of `size`; nil when the instruction implies it.
    public init(size: OperandSize?) {
        self.size = size
    }

    /// The operand at `address`.
    public subscript(_ address: Address) -> CodeOperand {
        CodeOperand.memory(size: size, address)
    }

    /// The operand at `label`.
    public subscript(_ label: Label) -> CodeOperand {
        CodeOperand.memory(size: size, .label(label))
    }

    /// The operand at the absolute address `address`.
    public subscript(absolute address: Int64) -> CodeOperand {
        CodeOperand.memory(size: size, .absolute(address))
    }
}

/// One operand of an instruction made by ``CodeBuilder``: a register (`.eax`), memory
/// (`.qword[.rbx + .rcx * 8 + 16]`), an immediate (`50`, `.imm(n)`), or a value layout
/// decides (`.address(of: label)`, `.expression(end - start)`).
public struct CodeOperand: Sendable, Hashable, ExpressibleByIntegerLiteral {
    /// The operand, with 0 where a symbolic value goes.
    public var operand: Operand
    /// A value that waits for layout, and what it is in the instruction.
    public var symbolic: (expression: AssemblyExpression, role: OperandValueRole)? {
        get { symbolicExpression.map { ($0, symbolicRole) } }
        set {
            symbolicExpression = newValue?.expression
            symbolicRole = newValue?.role ?? .immediate
        }
    }
    /// EVEX decorations this operand carries onto its instruction (`{k1}{z}`, `{rn-sae}`).
    public var decorations = VectorDecorations()

    private var symbolicExpression: AssemblyExpression?
    private var symbolicRole = OperandValueRole.immediate

    /// `operand` as it is.
    public init(_ operand: Operand) {
        self.operand = operand
    }

    /// A register.
    public init(_ register: Register) {
        self.operand = .register(register)
    }

    /// An immediate written as a literal: `a.mov(.eax, 50)`.
    public init(integerLiteral value: Int64) {
        self.operand = .imm(value)
    }

    /// The immediate `value`.
    public static func imm<T: BinaryInteger>(_ value: T) -> CodeOperand {
        CodeOperand(.imm(Int64(truncatingIfNeeded: value)))
    }

    /// A pointer's address as an immediate (host memory, for `mov rax, imm64`).
    public static func pointer(_ pointer: UnsafeRawPointer?) -> CodeOperand {
        .imm(Int(bitPattern: pointer))
    }

    /// A `@convention(c)` function's address as an immediate, for `mov rax, f` / `call rax`:
    /// how code calls back into the host. (`call .function(f)` also works, as a rel32 call,
    /// when the code lands within 2 GiB of `f`; the assembler says so when it does not.)
    public static func function<F>(_ function: F) -> CodeOperand {
        precondition(MemoryLayout<F>.size == MemoryLayout<Int>.size, "\(F.self) is not a @convention(c) function type")
        return .imm(unsafeBitCast(function, to: Int.self))
    }

    /// The address of `label`, as an immediate (or a branch target).
    public static func address(of label: Label) -> CodeOperand {
        .expression(label.expression)
    }

    /// A value computed from labels and numbers after layout.
    public static func expression(_ expression: AssemblyExpression) -> CodeOperand {
        if let constant = expression.constantValue { return CodeOperand(.imm(constant)) }
        var operand = CodeOperand(.imm(0))
        operand.symbolic = (expression, .immediate)
        return operand
    }

    /// A memory operand of `size` (nil: implied by the instruction) at `address`.
    public static func memory(size: OperandSize?, _ address: Address) -> CodeOperand {
        var memory = Memory(size: size, segment: address.segment, base: address.base, index: address.index,
                            scale: address.scale, displacement: address.displacement)
        guard let symbolic = address.symbolic else { return CodeOperand(.memory(memory)) }
        let role: OperandValueRole
        var value = symbolic
        if address.displacement != 0 { value = .binary(.add, symbolic, .number(address.displacement)) }
        if address.base == nil && address.index == nil || memory.isRIPRelative {
            // A label alone is reached RIP-relatively, as under NASM's `default rel`.
            memory.base = .rip
            memory.displacementIsTarget = true
            memory.displacementIsSymbolic = true
            memory.displacement = 0
            role = .ripTarget
        } else {
            memory.displacementIsSymbolic = true
            memory.displacement = 0
            role = .displacement
        }
        var operand = CodeOperand(.memory(memory))
        operand.symbolic = (value, role)
        return operand
    }

    /// The same memory operand with segment override `segment` (`fs:[rax]`): `.fs`, `.gs` …
    public func segment(_ segment: CodeOperand) -> CodeOperand {
        var copy = self
        if case .memory(var memory) = operand, case .register(let register) = segment.operand, register.kind == .segment {
            memory.segment = register
            copy.operand = .memory(memory)
        }
        return copy
    }

    /// The same memory operand with an EVEX embedded broadcast: one element read and repeated
    /// `count` times (`[rax]{1to16}`).
    public func broadcast(_ count: UInt8) -> CodeOperand {
        var copy = self
        if case .memory(var memory) = operand {
            memory.broadcast = count
            copy.operand = .memory(memory)
        }
        return copy
    }

    /// The same operand writing only the elements opmask `mask` selects (`zmm0 {k1}`), the
    /// others zeroed when `zeroing` (`{z}`) and kept otherwise.
    public func masked(_ mask: CodeOperand, zeroing: Bool = false) -> CodeOperand {
        var copy = self
        if case .register(let register) = mask.operand, register.kind == .mask {
            copy.decorations.opmask = register.number
        }
        copy.decorations.zeroing = zeroing
        return copy
    }

    /// The same operand with embedded rounding or `{sae}` for its instruction.
    public func rounding(_ rounding: EmbeddedRounding) -> CodeOperand {
        var copy = self
        copy.decorations.rounding = rounding
        return copy
    }

    // Memory widths, as the SDM names them: `.qword[.rax]`.
    /// An operand whose width the instruction implies (`lea`, `fxsave`, `clflush`).
    public static let mem = SizedMemory(size: nil)
    /// 8 bits.
    public static let byte = SizedMemory(size: .byte)
    /// 16 bits.
    public static let word = SizedMemory(size: .word)
    /// 32 bits.
    public static let dword = SizedMemory(size: .dword)
    /// 48 bits (a far pointer's offset and selector).
    public static let fword = SizedMemory(size: .fword)
    /// 64 bits.
    public static let qword = SizedMemory(size: .qword)
    /// 80 bits (x87 extended precision).
    public static let tbyte = SizedMemory(size: .tbyte)
    /// 128 bits.
    public static let xmmword = SizedMemory(size: .xmmword)
    /// 256 bits.
    public static let ymmword = SizedMemory(size: .ymmword)
    /// 512 bits.
    public static let zmmword = SizedMemory(size: .zmmword)

    /// The same operand, symbolic value and decorations.
    public static func == (lhs: CodeOperand, rhs: CodeOperand) -> Bool {
        lhs.operand == rhs.operand && lhs.symbolicExpression == rhs.symbolicExpression
            && lhs.symbolicRole == rhs.symbolicRole && lhs.decorations == rhs.decorations
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(operand)
        hasher.combine(symbolicExpression)
    }
}
