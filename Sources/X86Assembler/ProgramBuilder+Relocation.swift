import Diagnostics
import ObjectFile
import X86

/// A value as an object file sees it: an offset from a section or a symbol, perhaps less a
/// place (which makes it PC-relative), or a plain number.
struct RelocatableValue {
    enum Base {
        /// A local label, which GNU as writes against its section's symbol; `label` is the
        /// label itself, kept when the relocation must name it.
        case section(Int32, label: SymbolID?)
        /// A global, weak or undefined symbol; `place` is where it is defined here, if anywhere.
        case symbol(SymbolID, place: (section: Int32, offset: Int64)?)
    }

    var base: Base?
    /// The section offset (section base) or the addend (symbol base), or the whole number.
    var offset: Int64
    /// A place subtracted from the value: `(section, offset)`.
    var minus: (section: Int32, offset: Int64)?
    var modifier: RelocationModifier?

    static func number(_ value: Int64) -> RelocatableValue { RelocatableValue(base: nil, offset: value) }

    /// Where the value lies, when it is a place defined here.
    var place: (section: Int32, offset: Int64)? {
        switch base {
        case .section(let section, _): (section, offset)
        case .symbol(_, let place?): (place.section, place.offset &+ offset)
        default: nil
        }
    }
}

/// Why a value cannot go into an object file's relocation.
enum RelocationFailure: Error {
    case evaluation(EvaluationFailure)
    case notRelocatable(SourceRange)
}

extension ProgramBuilder {
    // MARK: Symbols for the linker

    /// The symbol `name@MODIFIER` stands for (`printf@PLT`): the base symbol read through the
    /// modifier. In a flat binary, `@PLT` is the symbol itself and the others are errors.
    package mutating func modifiedSymbol(_ base: SymbolID, _ modifier: RelocationModifier) -> SymbolID {
        let key = Int64(base.index) << 8 | Int64(modifier.rawValue)
        if let existing = object.modifiedIDs[key] { return existing }
        let id = symbols.makeAnonymous(displayName: "\(symbols.name(of: base))@\(modifier.spelling)")
        object.modifiedIDs[key] = id
        object.modified[id.index] = (base, modifier)
        if modifier == .plt {
            symbols.define(id, as: .expression(Value(symbol: base, range: .at(0))), line: 0)
        }
        return id
    }

    /// True when `id` is global or weak (by `.globl`, `.weak` or `extern`), or never defined.
    func isExternallyVisible(_ id: SymbolID) -> Bool {
        if binding(of: id) != .local { return true }
        if isIndirectFunction(id) { return true }
        switch symbols[id] {
        case .undefined, .external: return true
        default: return false
        }
    }

    func isWeak(_ id: SymbolID) -> Bool { binding(of: id) == .weak }

    /// `.type sym, @gnu_indirect_function`: reached through the PLT even from its own file.
    func isIndirectFunction(_ id: SymbolID) -> Bool {
        !object.symbolAttributes.isEmpty && object.symbolAttributes[id.index]?.kind == .indirectFunction
    }

    /// The binding `.globl`/`.weak`/`.local` gave `id` (local by default): from the table
    /// ``prepareBindings()`` made once parsing is done, so layout looks up no dictionary.
    @inline(__always)
    func binding(of id: SymbolID) -> ObjectSymbol.Binding {
        let index = Int(id.index)
        if index < object.bindings.count { return object.bindings[index] }
        return object.symbolAttributes[id.index]?.binding ?? .local
    }

    /// Fills the table of bindings by symbol number, for layout and relocations.
    mutating func prepareBindings() {
        var table = [ObjectSymbol.Binding](repeating: .local, count: symbols.count)
        for (index, attributes) in object.symbolAttributes where Int(index) < table.count {
            table[Int(index)] = attributes.binding
        }
        object.bindings = table
    }

    // MARK: Evaluation

