#!/usr/bin/env python3
"""How fast Jitter assembles a big file next to GNU as and llvm-mc, and how quickly its REPL answers.

A benchmark, not a test: it prints figures and sets no thresholds. The only check
is correctness: `jitter asm` must produce the same bytes as GNU as's `.text`; the
exit status is 1 when it does not, 0 otherwise (also when jitter is missing).

What it measures
  assemble   the same generated file (gen.py) with
               as -msyntax=intel -mnaked-reg IN -o OUT.o
               llvm-mc -x86-asm-syntax=intel -filetype=obj IN -o OUT.o
               jitter asm IN -o OUT.bin
             interleaved, --reps times each. Wall time from spawn to exit of that one
             command (the peers write an ELF object; `objcopy -O binary -j .text` runs
             after, untimed), and peak RSS of the process from wait4(2)'s rusage. The
             commands are started from a small worker process, because Linux counts the
             size of the forking process in a child's peak RSS; a figure at the worker's
             own size (about 20 MiB) means "at most that".
  scaling    the same on a file of a fifth of the size; the time ratio is 5 when the
             cost is linear (at --quick sizes process start-up dominates it).
  REPL       `jitter` in pipe mode (stdin a file, no prompt), each figure a median:
             per line   (T(N lines, then .reset) - T(.reset alone)) / N; register-only lines that are
                        parsed, encoded and printed but never run (no `ret`, and the
                        block they make dropped by `.reset` rather than run at the
                        end of input);
             per block  (T(K blocks) - T(empty input)) / K; a block is
                        `mov eax, 50` / `add eax, 8` / `ret`, so this is two lines plus
                        one execution with whatever isolation jitter uses; blocks back
                        to back, as fast as the REPL takes them;
             human pace the same blocks fed one line at a time through a pipe, 20 ms
                        apart (as if typed): from writing `ret` to reading the block's
                        `rax = ` line, median of --repl-paced blocks; what a block costs
                        when the machine has been idle before it;
             --version  wall time of `jitter --version`: process start to exit;
             prompt     `jitter` on a pseudo-terminal: spawn until the first visible
                        character (escape sequences ignored) appears, i.e. the prompt;
                        then `.quit` is typed. The same harness timing `sh` printing a
                        prompt is shown as the floor of the measurement.
             A row whose feature jitter does not have yet prints "not available yet".
  JIT library  (needs `Scripts/build-release callbench bf`, or --build)
             call       one call of `lea rax, [rdi + rsi]` / `ret`, best of 9 rounds of
                        20M calls (interleaved), per call: through a C function pointer to compiled
                        code with the same body (the reference), through the JIT'd
                        function's bare pointer, and through its handle (`f { $0(a, b) }`);
             isolated   the same code run by the isolated executor (fork, sandbox, trace),
                        median of 200 runs;
             brainfuck  examples/brainfuck/programs/loops.b compiled against the
                        straightforward interpreter, with and without multiply loops.
             `--calls` runs this section alone; `--repl` the REPL section alone.
"""

import argparse
import fcntl
import hashlib
import os
import platform
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ left in the source tree
import gen  # noqa: E402

NOT_YET = "not available yet"


# Running things ---------------------------------------------------------------

class Run:
    """One finished process: wall seconds, peak RSS in KiB, exit code, output."""

    def __init__(self, seconds, rss_kib, code, out, err, timed_out=False):
        self.seconds, self.rss_kib, self.code = seconds, rss_kib, code
        self.out, self.err, self.timed_out = out, err, timed_out

    @property
    def ok(self):
        return self.code == 0 and not self.timed_out

    def first_error_lines(self, n=5):
        text = (self.err or self.out).decode("utf-8", "replace").strip().splitlines()
        shown = "\n".join("    " + line for line in text[:n])
        more = f"\n    ... ({len(text) - n} more lines)" if len(text) > n else ""
        return (shown + more) if text else "    (no output)"


_spawner = None


def run(argv, workdir, stdin_path=None, env=None, timeout=600.0):
    """Runs argv once with stdout/stderr going to files, timed from spawn to reap.

    The command is started from a small forkserver worker, not from this process: a
    child's ru_maxrss starts at the size of the process it was forked from (Linux keeps
    the larger of the old and new image's peak across exec), and this process holds
    generated inputs and outputs that would be counted against the tool.
    """
    global _spawner
    if _spawner is None:
        import concurrent.futures
        import multiprocessing
        _spawner = concurrent.futures.ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("forkserver"))
    return _spawner.submit(run_here, argv, workdir, stdin_path, env, timeout).result()


