//! The JVM backend: typed graphs (`lltype::ir`) -> class files -> a jar that
//! `java -jar` runs with the same behaviour as CPython running the program.
//!
//! Reads only the typed IR. Class files are written with ristretto_classfile
//! (`classfile/`), the program is lowered in `lower/`, the Java runtime shim
//! (`runtime-shims/jvm`, compiled at toolchain build time) is embedded by
//! `runtime/`, and `jar` writes the result. See README.md for the design.

pub mod classfile;
pub mod jar;
pub mod lower;
pub mod runtime;

use std::path::Path;

use lltype::ir::Program;

/// All entries of the jar for `program`: the program's class files, the
/// shim's, and the case tables if the program maps case; sorted by entry name.
pub fn class_files(program: &Program) -> Result<Vec<(String, Vec<u8>)>, String> {
    // A typed program the lowering does not expect is a toolchain bug, but it
    // must reach the user as an error, not abort the driver.
    let lowered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        lower::Ctx::new(program).lower()
    }));
    let mut entries = match lowered {
        Ok(result) => result?,
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            return Err(format!("internal error in the JVM backend: {what}"));
        }
    };
    for (name, bytes) in runtime::SHIM_CLASSES {
        entries.push((name.to_string(), bytes.to_vec()));
    }
    entries.extend(runtime::unicode_tables::resources(program));
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(entries)
}

/// Translates `program` to a runnable jar at `out` (written atomically).
pub fn build_jar(program: &Program, out: &Path) -> Result<(), String> {
    let entries = class_files(program)?;
    jar::write_jar(out, lower::main_class::MAIN_CLASS, entries)
}
