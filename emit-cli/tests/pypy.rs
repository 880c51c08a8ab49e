//! The Python interpreter (`interpreter/targetpypy.py`) translated by this
//! backend: `pypy.exe` on mono must run every program of `tests/python/` as
//! CPython does (stdout, exit status, and the exception class of an
//! uncaught error in its traceback line). The biggest RPython program we
//! have, so the test of large methods, deep class hierarchies, function
//! values and the runtime all at once. Two programs run at a time.

mod common;

use std::process::Command;

use common::{
    exception_class, mono, numbered_programs, parallel_map, repo_root, run, temp_dir, typed_program,
};

#[test]
fn the_translated_python_interpreter_runs_the_python_corpus() {
    mono();
    let root = repo_root();
    let program = typed_program(&root.join("interpreter/targetpypy.py"));
    let dir = temp_dir("pypy");
    let exe = dir.join("pypy.exe");
    emit_cli::build_assembly(&program, &exe).unwrap_or_else(|e| panic!("{e}"));
    let programs = numbered_programs("tests/python");
    assert!(programs.len() > 50, "tests/python has its programs");
    let failures: Vec<String> = parallel_map(&programs, 2, |script| {
        let name = script.file_name().unwrap().to_string_lossy().into_owned();
        // Each program in a directory of its own: some write files there.
        let cwd = temp_dir(&format!("pypy-{}", name.trim_end_matches(".py")));
        let mut py = Command::new("python3");
        py.arg(script)
            .current_dir(&cwd)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8");
        let expected = run(py);
        let mut mono = Command::new("mono");
        mono.arg("--verify-all")
            .arg(&exe)
            .arg(script)
            .current_dir(&cwd);
        let actual = run(mono);
        let _ = std::fs::remove_dir_all(&cwd);
        let mut problems = Vec::new();
        if actual.code != expected.code {
            problems.push(format!(
                "status {:?}, CPython {:?}",
                actual.code, expected.code
            ));
        }
        if actual.stdout != expected.stdout {
            problems.push("stdout differs".to_string());
        }
        if let Some(class) = exception_class(&expected.stderr) {
            if !actual.stderr.contains(&class) {
                problems.push(format!("CPython raised {class}; pypy.exe stderr lacks it"));
            }
        }
        if problems.is_empty() {
            String::new()
        } else {
            let err: String = actual
                .stderr
                .lines()
                .take(4)
                .map(|l| format!("\n  | {l}"))
                .collect();
            format!("{name}: {}{err}", problems.join(", "))
        }
    })
    .into_iter()
    .filter(|f| !f.is_empty())
    .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