def run_here(argv, workdir, stdin_path=None, env=None, timeout=600.0):
    """Runs argv from the calling process; wait4(2) reaps it so its own rusage is read."""
    out_path = os.path.join(workdir, "last.stdout")
    err_path = os.path.join(workdir, "last.stderr")
    stdin = open(stdin_path or os.devnull, "rb")
    with open(out_path, "wb") as out, open(err_path, "wb") as err, stdin:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=stdin, stdout=out, stderr=err, env=env,
                                start_new_session=True)
        expired = threading.Event()

        def kill():
            expired.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path, "rb") as f:
        out_bytes = f.read(1 << 20)
    with open(err_path, "rb") as f:
        err_bytes = f.read(1 << 20)
    return Run(seconds, usage.ru_maxrss, proc.returncode, out_bytes, err_bytes,
               expired.is_set())


def progress(text):
    """A transient status line on a terminal (text None clears it); nothing in a pipe."""
    if sys.stdout.isatty():
        print(f"\r\x1b[K  {text}" if text else "\r\x1b[K", end="", flush=True)


def tool_version(program):
    """The first line of `program --version` with a dotted version number in it."""
    try:
        text = subprocess.run([program, "--version"], capture_output=True, text=True,
                              timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return next((line for line in lines if re.search(r"\d+\.\d+", line)), "?")


# Formatting -------------------------------------------------------------------

def fmt_time(seconds):
    if seconds is None:
        return "-"
    if abs(seconds) >= 1:
        return f"{seconds:.3f} s"
    if abs(seconds) >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def fmt_mib(kib):
    return f"{kib / 1024:.1f} MiB"


def median(values):
    return statistics.median(values) if values else None


# Inputs -----------------------------------------------------------------------

def input_file(workdir, count, seed, vector=False):
    """The generated file for (count, seed), cached until gen.py changes; `vector` mixes in
    SSE and AVX lines as compiler output has them."""
    with open(gen.__file__, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:10]
    kind = "vector-" if vector else ""
    path = os.path.join(workdir, f"input-{kind}{count}-s{seed}-{digest}.s")
    if not os.path.exists(path):
        print(f"generating {count:,} instructions into {os.path.relpath(path, ROOT)} ...",
              flush=True)
        tmp = path + ".tmp"
        with open(tmp, "w") as f:
            f.write(gen.generate(count, seed, vector))
        os.replace(tmp, path)
    return path


# The assemblers ---------------------------------------------------------------

class Tool:
    """An assembler under test: how to run it and how to get flat .text bytes from it."""

    def __init__(self, name, argv_for, flat_for):
        self.name, self.argv_for, self.flat_for = name, argv_for, flat_for

    def output(self, workdir, tag):
        return os.path.join(workdir, f"{self.name}-{tag}.out")


def peer(name, argv):
    def flat(out_path):
        text = out_path + ".text"
        subprocess.run(["objcopy", "-O", "binary", "-j", ".text", out_path, text], check=True)
        with open(text, "rb") as f:
            return f.read()
    return Tool(name, lambda src, out: argv + [src, "-o", out], flat)


def jitter_tool(jitter):
    def flat(out_path):
        with open(out_path, "rb") as f:
            return f.read()
    return Tool("jitter", lambda src, out: [jitter, "asm", src, "-o", out], flat)


def jitter_object_tool(jitter):
    """`jitter asm -f elf64`: an object, compared with GNU as's by its .text and relocations."""
    tool = peer("jitter-elf", [jitter, "asm", "-f", "elf64"])
    return tool


def relocations_of(obj_path):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "verify.d"))
    import objects
    return objects.relocations(obj_path)


def probe_jitter_asm(jitter, workdir):
    """None when `jitter asm` assembles a tiny file, else why not."""
    src = os.path.join(workdir, "probe.s")
    out = os.path.join(workdir, "probe.bin")
    with open(src, "w") as f:
        f.write(gen.HEADER + "mov eax, 50\nret\n")
    if os.path.exists(out):
        os.remove(out)
    r = run([jitter, "asm", src, "-o", out], workdir, timeout=30)
    if not r.ok or not os.path.exists(out):
        status = ("timed out" if r.timed_out else f"exit {r.code}" if r.code
                  else f"exit 0 but no {os.path.basename(out)} written")
        return f"`jitter asm` failed on a two-line file ({status}):\n{r.first_error_lines(3)}"
    return None


