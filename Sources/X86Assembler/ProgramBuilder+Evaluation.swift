import X86
import Diagnostics

/// Why a value has no number.
enum EvaluationFailure: Error {
    case undefined(SymbolID, SourceRange)
    case external(SymbolID, SourceRange)
    case divisionByZero(SourceRange)
    case circular(SymbolID, SourceRange)
    /// A failure inside the definition of `symbol`, reported where `symbol` is used.
    indirect case within(EvaluationFailure, symbol: SymbolID, range: SourceRange)

    func seen(through symbol: SymbolID, at range: SourceRange) -> EvaluationFailure {
        if case .circular = self { return .circular(symbol, range) }
        return .within(self, symbol: symbol, range: range)
    }
}

/// A value while parsing: a number, or a place whose address layout will decide.
enum FoldedValue {
    case number(Int64)
    case place(Place, addend: Int64)
}

extension ProgramBuilder {
    // MARK: While parsing

    /// The value of `value` if it is known before layout: numbers, constants defined above,
    /// and differences of two labels with nothing of variable size between them.
    package func resolveNow(_ value: Value) -> Int64? {
        if value.isConstant { return value.constant }
        if case .number(let number)? = fold(value) { return number }
        return nil
    }

    /// ``resolveNow(_:)`` for the builder's own mutating methods: a plain number is taken
    /// without the call, to which the compiler passed a copy of the whole builder (every field
    /// retained and released again) for each `.byte` or `.uleb128` of a compiler's debugging
    /// information.
    @inline(__always)
    mutating func resolvedNow(_ value: Value) -> Int64? {
        value.isConstant ? value.constant : resolveNow(value)
    }

    /// True when the symbol's value is a number already (`N equ 5` above this line).
    package func isConstantNow(_ id: SymbolID) -> Bool {
        if case .constant = symbols[id] { return true }
        return false
    }

    /// True when `value` involves a label, directly or through a constant computed from labels.
    package func mentionsLabels(_ value: Value) -> Bool {
        if value.symbol >= 0 { return mentionsLabels(symbol: SymbolID(value.symbol)) }
        if value.expression >= 0 { return mentionsLabels(node: value.expression) }
        return false
    }

    private func mentionsLabels(symbol: SymbolID) -> Bool {
        switch symbols[symbol] {
        case .constant: labelDerived.contains(symbol.index)
        default: true
        }
    }

    private func mentionsLabels(node index: Int32) -> Bool {
        let node = expressions[index]
        switch node.operation {
        case .number: return false
        case .symbol: return mentionsLabels(symbol: SymbolID(Int32(truncatingIfNeeded: node.value)))
        case .negate, .complement, .logicalNot: return mentionsLabels(node: node.left)
        default: return mentionsLabels(node: node.left) || mentionsLabels(node: node.right)
        }
    }

    func fold(_ value: Value) -> FoldedValue? {
        if value.expression >= 0 {
            guard let inner = fold(node: value.expression, depth: 0) else { return nil }
            return add(inner, value.constant)
        }
        if value.symbol >= 0 {
            guard let inner = fold(symbol: SymbolID(value.symbol), depth: 0) else { return nil }
            return add(inner, value.constant)
        }
        return .number(value.constant)
    }

    private func add(_ value: FoldedValue, _ addend: Int64) -> FoldedValue {
        switch value {
        case .number(let number): .number(number &+ addend)
        case .place(let place, let inner): .place(place, addend: inner &+ addend)
        }
    }

    private func fold(symbol: SymbolID, depth: Int) -> FoldedValue? {
        switch symbols[symbol] {
        case .constant(let number): return .number(number)
        case .label(let section, let position, let fragment):
            return .place(Place(section: section, position: position, fragment: fragment), addend: 0)
        case .expression(let value):
            guard depth < 64 else { return nil }
            if value.expression >= 0 {
                guard let inner = fold(node: value.expression, depth: depth + 1) else { return nil }
                return add(inner, value.constant)
            }
            if value.symbol >= 0 {
                guard let inner = fold(symbol: SymbolID(value.symbol), depth: depth + 1) else { return nil }
                return add(inner, value.constant)
            }
            return .number(value.constant)
        case .undefined, .external:
            return nil
        }
    }

    private func fold(node index: Int32, depth: Int) -> FoldedValue? {
        let node = expressions[index]
        switch node.operation {
        case .number:
            return .number(node.value)
        case .symbol:
            return fold(symbol: SymbolID(Int32(truncatingIfNeeded: node.value)), depth: depth)
        case .negate, .complement, .logicalNot:
            guard case .number(let operand)? = fold(node: node.left, depth: depth) else { return nil }
            return .number(node.operation.apply(operand))
        default:
            guard let left = fold(node: node.left, depth: depth), let right = fold(node: node.right, depth: depth) else {
                return nil
            }
            switch (left, right) {
            case (.number(let a), .number(let b)):
                guard let result = node.operation.apply(a, b) else { return nil }
                return .number(result)
            case (.place(let place, let addend), .number(let b)) where node.operation == .add:
                return .place(place, addend: addend &+ b)
            case (.place(let place, let addend), .number(let b)) where node.operation == .subtract:
                return .place(place, addend: addend &- b)
            case (.number(let a), .place(let place, let addend)) where node.operation == .add:
                return .place(place, addend: addend &+ a)
            case (.place(let a, let addendA), .place(let b, let addendB)) where node.operation == .subtract:
                // Nothing of variable size between the two: the distance is known now.
                guard a.section == b.section, a.fragment == b.fragment else { return nil }
                return .number(Int64(a.position) - Int64(b.position) &+ addendA &- addendB)
            default:
                return nil
            }
        }
    }

