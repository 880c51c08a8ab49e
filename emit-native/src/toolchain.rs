//! Writing the C sources and running the C compiler. The executable is first
//! linked to a temporary name next to `out` and renamed into place, so a
//! failed build never leaves a half-written file at `out`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::runtime;
use crate::NativeOptions;

/// Flags every build uses: `-fwrapv` because RPython ints wrap (the
/// generated code also avoids signed overflow on its own).
const BASE_CFLAGS: &[&str] = &[
    "-O2",
    "-std=gnu11",
    "-fwrapv",
    "-fno-strict-aliasing",
    "-pthread",
];

/// For GCC only: how large a function declared `inline` may grow and still
/// be inlined (GCC's -O2 default is 70 instructions). The generated code
/// declares only graphs of a few dozen operations `inline`
/// (`function.rs`), and a small method whose callees were inlined into it
/// is often just over 70: Richards' `Task.step`, with the five `work`
/// methods in it, then stays a call from the scheduler loop (115M against
/// 74M instructions; 20% more time). The natively translated Python
/// interpreter compiles no slower and grows by 0.5%.
const GCC_CFLAGS: &[&str] = &["--param=max-inline-insns-single=400"];

/// Whether `cc` is GCC (whose `--version` names the Free Software
/// Foundation); other compilers do not take GCC's `--param`s.
fn is_gcc(cc: &str) -> bool {
    Command::new(cc)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("Free Software Foundation"))
        .unwrap_or(false)
}

pub(crate) fn compile(source: &str, out: &Path, options: &NativeOptions) -> Result<(), String> {
    let (dir, temporary) = match &options.keep_c {
        Some(dir) => (dir.clone(), false),
        None => (fresh_temp_dir()?, true),
    };
    let result = compile_in(&dir, source, out, options);
    if temporary {
        let _ = fs::remove_dir_all(&dir);
    }
    result
}

fn compile_in(dir: &Path, source: &str, out: &Path, options: &NativeOptions) -> Result<(), String> {
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut c_files = Vec::new();
    let collector = options.gc.runtime_file();
    let files = runtime::COMMON.iter().chain(
        runtime::COLLECTORS
            .iter()
            .filter(|(name, _)| *name == collector),
    );
    for (name, text) in files {
        write(&dir.join(name), text)?;
        if name.ends_with(".c") {
            c_files.push(dir.join(name));
        }
    }
    let program_c = dir.join("program.c");
    write(&program_c, source)?;
    c_files.push(program_c);

    let tmp_out = temp_sibling(out);
    let mut cmd = Command::new(&options.cc);
    cmd.args(BASE_CFLAGS);
    if is_gcc(&options.cc) {
        cmd.args(GCC_CFLAGS);
    }
    cmd.args(&options.extra_cflags)
        .arg("-I")
        .arg(dir)
        .args(&c_files)
        .arg("-o")
        .arg(&tmp_out)
        .arg("-lm");
    let output = cmd.output().map_err(|e| {
        format!(
            "cannot run the C compiler `{}`: {e}\n  = help: install one (apt-get install gcc) or pass --cc",
            options.cc
        )
    })?;
    if !output.status.success() {
        let _ = fs::remove_file(&tmp_out);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let excerpt: Vec<&str> = stderr.lines().take(40).collect();
        return Err(format!(
            "the C compiler failed ({}):\n{}",
            output.status,
            excerpt.join("\n")
        ));
    }
    fs::rename(&tmp_out, out).map_err(|e| {
        let _ = fs::remove_file(&tmp_out);
        format!("cannot write {}: {e}", out.display())
    })
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

fn unique_suffix() -> String {
    format!(
        "{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

fn fresh_temp_dir() -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("rpython-native-{}", unique_suffix()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir)
}

/// `out`'s directory, a hidden temporary name (same file system, so the final
/// rename is atomic).
fn temp_sibling(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "a.out".into());
    out.with_file_name(format!(".{name}.tmp-{}", unique_suffix()))
}
