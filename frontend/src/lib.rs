pub mod astutil;
pub mod diagnostics;
pub mod flow;
pub mod flowgraph;
pub mod library;
pub mod loader;
pub mod module_eval;
pub mod program;
pub mod suggest;

pub use loader::{load_program, LoadFailure};
