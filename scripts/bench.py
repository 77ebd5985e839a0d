#!/usr/bin/env python3
"""Benchmark table: multigen (JIT and AOT) against CPython and hand-written C.

For every benchmarks/NAME.py this measures, as the median wall time of
several whole-process runs:
  - CPython:              python3 NAME.py
  - PyPy:                 pypy3 NAME.py (if pypy3 is installed; "n/a" when
                          it is not, or when its output differs, e.g. a
                          PyPy older than the Python the program needs)
  - multigen run:         JIT compile + run, in one process
  - multigen build:       compile + link time of the executable
  - multigen executable:  running the built executable
  - C:                    benchmarks/c/NAME.c built with gcc -O2 (if present)
and checks that every variant prints exactly what CPython prints.

The pair exc_try_loop/exc_plain_loop (one loop with and one without a
try/except around a call that raises nothing) is summarised on a last line:
the cost of `try` on the non-raising path.

Usage: scripts/bench.py [-n RUNS] [NAME...]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MULTIGEN = os.path.join(ROOT, "target", "release", "multigen")


def timed(cmd, runs, expect=None):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        times.append((time.perf_counter() - t0) * 1000)
        if expect is not None and p.stdout != expect:
            sys.exit(f"output of {' '.join(cmd)} differs from CPython's")
    return statistics.median(times), p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=5, help="runs per measurement")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    bench_dir = os.path.join(ROOT, "benchmarks")
    names = args.names or sorted(f[:-3] for f in os.listdir(bench_dir) if f.endswith(".py"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            py = os.path.join(bench_dir, name + ".py")
            cpython, expected = timed([sys.executable, py], max(1, args.n // 2))
            pypy = None
            if shutil.which("pypy3"):
                p = subprocess.run(["pypy3", py], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                if p.stdout == expected:
                    pypy, _ = timed(["pypy3", py], max(1, args.n // 2), expected)
            jit, _ = timed([MULTIGEN, "run", py], args.n, expected)
            exe = os.path.join(tmp, name)
            build, _ = timed([MULTIGEN, "build", py, "-o", exe], args.n)
            aot, _ = timed([exe], args.n, expected)
            c_src = os.path.join(bench_dir, "c", name + ".c")
            c = None
            if os.path.exists(c_src):
                c_exe = os.path.join(tmp, name + "-c")
                subprocess.run(["gcc", "-O2", "-o", c_exe, c_src], check=True)
                c, _ = timed([c_exe], args.n, expected)
            rows.append((name, cpython, jit, build, aot, c, pypy))
    print("| benchmark | CPython | PyPy | multigen run (JIT, total) | multigen build | executable | C (gcc -O2) | speed-up vs CPython (exe) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, cpython, jit, build, aot, c, pypy in rows:
        c_s = f"{c:.1f} ms" if c is not None else "n/a"
        pypy_s = f"{pypy:.1f} ms" if pypy is not None else "n/a"
        print(f"| {name} | {cpython:.1f} ms | {pypy_s} | {jit:.1f} ms | {build:.1f} ms | {aot:.1f} ms | {c_s} | {cpython / aot:.0f}x |")
    # The cost of `try` on the path that raises nothing: the same loop with
    # and without a try/except around the call.
    by_name = {r[0]: r for r in rows}
    if "exc_try_loop" in by_name and "exc_plain_loop" in by_name:
        t, p = by_name["exc_try_loop"], by_name["exc_plain_loop"]
        print()
        print(f"try/except on the non-raising path: executable {t[4]:.1f} ms vs {p[4]:.1f} ms without "
              f"({(t[4] / p[4] - 1) * 100:+.1f}%), multigen run {t[2]:.1f} ms vs {p[2]:.1f} ms "
              f"({(t[2] / p[2] - 1) * 100:+.1f}%)")


if __name__ == "__main__":
    main()
