import X86

/// Draws an ``Explanation`` for a terminal: a strip of boxed fields like a textbook figure,
/// then each field's bits with their meanings and the operand behind them, the forms that
/// matched, the flags and the register side effects. Every line fits ``width`` columns.
public struct ExplanationRenderer: Sendable {
    public var characters: TextCharacters
    /// The widest line, in columns (80 unless the terminal says otherwise).
    public var width: Int
    public var detail: Detail

    /// How much to draw.
    public enum Detail: Sendable, Hashable {
        /// Everything: the diagram, each field's bits, the forms, the flags, the side effects.
        case full
        /// The diagram, why the form won and the flags: short enough to follow every line typed.
        case brief
    }

    public init(characters: TextCharacters = .unicode, width: Int = 80, detail: Detail = .full) {
        self.characters = characters
        self.width = max(40, width)
        self.detail = detail
    }

    /// The explanation, ending with a newline.
    public func render(_ explanation: Explanation) -> String {
        var lines: [String] = []
        lines += header(explanation)
        if detail == .full { lines.append("") }
        lines += ByteDiagram(characters: characters, width: width).lines(for: explanation.fields)
        if detail == .brief {
            if explanation.alternatives.count > 1 {
                lines += wrap(gluedChoice(explanation), width: width, first: "", rest: "    ")
            }
            if let flags = explanation.flags, !flags.isEmpty { lines += section("Flags", [flags.text]) }
            return lines.map { characters.adapt($0.replacingGlue) }.joined(separator: "\n") + "\n"
        }
        lines.append("")
        lines += operands(explanation)
        lines += fields(explanation)
        lines += forms(explanation)
        if !explanation.dialects.isEmpty { lines += section("Dialects", explanation.dialects) }
        lines += flags(explanation)
        if !explanation.sideEffects.isEmpty {
            lines += section("Registers", explanation.sideEffects)
        }
        if let note = explanation.note {
            lines += section("Note", [note])
        }
        return lines.map { characters.adapt($0.replacingGlue) }.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    private static let headingWidth = 11

    private var indent: String { String(repeating: " ", count: ExplanationRenderer.headingWidth) }

    private func header(_ explanation: Explanation) -> [String] {
        let count = explanation.bytes.count
        let bytes = Hex.bytes(explanation.bytes) + "  (\(count) byte\(count == 1 ? "" : "s"))"
        var lines: [String]
        if explanation.text.columns + 4 + bytes.columns <= width {
            lines = [explanation.text + "    " + bytes]
        } else {
            lines = wrap(explanation.text, width: width, first: "", rest: "    ")
                + wrap(bytes, width: width, first: "    ", rest: "    ")
        }
        var what = "\(explanation.form.syntax) (\(explanation.opcodeNotation.glued))"
        if let summary = explanation.summary { what = summary + " — " + what }
        lines += wrap(what, width: width, first: "", rest: "    ")
        return lines
    }

    private func operands(_ explanation: Explanation) -> [String] {
        guard !explanation.operands.isEmpty else { return [] }
        var items: [String] = []
        for (index, operand) in explanation.operands.enumerated() {
            let access: String
            switch operand.access {
            case .read: access = "read"
            case .write: access = "written"
            case .readWrite: access = "read and written"
            case .none: access = "not accessed"
            }
            items.append("op\(index + 1) \(operand.text) — \(operand.formClass), \(access); in \(operand.placement)")
        }
        return section("Operands", items)
    }

    /// Heads longer than this put their meaning on the next line.
    private static let fieldHeadLimit = 24

    private func fields(_ explanation: Explanation) -> [String] {
        let heads = explanation.fields.map(head)
        let column = min(ExplanationRenderer.fieldHeadLimit, heads.map(\.columns).max() ?? 0) + 2
        let hanging = String(repeating: " ", count: column)
        var lines: [String] = ["Fields"]
        for (field, head) in zip(explanation.fields, heads) {
            let meaning = field.meaning + tie(field.operand, in: explanation, when: field.parts.isEmpty)
            if head.columns + 2 > column {
                lines.append(head)
                lines += wrap(meaning, width: width, first: hanging, rest: hanging)
            } else {
                lines += wrap(meaning, width: width, first: head.padded(to: column), rest: hanging)
            }
            let labels = field.parts.map { characters.adapt(label($0)) }
            let labelWidth = (labels.map(\.columns).max() ?? 0) + 2
            for (part, text) in zip(field.parts, labels) where part.name != part.bits {
                let line = part.meaning + tie(part.operand, in: explanation, when: true)
                let first = "      " + text.padded(to: labelWidth)
                lines += wrap(line, width: width, first: first,
                                       rest: String(repeating: " ", count: first.columns))
            }
        }
        return lines
    }

    /// `  REX 48 = 0100 1000`, `  ModRM 44 = 01 000 100`, `  disp8 10`.
    private func head(_ field: EncodingField) -> String {
        var head = "  " + (field.kind == .prefix || field.kind == .mandatoryPrefix ? "prefix" : field.name)
        head += " " + Hex.bytes(field.bytes)
        if field.kind == .rex, let byte = field.bytes.first {
            head += " = " + FieldPart.binary(byte >> 4, 4) + " " + FieldPart.binary(byte & 15, 4)
        } else if let bits = field.bitText, field.bytes.count == 1 {
            head += " = " + bits
        }
        return head
    }

    private func label(_ part: FieldPart) -> String {
        part.name == part.bits ? part.name : part.name + "=" + part.bits
    }

    /// ` ← op2 rax`, naming the operand behind a field or bit group.
    private func tie(_ operand: Int?, in explanation: Explanation, when shown: Bool) -> String {
        guard shown, let operand, operand < explanation.operands.count else { return "" }
        return " \(characters.arrow)\(String.glue)op\(operand + 1)"
    }

    private func forms(_ explanation: Explanation) -> [String] {
        let alternatives = explanation.alternatives
        if alternatives.count <= 1 {
            return section("Form", [explanation.form.row, explanation.choice])
        }
        let notationWidth = alternatives.map { $0.opcodeNotation.columns }.max() ?? 0
        let syntaxWidth = alternatives.map { $0.form.syntax.columns }.max() ?? 0
        var items: [String] = []
        for alternative in alternatives {
            let mark = alternative.isChosen ? characters.marker : " "
            let count = alternative.bytes.count
            var line = mark + " " + alternative.opcodeNotation.padded(to: notationWidth) + "  "
                + alternative.form.syntax.padded(to: syntaxWidth) + "  " + "\(count) byte\(count == 1 ? "" : "s")"
            let bytes = Hex.bytes(alternative.bytes)
            if ExplanationRenderer.headingWidth + line.columns + 2 + bytes.columns <= width {
                line += "  " + bytes
                items.append(line)
            } else {
                items.append(line)
                items.append("    " + bytes)
            }
        }
        var lines = ["Forms that match, shortest first:"]
        for item in items {
            if indent.columns + item.columns <= width {
                lines.append(indent + item)
            } else {
                lines += wrap(item, width: width, first: indent, rest: indent + "    ")
            }
        }
        lines += wrap(gluedChoice(explanation), width: width, first: indent, rest: indent)
        return lines
    }

    private func flags(_ explanation: Explanation) -> [String] {
        guard let flags = explanation.flags else { return section("Flags", ["unknown"]) }
        if flags.isEmpty { return section("Flags", ["none read or changed"]) }
        var shown: [(String, StatusFlags)] = StatusFlags.named.filter {
            StatusFlags.arithmetic.union(.df).contains($0.flag)
        }
        for named in StatusFlags.named where !shown.contains(where: { $0.1 == named.flag }) {
            if flags.read.contains(named.flag) || flags.changed.contains(named.flag) { shown.append(named) }
        }
        var names = ""
        var marks = ""
        for (name, flag) in shown {
            var mark = ""
            if flags.read.contains(flag) { mark += "r" }
            if flags.written.contains(flag) { mark += "w" }
            if flags.set.contains(flag) { mark += "1" }
            if flags.cleared.contains(flag) { mark += "0" }
            if flags.undefined.contains(flag) { mark += "?" }
            if mark.isEmpty { mark = "-" }
            names += name.padded(to: 4)
            marks += mark.padded(to: 4)
        }
        var lines = section("Flags", [flags.text])
        lines.append(indent + names.trimmingTrailingSpaces)
        lines.append(indent + marks.trimmingTrailingSpaces)
        lines += wrap(
            "r read, w by the result, 1 set, 0 cleared, ? undefined, - unchanged",
            width: width, first: indent, rest: indent)
        return lines
    }

    /// `text` in this character set, broken into lines that fit ``width`` (the ASCII spellings
    /// of some symbols are wider, so the text is adapted before it is measured).
    private func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        TextWrap.wrap(characters.adapt(text), width: width, first: characters.adapt(first), rest: rest)
    }

