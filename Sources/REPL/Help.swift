/// The text of `.help`.
enum Help {
    static func commandList() -> String {
        var text = "Type Intel-syntax instructions; each shows its bytes. `ret` runs the block.\n"
        let width = DotCommand.usages.map { $0.name.count + 1 + $0.arguments.count }.max() ?? 0
        for usage in DotCommand.usages {
            var left = usage.name
            if !usage.arguments.isEmpty { left += " " + usage.arguments }
            text += "  " + left + String(repeating: " ", count: width - left.count + 2) + usage.summary + "\n"
        }
        return text
    }
}
