import X86

/// The text of `.help`.
enum Help {
    static func commandList() -> String {
        var text = "Type Intel-syntax instructions; each shows its offset and bytes. `ret` runs the block.\n"
        let width = DotCommand.usages.map { $0.name.count + 1 + $0.arguments.count }.max() ?? 0
        for usage in DotCommand.usages {
            var left = usage.name
            if !usage.arguments.isEmpty { left += " " + usage.arguments }
            text += "  " + left + String(repeating: " ", count: width - left.count + 2) + usage.summary + "\n"
        }
        let symbols = SandboxSymbols.all.map { "\($0.name) = 0x\(String($0.value, radix: 16))" }
        return text + "Sandbox symbols usable in code and in .mem: " + symbols.joined(separator: ", ") + "\n"
    }

    /// What `mnemonic` does and its forms in SDM notation, or nil when it has none.
    static func forms(of mnemonic: String) -> String? {
        let set = InstructionSet.shared
        guard let packed = PackedName(mnemonic.lowercased()), let id = set.mnemonic(named: packed) else { return nil }
        let forms = set.forms(of: id)
        guard !forms.isEmpty else { return nil }
        let name = set.name(of: id)
        let facts = InstructionFacts.shared.facts(for: name)
        var text = name
        if let summary = facts?.summary { text += ": " + summary }
        text += "\n"
        if let note = facts?.note { text += "  " + note + "\n" }
        var rows: [(opcode: String, syntax: String)] = []
        for form in forms {
            let cells = form.row.split(separator: "|", omittingEmptySubsequences: false)
            rows.append((cells.first.map { $0.trimmingBlanks() } ?? "", form.syntax))
        }
        let width = rows.map(\.opcode.count).max() ?? 0
        let plural = forms.count == 1 ? "" : "s"
        text += "\(forms.count) form\(plural) (opcode, instruction in SDM notation):\n"
        for row in rows {
            text += "  " + row.opcode.padding(to: width) + "  " + row.syntax + "\n"
        }
        return text
    }
}

extension Substring {
    func trimmingBlanks() -> String {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
