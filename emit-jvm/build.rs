//! Compiles the Java runtime shim (`runtime-shims/jvm/src`) with `javac
//! --release 17` at toolchain build time and embeds the resulting class files:
//! translation itself never runs javac, and no binaries are committed.
//!
//! The specialised collection classes (ListI/ListF/ListZ, DictJJ..DictOO) are
//! expanded first from `runtime-shims/jvm/templates/*.tmpl` into `$OUT_DIR`:
//! one source per concept, one class per item kind (no boxing).
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

/// Replaces each `@NAME@` of `template` by its value; any placeholder left is a bug.
fn expand(template: &str, subst: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in subst {
        out = out.replace(&format!("@{k}@"), v);
    }
    assert!(
        !out.contains("@"),
        "unexpanded placeholder in template: {}",
        &out[out.find('@').unwrap()..][..40]
    );
    out
}

/// Writes the generated sources into `dir`; returns their paths.
fn generate(templates: &Path, dir: &Path) -> Vec<PathBuf> {
    let read = |name: &str| {
        let p = templates.join(name);
        println!("cargo:rerun-if-changed={}", p.display());
        fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    };
    let pkg = dir.join("rpy/rt");
    fs::create_dir_all(&pkg).unwrap();
    let mut out = Vec::new();
    let mut write = |name: String, text: String| {
        let p = pkg.join(format!("{name}.java"));
        fs::write(&p, text).unwrap();
        out.push(p);
    };
    let list = read("List.java.tmpl");
    // (class, item, Python type, boxed, sort, a<b at i, min test, max test, repr fn)
    let lists = [
        (
            "ListI",
            "long",
            "int",
            "Long",
            "java.util.Arrays.sort(items, 0, size);",
            "items[i] < o.items[i]",
            "a < m",
            "a > m",
            "Long.toString",
        ),
        (
            "ListF",
            "double",
            "float",
            "Double",
            "Sorting.sort(items, size);",
            "items[i] < o.items[i]",
            "a < m",
            "a > m",
            "FloatRepr.repr",
        ),
        (
            "ListZ",
            "boolean",
            "bool",
            "Boolean",
            "Sorting.sort(items, size);",
            "!items[i]",
            "!a && m",
            "a && !m",
            "Repr.str",
        ),
    ];
    for (name, elem, py, boxed, sort, less, min, max, repr) in lists {
        let subst = [
            ("LIST", name),
            ("ELEM", elem),
            ("PYTYPE", py),
            ("BOXED", boxed),
            ("SORT", sort),
            ("LESS", less),
            ("MINCMP", min),
            ("MAXCMP", max),
            ("REPR", repr),
        ];
        write(name.to_string(), expand(&list, &subst));
    }
    let dict = read("Dict.java.tmpl");
    let keys = [
        (
            "J",
            "long",
            "k",
            "DictBase.eqJ",
            "0L",
            "Long.toString",
            "ListI",
            "KeyIterJ",
        ),
        (
            "D",
            "double",
            "Cmp.hashFloat(k)",
            "DictBase.eqD",
            "0.0",
            "FloatRepr.repr",
            "ListF",
            "KeyIterD",
        ),
        // str keys: String's own hash and equals, which HotSpot inlines
        // (the boxed-key dict goes through Cmp's instanceof chains).
        (
            "S",
            "String",
            "DictBase.hashS(k)",
            "DictBase.eqS",
            "null",
            "Repr.repr",
            "ListO",
            "KeyIterO",
        ),
        (
            "O",
            "Object",
            "Cmp.hash(k)",
            "Cmp.eq",
            "null",
            "Repr.repr",
            "ListO",
            "KeyIterO",
        ),
    ];
    let vals = [
        ("J", "long", "DictBase.eqJ", "0L", "Long.toString", "ListI"),
        (
            "D",
            "double",
            "DictBase.eqD",
            "0.0",
            "FloatRepr.repr",
            "ListF",
        ),
        ("Z", "boolean", "DictBase.eqZ", "false", "Repr.str", "ListZ"),
        ("O", "Object", "Cmp.eq", "null", "Repr.repr", "ListO"),
    ];
    for (kc, kt, khash, keq, kzero, krepr, klist, kiter) in keys {
        for (vc, vt, veq, vzero, vrepr, vlist) in vals {
            let name = format!("Dict{kc}{vc}");
            let subst = [
                ("DICT", name.as_str()),
                ("KEY", kt),
                ("VAL", vt),
                ("KEYHASH", khash),
                ("KEYEQ", keq),
                ("KEYZERO", kzero),
                ("KEYREPR", krepr),
                ("KEYLIST", klist),
                ("KEYITER", kiter),
                ("VALEQ", veq),
                ("VALZERO", vzero),
                ("VALREPR", vrepr),
                ("VALLIST", vlist),
            ];
            write(name.clone(), expand(&dict, &subst));
        }
    }
    out
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let src = manifest.join("../runtime-shims/jvm/src");
    println!("cargo:rerun-if-changed={}", src.display());
    println!(
        "cargo:rerun-if-changed={}",
        manifest.join("../runtime-shims/jvm/templates").display()
    );
    let mut sources = Vec::new();
    java_sources(&src, &mut sources);
    for s in &sources {
        println!("cargo:rerun-if-changed={}", s.display());
    }

    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let generated = out.join("shim-generated");
    let _ = fs::remove_dir_all(&generated);
    sources.extend(generate(
        &manifest.join("../runtime-shims/jvm/templates"),
        &generated,
    ));
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