    /// `value` as an offset from a section or symbol, after layout (sections start at 0).
    func relocatable(_ value: Value) throws(RelocationFailure) -> RelocatableValue {
        var result: RelocatableValue
        if value.expression >= 0 {
            result = try relocatable(node: value.expression, depth: 0)
        } else if value.symbol >= 0 {
            result = try relocatable(symbol: SymbolID(value.symbol), range: value.range, depth: 0)
        } else {
            return .number(value.constant)
        }
        result.offset &+= value.constant
        return result
    }

    private func relocatable(symbol: SymbolID, range: SourceRange, depth: Int) throws(RelocationFailure) -> RelocatableValue {
        // Asked for every branch in every layout pass: no hashing when nothing is modified.
        if !object.modified.isEmpty, let modified = object.modified[symbol.index] {
            // The size of a local symbol is known here.
            if modified.modifier == .size, !isExternallyVisible(modified.base),
               let size = object.symbolAttributes[modified.base.index]?.size, let number = try? evaluate(size) {
                return .number(number)
            }
            var inner = try relocatable(symbol: modified.base, range: range, depth: depth + 1)
            inner.modifier = modified.modifier
            return inner
        }
        let definition = symbols[symbol]
        if isExternallyVisible(symbol) {
            var place: (section: Int32, offset: Int64)?
            if case .label(let section, let position, let fragment) = definition {
                place = (section, sections[Int(section)].offset(position: position, fragment: fragment))
            }
            return RelocatableValue(base: .symbol(symbol, place: place), offset: 0)
        }
        switch definition {
        case .label(let section, let position, let fragment):
            let offset = sections[Int(section)].offset(position: position, fragment: fragment)
            return RelocatableValue(base: .section(section, label: symbols.isNamed(symbol) ? symbol : nil), offset: offset)
        case .constant(let number):
            return .number(number)
        case .expression(let value):
            guard depth < 64 else { throw .evaluation(.circular(symbol, range)) }
            var inner: RelocatableValue
            if value.expression >= 0 {
                inner = try relocatable(node: value.expression, depth: depth + 1)
            } else if value.symbol >= 0 {
                inner = try relocatable(symbol: SymbolID(value.symbol), range: range, depth: depth + 1)
            } else {
                inner = .number(0)
            }
            inner.offset &+= value.constant
            // A local alias of a label (`.set f.localalias, f`, `.set .LC24, .LC13`) is a local
            // label of its own at that place, even when the label it names is global.
            let alias = symbols.isNamed(symbol) ? symbol : nil
            switch inner.base {
            case .section(let section, _):
                inner.base = .section(section, label: alias)
            case .symbol(_, let place?) where inner.modifier == nil:
                inner.base = .section(place.section, label: alias)
                inner.offset &+= place.offset
            default:
                break
            }
            return inner
        case .undefined, .external:
            return RelocatableValue(base: .symbol(symbol, place: nil), offset: 0)
        }
    }

    private func relocatable(node index: Int32, depth: Int) throws(RelocationFailure) -> RelocatableValue {
        let node = expressions[index]
        switch node.operation {
        case .number:
            return .number(node.value)
        case .symbol:
            return try relocatable(
                symbol: SymbolID(Int32(truncatingIfNeeded: node.value)), range: SourceRange(start: Int(node.left), end: Int(node.right)),
                depth: depth)
        case .negate, .complement, .logicalNot:
            let operand = try relocatable(node: node.left, depth: depth)
            guard operand.base == nil, operand.minus == nil else { throw .notRelocatable(symbolRange(ofNode: index)) }
            return .number(node.operation.apply(operand.offset))
        case .add:
            var left = try relocatable(node: node.left, depth: depth)
            let right = try relocatable(node: node.right, depth: depth)
            if left.base == nil, left.minus == nil {
                var sum = right
                sum.offset &+= left.offset
                return sum
            }
            guard right.base == nil, right.minus == nil else { throw .notRelocatable(symbolRange(ofNode: index)) }
            left.offset &+= right.offset
            return left
        case .subtract:
            var left = try relocatable(node: node.left, depth: depth)
            let right = try relocatable(node: node.right, depth: depth)
            if right.base == nil, right.minus == nil {
                left.offset &-= right.offset
                return left
            }
            guard right.minus == nil, left.minus == nil, let subtracted = right.place else {
                throw .notRelocatable(symbolRange(ofNode: index))
            }
            if let place = left.place, place.section == subtracted.section, !isWeakBase(left) {
                return .number(place.offset &- subtracted.offset)
            }
            guard left.base != nil else { throw .notRelocatable(symbolRange(ofNode: index)) }
            left.minus = subtracted
            return left
        default:
            let left = try relocatable(node: node.left, depth: depth)
            let right = try relocatable(node: node.right, depth: depth)
            guard left.base == nil, right.base == nil, left.minus == nil, right.minus == nil,
                  let result = node.operation.apply(left.offset, right.offset)
            else { throw .notRelocatable(symbolRange(ofNode: index)) }
            return .number(result)
        }
    }