def time_tools(tools, src, tag, reps, workdir, timeout):
    """Runs every tool on src, interleaved (rotating the order each round)."""
    runs = {t.name: [] for t in tools}
    live = list(tools)
    for rep in range(reps):
        order = live[rep % len(live):] + live[:rep % len(live)] if live else []
        for tool in order:
            r = run(tool.argv_for(src, tool.output(workdir, tag)), workdir, timeout=timeout)
            runs[tool.name].append(r)
            progress(f"{tag} round {rep + 1}/{reps}  {tool.name:<8} {fmt_time(r.seconds):>10}"
                     f"{'' if r.ok else '  (failed)'}")
        # A tool that failed or hung will do so again: don't spend the other rounds on it.
        live = [t for t in live if runs[t.name][-1].ok]
    progress(None)
    return runs


def print_times(runs):
    print(f"  {'tool':<10}{'median':>12}{'min':>12}{'max':>12}{'peak RSS':>14}")
    for name, rs in runs.items():
        good = [r for r in rs if r.ok]
        if not good:
            r = rs[0]
            why = "timed out" if r.timed_out else f"exit {r.code}"
            print(f"  {name:<10}  failed ({why}):\n{r.first_error_lines()}")
            continue
        secs = [r.seconds for r in good]
        print(f"  {name:<10}{fmt_time(median(secs)):>12}{fmt_time(min(secs)):>12}"
              f"{fmt_time(max(secs)):>12}{fmt_mib(max(r.rss_kib for r in good)):>14}")


def median_of(runs, name):
    good = [r.seconds for r in runs.get(name, []) if r.ok]
    return median(good)


# Byte comparison --------------------------------------------------------------

def first_difference(a, b):
    step = 4096
    for start in range(0, min(len(a), len(b)), step):
        if a[start:start + step] != b[start:start + step]:
            for i in range(start, min(start + step, len(a), len(b))):
                if a[i] != b[i]:
                    return i
    return None if len(a) == len(b) else min(len(a), len(b))


def source_line_of(obj_path, src_path, offset):
    """(line number, text, start offset) of the source instruction whose bytes hold offset.

    Every instruction the generator writes becomes exactly one machine instruction,
    so the k-th instruction of the disassembly is the k-th instruction line.
    """
    dump = subprocess.run(["objdump", "-d", obj_path], capture_output=True, text=True).stdout
    index, start = -1, 0
    for line in dump.splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[0].strip().endswith(":"):
            continue  # labels, headers, and continuation lines of long instructions
        address = int(parts[0].strip()[:-1], 16)
        if address > offset:
            break
        index, start = index + 1, address
    if index < 0:
        return None
    seen = -1
    with open(src_path) as f:
        for number, text in enumerate(f, 1):
            stripped = text.strip()
            if not stripped or stripped.startswith(("#", ".")) or stripped.endswith(":"):
                continue
            seen += 1
            if seen == index:
                return number, stripped, start
    return None


def report_difference(expected, actual, obj_path, src_path):
    offset = first_difference(expected, actual)
    print(f"  first difference at offset {offset:#x} (as: {len(expected):,} bytes, "
          f"jitter: {len(actual):,} bytes)")
    where = source_line_of(obj_path, src_path, offset)
    start = where[2] if where else offset
    if where:
        print(f"  source line {where[0]}: {where[1]}")
    for name, data in (("as", expected), ("jitter", actual)):
        chunk = data[start:start + 16]
        print(f"  {name + ':':<8} {start:#010x}  {chunk.hex(' ') if chunk else '(end)'}")


# The REPL rows ----------------------------------------------------------------

BLOCK = "mov eax, 50\nadd eax, 8\nret\n"
ANSI = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|[@-Z\\-_])")


def repl_env(workdir):
    env = dict(os.environ)
    # Keep timing runs out of the user's history file.
    env["XDG_STATE_HOME"] = os.path.join(workdir, "state")
    env.setdefault("TERM", "xterm")
    return env


