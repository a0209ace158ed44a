/// NASM's `struc`…`endstruc` being read, or an `istruc`…`iend` being filled.
struct NASMStructure {
    var name: String
    var offset: Int64
    /// For `istruc`: the label at the instance's start, which `at` and `iend` pad from.
    var instanceLabel: String?
}

extension Preprocessor {
    private static let reserveSizes: [String: Int64] = [
        "resb": 1, "resw": 2, "resd": 4, "resq": 8, "rest": 10, "reso": 16, "resdq": 16, "resy": 32, "resz": 64,
    ]

    /// `struc NAME`, its `res…` fields and `endstruc` become `equ` constants (`NAME.field`,
    /// `NAME_size`); `istruc NAME`, `at NAME.field, data…` and `iend` lay out an instance,
    /// padding with zeros. True when `lower` was one of these.
    mutating func handleStructure(_ lower: String, rest: String, line: Line) -> Bool {
        let operand = PreprocessorText.trimmed(PreprocessorText.withoutComment(rest, markers: [UInt8(ascii: ";")]))
        let origin = line.origin.expanded(context: nil)
        if var definition = structure, definition.instanceLabel == nil {
            if lower == "endstruc" {
                constants["\(definition.name)_size"] = definition.offset
                emit("\(definition.name)_size equ \(definition.offset)", origin: origin)
                structure = nil
                return true
            }
            var words = PreprocessorText.splitBlanks(PreprocessorText.withoutComment(line.text, markers: [UInt8(ascii: ";")]))
            guard !words.isEmpty else { return false }
            var label: String?
            if Self.reserveSizes[words[0].lowercased()] == nil {
                label = words.removeFirst()
                if label?.hasSuffix(":") == true { label?.removeLast() }
            }
            guard let directive = words.first?.lowercased(), let size = Self.reserveSizes[directive] else {
                error("a 'struc' field must be reserved with resb, resw, resd, resq, rest, reso, resy or resz", at: origin)
                return true
            }
            var count: Int64 = 1
            switch evaluate(words.dropFirst().joined(separator: " ")) {
            case .success(let value): count = value
            case .failure(let failure): error(failure.message, at: origin)
            }
            if let label {
                let full = label.hasPrefix(".") ? definition.name + label : label
                constants[full] = definition.offset
                emit("\(full) equ \(definition.offset)", origin: origin)
            }
            definition.offset += size &* count
            structure = definition
            return true
        }
        switch lower {
        case "struc":
            let name = PreprocessorText.firstWord(operand).word
            guard !name.isEmpty else {
                error("expected a structure name after 'struc'", at: origin)
                return true
            }
            structure = NASMStructure(name: name, offset: 0, instanceLabel: nil)
            constants[name] = 0
            emit("\(name) equ 0", origin: origin)
            return true
        case "istruc":
            let name = PreprocessorText.firstWord(operand).word
            expansionCount += 1
            let label = "..@\(expansionCount).istruc"
            structure = NASMStructure(name: name, offset: 0, instanceLabel: label)
            emit("\(label):", origin: origin)
            return true
        case "at", "iend":
            guard let instance = structure, let label = instance.instanceLabel else { return false }
            var field = "\(instance.name)_size"
            var data = ""
            if lower == "at" {
                let parts = operand.split(separator: ",", maxSplits: 1).map { PreprocessorText.trimmed($0) }
                field = parts.first ?? ""
                data = parts.count > 1 ? parts[1] : ""
            }
            guard let offset = constants[field] else {
                error("'\(field)' is not a field of a structure defined earlier", at: origin)
                return true
            }
            emit("times \(offset) - ($ - \(label)) db 0", origin: origin)
            if !data.isEmpty { emit(data, origin: origin) }
            if lower == "iend" { structure = nil }
            return true
        default:
            return false
        }
    }
}
