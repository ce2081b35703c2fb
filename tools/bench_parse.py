#!/usr/bin/env python3
"""Parse speed: Adder's parser against CPython's `ast.parse`, on the whole standard library.

Both sides are timed in-process on the same files, reading excluded: CPython runs `ast.parse` on
each file's bytes (best of --repeat runs), Adder runs its lexer and parser on each file through the
hidden `adder syntax-test bench` command, which reports its own parse time (best of --repeat
runs). Lines per second are the files' total line count divided by the parse time.
"""
import argparse
import ast
import os
import re
import subprocess
import sys
import sysconfig
import time
import warnings


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in ("site-packages", "__pycache__")]
        out.extend(os.path.join(dirpath, f) for f in filenames if f.endswith(".py"))
    return sorted(out)


def time_cpython(sources):
    best = None
    parsed = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        for source in sources:
            try:
                ast.parse(source)
                parsed += 1
            except (SyntaxError, ValueError):
                pass
        best = time.perf_counter() - start
    return best, parsed


def time_adder(adder, files):
    proc = subprocess.run([adder, "syntax-test", "bench"] + files, stdout=subprocess.PIPE, check=True)
    m = re.search(rb"parsed (\d+) lines (\d+) seconds ([0-9.e-]+)", proc.stdout)
    return float(m.group(3)), int(m.group(1)), int(m.group(2))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--adder", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    files = stdlib_files()
    sources = []
    for f in files:
        with open(f, "rb") as fh:
            sources.append(fh.read())
    lines = sum(s.count(b"\n") + (0 if s.endswith(b"\n") or not s else 1) for s in sources)

    cpython = min(time_cpython(sources) for _ in range(args.repeat))
    adder = min(time_adder(args.adder, files) for _ in range(args.repeat))
    cpython_rate = lines / cpython[0]
    adder_rate = lines / adder[0]
    print(f"{len(files)} files, {lines} lines")
    print(f"CPython ast.parse: {cpython[0]:7.3f} s  {cpython_rate:12,.0f} lines/s  ({cpython[1]} files parsed)")
    print(f"Adder parser:      {adder[0]:7.3f} s  {adder_rate:12,.0f} lines/s  ({adder[1]} files parsed)")
    print(f"Adder / CPython:   {adder_rate / cpython_rate:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
