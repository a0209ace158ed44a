import Diagnostics

/// The view of the last line row of one code section, and where that row is.
struct RowView {
    var place: Place
    var view: Value
}

extension ProgramBuilder {
    /// The view number of a row at `place` in its section, as GNU as 2.40 defines it: 0 for the
    /// section's first row or a `view 0`/`-0`, else one more than the row before it in the same
    /// section when both end at one address and 0 when not. The addresses are final ones, so
    /// where only alignments lie between the two rows the number is an expression that layout
    /// settles (`!(here - there) * (previous + 1)`, GNU as's own); elsewhere it is known at once.
    mutating func lineRowView(at place: Place, isZero: Bool) -> Value {
        let previous = object.rowViews[place.section]
        let view = isZero ? Value(constant: 0) : previous.map { successorView(of: $0, at: place) } ?? Value(constant: 0)
        object.rowViews[place.section] = RowView(place: place, view: view)
        return view
    }

    private mutating func successorView(of previous: RowView, at place: Place) -> Value {
        // Fixed bytes between the rows, or a fragment that always has some (an instruction,
        // a LEB128), move the address.
        guard previous.place.position == place.position else { return Value(constant: 0) }
        if previous.place.fragment == place.fragment { return next(previous.view) }
        for fragment in sections[Int(place.section)].fragments[Int(previous.place.fragment)..<Int(place.fragment)] {
            switch fragment.kind {
            case .branch, .relaxable, .leb128: return Value(constant: 0)
            case .align, .repeated: continue
            }
        }
        let here = anonymousLabel(at: place)
        let there = anonymousLabel(at: previous.place)
        let distance = expressions.append(ExpressionNode(operation: .subtract, left: here, right: there, value: 0))
        let same = expressions.append(ExpressionNode(operation: .logicalNot, left: distance, right: 0, value: 0))
        let successor = expressions.node(for: next(previous.view))
        let product = expressions.append(ExpressionNode(operation: .multiply, left: same, right: successor, value: 0))
        let id = symbols.makeAnonymous(displayName: "view")
        symbols.define(id, as: .expression(Value(expression: product, range: .at(0))), line: Int(line))
        return Value(symbol: id, range: .at(0))
    }

    private func next(_ view: Value) -> Value {
        var view = view
        view.constant &+= 1
        return view
    }

    /// An expression node naming a new symbol with no name at `place`.
    private mutating func anonymousLabel(at place: Place) -> Int32 {
        let id = symbols.makeAnonymous(displayName: "view")
        symbols.define(id, as: .label(section: place.section, position: place.position, fragment: place.fragment), line: Int(line))
        return expressions.node(for: Value(symbol: id, range: .at(0)))
    }

    /// The view of the row the last `.loc` made, for its `view` symbol: a number when it is
    /// known now, else what layout settles. A `.loc` that made no row (outside code) has view 0.
    package mutating func takeLocationView() -> Value {
        defer { object.lastRowView = nil }
        return object.lastRowView ?? Value(constant: 0)
    }
}
