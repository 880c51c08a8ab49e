//! Compiles the C# runtime shim (`runtime-shims/cli/*.cs`) with `mcs` at
//! toolchain build time into `$OUT_DIR/RPython.Runtime.dll`, which
//! `src/translate/runtime.rs` embeds: translation never runs mcs and no
//! binary is committed. mcs is deterministic: the same sources and output
//! file name give the same bytes (no time stamp; the MVID is derived from
//! the content), whatever the directory, so toolchain builds reproduce too.
//!
//! The tuple classes (`Tuple0` .. `Tuple{MAX_TUPLE_ITEMS}`) are one pattern
//! per arity, so they are written here (`Tuples.g.cs`) rather than by hand;
//! `tuple_limit.rs` tells the backend the largest arity.

use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

#[path = "build/tuples.rs"]
mod tuples;

fn main() {
    let shims = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("../runtime-shims/cli");
    println!("cargo:rerun-if-changed={}", shims.display());
    let mut sources: Vec<PathBuf> = fs::read_dir(&shims)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", shims.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    sources.sort();
    for s in &sources {
        println!("cargo:rerun-if-changed={}", s.display());
    }
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    let tuples = out_dir.join("Tuples.g.cs");
    fs::write(&tuples, tuples::source()).expect("write Tuples.g.cs");
    sources.push(tuples);
    fs::write(
        out_dir.join("tuple_limit.rs"),
        format!(
            "pub const MAX_TUPLE_ITEMS: usize = {};\n",
            tuples::MAX_TUPLE_ITEMS
        ),
    )
    .expect("write tuple_limit.rs");
    let out = out_dir.join("RPython.Runtime.dll");
    let status = Command::new("mcs")
        .arg("-target:library")
        .arg("-optimize+")
        .arg("-nowarn:414")
        .arg(format!("-out:{}", out.display()))
        .args(&sources)
        .status()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run mcs ({e}): the CLI backend's runtime is C# compiled at build time; \
                 install it with `apt-get install mono-mcs`"
            )
        });
    assert!(status.success(), "mcs failed to compile runtime-shims/cli");
}
