#!/usr/bin/env python3
"""AST parity: `adder dump ast` must print exactly what CPython's `ast.dump(ast.parse(...))` prints.

Runs over every `.py` file of the CPython standard library installed on this machine (found
through `sysconfig`, site-packages excluded), or over a fixed sample of it (`--sample N`), or over
files given on the command line. Files are handed to adder in batches through the hidden
`adder syntax-test ast` command, which prints `### PATH` and then the dump (or the last line of the
SyntaxError) for each file. A file that CPython rejects with a SyntaxError must be rejected by
adder with a SyntaxError too; the messages are compared as well and reported, but only the kind
counts for parity.

Exit status 0 when every file matches.
"""
import argparse
import ast
import os
import random
import subprocess
import sys
import sysconfig
import time


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages" and d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith(".py"):
                files.append(os.path.join(dirpath, name))
    return files


def cpython_dump(path, locations):
    """('ok', dump) or ('error', 'ExcType: message')."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:  # includes IndentationError and TabError
        return "error", f"{type(e).__name__}: {e.msg}"
    except (ValueError, RecursionError, MemoryError) as e:
        return "other", f"{type(e).__name__}: {e}"
    try:
        return "ok", ast.dump(tree, include_attributes=locations)
    except (RecursionError, ValueError) as e:
        return "other", f"{type(e).__name__}: {e}"


def adder_dumps(adder, paths, locations):
    """Runs adder on a batch; returns {path: output} where output is the dump or an error line."""
    cmd = [adder, "syntax-test", "ast"]
    if locations:
        cmd.append("--locations")
    proc = subprocess.run(cmd + paths, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    if proc.returncode < 0:
        raise RuntimeError(f"adder died with signal {-proc.returncode} on batch starting {paths[0]}")
    results = {}
    current = None
    chunks = []
    for line in proc.stdout.decode("utf-8", "surrogateescape").split("\n"):
        if line.startswith("### "):
            if current is not None:
                results[current] = "\n".join(chunks)
            current = line[4:]
            chunks = []
        elif current is not None:
            chunks.append(line)
    if current is not None:
        results[current] = "\n".join(chunks).rstrip("\n")
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--adder", required=True, help="path to the adder executable")
    parser.add_argument("--sample", type=int, help="check a fixed random sample of this many files")
    parser.add_argument("--batch", type=int, default=150, help="files per adder process")
    parser.add_argument("--locations", action="store_true", help="compare include_attributes=True dumps")
    parser.add_argument("--verbose", "-v", action="store_true", help="show a diff excerpt for each mismatch")
    parser.add_argument("files", nargs="*", help="files to check instead of the standard library")
    args = parser.parse_args()

    files = args.files or stdlib_files()
    if args.sample and args.sample < len(files):
        files = sorted(random.Random(311).sample(files, args.sample))
    start = time.time()
    expected = {f: cpython_dump(f, args.locations) for f in files}
    cpython_time = time.time() - start

    start = time.time()
    got = {}
    for i in range(0, len(files), args.batch):
        got.update(adder_dumps(args.adder, files[i:i + args.batch], args.locations))
    adder_time = time.time() - start

    identical = 0
    rejected_both = 0
    message_mismatch = []
    failures = []
    parsed = 0
    for f in files:
        kind, want = expected[f]
        have = got.get(f)
        if kind == "ok":
            parsed += 1
            if have == want:
                identical += 1
            else:
                failures.append((f, want, have))
        elif kind == "error":
            if have is not None and have.split(":")[0] in ("SyntaxError", "IndentationError", "TabError"):
                rejected_both += 1
                if have != want:
                    message_mismatch.append((f, want, have))
            else:
                failures.append((f, want, have))
        else:
            # CPython fails for a reason other than syntax (null bytes, recursion): any error will do.
            if have is not None and not have.startswith("Module("):
                rejected_both += 1
            else:
                failures.append((f, want, have))

    for f, want, have in failures:
        print(f"MISMATCH {f}")
        if args.verbose:
            show_difference(want, have)
    for f, want, have in message_mismatch:
        print(f"message differs {f}\n    cpython: {want}\n    adder:   {have}")
    rejected = len(files) - parsed
    print(f"AST parity: {identical}/{parsed} files identical; {rejected_both}/{rejected} rejected files "
          f"rejected by adder too ({len(message_mismatch)} with a different message); "
          f"cpython {cpython_time:.1f}s, adder {adder_time:.1f}s")
    return 0 if not failures else 1


def show_difference(want, have):
    if have is None:
        print("    adder printed nothing for this file")
        return
    n = 0
    while n < min(len(want), len(have)) and want[n] == have[n]:
        n += 1
    print(f"    cpython: ...{want[max(0, n - 80):n + 120]}")
    print(f"    adder:   ...{have[max(0, n - 80):n + 120]}")


if __name__ == "__main__":
    sys.exit(main())
