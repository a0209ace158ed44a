import CFileGuard
import Diagnostics
import ObjectFile
import X86Assembler
import X86Encoder

#if canImport(Glibc)
import Glibc
#endif

/// A whole source file assembled into a flat binary, as `jitter asm FILE -o OUT` needs it:
/// the code, then the data sections after it, like `nasm -f bin`.
///
/// Built for size: the file is mapped rather than copied, no per-statement record is kept
/// and nothing but the bytes, the fixups and the symbols stays in memory, so a file of a
/// million lines assembles in a few tens of megabytes. Every error is kept with its line.
public struct FileAssembly: Sendable {
    /// Why a file could not be read or written.
    public struct FileError: Error, Sendable, CustomStringConvertible {
        /// What failed (`open`, `mmap`, `write` …) and the system's reason.
        public let description: String
    }

    /// The name diagnostics show.
    public let name: String
    public let image: ProgramImage
    /// The relocatable object, when the options asked for one (``AssemblerOptions/relocatable``).
    public let object: ObjectFile?
    /// Whose encodings were chosen (given, or found by ``DialectDetection``).
    public let dialect: EncodingDialect
    /// Every error, in line order; the image is complete but wrong where they are.
    public let diagnostics: [AssemblyDiagnostic]
    /// Each statement's place and bytes, when the options asked for a listing.
    public let listing: [ListingEntry]
    private let source: SourceBuffer

    /// Assembles the file at `path` (`-`: standard input, named `<stdin>` in diagnostics),
    /// starting in `syntax`. With `detectsDialect`, the file's own dialect (``DialectDetection``)
    /// replaces `options.encodingDialect`. With `keepsWorkingMemory`, the assembler's working
    /// tables (symbols, fragments, fixups: tens of megabytes for a big file) are freed with the
    /// result rather than before it is returned, for a caller that exits once it has written
    /// the result, so that the kernel reclaims them at once on exit.
    public static func assemble(
        path: String, options: AssemblerOptions = FileAssembly.defaultOptions, syntax: SourceSyntax = .intel,
        includePaths: [String] = [], detectsDialect: Bool = false, keepsWorkingMemory: Bool = false
    ) -> Result<FileAssembly, FileError> {
        let source = path == "-" ? SourceBuffer.readAll(0, path: "<stdin>").map { SourceBuffer(copying: $0) } : SourceBuffer.map(path: path)
        switch source {
        case .success(let source):
            let assembly = FileAssembly(name: path == "-" ? "<stdin>" : path, source: source, options: options, syntax: syntax,
                                        includePaths: includePaths, detectsDialect: detectsDialect,
                                        keepsWorkingMemory: keepsWorkingMemory)
            guard !source.changedWhileRead else {
                return .failure(FileError(description: "\(path) changed while it was read (another program shortened it, or a page of it could not be read)"))
            }
            return .success(assembly)
        case .failure(let error): return .failure(error)
        }
    }

    /// Assembles `bytes`, named `name` in diagnostics, starting in `syntax`; `.include` and
    /// `%include` search `includePaths` after the file's own directory.
    public init(name: String, bytes: [UInt8], options: AssemblerOptions = FileAssembly.defaultOptions, syntax: SourceSyntax = .intel,
                includePaths: [String] = [], detectsDialect: Bool = false) {
        self.init(name: name, source: SourceBuffer(copying: bytes), options: options, syntax: syntax, includePaths: includePaths,
                  detectsDialect: detectsDialect, keepsWorkingMemory: false)
    }

