#!/usr/bin/env python3
"""Writes a deterministic, realistic Intel-syntax x86-64 file for the benchmark.

The mix resembles compiler output for integer code: mostly moves, ALU operations
and memory traffic in every addressing form, a label every dozen instructions and
short and far branches in both directions, so an assembler has to relax branches.

Everything in it is accepted by GNU as (`-msyntax=intel -mnaked-reg`) and by
llvm-mc (`-x86-asm-syntax=intel`), and both produce the same `.text` bytes for it:
every construct where the two disagree is left out. Sizes of memory operands are
always spelled out (`qword ptr`), RIP-relative operands are `[rip + label]`, and
all labels live in `.text`, so the object files carry no relocations and the
bytes of `.text` are the whole program.

The random numbers come from splitmix64 rather than Python's `random`, so the same
seed gives the same file on every Python version.

The second input (`--vector`) is the same program with floating point and SIMD mixed in
the way compiler output has it: about 7% SSE/SSE2 lines (scalar doubles, packed moves,
integer vector operations) and 4% AVX/AVX2/FMA lines (VEX, 128 and 256 bits).

    gen.py COUNT [--seed N] [--vector] [-o FILE]      COUNT instructions (labels and comments extra)
"""

import argparse
import sys

# Bump when the output for a given (count, seed) changes, so cached inputs are rebuilt.
GENERATOR_VERSION = 2

LABEL_EVERY = 12
HEADER = ".intel_syntax noprefix\n"

R64 = "rax rcx rdx rbx rsp rbp rsi rdi r8 r9 r10 r11 r12 r13 r14 r15".split()
R32 = "eax ecx edx ebx esp ebp esi edi r8d r9d r10d r11d r12d r13d r14d r15d".split()
R16 = "ax cx dx bx sp bp si di r8w r9w r10w r11w r12w r13w r14w r15w".split()
R8 = "al cl dl bl spl bpl sil dil r8b r9b r10b r11b r12b r13b r14b r15b".split()
# ah..bh cannot appear next to anything that needs a REX prefix.
R8_HIGH = "ah ch dh bh".split()
R8_LEGACY = "al cl dl bl ah ch dh bh".split()
REGS = {8: R8, 16: R16, 32: R32, 64: R64}
# The stack pointer is a fine base register but a rare destination in real code.
DEST = {size: [r for i, r in enumerate(regs) if i != 4] for size, regs in REGS.items()}
INDEX = [r for r in R64 if r != "rsp"]
PTR = {8: "byte ptr", 16: "word ptr", 32: "dword ptr", 64: "qword ptr"}

ALU = "add sub and or xor cmp adc sbb".split()
SHIFTS = "shl shr sar rol ror".split()
UNARY = "inc dec neg not".split()
# Every condition code under every name both peers accept.
CONDITIONS = ("o no b c nae nb nc ae e z ne nz be na nbe a s ns p pe np po "
              "l nge nl ge le ng nle g").split()

# Immediate values worth having: the edges where encodings change size or sign.
IMM_EDGES = {
    8: [0, 1, -1, 127, -128, 255, 0x80, 0x7F],
    16: [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, -32768, 65535],
    32: [0, 1, -1, 127, 128, -128, -129, 0x7FFFFFFF, -0x80000000, 0xFFFFFFFF, 0x80000000],
    # 64-bit operations other than mov take a sign-extended imm32.
    64: [0, 1, -1, 127, 128, -128, -129, 0x7FFFFFFF, -0x80000000],
}
# mov r64, imm also has the full 64-bit form (movabs).
MOV64_EDGES = IMM_EDGES[64] + [
    0x80000000, 0xFFFFFFFF, 0x100000000, -0x80000001,
    0x7FFFFFFFFFFFFFFF, -0x8000000000000000, 0xFFFFFFFFFFFFFFFF, 0x123456789ABCDEF0,
]
RANGES = {8: (-128, 255), 16: (-32768, 65535), 32: (-0x80000000, 0xFFFFFFFF),
          64: (-0x80000000, 0x7FFFFFFF)}
