/// Up to five operands stored inline (five only for XOP's `vpermil2ps`/`vpermil2pd`), so building an instruction never allocates.
public struct OperandList: Sendable, Hashable, RandomAccessCollection, ExpressibleByArrayLiteral {
    public static let capacity = 5

    // Visible to inlined code: a parser appends operands from another module, and a call for
    // each cost as much as the switch it makes.
    @usableFromInline var first: Operand = .imm(0)
    @usableFromInline var second: Operand = .imm(0)
    @usableFromInline var third: Operand = .imm(0)
    @usableFromInline var fourth: Operand = .imm(0)
    @usableFromInline var fifth: Operand = .imm(0)
    @usableFromInline var storedCount = 0

    @inlinable
    public var count: Int { storedCount }

    public init() {}

    public init(arrayLiteral elements: Operand...) {
        for element in elements { append(element) }
    }

    public init<S: Sequence>(_ elements: S) where S.Element == Operand {
        for element in elements { append(element) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// Adds an operand; callers check ``isFull`` first (the parser reports too many operands).
    @inlinable
    public mutating func append(_ operand: Operand) {
        precondition(storedCount < OperandList.capacity, "too many operands")
        storedCount += 1
        self[storedCount - 1] = operand
    }

    public var isFull: Bool { count == OperandList.capacity }

    /// Empties the list without writing its places (a parser refills one list line after line).
    @usableFromInline
    package mutating func removeAll() { storedCount = 0 }

    @inlinable
    public subscript(position: Int) -> Operand {
        get {
            switch position {
            case 0: first
            case 1: second
            case 2: third
            case 3: fourth
            default: fifth
            }
        }
        set {
            switch position {
            case 0: first = newValue
            case 1: second = newValue
            case 2: third = newValue
            case 3: fourth = newValue
            default: fifth = newValue
            }
        }
    }

    public static func == (lhs: OperandList, rhs: OperandList) -> Bool {
        lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        for operand in self { hasher.combine(operand) }
    }
}
