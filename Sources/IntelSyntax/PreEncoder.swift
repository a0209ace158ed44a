import Synchronization
import X86
import X86Assembler
import X86Encoder

#if canImport(Glibc)
import Glibc
#endif

/// The lines of one chunk: the bytes of those encoded, one after the other; per line, how
/// many bytes it has there (0 when the main parse must do the line), with ``continues`` set
/// when text follows a `;` after the instruction and ``targeted`` when a displacement in them
/// is a label's, to be filled in by the main parse (the line's ``PlainTarget`` is the next in
/// ``targets``), and the offset of its newline (or of the end of the text).
struct ChunkLines {
    var bytes = ByteBuffer()
    let lengths: Column<UInt8>
    let ends: Column<Int32>
    let targets: Column<PlainTarget>
    let branches: Column<PlainBranch>

    /// Empty columns with room for about `lines` lines.
    init(lines: Int = 0) {
        lengths = Column(capacity: lines)
        ends = Column(capacity: lines)
        // Compiler output names a label RIP-relatively in about one line of twenty.
        targets = Column(capacity: lines / 16)
        // And branches to a label in one line of ten.
        branches = Column(capacity: lines / 8)
    }

    /// In a length: the line goes on after a `;` (see ``SourceParser/encodeContextFree(from:to:)``).
    static let continues: UInt8 = 0x80
    /// In a length: the line's bytes have a RIP-relative displacement for the main parse to fill.
    static let targeted: UInt8 = 0x40
    /// In a length: the line is a branch to a label, with no bytes here (its ``PlainBranch`` is
    /// the next in ``branches``).
    static let branch: UInt8 = 0x20
    /// The lines the main parse places from what was read here.
    static let placedByMain: UInt8 = targeted | branch
    /// In a length: the count of bytes (an instruction has at most 15).
    static let lengthBits: UInt8 = 0x1F
}

/// Encodes, on a second thread, the lines of a big file whose bytes depend on nothing but the
/// line itself (an instruction with registers and numbers only: most of a compiler's output),
/// a chunk of lines at a time, while the main parse takes the chunks in order and adds those
/// bytes as they are. When the chunk it needs is not ready, the main parse encodes chunks
/// itself rather than wait, so the two cores share the work.
///
/// What a line means never changes by being encoded early: a line that names a symbol, `$`,
/// a string, an address without registers (which `default rel` decides) or anything but an
/// instruction is left for the main parse, and so is any line with an error.
final class PreEncoder: @unchecked Sendable {
    /// Lines per chunk, roughly: a chunk is this many bytes, cut at a newline.
    static let chunkBytes = 64 << 10
    /// How far ahead of the main parse the second thread may run (bounds memory).
    static let window = 32

    private struct Progress {
        /// 0: free, 1: being encoded, 2: done, 3: taken by the main thread.
        var states: [UInt8]
        var nextFree = 0
        var consumed = 0
    }

    private let text: UnsafeBufferPointer<UInt8>
    /// Whose encodings both threads choose.
    private let dialect: EncodingDialect
    /// Chunk `k` is the lines that start in `k * chunkBytes ..< (k + 1) * chunkBytes` (see
    /// ``lineStart(atOrAfter:)``): the thread that encodes a chunk finds its bounds, reading
    /// pages it reads anyway, rather than the whole text being visited first.
    let chunkCount: Int
    /// Per chunk, per line: the encoded bytes (`count` 0 when the main parse must do the line).
    /// Each chunk is written by one thread before it is marked done, read by the main thread
    /// after: the lock around ``progress`` orders the two.
    private let results: UnsafeMutablePointer<ChunkLines>
    private let progress: Mutex<Progress>
    private var thread = pthread_t()
    private var started = false
    /// The main thread's own context-free parser (used only from the main thread).
    private var helper: LineEncoder

    /// A pre-encoder for `text`.
    init(text: UnsafeBufferPointer<UInt8>, dialect: EncodingDialect) {
        self.text = text
        self.dialect = dialect
        chunkCount = (text.count + PreEncoder.chunkBytes - 1) / PreEncoder.chunkBytes
        results = UnsafeMutablePointer<ChunkLines>.allocate(capacity: max(1, chunkCount))
        for chunk in 0..<max(1, chunkCount) { (results + chunk).initialize(to: ChunkLines()) }
        progress = Mutex(Progress(states: Array(repeating: 0, count: chunkCount)))
        helper = LineEncoder(text: text, dialect: dialect)
    }

    deinit {
        results.deinitialize(count: max(1, chunkCount))
        results.deallocate()
    }

    /// Where chunk `chunk` starts: the first line that starts at or after its first byte.
    func start(ofChunk chunk: Int) -> Int {
        lineStart(atOrAfter: chunk * PreEncoder.chunkBytes)
    }