    private init(
        name: String, source original: SourceBuffer, options: AssemblerOptions, syntax: SourceSyntax, includePaths: [String],
        detectsDialect: Bool, keepsWorkingMemory: Bool
    ) {
        // AT&T's `/* … */` comments are blanked before an AT&T file is read; a file read as Intel
        // is blanked only if it switches to AT&T (the parse stops there and starts over).
        func blanking(_ source: SourceBuffer) -> SourceBuffer {
            BlockComments.blanked(source.bytes, syntax: syntax).map { SourceBuffer(copying: $0) } ?? source
        }
        var blanked = syntax == .intel ? original : blanking(original)
        var options = options
        if detectsDialect { options.encodingDialect = DialectDetection.dialect(of: blanked.bytes, syntax: syntax) }
        self.dialect = options.encodingDialect
        // A second core pays off once there is enough text to share. The pre-encoder reads
        // Intel syntax only.
        let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        func sharing(_ text: SourceBuffer) -> PreEncoder? {
            guard syntax == .intel, text.count >= FileAssembly.parallelThreshold, !options.keepsStatementRecords, cores > 1
            else { return nil }
            let encoder = PreEncoder(text: text.bytes, dialect: options.encodingDialect)
            encoder.start()
            return encoder
        }
        func parsed(_ source: SourceBuffer, stoppingAtPreprocessing: Bool, stoppingAtATTSyntax: Bool = false) -> SourceParser {
            var options = options
            if options.expectedCodeSize == 0 { options.expectedCodeSize = source.count / 4 }
            // A label every 200 bytes or so in compiler output: room reserved for a few more,
            // which costs address space only, rather than every symbol array copied near the end.
            options.expectedSymbolCount = max(options.expectedSymbolCount, source.count / 192)
            let preEncoder = sharing(source)
            var parser = SourceParser(text: source.bytes, builder: ProgramBuilder(options: options), recordsStatements: false)
            parser.stopsAtPreprocessing = stoppingAtPreprocessing
            parser.includePaths = includePaths
            parser.stopsAtATTSyntax = stoppingAtATTSyntax
            parser.startSyntax(syntax)
            parser.parseAll(release: { source.release(upTo: $0) }, preEncoder: preEncoder)
            preEncoder?.finish()
            return parser
        }
        // Parsed as it is until a line needs the preprocessor (nearly every big file has none,
        // and then pays for no search); from the start again, expanded, when one does. Macros
        // expand into a text of their own; diagnostics and listings map back to `blanked`.
        var parser = parsed(blanked, stoppingAtPreprocessing: true, stoppingAtATTSyntax: syntax == .intel)
        var isBlanked = syntax != .intel
        if parser.foundATTSyntax {
            blanked = blanking(original)
            isBlanked = true
            parser = parsed(blanked, stoppingAtPreprocessing: true)
        }
        var expansion: PreprocessedSource?
        var expandedText: SourceBuffer?
        if parser.foundPreprocessing {
            // The parse may have stopped before a switch to AT&T further down.
            if !isBlanked { blanked = blanking(original) }
            let expanded = Preprocessor.run(blanked.bytes, name: name, includePaths: includePaths)
            let text = SourceBuffer(copying: expanded.text)
            parser = parsed(text, stoppingAtPreprocessing: false)
            expansion = expanded
            expandedText = text
        } else {
            blanked.release(upTo: blanked.count)
        }
        let result = parser.builder.finish()
        withExtendedLifetime(expandedText) {}
        self.name = name
        self.image = expansion?.original(result.image) ?? result.image
        self.object = result.object
        self.listing = expansion?.original(result.listing) ?? result.listing
        self.diagnostics = expansion?.merged(result.diagnostics) ?? result.diagnostics
        self.source = blanked
        workingMemory = keepsWorkingMemory ? WorkingMemory(parser) : nil
    }

    /// The parse's tables, when kept with the result (see ``assemble(path:options:syntax:includePaths:detectsDialect:keepsWorkingMemory:)``).
    private let workingMemory: WorkingMemory?

    /// Holds a finished parse, never read: freeing a big one's arrays one by one takes
    /// milliseconds that a process about to exit need not spend.
    private final class WorkingMemory: @unchecked Sendable {
        let parser: SourceParser
        init(_ parser: SourceParser) { self.parser = parser }
    }