def pipe_probe(jitter, workdir, text, marker_any):
    path = os.path.join(workdir, "probe.in")
    with open(path, "w") as f:
        f.write(text)
    r = run([jitter], workdir, stdin_path=path, env=repl_env(workdir), timeout=30)
    out = (r.out + r.err).decode("utf-8", "replace").lower()
    return not r.timed_out and any(m in out for m in marker_any)


def prompt_time(argv, env, timeout=5.0):
    """(seconds from spawn to the first visible character on a pseudo-terminal or None,
    whether the process then waits for input, as at a prompt, rather than exiting).
    """
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

    def controlling_tty():
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                            start_new_session=True, preexec_fn=controlling_tty)
    os.close(slave)
    seen, elapsed, buffered = False, None, b""
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break  # the other side closed: the process ended
                if not chunk:
                    break
                buffered += chunk
                if ANSI.sub(b"", buffered).strip():
                    elapsed = time.perf_counter() - start
                    seen = True
                    break
            elif proc.poll() is not None:
                break
        waiting = seen and proc.poll() is None
        if waiting:
            os.write(master, b".quit\n")
            try:
                proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                pass
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        os.close(master)
    return elapsed, waiting


def paced_blocks(jitter, env, count):
    """Seconds from writing each block's `ret` to reading its `rax = ` line, blocks 20 ms apart."""
    proc = subprocess.Popen([jitter], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, env=env)
    times, pending = [], b""

    def await_result(deadline):
        nonlocal pending
        while b"rax = " not in pending:
            left = deadline - time.perf_counter()
            if left <= 0:
                return False
            ready, _, _ = select.select([proc.stdout], [], [], left)
            if not ready:
                return False
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                return False
            pending += chunk
        pending = pending.split(b"rax = ", 1)[1]
        return True

    try:
        for index in range(count + 1):  # the first block starts the sandbox: not counted
            for line in BLOCK.splitlines()[:-1]:
                proc.stdin.write(line.encode() + b"\n")
                proc.stdin.flush()
                time.sleep(0.002)
            start = time.perf_counter()
            proc.stdin.write(b"ret\n")
            proc.stdin.flush()
            if not await_result(start + 5):
                break
            if index > 0:
                times.append(time.perf_counter() - start)
            time.sleep(0.020)
    finally:
        try:
            proc.stdin.close()
        except OSError:
            pass
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return times


def repl_rows(jitter, workdir, reps, lines, blocks, paced_count=200):
    env = repl_env(workdir)
    os.makedirs(env["XDG_STATE_HOME"], exist_ok=True)
    rows = []

    can_encode = pipe_probe(jitter, workdir, "mov eax, 50\n", ["b8 32 00 00 00"])
    # 0x1234 shows up only in the printed return value, never in the bytes (34 12 00 00).
    can_run = pipe_probe(jitter, workdir, "mov eax, 0x1234\nret\n", ["1234", "4660"])

    # The lines end with `.reset`, which drops the block they make: at the end of input the
    # REPL would otherwise assemble and run it (a block of 10,000 lines), a block's cost and
    # not a line's. The per-line figure's baseline is `.reset` alone.
    lines_path = os.path.join(workdir, "repl-lines.in")
    with open(lines_path, "w") as f:
        f.write("\n".join(gen.repl_lines(lines)) + "\n.reset\n")
    reset_path = os.path.join(workdir, "repl-reset.in")
    with open(reset_path, "w") as f:
        f.write(".reset\n")
    blocks_path = os.path.join(workdir, "repl-blocks.in")
    with open(blocks_path, "w") as f:
        f.write(BLOCK * blocks)

    empty, per_line, per_block, line_rss = [], [], [], 0
    if can_encode or can_run:
        for rep in range(reps):
            base = run([jitter], workdir, env=env, timeout=60)
            empty.append(base.seconds)
            if can_encode:
                reset = run([jitter], workdir, stdin_path=reset_path, env=env, timeout=60)
                r = run([jitter], workdir, stdin_path=lines_path, env=env, timeout=600)
                per_line.append((r.seconds - reset.seconds) / lines)
                line_rss = max(line_rss, r.rss_kib)
            if can_run:
                r = run([jitter], workdir, stdin_path=blocks_path, env=env, timeout=600)
                per_block.append((r.seconds - base.seconds) / blocks)
            progress(f"REPL round {rep + 1}/{reps}")
        progress(None)

    rows.append(("per line: parse, encode, print",
                 f"{fmt_time(median(per_line))}  ({lines:,} lines, peak RSS {fmt_mib(line_rss)})"
                 if per_line else NOT_YET))
    rows.append(("per executed block, incl. isolation",
                 f"{fmt_time(median(per_block))}  ({blocks:,} blocks of 3 lines)"
                 if per_block else NOT_YET))
    paced = paced_blocks(jitter, env, paced_count) if can_run and paced_count > 0 else []
    rows.append(("per executed block, typed at human pace",
                 f"{fmt_time(median(paced))}  ({len(paced)} blocks, 20 ms apart)" if paced else NOT_YET))
    rows.append(("pipe mode, empty input (start + exit)",
                 fmt_time(median(empty)) if empty else NOT_YET))

    version = run([jitter, "--version"], workdir, env=env, timeout=30)
    # A version string has a digit; a binary that only prints its name does not count.
    if version.ok and re.search(rb"\d", version.out):
        times = [run([jitter, "--version"], workdir, env=env, timeout=30).seconds
                 for _ in range(max(reps, 10))]
        rows.append(("cold start: `jitter --version`", fmt_time(median(times))))
    else:
        rows.append(("cold start: `jitter --version`", NOT_YET))

    first, waiting = prompt_time([jitter], env)
    if first is not None and waiting:
        times = [first] + [t for t, _ in (prompt_time([jitter], env) for _ in range(max(reps, 10) - 1))
                           if t is not None]
        floor = [t for t, _ in (prompt_time(["sh", "-c", 'printf "> "; read line'], env)
                                for _ in range(max(reps, 10))) if t is not None]
        rows.append(("cold start: spawn to first prompt (pty)",
                     f"{fmt_time(median(times))}  (harness floor, sh: {fmt_time(median(floor))})"))
    else:
        rows.append(("cold start: spawn to first prompt (pty)", NOT_YET))
    return rows


