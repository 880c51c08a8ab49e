//! What every backend (JVM, CLI, native) must survive beyond the corpus: a generated function
//! of 5000 lines (the JVM's 64 KiB method limit, a C compiler's patience),
//! and recursion without end, which must become a fatal RecursionError with
//! status 1, never a crash of the host (a JVM stack dump, a segfault).
//! CPython is the oracle for stdout and exit status.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The backends these tests cover, with how to run what they build.
const BACKENDS: &[(&str, &str)] = &[("jvm", "prog.jar"), ("cli", "prog.exe"), ("native", "prog")];

const TIMEOUT: Duration = Duration::from_secs(300);

/// A function of about `lines` lines: a long chain of statements mixing
/// arithmetic, branches, loops, list and string operations, with values
/// live across all of it.
fn large_program(lines: usize) -> String {
    let mut body = vec![
        "def big(n):".to_string(),
        "    a = n".to_string(),
        "    b = 1".to_string(),
        "    s = \"\"".to_string(),
        "    acc = [0]".to_string(),
    ];
    let mut k = 0usize;
    while body.len() < lines {
        k += 1;
        match k % 5 {
            0 => body.push(format!("    a = (a * 31 + {k}) % 1000003")),
            1 => {
                body.push(format!("    if a % 7 == {}:", k % 7));
                body.push(format!("        b = b + {}", k % 13));
                body.push("    else:".to_string());
                body.push(format!("        b = b ^ {}", k % 11));
            }
            2 => body.push("    acc.append(a % 100 + b)".to_string()),
            3 => body.push(format!("    s = s[-12:] + str(a % {})", k % 9 + 2)),
            _ => {
                body.push(format!("    while b > {}:", 1000 + k));
                body.push("        b = b // 3".to_string());
            }
        }
    }
    let tail = r#"    total = 0
    for x in acc:
        total = total + x
    return a, b, s, total


def entry_point(argv):
    a, b, s, total = big(len(argv))
    print(a, b, s, total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
"#;
    body.join("\n") + "\n" + tail
}

/// Unbounded recursion, first caught by the program, then uncaught.
const RECURSION: &str = r#"
def down(n):
    return down(n + 1) + 1


def entry_point(argv):
    try:
        down(0)
    except RecursionError:
        print("caught RecursionError, going on")
    print("now uncaught")
    down(0)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
"#;

fn write_program(tag: &str, source: &str) -> (PathBuf, PathBuf) {
    let dir = scratch_dir(tag);
    let path = dir.join("prog.py");
    std::fs::write(&path, source).unwrap();
    (dir, path)
}

fn cpython(dir: &Path, prog: &Path) -> Outcome {
    require_python3();
    let mut cmd = Command::new("python3");
    cmd.arg(prog).current_dir(repo_root());
    run_captured(cmd, dir, "cpython", TIMEOUT)
}

/// Builds `prog` for `backend` and runs it; Err says what went wrong.
fn translated(dir: &Path, prog: &Path, backend: &str, artefact: &str) -> Result<Outcome, String> {
    let out = dir.join(artefact);
    let build = rpython_command(&[
        "build".into(),
        "--backend".into(),
        backend.into(),
        prog.display().to_string(),
        "-o".into(),
        out.display().to_string(),
    ])
    .output()
    .expect("cannot start rpython");
    if !build.status.success() {
        return Err(format!(
            "rpython build --backend {backend} failed:\n{}",
            String::from_utf8_lossy(&build.stderr)
        ));
    }
    let cmd = match backend {
        "jvm" => {
            let mut c = Command::new("java");
            c.arg("-Xverify:all").arg("-jar").arg(&out);
            c
        }
        "cli" => {
            let mut c = Command::new("mono");
            c.arg("--verify-all").arg(&out);
            c
        }
        _ => Command::new(&out),
    };
    let run = run_captured(cmd, dir, backend, TIMEOUT);
    if run.code.is_none() && !run.timed_out && run.stderr_text().starts_with("cannot start") {
        return Err(format!(
            "{} (install the platform tools: scripts/install_tools.sh)",
            run.stderr_text()
        ));
    }
    Ok(run)
}

/// Runs `source` on CPython and on every backend: stdout and exit status
/// must agree, and a translated program that must fail prints `fatal` as its
/// fatal error.
fn agrees_on_every_backend(tag: &str, source: &str, status: i32, fatal: Option<&'static str>) {
    let (dir, prog) = write_program(tag, source);
    let expected = cpython(&dir, &prog);
    assert_eq!(
        expected.code,
        Some(status),
        "CPython: {}",
        expected.stderr_text()
    );
    let want = expected.stdout.clone();
    let failures: Vec<String> = parallel_map(BACKENDS.to_vec(), 2, move |(backend, artefact)| {
        let run = match translated(&dir, &prog, backend, artefact) {
            Err(e) => return Some(e),
            Ok(run) => run,
        };
        let stderr = run.stderr_text();
        let fatal_ok = fatal.is_none_or(|f| stderr.lines().any(|l| l.starts_with(f)));
        (run.stdout != want || run.code != Some(status) || !fatal_ok).then(|| {
            format!(
                "{backend}: {} with stdout {:?} (CPython: {:?}); stderr: {}",
                run.status_text(),
                run.stdout_text(),
                String::from_utf8_lossy(&want),
                excerpt(&stderr, 10)
            )
        })
    })
    .into_iter()
    .flatten()
    .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_function_of_5000_lines_translates_and_runs_on_every_backend() {
    agrees_on_every_backend("large-function", &large_program(5000), 0, None);
}

#[test]
fn endless_recursion_is_a_recursion_error_on_every_backend() {
    agrees_on_every_backend(
        "recursion",
        RECURSION,
        1,
        Some("Fatal RPython error: RecursionError"),
    );
}
