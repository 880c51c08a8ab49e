//! The corpus test: every program `tests/rpython/NN_*.py` is run on CPython
//! (the oracle) and with `rpython run`; standard output and exit status must
//! be identical.  When CPython dies with an uncaught exception, `rpython run`
//! must report `Fatal RPython error: <ExceptionClass>` on stderr.
//!
//! All programs run in one test, in parallel on a few worker threads; every
//! failure is collected and reported at the end with a diff-like excerpt.
//!
//! Environment knobs: `CORPUS_FILTER=substr` runs only matching programs,
//! `CORPUS_JOBS=n` sets the number of workers, `CORPUS_TIMEOUT=secs` the
//! per-process timeout (default 300).

mod common;

use common::*;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

fn timeout() -> Duration {
    let secs = std::env::var("CORPUS_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(300);
    Duration::from_secs(secs)
}

/// The exception class named by CPython's last line of a traceback, e.g.
/// `ZeroDivisionError` from `ZeroDivisionError: division by zero` and
/// `ParseError` from `mod_parse.ParseError: bad token`.
fn cpython_exception_class(stderr: &str) -> Option<String> {
    if !stderr.contains("Traceback (most recent call last):") {
        return None;
    }
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty())?;
    let head = last.split(':').next().unwrap_or(last).trim();
    let class = head.rsplit('.').next().unwrap_or(head);
    if class.is_empty() || class.contains(' ') {
        None
    } else {
        Some(class.to_string())
    }
}

/// Whether our stderr contains `Fatal RPython error: <class>` (the class
/// may be qualified with its module, `mod_x.<class>`).
fn reports_fatal_error(stderr: &str, class: &str) -> bool {
    const MARK: &str = "Fatal RPython error: ";
    stderr.lines().any(|line| match line.find(MARK) {
        Some(pos) => {
            let rest = &line[pos + MARK.len()..];
            let name = rest.split(':').next().unwrap_or(rest).trim();
            name == class || name.ends_with(&format!(".{}", class))
        }
        None => false,
    })
}

/// Run one program both ways; `None` if it passed, else a failure report.
fn check_program(path: &PathBuf) -> Option<String> {
    let name = file_name(path);
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => return Some(format!("{}: cannot read: {}", name, e)),
    };
    let scratch = scratch_dir(&format!("corpus-{}", name.trim_end_matches(".py")));
    let args = program_args(&source, &scratch);
    let prog = rel(path);

    let mut py = Command::new("python3");
    py.arg(&prog)
        .args(&args)
        .current_dir(repo_root())
        .env("PYTHONPATH", repo_root())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    let expected = run_captured(py, &scratch, "cpython", timeout());

    let mut rp_args = vec!["run".to_string(), prog.clone()];
    rp_args.extend(args.iter().cloned());
    let actual = run_captured(rpython_command(&rp_args), &scratch, "rpython", timeout());

    let mut problems = Vec::new();
    if expected.timed_out || expected.code.is_none() {
        problems.push(format!(
            "  CPython itself failed ({}):\n{}",
            expected.status_text(),
            excerpt(&expected.stderr_text(), 20)
        ));
    }
    if actual.code != expected.code || actual.timed_out {
        problems.push(format!(
            "  status: CPython {}, rpython {}",
            expected.status_text(),
            actual.status_text()
        ));
    }
    if actual.stdout != expected.stdout {
        problems.push(format!(
            "  stdout differs (- CPython, + rpython):\n{}",
            diff_excerpt(&expected.stdout, &actual.stdout)
        ));
    }
    if expected.code == Some(1) {
        if let Some(class) = cpython_exception_class(&expected.stderr_text()) {
            if !reports_fatal_error(&actual.stderr_text(), &class) {
                problems.push(format!(
                    "  CPython raised {}, but rpython's stderr has no `Fatal RPython error: {}`",
                    class, class
                ));
            }
        }
    }
    let stderr = actual.stderr_text();
    if stderr.contains("panicked") {
        problems.push("  rpython panicked".to_string());
    }
    let _ = std::fs::remove_dir_all(&scratch);
    if problems.is_empty() {
        None
    } else {
        let mut report = format!(
            "FAIL {} (args: {:?})\n{}\n",
            prog,
            args,
            problems.join("\n")
        );
        if !stderr.trim().is_empty() {
            report.push_str(&format!("  rpython stderr:\n{}", excerpt(&stderr, 15)));
        }
        Some(report)
    }
}

#[test]
fn corpus_programs_match_cpython() {
    let version = require_python3();
    let programs = corpus_programs();
    assert!(
        !programs.is_empty() || std::env::var("CORPUS_FILTER").is_ok(),
        "no corpus programs found in tests/rpython"
    );
    eprintln!(
        "running {} corpus programs on {} and rpython with {} workers",
        programs.len(),
        version,
        worker_count()
    );
    let total = programs.len();
    let results = parallel_map(programs, worker_count(), check_program);
    let failures: Vec<String> = results.into_iter().flatten().collect();
    for f in &failures {
        eprintln!("{}", f);
    }
    eprintln!(
        "{} passed, {} failed",
        total - failures.len(),
        failures.len()
    );
    if !failures.is_empty() {
        let names: Vec<&str> = failures
            .iter()
            .map(|f| f.lines().next().unwrap_or("").trim_start_matches("FAIL "))
            .collect();
        panic!(
            "{} of {} corpus programs failed:\n  {}",
            failures.len(),
            total,
            names.join("\n  ")
        );
    }
}

#[test]
fn exception_class_is_read_from_cpython_traceback() {
    let tb = "Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\nZeroDivisionError: division by zero\n";
    assert_eq!(
        cpython_exception_class(tb).as_deref(),
        Some("ZeroDivisionError")
    );
    let tb = "Traceback (most recent call last):\nmod_parse.ParseError: bad: token\n";
    assert_eq!(cpython_exception_class(tb).as_deref(), Some("ParseError"));
    let tb = "Traceback (most recent call last):\nAssertionError\n";
    assert_eq!(
        cpython_exception_class(tb).as_deref(),
        Some("AssertionError")
    );
    assert!(reports_fatal_error(
        "Fatal RPython error: KeyError: 'x'\n",
        "KeyError"
    ));
    assert!(reports_fatal_error(
        "Fatal RPython error: mod_parse.ParseError\n",
        "ParseError"
    ));
    assert!(!reports_fatal_error(
        "Fatal RPython error: ValueError: x\n",
        "KeyError"
    ));
}
