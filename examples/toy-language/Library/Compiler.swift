import Jitter

/// Compiles a Toy program straight to x86-64 through ``CodeBuilder``, one pass over the tree.
///
/// Each function gets a frame: `rbp` points at the saved `rbp`, each variable has an 8-byte
/// slot below it (zeroed on entry), and parameters arrive in the System V registers. An
/// expression leaves its value in `rax`; a binary operator keeps its right operand on the
/// stack while the left one is computed. The compiler counts those pushes, so it knows at
/// every call whether the stack is 16-byte aligned, as the ABI asks.
public struct Compiler {
    private let a = CodeBuilder()
    private var entries: [String: Label] = [:]
    private var slots: [String: Int] = [:]
    /// 8-byte values pushed since the frame was set up.
    private var depth = 0
    private var epilogue: Label?

    private static let argumentRegisters: [CodeOperand] = [.rdi, .rsi, .rdx, .rcx, .r8, .r9]

    /// The program's code: each function at a label `fn_NAME`, `main` the image's entry.
    public static func compile(_ program: Program) throws(ToyError) -> CodeBuilder {
        try Checker.check(program)
        var compiler = Compiler()
        for function in program.functions {
            compiler.entries[function.name] = compiler.a.label(function.name == "main" ? "main" : "fn_\(function.name)")
        }
        for function in program.functions { compiler.function(function) }
        return compiler.a
    }

    private mutating func function(_ function: Function) {
        guard let entry = entries[function.name] else { return }
        slots = [:]
        for name in function.parameters + declaredNames(function.body) where slots[name] == nil {
            slots[name] = -8 * (slots.count + 1)
        }
        let frameSize = (slots.count * 8 + 15) / 16 * 16
        let end = a.label()
        epilogue = end
        depth = 0
        a.bind(entry)
        a.push(.rbp)
        a.mov(.rbp, .rsp)
        if frameSize > 0 { a.sub(.rsp, .imm(frameSize)) }
        for (name, offset) in slots.sorted(by: { $0.value > $1.value }) {
            if let index = function.parameters.firstIndex(of: name) {
                a.mov(.qword[.rbp + Int64(offset)], Compiler.argumentRegisters[index])
            } else {
                a.mov(.qword[.rbp + Int64(offset)], 0)
            }
        }
        block(function.body)
        a.xor(.eax, .eax)
        a.bind(end)
        a.leave()
        a.ret()
    }

    private func declaredNames(_ statements: [Statement]) -> [String] {
        statements.flatMap { statement -> [String] in
            switch statement {
            case .declare(let name, _): [name]
            case .if(_, let then, let otherwise): declaredNames(then) + declaredNames(otherwise)
            case .while(_, let body): declaredNames(body)
            default: []
            }
        }
    }

    private func slot(_ name: String) -> CodeOperand {
        .qword[.rbp + Int64(slots[name] ?? 0)]
    }

    private mutating func block(_ statements: [Statement]) {
        for statement in statements {
            switch statement {
            case .declare(let name, let value), .assign(let name, let value):
                expression(value)
                a.mov(slot(name), .rax)
            case .if(let condition, let then, let otherwise):
                let elseLabel = a.label()
                let end = a.label()
                expression(condition)
                a.test(.rax, .rax)
                a.jz(elseLabel)
                block(then)
                a.jmp(end)
                a.bind(elseLabel)
                block(otherwise)
                a.bind(end)
            case .while(let condition, let body):
                let top = a.here()
                let end = a.label()
                expression(condition)
                a.test(.rax, .rax)
                a.jz(end)
                block(body)
                a.jmp(top)
                a.bind(end)
            case .return(let value):
                expression(value)
                if let epilogue { a.jmp(epilogue) }
            case .expression(let value):
                expression(value)
            }
        }
    }

    private mutating func push(_ register: CodeOperand) {
        a.push(register)
        depth += 1
    }

    private mutating func pop(_ register: CodeOperand) {
        a.pop(register)
        depth -= 1
    }

    private mutating func expression(_ expression: Expression) {
        switch expression {
        case .number(let value):
            a.mov(.rax, .imm(value))
        case .variable(let name):
            a.mov(.rax, slot(name))
        case .unary(.negate, let operand):
            self.expression(operand)
            a.neg(.rax)
        case .unary(.not, let operand):
            self.expression(operand)
            a.test(.rax, .rax)
            a.sete(.al)
            a.movzx(.eax, .al)
        case .binary(let op, let left, let right) where op == .and || op == .or:
            let shortCut = a.label()
            let end = a.label()
            self.expression(left)
            a.test(.rax, .rax)
            if op == .and { a.jz(shortCut) } else { a.jnz(shortCut) }
            self.expression(right)
            a.test(.rax, .rax)
            a.setne(.al)
            a.movzx(.eax, .al)
            a.jmp(end)
            a.bind(shortCut)
            a.mov(.eax, op == .and ? 0 : 1)
            a.bind(end)
        case .binary(let op, let left, let right):
            self.expression(right)
            push(.rax)
            self.expression(left)
            pop(.rcx)
            binary(op)
        case .call(let name, let arguments):
            for argument in arguments {
                self.expression(argument)
                push(.rax)
            }
            for register in Compiler.argumentRegisters.prefix(arguments.count).reversed() { pop(register) }
            let misaligned = depth % 2 == 1
            if misaligned { a.sub(.rsp, 8) }
            if let entry = entries[name] { a.call(entry) }
            if misaligned { a.add(.rsp, 8) }
        }
    }

    /// `rax = rax op rcx`.
    private func binary(_ op: BinaryOperator) {
        switch op {
        case .add: a.add(.rax, .rcx)
        case .subtract: a.sub(.rax, .rcx)
        case .multiply: a.imul(.rax, .rcx)
        case .divide, .remainder:
            // idiv faults on 0 and on Int.min / -1; the language defines both.
            let byZero = a.label()
            let general = a.label()
            let end = a.label()
            a.test(.rcx, .rcx)
            a.jz(byZero)
            a.cmp(.rcx, -1)
            a.jne(general)
            if op == .divide { a.neg(.rax) } else { a.xor(.eax, .eax) }
            a.jmp(end)
            a.bind(general)
            a.cqo()
            a.idiv(.rcx)
            if op == .remainder { a.mov(.rax, .rdx) }
            a.jmp(end)
            a.bind(byZero)
            a.xor(.eax, .eax)
            a.bind(end)
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual:
            a.cmp(.rax, .rcx)
            switch op {
            case .less: a.setl(.al)
            case .lessOrEqual: a.setle(.al)
            case .greater: a.setg(.al)
            case .greaterOrEqual: a.setge(.al)
            case .equal: a.sete(.al)
            default: a.setne(.al)
            }
            a.movzx(.eax, .al)
        case .and, .or:
            break
        }
    }
}

/// A Toy program compiled and loaded into this process.
public struct CompiledProgram: Sendable {
    /// The code as loaded.
    public let loaded: LoadedCode

    /// Parses, compiles and loads `source`.
    public init(_ source: String) throws {
        let program = try Parser.parse(source)
        loaded = try JITRuntime().load(try Compiler.compile(program))
    }

    /// Calls `main` with up to three arguments (as many as it takes).
    public func run(_ arguments: [Int] = []) -> Int {
        let a = arguments + Array(repeating: 0, count: max(0, 3 - arguments.count))
        let main = loaded.function(as: (@convention(c) (Int, Int, Int) -> Int).self)
        // Extra argument registers are ignored by a function that takes fewer.
        return main { $0(a[0], a[1], a[2]) }
    }
}
