import IntelSyntax
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The system's compilers and binutils, run at test time: GNU as is the oracle, `readelf`,
/// `objdump` and `objcopy` read both objects, `gcc` links and runs them.
enum Toolchain {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `tool ARGUMENTS` through `env`; its standard output, or a failure with its errors.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String], timeout: Double = 60) throws -> String {
        let result = ProcessRunner.run("/usr/bin/env", [tool] + arguments, timeout: timeout)
        guard result.exitCode == 0 else {
            throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) failed: \(result.error)\(result.output)")
        }
        return result.output
    }

    /// Assembles the file at `source` into `output` with Jitter's library, as `jitter asm -f elf64` does.
    static func assembleWithJitter(_ source: String, to output: String, syntax: SourceSyntax = .intel) throws {
        let assembly: FileAssembly
        switch FileAssembly.assemble(path: source, options: FileAssembly.objectOptions, syntax: syntax) {
        case .success(let result): assembly = result
        case .failure(let error): throw Failure(description: error.description)
        }
        guard assembly.diagnostics.isEmpty else { throw Failure(description: assembly.renderedDiagnostics()) }
        if case .failure(let error) = assembly.writeObject(to: output) { throw Failure(description: error.description) }
    }

    /// Assembles `text` with Jitter; the rendered diagnostics (empty when there are none).
    static func jitterDiagnostics(_ text: String, relocatable: Bool = true) -> String {
        let assembly = FileAssembly(name: "input.s", bytes: Array(text.utf8),
                                    options: relocatable ? FileAssembly.objectOptions : FileAssembly.defaultOptions)
        return assembly.renderedDiagnostics()
    }
}

/// What `readelf` and `objcopy` show of a relocatable object, with what only reflects the
/// order of the file (offsets in the file, symbol numbers) left out, so that two objects
/// that a linker would treat alike compare equal.
struct ObjectSummary: Equatable, CustomStringConvertible {
    /// `name type size entsize flags alignment`, per section other than the tables.
    var sections: [String] = []
    /// Contents of each section, by name.
    var contents: [String: [UInt8]] = [:]
    /// `section offset type symbol+addend`, sorted.
    var relocations: [String] = []
    /// `name value size type binding visibility section`, sorted; section symbols left out.
    var symbols: [String] = []

    init(path: String) throws {
        let sectionTable = try Toolchain.run("readelf", ["-SW", path])
        var sectionNames: [String: String] = [:]
        for line in sectionTable.split(separator: "\n") {
            guard let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]") else { continue }
            let number = line[line.index(after: open)..<close].trimmingCharacters(in: " ")
            guard Int(number) != nil else { continue }
            let fields = line[line.index(after: close)...].split(separator: " ")
            guard fields.count >= 7 else { continue }
            let name = String(fields[0])
            sectionNames[number] = name
            let type = fields[1]
            if ["RELA", "SYMTAB", "STRTAB", "GROUP", "NULL"].contains(type) { continue }
            // Name, type, address, offset, size, entsize, [flags], link, info, alignment.
            let flags = fields.count == 10 ? String(fields[6]) : ""
            sections.append("\(name) \(type) \(fields[4]) \(fields[5]) \(flags) \(fields[fields.count - 1])")
            if type != "NOBITS" {
                let folder = TemporaryFolder.make()
                let out = folder + "/section.bin"
                // Not `-O binary`, which writes only what is loaded (debugging sections would be empty).
                try Toolchain.run("objcopy", ["--dump-section", "\(name)=\(out)", path, folder + "/copy.o"])
                contents[name] = TemporaryFolder.read(out) ?? []
            }
        }
        sections.sort()
        var section = ""
        for line in try Toolchain.run("readelf", ["-rW", path]).split(separator: "\n") {
            if line.hasPrefix("Relocation section '.rela") {
                section = String(line.dropFirst("Relocation section '.rela".count).prefix { $0 != "'" })
                continue
            }
            let fields = line.split(separator: " ")
            guard fields.count >= 5, fields[0].count == 16, let offset = UInt64(fields[0], radix: 16) else { continue }
            relocations.append("\(section) 0x\(String(offset, radix: 16)) \(fields[2]) \(fields[4...].joined(separator: " "))")
        }
        relocations.sort()
        for line in try Toolchain.run("readelf", ["-sW", path]).split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 7, fields[0].hasSuffix(":"), fields[0] != "0:", Int(fields[0].dropLast()) != nil,
                  fields[3] != "SECTION"
            else { continue }
            let name = fields.count > 7 ? String(fields[7]) : ""
            let place = sectionNames[String(fields[6])] ?? String(fields[6])
            symbols.append("\(name) \(fields[1]) \(fields[2]) \(fields[3]) \(fields[4]) \(fields[5]) \(place)")
        }
        symbols.sort()
    }

    /// The lines that differ, for a failure message.
    func differences(from other: ObjectSummary) -> String {
        var lines: [String] = []
        func compare(_ what: String, _ mine: [String], _ theirs: [String]) {
            for line in mine where !theirs.contains(line) { lines.append("\(what) only in Jitter's: \(line)") }
            for line in theirs where !mine.contains(line) { lines.append("\(what) only in GNU as's: \(line)") }
        }
        compare("section", sections, other.sections)
        compare("relocation", relocations, other.relocations)
        compare("symbol", symbols, other.symbols)
        for (name, bytes) in contents.sorted(by: { $0.key < $1.key }) where other.contents[name] != nil && other.contents[name] != bytes {
            lines.append("section \(name): the bytes differ")
        }
        return lines.joined(separator: "\n")
    }

    var description: String { (sections + relocations + symbols).joined(separator: "\n") }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
