//! The `rpython` command's interface: help texts, the typed graphs printed by
//! `dump` (what annotation and rtyping inferred), determinism and errors.

mod common;

use std::fs;
use std::process::Command;

use common::{rpython_bin, scratch_dir};

fn rpython(args: &[&str]) -> std::process::Output {
    Command::new(rpython_bin())
        .args(args)
        .output()
        .expect("rpython runs")
}

#[test]
fn help_lists_every_subcommand() {
    let out = rpython(&["--help"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for sub in ["check", "run", "build", "dump"] {
        assert!(
            text.contains(sub),
            "`rpython --help` does not mention `{sub}`:\n{text}"
        );
    }
    let out = rpython(&["build", "--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for option in [
        "--backend",
        "jvm",
        "cli",
        "native",
        "--output",
        "--gc",
        "--keep-c",
        "--emit-il-listing",
    ] {
        assert!(
            text.contains(option),
            "`rpython build --help` does not mention `{option}`:\n{text}"
        );
    }
}

#[test]
fn dump_shows_inferred_types() {
    let dir = scratch_dir("cli-dump");
    let prog = dir.join("typed.py");
    fs::write(
        &prog,
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n\
         def scale(p, k):\n    return Point(p.x * k, p.y * k)\n\n\
         def names(n):\n    return [str(i) for i in range(n)]\n\n\
         def entry_point(argv):\n    p = scale(Point(1.0, 2.0), 0.5)\n    print(p.x, names(3))\n    return 0\n",
    )
    .unwrap();
    let out = rpython(&["dump", prog.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    // Point(1.0, 2.0) and Point(p.x * k, ...): the fields are floats.
    assert!(text.contains("fields=[x: float, y: float]"), "{text}");
    assert!(text.contains("graph typed.scale (v0: instance#"), "{text}");
    assert!(text.contains(", v1: float) -> instance#"), "{text}");
    assert!(
        text.contains("graph typed.names (v0: int) -> list[str]"),
        "{text}"
    );
    assert!(
        text.contains("graph typed.entry_point (v0: list[str]) -> int"),
        "{text}"
    );
}

/// `build --backend cli --emit-il-listing`: the assembly, the runtime
/// library next to it, and the listing; mono runs the assembly.
#[test]
fn cli_build_writes_the_assembly_runtime_and_listing() {
    let dir = scratch_dir("cli-build");
    let prog = dir.join("hello.py");
    fs::write(
        &prog,
        "def entry_point(argv):\n    print('hello', len(argv))\n    return 3\n",
    )
    .unwrap();
    let exe = dir.join("hello.exe");
    let out = rpython(&[
        "build",
        "--backend",
        "cli",
        "--emit-il-listing",
        prog.to_str().unwrap(),
        "-o",
        exe.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.join("RPython.Runtime.dll").exists());
    let listing = fs::read_to_string(dir.join("hello.il.txt")).unwrap();
    assert!(listing.contains(".method hello_entry_point"), "{listing}");
    let run = Command::new("mono")
        .arg(&exe)
        .arg("x")
        .output()
        .expect("mono is installed (apt-get install mono-runtime mono-mcs)");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "hello 2\n");
    assert_eq!(run.status.code(), Some(3));
}

#[test]
fn missing_program_is_a_clear_error() {
    let out = rpython(&["check", "/nonexistent/prog.py"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/prog.py"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn translation_is_deterministic() {
    let prog = common::corpus_dir().join("68_mixed_classes_library.py");
    let prog = prog.to_str().unwrap();
    let first = rpython(&["dump", prog]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    for _ in 0..3 {
        let again = rpython(&["dump", prog]);
        assert!(
            again.stdout == first.stdout,
            "two translations of {prog} differ"
        );
    }
}