    /// Where the symbols of an expression were written (numbers have no place to show).
    private func symbolRange(ofNode index: Int32) -> SourceRange {
        let node = expressions[index]
        switch node.operation {
        case .symbol: return SourceRange(start: Int(node.left), end: Int(node.right))
        case .number: return .at(0)
        case .negate, .complement, .logicalNot: return symbolRange(ofNode: node.left)
        default:
            let left = symbolRange(ofNode: node.left)
            let right = symbolRange(ofNode: node.right)
            if left.end <= left.start { return right }
            if right.end <= right.start { return left }
            return left.union(right)
        }
    }

    // MARK: Relocations

    /// The relocation for a field of `size` bytes at `fieldOffset` in section `section` that
    /// holds `value`; nil when the value is a number, written into the field as usual.
    ///
    /// `pcAdjust` is how far the end of the instruction lies beyond the field (a RIP-relative
    /// displacement counts from there); `role` says what the field is, which decides between
    /// `R_X86_64_32` and `R_X86_64_32S` as GNU as does.
    func relocation(
        for value: RelocatableValue, section: Int32, fieldOffset: Int64, size: Int, role: RelocatedField,
        pcAdjust: Int64, instructionStart: Int64, range: SourceRange
    ) throws(RelocationFailure) -> PendingRelocation? {
        guard let base = value.base else {
            guard value.minus == nil else { throw .notRelocatable(range) }
            return nil
        }
        typealias R = ELF.RelocationType
        var addend = value.offset
        var pcRelative = false
        if role == .ripDisplacement {
            pcRelative = true
            addend &-= pcAdjust
        }
        if let minus = value.minus {
            guard minus.section == section, !pcRelative else { throw .notRelocatable(range) }
            pcRelative = true
            addend &+= fieldOffset &- minus.offset
        }
        let type: UInt32
        if let modifier = value.modifier {
            switch (modifier, role, size) {
            case (.gotpcrel, .ripDisplacement, 4):
                type = gotRelaxableType(section: section, instructionStart: instructionStart, fieldOffset: fieldOffset)
            case (.gotpcrel, _, 4) where pcRelative: type = R.gotpcrel
            case (.plt, _, 4) where pcRelative: type = R.plt32
            case (.plt, _, _) where !pcRelative: type = absoluteType(size: size, role: role)
            case (.gottpoff, .ripDisplacement, 4): type = R.gottpoff
            case (.tlsgd, .ripDisplacement, 4): type = R.tlsgd
            case (.tlsld, .ripDisplacement, 4): type = R.tlsld
            case (.tpoff, _, 4) where !pcRelative, (.ntpoff, _, 4) where !pcRelative: type = R.tpoff32
            case (.tpoff, .data, 8): type = R.tpoff64
            case (.dtpoff, _, 4) where !pcRelative: type = R.dtpoff32
            case (.dtpoff, .data, 8): type = R.dtpoff64
            case (.gotoff, .data, 8): type = R.gotoff64
            case (.got, _, 4) where !pcRelative: type = R.got32
            case (.size, _, 4) where !pcRelative: type = R.size32
            case (.size, _, 8) where !pcRelative: type = R.size64
            default: throw .notRelocatable(range)
            }
        } else if pcRelative {
            switch size {
            case 8: type = R.pc64
            case 4: type = R.pc32
            case 2: type = R.pc16
            case 1: type = R.pc8
            default: throw .notRelocatable(range)
            }
        } else {
            type = absoluteType(size: size, role: role)
            guard type != 0 else { throw .notRelocatable(range) }
        }
        let target: PendingRelocation.Target
        switch base {
        case .symbol(let id, _):
            target = .symbol(id)
        case .section(let index, let label):
            if let label, keepsLabel(label, section: index, modifier: value.modifier,
                                     addend: pcRelative ? 1 : addend &- labelOffset(label)) {
                target = .symbol(label)
                addend &-= labelOffset(label)
            } else {
                target = .section(index)
            }
        }
        return PendingRelocation(offset: fieldOffset, type: type, target: target, addend: addend)
    }