DISP8_EDGES = [127, -128, 8, -8, 16, 24, 32, 64, 1]
DISP32_EDGES = [128, -129, 0x7FFFFFFF, -0x80000000, 0x1000, 0x10000, -4096]

MASK64 = (1 << 64) - 1


class SplitMix64:
    """A tiny, fully specified PRNG (Steele, Lea, Flood 2014)."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def pick(self, seq):
        return seq[self.next() % len(seq)]

    def chance(self, percent):
        return self.next() % 100 < percent

    def between(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


def number(rng, value):
    """Decimal or hex, the way people write them."""
    if value < 0:
        return f"-{-value:#x}" if rng.chance(30) else str(value)
    return f"{value:#x}" if rng.chance(40) else str(value)


class Generator:
    def __init__(self, count, seed):
        self.rng = SplitMix64(seed)
        self.count = count
        self.last_label = (count - 1) // LABEL_EVERY
        self.block = 0  # label index of the block being written

    # Operands ---------------------------------------------------------------

    def size(self):
        r = self.rng.below(100)
        return 64 if r < 40 else 32 if r < 75 else 16 if r < 85 else 8

    def imm(self, size, edges=None):
        rng = self.rng
        if rng.chance(45):
            return number(rng, rng.pick(edges or IMM_EDGES[size]))
        lo, hi = RANGES[size]
        if rng.chance(60):
            return number(rng, rng.between(max(lo, -16), min(hi, 100)))
        return number(rng, rng.between(lo, hi))

    def label_near(self):
        """A label index around the current block: short and far, back and forward."""
        rng, b = self.rng, self.block
        r = rng.below(100)
        if r < 30:
            t = b                                  # back, within the block: short
        elif r < 55:
            t = b + 1                              # forward, next block: short
        elif r < 65:
            t = b + rng.pick([-2, 2])              # around the rel8 limit
        elif r < 85:
            t = b + 3 + rng.below(40)              # far forward
        else:
            t = b - 3 - rng.below(40)              # far back
        return min(max(t, 0), self.last_label)

    def disp8(self):
        rng = self.rng
        return rng.pick(DISP8_EDGES) if rng.chance(30) else rng.between(-128, 127)

    def disp32(self):
        rng = self.rng
        if rng.chance(30):
            return rng.pick(DISP32_EDGES)
        return rng.between(128, 0xFFFFF) * rng.pick([1, 1, 1, -1])

    def plus(self, disp):
        if disp < 0:
            return f" - {number(self.rng, -disp)}"
        return f" + {number(self.rng, disp)}"

    def mem(self, size, rip=True, legacy_only=False):
        """A memory operand in one of the addressing forms, with an explicit size."""
        rng = self.rng
        bases = R64[:8] if legacy_only else R64
        indexes = [r for r in INDEX if r in R64[:8]] if legacy_only else INDEX
        r = rng.below(100)
        if r < 22:
            addr = rng.pick(bases)                                        # [base]
        elif r < 47:
            addr = rng.pick(bases) + self.plus(self.disp8())              # [base + disp8]
        elif r < 57:
            addr = rng.pick(bases) + self.plus(self.disp32())             # [base + disp32]
        elif r < 82:
            scale = rng.pick([1, 2, 4, 8])
            index = rng.pick(indexes)
            scaled = index if scale == 1 and rng.chance(50) else f"{index}*{scale}"
            addr = f"{rng.pick(bases)} + {scaled}"                        # [base + index*scale
            k = rng.below(3)
            if k == 1:
                addr += self.plus(self.disp8())                           #   + disp8]
            elif k == 2:
                addr += self.plus(self.disp32())                          #   + disp32]
        elif r < 88 or not rip:
            scale = rng.pick([1, 2, 4, 8])
            addr = f"{rng.pick(indexes)}*{scale}" + self.plus(self.disp32())  # [index*scale + disp32]
        else:
            addr = f"rip + L{self.label_near()}"                           # [rip + label]
            if rng.chance(20):
                addr += f" + {rng.pick([8, 16, 64, 256])}"
        return f"{PTR[size]} [{addr}]"

    def reg_pair(self, size):
        """Destination and source registers; ah..bh only with registers that need no REX."""
        rng = self.rng
        if size == 8 and rng.chance(10):
            return rng.pick(R8_HIGH), rng.pick(R8_LEGACY)
        return rng.pick(DEST[size]), rng.pick(REGS[size])

    def reg_or_mem(self, size):
        return self.rng.pick(REGS[size]) if self.rng.chance(55) else self.mem(size)

    # Instructions -----------------------------------------------------------

    def mov(self):
        rng, size = self.rng, self.size()
        r = rng.below(100)
        if r < 25:
            d, s = self.reg_pair(size)
            return f"mov {d}, {s}"
        if r < 45:
            if size == 8 and rng.chance(10):
                return f"mov {rng.pick(R8_HIGH)}, {self.imm(8)}"
            edges = MOV64_EDGES if size == 64 else None
            if size == 64 and rng.chance(20):
                return f"mov {rng.pick(DEST[64])}, {number(rng, rng.next() - (1 << 63))}"
            return f"mov {rng.pick(DEST[size])}, {self.imm(size, edges)}"
        if r < 72:
            return f"mov {rng.pick(DEST[size])}, {self.mem(size)}"
        if r < 92:
            return f"mov {self.mem(size)}, {rng.pick(REGS[size])}"
        return f"mov {self.mem(size)}, {self.imm(size)}"

    def alu(self):
        rng, size, op = self.rng, self.size(), self.rng.pick(ALU)
        r = rng.below(100)
        if r < 30:
            d, s = self.reg_pair(size)
            return f"{op} {d}, {s}"
        if r < 60:
            if rng.chance(4):
                return f"{op} rsp, {rng.pick([8, 16, 24, 32, 40, 56, 128, 4096])}"
            if size == 8 and rng.chance(10):
                return f"{op} {rng.pick(R8_HIGH)}, {self.imm(8)}"
            return f"{op} {rng.pick(DEST[size])}, {self.imm(size)}"
        if r < 80:
            return f"{op} {rng.pick(DEST[size])}, {self.mem(size)}"
        if r < 92:
            return f"{op} {self.mem(size)}, {rng.pick(REGS[size])}"
        return f"{op} {self.mem(size)}, {self.imm(size)}"

    def lea(self):
        rng = self.rng
        size = 64 if rng.chance(85) else 32
        return f"lea {rng.pick(DEST[size])}, {self.mem(64).split(' ', 2)[2]}"

    def extend(self):
        rng = self.rng
        r = rng.below(100)
        if r < 20:
            return f"movsxd {rng.pick(DEST[64])}, {rng.pick(R32) if rng.chance(50) else self.mem(32)}"
        op = rng.pick(["movzx", "movsx"])
        dst = rng.pick([16, 32, 32, 64])
        src = 8 if dst == 16 else rng.pick([8, 16])
        if src == 8 and dst != 64 and rng.chance(10):
            return f"{op} {rng.pick(DEST[dst][:4])}, {rng.pick(R8_HIGH)}"
        operand = rng.pick(REGS[src]) if rng.chance(40) else self.mem(src)
        return f"{op} {rng.pick(DEST[dst])}, {operand}"

    def imul(self):
        rng = self.rng
        size = rng.pick([16, 32, 32, 64, 64])
        r = rng.below(100)
        if r < 45:
            return f"imul {rng.pick(DEST[size])}, {self.reg_or_mem(size)}"
        if r < 85:
            edges = [127, 128, -128, -129, 3, 10, 100, 1000]
            return f"imul {rng.pick(DEST[size])}, {self.reg_or_mem(size)}, {self.imm(size, edges)}"
        size = self.size()
        return f"imul {self.reg_or_mem(size)}"

    def shift(self):
        rng, size, op = self.rng, self.size(), self.rng.pick(SHIFTS)
        target = rng.pick(DEST[size]) if rng.chance(75) else self.mem(size)
        r = rng.below(100)
        if r < 30:
            count = "1"
        elif r < 50:
            count = "cl"
        else:
            count = str(size - 1 if rng.chance(20) else rng.between(2, size - 1))
        return f"{op} {target}, {count}"

    def test(self):
        rng, size = self.rng, self.size()
        r = rng.below(100)
        if r < 50:
            d, s = self.reg_pair(size)
            return f"test {d}, {s}"
        if r < 75:
            return f"test {rng.pick(REGS[size])}, {self.imm(size)}"
        if r < 90:
            return f"test {self.mem(size)}, {rng.pick(REGS[size])}"
        return f"test {self.mem(size)}, {self.imm(size)}"

    def conditional(self):
        rng = self.rng
        cc = rng.pick(CONDITIONS)
        if rng.chance(40):
            return f"set{cc} {rng.pick(R8) if rng.chance(70) else self.mem(8)}"
        size = rng.pick([16, 32, 32, 64, 64])
        return f"cmov{cc} {rng.pick(DEST[size])}, {self.reg_or_mem(size)}"

    def stack(self):
        rng = self.rng
        r = rng.below(100)
        if r < 40:
            return f"push {rng.pick(R64)}"
        if r < 80:
            return f"pop {rng.pick(DEST[64])}"
        if r < 90:
            return f"push {self.imm(64, [0, 1, -1, 127, 128, -128, -129, 0x7FFFFFFF, -0x80000000])}"
        if r < 96:
            return f"push {self.mem(64)}"
        return f"pop {self.mem(64)}"

    def unary(self):
        rng, size = self.rng, self.size()
        return f"{rng.pick(UNARY)} {self.reg_or_mem(size)}"

    def branch(self):
        rng = self.rng
        r = rng.below(100)
        if r < 60:
            return f"j{rng.pick(CONDITIONS)} L{self.label_near()}"
        if r < 82:
            return f"jmp L{self.label_near()}"
        if r < 86:
            return f"jmp {rng.pick(R64) if rng.chance(50) else self.mem(64)}"
        return f"ret"

    def call(self):
        rng = self.rng
        r = rng.below(100)
        if r < 70:
            return f"call L{self.label_near()}"
        if r < 85:
            return f"call {rng.pick(R64)}"
        return f"call {self.mem(64)}"

    def misc(self):
        return self.rng.pick(["nop", "cdq", "cqo", "cdqe", "nop", "leave"])

    # (generator, weight in per mille); the weights sum to 1000.
    MIX = [
        (mov, 300), (alu, 200), (lea, 55), (extend, 40), (imul, 30), (shift, 40),
        (test, 40), (conditional, 40), (stack, 60), (unary, 30), (branch, 115),
        (call, 30), (misc, 20),
    ]

    def instruction(self):
        r = self.rng.below(1000)
        for fn, weight in self.MIX:
            if r < weight:
                return fn(self)
            r -= weight
        raise AssertionError("weights do not sum to 1000")

    def lines(self):
        """Yields the file's lines after the header."""
        rng = self.rng
        for i in range(self.count):
            if i % LABEL_EVERY == 0:
                self.block = i // LABEL_EVERY
                if self.block % 64 == 0:
                    yield f"# block {self.block}"
                yield f"L{self.block}:"
            line = "\t" + self.instruction()
            if rng.chance(2):
                line += "  # note"
            yield line


