//! The front end: RPython source -> program model with one flow graph per
//! function.
//!
//! Entry point: [`load_program`] reads the entry module and the modules it
//! imports, evaluates module-level code at translation time
//! ([`module_eval`]), and builds flow graphs ([`flow`]). Every problem is a
//! [`diagnostics::Diagnostic`]; all of them are reported together in a
//! [`LoadFailure`]. Debug output: `FlowGraph` implements `Display`, and
//! [`flow::display::dump_program`] prints a whole program;
//! [`flow::verify()`] checks a graph's structure.

pub mod annotator;
pub mod astutil;
pub mod diagnostics;
pub mod flow;
pub mod flowgraph;
pub mod library;
pub mod loader;
pub mod module_eval;
pub mod program;
mod program_query;
pub mod suggest;

pub use loader::{load_program, LoadFailure};
