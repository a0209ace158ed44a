/// Up to five operands stored inline (five only for XOP's `vpermil2ps`/`vpermil2pd`), so building an instruction never allocates.
public struct OperandList: Sendable, Hashable, RandomAccessCollection, ExpressibleByArrayLiteral {
    public static let capacity = 5

    // Visible to inlined code: a parser appends operands from another module, and a call for
    // each cost as much as the switch it makes.
    @usableFromInline var places: (Operand, Operand, Operand, Operand, Operand) = (.imm(0), .imm(0), .imm(0), .imm(0), .imm(0))
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
        let place = storedCount
        storedCount += 1
        // By address rather than by the subscript's switch: which place comes next depends on
        // the line, and a jump the processor guesses wrong costs more than the store.
        withUnsafeMutablePointer(to: &places) { places in
            places.withMemoryRebound(to: Operand.self, capacity: OperandList.capacity) { $0[place] = operand }
        }
    }

    public var isFull: Bool { count == OperandList.capacity }

    /// Empties the list without writing its places (a parser refills one list line after line).
    @usableFromInline
    package mutating func removeAll() { storedCount = 0 }

    @inlinable
    public subscript(position: Int) -> Operand {
        get {
            switch position {
            case 0: places.0
            case 1: places.1
            case 2: places.2
            case 3: places.3
            default: places.4
            }
        }
        set {
            switch position {
            case 0: places.0 = newValue
            case 1: places.1 = newValue
            case 2: places.2 = newValue
            case 3: places.3 = newValue
            default: places.4 = newValue
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
