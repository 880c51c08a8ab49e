//! The native backend against CPython: every corpus program is built with
//! `rpython build --backend native` (once per garbage collector), run, and
//! its standard output and exit status compared with CPython's; when CPython
//! dies with an uncaught exception, the executable must print
//! `Fatal RPython error: <ExceptionClass>` on stderr.
//!
//! Programs the backend does not handle yet are listed in `NOT_YET_SUPPORTED`
//! with the reason; they are built and run too, and the test fails if one of
//! them starts passing (so the list only ever shrinks and stays honest).
//!
//! Environment knobs as in `tests/corpus.rs`: `CORPUS_FILTER`, `CORPUS_JOBS`,
//! `CORPUS_TIMEOUT`.

mod common;

use common::*;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

/// Collectors every program is built with (`--gc`).
const COLLECTORS: &[&str] = &["generational", "marksweep"];

/// Corpus programs that do not match CPython natively yet, and why.
const NOT_YET_SUPPORTED: &[(&str, &str)] = &[];

fn timeout() -> Duration {
    let secs = std::env::var("CORPUS_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(300);
    Duration::from_secs(secs)
}

/// Fail loudly (never skip) if there is no C compiler.
fn require_cc() {
    let ok = Command::new("cc")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    assert!(
        ok,
        "the native backend needs a C compiler `cc`: apt-get install gcc"
    );
}

/// The exception class of CPython's last traceback line (as tests/corpus.rs).
fn cpython_exception_class(stderr: &str) -> Option<String> {
    if !stderr.contains("Traceback (most recent call last):") {
        return None;
    }
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty())?;
    let head = last.split(':').next().unwrap_or(last).trim();
    let class = head.rsplit('.').next().unwrap_or(head);
    (!class.is_empty() && !class.contains(' ')).then(|| class.to_string())
}

fn reports_fatal_error(stderr: &str, class: &str) -> bool {
    const MARK: &str = "Fatal RPython error: ";
    stderr.lines().any(|line| match line.find(MARK) {
        Some(pos) => {
            let rest = &line[pos + MARK.len()..];
            let name = rest.split(':').next().unwrap_or(rest).trim();
            name == class || name.ends_with(&format!(".{class}"))
        }
        None => false,
    })
}

/// Builds and runs one program with one collector; `None` when it matches
/// CPython, else what differs.
fn check(path: &PathBuf, gc: &str) -> Option<String> {
    let name = file_name(path);
    let source = std::fs::read_to_string(path).expect("readable corpus program");
    let scratch = scratch_dir(&format!("native-{}-{gc}", name.trim_end_matches(".py")));
    let args = program_args(&source, &scratch);
    let prog = rel(path);
    let exe = scratch.join("prog");

    let build_args: Vec<String> = vec![
        "build".into(),
        "--backend".into(),
        "native".into(),
        "--gc".into(),
        gc.into(),
        prog.clone(),
        "-o".into(),
        exe.to_string_lossy().into_owned(),
    ];
    let built = run_captured(rpython_command(&build_args), &scratch, "build", timeout());
    if built.code != Some(0) {
        return Some(format!(
            "FAIL {prog} [{gc}]: build failed ({})\n{}",
            built.status_text(),
            excerpt(&built.stderr_text(), 15)
        ));
    }

    let mut py = Command::new("python3");
    py.arg(&prog)
        .args(&args)
        .current_dir(repo_root())
        .env("PYTHONPATH", repo_root())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    let expected = run_captured(py, &scratch, "cpython", timeout());
    let mut native = Command::new(&exe);
    native.args(&args).current_dir(repo_root());
    let actual = run_captured(native, &scratch, "native", timeout());

    let mut problems = Vec::new();
    if actual.code != expected.code || actual.timed_out {
        problems.push(format!(
            "  status: CPython {}, native {}",
            expected.status_text(),
            actual.status_text()
        ));
    }
    if actual.stdout != expected.stdout {
        problems.push(format!(
            "  stdout differs (- CPython, + native):\n{}",
            diff_excerpt(&expected.stdout, &actual.stdout)
        ));
    }
    if expected.code == Some(1) {
        if let Some(class) = cpython_exception_class(&expected.stderr_text()) {
            if !reports_fatal_error(&actual.stderr_text(), &class) {
                problems.push(format!(
                    "  CPython raised {class}, but the native stderr has no `Fatal RPython error: {class}`"
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    if problems.is_empty() {
        None
    } else {
        Some(format!(
            "FAIL {prog} [{gc}]\n{}\n  native stderr:\n{}",
            problems.join("\n"),
            excerpt(&actual.stderr_text(), 10)
        ))
    }
}

#[test]
fn native_corpus_matches_cpython() {
    require_python3();
    require_cc();
    let programs = corpus_programs();
    assert!(
        !programs.is_empty() || std::env::var("CORPUS_FILTER").is_ok(),
        "no corpus programs found in tests/rpython"
    );
    let mut jobs = Vec::new();
    for p in &programs {
        for gc in COLLECTORS {
            jobs.push((p.clone(), gc.to_string()));
        }
    }
    let total = jobs.len();
    let results = parallel_map(jobs, worker_count(), |(p, gc)| {
        let allowed = NOT_YET_SUPPORTED
            .iter()
            .find(|(n, _)| *n == file_name(p))
            .map(|(_, why)| *why);
        (file_name(p), gc.clone(), allowed, check(p, gc))
    });
    let mut failures = Vec::new();
    let mut known = 0;
    for (name, gc, allowed, outcome) in results {
        match (allowed, outcome) {
            (None, None) => {}
            (None, Some(report)) => failures.push(report),
            (Some(_), Some(_)) => known += 1,
            (Some(why), None) => failures.push(format!(
                "PASS {name} [{gc}] now matches CPython: remove it from NOT_YET_SUPPORTED ({why})"
            )),
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    eprintln!(
        "{} of {total} native builds match CPython, {known} known unsupported, {} failed",
        total - known - failures.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} native corpus check(s) failed",
        failures.len()
    );
}