    /// Starts building the instruction table and the keyword index on another thread, for a
    /// caller that knows a file is coming and has other work first (reading its arguments):
    /// the assembly then finds them built, or waits for the rest.
    public static func prepare() {
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { _ in
            _ = Keywords.shared
            return nil
        }, nil)
        if status == 0 { pthread_detach(thread) }
    }

    /// Sources at least this big are encoded on two threads (see ``PreEncoder``).
    static let parallelThreshold = 1 << 20

    /// Records and symbols are not needed for a flat binary.
    public static var defaultOptions: AssemblerOptions {
        AssemblerOptions(keepsStatementRecords: false, collectsSymbols: false)
    }

    /// The listing: each source line with the address and bytes of what it assembled to,
    /// eight bytes a row (`jitter asm -l`).
    public func renderedListing() -> String {
        var byLine: [Int: [ListingEntry]] = [:]
        for entry in listing { byLine[entry.line, default: []].append(entry) }
        var out = ""
        var lineNumber = 1
        var start = 0
        let text = source.bytes
        func hex(_ value: UInt64, width: Int) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        while start < text.count {
            var end = start
            while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
            var sourceLine = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
            if sourceLine.hasSuffix("\r") { sourceLine.removeLast() }
            var bytes: [UInt8] = []
            var address: UInt64?
            for entry in byLine[lineNumber] ?? [] {
                if address == nil || (bytes.isEmpty && !entry.bytes.isEmpty) { address = entry.address }
                bytes += entry.bytes
            }
            let number = String(lineNumber)
            let prefix = String(repeating: " ", count: max(0, 6 - number.count)) + number + "  "
            let place = address.map { hex($0, width: 8) } ?? String(repeating: " ", count: 8)
            var rows: [String] = []
            var offset = 0
            repeat {
                let chunk = bytes[offset..<min(offset + 8, bytes.count)]
                rows.append(chunk.map { hex(UInt64($0), width: 2) }.joined())
                offset += 8
            } while offset < bytes.count
            let first = rows[0] + String(repeating: " ", count: max(0, 16 - rows[0].count))
            out += prefix + place + "  " + first + "  " + sourceLine + "\n"
            var rowAddress = (address ?? 0) &+ 8
            for row in rows.dropFirst() {
                out += String(repeating: " ", count: 8) + hex(rowAddress, width: 8) + "  " + row + "\n"
                rowAddress &+= 8
            }
            lineNumber += 1
            start = end + 1
        }
        return out
    }

    /// Writes `text` to `path` (`-`: standard output).
    public static func writeText(_ text: String, to path: String) -> Result<Void, FileError> {
        withOutput(path) { fd in write(Array(text.utf8), to: fd, path: path) }
    }

    /// Each diagnostic drawn under its source line (see ``DiagnosticRenderer``).
    public func renderedDiagnostics(colors: Bool = false) -> String {
        let renderer = DiagnosticRenderer(colors: colors)
        var out = ""
        for diagnostic in diagnostics {
            out += renderer.render(diagnostic.diagnostic, line: diagnostic.line, in: source.bytes, name: name)
        }
        return out
    }

    /// The flat binary: the code, zeros up to the data address, the data without trailing `.bss`.
    public var flatBinarySize: Int {
        guard image.data.count > image.uninitializedSize else { return image.code.count }
        return Int(image.dataAddress &- image.codeAddress) + image.data.count - image.uninitializedSize
    }

    /// Options for a relocatable object (`jitter asm -f elf64`).
    public static var objectOptions: AssemblerOptions {
        var options = defaultOptions
        options.relocatable = true
        return options
    }

    /// Writes the ELF64 object to `path` (`-` for standard output).
    public func writeObject(to path: String) -> Result<Void, FileError> {
        guard let object else { return .failure(FileError(description: "no object was assembled")) }
        let chunks: [[UInt8]]
        do {
            chunks = try ELFWriter().chunks(object)
        } catch {
            return .failure(FileError(description: error.description))
        }
        return FileAssembly.withOutput(path) { fd in
            for chunk in chunks {
                if let failure = FileAssembly.write(chunk, to: fd, path: path) { return failure }
            }
            return nil
        }
    }

    /// Opens `path` for writing (`-`: standard output) and hands the descriptor to `body`.
    static func withOutput(_ path: String, _ body: (Int32) -> FileError?) -> Result<Void, FileError> {
        if path == "-" {
            if let failure = body(1) { return .failure(failure) }
            return .success(())
        }
        // Replaced rather than truncated, as GNU as and ld do: on ext4, closing a file that was
        // truncated while it held data flushes the new data at once (auto_da_alloc), which
        // costs more than assembling a few megabytes. Symlinks and devices are written through.
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 { unlink(path) }
        let fd = openForWriting(path, flags: O_CREAT | O_TRUNC, mode: 0o644)
        guard fd >= 0 else {
            let reason = errno == ENXIO ? "a named pipe that no program is reading" : String(cString: strerror(errno))
            return .failure(FileError(description: "open \(path): \(reason)"))
        }
        if let failure = body(fd) {
            close(fd)
            return .failure(failure)
        }
        guard close(fd) == 0 else { return .failure(FileError(description: "close \(path): \(String(cString: strerror(errno)))")) }
        return .success(())
    }

    /// Writes the flat binary to `path` (`-` for standard output): a new file, replacing any regular file there.
    public func writeFlatBinary(to path: String) -> Result<Void, FileError> {
        FileAssembly.withOutput(path) { fd in writeFlatBinary(to: fd, path: path) }
    }

    private func writeFlatBinary(to fd: Int32, path: String) -> FileError? {
        if let failure = FileAssembly.write(image.code, to: fd, path: path) { return failure }
        if image.data.count > image.uninitializedSize {
            let gap = Int(image.dataAddress &- image.codeAddress) - image.code.count
            if gap > 0, let failure = FileAssembly.write(Array(repeating: 0, count: gap), to: fd, path: path) {
                return failure
            }
            if let failure = FileAssembly.write(image.data[0..<(image.data.count - image.uninitializedSize)], to: fd, path: path) {
                return failure
            }
        }
        return nil
    }

    private static func write<C: ContiguousCollection>(_ bytes: C, to fd: Int32, path: String) -> FileError? where C.Element == UInt8 {
        bytes.withContiguousStorage { buffer -> FileError? in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return nil }
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return FileError(description: "write \(path): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
            return nil
        }
    }
}

