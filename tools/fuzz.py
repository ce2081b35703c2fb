#!/usr/bin/env python3
"""Fuzzing the front end: no input may crash or hang adder's lexer, parser or compile-time checks.

Each iteration makes one input: a file of the CPython standard library mutated at the byte or
token level (flips, insertions of brackets, quotes, keywords, indentation, backslashes, non-ASCII
and control characters, deletions, duplications, truncation, splices of two files), random bytes,
or a deeply nested expression. Inputs are written to a temporary directory and handed to
`adder syntax-test check` in batches; a batch that dies from a signal or runs past the time limit
is split until the guilty input is found, and that input is saved under --crash-dir.

With --compare, every input is also given to CPython, and differences in acceptance (CPython
parses it and adder does not, or the reverse) and in the error kind are reported: they are not
crashes, but they are bugs. With --compare-messages, inputs are short mutated snippets and the
whole report (warnings, error message, location, source line and carets) is compared with what
`python3 FILE` prints, CPython being stopped before it runs any of the program. Exit status 1 if
any input crashed or hung adder.
"""
import argparse
import ast
import os
import random
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
import warnings

SNIPPETS = [
    b"(", b")", b"[", b"]", b"{", b"}", b":", b",", b";", b".", b"...", b"=", b"==", b":=", b"->", b"*", b"**",
    b"@", b"\\", b"\\\n", b"\n", b"\r\n", b"\t", b"    ", b"\f", b"#", b"'", b'"', b"'''", b'"""', b"f'", b'f"{',
    b"rb'", b"u'", b"{", b"}", b"!r", b"!x", b"=}", b"0x", b"0o8", b"1_", b"1e", b"1j", b"09", b"0b2",
    b"if ", b"else ", b"elif ", b"for ", b" in ", b"while ", b"def ", b"class ", b"lambda ", b"yield ",
    b"await ", b"async ", b"return ", b"import ", b"from ", b"as ", b"with ", b"try:", b"except*", b"finally:",
    b"match ", b"case ", b"_", b"not ", b" and ", b" or ", b" is ", b"del ", b"global ", b"nonlocal ",
    b"pass", b"break", b"continue", b"raise ", b"assert ", b"None", b"True", b"False", b"print ",
    "é".encode(), "λ".encode(), "€".encode(), "\u00a0".encode(), "\ud7ff".encode(), "𝔘".encode(), b"\xff",
    b"\xc3", b"\x00", b"\x01", b"\x7f", b"$", b"?", b"!", b"`", b"<>",
]


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in ("site-packages", "__pycache__")]
        out.extend(os.path.join(dirpath, f) for f in filenames if f.endswith(".py"))
    return sorted(out)


def mutate(rng, data, corpus):
    data = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 3, 5, 10])):
        choice = rng.random()
        n = len(data)
        pos = rng.randrange(n + 1) if n else 0
        if choice < 0.30:
            data[pos:pos] = rng.choice(SNIPPETS)
        elif choice < 0.45 and n:
            end = min(n, pos + rng.randrange(1, 40))
            del data[pos:end]
        elif choice < 0.55 and n:
            data[min(pos, n - 1)] = rng.randrange(256)
        elif choice < 0.65 and n:
            end = min(n, pos + rng.randrange(1, 200))
            data[pos:pos] = data[pos:end]
        elif choice < 0.72:
            del data[pos:]
        elif choice < 0.80 and n:
            # Re-indent a line.
            line_start = data.rfind(b"\n", 0, pos) + 1
            data[line_start:line_start] = rng.choice([b" ", b"\t", b"        ", b"   \t"])
        elif choice < 0.88:
            with open(rng.choice(corpus), "rb") as f:
                other = f.read()
            if other:
                a = rng.randrange(len(other))
                data[pos:pos] = other[a:a + rng.randrange(1, 400)]
        else:
            data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 20)))
    return bytes(data)


