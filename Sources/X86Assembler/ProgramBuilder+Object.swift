import Diagnostics
import ObjectFile

extension ProgramBuilder {
    // MARK: Symbols

    /// `.globl`, `.weak`, `.local` (and NASM's `global`): how the linker sees `id`.
    package mutating func setBinding(_ id: SymbolID, _ binding: ObjectSymbol.Binding) {
        // `.globl` after `.weak` leaves the symbol weak, as in GNU as.
        if binding == .global, object.symbolAttributes[id.index]?.binding == .weak { return }
        object.symbolAttributes[id.index, default: SymbolAttributes()].binding = binding
        object.symbolAttributes[id.index, default: SymbolAttributes()].explicitBinding = true
    }

    /// `.hidden`, `.protected`, `.internal`.
    package mutating func setVisibility(_ id: SymbolID, _ visibility: ObjectSymbol.Visibility) {
        object.symbolAttributes[id.index, default: SymbolAttributes()].visibility = visibility
    }

    /// `.type sym, @function` and the like.
    package mutating func setSymbolKind(_ id: SymbolID, _ kind: ObjectSymbol.Kind) {
        // An indirect function stays one when a later `.type` calls it a function (as in GNU as).
        if kind == .function, object.symbolAttributes[id.index]?.kind == .indirectFunction { return }
        object.symbolAttributes[id.index, default: SymbolAttributes()].kind = kind
    }

    /// `.size sym, expression`, evaluated after layout.
    package mutating func setSymbolSize(_ id: SymbolID, _ size: Value) {
        object.symbolAttributes[id.index, default: SymbolAttributes()].size = size
    }

    /// True when `id` was declared `.local`.
    package func isDeclaredLocal(_ id: SymbolID) -> Bool {
        guard let attributes = object.symbolAttributes[id.index] else { return false }
        return attributes.explicitBinding && attributes.binding == .local
    }

    /// `.comm` in an object file: a tentative definition the linker allocates.
    package mutating func defineCommonSymbol(_ id: SymbolID, size: Int64, alignment: Int64, range: SourceRange) {
        switch symbols[id] {
        case .undefined, .external: break
        default:
            report("symbol '\(symbols.name(of: id))' is already defined", at: range)
            return
        }
        symbols.define(id, as: .external, line: Int(line))
        object.symbolAttributes[id.index, default: SymbolAttributes()].common = (size, max(1, alignment))
        if object.symbolAttributes[id.index]?.binding == .local {
            object.symbolAttributes[id.index]?.binding = .global
        }
        if object.symbolAttributes[id.index]?.kind == nil { object.symbolAttributes[id.index]?.kind = .object }
    }

    /// `.lcomm`, or `.local` then `.comm`, in an object: storage that GNU as places at the end
    /// of `.bss`, in order, once everything else is there.
    package mutating func deferLocalCommon(_ id: SymbolID, size: Int64, alignment: Int64, range: SourceRange) {
        guard case .undefined = symbols[id] else {
            report("symbol '\(symbols.name(of: id))' is already defined", at: range)
            return
        }
        object.localCommons.append((id, size, alignment, range))
    }

    /// Places the storage ``deferLocalCommon(_:size:alignment:range:)`` kept aside.
    mutating func allocateLocalCommons() {
        let commons = object.localCommons
        object.localCommons = []
        for common in commons {
            guard case .undefined = symbols[common.id] else {
                report("symbol '\(symbols.name(of: common.id))' is already defined", at: common.range)
                continue
            }
            defineCommon(common.id, size: common.size, alignment: common.alignment, range: common.range)
        }
    }

    /// `.symver name, name2@VERSION`: a defined symbol gets an alias of that name (which
    /// replaces it, with `@@@`); an undefined one is referred to by that name.
    package mutating func addSymbolVersion(_ id: SymbolID, _ versioned: String) {
        object.symbolVersions.append((id, versioned))
    }

    /// `.file "name"`.
    package mutating func setSourceName(_ name: String) {
        if object.sourceName == nil { object.sourceName = name }
    }

