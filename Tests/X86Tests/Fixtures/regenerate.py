#!/usr/bin/env python3
"""Fills in the expected bytes of the golden rows by running the reference assemblers.

Each fixture row is `BYTES | INSTRUCTION` with an optional `# note`. The bytes come from
llvm-mc, or from GNU as when the note starts with "GNU as" (rows where we follow GNU as: see
docs/encoding-choices.md); a note starting with "SDM" marks bytes derived by hand from the
manual, and `error` in the bytes column a line we refuse: this script leaves both alone. Run it after adding rows with empty bytes (` | mov eax, 1`):

    python3 Tests/X86Tests/Fixtures/regenerate.py [FILE.txt ...]

A row neither assembler accepts is reported and left unchanged. Never fill bytes in by hand
from Jitter's own output.
"""
import glob, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(line):
    body, _, note = line.partition("#")
    if "|" not in body:
        return None
    hexes, _, text = body.partition("|")
    return hexes.strip(), text.strip(), note.strip()


def assemble(tool, texts):
    """Bytes per text (None where the assembler refused it), assembled in one object file."""
    results = [None] * len(texts)
    pending = list(range(len(texts)))
    with tempfile.TemporaryDirectory() as work:
        while pending:
            source = [".intel_syntax noprefix", ".text"]
            for i in pending:
                source += [f"jitter_row_{i}:", texts[i]]
            source.append("jitter_row_end:")
            path = os.path.join(work, "rows.s")
            with open(path, "w") as f:
                f.write("\n".join(source) + "\n")
            obj = os.path.join(work, "rows.o")
            if tool == "llvm":
                command = ["llvm-mc", "-triple=x86_64-unknown-linux-gnu", "-x86-asm-syntax=intel",
                           "-filetype=obj", "-o", obj, path]
            else:
                command = ["as", "--64", "-mnaked-reg", "-o", obj, path]
            run = subprocess.run(command, capture_output=True, text=True)
            bad = set()
            for message in run.stderr.splitlines():
                found = re.match(r"^[^:]*:(\d+):(?:\d+:)? *(?:error|Error):", message)
                if found:
                    bad.add(int(found.group(1)))
            if run.returncode != 0 or bad:
                # Line 3 + 2k is the instruction of pending[k].
                refused = {pending[(n - 4) // 2] for n in bad if n >= 4 and (n - 4) % 2 == 0}
                if not refused:
                    sys.exit(f"{tool} failed without naming a row:\n{run.stderr}")
                pending = [i for i in pending if i not in refused]
                continue
            binary = os.path.join(work, "rows.bin")
            subprocess.run(["objcopy", "-O", "binary", "-j", ".text", obj, binary], check=True)
            code = open(binary, "rb").read()
            symbols = {}
            for entry in subprocess.run(["nm", obj], capture_output=True, text=True, check=True).stdout.splitlines():
                parts = entry.split()
                if len(parts) == 3 and parts[2].startswith("jitter_row_"):
                    symbols[parts[2]] = int(parts[0], 16)
            order = pending + ["end"]
            for k, i in enumerate(pending):
                start, end = symbols[f"jitter_row_{i}"], symbols[f"jitter_row_{order[k + 1]}"]
                results[i] = " ".join(f"{b:02x}" for b in code[start:end])
            break
    return results


def regenerate(path):
    lines = open(path).read().split("\n")
    rows = [(n, parse(line)) for n, line in enumerate(lines)]
    rows = [(n, row) for n, row in rows if row]
    # Rows noted "SDM: ..." are derived by hand from the manual where neither peer is right.
    # `error` rows say we refuse the line; their bytes column is not an assembler's output.
    rows = [(n, row) for n, row in rows if not row[2].startswith("SDM") and row[0] != "error"]
    for tool, wanted in (("llvm", lambda note: not note.startswith("GNU as")),
                         ("gas", lambda note: note.startswith("GNU as"))):
        chosen = [(n, row) for n, row in rows if wanted(row[2])]
        produced = assemble(tool, [row[1] for _, row in chosen])
        for (n, (old, text, note)), new in zip(chosen, produced):
            if new is None:
                print(f"{os.path.basename(path)}:{n + 1}: {tool} refuses: {text}", file=sys.stderr)
                continue
            lines[n] = f"{new} | {text}" + (f"  # {note}" if note else "")
    open(path, "w").write("\n".join(lines))


if __name__ == "__main__":
    for path in sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "*.txt"))):
        regenerate(path)
