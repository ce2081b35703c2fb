#!/usr/bin/env python3
"""Fuzzing the bytecode cache loader: no `.adc` file may crash or hang `adder run --engine interp`.

The program corpus (Tests/Programs) is copied to a temporary directory and each program is
compiled there with `adder compile`, which writes __adder_cache__/NAME.adc beside it. Each
iteration takes one of those files, mutates it (bit flips, byte overwrites, truncation, insertion,
deletion, duplication of a range), puts it in place of the good one and runs the program with the
interpreter. Two modes:

  plain     the mutated file as is. The trailing checksum rejects nearly everything: the run must
            print the loader's note ("adder: ignoring ...; recompiling") and then run the program
            exactly as CPython does (stdout and exit status as in NAME.out / NAME.code).
  resealed  after mutating, the trailing checksum (FNV-1a 64 of everything before it) is
            recomputed, so the file reaches the structural checks and, when it passes them, the
            interpreter. If the loader rejects it (the driver then rewrites the good file), the
            program must still run correctly; if it accepts it, the program may print anything or
            raise, but it must not die of a signal or run past the time limit.

Half of the resealed mutations are aimed at the code words of one function (found by parsing the
file), where they test the interpreter's trust in verified bytecode rather than the parser.

Every crash, hang or wrong result is saved with a reproducer under --crash-dir (default
/tmp/adder-fuzz-cache): the program, its inputs, the pristine and the mutated cache file, a
description of what was changed (function, pc, the pristine disassembly line), the end of stderr,
and repro.sh. The cache file is bound to the adder binary that wrote it (its size and mtime);
`--replay DIR` re-applies a saved mutation to a cache written by the current binary and runs it.

A resealed run that times out after an edit that made or changed a jump is reported as a "loop"
(verified bytecode may loop for ever, as `while True: pass` does) and does not fail the run.

Exit status 1 if any run crashed, hung or printed a wrong result after a rejection.
"""
import argparse
import concurrent.futures
import json
import os
import random
import re
import resource
import shlex
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from make_expected import PROGRAMS, program_inputs, programs  # noqa: E402

MAGIC = b"ADDERBC\0"
FINGERPRINT = slice(12, 20)  # the compiler fingerprint, after the magic and the format version
NOTE = re.compile(r"adder: ignoring .*?: (.*); recompiling")
INTERESTING = [0x00, 0x01, 0x02, 0x7F, 0x80, 0xFE, 0xFF]
MEMORY_LIMIT = 4 << 30
OUTPUT_LIMIT = 1 << 20


def opcode_names():
    """The VMOp cases in order, read from Sources/AdderVM/Bytecode.swift (for reports only)."""
    try:
        with open(os.path.join(ROOT, "Sources", "AdderVM", "Bytecode.swift")) as f:
            text = f.read()
        body = text.split("public enum VMOp", 1)[1].split("public var name", 1)[0]
        names = []
        for line in body.splitlines():
            line = line.split("//", 1)[0].strip()
            if line.startswith("case "):
                names += [n.strip().rstrip("_") for n in line[5:].split(",") if n.strip()]
        return names
    except (OSError, IndexError):
        return []


OPCODES = opcode_names()


def opcode_name(number):
    return OPCODES[number] if number < len(OPCODES) else f"op{number}"


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def reseal(data):
    """Replace the trailing checksum with the right one for the bytes before it."""
    if len(data) < 8:
        return bytes(data)
    body = bytes(data[:-8])
    return body + struct.pack("<Q", fnv1a64(body))


# MARK: - Reading the file's layout (mirrors Sources/AdderVM/CacheFile.swift)