    // MARK: Sections

    /// Makes `name` the current section, giving it `attributes` (from `.section`'s flags).
    package mutating func switchSection(to name: String, attributes: SectionAttributes?) {
        switchSection(to: name)
        guard let attributes else { return }
        object.sectionAttributes[currentSection] = attributes
        if attributes.type == ELF.SectionType.nobits {
            sections[currentSection].kind = .uninitialized
        } else if attributes.flags & ELF.SectionFlag.execute != 0 {
            sections[currentSection].kind = .code
        } else if sections[currentSection].kind == .uninitialized || sections[currentSection].kind == .code {
            sections[currentSection].kind = .data
        }
    }

    /// The current section's name.
    package var currentSectionName: String { sections[currentSection].name }

    /// `.pushsection`: remembers the current section.
    package mutating func pushSection() { object.sectionStack.append(currentSection) }

    /// `.popsection`; false when nothing was pushed.
    package mutating func popSection() -> Bool {
        guard let index = object.sectionStack.popLast() else { return false }
        switchSection(to: sections[index].name, attributes: nil)
        return true
    }

    /// `.previous`: back to the section before the last switch.
    package mutating func previousSection() {
        switchSection(to: sections[object.previousSection].name, attributes: nil)
    }

    /// `.ident "text"`: the text in `.comment`, as GNU as keeps it.
    package mutating func addIdentification(_ bytes: [UInt8]) {
        let previous = object.previousSection
        let name = sections[currentSection].name
        let isNew = !sections.contains { $0.name == ".comment" }
        switchSection(to: ".comment", attributes: isNew ? SectionAttributes.defaults(for: ".comment") : nil)
        if isNew { output.append(0) }
        output.append(contentsOf: bytes)
        output.append(0)
        switchSection(to: name, attributes: nil)
        object.previousSection = previous
    }

    // MARK: The object

