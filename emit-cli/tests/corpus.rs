//! The corpus on mono: every program `tests/rpython/NN_*.py` is translated
//! by this backend (twice: the two assemblies must be byte-identical), run
//! with `mono --verify-all` and compared with CPython: stdout and exit
//! status must be identical, and when CPython dies of an uncaught exception
//! the assembly must report `Fatal RPython error: <Class>` on stderr.
//!
//! Every program must pass except those in `KNOWN_FAILURES` (each with its
//! reason; run too, and reported when they pass so that the list shrinks).
//! Programs run in parallel, two at a time. `CLI_CORPUS_FILTER=substr` runs
//! only matching programs. A missing `mono` or `python3` fails the test with
//! the command that installs it: never a silent skip.

mod common;

use common::{
    exception_class, mono, numbered_programs, parallel_map, repo_root, run, temp_dir, typed_program,
};

use std::path::{Path, PathBuf};
use std::process::Command;

/// Corpus programs the backend does not support yet, with the reason.
const KNOWN_FAILURES: &[(&str, &str)] = &[];

fn corpus() -> Vec<PathBuf> {
    let mut out = numbered_programs("tests/rpython");
    if let Ok(f) = std::env::var("CLI_CORPUS_FILTER") {
        out.retain(|p| p.to_string_lossy().contains(&f));
    }
    out
}

/// The `# args:` header's arguments, `{tmpdir}` replaced.
fn program_args(source: &str, tmp: &Path) -> Vec<String> {
    for line in source.lines().take(5) {
        if let Some(rest) = line.trim().strip_prefix("# args:") {
            return rest
                .split_whitespace()
                .map(|a| a.replace("{tmpdir}", &tmp.to_string_lossy()))
                .collect();
        }
    }
    Vec::new()
}

/// None when the program behaves on mono as on CPython, else what differs.
fn check(path: &Path) -> Option<String> {
    let root = repo_root();
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let tmp = temp_dir(&format!("corpus-{name}"));
    let source = std::fs::read_to_string(path).unwrap();
    let args = program_args(&source, &tmp);

    let mut py = Command::new("python3");
    py.arg(path)
        .args(&args)
        .current_dir(&root)
        .env("PYTHONPATH", &root)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    let expected = run(py);

    let program = typed_program(path);
    let exe = tmp.join(format!("{name}.exe"));
    if let Err(e) = emit_cli::build_assembly(&program, &exe) {
        return Some(format!("refused: {e}"));
    }
    let again = emit_cli::assembly_bytes(&program, &format!("{name}.exe"));
    if again.ok() != std::fs::read(&exe).ok() {
        return Some("two translations differ".into());
    }
    let mut mono = Command::new("mono");
    mono.arg("--verify-all")
        .arg(&exe)
        .args(&args)
        .current_dir(&root);
    let actual = run(mono);

    let mut problems = Vec::new();
    if actual.code != expected.code {
        problems.push(format!(
            "status: CPython {:?}, mono {:?}",
            expected.code, actual.code
        ));
    }
    if actual.stdout != expected.stdout {
        let e = String::from_utf8_lossy(&expected.stdout);
        let a = String::from_utf8_lossy(&actual.stdout);
        let first = e
            .lines()
            .zip(a.lines())
            .position(|(x, y)| x != y)
            .unwrap_or(e.lines().count().min(a.lines().count()));
        problems.push(format!(
            "stdout differs at line {}:\n  - {}\n  + {}",
            first + 1,
            e.lines().nth(first).unwrap_or("<eof>"),
            a.lines().nth(first).unwrap_or("<eof>")
        ));
    }
    if let Some(class) = exception_class(&expected.stderr) {
        let want = format!("Fatal RPython error: {class}");
        if !actual.stderr.lines().any(|l| l.starts_with(&want)) {
            problems.push(format!(
                "CPython raised {class}; mono stderr lacks `{want}`"
            ));
        }
    }
    if problems.is_empty() {
        let _ = std::fs::remove_dir_all(&tmp);
        None
    } else {
        let err: String = actual
            .stderr
            .lines()
            .take(6)
            .map(|l| format!("\n    | {l}"))
            .collect();
        Some(format!("{}{}", problems.join("\n"), err))
    }
}

#[test]
fn corpus_programs_on_mono_match_cpython() {
    mono();
    let py = Command::new("python3").arg("--version").output();
    assert!(
        py.is_ok_and(|o| o.status.success()),
        "python3 is required (the oracle)\nhelp: apt-get install python3"
    );
    let programs = corpus();
    let outcomes = parallel_map(&programs, 2, |p| check(p));
    let (mut passed, mut failures, mut regressions) = (Vec::new(), Vec::new(), Vec::new());
    for (p, outcome) in programs.iter().zip(outcomes) {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        let known = KNOWN_FAILURES.iter().any(|(n, _)| *n == name);
        match outcome {
            None => {
                if known {
                    eprintln!("note: {name} passes now: remove it from KNOWN_FAILURES");
                }
                passed.push(name)
            }
            Some(why) => {
                if !known {
                    regressions.push(name.clone());
                }
                failures.push(format!("FAIL {name}: {why}"));
            }
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    eprintln!(
        "CLI corpus: {} of {} programs pass under mono --verify-all",
        passed.len(),
        programs.len()
    );
    assert!(
        regressions.is_empty(),
        "programs that must pass failed: {regressions:?}"
    );
}
