import X86
import ObjectFile
import X86Encoder

/// Where one statement's bytes ended up.
public struct StatementRecord: Sendable, Hashable {
    /// Index into the statements given to the assembler.
    public var statement: Int
    /// 1-based source line.
    public var line: Int
    /// True for the code section, false for data sections.
    public var inCode: Bool
    /// Offset within ``ProgramImage/code`` or ``ProgramImage/data``.
    public var offset: Int
    public var length: Int

    package init(statement: Int, line: Int, inCode: Bool, offset: Int, length: Int) {
        self.statement = statement
        self.line = line
        self.inCode = inCode
        self.offset = offset
        self.length = length
    }
}

/// Assembled code and data, laid out at their addresses.
public struct ProgramImage: Sendable {
    /// The bytes of `.text`.
    public var code: [UInt8] = []
    /// The bytes of every other section, in order of first appearance (`.bss` as zeros, last).
    public var data: [UInt8] = []
    public var codeAddress: UInt64 = 0
    public var dataAddress: UInt64 = 0
    /// Labels and `equ` constants by name.
    public var symbols: [String: Int64] = [:]
    /// Offset in ``code`` where execution starts: `_start` or `main` when defined, else 0.
    public var entryOffset = 0
    /// One record per statement that produced bytes or has a place (labels have length 0);
    /// empty when ``AssemblerOptions/keepsStatementRecords`` is off.
    public var records: [StatementRecord] = []
    /// How many bytes at the end of ``data`` belong to `.bss`-like sections (zeros that a flat
    /// binary leaves out).
    public var uninitializedSize = 0
    /// Every section in image order, with its address and size.
    public var sections: [SectionInfo] = []

    /// Where one section landed.
    public struct SectionInfo: Sendable, Hashable {
        public var name: String
        public var address: UInt64
        public var size: Int
        public var isCode: Bool

        package init(name: String, address: UInt64, size: Int, isCode: Bool) {
            self.name = name
            self.address = address
            self.size = size
            self.isCode = isCode
        }
    }

    public init() {}

    /// The record of the instruction covering `address` in the code section, if any.
    public func record(atCodeAddress address: UInt64) -> StatementRecord? {
        guard address >= codeAddress else { return nil }
        let offset = Int(address - codeAddress)
        return records.last { $0.inCode && $0.length > 0 && $0.offset <= offset && offset < $0.offset + $0.length }
    }

    /// The bytes of one record.
    public func bytes(of record: StatementRecord) -> ArraySlice<UInt8> {
        let source = record.inCode ? code : data
        return source[record.offset..<record.offset + record.length]
    }
}

/// Where the assembler places sections, and what it keeps besides the bytes.
public struct AssemblerOptions: Sendable {
    /// The address of the first byte of `.text`.
    public var codeAddress: UInt64
    /// The address of the first data byte; nil places data right after the code, 4-byte
    /// aligned (or at the section's largest alignment), as `nasm -f bin` does.
    public var dataAddress: UInt64?
    /// Keep one ``StatementRecord`` per statement (what `jitter encode` and the REPL need).
    public var keepsStatementRecords: Bool
    /// Fill ``ProgramImage/symbols``.
    public var collectsSymbols: Bool
    /// Sizing hints for large inputs (they only save reallocations).
    public var expectedSymbolCount: Int
    public var expectedCodeSize: Int
    /// Most bytes one section may grow to. A statement that would pass it (`.zero`, `times`,
    /// `resb`, `.fill`, `.comm`) is an error before any byte is produced, so a typo in a count
    /// cannot eat the machine's memory. Default 256 MiB; the REPL sets its region's size.
    public var byteLimit: Int = 1 << 28
    /// Produce a relocatable object rather than an image: every section starts at 0, symbols
    /// keep their section, and what only a linker can resolve (external symbols, addresses,
    /// `@PLT`, `@GOTPCREL`, TLS) becomes a relocation instead of an error.
    public var relocatable = false
    /// Fill ``AssemblyResult/listing`` (needs ``keepsStatementRecords``).
    public var keepsListing = false
    /// Whose encodings to choose where the assemblers differ: llvm-mc's, GNU as's or NASM's.
    public var encodingDialect: EncodingDialect = .llvm
    /// The mode the code starts in, as if the file began with `bits 16` or `bits 32`
    /// (which then orders 66 before 67, as NASM does); `bits`, `.code16`… switch it.
    public var codeMode: CodeMode = .bits64
    /// The code is to run as 64-bit code (the REPL): `bits 16`, `.code32`… are an error.
    public var requires64BitCode = false

    public init(
        codeAddress: UInt64 = 0, dataAddress: UInt64? = nil, keepsStatementRecords: Bool = true,
        collectsSymbols: Bool = true, expectedSymbolCount: Int = 64, expectedCodeSize: Int = 0
    ) {
        self.codeAddress = codeAddress
        self.dataAddress = dataAddress
        self.keepsStatementRecords = keepsStatementRecords
        self.collectsSymbols = collectsSymbols
        self.expectedSymbolCount = expectedSymbolCount
        self.expectedCodeSize = expectedCodeSize
    }
}

/// The image (always, with failed statements contributing nothing) and every error.
public struct AssemblyResult: Sendable {
    public var image: ProgramImage
    public var diagnostics: [AssemblyDiagnostic]
    /// The relocatable object, when ``AssemblerOptions/relocatable`` asked for one (the image is then empty).
    public var object: ObjectFile?
    /// Where each statement's bytes went, when ``AssemblerOptions/keepsListing`` asked for it.
    public var listing: [ListingEntry] = []

    public init(image: ProgramImage, diagnostics: [AssemblyDiagnostic], object: ObjectFile? = nil) {
        self.image = image
        self.diagnostics = diagnostics
        self.object = object
    }
}

import Diagnostics

/// A diagnostic tied to the statement and line it came from.
public struct AssemblyDiagnostic: Sendable, Hashable, Error {
    /// What kind of problem, for callers that treat some specially.
    public enum Kind: Sendable, Hashable {
        /// A symbol no statement defines (a REPL may wait for a later line to define it).
        case undefinedSymbol(String)
        case other
    }

    public var kind: Kind = .other
    public var diagnostic: Diagnostic
    /// Index of the statement, or -1 for a line that did not parse.
    public var statement: Int
    public var line: Int

    public init(diagnostic: Diagnostic, statement: Int, line: Int, kind: Kind = .other) {
        self.kind = kind
        self.diagnostic = diagnostic
        self.statement = statement
        self.line = line
    }
}

/// One statement of a listing: its line, where its bytes are and what they are.
public struct ListingEntry: Sendable, Hashable {
    /// 1-based source line.
    public var line: Int
    public var section: String
    /// The address (flat binary) or the offset in its section (object file).
    public var address: UInt64
    public var bytes: [UInt8]
}
