import X86

extension CodeBuilder {
    /// The statements as GNU/llvm-mc Intel-syntax text (`.intel_syntax noprefix`), one per
    /// line: to read what a program built, or to assemble it with another assembler and
    /// compare. Labels without a name are written `.LB1`, `.LB2` ….
    public var intelText: String {
        var out = ".intel_syntax noprefix\n"
        for statement in statements {
            out += CodeBuilder.text(of: statement.kind) + "\n"
        }
        return out
    }

    private static func text(of kind: StatementKind) -> String {
        switch kind {
        case .label(let name):
            return symbolText(name) + ":"
        case .instruction(let statement):
            return "    " + text(of: statement)
        case .directive(let directive):
            return "    " + text(of: directive)
        }
    }

    private static func text(of statement: InstructionStatement) -> String {
        let instruction = statement.instruction
        var words: [String] = []
        let prefixNames: [(PrefixSet, String)] = [
            (.lock, "lock"), (.rep, "rep"), (.repne, "repne"), (.xacquire, "xacquire"), (.xrelease, "xrelease"),
            (.notrack, "notrack"), (.data16, "data16"), (.addr32, "addr32"), (.rex64, "rex64"), (.bnd, "bnd"),
        ]
        for (prefix, name) in prefixNames where instruction.prefixes.contains(prefix) { words.append(name) }
        words.append(instruction.mnemonic.name)
        var operands: [String] = []
        for (index, operand) in instruction.operands.enumerated() {
            let symbolic = statement.symbolic.first { $0.index == index }
            var text = self.text(of: operand, symbolic: symbolic)
            if index == 0 {
                let decorations = instruction.decorations
                if decorations.opmask != 0 { text += " {k\(decorations.opmask)}" }
                if decorations.zeroing { text += " {z}" }
            }
            operands.append(text)
        }
        if let rounding = instruction.decorations.rounding { operands.append("{\(rounding.spelling)}") }
        return words.joined(separator: " ") + (operands.isEmpty ? "" : " " + operands.joined(separator: ", "))
    }

    private static func text(of operand: Operand, symbolic: SymbolicOperand?) -> String {
        switch operand {
        case .register(let register):
            return register.name
        case .immediate(let immediate):
            return symbolic.map { expressionText($0.expression) } ?? String(immediate.value)
        case .farPointer(let selector, let offset):
            return "\(selector):\(offset)"
        case .memory(let memory):
            var parts: [String] = []
            if let base = memory.base { parts.append(base.name) }
            if let index = memory.index { parts.append("\(index.name)*\(memory.scale)") }
            if let symbolic {
                parts.append(expressionText(symbolic.expression))
            } else if memory.displacement != 0 || parts.isEmpty {
                parts.append(String(memory.displacement))
            }
            var text = memory.size.map { "\($0.keyword) ptr " } ?? ""
            if let segment = memory.segment { text += segment.name + ":" }
            var joined = parts.first ?? ""
            for part in parts.dropFirst() { joined += part.hasPrefix("-") ? " - " + part.dropFirst() : " + " + part }
            text += "[" + joined + "]"
            if memory.broadcast > 0 { text += "{1to\(memory.broadcast)}" }
            return text
        }
    }

    private static func text(of directive: Directive) -> String {
        switch directive {
        case .data(let size, let items):
            let keyword = [1: ".byte", 2: ".short", 4: ".long", 8: ".quad"][size] ?? ".byte"
            var values: [String] = []
            for item in items {
                switch item {
                case .bytes(let bytes): values += bytes.map { String($0) }
                case .uninitialized: values.append("0")
                case .expression(let expression, _): values.append(expressionText(expression))
                }
            }
            return keyword + " " + values.joined(separator: ", ")
        case .reserve(let size, let count, let fill):
            let fillText = fill.map { ", " + expressionText($0) } ?? ""
            return ".fill \(expressionText(count)), \(size)\(fillText.isEmpty ? ", 0" : fillText)"
        case .fill(let count, let size, let value):
            return ".fill \(expressionText(count)), \(expressionText(size)), \(expressionText(value))"
        case .times(let count, let inner):
            return ".rept \(expressionText(count))\n\(text(of: inner))\n    .endr"
        case .align(let boundary, let fill):
            let value: Int64 = boundary.constantValue ?? 1
            let power: Int = (0..<64).first { (Int64(1) << Int64($0)) >= value } ?? 0
            return ".p2align \(power)" + (fill.map { ", " + expressionText($0) } ?? "")
        case .section(let name):
            return name == ".text" || name == ".data" || name == ".bss" ? name : ".section \(name)"
        case .define(let name, let value):
            return ".set \(symbolText(name)), \(expressionText(value))"
        case .global(let names):
            return ".globl " + names.map(symbolText).joined(separator: ", ")
        case .external(let names):
            return ".extern " + names.map(symbolText).joined(separator: ", ")
        case .codeMode(let mode):
            return ".code\(mode.bits)"
        case .defaultRelative, .ignored:
            return "# " + "\(directive)"
        }
    }

    private static func expressionText(_ expression: AssemblyExpression) -> String {
        switch expression {
        case .number(let value): return String(value)
        case .symbol(let name, _): return symbolText(name)
        case .here: return "."
        case .sectionStart: return "0"
        case .unary(let op, let operand):
            let symbol = [AssemblyExpression.UnaryOperator.negate: "-", .complement: "~", .plus: "+", .logicalNot: "!"][op] ?? ""
            return symbol + "(" + expressionText(operand) + ")"
        case .binary(let op, let left, let right):
            let symbols: [AssemblyExpression.BinaryOperator: String] = [
                .add: "+", .subtract: "-", .multiply: "*", .divide: "/", .remainder: "%", .shiftLeft: "<<",
                .shiftRight: ">>", .and: "&", .or: "|", .xor: "^",
            ]
            return "(" + expressionText(left) + " " + (symbols[op] ?? "?") + " " + expressionText(right) + ")"
        }
    }

    /// Unnamed labels (`L#3`) as names other assemblers accept (`.LB3`).
    private static func symbolText(_ name: String) -> String {
        name.hasPrefix("L#") ? ".LB" + name.dropFirst(2) : name
    }
}
