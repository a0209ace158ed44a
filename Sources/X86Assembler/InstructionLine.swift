import Diagnostics
import X86

/// Up to five values stored inline (an instruction has at most five operands, as
/// ``OperandList`` holds), so building an instruction line never allocates. A sixth value is
/// dropped: the parser and the builder refuse a sixth operand before it gets here.
@frozen
public struct InlineFive<Element: Sendable & Hashable>: Sendable, Hashable {
    @usableFromInline var first: Element
    @usableFromInline var second: Element
    @usableFromInline var third: Element
    @usableFromInline var fourth: Element
    @usableFromInline var fifth: Element
    @usableFromInline var storedCount = 0

    @inlinable
    public var count: Int { storedCount }

    /// An empty list; `filler` occupies the unused places.
    @inlinable
    public init(filler: Element) {
        first = filler
        second = filler
        third = filler
        fourth = filler
        fifth = filler
    }

    @inlinable
    public mutating func append(_ element: Element) {
        guard storedCount < 5 else { return }
        storedCount += 1
        self[storedCount - 1] = element
    }

    @inlinable
    public mutating func removeAll() { storedCount = 0 }

    /// Keeps the first `count` values.
    @inlinable
    public mutating func truncate(to count: Int) { storedCount = min(storedCount, max(0, count)) }

    @inlinable
    public subscript(index: Int) -> Element {
        get {
            switch index {
            case 0: first
            case 1: second
            case 2: third
            case 3: fourth
            default: fifth
            }
        }
        set {
            switch index {
            case 0: first = newValue
            case 1: second = newValue
            case 2: third = newValue
            case 3: fourth = newValue
            default: fifth = newValue
            }
        }
    }

    @inlinable
    public var array: [Element] {
        var elements: [Element] = []
        elements.reserveCapacity(storedCount)
        for index in 0..<storedCount { elements.append(self[index]) }
        return elements
    }
}

/// The source range of each operand.
package typealias OperandRanges = InlineFive<SourceRange>

/// The operands whose values name symbols.
package typealias SymbolicSlots = InlineFive<SymbolicSlot>

/// An operand whose value names a symbol: which operand, what the value does there, the value.
package struct SymbolicSlot: Sendable, Hashable {
    package var operand: Int
    package var role: OperandValueRole
    package var value: Value

    package init(operand: Int, role: OperandValueRole, value: Value) {
        self.operand = operand
        self.role = role
        self.value = value
    }
}

extension InlineFive where Element == SymbolicSlot {
    /// Some operands wait for a label, and each only in a displacement (`[rip + label]`,
    /// `[rbx + label]`): the bytes and where to patch them are all a fixup needs.
    var allDisplacements: Bool {
        guard count > 0 else { return false }
        for index in 0..<count where self[index].role != .ripTarget && self[index].role != .displacement { return false }
        return true
    }
}

/// An instruction as the parser hands it to the assembler: constants already in place,
/// the operands that name symbols listed separately, and where each part was written.
/// Reused from line to line, so parsing an instruction allocates nothing.
package struct InstructionLine: Sendable {
    package var instruction: Instruction
    package var mnemonicRange: SourceRange
    package var operandRanges: OperandRanges
    package var symbolic: SymbolicSlots
    /// The source wrote `short` or `near`: the branch width is not the assembler's to choose.
    package var explicitBranchWidth: Bool
    /// Whether a value computed from labels but known before layout (`len = . - msg`) is used
    /// as a number, choosing the shortest form (NASM), or kept as an address resolved after
    /// layout in the widest field (llvm-mc and GNU as).
    package var foldsLabelArithmetic: Bool

    package init(mnemonic: Mnemonic) {
        instruction = Instruction(mnemonic, OperandList())
        mnemonicRange = .at(0)
        operandRanges = OperandRanges(filler: .at(0))
        symbolic = SymbolicSlots(filler: SymbolicSlot(operand: 0, role: .immediate, value: Value(constant: 0)))
        explicitBranchWidth = false
        foldsLabelArithmetic = true
    }

    /// Makes the line an instruction of `mnemonic` with nothing else, ready to be filled again.
    @inlinable
    package mutating func reset(mnemonic: Mnemonic) {
        instruction.reset(mnemonic: mnemonic)
        mnemonicRange = .at(0)
        operandRanges.removeAll()
        symbolic.removeAll()
        explicitBranchWidth = false
        foldsLabelArithmetic = true
    }

    /// The range of operand `index`, or of the mnemonic when there is no such operand.
    package func range(ofOperand index: Int) -> SourceRange {
        index < operandRanges.count ? operandRanges[index] : mnemonicRange
    }

    /// The mnemonic and every operand.
    package var wholeRange: SourceRange {
        var range = mnemonicRange
        for i in 0..<operandRanges.count { range = range.union(operandRanges[i]) }
        return range
    }
}
