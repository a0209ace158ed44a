"""Checks the DWARF line tables `jitter asm -f elf64` makes from `.loc` the way a user would:
the test programs of Tests/ObjectFileTests/Programs are compiled with `gcc -g -S` (Intel syntax
at -O0 and -O2, DWARF 4 and 5, and gcc's default AT&T syntax), assembled by Jitter and by GNU as,
and the two objects compared (`readelf -wl`, `objdump --dwarf=decodedline`, `readelf -rs`, every
section's bytes); both are linked and run, `addr2line` is asked about every address of the line
table of each program, and `gdb -batch` breaks in a function and prints a backtrace (file:line
in every frame) in each: the answers must be the same."""

import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import objects  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PROGRAMS = os.path.join(ROOT, "Tests", "ObjectFileTests", "Programs")
FLAG_SETS = [
    ("-O0", ["-O0"], "intel"),
    ("-O2", ["-O2"], "intel"),
    ("-O2 -gdwarf-4", ["-O2", "-gdwarf-4"], "intel"),
    ("-O0 -gdwarf-4", ["-O0", "-gdwarf-4"], "intel"),
    ("-O2 (AT&T)", ["-O2"], "att"),
]


def run(args, cwd=None, timeout=60):
    try:
        return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None


def body(text):
    """A tool's output without the lines that name the file it read."""
    return "\n".join(line for line in text.splitlines() if not re.search(r"[gj]\.(o|exe)\b", line))


def functions(exe, source):
    """Functions of the program defined in its own source, in address order (not main)."""
    names = []
    for line in run(["nm", "-n", exe]).stdout.splitlines():
        fields = line.split()
        if len(fields) == 3 and fields[1] in "tT" and not fields[2].startswith(("_", "main", "frame_dummy", "deregister",
                                                                                  "register_tm")):
            names.append(fields[2])
    return names


def gdb_session(exe, function):
    result = run(["gdb", "-batch", "-nx", "-ex", "set style enabled off", "-ex", f"break {function}", "-ex", "run",
                  "-ex", "bt", "-ex", "info line *$pc", "-ex", "kill", exe], timeout=120)
    if result is None:
        return "timed out"
    lines = []
    for line in result.stdout.splitlines():
        # Addresses of a run and the process number differ from run to run.
        line = re.sub(r"0x[0-9a-f]+", "ADDR", line)
        line = re.sub(r"process \d+", "process N", line)
        if line.startswith(("[Thread", "[Inferior", "Using host libthread")):
            continue
        lines.append(line.replace(exe, "EXE"))
    return "\n".join(lines)


def check(program, label, flags, syntax, folder, verbose):
    """Problems found for one program and flag set (empty when everything agrees)."""
    problems = []
    compiler = "g++" if program.endswith(".cpp") else "gcc"
    source = os.path.join(PROGRAMS, program)
    assembly = os.path.join(folder, "p.s")
    intel = ["-masm=intel"] if syntax == "intel" else []
    if run([compiler, "-g", "-S"] + intel + flags + [source, "-o", assembly]).returncode != 0:
        return ["gcc failed"]
    gnu, ours = os.path.join(folder, "g.o"), os.path.join(folder, "j.o")
    if run(["as", assembly, "-o", gnu]).returncode != 0:
        return ["GNU as failed"]
    result = run([JITTER, "asm", "-f", "elf64", "--no-color", "--syntax", syntax, assembly, "-o", ours])
    if result is None or result.returncode != 0:
        return ["jitter failed: " + (result.stderr.splitlines() or ["timed out"])[0] if result else "timed out"]
    for tool in (["readelf", "-wl"], ["objdump", "--dwarf=decodedline"]):
        if body(run(tool + [gnu]).stdout) != body(run(tool + [ours]).stdout):
            problems.append(" ".join(tool) + " differs")
    if objects.relocations(gnu) != objects.relocations(ours):
        problems.append("readelf -r differs")
    if objects.symbols(gnu) != objects.symbols(ours):
        problems.append("readelf -s differs")
    found = objects.differences(ours, gnu)
    if found:
        problems.append("objects differ: " + "; ".join(found[:3]))
    exes = [gnu + ".exe", ours + ".exe"]
    for obj, exe in zip((gnu, ours), exes):
        if run([compiler, obj, "-o", exe]).returncode != 0:
            return problems + ["link failed"]
    outputs = [run([exe], cwd=folder) for exe in exes]
    if any(o is None for o in outputs) or (outputs[0].returncode, outputs[0].stdout) != (outputs[1].returncode, outputs[1].stdout):
        problems.append("the programs ran differently")
    addresses = sorted({field for line in run(["objdump", "--dwarf=decodedline", exes[0]]).stdout.splitlines()
                        for field in line.split()[1:3] if re.fullmatch(r"0x[0-9a-f]+", field)})
    answers = [run(["addr2line", "-f", "-i", "-e", exe] + addresses).stdout for exe in exes]
    if answers[0] != answers[1]:
        problems.append("addr2line answers differ")
    named = functions(exes[0], source)
    if named:
        sessions = [gdb_session(exe, named[0]) for exe in exes]
        if sessions[0] != sessions[1]:
            problems.append(f"gdb sessions differ (break {named[0]})")
        where = re.escape(program) + r":\d+"
        if not (re.search(r"#0 .* at .*" + where, sessions[1]) and re.search(r"#\d+ .*main \(.*\) at .*" + where, sessions[1])):
            problems.append(f"gdb printed no file:line backtrace through {named[0]}")
        if verbose:
            print(f"--- {program} {label}: gdb, break {named[0]} (Jitter's object) ---\n{sessions[1]}")
    if verbose:
        print(f"--- {program} {label}: {len(addresses)} addresses asked of addr2line")
    return problems


def main():
    global JITTER
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jitter", default=os.environ.get("JITTER_BIN", os.path.join(ROOT, ".build", "release", "jitter")),
                        help="the jitter binary (default: $JITTER_BIN, else .build/release/jitter)")
    parser.add_argument("--verbose", "-v", action="store_true", help="print the gdb sessions")
    args = parser.parse_args()
    JITTER = args.jitter
    if not os.access(JITTER, os.X_OK):
        sys.exit(f"no jitter binary at {JITTER} (swift build -c release, or --jitter PATH)")
    if run(["gdb", "--version"]) is None or run(["gdb", "--version"]).returncode != 0:
        sys.exit("gdb is needed (apt-get install gdb)")
    programs = sorted(name for name in os.listdir(PROGRAMS) if name.endswith((".c", ".cpp")))
    checked, failed = 0, 0
    for program in programs:
        for label, flags, syntax in FLAG_SETS:
            with tempfile.TemporaryDirectory() as folder:
                problems = check(program, label, flags, syntax, folder, args.verbose)
            checked += 1
            if problems:
                failed += 1
                print(f"{program} {label}: " + "; ".join(problems))
    print(f"{checked - failed} of {checked} program builds agree with GNU as (line tables, objects, runs, addr2line, gdb)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
