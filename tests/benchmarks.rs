//! The benchmark script stays usable: `benchmarks/run.py --quick` builds
//! every benchmark of `benchmarks/rpython/` for each backend, runs it next to
//! CPython with small problem sizes, compiles and runs the hand-written
//! Richards programs, and fails when any output differs from CPython's or
//! anything does not build. It measures nothing here (timings on a loaded
//! test machine mean little); `benchmarks/run.py` without `--quick` does.
//!
//! The script itself says how to install a missing `java`, `mono` or `cc`.

mod common;

use common::*;
use std::process::Command;

/// The backends whose every benchmark must translate and agree with CPython.
const BACKENDS: &str = "jvm,cli,native";

#[test]
fn benchmarks_build_and_agree_with_cpython_on_every_backend() {
    require_python3();
    let out = Command::new("python3")
        .arg(repo_root().join("benchmarks").join("run.py"))
        .args(["--quick", "--no-build", "--backends", BACKENDS, "--rpython"])
        .arg(rpython_bin())
        .current_dir(repo_root())
        .output()
        .expect("cannot start python3");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "benchmarks/run.py --quick failed:\n{text}"
    );
    for bench in ["richards", "fannkuch", "nbody", "strdict"] {
        for backend in BACKENDS.split(',') {
            assert!(
                text.lines()
                    .any(|l| l.starts_with(bench) && l.contains(backend)),
                "no row for {bench} on {backend}:\n{text}"
            );
        }
    }
    assert!(
        text.contains("hand-written"),
        "no hand-written Richards row:\n{text}"
    );
}
