#!/usr/bin/env python3
"""Benchmark of the JVM backend against CPython.

Translates the compute-heavy corpus programs (`*bench*.py`, plus the
mandelbrot) to jars with the emit-jvm example driver, then runs each with
`java -jar` and with `python3`, side by side in this same run, with the same
arguments, and prints the time ratio (process start included: the JVM's
start-up is part of what a user waits for). Outputs must be identical.

Usage: scripts/bench_jvm.py [--repeat N] [--scale K]
  --scale K multiplies each program's first argument (its problem size).
"""

import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "target", "release", "examples", "jvm_build")


def build():
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "-p", "emit-jvm", "--example", "jvm_build"], cwd=ROOT, check=True
    )


def program_args(path):
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines()[:5]:
            if line.strip().startswith("# args:"):
                return line.strip()[len("# args:"):].split()
    return []


def best_of(n, cmd, env=None):
    best, output = None, None
    for _ in range(n):
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr.decode()}")
        output = proc.stdout
        best = elapsed if best is None else min(best, elapsed)
    return best, output


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the best is kept")
    parser.add_argument("--scale", type=int, default=1, help="multiply the first argument by this")
    args = parser.parse_args()
    build()
    programs = sorted(
        p
        for p in glob.glob(os.path.join(ROOT, "tests", "rpython", "[0-9]*.py"))
        if "bench" in os.path.basename(p) or "mandelbrot" in os.path.basename(p)
    )
    env = dict(os.environ, PYTHONPATH=ROOT)
    print(f"== java -jar (emit-jvm) against python3, best of {args.repeat}, scale {args.scale} ==")
    print(f"{'program':28} {'args':>12} {'python3 s':>10} {'java s':>8} {'ratio java/python3':>19}")
    with tempfile.TemporaryDirectory() as tmp:
        for prog in programs:
            name = os.path.basename(prog)
            jar = os.path.join(tmp, name + ".jar")
            subprocess.run([BUILD, prog, jar], cwd=ROOT, check=True)
            pargs = program_args(prog)
            if pargs and args.scale != 1:
                pargs[0] = str(int(pargs[0]) * args.scale)
            rel = os.path.relpath(prog, ROOT)
            t_py, out_py = best_of(args.repeat, [sys.executable, rel] + pargs, env)
            t_j, out_j = best_of(args.repeat, ["java", "-jar", jar] + pargs)
            same = "" if out_py == out_j else "   (OUTPUT DIFFERS)"
            print(f"{name:28} {' '.join(pargs):>12} {t_py:10.3f} {t_j:8.3f} {t_j / t_py:19.3f}{same}")


if __name__ == "__main__":
    main()