    /// The first offset at or after `offset` where a line starts, or the end of the text.
    private func lineStart(atOrAfter offset: Int) -> Int {
        guard offset > 0 else { return 0 }
        guard offset < text.count, let base = text.baseAddress else { return text.count }
        if base[offset - 1] == 0x0A { return offset }
        guard let newline = memchr(base + offset, 0x0A, text.count - offset) else { return text.count }
        return UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - base + 1
    }

    /// Starts the second thread. False when it could not be started (then the main parse
    /// encodes every chunk itself).
    @discardableResult
    func start() -> Bool {
        let context = Unmanaged.passRetained(self).toOpaque()
        let status = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            let encoder = Unmanaged<PreEncoder>.fromOpaque(raw).takeRetainedValue()
            var lineEncoder = LineEncoder(text: encoder.text, dialect: encoder.dialect)
            while let chunk = encoder.claim(waiting: true) { encoder.encode(chunk, with: &lineEncoder) }
            return nil
        }, context)
        if status != 0 {
            Unmanaged<PreEncoder>.fromOpaque(context).release()
            return false
        }
        started = true
        return true
    }

    /// Waits for the second thread to end (it ends once every chunk is claimed).
    func finish() {
        progress.withLock { $0.nextFree = $0.states.count }
        if started {
            pthread_join(thread, nil)
            started = false
        }
    }

    /// The results of `chunk`, encoding chunks on this thread while they are not ready.
    /// Chunks must be asked for in order.
    func results(of chunk: Int) -> ChunkLines {
        while true {
            let state = progress.withLock { progress -> UInt8 in
                if progress.states[chunk] == 0 {
                    // Not taken yet: this thread does it.
                    progress.states[chunk] = PreEncoder.takenByMain
                    return PreEncoder.takenByMain
                }
                return progress.states[chunk]
            }
            if state == PreEncoder.takenByMain { break }
            if state == 2 {
                let result = results[chunk]
                results[chunk] = ChunkLines()
                progress.withLock { $0.consumed = chunk + 1 }
                return result
            }
            // The second thread has it: do a later chunk meanwhile. With nothing left to do
            // (the other thread may not be getting a core), do this one too rather than wait;
            // the second thread's copy is then dropped.
            guard let other = claim(waiting: false) else {
                progress.withLock { $0.states[chunk] = PreEncoder.takenByMain }
                break
            }
            encode(other, with: &helper)
        }
        let result = encodedLines(chunk, with: &helper)
        progress.withLock { $0.consumed = chunk + 1 }
        return result
    }

    /// A chunk's state when the main thread encodes it for itself.
    private static let takenByMain: UInt8 = 3

    /// The next free chunk within the window, marked as being encoded; nil when every chunk
    /// is taken (or, without `waiting`, when none is free within the window now).
    private func claim(waiting: Bool) -> Int? {
        var waits = 0
        while true {
            let claimed = progress.withLock { progress -> Int? in
                while progress.nextFree < progress.states.count, progress.states[progress.nextFree] != 0 {
                    progress.nextFree += 1
                }
                guard progress.nextFree < progress.states.count else { return -1 }
                guard progress.nextFree < progress.consumed + PreEncoder.window else { return nil }
                let chunk = progress.nextFree
                progress.states[chunk] = 1
                progress.nextFree += 1
                return chunk
            }
            if let claimed { return claimed >= 0 ? claimed : nil }
            guard waiting else { return nil }
            // The window is full: the main parse is behind by a window of chunks, tens of
            // milliseconds of its work, so a short sleep loses nothing; yielding in a loop
            // instead kept a CPU busy for as long as the main parse was slow (a file full of
            // errors spent more time in the kernel than in the parse).
            waits += 1
            if waits < 16 {
                sched_yield()
            } else {
                var pause = timespec(tv_sec: 0, tv_nsec: 200_000)
                nanosleep(&pause, nil)
            }
        }
    }

    /// Encodes `chunk` and hands it over (marked done), unless the main thread took it meanwhile.
    private func encode(_ chunk: Int, with encoder: inout LineEncoder) {
        let lines = encodedLines(chunk, with: &encoder)
        progress.withLock { progress in
            guard progress.states[chunk] == 1 else { return }
            results[chunk] = lines
            progress.states[chunk] = 2
        }
    }

    private func encodedLines(_ chunk: Int, with encoder: inout LineEncoder) -> ChunkLines {
        var start = self.start(ofChunk: chunk)
        let end = self.start(ofChunk: chunk + 1)
        // Lines of compiler output are about 20 bytes; the columns grow if they are shorter.
        var lines = ChunkLines(lines: (end - start) / 16)
        guard let base = text.baseAddress else { return lines }
        encoder.begin(&lines.bytes)
        // The two instructions the encoder reads into by turns, passed by address: a copy of
        // one costs as much as reading a register operand.
        let instructions = UnsafeMutablePointer<Instruction>.allocate(capacity: 2)
        instructions.initialize(repeating: Instruction(Mnemonic(id: 0)), count: 2)
        defer {
            instructions.deinitialize(count: 2)
            instructions.deallocate()
        }
        while start < end {
            let newline = memchr(base + start, 0x0A, end - start)
            let lineEnd = newline.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? end
            var contentEnd = lineEnd
            if contentEnd > start, base[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            encoder.encode(from: start, to: contentEnd, lines: lines, instructions: instructions)
            lines.ends.append(Int32(truncatingIfNeeded: lineEnd))
            start = lineEnd + 1
        }
        encoder.end(&lines.bytes, lengths: lines.lengths, instructions: instructions)
        return lines
    }
}

