"""Differential check of `jitter asm -f elf64` against GNU as over the C sources of GNU
binutils: each file is compiled with `gcc -S -masm=intel`, assembled by both, and the
objects compared as `objects.differences` does; files that link on their own are linked
and run with both objects."""

import argparse
import concurrent.futures
import os
import subprocess
import sys
import tarfile
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import objects  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TARBALL_DIR = "/usr/src/binutils"
SUBDIRS = ["bfd", "opcodes", "binutils", "gas", "ld", "libiberty", "libctf", "libsframe", "gprof", "zlib", "cpu", "etc",
           "elfcpp", "include", "intl", "texinfo", "config"]


def sh(args, cwd=None, timeout=120):
    try:
        return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None


def prepare(work):
    """The source tree, extracted and configured once (config.h files make most files compile)."""
    source = None
    if os.path.isdir(work):
        for name in os.listdir(work):
            if name.startswith("binutils-") and os.path.isdir(os.path.join(work, name)):
                source = os.path.join(work, name)
    if source is None:
        if not os.path.isdir(TARBALL_DIR):
            subprocess.run(["sudo" if os.geteuid() else "env", "apt-get", "install", "-y", "-qq", "binutils-source"], check=True)
        tarballs = [name for name in os.listdir(TARBALL_DIR) if name.startswith("binutils") and ".tar" in name]
        if not tarballs:
            sys.exit(f"no binutils tarball in {TARBALL_DIR}")
        os.makedirs(work, exist_ok=True)
        print(f"extracting {tarballs[0]} …", file=sys.stderr)
        tarball = os.path.join(TARBALL_DIR, tarballs[0])
        # GNU tar takes seconds; Python's tarfile took over a quarter of an hour on the whole tree.
        if subprocess.run(["tar", "-xf", tarball, "-C", work]).returncode != 0:
            with tarfile.open(tarball) as archive:
                archive.extractall(work)
        return prepare(work)
    build = os.path.join(source, "build")
    if not os.path.exists(os.path.join(build, "bfd", "config.h")):
        os.makedirs(build, exist_ok=True)
        print("configuring (a few minutes, once) …", file=sys.stderr)
        options = ["--disable-gdb", "--disable-gdbserver", "--disable-sim", "--disable-gold", "--disable-gprofng",
                   "--disable-nls", "--disable-werror"]
        subprocess.run(["../configure"] + options, cwd=build, capture_output=True, check=True)
        subprocess.run(["make", "-j2", "configure-host"], cwd=build, capture_output=True, check=False)
        subprocess.run(["make", "-C", "bfd", "bfdver.h", "elf32-target.h", "elf64-target.h", "targmatch.h"], cwd=build,
                       capture_output=True, check=False)
    return source, build


def include_flags(source, build, path):
    relative = os.path.relpath(path, source)
    top = relative.split(os.sep)[0]
    folder = os.path.dirname(path)
    flags = ["-I" + folder, "-I" + os.path.join(build, top), "-I" + os.path.join(source, top),
             "-I" + os.path.join(source, top, "config"), "-I" + os.path.join(source, "include"),
             "-I" + os.path.join(build, "bfd"), "-I" + os.path.join(source, "bfd"), "-I" + os.path.join(build, "intl"),
             "-I" + os.path.join(source, "zlib")]
    if os.path.exists(os.path.join(build, top, "config.h")):
        flags.append("-DHAVE_CONFIG_H")
    return flags


