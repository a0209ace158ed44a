// `import Jitter` is all a user writes: these are the modules whose types its API uses.
@_exported import Diagnostics
@_exported import IntelSyntax
@_exported import JIT
@_exported import X86
@_exported import X86Assembler