    /// The object file of a relocatable assembly, once layout and fixups are done.
    mutating func makeObject() -> ObjectFile {
        // Sections made here, after the source's own, in GNU as's order.
        var made = makeLineTableSections(firstIndex: sections.count)
        if let ehFrame = makeEHFrame(sectionIndex: sections.count + made.count) { made.append(ehFrame) }

        var threadLocal = Set<Int32>()
        var usesGOT = false
        for (_, entry) in object.modified where entry.modifier != .plt && entry.modifier != .size {
            usesGOT = true
            if entry.modifier.isThreadLocal { threadLocal.insert(entry.base.index) }
        }
        var relocated = [Bool](repeating: false, count: symbols.count)
        for (_, list) in object.relocations {
            for relocation in list {
                if case .symbol(let id) = relocation.target { relocated[Int(id.index)] = true }
            }
        }

        // Object symbol number by symbol number (-1: not in the object).
        var index = [Int32](repeating: -1, count: symbols.count)
        let context = SymbolContext(
            relocated: relocated, threadLocal: threadLocal,
            // Asked of every symbol's section: decided once per section.
            isThreadLocalSection: sections.indices.map { section in
                (object.sectionAttributes[section] ?? .defaults(for: sections[section].name)).flags & ELF.SectionFlag.tls != 0
            },
            // Most files declare few symbols: no dictionary lookup per symbol when none did.
            hasAttributes: !object.symbolAttributes.isEmpty,
            names: symbols.nameBytes, shifts: sections.map(\.shift))
        // Each symbol decided on its own (a big file's on two threads), then listed in order. The
        // threads read one copy of the builder: a call on `self` from a mutating method copied
        // the whole builder each time.
        let builder = self
        let decided = [SymbolDecision](unsafeUninitializedCapacity: symbols.count) { decided, count in
            SplitWork.run(builder.symbols.count) { range in
                for number in range {
                    (decided.baseAddress.unsafelyUnwrapped + number).initialize(to: builder.objectSymbol(number, context))
                }
            }
            count = builder.symbols.count
        }
        // The symbols' names stay in the symbol table's bytes, which the object takes over.
        let names = context.names
        var list: [ObjectSymbol] = []
        list.reserveCapacity(symbols.count)
        for number in 0..<symbols.count {
            switch decided[number] {
            case .left:
                continue
            case .symbol(let symbol):
                index[number] = Int32(list.count)
                list.append(symbol)
            case .unrepresentable:
                let id = SymbolID(number)
                report("'\(symbols.name(of: id))' is defined by an expression an object file cannot hold, yet a relocation names it",
                       at: .at(0), line: symbols.definitionLines[Int(id.index)], statement: -1)
            }
        }
        var file = ObjectFile(symbolNames: names, symbols: list)
        file.sourceName = object.sourceName
        for version in object.symbolVersions {
            let number = Int(version.id.index) < index.count ? Int(index[Int(version.id.index)]) : -1
            guard number >= 0 else { continue }
            var name = version.name
            let replaces = name.contains("@@@")
            if replaces, let at = name.firstIndex(of: "@") { name = String(name[..<at]) + "@@" + name[at...].drop { $0 == "@" } }
            if file.symbols[number].place == .undefined {
                // A reference names one version: `@@` (the default, for definitions) reads as `@`.
                if let at = name.firstIndex(of: "@") { name = String(name[..<at]) + "@" + name[at...].drop { $0 == "@" } }
                file.renameSymbol(number, to: name)
            } else if replaces {
                file.renameSymbol(number, to: name)
            } else {
                file.addSymbol(file.symbols[number], named: name)
            }
        }
        if usesGOT, file.firstSymbol(named: "_GLOBAL_OFFSET_TABLE_") == nil {
            file.addSymbol(ObjectSymbol(value: 0, binding: .global, place: .undefined), named: "_GLOBAL_OFFSET_TABLE_")
        }

        let count = sections.count + made.count
        for position in 0..<count {
            var section: ObjectSection
            if position < sections.count {
                let attributes = object.sectionAttributes[position] ?? .defaults(for: sections[position].name)
                let bytes = sections[position].bytes
                let isNobits = attributes.type == ELF.SectionType.nobits
                if isNobits, bytes.contains(where: { $0 != 0 }) {
                    report("section '\(sections[position].name)' is @nobits but holds data other than zeros", at: .at(0), line: 0, statement: -1)
                }
                section = ObjectSection(
                    name: sections[position].name, type: attributes.type, flags: attributes.flags,
                    alignment: UInt64(sections[position].alignment), entrySize: attributes.entrySize,
                    bytes: isNobits ? [] : bytes, size: UInt64(bytes.count))
                section.group = attributes.group
            } else {
                section = made[position - sections.count]
            }
            var list = object.relocations[position] ?? []
            list.sort { $0.offset < $1.offset }
            for relocation in list {
                let target: ObjectRelocation.Target
                switch relocation.target {
                case .section(let index): target = .section(Int(index))
                case .symbol(let id):
                    guard Int(id.index) < index.count, index[Int(id.index)] >= 0 else {
                        report("a relocation names '\(symbols.name(of: id))', which the object cannot list",
                               at: .at(0), line: symbols.definitionLines[Int(id.index)], statement: -1)
                        continue
                    }
                    target = .symbol(Int(index[Int(id.index)]))
                }
                section.relocations.append(ObjectRelocation(
                    offset: UInt64(bitPattern: relocation.offset), type: relocation.type, target: target, addend: relocation.addend))
            }
            file.sections.append(section)
        }
        for index in sections.indices { sections[index].bytes = [] }
        return file
    }

    /// What ``makeObject()`` reads for every symbol.
    private struct SymbolContext: Sendable {
        /// By symbol number: a relocation names the symbol.
        let relocated: [Bool]
        let threadLocal: Set<Int32>
        let isThreadLocalSection: [Bool]
        let hasAttributes: Bool
        let names: [UInt8]
        let shifts: [[Int32]]
    }

    /// What becomes of a symbol in the object.
    private enum SymbolDecision {
        /// Not listed (an assembler-local label nothing relocates against, say).
        case left
        case symbol(ObjectSymbol)
        /// Defined by an expression no object symbol can hold, yet named by a relocation.
        case unrepresentable
    }

