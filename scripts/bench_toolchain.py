#!/usr/bin/env python3
"""Benchmarks of the toolchain core (issue: front end, typed IR, graph interpreter).

1. Translation speed: parses, annotates and rtypes every program of
   tests/rpython/ in one `rpython check --stats` run and prints lines of
   source per second.
2. The graph interpreter against CPython: runs the compute-heavy corpus
   programs (`*bench*.py`) with `rpython run` and with `python3`, side by
   side in this same run, and prints the time ratio.

Usage: scripts/bench_toolchain.py [--repeat N]   (builds the release binary first)
"""

import argparse
import glob
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RPYTHON = os.path.join(ROOT, "target", "release", "rpython")


def build():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)


def timed(cmd, env=None):
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    return elapsed, proc


def best_of(n, cmd, env=None):
    best = None
    output = None
    for _ in range(n):
        elapsed, proc = timed(cmd, env)
        if proc.returncode not in (0,):
            sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr.decode()}")
        output = proc.stdout
        best = elapsed if best is None else min(best, elapsed)
    return best, output


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the best is kept")
    args = parser.parse_args()
    build()

    programs = sorted(glob.glob(os.path.join(ROOT, "tests", "rpython", "[0-9]*.py")))
    elapsed, proc = timed([RPYTHON, "check", "--stats"] + programs)
    if proc.returncode != 0:
        sys.exit("translation of the corpus failed:\n" + proc.stderr.decode())
    print("== translation (parse + annotate + rtype) of tests/rpython/ ==")
    print(proc.stdout.decode().strip())
    print(f"wall time including process start: {elapsed:.3f} s")

    env = dict(os.environ, PYTHONPATH=ROOT)
    print()
    print("== rpython run (graph interpreter) against python3, best of %d ==" % args.repeat)
    print(f"{'program':32} {'python3 s':>10} {'rpython run s':>14} {'ratio run/python3':>18}")
    for prog in [p for p in programs if "bench" in os.path.basename(p)]:
        t_py, out_py = best_of(args.repeat, [sys.executable, prog], env)
        t_rp, out_rp = best_of(args.repeat, [RPYTHON, "run", prog])
        same = "" if out_py == out_rp else "   (OUTPUT DIFFERS)"
        print(f"{os.path.basename(prog):32} {t_py:10.3f} {t_rp:14.3f} {t_rp / t_py:18.2f}{same}")


if __name__ == "__main__":
    main()