XMM = [f"xmm{n}" for n in range(16)]
YMM = [f"ymm{n}" for n in range(16)]
VPTR = {32: "dword ptr", 64: "qword ptr", 128: "xmmword ptr", 256: "ymmword ptr"}


class VectorGenerator(Generator):
    """The integer mix with 70 per mille SSE and 40 per mille AVX lines, as gcc -O2 writes them."""

    def vmem(self, bits):
        return VPTR[bits] + self.mem(64)[len("qword ptr"):]

    def sse(self):
        rng = self.rng
        x, y = rng.pick(XMM), rng.pick(XMM)
        r = rng.below(100)
        if r < 14:
            op = rng.pick(["movsd", "movss"])
            bits = 64 if op == "movsd" else 32
            return f"{op} {x}, {self.vmem(bits)}" if rng.chance(60) else f"{op} {self.vmem(bits)}, {x}"
        if r < 28:
            op = rng.pick(["addsd", "subsd", "mulsd", "divsd", "maxsd", "minsd", "sqrtsd"])
            return f"{op} {x}, {y if rng.chance(60) else self.vmem(64)}"
        if r < 36:
            op = rng.pick(["addss", "mulss", "subss", "divss"])
            return f"{op} {x}, {y if rng.chance(60) else self.vmem(32)}"
        if r < 50:
            op = rng.pick(["movaps", "movups", "movapd", "movdqa", "movdqu"])
            if rng.chance(25):
                return f"{op} {x}, {rng.pick(XMM)}"
            return f"{op} {x}, {self.vmem(128)}" if rng.chance(60) else f"{op} {self.vmem(128)}, {x}"
        if r < 60:
            op = rng.pick(["pxor", "xorps", "andpd", "andnpd", "orps", "paddd", "paddq", "psubd",
                           "pcmpeqb", "punpcklqdq", "unpcklpd", "addpd", "mulps"])
            return f"{op} {x}, {y if rng.chance(70) else self.vmem(128)}"
        if r < 68:
            op = rng.pick(["ucomisd", "comisd"])
            return f"{op} {x}, {y if rng.chance(70) else self.vmem(64)}"
        if r < 76:
            op = rng.pick(["cvtsi2sd", "cvtsi2ss"])
            size = rng.pick([32, 64])
            src = rng.pick(REGS[size]) if rng.chance(70) else self.mem(size)
            return f"{op} {x}, {src}"
        if r < 83:
            op = rng.pick(["cvttsd2si", "cvtsd2si"])
            return f"{op} {rng.pick(DEST[rng.pick([32, 64])])}, {y if rng.chance(70) else self.vmem(64)}"
        if r < 90:
            return rng.pick([f"movq {x}, {rng.pick(R64)}", f"movq {rng.pick(DEST[64])}, {x}",
                             f"movd {x}, {rng.pick(R32)}", f"movd {rng.pick(DEST[32])}, {x}",
                             f"movq {x}, {self.vmem(64)}"])
        if r < 95:
            op = rng.pick(["pshufd", "shufps"])
            return f"{op} {x}, {y}, {rng.below(256)}"
        return rng.pick([f"pmovmskb {rng.pick(DEST[32])}, {x}", f"cvtss2sd {x}, {y}",
                         f"cvtsd2ss {x}, {y}", f"movmskpd {rng.pick(DEST[32])}, {x}"])

    def avx(self):
        rng = self.rng
        wide = rng.chance(50)
        regs, bits = (YMM, 256) if wide else (XMM, 128)
        a, b, c = rng.pick(regs), rng.pick(regs), rng.pick(regs)
        r = rng.below(100)
        if r < 25:
            op = rng.pick(["vmovups", "vmovaps", "vmovdqu", "vmovdqa"])
            if rng.chance(20):
                return f"{op} {a}, {rng.pick(regs)}"
            return f"{op} {a}, {self.vmem(bits)}" if rng.chance(60) else f"{op} {self.vmem(bits)}, {a}"
        if r < 55:
            op = rng.pick(["vaddps", "vmulps", "vsubpd", "vaddpd", "vxorps", "vandps", "vpaddd",
                           "vpaddq", "vpxor", "vpand", "vpcmpeqd", "vmaxps", "vminpd"])
            return f"{op} {a}, {b}, {c if rng.chance(60) else self.vmem(bits)}"
        if r < 70:
            op = rng.pick(["vfmadd231ps", "vfmadd213pd", "vfnmadd231ps", "vfmsub132pd"])
            return f"{op} {a}, {b}, {c if rng.chance(60) else self.vmem(bits)}"
        if r < 78:
            x, y, z = rng.pick(XMM), rng.pick(XMM), rng.pick(XMM)
            op = rng.pick(["vaddsd", "vmulsd", "vdivsd", "vsubss"])
            width = 64 if op.endswith("sd") else 32
            return f"{op} {x}, {y}, {z if rng.chance(60) else self.vmem(width)}"
        if r < 84:
            return f"vbroadcastss {a}, {self.vmem(32)}"
        if r < 89:
            return f"vpshufd {a}, {b}, {rng.below(256)}"
        if r < 93:
            return rng.pick([f"vextractf128 {rng.pick(XMM)}, {rng.pick(YMM)}, 1",
                             f"vinsertf128 {rng.pick(YMM)}, {rng.pick(YMM)}, {rng.pick(XMM)}, 1",
                             f"vperm2f128 {rng.pick(YMM)}, {rng.pick(YMM)}, {rng.pick(YMM)}, 0x21"])
        if r < 97:
            x = rng.pick(XMM)
            size = rng.pick([32, 64])
            return f"vcvtsi2sd {x}, {x}, {rng.pick(REGS[size])}"
        return "vzeroupper"

    MIX = [
        (Generator.mov, 270), (Generator.alu, 180), (Generator.lea, 50), (Generator.extend, 35),
        (Generator.imul, 25), (Generator.shift, 35), (Generator.test, 35), (Generator.conditional, 35),
        (Generator.stack, 50), (Generator.unary, 25), (Generator.branch, 100), (Generator.call, 30),
        (Generator.misc, 20), (sse, 70), (avx, 40),
    ]


