#!/usr/bin/env python3
"""Regenerate the expected outputs of the program corpus with CPython.

For every Tests/Programs/**/NAME.py this runs `python3 NAME.py [ARGS]` in the program's directory,
with NAME.stdin as standard input when it exists and NAME.args (shell words) as arguments, and
writes NAME.out (stdout), NAME.err (the last line of stderr, only when stderr is not empty) and
NAME.code (the exit status, only when it is not 0). Expected files are never written by hand.
"""
import argparse
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "Tests", "Programs")


def programs(selected):
    for dirpath, dirnames, filenames in os.walk(PROGRAMS):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("__"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                path = os.path.join(dirpath, name)
                if not selected or any(s in path for s in selected):
                    yield path


def program_inputs(path):
    base = path[:-3]
    args = []
    if os.path.exists(base + ".args"):
        with open(base + ".args") as f:
            args = shlex.split(f.read())
    stdin = b""
    if os.path.exists(base + ".stdin"):
        with open(base + ".stdin", "rb") as f:
            stdin = f.read()
    return args, stdin


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("only", nargs="*", help="substrings of program paths to regenerate")
    options = parser.parse_args()
    count = 0
    for path in programs(options.only):
        base = path[:-3]
        args, stdin = program_inputs(path)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        result = subprocess.run([options.python, os.path.basename(path)] + args, input=stdin,
                                capture_output=True, cwd=os.path.dirname(path), env=env, timeout=120)
        with open(base + ".out", "wb") as f:
            f.write(result.stdout)
        err = last_line(result.stderr.decode("utf-8", "replace"))
        for suffix, content in ((".err", err), (".code", str(result.returncode) if result.returncode else "")):
            if content:
                with open(base + suffix, "w") as f:
                    f.write(content + "\n")
            elif os.path.exists(base + suffix):
                os.remove(base + suffix)
        count += 1
    print(f"regenerated {count} expected outputs with {options.python}")


if __name__ == "__main__":
    main()
