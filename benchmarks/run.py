#!/usr/bin/env python3
"""Side-by-side benchmarks: each program of benchmarks/rpython/ on CPython and
translated for each backend, in the same run, with the time ratios and the
peak memory of every process.

Every benchmark reports the time of its own compute loop on stderr
(`time: SECONDS`); that is the time compared (process start-up, class loading
and the loading of the program are outside it, as in published figures for
PyPy's backends). The wall time of the whole process is printed next to it.
A benchmark with a hand-written version in the backend's own language
(benchmarks/reference/: Richards, fannkuch and strdict in Java, C# and C,
nbody in C#) is also run that way, compiled here with javac, mcs -optimize+ or cc -O2: the table
shows translated RPython against hand-written code (a target for Richards),
and the hand-written program's own speed-up over CPython, which bounds what
any translation can reach on that benchmark.

Every run's stdout must equal CPython's; a difference, a crash or a refusal
by the translator is reported in the table and makes the exit status 1.

Usage: benchmarks/run.py [--backends jvm,cli,native] [--repeat N] [--quick]
                         [--no-build] [--rpython PATH] [NAME ...]
  NAME        only the benchmarks whose file name contains NAME
  --quick     small problem sizes (the `# args:` line of each program): a
              check that everything builds and agrees, not a measurement
  --repeat N  runs of each measurement; the fastest is kept (default 1)
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "benchmarks", "rpython")
REFERENCE_DIR = os.path.join(ROOT, "benchmarks", "reference")
RPYTHON = os.path.join(ROOT, "target", "release", "rpython")

# Targets of the issues: (minimum speed-up over CPython on compute programs,
# on the string/dict program, maximum ratio against hand-written Richards).
TARGETS = {
    "jvm": (30.0, 5.0, 1.3),
    "cli": (30.0, 5.0, 1.3),
    "native": (50.0, 5.0, 1.5),
}
STRING_DICT_BENCHMARKS = ("strdict",)

TOOL_HINTS = {
    "java": "apt-get install openjdk-17-jdk-headless",
    "javac": "apt-get install openjdk-17-jdk-headless",
    "mono": "apt-get install mono-runtime",
    "mcs": "apt-get install mono-mcs",
    "cc": "apt-get install gcc",
}


class Run:
    """One process run: what it printed and what it cost."""

    def __init__(self, status, stdout, stderr, wall, rss_kib):
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.wall = wall
        self.rss_kib = rss_kib

    @property
    def compute(self):
        """The `time: S` line the benchmark writes to stderr, or None."""
        for line in self.stderr.decode("utf-8", "replace").splitlines():
            if line.startswith("time: "):
                return float(line[len("time: "):])
        return None


def run_measured(cmd, env=None):
    """Runs `cmd` and reports its peak RSS through wait4 (Linux: KiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    chunks_out, chunks_err = [], []
    # communicate() would reap the child itself; read the pipes with
    # threads instead so that wait4 sees the child and its rusage.

    def drain(pipe, into):
        into.append(pipe.read())

    readers = [
        threading.Thread(target=drain, args=(proc.stdout, chunks_out)),
        threading.Thread(target=drain, args=(proc.stderr, chunks_err)),
    ]
    for t in readers:
        t.start()
    _, status, usage = os.wait4(proc.pid, 0)
    for t in readers:
        t.join()
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(proc.returncode, chunks_out[0], chunks_err[0], wall, usage.ru_maxrss)


def best_of(repeat, cmd, env=None):
    best = None
    for _ in range(repeat):
        run = run_measured(cmd, env)
        if run.status != 0:
            return run
        if best is None or (run.compute or run.wall) < (best.compute or best.wall):
            best = run
    return best


def require(tool):
    if shutil.which(tool) is None:
        sys.exit(f"benchmarks/run.py: `{tool}` is not installed ({TOOL_HINTS[tool]}, or scripts/install_tools.sh)")


def program_args(path, quick):
    if not quick:
        return []
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines()[:3]:
            if line.startswith("# args:"):
                return line[len("# args:"):].split()
    return []


class Backend:
    """How to build and start a program for one backend."""

    def __init__(self, name, suffix, tools):
        self.name = name
        self.suffix = suffix
        self.tools = tools

    def command(self, artefact):
        if self.name == "jvm":
            return ["java", "-jar", artefact]
        if self.name == "cli":
            return ["mono", artefact]
        return [artefact]

    def reference_source(self, bench):
        """The hand-written version of `bench` for this backend, if there is one."""
        name = {"jvm": bench.capitalize() + ".java", "cli": bench.capitalize() + ".cs"}.get(self.name, bench + ".c")
        path = os.path.join(REFERENCE_DIR, name)
        return path if os.path.exists(path) else None

    def build_reference(self, source, tmp):
        """Compiles a hand-written program; returns the command that runs it."""
        stem = os.path.splitext(os.path.basename(source))[0]
        if self.name == "jvm":
            out = os.path.join(tmp, "java-" + stem)
            subprocess.run(["javac", "-d", out, source], check=True)
            return ["java", "-cp", out, stem]
        if self.name == "cli":
            out = os.path.join(tmp, stem + ".exe")
            subprocess.run(["mcs", "-optimize+", "-out:" + out, source], check=True, stdout=subprocess.DEVNULL)
            return ["mono", out]
        out = os.path.join(tmp, "c-" + stem)
        subprocess.run(["cc", "-O2", "-o", out, source], check=True)
        return [out]


BACKENDS = {
    "jvm": Backend("jvm", ".jar", ["java", "javac"]),
    "cli": Backend("cli", ".exe", ["mono", "mcs"]),
    "native": Backend("native", "", ["cc"]),
}


def mib(kib):
    return "-" if kib is None else f"{kib / 1024:.0f}"


def seconds(run):
    return run.compute if run.compute is not None else run.wall


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__
    )
    parser.add_argument("names", nargs="*", metavar="NAME")
    parser.add_argument("--backends", default="jvm,cli,native", help="comma-separated: jvm, cli, native")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-build", action="store_true", help="use the rpython binary as it is")
    parser.add_argument("--rpython", default=RPYTHON, help="the rpython binary (default: target/release/rpython)")
    args = parser.parse_args()

    backends = []
    for name in args.backends.split(","):
        if name not in BACKENDS:
            sys.exit(f"benchmarks/run.py: unknown backend `{name}` (jvm, cli, native)")
        backends.append(BACKENDS[name])
    for b in backends:
        for tool in b.tools:
            require(tool)
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)

    programs = sorted(glob.glob(os.path.join(BENCH_DIR, "*.py")))
    programs = [p for p in programs if not args.names or any(n in os.path.basename(p) for n in args.names)]
    env = dict(os.environ, PYTHONPATH=ROOT, PYTHONHASHSEED="0")
    failures = []
    misses = []

    with tempfile.TemporaryDirectory(prefix="rpython-bench-") as tmp:
        print(
            f"{'benchmark':10} {'backend':7} {'args':>6} {'CPython s':>10} {'backend s':>10} {'speed-up':>9}"
            f" {'target':>7}  {'wall CPy':>8} {'wall':>7}  {'RSS CPy MiB':>11} {'RSS MiB':>8}"
        )
        for prog in programs:
            bench = os.path.splitext(os.path.basename(prog))[0]
            pargs = program_args(prog, args.quick)
            cpython = best_of(args.repeat, [sys.executable, os.path.relpath(prog, ROOT)] + pargs, env)
            if cpython.status != 0:
                failures.append(f"{bench}: CPython failed ({cpython.status}): {cpython.stderr.decode()}")
                continue
            for backend in backends:
                artefact = os.path.join(tmp, bench + "-" + backend.name + backend.suffix)
                built = subprocess.run(
                    [args.rpython, "build", "--backend", backend.name, prog, "-o", artefact],
                    cwd=ROOT,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                )
                if built.returncode != 0:
                    reason = built.stdout.decode("utf-8", "replace").strip().splitlines()
                    failures.append(f"{bench} on {backend.name}: not translated: {reason[-1] if reason else '?'}")
                    print(f"{bench:10} {backend.name:7} {' '.join(pargs):>6}  (not translated, see below)")
                    continue
                run = best_of(args.repeat, backend.command(artefact) + pargs)
                ok = run.status == 0 and run.stdout == cpython.stdout
                if not ok:
                    failures.append(f"{bench} on {backend.name}: output differs from CPython (status {run.status})")
                speedup = seconds(cpython) / max(seconds(run), 1e-9)
                wanted = TARGETS[backend.name][1 if bench in STRING_DICT_BENCHMARKS else 0]
                mark = "" if speedup >= wanted or args.quick else " MISS"
                if mark:
                    misses.append(f"{bench} on {backend.name}: {speedup:.1f}x, target {wanted:.0f}x")
                print(
                    f"{bench:10} {backend.name:7} {' '.join(pargs):>6} {seconds(cpython):10.3f} {seconds(run):10.3f}"
                    f" {speedup:8.1f}x {wanted:6.0f}x{mark:5} {cpython.wall:8.2f} {run.wall:7.2f}"
                    f"  {mib(cpython.rss_kib):>11} {mib(run.rss_kib):>8}{'' if ok else '  WRONG OUTPUT'}"
                )
                source = backend.reference_source(bench)
                if source is None:
                    continue
                label = f"hand-written {bench} for {backend.name}"
                try:
                    reference = best_of(args.repeat, backend.build_reference(source, tmp) + pargs)
                except subprocess.CalledProcessError as e:
                    failures.append(f"{label}: `{' '.join(e.cmd)}` failed")
                    continue
                if reference.status != 0 or reference.stdout != cpython.stdout:
                    failures.append(f"{label}: output differs from CPython")
                    continue
                ratio = seconds(run) / max(seconds(reference), 1e-9)
                reference_speedup = seconds(cpython) / max(seconds(reference), 1e-9)
                if bench == "richards":
                    limit = TARGETS[backend.name][2]
                    mark = "" if ratio <= limit or args.quick else " MISS"
                    if mark:
                        misses.append(f"richards on {backend.name}: {ratio:.2f}x hand-written, target {limit}x")
                    target = f"{'<=' + str(limit):>6}x{mark:5}"
                else:
                    target = f"{'':>7}{'':5}"
                print(
                    f"{'':10} {'':7} {'':>6} {'hand-written':>10} {seconds(reference):10.3f}"
                    f" {ratio:8.2f}x {target} {'':8} {reference.wall:7.2f}"
                    f"  {'':>11} {mib(reference.rss_kib):>8}  (translated / hand-written;"
                    f" hand-written is {reference_speedup:.1f}x CPython)"
                )
            sys.stdout.flush()

    if misses:
        print("\nTargets missed:")
        for m in misses:
            print("  " + m)
    if failures:
        print("\nFailures:")
        for f in failures:
            print("  " + f)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