def nested(rng):
    depth = rng.choice([50, 199, 200, 201, 1000, 3000, 6000, 7000, 20000])
    kind = rng.randrange(9)
    if kind == 0:
        return b"x = " + b"(" * depth + b"1" + b")" * depth + b"\n"
    if kind == 1:
        return b"x = " + b"-" * depth + b"1\n"
    if kind == 2:
        return b"x = " + b"not " * depth + b"1\n"
    if kind == 3:
        return b"x = " + b"lambda: " * depth + b"1\n"
    if kind == 4:
        return b"x = 1" + b" if 1 else 1" * depth + b"\n"
    if kind == 5:
        return b"x = 2" + b" ** 2" * depth + b"\n"
    if kind == 6:
        return b"x = " + b"await " * depth + b"y\n"
    if kind == 7:
        out = b""
        for i in range(min(depth, 120)):
            out += b" " * i + b"if x:\n"
        return out + b" " * min(depth, 120) + b"pass\n"
    return b"x = f'{" * 3 + b"y" + b"}'" * 3 + b"\n" + b"x = [" * min(depth, 300) + b"\n"


def make_input(rng, corpus):
    r = rng.random()
    if r < 0.05:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
    if r < 0.10:
        return nested(rng)
    with open(rng.choice(corpus), "rb") as f:
        data = f.read()
    if len(data) > 20000:
        start = rng.randrange(len(data) - 20000)
        data = data[start:start + 20000]
    return mutate(rng, data, corpus)


