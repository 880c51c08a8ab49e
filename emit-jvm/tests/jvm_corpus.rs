//! The corpus on the JVM: every program `tests/rpython/NN_*.py` is translated
//! (front end -> rtyper -> this backend), run with `java -Xverify:all -jar`
//! and compared with CPython: stdout and exit status must be identical, and
//! when CPython dies of an uncaught exception the jar must report
//! `Fatal RPython error: <Class>` on stderr. Each jar is built twice and
//! the two must be byte-identical.
//!
//! Every program must pass except those in `KNOWN_FAILURES` (run too, their
//! state printed). `JVM_CORPUS_FILTER=substr` runs only matching programs. A missing `java` or `python3` fails the test
//! with the command to install it: never a silent skip.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Corpus programs this backend does not support yet (keep sorted). Every
/// other program must pass; a listed one that passes is reported so that
/// the list shrinks.
const KNOWN_FAILURES: &[&str] = &[];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn corpus() -> Vec<PathBuf> {
    let dir = repo_root().join("tests/rpython");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.ends_with(".py") && n.as_bytes()[0].is_ascii_digit()
        })
        .collect();
    out.sort();
    if let Ok(f) = std::env::var("JVM_CORPUS_FILTER") {
        out.retain(|p| p.to_string_lossy().contains(&f));
    }
    out
}

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

/// Front end, annotator and rtyper, as `rpython build` runs them.
pub fn translate(entry: &Path) -> Result<lltype::ir::Program, String> {
    let program =
        frontend::load_program(entry).map_err(|_| "front end rejected the program".to_string())?;
    let ann = frontend::annotator::annotate(&program)
        .map_err(|_| "annotator rejected the program".to_string())?;
    let mut p = lltype::rtyper::rtype(&program, &ann)
        .map_err(|_| "rtyper rejected the program".to_string())?;
    lltype::opt::optimize(&mut p);
    Ok(p)
}

struct Output {
    stdout: Vec<u8>,
    stderr: String,
    code: Option<i32>,
}

fn run(mut cmd: Command) -> Output {
    let out = cmd.stdin(Stdio::null()).output().expect("spawn");
    Output {
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code(),
    }
}

fn exception_class(stderr: &str) -> Option<String> {
    if !stderr.contains("Traceback (most recent call last):") {
        return None;
    }
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty())?;
    let head = last.split(':').next().unwrap_or(last).trim();
    Some(head.rsplit('.').next().unwrap_or(head).to_string())
}

/// None when the program behaves as on CPython, else what differs.
fn check(path: &Path) -> Option<String> {
    let root = repo_root();
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let rel = path
        .strip_prefix(&root)
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let tmp = common::scratch_dir(&format!("corpus-{name}"));
    let source = std::fs::read_to_string(path).unwrap();
    let args = program_args(&source, &tmp);

    let mut py = Command::new("python3");
    py.arg(&rel)
        .args(&args)
        .current_dir(&root)
        .env("PYTHONPATH", &root)
        .env("PYTHONHASHSEED", "0");
    py.env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    let expected = run(py);

    let program = match translate(&root.join(&rel)) {
        Ok(p) => p,
        Err(e) => return Some(format!("translation failed: {e}")),
    };
    let jar = tmp.join(format!("{name}.jar"));
    let built = std::panic::catch_unwind(|| emit_jvm::build_jar(&program, &jar));
    match built {
        Ok(Ok(())) => {}
        Ok(Err(e)) => return Some(format!("build_jar failed: {e}")),
        Err(_) => return Some("build_jar panicked".into()),
    }
    // Translation is deterministic: a second jar is byte-identical.
    let again = tmp.join(format!("{name}-again.jar"));
    if emit_jvm::build_jar(&program, &again).is_err()
        || std::fs::read(&jar).ok() != std::fs::read(&again).ok()
    {
        return Some("two builds of the jar differ".into());
    }
    let mut java = Command::new(common::java());
    java.arg("-Xverify:all")
        .arg("-jar")
        .arg(&jar)
        .args(&args)
        .current_dir(&root);
    let actual = run(java);

    let mut problems = Vec::new();
    if actual.code != expected.code {
        problems.push(format!(
            "status: CPython {:?}, jvm {:?}",
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
            problems.push(format!("CPython raised {class}; jvm stderr lacks `{want}`"));
        }
    }
    if problems.is_empty() {
        let _ = std::fs::remove_dir_all(&tmp);
        None
    } else {
        let err: String = actual
            .stderr
            .lines()
            .take(8)
            .map(|l| format!("\n    | {l}"))
            .collect();
        Some(format!("{}{}", problems.join("\n"), err))
    }
}

#[test]
fn corpus_programs_on_the_jvm_match_cpython() {
    common::java();
    let py = Command::new("python3").arg("--version").output();
    assert!(
        py.is_ok_and(|o| o.status.success()),
        "python3 is required (the oracle)\nhelp: apt-get install python3"
    );
    let programs = corpus();
    let mut passed = Vec::new();
    let mut failures = Vec::new();
    let mut regressions = Vec::new();
    for p in &programs {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        match check(p) {
            None => {
                if KNOWN_FAILURES.contains(&name.as_str()) {
                    eprintln!("note: {name} passes now: remove it from KNOWN_FAILURES");
                }
                passed.push(name)
            }
            Some(why) => {
                if !KNOWN_FAILURES.contains(&name.as_str()) {
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
        "jvm corpus: {} passed, {} failed",
        passed.len(),
        failures.len()
    );
    eprintln!("passing: {passed:?}");
    assert!(
        regressions.is_empty(),
        "programs that must pass failed: {regressions:?}"
    );
}
