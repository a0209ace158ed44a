import JIT
import X86Assembler

/// The code and data of the blocks run so far, kept in the sandbox: each new block is
/// assembled right after them, can call and jump to the labels they defined, and runs with
/// them in place. `.reset` empties it; `.undo` does not touch it.
struct PersistentProgram {
    /// Every block's code, in the order the blocks ran; `code[0]` is at the sandbox's code address.
    private(set) var code: [UInt8] = []
    /// Bytes of the data region the blocks' data sections take (each block's starts aligned).
    private(set) var dataSize = 0
    /// Labels and constants of earlier blocks, in the order they were defined; a later
    /// definition of a name replaces the earlier one.
    private(set) var definitions: [Definition] = []
    /// The source line of each piece of earlier code, for naming the line at a fault.
    private var places: [(range: Range<UInt64>, line: SourceLine)] = []

    struct Definition: Equatable {
        let name: String
        let value: UInt64
        /// Where it came from, for `.defs`.
        let origin: Origin
        /// A label in code, a label in data, or a constant.
        let kind: Kind

        enum Kind: String {
            case code, data, constant
        }
    }

    /// Where the next block's code starts.
    var codeAddress: UInt64 { SandboxLayout.codeAddress + UInt64(code.count) }
    /// Where the next block's data starts: after the earlier blocks', 16-byte aligned.
    var dataAddress: UInt64 { SandboxLayout.dataAddress + UInt64(nextDataOffset) }
    var nextDataOffset: Int { (dataSize + 15) & ~15 }

    /// The value of a name defined by an earlier block.
    func value(of name: String) -> UInt64? {
        definitions.last { $0.name == name }?.value
    }

    /// The image that runs `block` (assembled at `codeAddress` and `dataAddress`) with the
    /// earlier blocks' code in place.
    func image(running block: ProgramImage) -> ExecutableImage {
        ExecutableImage(code: code + block.code, data: block.data,
                        entryOffset: code.count + block.entryOffset, dataOffset: dataOffset(of: block))
    }

    /// Where `block`'s data goes in the data region: where the assembler placed it, which may
    /// be past `dataAddress` when its data asks for a larger alignment.
    func dataOffset(of block: ProgramImage) -> Int {
        guard block.dataAddress >= SandboxLayout.dataAddress else { return nextDataOffset }
        return max(nextDataOffset, Int(block.dataAddress - SandboxLayout.dataAddress))
    }

    /// Whether `block` still fits the sandbox's regions after what is there.
    func room(for block: ProgramImage) -> String? {
        if code.count + block.code.count + SandboxLayout.exitStubSize > SandboxLayout.codeCapacity {
            return "the code area is full (\(code.count) bytes of earlier blocks; .reset empties it)"
        }
        if dataOffset(of: block) + block.data.count > SandboxLayout.dataCapacity {
            return "the data area is full (\(dataSize) bytes of earlier blocks; .reset empties it)"
        }
        return nil
    }

    /// Keeps a block that ran: its code and data stay where they are, its names stay defined.
    /// Returns the names it redefined, with their earlier values.
    mutating func append(_ block: ProgramImage, lines: [SourceLine], lineOfRecord: (StatementRecord) -> SourceLine?,
                         defined: [(name: String, kind: Definition.Kind, line: Int)]) -> [(String, UInt64)] {
        let base = SandboxLayout.codeAddress + UInt64(code.count)
        for record in block.records where record.inCode && record.length > 0 {
            guard let line = lineOfRecord(record) else { continue }
            let start = base + UInt64(record.offset)
            places.append((start..<start + UInt64(record.length), line))
        }
        code += block.code
        if !block.data.isEmpty { dataSize = dataOffset(of: block) + block.data.count }
        var replaced: [(String, UInt64)] = []
        for (name, kind, line) in defined {
            guard let value = block.symbols[name], line >= 1, line <= lines.count else { continue }
            if let earlier = self.value(of: name), earlier != UInt64(bitPattern: value) { replaced.append((name, earlier)) }
            definitions.removeAll { $0.name == name }
            definitions.append(Definition(name: name, value: UInt64(bitPattern: value), origin: lines[line - 1].origin, kind: kind))
        }
        return replaced
    }

    /// The line of earlier code at `address`.
    func line(at address: UInt64) -> SourceLine? {
        places.last { $0.range.contains(address) }?.line
    }
}