def make_snippet(rng, corpus):
    """A few lines of a standard library file with one to three small edits."""
    import textwrap
    while True:
        with open(rng.choice(corpus), encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        if len(lines) < 5:
            continue
        a = rng.randrange(len(lines) - 3)
        snippet = textwrap.dedent("\n".join(lines[a:a + rng.randrange(1, 12)])).split("\n")
        for _ in range(rng.choice([1, 1, 2, 3])):
            i = rng.randrange(len(snippet))
            line = snippet[i]
            r = rng.random()
            if r < 0.15 and len(snippet) > 1:
                del snippet[i]
            elif r < 0.3:
                snippet[i] = rng.choice(["", " ", "  ", "    ", "\t"]) + line
            elif r < 0.4:
                snippet[i] = line.lstrip()
            else:
                c = rng.randrange(len(line) + 1)
                if rng.random() < 0.5:
                    snippet[i] = line[:c] + rng.choice(SNIPPETS).decode("utf-8", "replace") + line[c:]
                else:
                    snippet[i] = line[:c] + line[c + rng.randrange(1, 6):]
        return ("\n".join(snippet) + rng.choice(["\n", "", "\n\n"])).encode("utf-8", "surrogatepass")


STOPPER = """
import os, sys
def _stop(frame, event, arg):
    if event == "call" and frame.f_code.co_filename.endswith("input.py"):
        os._exit(0)
sys.setprofile(_stop)
"""


def cpython_report(workdir, data):
    """What `python3 input.py` writes to stderr while compiling (then OK), the program never run."""
    path = os.path.join(workdir, "input.py")
    with open(path, "wb") as f:
        f.write(data)
    env = dict(os.environ, PYTHONPATH=os.path.join(workdir, "hook"))
    proc = subprocess.run([sys.executable, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                          timeout=60)
    return proc.stderr.decode("utf-8", "replace") + ("OK\n" if proc.returncode == 0 else "")


def compare_messages(args, rng, corpus):
    workdir = tempfile.mkdtemp(prefix="adder-fuzz-messages-")
    os.makedirs(os.path.join(workdir, "hook"))
    with open(os.path.join(workdir, "hook", "sitecustomize.py"), "w") as f:
        f.write(STOPPER)
    differences = 0
    try:
        for n in range(args.iterations):
            data = make_snippet(rng, corpus)
            want = cpython_report(workdir, data)
            problem, output = run_batch(args.adder, [os.path.join(workdir, "input.py")], args.timeout)
            have = problem or output.split("\n", 1)[1]
            if have != want:
                differences += 1
                os.makedirs(args.crash_dir, exist_ok=True)
                kept = os.path.join(args.crash_dir, f"message-{n}.py")
                with open(kept, "wb") as f:
                    f.write(data)
                print(f"report differs: {kept}\n--- cpython\n{want}--- adder\n{have}", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"fuzz: {args.iterations} snippets: {differences} reports differ from CPython's")
    return 0


def run_batch(adder, paths, timeout):
    """None if the batch ran cleanly, else 'signal N' or 'hang'."""
    try:
        proc = subprocess.run([adder, "syntax-test", "check"] + paths, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang", None
    if proc.returncode < 0:
        return f"signal {-proc.returncode}", None
    if proc.returncode != 0:
        return f"exit status {proc.returncode}", None
    return None, proc.stdout.decode("utf-8", "replace")


def find_culprits(adder, paths, timeout):
    if len(paths) == 1:
        problem, _ = run_batch(adder, paths, timeout)
        return [(paths[0], problem)] if problem else []
    half = len(paths) // 2
    found = []
    for part in (paths[:half], paths[half:]):
        problem, _ = run_batch(adder, part, timeout)
        if problem:
            found += find_culprits(adder, part, timeout)
    return found


def adder_verdicts(output):
    """{path: 'OK' | error class name} from `syntax-test check` output."""
    verdicts = {}
    current = None
    for line in output.split("\n"):
        if line.startswith("### "):
            current = line[4:]
            verdicts[current] = None
        elif current is not None and line and not line.startswith(" "):
            if line == "OK":
                verdicts[current] = "OK"
            else:
                verdicts[current] = line.split(":")[0]
    return verdicts


def cpython_verdict(path):
    """How CPython's compile() judges a file; None where it differs from `python3 FILE` by design
    (compile() of bytes tolerates invalid UTF-8 in comments; running a file does not)."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        source.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if b"\0" in source or b"coding" in source:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, path, "exec", dont_inherit=True)
            return "OK"
        except SyntaxError as e:
            return type(e).__name__
        except (ValueError, RecursionError, MemoryError) as e:
            return type(e).__name__


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--adder", required=True)
    parser.add_argument("--iterations", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per batch")
    parser.add_argument("--crash-dir", default="fuzz-crashes")
    parser.add_argument("--compare", action="store_true", help="also compare acceptance with CPython")
    parser.add_argument("--compare-messages", action="store_true",
                        help="compare full error reports of mutated snippets with CPython's (slow)")
    args = parser.parse_args()

    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    corpus = stdlib_files()
    if args.compare_messages:
        return compare_messages(args, rng, corpus)
    workdir = tempfile.mkdtemp(prefix="adder-fuzz-")
    crashes = []
    differences = []
    started = time.time()
    done = 0
    try:
        while done < args.iterations:
            count = min(args.batch, args.iterations - done)
            paths = []
            for i in range(count):
                path = os.path.join(workdir, f"input{done + i}.py")
                with open(path, "wb") as f:
                    f.write(make_input(rng, corpus))
                paths.append(path)
            problem, output = run_batch(args.adder, paths, args.timeout)
            if problem:
                for path, what in find_culprits(args.adder, paths, args.timeout):
                    os.makedirs(args.crash_dir, exist_ok=True)
                    kept = os.path.join(args.crash_dir, f"seed{seed}-{os.path.basename(path)}")
                    shutil.copy(path, kept)
                    crashes.append((kept, what))
                    print(f"CRASH ({what}): {kept}", flush=True)
            elif args.compare:
                verdicts = adder_verdicts(output)
                for path in paths:
                    want = cpython_verdict(path)
                    have = verdicts.get(path)
                    if want in (None, "ValueError", "RecursionError", "MemoryError"):
                        continue
                    if (want == "OK") != (have == "OK") or (want != "OK" and want != have):
                        os.makedirs(args.crash_dir, exist_ok=True)
                        kept = os.path.join(args.crash_dir, f"diff-seed{seed}-{os.path.basename(path)}")
                        shutil.copy(path, kept)
                        differences.append((kept, want, have))
            for path in paths:
                os.remove(path)
            done += count
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    for kept, want, have in differences:
        print(f"differs from CPython: {kept}: cpython {want}, adder {have}")
    print(f"fuzz: {done} inputs (seed {seed}) in {time.time() - started:.1f}s: {len(crashes)} crashes or hangs"
          + (f", {len(differences)} differences from CPython" if args.compare else ""))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
