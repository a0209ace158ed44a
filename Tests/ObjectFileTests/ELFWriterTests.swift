import ObjectFile
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// An object built by hand through the ``ObjectFile`` API, written by ``ELFWriter`` and read
/// back by `readelf` and `objcopy`: the names, values and bytes put in are what they report.
@Suite struct ELFWriterTests {
    /// A `.text` big enough to be written as a chunk of its own, a small aligned `.data`,
    /// symbols named every way the API allows, and relocations against them.
    static func handBuilt() -> ObjectFile {
        var object = ObjectFile()
        object.sourceName = "hand.s"
        let code = (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var text = ObjectSection(name: ".text", type: ELF.SectionType.progbits, flags: ELF.SectionFlag.alloc | ELF.SectionFlag.execute,
                                 alignment: 16, entrySize: 0, bytes: code, size: UInt64(code.count))
        var data = ObjectSection(name: ".data", type: ELF.SectionType.progbits, flags: ELF.SectionFlag.alloc | ELF.SectionFlag.write,
                                 alignment: 16, entrySize: 0, bytes: [1, 2, 3], size: 3)
        let start = object.addSymbol(ObjectSymbol(value: 0x10, binding: .global, kind: .function, place: .section(0)), named: "start")
        object.addSymbol(ObjectSymbol(value: 2, binding: .local, place: .section(1)), named: "counter")
        let external = object.addSymbol(ObjectSymbol(value: 0, binding: .global, place: .undefined), named: "puts")
        object.renameSymbol(external, to: "puts@GLIBC_2.2.5")
        object.addSymbol(ObjectSymbol(value: 0x4E20, binding: .weak, place: .section(0)), named: "")
        text.relocations = [ObjectRelocation(offset: 0x21, type: ELF.RelocationType.plt32, target: .symbol(external), addend: -4)]
        data.relocations = [ObjectRelocation(offset: 0, type: ELF.RelocationType.r64, target: .symbol(start), addend: 8)]
        object.sections = [text, data]
        return object
    }

    @Test("symbols, relocations and bytes read back as they were put in")
    func readsBack() throws {
        let object = Self.handBuilt()
        let bytes = try ELFWriter().write(object)
        #expect(try ELFWriter().chunks(object).flatMap { $0 } == bytes)
        let folder = TemporaryFolder.make()
        let path = folder + "/hand.o"
        let file = try #require(fopen(path, "wb"))
        #expect(fwrite(bytes, 1, bytes.count, file) == bytes.count)
        fclose(file)

        let symbols = try Toolchain.run("readelf", ["-sW", path]).split(separator: "\n").map {
            $0.split(separator: " ").dropFirst().joined(separator: " ")
        }
        // Value, size, type, binding, visibility, section number, name; locals before the rest.
        #expect(symbols.filter { $0.hasPrefix("0") }.suffix(5) == [
            "0000000000000000 0 FILE LOCAL DEFAULT ABS hand.s",
            "0000000000000002 0 NOTYPE LOCAL DEFAULT 3 counter",
            "0000000000000010 0 FUNC GLOBAL DEFAULT 1 start",
            "0000000000000000 0 NOTYPE GLOBAL DEFAULT UND puts@GLIBC_2.2.5",
            "0000000000004e20 0 NOTYPE WEAK DEFAULT 1",
        ])

        let relocations = try Toolchain.run("readelf", ["-rW", path])
        #expect(relocations.contains("R_X86_64_PLT32         0000000000000000 puts@GLIBC_2.2.5 - 4"))
        #expect(relocations.contains("R_X86_64_64            0000000000000010 start + 8"))

        for (name, expected) in [(".text", object.sections[0].bytes), (".data", [UInt8]([1, 2, 3]))] {
            let out = folder + "/section.bin"
            try Toolchain.run("objcopy", ["--dump-section", "\(name)=\(out)", path, folder + "/copy.o"])
            #expect(TemporaryFolder.read(out) == expected, "\(name)")
        }
    }

    @Test("a symbol is found and named by the bytes of its name")
    func names() {
        let object = Self.handBuilt()
        #expect(object.firstSymbol(named: "puts@GLIBC_2.2.5") == 2)
        #expect(object.firstSymbol(named: "puts") == nil)
        #expect(object.firstSymbol(named: "counter") == 1)
        #expect(object.name(ofSymbol: 0) == "start")
        #expect(object.name(ofSymbol: 3) == "")
    }
}
