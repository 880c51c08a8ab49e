//! Shared by the end-to-end tests: translate a program written for the test,
//! run the assembly on mono and the source on CPython, compare.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh directory under the system temp dir, unique per test.
pub fn temp_dir(test: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("emit-cli-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Source -> typed program, as the driver's pipeline does.
pub fn typed_program(path: &Path) -> lltype::ir::Program {
    let program = match frontend::load_program(path) {
        Ok(p) => p,
        Err(f) => panic!("load failed: {:?} {:?}", f.io_error, f.diagnostics.items),
    };
    let ann = frontend::annotator::annotate(&program)
        .unwrap_or_else(|d| panic!("annotation failed: {:?}", d.items));
    let mut typed = lltype::rtyper::rtype(&program, &ann)
        .unwrap_or_else(|d| panic!("rtyping failed: {:?}", d.items));
    lltype::opt::optimize(&mut typed);
    typed
}

pub fn mono() -> &'static str {
    let ok = Command::new("mono").arg("--version").output().is_ok();
    assert!(
        ok,
        "mono is not installed: these tests need it (apt-get install mono-runtime mono-mcs)"
    );
    "mono"
}

#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

fn outcome(out: std::process::Output) -> Outcome {
    Outcome {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code().unwrap_or(-1),
    }
}

/// Writes `source` as `name.py`, builds `name.exe`, runs both; returns
/// (CPython, mono).
pub fn run_both(test: &str, source: &str) -> (Outcome, Outcome) {
    let dir = temp_dir(test);
    let py = dir.join(format!("{test}.py"));
    std::fs::write(&py, source).unwrap();
    let program = typed_program(&py);
    let exe = dir.join(format!("{test}.exe"));
    emit_cli::build_assembly(&program, &exe).unwrap_or_else(|e| panic!("{e}"));
    // --verify-all: the metadata and IL verifiers check every assembly loaded.
    let m = outcome(
        Command::new(mono())
            .arg("--verify-all")
            .arg(&exe)
            .output()
            .unwrap(),
    );
    let p = outcome(Command::new("python3").arg(&py).output().unwrap());
    (p, m)
}

/// The program behaves on mono as on CPython: stdout and status; and when
/// CPython fails, the fatal-error line names the same exception.
pub fn assert_same(test: &str, source: &str) {
    let (p, m) = run_both(test, source);
    assert_eq!(
        m.stdout, p.stdout,
        "stdout differs; mono stderr: {}",
        m.stderr
    );
    assert_eq!(
        m.status, p.status,
        "exit status differs; mono stderr: {}",
        m.stderr
    );
}

/// Builds and runs on mono, and runs the same typed program on the graph
/// interpreter (the reference for RPython semantics where CPython differs,
/// such as wrapping ints); returns (interpreter, mono).
pub fn run_interp_and_mono(test: &str, source: &str) -> (Outcome, Outcome) {
    let dir = temp_dir(test);
    let py = dir.join(format!("{test}.py"));
    std::fs::write(&py, source).unwrap();
    let program = typed_program(&py);
    let exe = dir.join(format!("{test}.exe"));
    emit_cli::build_assembly(&program, &exe).unwrap_or_else(|e| panic!("{e}"));
    let m = outcome(
        Command::new(mono())
            .arg("--verify-all")
            .arg(&exe)
            .output()
            .unwrap(),
    );
    let mut stdout = Vec::new();
    let (stderr, status) =
        match lltype::interp::run(&program, vec![py.display().to_string()], &mut stdout) {
            lltype::interp::Outcome::Exit(s) => (String::new(), (s & 0xff) as i32),
            lltype::interp::Outcome::Fatal { class, message } => {
                let line = if message.is_empty() {
                    format!("Fatal RPython error: {class}\n")
                } else {
                    format!("Fatal RPython error: {class}: {message}\n")
                };
                (line, 1)
            }
        };
    let i = Outcome {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr,
        status,
    };
    (i, m)
}

pub struct Output {
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub code: Option<i32>,
}

/// Runs `cmd` with no stdin; its output and status.
pub fn run(mut cmd: Command) -> Output {
    let out = cmd
        .stdin(std::process::Stdio::null())
        .output()
        .expect("spawn");
    Output {
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code(),
    }
}

/// The class of the exception a CPython traceback ends with.
pub fn exception_class(stderr: &str) -> Option<String> {
    if !stderr.contains("Traceback (most recent call last):") {
        return None;
    }
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty())?;
    let head = last.split(':').next().unwrap_or(last).trim();
    Some(head.rsplit('.').next().unwrap_or(head).to_string())
}

/// `f` over `items`, `workers` at a time; results in order.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> =
        items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..workers.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                if i >= items.len() {
                    break;
                }
                *results[i].lock().unwrap() = Some(f(&items[i]));
            });
        }
    });
    results
        .into_iter()
        .map(|r| r.into_inner().unwrap().expect("every item is done"))
        .collect()
}

/// The repository's root (the parent of this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The programs `NN_*.py` of a corpus directory under the root, sorted
/// (helper modules excluded).
pub fn numbered_programs(dir: &str) -> Vec<PathBuf> {
    let dir = repo_root().join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.ends_with(".py") && n.as_bytes()[0].is_ascii_digit()
        })
        .collect();
    out.sort();
    out
}