class Layout:
    """Where each function's code words are in a cache file."""

    def __init__(self, data):
        self.data = data
        self.pos = 8 + 4 + 8 * 3
        self.functions = []  # (qualname, offset of code word 0, word count)
        self.constants()
        self.strings()
        self.strings()
        for _ in range(self.u32()):
            self.function()
        if self.pos != len(data) - 8:
            raise ValueError("the layout does not add up: CacheFile.swift's format has changed")

    def take(self, n):
        if self.pos + n > len(self.data):
            raise ValueError("truncated")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def u8(self):
        return self.take(1)[0]

    def u32(self):
        return struct.unpack("<I", self.take(4))[0]

    def blob(self):
        return self.take(self.u32())

    def strings(self):
        return [self.blob().decode("utf-8", "replace") for _ in range(self.u32())]

    def constants(self):
        for _ in range(self.u32()):
            self.constant()

    def constant(self):
        tag = self.u8()
        if tag in (4, 6, 7):
            self.take(8)
        elif tag in (5, 8, 9):
            self.blob()
        elif tag in (10, 11):
            for _ in range(self.u32()):
                self.constant()
        elif tag > 11:
            raise ValueError("tag")

    def function(self):
        self.blob()
        qualname = self.blob().decode("utf-8", "replace")
        self.take(4)
        self.strings()
        self.take(12 + 1)
        self.strings()
        if self.u8() == 1:
            self.blob()
        self.take(12)
        count = self.u32()
        self.functions.append((qualname, self.pos, count))
        self.take(8 * count + 4 * count)
        self.take(4)  # the local names constant
        self.take(12 * self.u32())


def layout_of(data):
    try:
        return Layout(data)
    except (ValueError, struct.error) as error:
        print(f"warning: cannot read the cache file's layout ({error}); no mutations aimed at code words",
              file=sys.stderr)
        return None


# MARK: - Mutations

def mutate(rng, data, region=None):
    """1-3 random edits of `data`; `region` (start, end) confines their positions. Returns the new
    bytes and a description of each edit."""
    data = bytearray(data)
    edits = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        lo, hi = region if region else (0, len(data))
        hi = min(hi, len(data))
        if hi <= lo:
            break
        pos = rng.randrange(lo, hi)
        kind = rng.random()
        if kind < 0.35:
            bits = rng.choice([1, 1, 2, 3, 8])
            for _ in range(bits):
                bit = rng.randrange(8)
                data[pos] ^= 1 << bit
            edits.append(f"flip {bits} bit(s) at {pos}")
        elif kind < 0.60:
            n = rng.choice([1, 1, 2, 4, 8])
            for i in range(pos, min(hi, pos + n)):
                data[i] = rng.choice(INTERESTING) if rng.random() < 0.5 else rng.randrange(256)
            edits.append(f"overwrite {n} byte(s) at {pos}")
        elif kind < 0.70 and not region:
            cut = rng.randrange(len(data))
            del data[cut:]
            edits.append(f"truncate to {cut}")
        elif kind < 0.80:
            n = rng.choice([1, 2, 4, 8, 16])
            data[pos:pos] = bytes(rng.randrange(256) for _ in range(n))
            edits.append(f"insert {n} byte(s) at {pos}")
        elif kind < 0.88:
            n = rng.randrange(1, 33)
            del data[pos:pos + n]
            edits.append(f"delete {n} byte(s) at {pos}")
        else:
            n = rng.randrange(1, 65)
            chunk = bytes(data[pos:pos + n])
            at = rng.randrange(lo, min(hi, len(data)) + 1)
            data[at:at] = chunk
            edits.append(f"duplicate {len(chunk)} byte(s) from {pos} at {at}")
    return bytes(data), edits


