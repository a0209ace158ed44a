/// A minimal terminal emulator: enough of VT100/xterm to know what a line editor's output
/// looks like on screen (it redraws only what changed, so the raw stream is not the text).
public struct Screen: Sendable {
    public let width: Int
    public private(set) var rows: [[Character]] = [[]]
    public private(set) var row = 0
    public private(set) var column = 0

    public init(width: Int = 80) {
        self.width = width
    }

    /// The screen after `bytes` were written to a fresh one.
    public init(_ bytes: [UInt8], width: Int = 80) {
        self.init(width: width)
        feed(bytes)
    }

    /// Every row, trailing blanks removed.
    public var lines: [String] {
        rows.map { String($0).replacingTrailingBlanks() }
    }

    /// The row the cursor is on.
    public var currentLine: String { lines[row] }

    public var text: String { lines.joined(separator: "\n") }

    public mutating func feed(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar.value {
            case 0x1b:
                escape(&iterator)
            case 0x0d:
                column = 0
            case 0x0a:
                moveTo(row: row + 1, column: column)
            case 0x08:
                column = max(0, column - 1)
            case 0x09:
                column = min(width - 1, (column / 8 + 1) * 8)
            case 0x00..<0x20, 0x7f:
                break
            default:
                put(Character(scalar))
            }
        }
    }

    private mutating func put(_ character: Character) {
        if column >= width { moveTo(row: row + 1, column: 0) }
        ensure(row: row, column: column + 1)
        rows[row][column] = character
        column += 1
    }

    private mutating func ensure(row: Int, column: Int) {
        while rows.count <= row { rows.append([]) }
        while rows[row].count < column { rows[row].append(" ") }
    }

    private mutating func moveTo(row newRow: Int, column newColumn: Int) {
        row = max(0, newRow)
        column = max(0, min(width - 1, newColumn))
        ensure(row: row, column: 0)
    }

    private mutating func escape(_ iterator: inout String.UnicodeScalarView.Iterator) {
        guard let kind = iterator.next() else { return }
        if kind == "]" {
            // Operating-system command, to BEL.
            while let next = iterator.next(), next.value != 0x07 {}
            return
        }
        guard kind == "[" else { return }
        var parameters = ""
        var final: Unicode.Scalar = "m"
        while let next = iterator.next() {
            if (0x40...0x7e).contains(next.value) {
                final = next
                break
            }
            parameters.unicodeScalars.append(next)
        }
        let numbers = parameters.split(separator: ";").map { Int($0.filter(\.isNumber)) ?? 0 }
        let first = numbers.first ?? 0
        let count = max(1, first)
        switch final {
        case "A": moveTo(row: row - count, column: column)
        case "B": moveTo(row: row + count, column: column)
        case "C": column = min(width - 1, column + count)
        case "D": column = max(0, column - count)
        case "G": column = min(width - 1, count - 1)
        case "H", "f":
            let line = max(1, numbers.count > 0 ? numbers[0] : 1)
            let col = max(1, numbers.count > 1 ? numbers[1] : 1)
            moveTo(row: line - 1, column: col - 1)
        case "K":
            ensure(row: row, column: 0)
            switch first {
            case 1: for index in 0..<min(column + 1, rows[row].count) { rows[row][index] = " " }
            case 2: rows[row] = []
            default: if column < rows[row].count { rows[row].removeSubrange(column...) }
            }
        case "J":
            if first == 0 {
                if column < rows[row].count { rows[row].removeSubrange(column...) }
                if row + 1 < rows.count { rows.removeSubrange((row + 1)...) }
            } else if first == 2 {
                rows = Array(repeating: [], count: rows.count)
            }
        case "P":
            if column < rows[row].count {
                rows[row].removeSubrange(column..<min(rows[row].count, column + count))
            }
        case "@":
            ensure(row: row, column: column)
            rows[row].insert(contentsOf: Array(repeating: " ", count: count), at: column)
        default:
            break
        }
    }
}

extension String {
    fileprivate func replacingTrailingBlanks() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
