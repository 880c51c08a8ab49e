//! Shared helpers of the corpus test harness (`tests/corpus.rs`,
//! `tests/diagnostics.rs`, `tests/fuzz_check.rs`).
//!
//! Only the standard library is used: processes are run with their output
//! redirected to files (no pipe dead-locks), waited for with a timeout, and
//! fanned out over a small pool of worker threads.

#![allow(dead_code)]

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// The repository root (the root package's manifest directory).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `rpython` binary built by Cargo for this test run.
pub fn rpython_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_rpython"))
}

/// The directory of the corpus programs.
pub fn corpus_dir() -> PathBuf {
    repo_root().join("tests").join("rpython")
}

/// A fresh, empty scratch directory under Cargo's per-target temporary
/// directory, unique to this process and `tag`.
pub fn scratch_dir(tag: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "{}-{}-{}",
        tag,
        std::process::id(),
        n
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("cannot create scratch directory");
    dir
}

/// Corpus programs: `tests/rpython/NN_*.py` (file names starting with two
/// digits), sorted by name.  Helper modules (`mod_*.py`) are not programs.
/// If the environment variable `CORPUS_FILTER` is set, only programs whose
/// file name contains it are returned.
pub fn corpus_programs() -> Vec<PathBuf> {
    let filter = std::env::var("CORPUS_FILTER").unwrap_or_default();
    let mut out = Vec::new();
    for entry in fs::read_dir(corpus_dir()).expect("tests/rpython is missing") {
        let path = entry.unwrap().path();
        let name = file_name(&path);
        let b = name.as_bytes();
        if b.len() > 3
            && b[0].is_ascii_digit()
            && b[1].is_ascii_digit()
            && name.ends_with(".py")
            && path.is_file()
            && name.contains(filter.as_str())
        {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Error programs: `tests/rpython/errors/*.py`, sorted by name.
pub fn error_programs() -> Vec<PathBuf> {
    let filter = std::env::var("CORPUS_FILTER").unwrap_or_default();
    let mut out = Vec::new();
    for entry in fs::read_dir(corpus_dir().join("errors")).expect("tests/rpython/errors is missing")
    {
        let path = entry.unwrap().path();
        let name = file_name(&path);
        if name.ends_with(".py") && path.is_file() && name.contains(filter.as_str()) {
            out.push(path);
        }
    }
    out.sort();
    out
}

pub fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The path of `path` relative to the repository root (for messages and
/// command lines; the harness always runs with the repository root as cwd).
pub fn rel(path: &Path) -> String {
    match path.strip_prefix(repo_root()) {
        Ok(p) => p.to_string_lossy().into_owned(),
        Err(_) => path.to_string_lossy().into_owned(),
    }
}

/// Command-line arguments of a program, from an optional header comment
/// `# args: a b c` among its first lines.  `{tmpdir}` in an argument is
/// replaced by `tmpdir` (a scratch directory private to the run).
pub fn program_args(source: &str, tmpdir: &Path) -> Vec<String> {
    for line in source.lines().take(5) {
        if let Some(rest) = line.trim().strip_prefix("# args:") {
            return rest
                .split_whitespace()
                .map(|a| a.replace("{tmpdir}", &tmpdir.to_string_lossy()))
                .collect();
        }
    }
    Vec::new()
}

/// What a finished (or killed) process left behind.
pub struct Outcome {
    /// Exit code; `None` if killed by a signal or by the timeout.
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub timed_out: bool,
    pub elapsed: Duration,
}

impl Outcome {
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    pub fn status_text(&self) -> String {
        if self.timed_out {
            format!("timed out after {:.1}s", self.elapsed.as_secs_f64())
        } else {
            match self.code {
                Some(c) => format!("exit status {}", c),
                None => "killed by a signal".to_string(),
            }
        }
    }
}

/// Run `cmd` (cwd and environment already set by the caller) with stdin
/// empty and stdout/stderr captured through files in `scratch`, killing it
/// after `timeout`.
pub fn run_captured(mut cmd: Command, scratch: &Path, tag: &str, timeout: Duration) -> Outcome {
    let out_path = scratch.join(format!("{}.stdout", tag));
    let err_path = scratch.join(format!("{}.stderr", tag));
    let out_file = File::create(&out_path).expect("cannot create stdout capture file");
    let err_file = File::create(&err_path).expect("cannot create stderr capture file");
    cmd.stdin(Stdio::null())
        .stdout(Stdio::from(out_file))
        .stderr(Stdio::from(err_file));
    let start = Instant::now();
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                code: None,
                stdout: Vec::new(),
                stderr: format!("cannot start {:?}: {}", cmd, e).into_bytes(),
                timed_out: false,
                elapsed: start.elapsed(),
            }
        }
    };
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {
                if start.elapsed() > timeout {
                    let _ = child.kill();
                    let _ = child.wait();
                    timed_out = true;
                    break None;
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(_) => break None,
        }
    };
    Outcome {
        code: status.and_then(|s| s.code()),
        stdout: fs::read(&out_path).unwrap_or_default(),
        stderr: fs::read(&err_path).unwrap_or_default(),
        timed_out,
        elapsed: start.elapsed(),
    }
}

/// `rpython SUBCOMMAND ARGS...`, run from the repository root.
pub fn rpython_command(args: &[String]) -> Command {
    let mut cmd = Command::new(rpython_bin());
    cmd.args(args).current_dir(repo_root());
    cmd
}

/// Fail loudly (never skip) if CPython is not installed.  Returns its version.
pub fn require_python3() -> String {
    let msg = "python3 (CPython 3.11) is required: apt-get install python3";
    match Command::new("python3").arg("--version").output() {
        Ok(out) if out.status.success() => {
            let mut v = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if v.is_empty() {
                v = String::from_utf8_lossy(&out.stderr).trim().to_string();
            }
            v
        }
        _ => panic!("{}", msg),
    }
}

/// Number of worker threads: 2 to 4, following the available parallelism
/// unless `CORPUS_JOBS` says otherwise.
pub fn worker_count() -> usize {
    if let Ok(v) = std::env::var("CORPUS_JOBS") {
        if let Ok(n) = v.parse::<usize>() {
            return n.max(1);
        }
    }
    let n = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    n.clamp(2, 4)
}

/// Apply `f` to every item on `workers` threads; results come back in the
/// order of `items`.
pub fn parallel_map<T, R, F>(items: Vec<T>, workers: usize, f: F) -> Vec<R>
where
    T: Send + Sync + 'static,
    R: Send + 'static,
    F: Fn(&T) -> R + Send + Sync + 'static,
{
    let n = items.len();
    let items = Arc::new(items);
    let f = Arc::new(f);
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<Option<R>>>> = Arc::new(Mutex::new((0..n).map(|_| None).collect()));
    let mut handles = Vec::new();
    for _ in 0..workers.max(1).min(n.max(1)) {
        let items = Arc::clone(&items);
        let f = Arc::clone(&f);
        let next = Arc::clone(&next);
        let results = Arc::clone(&results);
        handles.push(thread::spawn(move || loop {
            let i = next.fetch_add(1, Ordering::SeqCst);
            if i >= items.len() {
                break;
            }
            let r = f(&items[i]);
            results.lock().unwrap()[i] = Some(r);
        }));
    }
    for h in handles {
        h.join().expect("worker thread panicked");
    }
    let mut guard = results.lock().unwrap();
    guard
        .drain(..)
        .map(|r| r.expect("missing result"))
        .collect()
}

/// A short, diff-like excerpt around the first line where `expected` and
/// `actual` differ.
pub fn diff_excerpt(expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let e: Vec<&str> = exp.split_inclusive('\n').collect();
    let a: Vec<&str> = act.split_inclusive('\n').collect();
    let mut first = 0;
    while first < e.len() && first < a.len() && e[first] == a[first] {
        first += 1;
    }
    let from = first.saturating_sub(2);
    let mut out = format!(
        "    first difference at line {} (expected {} lines, got {} lines)\n",
        first + 1,
        e.len(),
        a.len()
    );
    for (i, line) in e.iter().enumerate().take(first).skip(from) {
        out.push_str(&format!("    {:>5}   {}", i + 1, show_line(line)));
    }
    for (i, line) in e.iter().enumerate().skip(first).take(4) {
        out.push_str(&format!("    {:>5} - {}", i + 1, show_line(line)));
    }
    for (i, line) in a.iter().enumerate().skip(first).take(4) {
        out.push_str(&format!("    {:>5} + {}", i + 1, show_line(line)));
    }
    out
}

fn show_line(line: &str) -> String {
    let mut s: String = line.trim_end_matches('\n').chars().take(200).collect();
    if !line.ends_with('\n') {
        s.push_str("  (no newline at end)");
    }
    s.push('\n');
    s
}

/// The first `max_lines` lines of `text`, indented, for failure reports.
pub fn excerpt(text: &str, max_lines: usize) -> String {
    let mut out = String::new();
    for line in text.lines().take(max_lines) {
        out.push_str("    | ");
        out.push_str(&line.chars().take(200).collect::<String>());
        out.push('\n');
    }
    if text.lines().count() > max_lines {
        out.push_str("    | ...\n");
    }
    out
}
