//! The Python interpreter's test corpus: every program
//! `tests/python/NN_*.py` is run by CPython (`python3 SCRIPT`, the oracle)
//! and by our interpreter hosted on CPython (`python3 -m interpreter
//! SCRIPT`), each in a scratch directory of its own; standard output, exit
//! status and, for an uncaught exception, the last line of the traceback
//! (`ExcType: message`) must be identical.  The interpreter must also be
//! accepted by `rpython check`, the programs are also run translated
//! (`rpython run interpreter/targetpypy.py SCRIPT`, on the graph
//! interpreter), and on the interpreter built as `pypy.jar` and as a native
//! `pypy`, with the same output.
//!
//! `CORPUS_FILTER=substr` runs only matching programs.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(120);

/// Programs not run translated by `translated_interpreter_matches_cpython`
/// (every other corpus program is: on the graph interpreter each takes well
/// under a second).  Empty: add a program here only with the reason.
const NOT_TRANSLATED: &[&str] = &[];

fn python_dir() -> PathBuf {
    repo_root().join("tests").join("python")
}

/// `tests/python/NN_*.py`, sorted; helper modules (`mod_*.py`) excluded.
fn python_programs() -> Vec<PathBuf> {
    let filter = std::env::var("CORPUS_FILTER").unwrap_or_default();
    let mut out = Vec::new();
    for entry in std::fs::read_dir(python_dir()).expect("tests/python is missing") {
        let path = entry.unwrap().path();
        let name = file_name(&path);
        let b = name.as_bytes();
        if b.len() > 3
            && b[0].is_ascii_digit()
            && b[1].is_ascii_digit()
            && name.ends_with(".py")
            && name.contains(filter.as_str())
        {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// `python3 ARGS` in `cwd` (a run's scratch directory, so that files a
/// program writes under relative names do not collide between the runs
/// going on in parallel); the repository root is on the path so that
/// `-m interpreter` is found.
fn python_command(args: &[&str], cwd: &Path) -> Command {
    let mut cmd = Command::new("python3");
    cmd.args(args)
        .current_dir(cwd)
        .env("PYTHONPATH", repo_root())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    cmd
}

/// Compare `actual` with the CPython run; `None` if identical.
fn compare(name: &str, how: &str, expected: &Outcome, actual: &Outcome) -> Option<String> {
    if actual.timed_out || expected.timed_out {
        return Some(format!(
            "{}: timed out (CPython: {}, {}: {})",
            name,
            expected.status_text(),
            how,
            actual.status_text()
        ));
    }
    let mut report = String::new();
    if expected.stdout != actual.stdout {
        report.push_str(&format!(
            "{}: stdout differs ({} vs CPython)\n{}",
            name,
            how,
            diff_excerpt(&expected.stdout, &actual.stdout)
        ));
    }
    let expected_exc = uncaught_exception_line(&expected.stderr_text());
    if expected_exc.is_some() && expected_exc != uncaught_exception_line(&actual.stderr_text()) {
        report.push_str(&format!(
            "{}: uncaught exception differs ({} vs CPython): {:?} vs {:?}\n",
            name,
            how,
            uncaught_exception_line(&actual.stderr_text()),
            expected_exc
        ));
    }
    if expected.code != actual.code {
        report.push_str(&format!(
            "{}: {} ended with {}, CPython with {}\n",
            name,
            how,
            actual.status_text(),
            expected.status_text()
        ));
    }
    if report.is_empty() {
        None
    } else {
        report.push_str(&format!(
            "  stderr of {}:\n{}",
            how,
            excerpt(&actual.stderr_text(), 12)
        ));
        Some(report)
    }
}

/// The last line of a traceback on `stderr` (`ExcType: message`), if the
/// program died of an uncaught exception.
fn uncaught_exception_line(stderr: &str) -> Option<String> {
    if !stderr.contains("Traceback (most recent call last):") {
        return None;
    }
    stderr
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .map(|line| line.to_string())
}

fn run_cpython(path: &Path, scratch: &Path) -> Outcome {
    let prog = path.display().to_string();
    run_captured(
        python_command(&[&prog], scratch),
        scratch,
        "cpython",
        TIMEOUT,
    )
}

#[allow(clippy::ptr_arg)] // called through parallel_map with &PathBuf items
fn check_hosted(path: &PathBuf) -> Option<String> {
    let name = file_name(path);
    let scratch = scratch_dir(&format!("pycorpus-{}", name.trim_end_matches(".py")));
    let prog = path.display().to_string();
    let expected = run_cpython(path, &scratch);
    let actual = run_captured(
        python_command(&["-m", "interpreter", &prog], &scratch),
        &scratch,
        "hosted",
        TIMEOUT,
    );
    compare(&name, "python3 -m interpreter", &expected, &actual)
}

#[allow(clippy::ptr_arg)] // called through parallel_map with &PathBuf items
fn check_translated(path: &PathBuf) -> Option<String> {
    let name = file_name(path);
    let scratch = scratch_dir(&format!("pytrans-{}", name.trim_end_matches(".py")));
    let expected = run_cpython(path, &scratch);
    let target = repo_root().join("interpreter").join("targetpypy.py");
    let args = vec![
        "run".to_string(),
        target.display().to_string(),
        path.display().to_string(),
    ];
    let mut cmd = rpython_command(&args);
    cmd.current_dir(&scratch);
    let actual = run_captured(cmd, &scratch, "translated", TIMEOUT);
    compare(
        &name,
        "rpython run interpreter/targetpypy.py",
        &expected,
        &actual,
    )
}

fn report(failures: Vec<String>, total: usize) {
    if !failures.is_empty() {
        panic!(
            "{} of {} programs failed:\n\n{}",
            failures.len(),
            total,
            failures.join("\n")
        );
    }
}

#[test]
fn hosted_interpreter_matches_cpython() {
    require_python3();
    let programs = python_programs();
    assert!(!programs.is_empty(), "no programs in tests/python");
    let total = programs.len();
    let failures: Vec<String> = parallel_map(programs, worker_count(), check_hosted)
        .into_iter()
        .flatten()
        .collect();
    report(failures, total);
}

/// `python3 -m interpreter -c CODE [ARGS]` against `python3 -c CODE [ARGS]`.
#[test]
fn hosted_dash_c_matches_cpython() {
    require_python3();
    let snippets: &[&[&str]] = &[
        &["-c", "print(6 * 7)"],
        &[
            "-c",
            "import sys; print(sys.argv[1:]); sys.exit(len(sys.argv))",
            "a",
            "b",
        ],
        &[
            "-c",
            "def f(n):\n    return n and n * f(n - 1) or 1\nprint(f(30))",
        ],
        &["-c", "print('before'); 1 / 0"],
    ];
    let mut failures = Vec::new();
    for (i, args) in snippets.iter().enumerate() {
        let scratch = scratch_dir(&format!("pydashc-{}", i));
        let expected = run_captured(python_command(args, &scratch), &scratch, "cpython", TIMEOUT);
        let mut hosted_args = vec!["-m", "interpreter"];
        hosted_args.extend_from_slice(args);
        let actual = run_captured(
            python_command(&hosted_args, &scratch),
            &scratch,
            "hosted",
            TIMEOUT,
        );
        if let Some(r) = compare(
            &args.join(" "),
            "python3 -m interpreter",
            &expected,
            &actual,
        ) {
            failures.push(r);
        }
    }
    report(failures, snippets.len());
}

#[test]
fn interpreter_passes_rpython_check() {
    let scratch = scratch_dir("pyinterp-check");
    let args = vec!["check".to_string(), "interpreter/targetpypy.py".to_string()];
    let out = run_captured(rpython_command(&args), &scratch, "check", TIMEOUT);
    assert_eq!(
        out.code,
        Some(0),
        "rpython check interpreter/targetpypy.py failed ({}):\n{}",
        out.status_text(),
        excerpt(&out.stderr_text(), 40)
    );
}

#[test]
fn translated_interpreter_matches_cpython() {
    require_python3();
    let programs: Vec<PathBuf> = python_programs()
        .into_iter()
        .filter(|p| !NOT_TRANSLATED.contains(&file_name(p).as_str()))
        .collect();
    assert!(
        programs.len() >= 20 || std::env::var("CORPUS_FILTER").is_ok(),
        "too few programs run translated"
    );
    let total = programs.len();
    let failures: Vec<String> = parallel_map(programs, worker_count(), check_translated)
        .into_iter()
        .flatten()
        .collect();
    report(failures, total);
}

/// The interpreter's products: `pypy.jar` and the native `pypy`, built with
/// `rpython build`, each run every program of the corpus like CPython.
#[test]
fn pypy_jar_and_native_pypy_match_cpython() {
    require_python3();
    let scratch = scratch_dir("pypy-products");
    let jar = scratch.join("pypy.jar");
    let native = scratch.join("pypy");
    let builds = parallel_map(
        vec![("jvm", jar.clone()), ("native", native.clone())],
        2,
        |(backend, out): &(&str, PathBuf)| {
            let args = vec![
                "build".to_string(),
                "--backend".to_string(),
                backend.to_string(),
                "interpreter/targetpypy.py".to_string(),
                "-o".to_string(),
                out.display().to_string(),
            ];
            let dir = scratch_dir(&format!("pypy-build-{backend}"));
            let r = run_captured(rpython_command(&args), &dir, "build", TIMEOUT * 3);
            (r.code != Some(0)).then(|| {
                format!(
                    "rpython build --backend {backend} interpreter/targetpypy.py failed ({}):\n{}",
                    r.status_text(),
                    excerpt(&r.stderr_text(), 30)
                )
            })
        },
    );
    let broken: Vec<String> = builds.into_iter().flatten().collect();
    assert!(broken.is_empty(), "{}", broken.join("\n"));

    let programs = python_programs();
    let total = programs.len();
    let failures: Vec<String> = parallel_map(programs, worker_count(), move |path: &PathBuf| {
        let name = file_name(path);
        let dir = scratch_dir(&format!("pypy-run-{}", name.trim_end_matches(".py")));
        let expected = run_cpython(path, &dir);
        let prog = rel(path);
        let mut java = Command::new("java");
        java.arg("-jar")
            .arg(&jar)
            .arg(&prog)
            .current_dir(repo_root());
        let mut pypy = Command::new(&native);
        pypy.arg(&prog).current_dir(repo_root());
        let runs = [("java -jar pypy.jar", java), ("native pypy", pypy)];
        let reports: Vec<String> = runs
            .into_iter()
            .filter_map(|(how, cmd)| {
                let actual = run_captured(cmd, &dir, how.split(' ').next().unwrap(), TIMEOUT);
                compare(&name, how, &expected, &actual)
            })
            .collect();
        (!reports.is_empty()).then(|| reports.join("\n"))
    })
    .into_iter()
    .flatten()
    .collect();
    report(failures, total);
}
