//! Helpers: write small programs to a fresh temp directory and load them.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

use frontend::program::Program;
use frontend::{load_program, LoadFailure};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A fresh directory under the system temp dir, unique per test run and call.
pub fn temp_dir() -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("rpy-frontend-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Writes `files` (name, source) and loads the first one as the entry module.
pub fn load_files(files: &[(&str, &str)]) -> Result<Program, LoadFailure> {
    let dir = temp_dir();
    for (name, src) in files {
        std::fs::write(dir.join(name), src).expect("write source");
    }
    let r = load_program(&dir.join(files[0].0));
    let _ = std::fs::remove_dir_all(&dir);
    r
}

pub fn load(src: &str) -> Result<Program, LoadFailure> {
    load_files(&[("main.py", src)])
}

/// Checks the structure of every graph of a loaded program.
pub fn check_graphs(p: &Program) {
    for f in &p.functions {
        if let Err(e) = frontend::flow::verify(&f.graph) {
            panic!("bad graph for {}: {e}\n{}", f.qualname, f.graph);
        }
        let start = &f.graph.blocks[f.graph.start.0 as usize];
        assert_eq!(
            start.params.len(),
            f.params.len(),
            "start params of {}",
            f.qualname
        );
    }
}

/// Loads a program that must be valid; panics with the rendered diagnostics.
pub fn ok(src: &str) -> Program {
    match load(src) {
        Ok(p) => {
            check_graphs(&p);
            p
        }
        Err(mut f) => panic!(
            "unexpected failure:\n{}{:?}",
            f.diagnostics.render_all(&f.sources),
            f.io_error
        ),
    }
}

/// Loads a program that must fail; returns the rendered diagnostics.
pub fn fail(src: &str) -> String {
    match load(src) {
        Ok(_) => panic!("expected diagnostics, program loaded fine:\n{src}"),
        Err(mut f) => f.diagnostics.render_all(&f.sources),
    }
}

/// The graph dump of a function by name (qualname suffix).
pub fn graph(p: &Program, name: &str) -> String {
    let f = p
        .functions
        .iter()
        .find(|f| f.name == name || f.qualname == name)
        .unwrap_or_else(|| panic!("no function {name}"));
    f.graph.to_string()
}

/// The function named `name` (plain name or qualname).
pub fn func<'p>(p: &'p Program, name: &str) -> &'p frontend::program::Function {
    p.functions
        .iter()
        .find(|f| f.name == name || f.qualname == name)
        .unwrap_or_else(|| panic!("no function {name}"))
}

/// All ops of a function's graph, block by block.
pub fn ops<'p>(p: &'p Program, name: &str) -> Vec<&'p frontend::flowgraph::Op> {
    func(p, name)
        .graph
        .blocks
        .iter()
        .flat_map(|b| b.ops.iter())
        .collect()
}

/// How many ops of a function satisfy `pred`.
pub fn count_ops(
    p: &Program,
    name: &str,
    pred: impl Fn(&frontend::flowgraph::OpKind) -> bool,
) -> usize {
    ops(p, name).iter().filter(|o| pred(&o.kind)).count()
}

/// The exits of a function's blocks.
pub fn exits<'p>(p: &'p Program, name: &str) -> Vec<&'p frontend::flowgraph::Exit> {
    func(p, name).graph.blocks.iter().map(|b| &b.exit).collect()
}
