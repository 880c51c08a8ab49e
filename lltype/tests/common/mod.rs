//! Shared by the optimisation tests: a program from source to typed IR, and
//! its output on the graph interpreter.

use lltype::ir::Program;

/// The typed (not yet optimised) program of `source`.
fn typed(source: &str) -> Program {
    let dir = std::env::temp_dir().join(format!(
        "opt-test-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    std::fs::write(&path, source).unwrap();
    let program = frontend::load_program(&path).unwrap_or_else(|_| panic!("load failed"));
    let ann =
        frontend::annotator::annotate(&program).unwrap_or_else(|_| panic!("annotation failed"));
    let typed = lltype::rtyper::rtype(&program, &ann).unwrap_or_else(|_| panic!("rtyping failed"));
    std::fs::remove_dir_all(&dir).unwrap();
    typed
}

/// What `program` prints on the graph interpreter for argv `[prog, arg]`.
fn output(program: &Program, arg: &str) -> String {
    let mut out = Vec::new();
    let outcome = lltype::interp::run(program, vec!["prog".into(), arg.into()], &mut out);
    assert!(
        matches!(outcome, lltype::interp::Outcome::Exit(0)),
        "{outcome:?}"
    );
    String::from_utf8(out).unwrap()
}

/// `before` and `after` print the same for each of `args`.
pub fn assert_same_output(before: &Program, after: &Program, args: &[&str]) {
    for arg in args {
        assert_eq!(output(before, arg), output(after, arg), "argv[1] = {arg}");
    }
}

/// The typed program of `source`, and a copy that `pass` has transformed.
pub fn before_and_after(source: &str, pass: fn(&mut Program)) -> (Program, Program) {
    let before = typed(source);
    let mut after = before.clone();
    pass(&mut after);
    (before, after)
}
