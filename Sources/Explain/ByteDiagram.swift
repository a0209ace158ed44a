/// The strip of boxes at the top of an explanation: one box per field, in byte order, with
/// the field's name, its bytes, and its bit layout over its bits, the way the SDM's
/// "Instruction Format" figure draws an instruction. Boxes that do not fit the width go on
/// to a further strip below.
struct ByteDiagram {
    let characters: TextCharacters
    let width: Int

    /// The four rows of one box: title, bytes, bit names, bits (or a short value).
    private struct Cell {
        var rows: [String]
        var width: Int { (rows.map(\.columns).max() ?? 0) + 2 }
    }

    func lines(for fields: [EncodingField]) -> [String] {
        let cells = fields.map(cell)
        var strips: [[Cell]] = [[]]
        var used = 1
        for cell in cells {
            if let last = strips.last, !last.isEmpty, used + cell.width + 1 > width {
                strips.append([])
                used = 1
            }
            strips[strips.count - 1].append(cell)
            used += cell.width + 1
        }
        var lines: [String] = []
        for strip in strips where !strip.isEmpty {
            lines += draw(strip)
        }
        return lines
    }

    private func cell(_ field: EncodingField) -> Cell {
        let title: String
        switch field.kind {
        case .prefix, .mandatoryPrefix: title = "prefix"
        case .rex: title = "REX"
        case .vex: title = field.name == "EVEX" ? "EVEX" : "VEX"
        case .escape: title = "map"
        case .opcode: title = "opcode"
        case .modRM: title = "ModRM"
        case .sib: title = "SIB"
        case .displacement, .immediate, .relative: title = field.name
        }
        let bytes = field.bytes.map(Hex.byte).joined(separator: " ")
        var names = ""
        var bits = field.tag ?? ""
        if !field.parts.isEmpty {
            var nameCells: [String] = []
            var bitCells: [String] = []
            for part in field.parts {
                let name = characters.adapt(part.name)
                let cellWidth = max(name.columns, part.bits.columns)
                nameCells.append(name.padded(to: cellWidth))
                bitCells.append(part.bits.padded(to: cellWidth))
            }
            names = nameCells.joined(separator: " ").trimmingTrailingSpaces
            bits = bitCells.joined(separator: " ").trimmingTrailingSpaces
        }
        return Cell(rows: [title, bytes, names, characters.adapt(bits)])
    }

    private func draw(_ cells: [Cell]) -> [String] {
        let box = characters.box
        let widths = cells.map(\.width)
        func rule(_ left: Character, _ tee: Character, _ right: Character) -> String {
            String(left) + widths.map { String(repeating: box.horizontal, count: $0) }.joined(separator: String(tee))
                + String(right)
        }
        var lines = [rule(box.topLeft, box.topTee, box.topRight)]
        let rowCount = cells.map(\.rows.count).max() ?? 0
        for row in 0..<rowCount {
            let contents = cells.map { row < $0.rows.count ? $0.rows[row] : "" }
            if row >= 2, contents.allSatisfy(\.isEmpty) { continue }
            var line = String(box.vertical)
            for (content, cellWidth) in zip(contents, widths) {
                line += " " + content.padded(to: cellWidth - 1) + String(box.vertical)
            }
            lines.append(line)
        }
        lines.append(rule(box.bottomLeft, box.bottomTee, box.bottomRight))
        return lines
    }
}

/// Lowercase hex, as the REPL shows bytes.
enum Hex {
    static func byte(_ value: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 15)]])
    }

    static func bytes(_ values: [UInt8]) -> String { values.map(byte).joined(separator: " ") }
}