def mutate_code(rng, data, region):
    """1-2 edits of instruction fields inside `region` (whole words of one function's code): an
    opcode replaced by another, a register or pool index nudged to another small value, an
    immediate changed, or one word copied over another. These keep the file's structure, so
    most of them reach the verifier's field checks, and many pass them."""
    data = bytearray(data)
    lo, hi = region
    words = (hi - lo) // 8
    edits = []
    for _ in range(rng.choice([1, 1, 2])):
        at = lo + 8 * rng.randrange(words)
        kind = rng.random()
        if kind < 0.25:
            data[at] = rng.randrange(100)
            edits.append(f"opcode of word at {at} := {data[at]}")
        elif kind < 0.80:
            field, width = rng.choice([(1, 2), (3, 2), (5, 2), (7, 1)])  # A, B, C, D
            value = rng.choice([0, 1, 2, 3, rng.randrange(16), rng.randrange(1 << (8 * width))])
            data[at + field:at + field + width] = value.to_bytes(width, "little")
            edits.append(f"field at byte {field} of word at {at} := {value}")
        else:
            source = lo + 8 * rng.randrange(words)
            data[at:at + 8] = data[source:source + 8]
            edits.append(f"word at {source} copied over word at {at}")
    return bytes(data), edits


def code_region(rng, layout):
    """The byte range of one function's code words, weighted by size."""
    functions = [f for f in layout.functions if f[2] > 0]
    if not functions:
        return None, None
    qualname, offset, count = rng.choices(functions, weights=[f[2] for f in functions])[0]
    return (offset, offset + 8 * count), qualname


# MARK: - Programs

class Program:
    def __init__(self, path):
        self.path = path
        self.rel = os.path.relpath(path, PROGRAMS)
        self.name = os.path.basename(path)
        self.args, self.stdin = program_inputs(path)
        base = path[:-3]
        self.expected_out = read(base + ".out", b"")
        self.expected_code = int(read(base + ".code", b"0").strip() or b"0")
        self.pristine = None
        self.layout = None
        self.seconds = 0.0
        self.disassembly = {}

    def cache_in(self, directory):
        return os.path.join(directory, "__adder_cache__", self.name[:-3] + ".adc")


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, "rb") as f:
        return f.read()


def limit_children():
    """Limits every child inherits: a mutated program that allocates without end fails instead of
    exhausting the machine, and crashes write no core files."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run(command, cwd, stdin, timeout, backtrace=False):
    """Run with limits; returns (status or None on timeout, stdout, stderr, seconds). Swift's crash
    backtracer is off unless asked for: it takes a third of a second per crash."""
    env = dict(os.environ, SWIFT_BACKTRACE="enable=yes" if backtrace else "enable=no")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=out, stderr=err,
                                   start_new_session=True, env=env)
        try:
            process.communicate(stdin, timeout=timeout)
            status = process.returncode
        except subprocess.TimeoutExpired:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait()
            status = None
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return status, out.read(OUTPUT_LIMIT), err.read(OUTPUT_LIMIT), seconds


def prepare(adder, program, directory):
    """Copy the program to `directory`, compile it there and run it once with its good cache."""
    os.makedirs(directory, exist_ok=True)
    shutil.copy(program.path, os.path.join(directory, program.name))
    status, _, err, _ = run([adder, "compile", program.name], directory, b"", 120)
    if status != 0 or not os.path.exists(program.cache_in(directory)):
        return f"adder compile failed ({status}): {err.decode('utf-8', 'replace')[-300:]}"
    program.pristine = read(program.cache_in(directory))
    program.layout = layout_of(program.pristine)
    status, out, err, seconds = run([adder, "run", "--engine", "interp", program.name] + program.args,
                                    directory, program.stdin, 120)
    if NOTE.search(err.decode("utf-8", "replace")):
        return "the good cache file was rejected: " + err.decode("utf-8", "replace").strip()[-300:]
    if status != program.expected_code or out != program.expected_out:
        return f"does not pass with its good cache (status {status})"
    program.seconds = seconds
    return None


def load_disassembly(adder, program, directory):
    """The pristine bytecode's disassembly (the compiler is deterministic), for reports."""
    dump = subprocess.run([adder, "dump", "bytecode", program.name], cwd=directory, capture_output=True)
    program.disassembly = parse_disassembly(dump.stdout.decode("utf-8", "replace"))