/// Some contiguous bytes: an array or a slice of one.
protocol ContiguousCollection: Collection {
    func withContiguousStorage<R>(_ body: (UnsafeBufferPointer<Element>) -> R) -> R
}

extension Array: ContiguousCollection {
    func withContiguousStorage<R>(_ body: (UnsafeBufferPointer<Element>) -> R) -> R { withUnsafeBufferPointer(body) }
}

extension ArraySlice: ContiguousCollection {
    func withContiguousStorage<R>(_ body: (UnsafeBufferPointer<Element>) -> R) -> R { withUnsafeBufferPointer(body) }
}

/// Source bytes that stay put for the life of an assembly: a read-only mapping of the file
/// (pages the kernel can drop and re-read), or a copy.
final class SourceBuffer: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    private let mapped: Bool

    var count: Int { bytes.count }

    init(copying array: [UInt8]) {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, array.count))
        array.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.initialize(from: base, count: source.count) }
        }
        bytes = UnsafeBufferPointer(start: pointer, count: array.count)
        mapped = false
    }

    private init(mapping pointer: UnsafePointer<UInt8>, count: Int) {
        bytes = UnsafeBufferPointer(start: pointer, count: count)
        mapped = true
    }

    static func map(path: String) -> Result<SourceBuffer, FileAssembly.FileError> {
        let fd = openForReading(path)
        guard fd >= 0 else { return .failure(.init(description: "open \(path): \(String(cString: strerror(errno)))")) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.init(description: "stat \(path): \(String(cString: strerror(errno)))")) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            // Pipes and devices cannot be mapped: read them.
            return readAll(fd, path: path).map { SourceBuffer(copying: $0) }
        }
        let size = Int(info.st_size)
        guard size < Int(Int32.max) else { return .failure(.init(description: "\(path): files of 2 GiB or more are not supported")) }
        guard size > 0 else { return .success(SourceBuffer(copying: [])) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            return .failure(.init(description: "mmap \(path): \(String(cString: strerror(errno)))"))
        }
        _ = madvise(address, size, MADV_SEQUENTIAL)
        // Another process may shorten the file while it is read: its lost pages read as zeros
        // (see `changedWhileRead`) rather than ending the process with SIGBUS.
        _ = jitter_guard_mapping(address, size)
        return .success(SourceBuffer(mapping: UnsafePointer(address.assumingMemoryBound(to: UInt8.self)), count: size))
    }

    /// The most read from a pipe or a device (standard input, `/dev/zero`, which never ends).
    static let streamLimit = 256 << 20

    static func readAll(_ fd: Int32, path: String) -> Result<[UInt8], FileAssembly.FileError> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.init(description: "read \(path): \(String(cString: strerror(errno)))"))
            }
            if count == 0 { return .success(bytes) }
            guard bytes.count + count <= streamLimit else {
                return .failure(.init(description: "\(path): more than \(streamLimit >> 20) MiB from a pipe or a device"))
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Lets the kernel drop the mapped pages below `offset` (they are re-read if a diagnostic
    /// needs them), so the source does not count against memory once parsed.
    func release(upTo offset: Int) {
        guard mapped, let base = bytes.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let length = offset / page * page
        guard length > 0 else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base), length, MADV_DONTNEED)
    }

    /// Whether a page of the mapped file could not be read (another program shortened the file,
    /// or the disk failed): some of ``bytes`` then read as zeros, and whatever was made of them
    /// is wrong.
    var changedWhileRead: Bool {
        guard mapped, let base = bytes.baseAddress else { return false }
        return jitter_guarded_faults(base) > 0
    }

    deinit {
        guard let base = bytes.baseAddress else { return }
        if mapped {
            jitter_unguard_mapping(base)
            munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        } else {
            base.deallocate()
        }
    }
}
