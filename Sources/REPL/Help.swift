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
        text += "Sandbox symbols usable in code and in .mem: "
        text += SandboxSymbols.all.map { "\($0.name) = 0x\(String($0.value, radix: 16))" }.joined(separator: ", ")
        return text + "\n"
    }

    /// The forms of `mnemonic` in SDM notation, one per line, or nil when it has none.
    static func forms(of mnemonic: String) -> String? {
        let set = InstructionSet.shared
        guard let name = PackedName(mnemonic.lowercased()), let id = set.mnemonic(named: name) else { return nil }
        let forms = set.forms(of: id)
        guard !forms.isEmpty else { return nil }
        let columns = forms.map { form -> (String, String) in
            let cells = form.row.split(separator: "|", omittingEmptySubsequences: false)
            let opcode = cells.first.map { $0.trimmingBlanks() } ?? ""
            return (opcode, form.syntax)
        }
        let width = columns.map { $0.0.count }.max() ?? 0
        var text = "\(set.name(of: id)): \(forms.count) form\(forms.count == 1 ? "" : "s")\n"
        for (opcode, syntax) in columns {
            text += "  " + opcode.padding(to: width) + "  " + syntax + "\n"
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
