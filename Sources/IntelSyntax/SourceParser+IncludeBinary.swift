import Diagnostics
import X86Assembler

extension SourceParser {
    /// GNU's `.incbin "FILE"[, SKIP[, COUNT]]` and NASM's `incbin`: the bytes of a file from
    /// offset SKIP, COUNT of them (to its end without one), as data where the line is.
    ///
    /// A relative name is looked for in the working directory, then in each include path, as
    /// both assemblers do (not beside the source, unlike `.include`). Where the file ends
    /// before SKIP or SKIP + COUNT, GNU as refuses the line and NASM takes what there is; each
    /// spelling gets its own assembler's answer.
    mutating func parseIncludeBinary(_ word: Token, _ closingBracket: Bool) throws(Diagnostic) {
        skipSpaces()
        let nameStart = position
        guard current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") || current == UInt8(ascii: "`") else {
            throw error("expected a file name in quotes", at: position)
        }
        stringBytes.removeAll(keepingCapacity: true)
        let (first, count) = try parseString(escapes: current != UInt8(ascii: "'"))
        let name = String(decoding: stringBytes[first..<first + count], as: UTF8.self)
        let nameRange = SourceRange(start: nameStart, end: position)
        guard !name.isEmpty else { throw error("expected a file name", from: nameRange.start, to: nameRange.end) }
        var skip: Int64 = 0
        var limit: Int64?
        var operandsEnd = nameRange.end
        if consumeComma() {
            skipSpaces()
            let skipStart = position
            skip = try constant(try parseValue(), "the number of bytes to skip")
            guard skip >= 0 else { throw error("the number of bytes to skip must not be negative", from: skipStart, to: position) }
            operandsEnd = position
            if consumeComma() {
                skipSpaces()
                let countStart = position
                let number = try constant(try parseValue(), "the number of bytes to include")
                guard number >= 0 else { throw error("the number of bytes to include must not be negative", from: countStart, to: position) }
                limit = number
                operandsEnd = position
            }
        }
        try finish(closingBracket)
        let contents = try includedFile(name, range: nameRange)
        let size = Int64(contents.bytes.count)
        var end = limit.map { skip.addingReportingOverflow($0).overflow ? Int64.max : skip + $0 } ?? size
        if skip > size || end > size {
            if base[word.start] != UInt8(ascii: ".") {
                end = min(end, size)
            } else {
                let what = limit.map { "skip \(skip) + count \($0)" } ?? "skip \(skip)"
                throw error("\(what) reaches past the end of '\(name)' (\(size) bytes)", from: nameRange.start, to: operandsEnd)
            }
        }
        let start = min(skip, size)
        dataItems.removeAll(keepingCapacity: true)
        stringBytes.removeAll(keepingCapacity: true)
        let range = SourceRange(start: word.start, end: position)
        guard end - start <= Int64(builder.room) else {
            throw error("'\(name)' would add \(end - start) bytes, more than the \(builder.room) left of the section's limit",
                        from: nameRange.start, to: nameRange.end)
        }
        // Only the part used is copied (a mapped file's pages are read as they are copied).
        stringBytes.append(contentsOf: contents.bytes[Int(start)..<Int(end)])
        guard !contents.changedWhileRead else {
            throw error("'\(name)' changed while it was read (another program shortened it, or a page of it could not be read)", from: nameRange.start, to: nameRange.end)
        }
        dataItems.append(.string(first: 0, count: Int(end - start)))
        beginStatement()
        emitDataItems(size: 1)
        recordData(size: 1, range: range)
    }

    /// The file `name`, found where ``parseIncludeBinary(_:_:)`` says, mapped (or read, from a pipe).
    private func includedFile(_ name: String, range: SourceRange) throws(Diagnostic) -> SourceBuffer {
        let candidates = [name] + (name.hasPrefix("/") ? [] : IncludeSearch.paths(of: name, in: includePaths))
        guard let path = IncludeSearch.firstReadable(candidates) else {
            let searched = includePaths.isEmpty ? "" : " (searched the working directory, \(includePaths.joined(separator: ", ")))"
            throw error("cannot find '\(name)'\(searched)", from: range.start, to: range.end)
        }
        switch SourceBuffer.map(path: path) {
        case .success(let buffer): return buffer
        case .failure(let failure): throw error("cannot read '\(name)': \(failure.description)", from: range.start, to: range.end)
        }
    }
}
