import Diagnostics
import X86
import X86Encoder

/// Lays out statements into a program image: assigns addresses to labels, relaxes branches,
/// evaluates expressions and encodes every instruction.
///
/// Branches to labels start short and grow to rel32 only when they cannot reach; the layout is
/// repeated until no size changes. Growth is one-way, so the loop ends.
public struct Assembler: Sendable {
    public var options: AssemblerOptions
    public let encoder: Encoder

    public init(options: AssemblerOptions = AssemblerOptions(), encoder: Encoder = Encoder()) {
        self.options = options
        self.encoder = encoder
    }

    public func assemble(_ statements: [Statement]) -> AssemblyResult {
        var layout = Layout(statements: statements, options: options, encoder: encoder)
        return layout.run()
    }
}

/// Which section a statement belongs to.
struct SectionID: Hashable {
    var index: Int
    static let text = SectionID(index: 0)
}

struct Layout {
    let statements: [Statement]
    let options: AssemblerOptions
    let encoder: Encoder

    /// Section names in order of appearance; index 0 is `.text`.
    var sectionNames: [String] = [".text"]
    var sectionOfStatement: [Int] = []
    var offsetOfStatement: [Int] = []
    var sizeOfStatement: [Int] = []
    var grown: Set<Int> = []
    var sectionSizes: [Int] = [0]
    var sectionBases: [Int64] = [0]
    var labels: [String: (section: Int, statement: Int)] = [:]
    var definitions: [String: (Expression, Int)] = [:]
    /// Numeric labels: name → statement indices defining it, ascending.
    var numericLabels: [String: [Int]] = [:]
    var scopes: [String?] = []
    var diagnostics: [AssemblyDiagnostic] = []
    var finalPass = false

    init(statements: [Statement], options: AssemblerOptions, encoder: Encoder) {
        self.statements = statements
        self.options = options
        self.encoder = encoder
    }

    mutating func run() -> AssemblyResult {
        collectSymbols()
        var previous: [Int] = []
        for _ in 0..<64 {
            layoutPass()
            if sizeOfStatement == previous { break }
            previous = sizeOfStatement
        }
        finalPass = true
        var image = ProgramImage()
        emit(into: &image)
        return AssemblyResult(image: image, diagnostics: diagnostics)
    }

    // MARK: Symbols

    private mutating func collectSymbols() {
        var section = 0
        var scope: String?
        sectionOfStatement = Array(repeating: 0, count: statements.count)
        scopes = Array(repeating: nil, count: statements.count)
        for (index, statement) in statements.enumerated() {
            switch statement.kind {
            case .directive(.section(let name)):
                let canonical = Layout.canonicalSection(name)
                if let existing = sectionNames.firstIndex(of: canonical) {
                    section = existing
                } else {
                    sectionNames.append(canonical)
                    section = sectionNames.count - 1
                }
            case .label(let name):
                if name.first?.isNumber == true {
                    numericLabels[name, default: []].append(index)
                } else {
                    let full = Layout.scoped(name, scope)
                    if !name.hasPrefix(".") { scope = name }
                    if labels[full] != nil || definitions[full] != nil {
                        append(Diagnostic(.error, "symbol '\(name)' is already defined", at: statement.range), statement: index)
                    } else {
                        labels[full] = (section, index)
                    }
                }
            case .directive(.define(let name, let value)):
                definitions[name] = (value, index)
            default:
                break
            }
            sectionOfStatement[index] = section
            scopes[index] = scope
        }
        sectionSizes = Array(repeating: 0, count: sectionNames.count)
        sectionBases = Array(repeating: 0, count: sectionNames.count)
    }

    static func canonicalSection(_ name: String) -> String {
        let lower = name.lowercased()
        if lower == "text" || lower == "code" { return ".text" }
        return lower
    }

    static func scoped(_ name: String, _ scope: String?) -> String {
        guard name.hasPrefix("."), !name.hasPrefix(".L"), let scope else { return name }
        return scope + name
    }

    func isCode(_ section: Int) -> Bool { section == 0 }

    // MARK: Layout

    private mutating func layoutPass() {
        offsetOfStatement = Array(repeating: 0, count: statements.count)
        if sizeOfStatement.count != statements.count { sizeOfStatement = Array(repeating: 0, count: statements.count) }
        var offsets = Array(repeating: 0, count: sectionNames.count)
        for index in statements.indices {
            let section = sectionOfStatement[index]
            offsetOfStatement[index] = offsets[section]
            let size = measure(index, at: offsets[section])
            sizeOfStatement[index] = size
            offsets[section] += size
        }
        sectionSizes = offsets
        placeSections()
    }

