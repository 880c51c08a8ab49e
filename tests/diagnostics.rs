//! Diagnostics tests.
//!
//! * Every program in `tests/rpython/errors/` is not RPython: `rpython check`
//!   must exit with status 1 and, for each header line
//!   `# error: LINE: FRAGMENT`, print a ` --> FILE:LINE:COL` location line for
//!   that file and contain FRAGMENT (compared case-insensitively).  It must
//!   never panic.
//! * Every corpus program `tests/rpython/NN_*.py` is RPython: `rpython check`
//!   must exit with status 0.

mod common;

use common::*;
use std::path::PathBuf;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(120);

/// One expected diagnostic: the 1-based line of its primary caret and a
/// fragment of its text.
#[derive(Debug, Clone)]
struct Expected {
    line: usize,
    fragment: String,
}

/// Parse the `# error: LINE: FRAGMENT` header lines of an error program.
fn expected_errors(source: &str) -> Result<Vec<Expected>, String> {
    let mut out = Vec::new();
    for text in source.lines() {
        let Some(rest) = text.trim().strip_prefix("# error:") else {
            continue;
        };
        let (line, fragment) = rest
            .split_once(':')
            .ok_or_else(|| format!("malformed header {:?}", text))?;
        let line = line
            .trim()
            .parse::<usize>()
            .map_err(|_| format!("malformed line number in {:?}", text))?;
        out.push(Expected {
            line,
            fragment: fragment.trim().to_string(),
        });
    }
    if out.is_empty() {
        return Err("no `# error: LINE: FRAGMENT` header".to_string());
    }
    Ok(out)
}

/// Whether `output` has a ` --> ` location line naming `file` at `line`.
fn has_location(output: &str, file: &str, line: usize) -> bool {
    let needle = format!(":{}:", line);
    output.lines().any(|l| {
        l.contains("--> ")
            && l.contains(file)
            && l.split("--> ")
                .nth(1)
                .is_some_and(|loc| loc.contains(&needle))
    })
}

fn check_error_program(path: &PathBuf) -> Option<String> {
    let name = file_name(path);
    let prog = rel(path);
    let source = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return Some(format!("FAIL {}: cannot read: {}", prog, e)),
    };
    let expected = match expected_errors(&source) {
        Ok(e) => e,
        Err(e) => return Some(format!("FAIL {}: {}", prog, e)),
    };
    let scratch = scratch_dir(&format!("diag-{}", name.trim_end_matches(".py")));
    let out = run_captured(
        rpython_command(&["check".to_string(), prog.clone()]),
        &scratch,
        "check",
        TIMEOUT,
    );
    let _ = std::fs::remove_dir_all(&scratch);
    let stderr = out.stderr_text();
    let all = format!("{}{}", out.stdout_text(), stderr);
    let lower = all.to_lowercase();
    let mut problems = Vec::new();
    if out.code != Some(1) {
        problems.push(format!(
            "  expected exit status 1, got {}",
            out.status_text()
        ));
    }
    if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
        problems.push("  rpython check panicked".to_string());
    }
    for e in &expected {
        if !has_location(&all, &name, e.line) {
            problems.push(format!("  no ` --> {}:{}:COL` location line", prog, e.line));
        }
        if !lower.contains(&e.fragment.to_lowercase()) {
            problems.push(format!(
                "  output does not contain {:?} (case-insensitive)",
                e.fragment
            ));
        }
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!(
            "FAIL {}\n{}\n  output:\n{}",
            prog,
            problems.join("\n"),
            excerpt(&all, 30)
        ))
    }
}

#[allow(clippy::ptr_arg)] // called through parallel_map with &PathBuf items
fn check_valid_program(path: &PathBuf) -> Option<String> {
    let name = file_name(path);
    let prog = rel(path);
    let scratch = scratch_dir(&format!("valid-{}", name.trim_end_matches(".py")));
    let out = run_captured(
        rpython_command(&["check".to_string(), prog.clone()]),
        &scratch,
        "check",
        TIMEOUT,
    );
    let _ = std::fs::remove_dir_all(&scratch);
    if out.code == Some(0) {
        None
    } else {
        Some(format!(
            "FAIL {}: rpython check gave {}, expected 0\n{}",
            prog,
            out.status_text(),
            excerpt(&out.stderr_text(), 20)
        ))
    }
}

fn report(kind: &str, total: usize, results: Vec<Option<String>>) {
    let failures: Vec<String> = results.into_iter().flatten().collect();
    for f in &failures {
        eprintln!("{}", f);
    }
    eprintln!(
        "{}: {} passed, {} failed",
        kind,
        total - failures.len(),
        failures.len()
    );
    if !failures.is_empty() {
        let names: Vec<&str> = failures
            .iter()
            .map(|f| f.lines().next().unwrap_or("").trim_start_matches("FAIL "))
            .collect();
        panic!(
            "{} of {} failed:\n  {}",
            failures.len(),
            total,
            names.join("\n  ")
        );
    }
}

#[test]
fn error_programs_are_diagnosed() {
    let programs = error_programs();
    assert!(
        !programs.is_empty() || std::env::var("CORPUS_FILTER").is_ok(),
        "no error programs found in tests/rpython/errors"
    );
    let total = programs.len();
    let results = parallel_map(programs, worker_count(), check_error_program);
    report("error programs", total, results);
}

#[test]
fn corpus_programs_pass_check() {
    let programs = corpus_programs();
    let total = programs.len();
    let results = parallel_map(programs, worker_count(), check_valid_program);
    report("valid programs", total, results);
}

#[test]
fn error_headers_are_well_formed() {
    // Every error program has at least one header, and each named line
    // exists in the file.
    for path in error_programs() {
        let source = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        let expected = expected_errors(&source).unwrap_or_else(|e| panic!("{}: {}", rel(&path), e));
        let lines = source.lines().count();
        for e in expected {
            assert!(
                e.line >= 1 && e.line <= lines,
                "{}: header names line {} but the file has {} lines",
                rel(&path),
                e.line,
                lines
            );
            assert!(!e.fragment.is_empty(), "{}: empty fragment", rel(&path));
        }
    }
}

#[test]
fn location_lines_are_recognised() {
    let out = "error[R0003]: conflicting types\n --> tests/rpython/errors/e.py:7:5\n";
    assert!(has_location(out, "e.py", 7));
    assert!(!has_location(out, "e.py", 5));
    assert!(!has_location(out, "f.py", 7));
    let e = expected_errors("# error: 12: Conflicting types\nx = 1\n").unwrap();
    assert_eq!(e[0].line, 12);
    assert_eq!(e[0].fragment, "Conflicting types");
}