# Main -------------------------------------------------------------------------

def machine_summary():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = os.getloadavg()[0]
    return f"{platform.machine()}, {model}, {os.cpu_count()} cores, load {load:.2f}"


def parse_args():
    p = argparse.ArgumentParser(
        prog="Scripts/bench",
        description="Benchmark jitter asm against GNU as and llvm-mc, and the REPL's latency.",
        epilog=__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true",
                   help="small smoke run: 20k lines, 3 rounds, smaller REPL runs")
    p.add_argument("--lines", type=int, help="instructions in the input (default 1,000,000)")
    p.add_argument("--reps", type=int, help="rounds per tool (default 5)")
    p.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    p.add_argument("--jitter", default=os.path.join(ROOT, ".build", "release", "jitter"),
                   help="the jitter binary (default .build/release/jitter)")
    p.add_argument("--build", action="store_true",
                   help="build the release products first (Scripts/build-release, as Scripts/setup does)")
    p.add_argument("--repl-lines", type=int, help="lines for the per-line figure (default 10,000)")
    p.add_argument("--repl-blocks", type=int, help="blocks for the per-block figure (default 1,000)")
    p.add_argument("--repl-paced", type=int,
                   help="blocks typed at human pace for that figure (default 200)")
    p.add_argument("--calls", action="store_true",
                   help="only the JIT library section (call overhead, isolated run, Brainfuck)")
    p.add_argument("--repl", action="store_true",
                   help="only the REPL section (and its build with --build)")
    p.add_argument("--timeout", type=float, default=600, help="seconds allowed per run (default 600)")
    p.add_argument("--workdir", default=os.path.join(ROOT, ".build", "bench"),
                   help="where inputs and outputs go (default .build/bench)")
    args = p.parse_args()
    quick = args.quick
    args.lines = args.lines or (20_000 if quick else 1_000_000)
    args.reps = args.reps or (3 if quick else 5)
    args.repl_lines = args.repl_lines or (2_000 if quick else 10_000)
    args.repl_blocks = args.repl_blocks or (100 if quick else 1_000)
    args.repl_paced = args.repl_paced if args.repl_paced is not None else (50 if quick else 200)
    return args


PEERS = (("as", ["as", "-msyntax=intel", "-mnaked-reg"]),
         ("llvm-mc", ["llvm-mc", "-x86-asm-syntax=intel", "-filetype=obj"]))