    /// Symbol `number` as the object lists it; only reads the builder.
    private func objectSymbol(_ number: Int, _ context: SymbolContext) -> SymbolDecision {
        let id = SymbolID(number)
        guard let nameRange = symbols.nameRange(of: id) else { return .left }
        let isAssemblerLocal = nameRange.count >= 2 && context.names[nameRange.lowerBound] == UInt8(ascii: ".")
            && context.names[nameRange.lowerBound + 1] == UInt8(ascii: "L")
        var attributes = context.hasAttributes ? object.symbolAttributes[id.index] : nil
        if context.hasAttributes, case .expression(let value) = symbols[id], value.symbol >= 0, value.expression < 0, value.constant == 0,
           let target = object.symbolAttributes[value.symbol] {
            // An alias takes the type and size of the symbol it names, as in GNU as.
            var merged = attributes ?? SymbolAttributes()
            if merged.kind == nil { merged.kind = target.kind }
            if merged.size == nil { merged.size = target.size }
            attributes = merged
        }
        let isRelocated = context.relocated[number]
        let declared = attributes.map { $0.explicitBinding && $0.binding != .local } ?? false
        var symbol = ObjectSymbol(value: 0, binding: attributes?.binding ?? .local, place: .undefined)
        switch symbols[id] {
        case .label(let section, let position, let fragment):
            guard isRelocated || declared || !isAssemblerLocal else { return .left }
            symbol.place = .section(Int(section))
            symbol.value = UInt64(bitPattern: Int64(position) &+ Int64(context.shifts[Int(section)][Int(fragment)]))
        case .constant(let number):
            guard isRelocated || declared || !isAssemblerLocal else { return .left }
            symbol.place = .absolute
            symbol.value = UInt64(bitPattern: number)
        case .expression(let value):
            guard isRelocated || declared || !isAssemblerLocal else { return .left }
            guard let resolved = try? relocatable(value) else { return .left }
            switch resolved.base {
            case .section(let section, _) where resolved.minus == nil:
                symbol.place = .section(Int(section))
                symbol.value = UInt64(bitPattern: resolved.offset)
            case .symbol(_, let place?) where resolved.minus == nil && resolved.modifier == nil:
                // An alias of a global label (`.set _ZN5GuardC1EPKc, _ZN5GuardC2EPKc`).
                symbol.place = .section(Int(place.section))
                symbol.value = UInt64(bitPattern: place.offset &+ resolved.offset)
            case nil where resolved.minus == nil:
                symbol.place = .absolute
                symbol.value = UInt64(bitPattern: resolved.offset)
            default:
                return isRelocated ? .unrepresentable : .left
            }
        case .undefined, .external:
            if let common = attributes?.common {
                symbol.place = .common
                symbol.value = UInt64(bitPattern: common.alignment)
                symbol.size = UInt64(bitPattern: common.size)
            } else {
                guard isRelocated || declared || (!context.threadLocal.isEmpty && context.threadLocal.contains(id.index)) else { return .left }
            }
            if symbol.binding == .local { symbol.binding = .global }
        }
        if let attributes {
            symbol.visibility = attributes.visibility
            if let kind = attributes.kind { symbol.kind = kind }
        }
        if attributes?.kind == nil, !context.threadLocal.isEmpty, context.threadLocal.contains(id.index) { symbol.kind = .tls }
        if symbol.kind == .none || symbol.kind == .object, case .section(let section) = symbol.place,
           section >= 0, section < context.isThreadLocalSection.count, context.isThreadLocalSection[section] {
            // Data in a thread-local section is thread-local, whatever `.type` said.
            symbol.kind = .tls
        }
        if let size = attributes?.size, let value = try? evaluate(size) { symbol.size = UInt64(bitPattern: value) }
        symbol.nameStart = Int32(truncatingIfNeeded: nameRange.lowerBound)
        symbol.nameCount = Int32(truncatingIfNeeded: nameRange.count)
        return .symbol(symbol)
    }
}
