"""Compare two ELF relocatable objects the way a reader of `objdump -dr` and `readelf -rsS`
would: section contents, relocations and symbols, with what only reflects the order of the
file (offsets, symbol numbers) normalised away."""

import os
import re
import subprocess
import tempfile


def run(*args):
    return subprocess.run(args, capture_output=True, text=True, check=False).stdout


def sections(path):
    """Name -> (type, size, entsize, flags, alignment), from `readelf -SW`."""
    result = {}
    for line in run("readelf", "-SW", path).splitlines():
        match = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+\S+\s+\S+\s+(\S+)\s+(\S+)\s+(\S*)\s+\d+\s+\d+\s+(\d+)$", line)
        if match:
            name, kind, size, entsize, flags, align = match.groups()
            if kind in ("RELA", "SYMTAB", "STRTAB", "GROUP"):
                continue
            result[name] = (kind, size, entsize, flags, align)
    return result


def relocations(path):
    """Sorted `section offset type symbol+addend` lines, from `readelf -rW`."""
    lines, section = [], None
    for line in run("readelf", "-rW", path).splitlines():
        header = re.match(r"Relocation section '\.rela(\S+)'", line)
        if header:
            section = header.group(1)
            continue
        fields = line.split()
        if section and len(fields) >= 5 and re.match(r"^[0-9a-f]{16}$", fields[0]):
            target = " ".join(fields[4:])
            lines.append(f"{section} {int(fields[0], 16):#x} {fields[2]} {target}")
    return sorted(lines)


def symbols(path):
    """Sorted `name value size type bind visibility section` lines, from `readelf -sW`."""
    names = {}
    for line in run("readelf", "-SW", path).splitlines():
        match = re.match(r"\s*\[\s*(\d+)\]\s+(\S+)", line)
        if match:
            names[match.group(1)] = match.group(2)
    lines = []
    for line in run("readelf", "-sW", path).splitlines():
        fields = line.split()
        if len(fields) >= 7 and fields[0].endswith(":") and fields[0][:-1].isdigit() and fields[0] != "0:":
            if fields[3] == "SECTION":
                continue
            name = fields[7] if len(fields) > 7 else ""
            lines.append(" ".join([name, fields[1], fields[2], fields[3], fields[4], fields[5], names.get(fields[6], fields[6])]))
    return sorted(lines)


def contents(path, section):
    # objcopy replaces its output file, so it cannot write to a pipe: a temporary file it is.
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "section.bin")
        # `-O binary` writes only what is loaded: the debugging sections would come out empty.
        subprocess.run(["objcopy", "--dump-section", f"{section}={out}", path, os.path.join(folder, "copy.o")],
                       capture_output=True, check=False)
        if not os.path.exists(out):
            return None
        with open(out, "rb") as f:
            return f.read()


def differences(ours, theirs):
    """What differs between the two objects, as short lines; empty when they agree."""
    found = []
    mine, gnu = sections(ours), sections(theirs)
    for name in sorted(set(mine) | set(gnu)):
        if name not in mine:
            found.append(f"section {name} missing")
        elif name not in gnu:
            found.append(f"section {name} extra")
        elif mine[name] != gnu[name]:
            found.append(f"section {name}: {mine[name]} vs {gnu[name]}")
        elif mine[name][0] != "NOBITS" and contents(ours, name) != contents(theirs, name):
            found.append(f"section {name}: bytes differ")
    a, b = relocations(ours), relocations(theirs)
    if a != b:
        found.append("relocations differ: " + "; ".join(sorted(set(a) ^ set(b))[:6]))
    a, b = symbols(ours), symbols(theirs)
    if a != b:
        found.append("symbols differ: " + "; ".join(sorted(set(a) ^ set(b))[:6]))
    return found


def same_line_table(ours, theirs):
    """True when the DWARF line tables agree: `.debug_line` and `.debug_line_str` byte for byte,
    and the relocations of `.debug_line`."""
    for name in (".debug_line", ".debug_line_str"):
        if contents(ours, name) != contents(theirs, name):
            return False
    mine = [line for line in relocations(ours) if line.startswith(".debug_line ")]
    gnu = [line for line in relocations(theirs) if line.startswith(".debug_line ")]
    return mine == gnu