    /// The reason a form won, with each opcode notation (and its length) kept on one line.
    private func gluedChoice(_ explanation: Explanation) -> String {
        var choice = explanation.choice
        for alternative in explanation.alternatives {
            let withLength = "\(alternative.opcodeNotation) in \(alternative.bytes.count)"
            choice = choice.replacing(withLength, with: withLength.glued)
            choice = choice.replacing(alternative.opcodeNotation, with: alternative.opcodeNotation.glued)
        }
        return choice
    }

    /// A heading in the left column, then each item wrapped beside it.
    private func section(_ heading: String, _ items: [String]) -> [String] {
        var lines: [String] = []
        for (index, item) in items.enumerated() {
            let first = index == 0 ? heading.padded(to: ExplanationRenderer.headingWidth) : indent
            lines += wrap(item, width: width, first: first, rest: indent + "  ")
        }
        return lines
    }
}

extension String {
    /// Joins words that must stay on one line when wrapped (`← op2`, `REX.W 81 /0 id`); the
    /// renderer turns it back into a space once lines are broken.
    static let glue = "\u{1}"

    var glued: String { split(separator: " ").joined(separator: String.glue) }

    var replacingGlue: String { split(separator: "\u{1}", omittingEmptySubsequences: false).joined(separator: " ") }

    /// Every occurrence of `target` replaced.
    func replacing(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