REPL_ROWS = ("per line: parse, encode, print", "per executed block, incl. isolation",
             "per executed block, typed at human pace", "pipe mode, empty input (start + exit)", "cold start: `jitter --version`",
             "cold start: spawn to first prompt (pty)")


def find_tools(jitter, workdir):
    """The assemblers to run, and whether a jitter binary exists at all."""
    tools = []
    for name, argv in PEERS:
        if shutil.which(argv[0]):
            tools.append(peer(name, argv))
            print(f"{name}: {tool_version(argv[0])}")
        else:
            print(f"{name}: not installed, skipped")
    have_jitter = os.access(jitter, os.X_OK)
    if not have_jitter:
        print(f"jitter: not found at {jitter} (build it with `Scripts/build-release`, "
              f"or pass --jitter PATH / --build); skipped")
        return tools, False
    why = probe_jitter_asm(jitter, workdir)
    if why:
        print(f"jitter: {jitter}\n  {why}\n  jitter asm skipped")
    else:
        tools.append(jitter_tool(jitter))
        tools.append(jitter_object_tool(jitter))
        print(f"jitter: {jitter}")
    return tools, True


def assemble_section(tools, src, args, workdir, tag="big", title=None):
    """Times every tool on one input, compares bytes; returns (runs, bytes match)."""
    print(title or f"assemble {args.lines:,} instructions:")
    runs = time_tools(tools, src, tag, args.reps, workdir, args.timeout)
    print_times(runs)
    by_name = {t.name: t for t in tools}
    flat = {name: by_name[name].flat_for(by_name[name].output(workdir, tag))
            for name, rs in runs.items() if rs and rs[-1].ok}
    print()
    if "as" in flat and "llvm-mc" in flat:
        same = flat["as"] == flat["llvm-mc"]
        print(f"  as vs llvm-mc .text: {'identical' if same else 'DIFFERENT'} "
              f"({len(flat['as']):,} bytes)")
    matches = True
    if "jitter" in by_name and "as" in flat:
        if flat.get("jitter") == flat["as"]:
            print(f"  jitter vs as .text: PASS (identical, {len(flat['as']):,} bytes)")
        else:
            matches = False
            print("  jitter vs as .text: FAIL")
            if "jitter" in flat:
                report_difference(flat["as"], flat["jitter"], by_name["as"].output(workdir, tag),
                                  src)
    if "jitter-elf" in by_name and "as" in flat:
        if flat.get("jitter-elf") == flat["as"]:
            print(f"  jitter -f elf64 vs as .text: PASS (identical, {len(flat['as']):,} bytes)")
        else:
            matches = False
            print("  jitter -f elf64 vs as .text: FAIL")
        if "jitter-elf" in flat:
            ours = relocations_of(by_name["jitter-elf"].output(workdir, tag))
            theirs = relocations_of(by_name["as"].output(workdir, tag))
            if ours == theirs:
                print(f"  jitter -f elf64 vs as relocations: PASS (equivalent, {len(ours):,})")
            else:
                matches = False
                print(f"  jitter -f elf64 vs as relocations: FAIL ({len(ours):,} vs {len(theirs):,})")
    j = median_of(runs, "jitter")
    for name in ("as", "llvm-mc"):
        p = median_of(runs, name)
        if j and p:
            print(f"  {name}/jitter time: {p / j:.2f}x (above 1: jitter is faster)")
    o = median_of(runs, "jitter-elf")
    for name in ("as", "llvm-mc"):
        p = median_of(runs, name)
        if o and p:
            print(f"  {name}/jitter -f elf64 time: {p / o:.2f}x (above 1: jitter's object is faster)")
    return runs, matches


def scaling_section(tools, runs, small, small_count, args, workdir):
    print(f"\nscaling {small_count:,} -> {args.lines:,} instructions "
          f"(time ratio; 5.00 = linear):")
    live = [t for t in tools if median_of(runs, t.name)]
    small_runs = time_tools(live, small, "small", args.reps, workdir, args.timeout)
    for t in live:
        s, b = median_of(small_runs, t.name), median_of(runs, t.name)
        ratio = f"{b / s:.2f}" if s else "failed"
        print(f"  {t.name:<10}{ratio:>8}   ({fmt_time(s)} -> {fmt_time(b)})")
    if "jitter" not in (t.name for t in tools):
        print(f"  {'jitter':<10}  {NOT_YET}")