def parse_disassembly(text):
    """{function index: [(pc, line text)]} from `adder dump bytecode`."""
    functions, current = {}, None
    for line in text.splitlines():
        m = re.match(r"function (\d+) ", line)
        if m:
            current = functions.setdefault(int(m.group(1)), [])
            continue
        m = re.match(r"\s+(\d+)  (.*)", line)
        if m and current is not None:
            current.append((int(m.group(1)), m.group(2).rstrip()))
    return functions


def describe(program, mutated):
    """Where the first changed byte of the mutated file is, in terms of functions and pcs."""
    pristine = program.pristine
    first = next((i for i in range(min(len(pristine), len(mutated))) if pristine[i] != mutated[i]),
                 min(len(pristine), len(mutated)))
    if program.layout:
        for index, (qualname, offset, count) in enumerate(program.layout.functions):
            if offset <= first < offset + 8 * count:
                word = (first - offset) // 8
                lines = program.disassembly.get(index, [])
                at = [text for pc, text in lines if pc <= word]
                old = pristine[offset + 8 * word:offset + 8 * word + 8]
                new = mutated[offset + 8 * word:offset + 8 * word + 8]
                ops = f" (opcode {opcode_name(old[0])} -> {opcode_name(new[0])})" if len(new) and old[0] != new[0] else ""
                return (f"first change at byte {first}: function {index} ({qualname}) code word {word}: "
                        f"{old[::-1].hex()} -> {new[::-1].hex()}{ops}; pristine instruction: "
                        f"{at[-1] if at else '?'}")
    return f"first change at byte {first} (outside the code words)"


# MARK: - One fuzz run

class Outcome:
    def __init__(self, kind, detail=""):
        self.kind = kind      # "rejected", "accepted", "crash", "hang", "loop", "wrong", "silent-accept"
        self.detail = detail


def fuzz_once(adder, program, directory, mode, rng, timeout):
    region = None
    if mode == "resealed" and program.layout and rng.random() < 0.5:
        region, _ = code_region(rng, program.layout)
    if region and rng.random() < 0.7:
        mutated, edits = mutate_code(rng, program.pristine, region)
    else:
        mutated, edits = mutate(rng, program.pristine, region)
    if mode == "resealed":
        mutated = reseal(mutated)
    if mutated == program.pristine:
        return None, mutated, edits
    cache = program.cache_in(directory)
    with open(cache, "wb") as f:
        f.write(mutated)
    status, out, err, _ = run([adder, "run", "--engine", "interp", program.name] + program.args,
                              directory, program.stdin, timeout)
    after = read(cache)
    text = err.decode("utf-8", "replace")
    note = NOTE.search(text)
    if status is None:
        if mode == "resealed" and touches_jump(program, mutated):
            # Verified bytecode may loop for ever, like `while True: pass`: not a loader bug.
            return Outcome("loop", f"no result after {timeout:.0f}s; the edit made or changed a jump"), \
                mutated, edits
        return Outcome("hang", f"no result after {timeout:.0f}s"), mutated, edits
    if status < 0:
        return Outcome("crash", f"killed by signal {-status} ({signal_name(-status)})"), mutated, edits
    # A rejected file is rewritten by the driver; an accepted one stays as it was.
    rejected = after != mutated
    if rejected:
        problems = []
        if out != program.expected_out:
            problems.append("stdout differs from the expected output")
        if status != program.expected_code:
            problems.append(f"exit status {status}, expected {program.expected_code}")
        if mode == "plain" and not note:
            problems.append("no rejection note")
        if problems:
            return Outcome("wrong", "; ".join(problems)), mutated, edits
        reason = normalized(note.group(1)) if note else "(silently: another build, or the source changed)"
        return Outcome("rejected", reason), mutated, edits
    if mode == "plain":
        return Outcome("silent-accept", "a corrupt file was used as is"), mutated, edits
    return Outcome("accepted", f"status {status}"), mutated, edits


JUMPS = {"jlt", "jle", "jeq", "jne", "jgt", "jge", "jtrue", "jis", "jin", "jmp", "jstop", "forNext"}