    /// True when `value` is an address (a label plus or minus a number) rather than a
    /// number (numbers, differences of labels): what an object file would relocate.
    func isAddress(_ value: Value) -> Bool {
        if value.expression >= 0 { return isAddress(node: value.expression, depth: 0) }
        if value.symbol >= 0 { return isAddress(symbol: SymbolID(value.symbol), depth: 0) }
        return false
    }

    private func isAddress(symbol: SymbolID, depth: Int) -> Bool {
        switch symbols[symbol] {
        case .constant: return false
        case .expression(let value):
            guard depth < 64 else { return true }
            if value.expression >= 0 { return isAddress(node: value.expression, depth: depth + 1) }
            if value.symbol >= 0 { return isAddress(symbol: SymbolID(value.symbol), depth: depth + 1) }
            return false
        default: return true
        }
    }

    private func isAddress(node index: Int32, depth: Int) -> Bool {
        let node = expressions[index]
        switch node.operation {
        case .number: return false
        case .symbol: return isAddress(symbol: SymbolID(Int32(truncatingIfNeeded: node.value)), depth: depth)
        case .subtract:
            let left = isAddress(node: node.left, depth: depth)
            let right = isAddress(node: node.right, depth: depth)
            return left != right || left && right == false
        case .negate, .complement, .logicalNot: return isAddress(node: node.left, depth: depth)
        default: return isAddress(node: node.left, depth: depth) || isAddress(node: node.right, depth: depth)
        }
    }

    // MARK: After layout

    /// The address of a place once layout has run.
    func address(of place: Place) -> Int64 {
        // Field by field: copying the section would retain all of its arrays.
        let index = Int(place.section)
        let address = sections[index].base &+ Int64(place.position) &+ Int64(sections[index].shift[Int(place.fragment)])
        if let relaxation, relaxation.section == place.section, place.fragment > relaxation.fragment {
            return address &+ relaxation.delta
        }
        return address
    }

    /// The value of `value` with every label at its address.
    func evaluate(_ value: Value) throws(EvaluationFailure) -> Int64 {
        if value.expression >= 0 { return try evaluate(node: value.expression, depth: 0) &+ value.constant }
        if value.symbol >= 0 { return try evaluate(symbol: SymbolID(value.symbol), range: value.range, depth: 0) &+ value.constant }
        return value.constant
    }

    func evaluate(symbol: SymbolID, range: SourceRange, depth: Int,
                  known: [Int32: Int64]? = nil) throws(EvaluationFailure) -> Int64 {
        switch symbols[symbol] {
        case .label(let section, let position, let fragment):
            return address(of: Place(section: section, position: position, fragment: fragment))
        case .constant(let number):
            return number
        case .expression(let value):
            if let number = known?[symbol.index] { return number }
            // Short chains recurse; a long one is resolved bottom-up, without a limit on its length.
            guard depth < 64 else { return try evaluateChain(from: symbol, range: range) }
            do {
                if value.expression >= 0 {
                    return try evaluate(node: value.expression, depth: depth + 1, known: known) &+ value.constant
                }
                if value.symbol >= 0 {
                    return try evaluate(symbol: SymbolID(value.symbol), range: range, depth: depth + 1, known: known)
                        &+ value.constant
                }
                return value.constant
            } catch {
                // Point at the use, which is on the line being reported, and name the definition.
                throw error.seen(through: symbol, at: range)
            }
        case .undefined:
            throw .undefined(symbol, range)
        case .external:
            throw .external(symbol, range)
        }
    }

    /// A chain of constants defined in terms of one another, evaluated with an explicit stack:
    /// each symbol once its dependencies are known. A dependency that is still on the stack
    /// is a true cycle.
    private func evaluateChain(from start: SymbolID, range: SourceRange) throws(EvaluationFailure) -> Int64 {
        var known: [Int32: Int64] = [:]
        var onPath: Set<Int32> = []
        var stack: [SymbolID] = [start]
        while let symbol = stack.last {
            guard case .expression(let value) = symbols[symbol], known[symbol.index] == nil else {
                stack.removeLast()
                continue
            }
            if let next = unknownDependency(of: value, known: known) {
                if onPath.contains(next.index) || next == symbol { throw .circular(start, range) }
                onPath.insert(symbol.index)
                stack.append(next)
                continue
            }
            if value.expression >= 0 {
                known[symbol.index] = try evaluate(node: value.expression, depth: 0, known: known) &+ value.constant
            } else if value.symbol >= 0 {
                known[symbol.index] = try evaluate(symbol: SymbolID(value.symbol), range: range, depth: 0, known: known)
                    &+ value.constant
            } else {
                known[symbol.index] = value.constant
            }
            onPath.remove(symbol.index)
            stack.removeLast()
        }
        return known[start.index] ?? 0
    }

