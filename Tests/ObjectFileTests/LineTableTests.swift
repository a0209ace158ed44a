import IntelSyntax
import ObjectFile
import Testing
import TestSupport

/// `.file N` and `.loc` make the DWARF line table GNU as makes. Each source in `LineTables/`
/// has beside it what GNU as 2.40 wrote for it (recorded by `Scripts/line-table-fixtures`): the
/// bytes of `.debug_line` and `.debug_line_str` and the relocations of `.debug_line`, and for
/// hand-written sources the compilation unit GNU as adds (all but its strings, which name the
/// producer and the working directory).
@Suite struct LineTableTests {
    static let folder: String = {
        var path = #filePath
        path = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        return path + "/LineTables"
    }()

    /// What a fixture says GNU as wrote.
    struct Expected: Equatable, CustomStringConvertible {
        var sections: [String: [UInt8]] = [:]
        var relocations: [String] = []

        static let names: Set = [".debug_line", ".debug_line_str", ".debug_info", ".debug_abbrev", ".debug_aranges", ".debug_ranges",
                                 ".debug_rnglists", ".debug_loclists", ".text"]

        init(fixture text: String) {
            var current: String?
            var relocated = ""
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                if line.hasPrefix(".") {
                    current = String(line)
                    sections[String(line)] = []
                } else if line.hasPrefix("relocations ") {
                    current = nil
                    relocated = String(line.dropFirst("relocations ".count))
                } else if let name = current {
                    sections[name, default: []] += line.split(separator: " ").compactMap { UInt8($0, radix: 16) }
                } else {
                    relocations.append("\(relocated): \(line)")
                }
            }
            relocations.sort()
        }

        /// The same of Jitter's object.
        init(object: ObjectFile) {
            for section in object.sections where Self.names.contains(section.name) {
                sections[section.name] = section.bytes
                for relocation in section.relocations {
                    let target = switch relocation.target {
                    case .section(let index): object.sections[index].name
                    case .symbol(let index): object.name(ofSymbol: index)
                    }
                    guard target != ".debug_str" else { continue }
                    let type = relocation.type == ELF.RelocationType.r64 ? "R_X86_64_64"
                        : relocation.type == ELF.RelocationType.r32 ? "R_X86_64_32" : "type \(relocation.type)"
                    relocations.append(
                        "\(section.name): 0x\(String(relocation.offset, radix: 16)) \(type) \(target)+0x\(String(relocation.addend, radix: 16))")
                }
            }
            relocations.sort()
        }

        var description: String {
            sections.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.map { String($0, radix: 16) }.joined(separator: " "))" }
                .joined(separator: "\n") + "\n" + relocations.joined(separator: "\n")
        }
    }

    static func assemble(_ text: String, syntax: SourceSyntax = .intel) -> FileAssembly {
        FileAssembly(name: "input.s", bytes: Array(text.utf8), options: FileAssembly.objectOptions, syntax: syntax)
    }

    @Test("the line table is GNU as's, byte for byte", arguments: [
        "steps", "views", "dwarf5", "att", "funcs", "unit5", "layout-views", "leb128-shrink", "code-padding",
    ])
    func matchesGNUAs(name: String) throws {
        let source = try #require(TemporaryFolder.read(Self.folder + "/\(name).s"))
        let fixture = try #require(TemporaryFolder.read(Self.folder + "/\(name).expected"))
        let assembly = Self.assemble(String(decoding: source, as: UTF8.self))
        #expect(assembly.diagnostics.isEmpty, "\(assembly.renderedDiagnostics())")
        let object = try #require(assembly.object)
        let expected = Expected(fixture: String(decoding: fixture, as: UTF8.self))
        let ours = Expected(object: object)
        #expect(!expected.sections.isEmpty)
        #expect(ours == expected, "Jitter:\n\(ours)\nGNU as:\n\(expected)")
    }

    @Test("the sections GNU as adds come after the source's, .debug_line before .debug_line_str")
    func sectionOrder() throws {
        let object = try #require(Self.assemble("""
            .file 0 "/src" "a.c"
            .file 1 "a.c"
            .text
            .loc 1 1 1
            ret
            .section .note.GNU-stack,"",@progbits
            """).object)
        let names = object.sections.map(\.name)
        let line = try #require(names.firstIndex(of: ".debug_line"))
        let strings = try #require(names.firstIndex(of: ".debug_line_str"))
        let note = try #require(names.firstIndex(of: ".note.GNU-stack"))
        #expect(note < line && line < strings)
        // MS, one byte per entry: strings the linker may merge.
        #expect(object.sections[strings].flags == ELF.SectionFlag.merge | ELF.SectionFlag.strings)
        #expect(object.sections[strings].entrySize == 1)
    }

    @Test("hand-written assembly gets a unit whose strings name the source, the directory and Jitter")
    func unitStrings() throws {
        let object = try #require(Self.assemble(".file 1 \"lib/hand.s\"\n.text\n.loc 1 3 0\nret\n").object)
        let strings = try #require(object.sections.first { $0.name == ".debug_str" })
        let names = strings.bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        #expect(names.count == 3)
        #expect(names.first == "lib/hand.s")
        #expect(names.last == "Jitter")
        #expect(names[1].hasPrefix("/"))
    }

    @Test("a file without .loc or debugging sections gets no line table")
    func nothingWithoutLocations() throws {
        let object = try #require(Self.assemble(".file \"a.c\"\n.text\nret\n").object)
        #expect(!object.sections.contains { $0.name.hasPrefix(".debug") })
    }

    @Test("a .loc waiting at the end, or in a data section, makes no row")
    func rowsOnlyForCode() throws {
        let object = try #require(Self.assemble("""
            .file 1 "a.c"
            .data
            .loc 1 5 1
            nop
            .text
            .loc 1 6 1
            """).object)
        #expect(!object.sections.contains { $0.name == ".debug_line" })
    }

    @Test("flat binaries read .file N and .loc and ignore them")
    func flatBinary() {
        let assembly = FileAssembly(name: "input.s", bytes: Array(".file 1 \"a.c\"\n.loc 1 2 3 view .LVU1\nret\n".utf8))
        #expect(assembly.diagnostics.isEmpty)
        #expect(assembly.image.code == [0xC3])
    }

    @Test("errors in .file and .loc point at the directive", arguments: [
        (".loc 3 1\nret", "unassigned file number 3"),
        (".file 1 \"a.c\"\n.file 1 \"b.c\"", "file table slot 1 is already occupied by a different file (a.c vs b.c)"),
        (".file -1 \"a.c\"", "file number less than one"),
        (".file 1 \"a.c\"\n.loc 1 2 is_stmt 2", "is_stmt value not 0 or 1"),
        (".file 1 \"a.c\"\n.loc 1 2 view 3", "numeric view can only be asserted to zero"),
        (".file 1 \"a.c\"\n.loc 1 2 color 3", "unknown .loc sub-directive 'color'"),
        (".file 1 \"a.c\"\n.loc 1 2 discriminator -1", "discriminator less than zero"),
        (".file 0 \"/d\" \"a.c\" md5 0x12", "md5 value too small or not a constant"),
        (".file 1 \"a.c\" \"b.c\"", "unexpected text at the end of the statement"),
        (".file 1", "expected the file's name as a quoted string"),
        (".loc_mark_labels 2", "expected 0 or 1"),
    ])
    func errors(source: String, message: String) {
        let rendered = Toolchain.jitterDiagnostics(source + "\n")
        #expect(rendered.contains(message), "\(rendered)")
    }
}