def check(args, source, build, path):
    """One file: (relative path, outcome, detail). Outcomes: not-compiled, not-assembled,
    gnu-failed, identical, different; plus linked/run results when the file is a program."""
    relative = os.path.relpath(path, source)
    with tempfile.TemporaryDirectory() as folder:
        assembly, theirs = os.path.join(folder, "f.s"), os.path.join(folder, "g.o")
        if args.cache:
            # gcc's output and GNU as's object depend only on the file and the options: kept
            # between runs, so that a run after a change to Jitter only assembles again.
            kept = os.path.join(args.cache, ("g" if args.debug else "n") + args.flags.replace(" ", ""), relative)
            os.makedirs(os.path.dirname(kept), exist_ok=True)
            assembly, theirs = kept + ".s", kept + ".o"
        debug = ["-g"] if args.debug else []
        if not os.path.exists(assembly):
            # Written beside and renamed: another run reading the cache never sees half a file.
            made = os.path.join(folder, "made.s")
            result = sh(["gcc", "-w", "-S", "-masm=intel"] + debug + args.flags.split() + include_flags(source, build, path)
                        + [path, "-o", made], timeout=120)
            if result is None or result.returncode != 0:
                return relative, "not-compiled", "", None, None
            os.replace(made, assembly)
        ours = os.path.join(folder, "j.o")
        result = sh([args.jitter, "asm", "-f", "elf64", "--no-color", assembly, "-o", ours], timeout=120)
        if result is None or result.returncode != 0:
            first = (result.stderr.splitlines() or ["timed out"])[0] if result else "timed out"
            return relative, "not-assembled", first, None, None
        if not os.path.exists(theirs):
            made = os.path.join(folder, "made.o")
            result = sh(["as", assembly, "-o", made])
            if result is None or result.returncode != 0:
                return relative, "gnu-failed", "", None, None
            os.replace(made, theirs)
        found = objects.differences(ours, theirs)
        outcome = "identical" if not found else "different"
        lines = None
        if args.debug:
            lines = "lines-identical" if objects.same_line_table(ours, theirs) else "lines-different"
        link = None
        gnu_program = os.path.join(folder, "g.exe")
        if sh(["gcc", theirs, "-o", gnu_program]).returncode == 0:
            linked = sh(["gcc", ours, "-o", ours + ".exe"])
            if linked is None or linked.returncode != 0:
                link = "link-failed"
            else:
                gnu_run = sh([gnu_program], cwd=folder, timeout=10)
                our_run = sh([ours + ".exe"], cwd=folder, timeout=10)
                same = (gnu_run is None and our_run is None) or (
                    gnu_run is not None and our_run is not None
                    and (gnu_run.returncode, gnu_run.stdout) == (our_run.returncode, our_run.stdout))
                link = "ran-alike" if same else "ran-differently"
                if args.debug:
                    # The linked programs' line tables, as a debugger reads them.
                    decoded = [sh(["objdump", "--dwarf=decodedline", exe]) for exe in (gnu_program, ours + ".exe")]
                    texts = [d.stdout.split("\n", 2)[-1] if d else None for d in decoded]
                    lines = lines + (" decoded-alike" if texts[0] is not None and texts[0] == texts[1] else " decoded-differently")
        return relative, outcome, "; ".join(found[:3]), link, lines


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "jitter-verify-objects"),
                        help="where the binutils tree is extracted and configured (kept between runs)")
    parser.add_argument("--jitter", default=os.environ.get("JITTER_BIN", os.path.join(ROOT, ".build", "release", "jitter")),
                        help="the jitter binary (default: $JITTER_BIN, else .build/release/jitter)")
    parser.add_argument("--flags", default="-O2", help="gcc's options besides -S -masm=intel (default -O2)")
    parser.add_argument("--debug", "-g", action="store_true",
                        help="compile with -g too, and count the files whose DWARF line table (.debug_line, its "
                             "relocations and .debug_line_str) is identical to GNU as's")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="check only the first N files")
    parser.add_argument("--only", default="", help="only paths containing this text")
    parser.add_argument("--log", default="", help="write every file's outcome here")
    parser.add_argument("--cache", default="",
                        help="keep gcc's assembly and GNU as's object here, and reuse them in later runs")
    args = parser.parse_args()
    if not os.access(args.jitter, os.X_OK):
        sys.exit(f"no jitter binary at {args.jitter} (swift build -c release, or --jitter PATH)")
    source, build = prepare(args.work)
    files = []
    for top in sorted(os.listdir(source)):
        if top == "build":
            continue
        for folder, _, names in os.walk(os.path.join(source, top)):
            files.extend(os.path.join(folder, name) for name in sorted(names) if name.endswith(".c"))
    if args.only:
        files = [path for path in files if args.only in path]
    if args.limit:
        files = files[:args.limit]
    counts, results = {}, []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for done, result in enumerate(pool.map(lambda path: check(args, source, build, path), files), 1):
            results.append(result)
            counts[result[1]] = counts.get(result[1], 0) + 1
            for extra in result[3:]:
                for word in (extra or "").split():
                    counts[word] = counts.get(word, 0) + 1
            if done % 50 == 0:
                print(f"  {done}/{len(files)} …", file=sys.stderr)
    if args.log:
        with open(args.log, "w") as log:
            for relative, outcome, detail, link, lines in results:
                log.write(f"{outcome}\t{link or ''}\t{lines or ''}\t{relative}\t{detail}\n")
    compiled = len(files) - counts.get("not-compiled", 0)
    assembled = compiled - counts.get("not-assembled", 0)
    compared = counts.get("identical", 0) + counts.get("different", 0)
    linkable = counts.get("ran-alike", 0) + counts.get("ran-differently", 0) + counts.get("link-failed", 0)
    print(f"C files:                       {len(files)}")
    print(f"compiled by gcc {'-g ' if args.debug else ''}{args.flags}:       {compiled}")
    print(f"assembled by jitter -f elf64:  {assembled} of {compiled}")
    print(f"identical to GNU as's object:  {counts.get('identical', 0)} of {compared} that GNU as assembled")
    if args.debug:
        print(f"identical line table:          {counts.get('lines-identical', 0)} of {compared}")
        print(f"linked programs' decoded lines: {counts.get('decoded-alike', 0)} alike, "
              f"{counts.get('decoded-differently', 0)} different")
    print(f"linkable programs:             {linkable}; linked with Jitter's object: "
          f"{linkable - counts.get('link-failed', 0)}; ran alike: {counts.get('ran-alike', 0)}")
    failures = [r for r in results if r[1] in ("not-assembled", "different") or r[3] in ("link-failed", "ran-differently")
                or "-different" in (r[4] or "")]
    for relative, outcome, detail, link, lines in failures[:20]:
        print(f"  {outcome} {link or ''} {lines or ''} {relative}: {detail}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
