#!/usr/bin/env python3
"""Benchmarks: Adder's engines against CPython (and PyPy), measured in the same run.

For each benchmarks/*.py this runs, in a temporary copy of the directory:

  CPython   python3 FILE
  PyPy      pypy3 FILE                          (when pypy3 is installed; --no-pypy to skip)
  interp    adder run --engine interp FILE      (with its bytecode cache, as users run it)
  jit       adder run --engine jit FILE
  native    adder build -O2 FILE, then the executable (the build is not timed)

Each is run --runs times (default 3) and the best time is kept. Every run's stdout and exit status
must equal CPython's: a mismatch is marked loudly in the table and explained under it. An engine
that fails (cannot build, crashes, exits with another status) is shown as n/a. Times are wall-clock
seconds by default (--clock cpu: user + system CPU time of the process, steadier on a busy
machine); ratios are engine time / CPython time, so below 1.0 is faster than CPython. Peak memory
(maximum resident set size, from wait4) is reported for listdict.py.

--markdown prints the tables as Markdown, for the README.
"""
import argparse
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCHMARKS = os.path.join(ROOT, "benchmarks")
MEMORY_BENCHMARK = "listdict.py"


class Measurement:
    """The best of several runs of one engine on one benchmark."""

    def __init__(self):
        self.seconds = None     # best time, None if the engine failed
        self.max_rss = None     # bytes, the largest over the runs
        self.failure = None     # why the engine is n/a
        self.mismatch = None    # how its output differs from CPython's


def run_measured(command, cwd, timeout):
    """Run a command; returns (status, stdout, stderr, wall seconds, cpu seconds, max RSS bytes).
    status is None after a timeout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            process.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, wait_status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(wait_status)
        out.seek(0)
        err.seek(0)
        status = None if timed_out.is_set() else process.returncode
        return status, out.read(), err.read(), wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def first_difference(expected, actual):
    e = expected.decode("utf-8", "replace").splitlines()
    a = actual.decode("utf-8", "replace").splitlines()
    for i in range(max(len(e), len(a))):
        el = e[i] if i < len(e) else "<missing>"
        al = a[i] if i < len(a) else "<missing>"
        if el != al:
            return f"line {i + 1}: expected {el[:80]!r}, got {al[:80]!r}"
    return "trailing newline or encoding differs"


def last_line(data):
    lines = [line for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1][:160] if lines else ""


def measure(command, cwd, runs, timeout, clock, reference):
    """Best of `runs`; `reference` is CPython's (status, stdout), or None when measuring CPython."""
    m = Measurement()
    for _ in range(runs):
        status, out, err, wall, cpu, rss = run_measured(command, cwd, timeout)
        if status is None:
            m.failure = f"timed out after {timeout:.0f}s"
            m.seconds = None
            return m
        if status < 0:
            m.failure = f"killed by signal {-status}"
            m.seconds = None
            return m
        if reference is not None:
            ref_status, ref_out = reference
            if status != ref_status and ref_status == 0:
                m.failure = f"exit status {status}: {last_line(err)}"
                m.seconds = None
                return m
            if status != ref_status:
                m.mismatch = f"exit status {status}, CPython {ref_status}"
            elif out != ref_out:
                m.mismatch = first_difference(ref_out, out)
        else:
            m.reference = (status, out)
        seconds = wall if clock == "wall" else cpu
        m.seconds = seconds if m.seconds is None else min(m.seconds, seconds)
        m.max_rss = rss if m.max_rss is None else max(m.max_rss, rss)
    return m


def build_native(adder, name, cwd, timeout):
    """`adder build -O2`; returns the executable's path, or raises with the reason."""
    exe = os.path.join(cwd, name[:-3] + "-O2.exe")
    status, _, err, _, _, _ = run_measured([adder, "build", "-O2", name, "-o", exe], cwd, timeout)
    if status != 0 or not os.path.exists(exe):
        raise RuntimeError(f"build failed ({status}): {last_line(err)}")
    return exe


# MARK: - Output

def cell(m, reference_seconds, markdown):
    if m is None:
        return "-"
    if m.seconds is None:
        return "n/a"
    text = f"{m.seconds:.3f}"
    if reference_seconds:
        text += f" ({m.seconds / reference_seconds:.2f}x)"
    if m.mismatch:
        text += " **WRONG OUTPUT**" if markdown else " !!WRONG OUTPUT!!"
    return text


def geometric_mean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def print_table(columns, results, names, markdown):
    header = ["benchmark"] + [label for _, label in columns]
    rows = []
    for name in names:
        reference = results[name]["cpython"].seconds
        row = [name]
        for key, _ in columns:
            m = results[name].get(key)
            row.append(cell(m, None if key == "cpython" else reference, markdown))
        rows.append(row)
    mean_row = ["geometric mean (ratio)"]
    for key, _ in columns:
        if key == "cpython":
            mean_row.append("1.00x")
            continue
        ratios = []
        for name in names:
            m, ref = results[name].get(key), results[name]["cpython"].seconds
            if m and m.seconds is not None and ref and not m.mismatch:
                ratios.append(m.seconds / ref)
        g = geometric_mean(ratios) if len(ratios) == len(names) else None
        mean_row.append(f"{g:.2f}x" if g else "n/a")
    rows.append(mean_row)
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
        for r in [header] + rows:
            print("  ".join(r[i].ljust(widths[i]) if i == 0 else r[i].rjust(widths[i]) for i in range(len(r))))