def calls_section(bin_dir):
    """In-process and isolated calls of JIT'd code, and the Brainfuck example's speed-up."""
    print("\nJIT library (release build):")
    callbench = os.path.join(bin_dir, "callbench")
    if not os.access(callbench, os.X_OK):
        print(f"  {NOT_YET} (no callbench at {callbench}: build it with "
              f"`Scripts/build-release callbench`, or pass --build)")
    else:
        out = subprocess.run([callbench], capture_output=True, text=True, timeout=600).stdout
        figures = dict(line.split(" ", 1) for line in out.splitlines() if " " in line)
        c = float(figures.get("c-pointer", "nan ns").split()[0])
        for key, label in (("c-pointer", "call through a C function pointer"),
                           ("jit-pointer", "call of JIT'd code, bare pointer"),
                           ("jit-handle", "call of JIT'd code, through its handle")):
            value = figures.get(key, "?")
            ratio = float(value.split()[0]) / c if key != "c-pointer" and c == c else None
            print(f"  {label:<42}{value}" + (f"  ({ratio:.2f}x the C call)" if ratio else ""))
        print(f"  {'isolated executor run, median':<42}{figures.get('isolated-median', '?')}")
    bf = os.path.join(bin_dir, "bf")
    if not os.access(bf, os.X_OK):
        print(f"  {NOT_YET} (no bf at {bf}: `Scripts/build-release bf`)")
        return
    program = os.path.join(ROOT, "examples", "brainfuck", "programs", "loops.b")
    out = subprocess.run([bf, "--bench", program], capture_output=True, text=True, timeout=600).stdout
    print(f"  brainfuck {os.path.relpath(program, ROOT)}:")
    for line in out.splitlines():
        print(f"    {line}")


def main():
    args = parse_args()
    workdir = os.path.abspath(args.workdir)
    os.makedirs(workdir, exist_ok=True)
    jitter = os.path.abspath(args.jitter)
    if args.build:
        products = ["jitter"] if args.repl else ([] if args.calls else ["jitter"]) + ["callbench", "bf"]
        for product in products:
            subprocess.run([os.path.join(ROOT, "Scripts", "build-release"), product], cwd=ROOT,
                           check=True)

    print(f"machine: {machine_summary()}")
    if args.calls:
        calls_section(os.path.dirname(jitter))
        return 0
    if args.repl:
        print("\nREPL (jitter in pipe mode unless stated):")
        if os.access(jitter, os.X_OK):
            rows = repl_rows(jitter, workdir, args.reps, args.repl_lines, args.repl_blocks, args.repl_paced)
        else:
            rows = [(name, NOT_YET + " (no jitter binary)") for name in REPL_ROWS]
        for name, value in rows:
            print(f"  {name:<42}{value}")
        return 0
    tools, have_jitter = find_tools(jitter, workdir)

    big = input_file(workdir, args.lines, args.seed)
    small_count = max(args.lines // 5, 1)
    small = input_file(workdir, small_count, args.seed)
    with open(big, "rb") as f:
        data = f.read()
    line_count = data.count(b"\n")
    print(f"\ninput: {os.path.relpath(big, ROOT)}: {args.lines:,} instructions, "
          f"{line_count:,} lines, {len(data) / 2**20:.1f} MiB (seed {args.seed})")
    print(f"rounds: {args.reps}, tools interleaved\n")

    matches = True
    if tools:
        runs, matches = assemble_section(tools, big, args, workdir)
        scaling_section(tools, runs, small, small_count, args, workdir)
        vector = input_file(workdir, args.lines, args.seed, vector=True)
        print()
        _, vector_matches = assemble_section(
            tools, vector, args, workdir, tag="vector",
            title=f"assemble {args.lines:,} instructions shaped like compiler output "
                  f"(7% SSE, 4% AVX: {os.path.relpath(vector, ROOT)}):")
        matches = matches and vector_matches
    else:
        print("no assembler to run")

    print("\nREPL (jitter in pipe mode unless stated):")
    if have_jitter:
        rows = repl_rows(jitter, workdir, args.reps, args.repl_lines, args.repl_blocks, args.repl_paced)
    else:
        rows = [(name, NOT_YET + " (no jitter binary)") for name in REPL_ROWS]
    for name, value in rows:
        print(f"  {name:<42}{value}")
    calls_section(os.path.dirname(jitter))
    return 0 if matches else 1


if __name__ == "__main__":
    sys.exit(main())