    private mutating func placeSections() {
        sectionBases[0] = Int64(bitPattern: options.codeAddress)
        var next = options.dataAddress.map { Int64(bitPattern: $0) }
            ?? Layout.alignUp(sectionBases[0] + Int64(sectionSizes[0]), 16)
        // Data sections in order of appearance, `.bss` last.
        for section in dataSectionOrder {
            sectionBases[section] = next
            next = Layout.alignUp(next + Int64(sectionSizes[section]), 16)
        }
    }

    var dataSectionOrder: [Int] {
        let others = sectionNames.indices.dropFirst()
        return others.filter { sectionNames[$0] != ".bss" } + others.filter { sectionNames[$0] == ".bss" }
    }

    static func alignUp(_ value: Int64, _ boundary: Int64) -> Int64 {
        boundary <= 1 ? value : (value + boundary - 1) / boundary * boundary
    }

    func address(of statement: Int) -> Int64 {
        sectionBases[sectionOfStatement[statement]] + Int64(offsetOfStatement[statement])
    }

    /// The size of statement `index` placed at section offset `offset`.
    private mutating func measure(_ index: Int, at offset: Int) -> Int {
        switch statements[index].kind {
        case .label, .directive(.section), .directive(.define), .directive(.global), .directive(.external),
             .directive(.defaultRelative), .directive(.ignored):
            return 0
        case .instruction(let statement):
            return encode(statement, index: index).map(\.length) ?? 0
        case .directive(let directive):
            return dataBytes(directive, index: index, offset: offset)?.count ?? 0
        }
    }

    // MARK: Emission

    private mutating func emit(into image: inout ProgramImage) {
        var sections: [[UInt8]] = sectionSizes.map { size in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(size)
            return bytes
        }
        image.records.reserveCapacity(statements.count)
        for index in statements.indices {
            let section = sectionOfStatement[index]
            var start = sections[section].count
            if start != offsetOfStatement[index] {
                // A size changed in the final pass (an error turned bytes into none): keep later offsets stable.
                let pad = offsetOfStatement[index] - start
                if pad > 0 { sections[section].append(contentsOf: repeatElement(0, count: pad)) }
                start = sections[section].count
            }
            switch statements[index].kind {
            case .instruction(let statement):
                if let encoded = encode(statement, index: index) {
                    encoded.bytes.append(to: &sections[section])
                }
            case .directive(let directive):
                if let bytes = dataBytes(directive, index: index, offset: start) {
                    sections[section].append(contentsOf: bytes)
                }
            case .label:
                break
            }
            image.records.append(StatementRecord(
                statement: index, line: statements[index].line, inCode: isCode(section), offset: start,
                length: sections[section].count - start))
        }
        image.code = sections[0]
        image.codeAddress = UInt64(bitPattern: sectionBases[0])
        let order = dataSectionOrder
        image.dataAddress = UInt64(bitPattern: order.first.map { sectionBases[$0] } ?? Layout.alignUp(sectionBases[0] + Int64(sectionSizes[0]), 16))
        var dataOffsets: [Int: Int] = [:]
        for section in order {
            let target = Int(sectionBases[section] - Int64(bitPattern: image.dataAddress))
            if image.data.count < target { image.data.append(contentsOf: repeatElement(0, count: target - image.data.count)) }
            dataOffsets[section] = image.data.count
            image.data.append(contentsOf: sections[section])
        }
        for i in image.records.indices where !image.records[i].inCode {
            let section = sectionOfStatement[image.records[i].statement]
            image.records[i].offset += dataOffsets[section] ?? 0
        }
        for (name, place) in labels { image.symbols[name] = address(of: place.statement) }
        for (name, definition) in definitions {
            if case .success(let value) = evaluate(definition.0, at: definition.1) { image.symbols[name] = value.value }
        }
        for entry in ["_start", "main"] {
            if let place = labels[entry], isCode(place.section) {
                image.entryOffset = offsetOfStatement[place.statement]
                break
            }
        }
    }

    // MARK: Diagnostics

    /// Reports an error found while encoding; only the final pass reports, so each error appears once.
    mutating func report(
        _ message: String, statement: Int, range: SourceRange, notes: [String] = [],
        kind: AssemblyDiagnostic.Kind = .other
    ) {
        guard finalPass else { return }
        append(Diagnostic(.error, message, at: range, notes: notes), statement: statement, kind: kind)
    }

    mutating func append(_ diagnostic: Diagnostic, statement: Int, kind: AssemblyDiagnostic.Kind = .other) {
        diagnostics.append(AssemblyDiagnostic(
            diagnostic: diagnostic, statement: statement, line: statements[statement].line, kind: kind))
    }
}