def print_memory(columns, results, markdown):
    if MEMORY_BENCHMARK not in results:
        return
    entries = []
    base = results[MEMORY_BENCHMARK]["cpython"].max_rss
    for key, label in columns:
        m = results[MEMORY_BENCHMARK].get(key)
        if m is None or m.max_rss is None or m.seconds is None:
            entries.append((label, "n/a"))
            continue
        text = f"{m.max_rss / 1e6:.1f} MB"
        if key != "cpython" and base:
            text += f" ({m.max_rss / base:.2f}x)"
        entries.append((label, text))
    title = f"Peak memory (max RSS) on {MEMORY_BENCHMARK}"
    print()
    if markdown:
        print(f"{title}:\n")
        print("| " + " | ".join(label for label, _ in entries) + " |")
        print("|" + "|".join(["---:"] * len(entries)) + "|")
        print("| " + " | ".join(text for _, text in entries) + " |")
    else:
        print(title + ": " + ", ".join(f"{label} {text}" for label, text in entries))


def print_notes(columns, results, names):
    notes = []
    for name in names:
        for key, label in columns:
            m = results[name].get(key)
            if m is None:
                continue
            if m.mismatch:
                notes.append(f"WRONG OUTPUT: {name} [{label}]: {m.mismatch}")
            elif m.failure and key != "cpython":
                notes.append(f"n/a: {name} [{label}]: {m.failure}")
    if notes:
        print()
        for note in notes:
            print(note)


# MARK: - Driver

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--adder", required=True, help="the adder executable")
    parser.add_argument("--python", default="python3", help="the CPython to compare with (default python3)")
    parser.add_argument("--pypy", default="pypy3", help="PyPy's executable, if installed (default pypy3)")
    parser.add_argument("--no-pypy", action="store_true", help="do not time PyPy")
    parser.add_argument("--engines", default="interp,jit,native", help="Adder engines (default interp,jit,native)")
    parser.add_argument("--runs", type=int, default=3, help="runs per engine; the best counts (default 3)")
    parser.add_argument("--clock", choices=["wall", "cpu"], default="wall")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per run")
    parser.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    parser.add_argument("only", nargs="*", help="benchmark names (or substrings) to run")
    options = parser.parse_args()
    adder = os.path.abspath(options.adder)
    engines = [e for e in options.engines.split(",") if e]
    for e in engines:
        if e not in ("interp", "jit", "native"):
            parser.error(f"unknown engine {e}")
    pypy = None if options.no_pypy else shutil.which(options.pypy)

    names = sorted(n for n in os.listdir(BENCHMARKS)
                   if n.endswith(".py") and (not options.only or any(s in n for s in options.only)))
    columns = [("cpython", "CPython")]
    if pypy:
        columns.append(("pypy", "PyPy"))
    labels = {"interp": "interp", "jit": "jit", "native": "native -O2"}
    columns += [(e, labels[e]) for e in engines]

    results = {}
    with tempfile.TemporaryDirectory(prefix="adder-bench-") as work:
        for name in names:
            shutil.copy(os.path.join(BENCHMARKS, name), os.path.join(work, name))
        for name in names:
            log(f"{name}: CPython")
            results[name] = {}
            cpython = measure([options.python, name], work, options.runs, options.timeout, options.clock, None)
            results[name]["cpython"] = cpython
            if cpython.seconds is None:
                log(f"  CPython failed on {name}: {cpython.failure}")
                continue
            reference = cpython.reference
            commands = {}
            if pypy:
                commands["pypy"] = [pypy, name]
            if "interp" in engines:
                commands["interp"] = [adder, "run", "--engine", "interp", name]
            if "jit" in engines:
                commands["jit"] = [adder, "run", "--engine", "jit", name]
            if "native" in engines:
                try:
                    commands["native"] = [build_native(adder, name, work, options.timeout)]
                except RuntimeError as error:
                    m = Measurement()
                    m.failure = str(error)
                    results[name]["native"] = m
            for key, command in commands.items():
                log(f"{name}: {dict(columns)[key]}")
                results[name][key] = measure(command, work, options.runs, options.timeout, options.clock,
                                             reference)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
    python_version = subprocess.run([options.python, "-c", "import sys; print(sys.version.split()[0])"],
                                    capture_output=True, text=True).stdout.strip()
    caption = (f"Best of {options.runs} runs, {options.clock}-clock seconds, ratio = engine / CPython "
               f"{python_version} (lower is better); {platform.machine()}, {os.cpu_count()} CPUs, "
               f"load average {load:.1f} at the end.")
    ran = [n for n in names if results[n]["cpython"].seconds is not None]
    print(caption if not options.markdown else f"_{caption}_\n")
    print_table(columns, results, ran, options.markdown)
    print_memory(columns, results, options.markdown)
    print_notes(columns, results, names)
    if load > (os.cpu_count() or 1):
        log(f"warning: the load average ({load:.1f}) exceeds the number of CPUs; wall-clock times are "
            "inflated (try --clock cpu)")
    failed_cpython = [n for n in names if results[n]["cpython"].seconds is None]
    mismatches = any(m.mismatch for n in names for m in results[n].values())
    sys.exit(1 if failed_cpython or mismatches else 0)


def log(text):
    print(text, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
