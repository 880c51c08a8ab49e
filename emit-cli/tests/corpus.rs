//! The corpus (tests/rpython/NN_*.py) on the CLI backend, as far as it goes:
//! every program the backend accepts must behave on mono exactly as on
//! CPython; the others must be refused with a "not supported yet" error,
//! never a crash. The counts are printed (`--nocapture`) to measure progress;
//! `CLI_CORPUS_REASONS=1` also prints why each refused program is refused.

mod common;

use std::process::Command;

use common::*;

#[test]
fn accepted_corpus_programs_match_cpython() {
    mono();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/rpython");
    let mut programs: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.ends_with(".py") && n.as_bytes()[0].is_ascii_digit()
        })
        .collect();
    programs.sort();
    let dir = temp_dir("corpus");
    let (mut accepted, mut failures) = (Vec::new(), Vec::new());
    for py in &programs {
        let name = py.file_stem().unwrap().to_string_lossy().into_owned();
        let program = typed_program(py);
        let exe = dir.join(format!("{name}.exe"));
        match emit_cli::build_assembly(&program, &exe) {
            Err(e) => {
                assert!(
                    e.contains("not supported by the CLI backend yet"),
                    "{name}: {e}"
                );
                if std::env::var_os("CLI_CORPUS_REASONS").is_some() {
                    println!("{name}: {e}");
                }
                continue;
            }
            Ok(()) => accepted.push(name.clone()),
        }
        let m = Command::new("mono")
            .arg("--verify-all")
            .arg(&exe)
            .current_dir(&dir)
            .output()
            .unwrap();
        let p = Command::new("python3")
            .arg(py)
            .current_dir(&dir)
            .output()
            .unwrap();
        if m.stdout != p.stdout || m.status.code() != p.status.code() {
            failures.push(format!(
                "{name}: mono status {:?} stdout {:?} stderr {:?}; CPython status {:?} stdout {:?}",
                m.status.code(),
                String::from_utf8_lossy(&m.stdout),
                String::from_utf8_lossy(&m.stderr),
                p.status.code(),
                String::from_utf8_lossy(&p.stdout)
            ));
        }
    }
    println!(
        "CLI backend: {} of {} corpus programs translated, {} of them match CPython: {:?}",
        accepted.len(),
        programs.len(),
        accepted.len() - failures.len(),
        accepted
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
