import Diagnostics
import X86

/// Where in an instruction an expression's value goes.
public enum OperandValueRole: Sendable, Hashable {
    /// An immediate, or an absolute address used as one (`mov eax, label`).
    case immediate
    /// A branch target (`jmp label`, `call label`).
    case branchTarget
    /// A memory displacement (`[rbx + table]`).
    case displacement
    /// A RIP-relative target (`[rip + msg]`, or `[msg]` under `default rel`).
    case ripTarget
    /// The selector of a far pointer (`jmp CODE_SEG:start32`, CODE_SEG defined from labels).
    case farSelector
}

/// An operand whose value waits for symbols: the assembler evaluates `expression` and stores the
/// result in operand `index` of the instruction.
public struct SymbolicOperand: Sendable, Hashable {
    public var index: Int
    public var expression: AssemblyExpression
    public var role: OperandValueRole

    public init(index: Int, expression: AssemblyExpression, role: OperandValueRole) {
        self.index = index
        self.expression = expression
        self.role = role
    }
}

/// An instruction as written: the instruction with every constant already in place, the source
/// range of each operand, and the operands that still need symbol values.
public struct InstructionStatement: Sendable, Hashable {
    public var instruction: Instruction
    public var mnemonicRange: SourceRange
    public var operandRanges: [SourceRange]
    public var symbolic: [SymbolicOperand]
    /// The user wrote `short`/`near`: the branch width is theirs, not the assembler's.
    public var explicitBranchWidth: Bool

    public init(
        instruction: Instruction, mnemonicRange: SourceRange, operandRanges: [SourceRange],
        symbolic: [SymbolicOperand] = [], explicitBranchWidth: Bool = false
    ) {
        self.instruction = instruction
        self.mnemonicRange = mnemonicRange
        self.operandRanges = operandRanges
        self.symbolic = symbolic
        self.explicitBranchWidth = explicitBranchWidth
    }
}

/// One data item of `db`/`.byte`…: an expression, or a string's bytes.
public enum DataItem: Sendable, Hashable {
    case expression(AssemblyExpression, SourceRange)
    case bytes([UInt8])
    /// `?`: reserved, zero-filled.
    case uninitialized
}

/// A directive: anything that is not an instruction or a label.
public enum Directive: Sendable, Hashable {
    /// `db`/`dw`/`dd`/`dq`, `.byte`/`.word`/`.long`/`.quad`…: items of `size` bytes each.
    case data(size: Int, items: [DataItem])
    /// `resb N`, `.zero N`, `.skip N[, fill]`: `count` units of `size` bytes of `fill`.
    case reserve(size: Int, count: AssemblyExpression, fill: AssemblyExpression?)
    /// `.fill count, size, value`.
    case fill(count: AssemblyExpression, size: AssemblyExpression, value: AssemblyExpression)
    /// `times N <statement>`.
    case times(count: AssemblyExpression, statement: StatementKind)
    /// `align N` / `.align N` / `.p2align K` (already turned into a byte boundary), optional fill.
    case align(boundary: AssemblyExpression, fill: AssemblyExpression?)
    /// `section .data`, `.text`, `.section .rodata`…
    case section(String)
    /// `name equ expr`, `.set name, expr`, `name = expr`.
    case define(name: String, value: AssemblyExpression)
    /// `global name` / `.globl name`.
    case global([String])
    /// `extern name`.
    case external([String])
    /// `default rel` / `default abs`.
    case defaultRelative(Bool)
    /// `bits 16|32|64`, `use32`, `.code16`…: the mode of the code that follows.
    case codeMode(CodeMode)
    /// Accepted and without effect here (`bits 64`, `.intel_syntax noprefix`, `.file` …).
    case ignored(String)
}

/// What one statement is.
public indirect enum StatementKind: Sendable, Hashable {
    case instruction(InstructionStatement)
    case label(String)
    case directive(Directive)
}

/// One statement with where it came from.
public struct Statement: Sendable, Hashable {
    public var kind: StatementKind
    public var range: SourceRange
    /// 1-based source line.
    public var line: Int

    public init(_ kind: StatementKind, range: SourceRange, line: Int) {
        self.kind = kind
        self.range = range
        self.line = line
    }
}
