#!/usr/bin/env python3
"""Run the program corpus under every engine and compare with CPython's expected outputs.

Each Tests/Programs/**/NAME.py runs with NAME.stdin and NAME.args as make_expected.py gave them to
CPython; stdout must equal NAME.out byte for byte, the exit status NAME.code (default 0), and the
last line of stderr NAME.err (default: nothing on stderr is compared). Engines:

  interp     adder run --engine interp (with the bytecode cache)
  gcstress   the interpreter with a collection forced at every allocation (ADDER_GC_STRESS=1, or the
             interval in NAME.gcstress for programs whose live heap makes that quadratic), no cache
  jit        adder run --engine jit
  native-O0  adder build -O0, then the executable
  native-O2  adder build -O2, then the executable
"""
import argparse
import concurrent.futures
import os
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from make_expected import PROGRAMS, last_line, program_inputs, programs  # noqa: E402

ALL_ENGINES = ["interp", "gcstress", "jit", "native-O0", "native-O2"]


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, "rb") as f:
        return f.read()


def run_one(adder, engine, path, workdir, timeout):
    base = path[:-3]
    args, stdin = program_inputs(path)
    env = dict(os.environ)
    cwd = os.path.dirname(path)
    name = os.path.basename(path)
    exe = None
    if engine in ("interp", "gcstress", "jit"):
        command = [adder, "run", "--engine", "interp" if engine != "jit" else "jit"]
        if engine == "gcstress":
            command.append("--no-cache")
            # NAME.gcstress may give a longer interval for a program whose live heap is so large
            # that a collection at every allocation would take hours (it still collects often).
            interval = read(base + ".gcstress", b"").decode().strip()
            env["ADDER_GC_STRESS"] = interval or os.environ.get("ADDER_GC_STRESS_EVERY", "1")
        command += [name] + args
    else:
        level = engine.split("-")[1]
        exe = os.path.join(workdir, base.replace(os.sep, "_") + "-" + level)
        build = subprocess.run([adder, "build", "-" + level, name, "-o", exe], capture_output=True,
                               cwd=cwd, timeout=timeout)
        if build.returncode != 0:
            return f"build failed ({build.returncode}): {last_line(build.stderr.decode('utf-8', 'replace'))}"
        # A native executable's sys.argv[0] is its argv[0]: invoke it under the script's name, as
        # CPython's sys.argv[0] is the script's name.
        command = [name] + args
    try:
        result = subprocess.run(command, input=stdin, capture_output=True, cwd=cwd, env=env, timeout=timeout,
                                executable=exe if engine.startswith("native") else None)
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout}s"
    problems = []
    expected_out = read(base + ".out", b"")
    if result.stdout != expected_out:
        problems.append("stdout differs:\n" + diff(expected_out, result.stdout))
    expected_code = int((read(base + ".code", b"0").strip() or b"0"))
    if result.returncode != expected_code:
        problems.append(f"exit status {result.returncode}, expected {expected_code}")
    expected_err = read(base + ".err")
    actual_err = last_line(result.stderr.decode("utf-8", "replace"))
    if expected_err is not None and actual_err != expected_err.decode("utf-8").strip():
        problems.append(f"last stderr line {actual_err!r}, expected {expected_err.decode().strip()!r}")
    if expected_err is None and result.returncode < 0:
        problems.append(f"killed by signal {-result.returncode}")
    if problems and result.stderr and expected_err is None:
        problems.append("stderr: " + result.stderr.decode("utf-8", "replace")[-800:])
    return "\n".join(problems) if problems else None


def diff(expected, actual):
    e = expected.decode("utf-8", "replace").splitlines()
    a = actual.decode("utf-8", "replace").splitlines()
    for i in range(max(len(e), len(a))):
        el = e[i] if i < len(e) else "<missing>"
        al = a[i] if i < len(a) else "<missing>"
        if el != al:
            return f"    line {i + 1}: expected {el!r}\n    line {i + 1}:   actual {al!r}"
    return "    (trailing newline or encoding differs)"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--adder", required=True)
    parser.add_argument("--engines", default=os.environ.get("ADDER_TEST_ENGINES", ",".join(ALL_ENGINES)))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=int, default=120)
    parser.add_argument("only", nargs="*", help="substrings of program paths to run")
    options = parser.parse_args()
    adder = os.path.abspath(options.adder)
    engines = [e for e in options.engines.split(",") if e]
    paths = list(programs(options.only))
    failures = []
    with tempfile.TemporaryDirectory(prefix="adder-tests-") as workdir:
        with concurrent.futures.ThreadPoolExecutor(options.jobs) as pool:
            jobs = {pool.submit(run_one, adder, engine, path, workdir, options.timeout): (engine, path)
                    for path in paths for engine in engines}
            for job in concurrent.futures.as_completed(jobs):
                engine, path = jobs[job]
                problem = job.result()
                if problem:
                    failures.append((os.path.relpath(path, PROGRAMS), engine, problem))
    for rel, engine, problem in sorted(failures):
        print(f"FAIL {rel} [{engine}]\n{problem}\n")
    total = len(paths) * len(engines)
    print(f"{total - len(failures)}/{total} passed ({len(paths)} programs x {len(engines)} engines)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
