/// Turns code into functions of this process: assembles it at the addresses it will have,
/// loads it into fresh pages (written read-write, then made read-execute, never both) and
/// hands back a handle that owns them.
///
/// ```swift
/// let jit = JITRuntime()
/// let add = try jit.function("lea rax, [rdi + rsi]\nret", as: (@convention(c) (Int, Int) -> Int).self)
/// add { $0(3, 4) }   // 7
/// ```
///
/// The functions run in this process, unisolated: a fault in them is a fault of the process
/// (see `NativeCode`). For code you do not trust, run it with an `Executor`
/// (`Executor.run(_:mode:)`), which takes the same code.
public struct JITRuntime: Sendable {
    /// A runtime with nothing loaded (each load is independent; the runtime keeps no state).
    public init() {}

    /// Loads `code`, laid out at the address its pages get.
    public func load(_ code: some Assemblable) throws -> LoadedCode {
        // A first layout for the sizes; the final one happens at the real addresses. Sizes can
        // only differ when branches reach fixed addresses, and `link` handles that.
        let sizing = code.assemble(options: AssemblerOptions(keepsStatementRecords: false, collectsSymbols: false))
        guard sizing.diagnostics.isEmpty else { throw AssemblyError(sizing.diagnostics, rendered: code.render(sizing.diagnostics)) }
        var image = ProgramImage()
        let native = try NativeCode.link(expectedCodeSize: sizing.image.code.count, expectedDataSize: sizing.image.data.count) {
            codeAddress, dataAddress in
            let result = code.assemble(options: AssemblerOptions(
                codeAddress: codeAddress, dataAddress: dataAddress, keepsStatementRecords: false))
            guard result.diagnostics.isEmpty else { throw AssemblyError(result.diagnostics, rendered: code.render(result.diagnostics)) }
            image = result.image
            return NativeCode.Contents(code: result.image.code, data: result.image.data)
        }
        return LoadedCode(native: native, image: image)
    }

    /// Loads `code` and returns the function at `entry` (a label's name; by default `main` or
    /// `_start` when defined, else the first byte) as type `F`, a `@convention(c)` function
    /// type with System V arguments: integers and pointers in rdi, rsi, rdx, rcx, r8, r9,
    /// `Double` and `Float` in xmm0–xmm7, the result in rax or xmm0.
    public func function<F>(_ code: some Assemblable, entry: String? = nil, as type: F.Type) throws -> JITFunction<F> {
        let loaded = try load(code)
        return try entry.map { try loaded.function(named: $0, as: type) } ?? loaded.function(as: type)
    }

    /// ``function(_:entry:as:)`` for Intel-syntax text.
    public func function<F>(_ text: String, entry: String? = nil, as type: F.Type) throws -> JITFunction<F> {
        try function(AssemblyText(text), entry: entry, as: type)
    }
}

/// Code loaded by ``JITRuntime``: its pages and the image it was linked as.
public struct LoadedCode: Sendable {
    /// The pages; they stay mapped while this value or a function taken from it lives.
    public let native: NativeCode
    /// The code and data as laid out at their addresses, with the symbols.
    public let image: ProgramImage

    /// The function at the image's entry (`main`, `_start`, or the first byte).
    public func function<F>(as type: F.Type) -> JITFunction<F> {
        JITFunction(native, entryOffset: image.entryOffset, as: type)
    }

    /// The function at label `name`.
    public func function<F>(named name: String, as type: F.Type) throws(JITError) -> JITFunction<F> {
        guard let address = image.symbols[name], address >= Int64(bitPattern: native.codeAddress),
              address < Int64(bitPattern: native.codeAddress) + Int64(max(1, native.codeSize))
        else { throw .noSuchFunction(name) }
        return JITFunction(native, entryOffset: Int(address - Int64(bitPattern: native.codeAddress)), as: type)
    }

    /// The function at `label`.
    public func function<F>(at label: Label, as type: F.Type) throws(JITError) -> JITFunction<F> {
        try function(named: label.name, as: type)
    }

    /// The address `symbol` has in the loaded code or data.
    public func address(of symbol: String) -> UnsafeMutableRawPointer? {
        image.symbols[symbol].flatMap { UnsafeMutableRawPointer(bitPattern: Int($0)) }
    }
}

/// Why a function could not be taken from loaded code.
public enum JITError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No label of that name is in the code.
    case noSuchFunction(String)

    /// The error in words.
    public var description: String {
        switch self {
        case .noSuchFunction(let name): "no label '\(name)' in the code"
        }
    }
}