    /// The first symbol defined by an expression that `value` refers to and whose value is not
    /// in `known` yet.
    private func unknownDependency(of value: Value, known: [Int32: Int64]) -> SymbolID? {
        func pending(_ symbol: SymbolID) -> Bool {
            if case .expression = symbols[symbol] { return known[symbol.index] == nil }
            return false
        }
        if value.symbol >= 0 {
            let symbol = SymbolID(value.symbol)
            return pending(symbol) ? symbol : nil
        }
        guard value.expression >= 0 else { return nil }
        var nodes = [value.expression]
        while let index = nodes.popLast() {
            let node = expressions[index]
            switch node.operation {
            case .number:
                continue
            case .symbol:
                let symbol = SymbolID(Int32(truncatingIfNeeded: node.value))
                if pending(symbol) { return symbol }
            case .negate, .complement, .logicalNot:
                nodes.append(node.left)
            default:
                nodes.append(node.left)
                nodes.append(node.right)
            }
        }
        return nil
    }

    private func evaluate(node index: Int32, depth: Int, known: [Int32: Int64]? = nil) throws(EvaluationFailure) -> Int64 {
        let node = expressions[index]
        switch node.operation {
        case .number:
            return node.value
        case .symbol:
            let range = SourceRange(start: Int(node.left), end: Int(node.right))
            return try evaluate(symbol: SymbolID(Int32(truncatingIfNeeded: node.value)), range: range, depth: depth,
                                known: known)
        case .negate, .complement, .logicalNot:
            return node.operation.apply(try evaluate(node: node.left, depth: depth, known: known))
        default:
            let left = try evaluate(node: node.left, depth: depth, known: known)
            let right = try evaluate(node: node.right, depth: depth, known: known)
            guard let result = node.operation.apply(left, right) else {
                throw .divisionByZero(range(ofNode: index))
            }
            return result
        }
    }

    /// Where an expression node was written, as far as its symbols tell.
    func range(ofNode index: Int32) -> SourceRange {
        let node = expressions[index]
        switch node.operation {
        case .symbol: return SourceRange(start: Int(node.left), end: Int(node.right))
        case .number: return .at(0)
        case .negate, .complement, .logicalNot: return range(ofNode: node.left)
        default: return range(ofNode: node.left).union(range(ofNode: node.right))
        }
    }

    /// Reports why a value could not be evaluated.
    mutating func report(_ failure: EvaluationFailure, fallback: SourceRange, line: Int32, statement: Int32) {
        let (message, range, kind) = describe(failure)
        report(message, at: usable(range, fallback), line: line, statement: statement, kind: kind)
    }

    private func describe(_ failure: EvaluationFailure) -> (String, SourceRange, AssemblyDiagnostic.Kind) {
        switch failure {
        case .undefined(let symbol, let range) where object.modified[symbol.index] != nil:
            return ("'\(symbols.name(of: symbol))' is for the linker: assemble an object file (jitter asm -f elf64)", range, .other)
        case .within(.undefined(let base, _), let symbol, let range) where object.modified[symbol.index] != nil:
            return ("undefined symbol '\(symbols.name(of: base))' ('\(symbols.name(of: symbol))' needs a linker to resolve it: "
                    + "assemble an object file with -f elf64)", range, .undefinedSymbol(symbols.name(of: base)))
        case .undefined(let symbol, let range):
            let name = symbols.name(of: symbol)
            var message = "undefined symbol '\(name)'"
            if let register = NameSuggestion.closest(to: name, among: NameSuggestion.registers) {
                message += "; did you mean the register '\(register)'?"
            }
            return (message, range, .undefinedSymbol(name))
        case .external(let symbol, let range):
            return ("'\(symbols.name(of: symbol))' is external: nothing links it here, so it has no address "
                    + "(jitter asm -f elf64 writes an object a linker completes)", range, .other)
        case .divisionByZero(let range):
            return ("division by zero", range, .other)
        case .circular(let symbol, let range):
            return ("symbol '\(symbols.name(of: symbol))' is defined in terms of itself", range, .other)
        case .within(let inner, let symbol, let range):
            let (message, _, kind) = describe(inner)
            let line = symbols.definitionLines[Int(symbol.index)]
            return ("\(message) (in the definition of '\(symbols.name(of: symbol))' on line \(line))", range, kind)
        }
    }

    private func usable(_ range: SourceRange, _ fallback: SourceRange) -> SourceRange {
        range.end > range.start ? range : fallback
    }
}