/// One thread's means of encoding lines on their own: a context-free parser.
///
/// A line read the short way (most of them) is encoded one line late: what its encoding looks
/// up first is fetched from memory while the next line is read, rather than waited for.
struct LineEncoder {
    private var parser: SourceParser
    /// Which of the caller's two instructions (see ``encode(from:to:lengths:instructions:)``)
    /// holds a line read the short way whose bytes are still to be appended, that line's place
    /// in the lengths (-1: none), and what its encoding looks up.
    private var held = 0
    private var heldIndex = -1
    private var heldContinues = false
    private var heldLookAhead: EncodingLookAhead?

    init(text: UnsafeBufferPointer<UInt8>, dialect: EncodingDialect) {
        var options = AssemblerOptions(keepsStatementRecords: false, collectsSymbols: false)
        options.encodingDialect = dialect
        parser = SourceParser(text: text, builder: ProgramBuilder(options: options), recordsStatements: false)
        parser.contextFree = true
        parser.readsLabels = true
        parser.lineEncoder.reserveFullCache()
    }

    /// Makes `bytes` the buffer lines are encoded into, until ``end(_:lengths:instructions:)``.
    mutating func begin(_ bytes: inout ByteBuffer) { swap(&bytes, &parser.contextFreeOutput) }

    /// Appends the bytes of the line held back, and hands the buffer back.
    mutating func end(_ bytes: inout ByteBuffer, lengths: Column<UInt8>, instructions: UnsafeMutablePointer<Instruction>) {
        appendHeld(lengths, instructions: instructions)
        swap(&bytes, &parser.contextFreeOutput)
    }

    /// Appends to `lines.lengths` the length of line `start..<end`'s bytes, with
    /// ``ChunkLines/continues`` added when text follows a `;`; 0 when the line needs the whole
    /// file. A line read the short way gets its length (and its bytes) with the next line: it
    /// is read into one of the two `instructions` by turns, the other holding the line before.
    /// A line with a RIP-relative label is encoded at once, its ``PlainTarget`` appended to
    /// `lines.targets`; a branch to a label has no bytes, its ``PlainBranch`` goes to
    /// `lines.branches`.
    mutating func encode(from start: Int, to end: Int, lines: ChunkLines, instructions: UnsafeMutablePointer<Instruction>) {
        let lengths = lines.lengths
        let free = 1 - held
        let read = parser.readPlainLine(from: start, to: end, into: &instructions[free])
        if read == .read, let branch = parser.plainBranch {
            appendHeld(lengths, instructions: instructions)
            lines.branches.append(branch)
            lengths.append(ChunkLines.branch | (parser.continuesAfterSemicolon ? ChunkLines.continues : 0))
            return
        }
        if read == .read, parser.plainTarget != nil {
            appendHeld(lengths, instructions: instructions)
            let count = parser.appendTargeted(instructions + free, to: lines.targets)
            lengths.append(Self.length(count, continues: parser.continuesAfterSemicolon) | (count > 0 ? ChunkLines.targeted : 0))
            return
        }
        if read == .read {
            let lookAhead = parser.lineEncoder.lookAhead(parser.plainShape)
            assert(lookAhead == parser.lineEncoder.lookAhead(instructions + free), "the shape read differs from the instruction's")
            appendHeld(lengths, instructions: instructions)
            held = free
            heldIndex = lengths.count
            heldContinues = parser.continuesAfterSemicolon
            heldLookAhead = lookAhead
            lengths.append(0)
            return
        }
        appendHeld(lengths, instructions: instructions)
        let count = read == .needsContext ? 0 : parser.encodeContextFreeWhole(from: start, to: end)
        lengths.append(Self.length(count, continues: parser.continuesAfterSemicolon))
    }

    private mutating func appendHeld(_ lengths: Column<UInt8>, instructions: UnsafeMutablePointer<Instruction>) {
        guard heldIndex >= 0, let lookAhead = heldLookAhead else { return }
        let count = parser.appendContextFree(instructions + held, lookAhead: lookAhead)
        lengths[heldIndex] = Self.length(count, continues: heldContinues)
        heldIndex = -1
    }

    private static func length(_ count: Int, continues: Bool) -> UInt8 {
        UInt8(truncatingIfNeeded: count) | (count > 0 && continues ? ChunkLines.continues : 0)
    }
}
