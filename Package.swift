// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Jitter",
    products: [
        .executable(name: "jitter", targets: ["jitter"]),
        // The one library a user adds: the assembler, the text front end and both ways of running code.
        .library(name: "Jitter", targets: ["Jitter"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `swift package generate-documentation --target Jitter` builds the DocC catalog.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The ISA model: registers, operands, instructions and the instruction-form table.
        .target(name: "X86"),
        // One instruction to bytes.
        .target(name: "X86Encoder", dependencies: ["X86", "CPrefetch"]),
        // The prefetch instruction, which Swift cannot emit.
        .target(name: "CPrefetch"),
        // Reads of a mapped source file that another process shortens: zeros, not SIGBUS.
        .target(name: "CFileGuard"),
        // Source ranges and rendered diagnostics.
        .target(name: "Diagnostics"),
        // Statements, labels, expressions, directives and layout into a program image.
        // ELF64 relocatable objects: sections, symbols, relocations, written out.
        .target(name: "ObjectFile"),
        .target(name: "X86Assembler", dependencies: ["X86", "X86Encoder", "Diagnostics", "ObjectFile", "CPrefetch"]),
        // Intel-syntax text to statements.
        .target(name: "IntelSyntax", dependencies: ["X86", "X86Encoder", "X86Assembler", "Diagnostics", "ObjectFile", "CFileGuard"]),
        // Field-by-field explanations of encodings.
        .target(name: "Explain", dependencies: ["X86", "X86Encoder"]),
        // Bytes back to instructions, through the same table.
        .target(name: "X86Decoder", dependencies: ["X86"]),
        // Enters generated code with a register state and captures the state on the way out.
        .target(name: "CTrampoline"),
        // Executable memory and isolated execution.
        .target(name: "JIT", dependencies: ["CTrampoline"]),
        // The session: dot-commands, formatting; no terminal I/O.
        .target(name: "REPL", dependencies: [
            "X86", "X86Encoder", "X86Assembler", "IntelSyntax", "Diagnostics", "JIT", "Explain", "X86Decoder",
        ]),
        // The library product's front door: re-exports what its API needs, adds the glue between
        // the assembler and the two ways of running code.
        .target(name: "Jitter", dependencies: ["X86", "Diagnostics", "X86Assembler", "IntelSyntax", "JIT"]),
        // libedit's variadic calls, wrapped for Swift.
        .target(name: "CLibEdit", linkerSettings: [.linkedLibrary("edit")]),
        .executableTarget(name: "jitter", dependencies: [
            "REPL", "CLibEdit", "X86Decoder", "Explain", "ObjectFile",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "X86Tests", dependencies: ["X86", "X86Encoder", "X86Assembler", "IntelSyntax", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "AssemblerTests", dependencies: ["X86Assembler", "X86Encoder", "IntelSyntax", "Diagnostics", "TestSupport"]),
        .testTarget(name: "JITTests", dependencies: ["JIT", "TestSupport"]),
        .testTarget(name: "REPLTests", dependencies: ["REPL", "X86", "TestSupport"], exclude: ["Transcripts"]),
        .testTarget(name: "ExplainTests", dependencies: ["Explain", "IntelSyntax", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "ObjectFileTests", dependencies: ["IntelSyntax", "ObjectFile", "TestSupport"], exclude: ["Programs", "LineTables"]),
        .testTarget(name: "DecoderTests", dependencies: ["X86Decoder", "X86Encoder", "IntelSyntax", "TestSupport"], exclude: ["Fixtures"]),

        // The examples: their sources live under examples/ for people to read; JitterTests
        // builds and runs each.
        .executableTarget(name: "minimal", dependencies: ["Jitter"], path: "examples/minimal"),
        .target(name: "ToyLanguage", dependencies: ["Jitter"], path: "examples/toy-language/Library"),
        .executableTarget(name: "toy", dependencies: ["ToyLanguage"], path: "examples/toy-language/Command"),
        .target(name: "Brainfuck", dependencies: ["Jitter"], path: "examples/brainfuck/Library"),
        .executableTarget(name: "bf", dependencies: ["Brainfuck"], path: "examples/brainfuck/Command"),
        // What a call of JIT'd code costs, for Scripts/bench.
        .executableTarget(name: "callbench", dependencies: ["Jitter"], path: "Scripts/bench.d/callbench"),
        .testTarget(name: "JitterTests", dependencies: ["Jitter", "ToyLanguage", "Brainfuck", "TestSupport"]),
    ]
)