    private func labelOffset(_ label: SymbolID) -> Int64 {
        switch symbols[label] {
        case .label(let section, let position, let fragment):
            return sections[Int(section)].offset(position: position, fragment: fragment)
        case .expression:
            // An alias: where the value it names lies.
            return (try? relocatable(Value(symbol: label, range: .at(0))))?.place?.offset ?? 0
        default:
            return 0
        }
    }

    /// GNU as names a local label rather than its section for GOT and TLS relocations, and
    /// in a mergeable section whenever the addend is not 0 or the reference is PC-relative
    /// (the linker may move the strings). A PC-relative caller passes a nonzero `addend`.
    private func keepsLabel(_ label: SymbolID, section: Int32, modifier: RelocationModifier?, addend: Int64) -> Bool {
        if let modifier, modifier != .plt { return true }
        let flags = object.sectionAttributes[Int(section)]?.flags ?? 0
        return flags & ELF.SectionFlag.merge != 0 && addend != 0
    }

    private func absoluteType(size: Int, role: RelocatedField) -> UInt32 {
        typealias R = ELF.RelocationType
        switch (size, role) {
        case (8, _): return R.r64
        case (4, .signedImmediate), (4, .displacement): return R.r32S
        case (4, _): return R.r32
        case (2, _): return R.r16
        case (1, _): return R.r8
        default: return 0
        }
    }

    /// `R_X86_64_(REX_)GOTPCRELX` for the instructions a linker may relax (`mov`, `call`,
    /// `jmp`, `test` and the binary operations on a register), plain `GOTPCREL` otherwise.
    private func gotRelaxableType(section: Int32, instructionStart: Int64, fieldOffset: Int64) -> UInt32 {
        typealias R = ELF.RelocationType
        let bytes = sections[Int(section)].bytes
        let modrm = Int(fieldOffset) - 1
        let opcode = modrm - 1
        guard opcode >= Int(instructionStart), opcode < bytes.count else { return R.gotpcrel }
        let relaxable: Set<UInt8> = [0x8B, 0xFF, 0x85, 0x03, 0x13, 0x23, 0x2B, 0x33, 0x3B, 0x0B]
        guard relaxable.contains(bytes[opcode]) else { return R.gotpcrel }
        if bytes[opcode] == 0xFF {
            let reg = (bytes[modrm] >> 3) & 7
            guard reg == 2 || reg == 4 else { return R.gotpcrel }
        }
        let hasREX = opcode - 1 >= Int(instructionStart) && bytes[opcode - 1] & 0xF0 == 0x40
        return hasREX ? R.rexGotpcrelx : R.gotpcrelx
    }
}

/// What kind of field a relocation fills, which decides its type.
enum RelocatedField {
    case data
    /// A displacement with or without a base register, absolute.
    case displacement
    case ripDisplacement
    /// An immediate the processor sign-extends.
    case signedImmediate
    case unsignedImmediate
}