def generate(count, seed=1, vector=False):
    """The whole file as a string."""
    generator = VectorGenerator(count, seed) if vector else Generator(count, seed)
    return HEADER + "\n".join(generator.lines()) + "\n"


# Lines that are safe to run in a REPL: registers only (lea computes an address
# without touching memory), no stack or control flow, only caller-saved destinations.
SAFE_DEST = {8: "al cl dl sil dil r8b r9b r10b r11b".split(),
             16: "ax cx dx si di r8w r9w r10w r11w".split(),
             32: "eax ecx edx esi edi r8d r9d r10d r11d".split(),
             64: "rax rcx rdx rsi rdi r8 r9 r10 r11".split()}


def repl_lines(count, seed=1):
    """`count` register-only lines for timing the REPL's line path."""
    rng = SplitMix64(seed)
    gen = Generator(LABEL_EVERY, seed)
    out = []
    for _ in range(count):
        size = gen.size()
        d, s = rng.pick(SAFE_DEST[size]), rng.pick(REGS[size])
        r = rng.below(100)
        if r < 25:
            line = f"mov {d}, {s}"
        elif r < 40:
            line = f"mov {d}, {gen.imm(size, MOV64_EDGES if size == 64 else None)}"
        elif r < 60:
            line = f"{rng.pick(ALU)} {d}, {gen.imm(size) if rng.chance(50) else s}"
        elif r < 70:
            line = f"lea {rng.pick(SAFE_DEST[64])}, {gen.mem(64, rip=False).split(' ', 2)[2]}"
        elif r < 78:
            line = f"{rng.pick(SHIFTS)} {d}, {rng.pick(['1', 'cl', str(size - 1)])}"
        elif r < 86 and size != 8:
            line = f"imul {d}, {s}, {gen.imm(size, [127, 128, -128, 3, 1000])}"
        elif r < 93 and size != 8:
            line = f"cmov{rng.pick(CONDITIONS)} {d}, {s}"
        else:
            line = f"test {d}, {s}"
        out.append(line)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of instructions")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--vector", action="store_true", help="mix in SSE and AVX lines")
    parser.add_argument("-o", "--output", help="output file (default: stdout)")
    args = parser.parse_args()
    text = generate(args.count, args.seed, args.vector)
    if args.output:
        with open(args.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
