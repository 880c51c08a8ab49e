//! Compiles the Java runtime shim (`runtime-shims/jvm/src`) with `javac
//! --release 17` at toolchain build time and embeds the resulting class files:
//! translation itself never runs javac, and no binaries are committed.
//!
//! Writes `$OUT_DIR/shim_classes.rs`, a sorted table of (jar entry name,
//! class bytes) that `src/runtime/shim.rs` includes.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn java_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            java_sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "java") {
            out.push(p);
        }
    }
}

fn class_files(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    for e in fs::read_dir(dir).expect("read classes dir") {
        let p = e.expect("dir entry").path();
        if p.is_dir() {
            class_files(&p, root, out);
        } else if p.extension().is_some_and(|x| x == "class") {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, p));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let src = manifest.join("../runtime-shims/jvm/src");
    println!("cargo:rerun-if-changed={}", src.display());
    let mut sources = Vec::new();
    java_sources(&src, &mut sources);
    for s in &sources {
        println!("cargo:rerun-if-changed={}", s.display());
    }

    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let classes = out.join("shim-classes");
    let _ = fs::remove_dir_all(&classes);
    fs::create_dir_all(&classes).unwrap();

    let javac = env::var("JAVAC").unwrap_or_else(|_| "javac".to_string());
    let status = Command::new(&javac)
        .args([
            "--release",
            "17",
            "-g:none",
            "-nowarn",
            "-encoding",
            "UTF-8",
            "-d",
        ])
        .arg(&classes)
        .args(&sources)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => panic!(
            "javac failed ({s}) compiling the JVM runtime shim in {}",
            src.display()
        ),
        Err(e) => panic!(
            "cannot run `{javac}` ({e}): building the JVM backend needs a JDK 17+.\n\
             help: apt-get install openjdk-17-jdk-headless"
        ),
    }

    let mut files = Vec::new();
    class_files(&classes, &classes, &mut files);
    files.sort();
    let mut table = String::from(
        "/// The runtime shim's class files: (jar entry name, bytes), sorted by name.\n",
    );
    table.push_str("pub static SHIM_CLASSES: &[(&str, &[u8])] = &[\n");
    for (name, path) in &files {
        table.push_str(&format!(
            "    ({name:?}, include_bytes!({:?})),\n",
            path.display().to_string()
        ));
    }
    table.push_str("];\n");
    fs::write(out.join("shim_classes.rs"), table).unwrap();
}
