import IntelSyntax
import Testing
import TestSupport

/// Small C programs (and one C++ program that throws), compiled by gcc/g++ to Intel-syntax
/// assembly, assembled by Jitter and by GNU as: the objects must agree section by section,
/// relocation by relocation and symbol by symbol, and both linked programs must print the same.
@Suite struct CompiledProgramTests {
    static let programs = ["integers.c", "floats.c", "strings.c", "varargs.c", "tls.c", "switch.c", "setjmp.c", "exception.cpp"]
    static let flagSets = [["-O0"], ["-O2"], ["-O2", "-fPIC"]]

    static var cases: [(String, [String])] {
        programs.flatMap { program in flagSets.map { (program, $0) } }
    }

    static let programsFolder: String = {
        var path = #filePath
        path = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        return path + "/Programs"
    }()

    @Test("gcc -S -masm=intel, then Jitter and GNU as agree and link", arguments: cases)
    func compiledProgram(program: String, flags: [String]) throws {
        let folder = TemporaryFolder.make()
        let compiler = program.hasSuffix(".cpp") ? "g++" : "gcc"
        let assembly = folder + "/program.s"
        try Toolchain.run(compiler, flags + ["-S", "-masm=intel", Self.programsFolder + "/" + program, "-o", assembly])
        try Toolchain.assembleWithJitter(assembly, to: folder + "/jitter.o")
        try Toolchain.run("as", [assembly, "-o", folder + "/gnu.o"])

        let ours = try ObjectSummary(path: folder + "/jitter.o")
        let theirs = try ObjectSummary(path: folder + "/gnu.o")
        #expect(ours == theirs, "\(program) \(flags.joined(separator: " ")):\n\(ours.differences(from: theirs))")
        #expect(ours.contents[".text"] == theirs.contents[".text"])

        try linkAndRun(compiler: compiler, folder: folder)
    }

    static let debugCases: [(String, [String], SourceSyntax)] = [
        ("integers.c", ["-O2"], .intel), ("integers.c", ["-O0"], .intel), ("exception.cpp", ["-O2"], .intel),
        ("switch.c", ["-O2", "-gdwarf-4"], .intel), ("strings.c", ["-O2"], .att),
    ]

    @Test("with -g, the objects agree, line tables included", arguments: debugCases)
    func debugInformation(program: String, flags: [String], syntax: SourceSyntax) throws {
        let folder = TemporaryFolder.make()
        let compiler = program.hasSuffix(".cpp") ? "g++" : "gcc"
        let assembly = folder + "/program.s"
        let dialect = syntax == .intel ? ["-masm=intel"] : []
        try Toolchain.run(compiler, ["-g", "-S"] + dialect + flags + [Self.programsFolder + "/" + program, "-o", assembly])
        try Toolchain.assembleWithJitter(assembly, to: folder + "/jitter.o", syntax: syntax)
        try Toolchain.run("as", [assembly, "-o", folder + "/gnu.o"])
        let ours = try ObjectSummary(path: folder + "/jitter.o")
        let theirs = try ObjectSummary(path: folder + "/gnu.o")
        #expect(ours.contents[".debug_line"]?.isEmpty == false)
        #expect(ours == theirs, "\(program) -g \(flags.joined(separator: " ")):\n\(ours.differences(from: theirs))")
        // What a debugger reads: the rows, by file, line and address.
        let decoded = try ["jitter.o", "gnu.o"].map { name in
            try Toolchain.run("objdump", ["--dwarf=decodedline", folder + "/" + name]).split(separator: "\n").dropFirst(2)
        }
        #expect(decoded[0] == decoded[1])
        try linkAndRun(compiler: compiler, folder: folder)
    }

    private func linkAndRun(compiler: String, folder: String) throws {
        try Toolchain.run(compiler, [folder + "/jitter.o", "-o", folder + "/jitter"])
        try Toolchain.run(compiler, [folder + "/gnu.o", "-o", folder + "/gnu"])
        let expected = try Toolchain.run(folder + "/gnu", [])
        let actual = try Toolchain.run(folder + "/jitter", [])
        #expect(!expected.isEmpty)
        #expect(actual == expected)
    }
}
