//! The native backend: lowers a typed program (`lltype::ir::Program`, and
//! nothing else) to C, and compiles it together with the C runtime of
//! `runtime-shims/native/` into an executable with the system's `cc`.
//!
//! Layout of the crate:
//! - `c/`: helpers for writing C text (literals, names);
//! - `lower/`: the lowering of the typed IR (types, classes, constants,
//!   functions, operations) to one C translation unit;
//! - `gc.rs`: the choice of garbage collector (one runtime module each);
//! - `runtime.rs`: the C runtime sources, embedded in the toolchain;
//! - `toolchain.rs`: running `cc` and writing the output atomically.

mod c;
mod gc;
mod lower;
mod runtime;
mod toolchain;

use std::path::{Path, PathBuf};

pub use gc::Gc;

/// Options of `rpython build --backend native`.
#[derive(Clone, Debug)]
pub struct NativeOptions {
    pub gc: Gc,
    /// Keep the generated C (and the runtime sources) in this directory.
    pub keep_c: Option<PathBuf>,
    /// The C compiler command (`cc` by default).
    pub cc: String,
    /// Extra flags for the C compiler (e.g. `-fsanitize=address,undefined`).
    pub extra_cflags: Vec<String>,
}

impl Default for NativeOptions {
    fn default() -> Self {
        NativeOptions {
            gc: Gc::default(),
            keep_c: None,
            cc: "cc".to_string(),
            extra_cflags: Vec::new(),
        }
    }
}

/// The generated C of `program` (deterministic: the same program gives the
/// same text). Errors name the construct the backend does not support yet.
pub fn generate_c(program: &lltype::ir::Program) -> Result<String, String> {
    lower::generate(program)
}

/// Translates `program` to C and builds the executable `out`. The file is
/// written atomically: on failure nothing is left at `out`.
pub fn build_executable(
    program: &lltype::ir::Program,
    out: &Path,
    options: &NativeOptions,
) -> Result<(), String> {
    let source = generate_c(program)?;
    toolchain::compile(&source, out, options)
}