def touches_jump(program, mutated):
    """True if the first changed code word is (or becomes) a jump, or is a jump's target word."""
    pristine = program.pristine
    if not program.layout or len(mutated) != len(pristine):
        return False
    first = next((i for i in range(len(pristine)) if pristine[i] != mutated[i]), None)
    for qualname, offset, count in program.layout.functions:
        if first is not None and offset <= first < offset + 8 * count:
            word = offset + 8 * ((first - offset) // 8)
            ops = {opcode_name(pristine[word]), opcode_name(mutated[word])}
            previous = opcode_name(pristine[word - 8]) if word - 8 >= offset else ""
            return bool(ops & JUMPS) or previous in JUMPS
    return False


def signal_name(number):
    try:
        return signal.Signals(number).name
    except ValueError:
        return "?"


def normalized(reason):
    """A rejection message without its numbers and function names, for counting."""
    reason = re.sub(r"function \d+ \([^)]*\): ", "", reason)
    return re.sub(r"(?<![A-Z-])\d+", "N", reason)


def save(crash_dir, number, program, mode, outcome, mutated, edits, adder, err_text):
    directory = os.path.join(crash_dir, f"{outcome.kind}-{number:03d}")
    os.makedirs(os.path.join(directory, "__adder_cache__"), exist_ok=True)
    shutil.copy(program.path, os.path.join(directory, program.name))
    stem = program.name[:-3]
    with open(os.path.join(directory, "__adder_cache__", stem + ".adc"), "wb") as f:
        f.write(mutated)
    with open(os.path.join(directory, "pristine.adc"), "wb") as f:
        f.write(program.pristine)
    with open(os.path.join(directory, "mutated.adc"), "wb") as f:
        f.write(mutated)
    with open(os.path.join(directory, "stdin"), "wb") as f:
        f.write(program.stdin)
    with open(os.path.join(directory, "args.json"), "w") as f:
        json.dump(program.args, f)
    args = " ".join(shlex.quote(a) for a in program.args)
    with open(os.path.join(directory, "repro.sh"), "w") as f:
        f.write("#!/bin/sh\n# Runs the mutated cache; it is bound to the adder binary that wrote it.\n"
                f"# With another build: python3 {os.path.join(ROOT, 'tools', 'fuzz_cache.py')} --adder ADDER "
                f"--replay {directory}\n"
                f"cd \"$(dirname \"$0\")\" && cp mutated.adc __adder_cache__/{stem}.adc && "
                f"exec {adder} run --engine interp {program.name} {args} < stdin\n")
    os.chmod(os.path.join(directory, "repro.sh"), 0o755)
    with open(os.path.join(directory, "stderr.txt"), "w") as f:
        f.write(err_text)
    with open(os.path.join(directory, "info.txt"), "w") as f:
        f.write(f"program: {program.rel}\nmode: {mode}\noutcome: {outcome.kind}: {outcome.detail}\n"
                f"edits: {'; '.join(edits)}\n{describe(program, mutated)}\n\n{crash_summary(err_text)}\n")
    return directory


def crash_site(err_text):
    """A short name for where a crash happened: the innermost functions of the crashed thread, and
    the interpreter line that called into them."""
    names, interp = [], ""
    for line in crash_summary(err_text).splitlines()[2:]:
        m = re.search(r"0x[0-9a-f]+ (.*?)(?: \+ \d+)? in \S+(?: at (\S+))?$", line)
        if not m:
            continue
        name = m.group(1)
        if name.startswith("interpret("):
            interp = (m.group(2) or "").rsplit("/", 1)[-1].rsplit(":", 1)[0]
            break
        if name not in names:
            names.append(name)
    return " <- ".join(names[:2] + ([f"interpret ({interp})"] if interp else [])) or "?"


def crash_summary(err_text):
    """The crash reason and the first frames of the crashed thread from Swift's backtrace (the
    whole of stderr is in stderr.txt)."""
    lines = err_text.splitlines()
    reason = next((line for line in lines if line.startswith("*** Program crashed")), "")
    start = next((i for i, line in enumerate(lines) if re.match(r"Thread \d+( \".*\")? crashed:", line)), None)
    if start is None:
        return "stderr (end):\n" + "\n".join(lines[-15:])
    frames = [line.strip() for line in lines[start + 1:start + 12] if re.match(r"\s*\d+ ", line)][:8]
    return reason + "\n" + lines[start] + "\n  " + "\n  ".join(frames)


# MARK: - Replay

def replay(adder, directory, timeout):
    """Re-run a saved case with the current adder: recompile, transplant the fingerprint, reseal if
    the saved file was sealed, run."""
    info = read(os.path.join(directory, "info.txt"), b"").decode()
    mode = re.search(r"mode: (\w+)", info).group(1)
    name = next(n for n in os.listdir(directory) if n.endswith(".py"))
    mutated = bytearray(read(os.path.join(directory, "mutated.adc")))
    with tempfile.TemporaryDirectory(prefix="adder-replay-") as work:
        shutil.copy(os.path.join(directory, name), os.path.join(work, name))
        subprocess.run([adder, "compile", name], cwd=work, check=True)
        fresh = read(os.path.join(work, "__adder_cache__", name[:-3] + ".adc"))
        old = read(os.path.join(directory, "pristine.adc"))
        if fresh[:12] + fresh[20:-8] != old[:12] + old[20:-8]:
            print("note: this build encodes the program differently; the mutation may mean something else")
        if len(mutated) >= 20 and mutated[FINGERPRINT] == old[FINGERPRINT]:
            mutated[FINGERPRINT] = fresh[FINGERPRINT]
        if mode == "resealed":
            mutated = bytearray(reseal(mutated))
        with open(os.path.join(work, "__adder_cache__", name[:-3] + ".adc"), "wb") as f:
            f.write(mutated)
        stdin = read(os.path.join(directory, "stdin"), b"")
        with open(os.path.join(directory, "args.json")) as f:
            args = json.load(f)
        status, out, err, _ = run([adder, "run", "--engine", "interp", name] + args, work, stdin, timeout)
        sys.stdout.write(out.decode("utf-8", "replace"))
        sys.stderr.write(err.decode("utf-8", "replace"))
        print(f"[replay] status: {'timeout' if status is None else status}")
        return 1 if status is None or status < 0 else 0


# MARK: - Driver

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--adder", required=True, help="the adder executable")
    parser.add_argument("--iterations", type=int, default=600, help="mutated runs per mode (default 600)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: time-based, printed)")
    parser.add_argument("--mode", choices=["plain", "resealed", "both"], default="both")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="seconds a run may take, at least (slow programs get 20x their normal time)")
    parser.add_argument("--crash-dir", default="/tmp/adder-fuzz-cache")
    parser.add_argument("--replay", metavar="DIR", help="re-run a saved case and exit")
    parser.add_argument("only", nargs="*", help="substrings of program paths to use")
    options = parser.parse_args()
    adder = os.path.abspath(options.adder)
    limit_children()
    if options.replay:
        sys.exit(replay(adder, options.replay, options.timeout))
    seed = options.seed if options.seed is not None else int(time.time())
    print(f"seed {seed}")
    modes = ["plain", "resealed"] if options.mode == "both" else [options.mode]

    with tempfile.TemporaryDirectory(prefix="adder-fuzz-cache-") as work:
        workers = [os.path.join(work, f"w{i}") for i in range(max(1, options.jobs))]
        candidates = [Program(p) for p in programs(options.only)]
        for index, program in enumerate(candidates):
            program.homes = [os.path.join(w, f"p{index}") for w in workers]
        with concurrent.futures.ThreadPoolExecutor(len(workers)) as pool:
            problems = list(pool.map(lambda p: prepare(adder, p, p.homes[0]), candidates))
        usable, skipped = [], []
        for program, problem in zip(candidates, problems):
            if problem:
                skipped.append((program.rel, problem))
                continue
            for home in program.homes[1:]:
                os.makedirs(os.path.dirname(program.cache_in(home)), exist_ok=True)
                shutil.copy(program.path, os.path.join(home, program.name))
            usable.append(program)
        for rel, problem in skipped:
            print(f"skipped {rel}: {problem}")
        if not usable:
            print("no usable programs")
            sys.exit(1)
        # Slow programs are fuzzed less often, so that a run takes about as long whatever the seed.
        weights = [1.0 / max(0.02, p.seconds) for p in usable]
        print(f"{len(usable)} of {len(candidates)} programs, {options.iterations} runs per mode, {len(workers)} jobs")

        lock = threading.Lock()
        findings = []
        counts = {}

        def job(mode, i, worker):
            rng = random.Random(f"{seed}-{mode}-{i}")
            program = rng.choices(usable, weights=weights)[0]
            timeout = max(options.timeout, 20 * program.seconds)
            outcome, mutated, edits = fuzz_once(adder, program, program.homes[worker], mode, rng, timeout)
            if outcome is None:
                return
            with lock:
                key = (mode, outcome.kind, outcome.detail if outcome.kind == "rejected" else "")
                counts[key] = counts.get(key, 0) + 1
                if outcome.kind in ("crash", "hang", "loop", "wrong", "silent-accept"):
                    findings.append((mode, program, outcome, mutated, edits))

        start = time.monotonic()
        for mode in modes:
            with concurrent.futures.ThreadPoolExecutor(len(workers)) as pool:
                free = list(range(len(workers)))
                futures = {}
                for i in range(options.iterations):
                    if not free:
                        done, _ = concurrent.futures.wait(futures, return_when=concurrent.futures.FIRST_COMPLETED)
                        for d in done:
                            d.result()
                            free.append(futures.pop(d))
                    worker = free.pop()
                    futures[pool.submit(job, mode, i, worker)] = worker
                for d in concurrent.futures.as_completed(futures):
                    d.result()

        print(f"{sum(counts.values())} runs in {time.monotonic() - start:.1f}s")
        for mode in modes:
            print(f"\n[{mode}]")
            for (m, kind, detail), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                if m == mode:
                    print(f"  {n:6d}  {kind}{': ' + detail if detail else ''}")

        saved = []
        if findings:
            os.makedirs(options.crash_dir, exist_ok=True)
            existing = len([d for d in os.listdir(options.crash_dir) if "-" in d])
            for n, (mode, program, outcome, mutated, edits) in enumerate(findings):
                # Re-run to capture the end of stderr for the report.
                cache = program.cache_in(program.homes[0])
                with open(cache, "wb") as f:
                    f.write(mutated)
                _, _, err, _ = run([adder, "run", "--engine", "interp", program.name] + program.args,
                                   program.homes[0], program.stdin, max(options.timeout, 20 * program.seconds),
                                   backtrace=True)
                err_text = err.decode("utf-8", "replace")
                if not program.disassembly:
                    load_disassembly(adder, program, program.homes[0])
                directory = save(options.crash_dir, existing + n, program, mode, outcome, mutated, edits, adder,
                                 err_text)
                site = crash_site(err_text) if outcome.kind == "crash" else outcome.kind
                saved.append((outcome, directory, describe(program, mutated), site))
        if saved:
            print(f"\n{len(saved)} problem(s), saved under {options.crash_dir}:")
            for outcome, directory, where, site in saved:
                change = re.search(r"\(opcode (\w+ -> \w+)\)", where) or re.search(r"pristine instruction: (\w+)", where)
                print(f"  {os.path.basename(directory):10s} {outcome.detail:32s} {site}"
                      f"  [{change.group(1) if change else 'outside code'}]")
        sys.exit(1 if any(outcome.kind != "loop" for outcome, _, _, _ in saved) else 0)


if __name__ == "__main__":
    main()
